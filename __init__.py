"""CareMap: care mapping for QGIS (supply, demand and gaps of care services)."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    """Entry point QGIS calls to create the plugin."""
    from .plugin import CareMapPlugin

    return CareMapPlugin(iface)
