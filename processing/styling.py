"""Style CareMap results on load: Processing layer post-processors that apply a bundled
QML (``styles/``) chosen from the layer's fields.

- sequential, colour-blind-safe ramps (viridis) for access, coverage and catchment
  ratios, magma for care demand;
- a diverging ramp (ColorBrewer RdBu) for gaps (surplus - shortfall, symmetric around 0)
  and categories for Gi* hot/cold spot classes;
- Okabe-Ito categories for desert types; graduated symbol sizes for facilities by
  capacity;
- legends that state the units (label formats translated through ``tr()``).

Graduated QMLs carry the palette, field and label format with placeholder classes; the
breaks are recomputed here from each layer's data (quantiles; for gaps, quantiles of
the negative and of the positive values so the classes stay symmetric around 0).

``attach_post_processors(context, feedback)`` is called from
``CareMapAlgorithm.postProcessAlgorithm``; it works for GUI runs, models and batch
runs alike, because Processing calls the post-processors when it loads the layers.
``save_styles_of_outputs`` (same caller) also saves the style into every GeoPackage
output as its layer's default (``layer_styles``), so a file written by ``qgis_process``
or ``processing.run`` opens styled later, anywhere.
"""
import os

import numpy as np
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeatureRenderer,
    QgsGraduatedSymbolRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsProject,
    QgsReadWriteContext,
    QgsRendererRange,
    QgsSymbol,
    QgsVectorLayer,
    QgsVectorLayerUtils,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtXml import QDomDocument

STYLE_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "styles")
N_CLASSES = 5

# Python references to live post-processors: PyQGIS would otherwise garbage-collect them
# before Processing calls them. Entries are dropped once they have run.
_REGISTRY = {}


def tr(text):
    return QCoreApplication.translate("CareMap", text)


def legend_texts():
    """Translated legend texts, keyed by the English text saved in the QMLs."""
    return {
        "%1 – %2 places per person": tr("%1 – %2 places per person"),
        "%1 – %2 places per 100 people": tr("%1 – %2 places per 100 people"),
        "%1 – %2 places per person in the catchment": tr("%1 – %2 places per person in the catchment"),
        "%1 – %2 care units": tr("%1 – %2 care units"),
        "%1 – %2 places (negative: shortfall, positive: surplus)":
            tr("%1 – %2 places (negative: shortfall, positive: surplus)"),
        "%1 – %2 places (full-day equivalent)": tr("%1 – %2 places (full-day equivalent)"),
        "%1 – %2 places": tr("%1 – %2 places"),
        "%1 – %2 hours of unpaid care per week": tr("%1 – %2 hours of unpaid care per week"),
        "%1 – %2 people newly within reach": tr("%1 – %2 people newly within reach"),
        "Not a care desert": tr("Not a care desert"),
        "Care desert: no facility within the threshold": tr("Care desert: no facility within the threshold"),
        "Care desert: reachable only by the second mode": tr("Care desert: reachable only by the second mode"),
        "Hot spot, 99% confidence": tr("Hot spot, 99% confidence"),
        "Hot spot, 95% confidence": tr("Hot spot, 95% confidence"),
        "Hot spot, 90% confidence": tr("Hot spot, 90% confidence"),
        "Not significant": tr("Not significant"),
        "Cold spot, 90% confidence": tr("Cold spot, 90% confidence"),
        "Cold spot, 95% confidence": tr("Cold spot, 95% confidence"),
        "Cold spot, 99% confidence": tr("Cold spot, 99% confidence"),
        "Quintile 1: lowest priority (bottom 20%)": tr("Quintile 1: lowest priority (bottom 20%)"),
        "Quintile 2": tr("Quintile 2"),
        "Quintile 3": tr("Quintile 3"),
        "Quintile 4": tr("Quintile 4"),
        "Quintile 5: highest priority (top 20%)": tr("Quintile 5: highest priority (top 20%)"),
        "New care block anchor": tr("New care block anchor"),
        "Anchor of a care block already open": tr("Anchor of a care block already open"),
        "Dependants and caregivers within reach of the same block":
            tr("Dependants and caregivers within reach of the same block"),
        "Within reach of a block: only one of the two groups lives here":
            tr("Within reach of a block: only one of the two groups lives here"),
        "No block within reach": tr("No block within reach"),
    }


# (style name, fields that must all be present, geometry restriction or None,
#  classified attribute override or None). First match wins: the most specific
# results (a gaps layer also carries the accessibility fields) come first.
RULES = [
    # care blocks first: their units and buildings keep the input's fields (a priority or
    # facilities layer), so the block fields must win over those
    ("care_anchors", {"block", "existing", "alternates", "hours_freed_week"}, "point", None),
    ("care_alternates", {"block", "distance_m"}, "point", None),
    ("care_blocks", {"block", "existing", "buildings"}, None, None),
    ("care_influence", {"block", "existing", "dependants", "caregivers"}, None, None),
    ("care_block_units", {"block_before", "covered_after", "covered_dependants", "covered_caregivers"}, None, None),
    ("hotspots", {"hotspot_class"}, None, None),
    # a priority layer made from a deserts output carries both: priority is the later step
    ("priority", {"priority_quintile"}, None, "priority_quintile"),
    ("deserts", {"desert", "desert_type"}, None, None),
    ("priority", {"quintile"}, None, None),
    ("gaps", {"shortfall", "surplus"}, None, None),
    ("coverage", {"coverage", "unmet"}, None, None),
    ("access", {"access", "access_norm", "cost_nearest"}, None, None),
    ("catchment_ratio", {"catch_demand", "ratio"}, None, None),
    ("new_sites", {"rank", "gain", "candidate_fid"}, "point", None),
    ("facilities", {"capacity_fde"}, "point", None),
    ("facilities", {"capacity"}, "point", "capacity"),
    ("care_demand", {"care_demand"}, None, None),
    ("unpaid_care", {"unpaid_week"}, None, None),
]


def style_for(field_names, geometry_type=None):
    """(style name, QML path, attribute override) for a layer with these field names and
    geometry (``QgsWkbTypes.GeometryType``), or None when it is no CareMap result."""
    names = set(field_names)
    is_point = geometry_type == QgsWkbTypes.GeometryType.PointGeometry
    for name, needed, geom, attribute in RULES:
        if needed <= names and (geom is None or (geom == "point" and is_point)):
            return name, os.path.join(STYLE_DIR, f"{name}.qml"), attribute
    return None


def _symbol_like(symbol, layer):
    """A default symbol for the layer's geometry, with ``symbol``'s colour (and size for
    markers), when the QML's symbol type does not fit the layer (e.g. points)."""
    new = QgsSymbol.defaultSymbol(layer.geometryType())
    if new is None:
        return symbol
    if symbol is not None and new.type() == symbol.type():
        return symbol.clone()
    if symbol is not None:
        new.setColor(symbol.color())
    return new


def _fix_categories(renderer, layer):
    texts = legend_texts()
    for i, cat in enumerate(renderer.categories()):
        renderer.updateCategorySymbol(i, _symbol_like(cat.symbol(), layer))
        renderer.updateCategoryLabel(i, texts.get(cat.label(), cat.label()))


def _values(layer, attribute):
    values, ok, _nulls = QgsVectorLayerUtils.getDoubleValues(layer, attribute)
    return np.asarray(values if ok else [], dtype=float)


def _diverging_classes(renderer, layer, attribute, label_format):
    """Classes symmetric around 0: 3 quantile classes of the negative values, 3 of the
    positive ones, colours from the QML's diverging ramp (negatives in its first half)."""
    x = _values(layer, attribute)
    x = x[np.isfinite(x)]
    ramp = renderer.sourceColorRamp()
    source = renderer.sourceSymbol() or QgsSymbol.defaultSymbol(layer.geometryType())
    renderer.deleteAllClasses()
    pieces = []
    neg, pos = x[x < 0], x[x > 0]
    if neg.size:
        b = np.unique(np.quantile(neg, [0.0, 1 / 3, 2 / 3, 1.0]))
        b[-1] = 0.0
        pieces += [(lo, hi, 0.45 * k / max(1, len(b) - 2)) for k, (lo, hi) in enumerate(zip(b[:-1], b[1:]))]
    if pos.size:
        b = np.unique(np.quantile(pos, [0.0, 1 / 3, 2 / 3, 1.0]))
        b[0] = 0.0
        pieces += [(lo, hi, 0.55 + 0.45 * k / max(1, len(b) - 2)) for k, (lo, hi) in enumerate(zip(b[:-1], b[1:]))]
    if not pieces:
        pieces = [(0.0, 0.0, 0.5)]
    method = renderer.classificationMethod()
    for lo, hi, where in pieces:
        sym = _symbol_like(source, layer)
        if ramp is not None:
            sym.setColor(ramp.color(where))
        label = method.labelForRange(float(lo), float(hi)) if method is not None else label_format
        renderer.addClassRange(QgsRendererRange(float(lo), float(hi), sym, label))


def load_renderer(path):
    """The renderer saved in a QML file (read directly, so a style saved on a polygon
    template also serves points: symbols are adapted to the layer afterwards)."""
    with open(path, encoding="utf-8") as fh:
        doc = QDomDocument()
        if not doc.setContent(fh.read()):
            return None
    elem = doc.documentElement().firstChildElement("renderer-v2")
    if elem.isNull():
        return None
    return QgsFeatureRenderer.load(elem, QgsReadWriteContext())


def apply_style(layer, feedback=None, style=None):
    """Apply the bundled style that fits ``layer``'s fields (or the bundled style named
    ``style``, e.g. ``"access"`` for a deserts layer that also holds access); returns the
    style name, or None when the layer is not a CareMap result (left untouched)."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid() or not layer.isSpatial():
        return None
    if style is not None:
        match = next(((n, os.path.join(STYLE_DIR, f"{n}.qml"), a) for n, need, _g, a in RULES
                      if n == style and need <= set(layer.fields().names())), None)
    else:
        match = style_for(layer.fields().names(), layer.geometryType())
    if match is None:
        return None
    name, path, attribute = match
    if not os.path.exists(path):
        if feedback is not None:
            feedback.pushWarning(tr("Style file {0} is missing; the layer keeps the default style.").format(path))
        return None
    renderer = load_renderer(path)
    if renderer is None:
        if feedback is not None:
            feedback.pushWarning(tr("Could not read the renderer of style {0}.").format(path))
        return None
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        if attribute:
            renderer.setClassAttribute(attribute)
        _fix_categories(renderer, layer)
    elif isinstance(renderer, QgsGraduatedSymbolRenderer):
        if attribute:
            renderer.setClassAttribute(attribute)
        method = renderer.classificationMethod()
        fmt = method.labelFormat() if method is not None else ""
        if name == "facilities" and attribute == "capacity":  # reported places, not full-day equivalents
            fmt = "%1 – %2 places"
        if method is not None:
            method.setLabelFormat(legend_texts().get(fmt, fmt))
        renderer.setSourceSymbol(_symbol_like(renderer.sourceSymbol(), layer))
        if name == "gaps":
            _diverging_classes(renderer, layer, renderer.classAttribute(), fmt)
        else:
            lo_size, hi_size = renderer.minSymbolSize(), renderer.maxSymbolSize()
            if not hi_size > lo_size:
                lo_size, hi_size = 2.0, 8.0
            renderer.updateClasses(layer, N_CLASSES)
            if renderer.graduatedMethod().name == "Color" and renderer.sourceColorRamp() is not None:
                renderer.updateColorRamp(renderer.sourceColorRamp().clone())
            else:
                renderer.setSymbolSizes(lo_size, hi_size)
    layer.setRenderer(renderer)
    layer.triggerRepaint()
    return name


class CareMapStylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies :func:`apply_style` to a layer Processing loads on completion."""

    def __init__(self, key):
        super().__init__()
        self.key = key
        self.applied = None

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        self.applied = apply_style(layer, feedback)
        if self.applied and feedback is not None:
            feedback.pushInfo(tr("Layer {0} styled with the CareMap '{1}' style.").format(layer.name(), self.applied))
        project = (context.project() if context is not None else None) or QgsProject.instance()
        renamed = distinct_name(layer, project)
        if renamed and feedback is not None:
            feedback.pushInfo(tr("The project already has a layer named {0}: this result is named {1}.")
                              .format(renamed, layer.name()))
        if points_above_polygons(layer, project) and feedback is not None:
            feedback.pushInfo(tr("Layer {0} placed above the polygon layers so its points stay visible.")
                              .format(layer.name()))
        _REGISTRY.pop(self.key, None)


def _is_points(layer):
    return isinstance(layer, QgsVectorLayer) and layer.isValid() and \
        layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry


def _is_polygons(layer):
    return isinstance(layer, QgsVectorLayer) and layer.isValid() and \
        layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry


def points_above_polygons(layer, project):
    """Move the point layer ``layer`` in ``project``'s layer tree just above the topmost
    polygon layer drawn over it (Processing inserts results above the selected layer, so
    new sites could land under a coverage layer and be hidden). Nothing happens for
    other geometries, for a layer not in the tree, or when no polygon layer is above it.
    Returns True when the layer moved."""
    if project is None or not _is_points(layer):
        return False
    root = project.layerTreeRoot()
    node = root.findLayer(layer.id())
    if node is None:
        return False
    above = None
    for other in root.findLayers():  # in tree order: the first is drawn on top
        if other.layerId() == layer.id():
            break
        if above is None and _is_polygons(other.layer()):
            above = other
    if above is None:
        return False
    parent = above.parent()
    clone = node.clone()
    parent.insertChildNode(parent.children().index(above), clone)
    node.parent().removeChildNode(node)
    return True


def distinct_name(layer, project):
    """When another layer of ``project`` already has ``layer``'s name (a rerun of the same
    algorithm), give ``layer`` the name with a number, "New sites (2)", so both can be
    told apart in the Layers panel and in the layer lists of later dialogs. Returns the
    old name when renamed, else None."""
    if project is None or layer is None or project.mapLayer(layer.id()) is None:
        return None
    name = layer.name()
    taken = {lyr.name() for lyr in project.mapLayers().values() if lyr.id() != layer.id()}
    if name not in taken:
        return None
    k = 2
    while f"{name} ({k})" in taken:
        k += 1
    layer.setName(f"{name} ({k})")
    return name


def attach_post_processors(context, feedback=None):
    """Attach a style post-processor to every layer ``context`` will load on completion
    (layers that already have a post-processor keep it). Returns the layer ids."""
    attached = []
    for layer_id in list(context.layersToLoadOnCompletion().keys()):
        if not context.willLoadLayerOnCompletion(layer_id):
            continue
        details = context.layerToLoadOnCompletionDetails(layer_id)
        if details.postProcessor() is not None:
            continue
        key = (id(context), layer_id)
        processor = CareMapStylePostProcessor(key)
        _REGISTRY[key] = processor
        details.setPostProcessor(processor)
        attached.append(layer_id)
    return attached


# ---- styles saved into GeoPackage outputs ------------------------------------------

def _geopackage_layers(destination):
    """(file path, layer name or None) of a destination string when it is a GeoPackage:
    ``out.gpkg``, ``out.gpkg|layername=x`` or ``ogr:dbname='out.gpkg' table="x" (geom)``;
    None for anything else (memory layers, shapefiles, databases)."""
    from qgis.core import QgsProviderRegistry

    text = str(destination or "").strip()
    if text.lower().startswith("ogr:"):
        text = text[4:]
        import re

        db = re.search(r"dbname='((?:[^'\\]|\\.)*)'", text)
        table = re.search(r'table="((?:[^"\\]|\\.)*)"', text)
        if not db:
            return None
        path, layer = db.group(1), (table.group(1) if table else None)
    else:
        parts = QgsProviderRegistry.instance().decodeUri("ogr", text)
        path, layer = parts.get("path") or text, parts.get("layerName") or None
    if not path.lower().endswith(".gpkg") or not os.path.isfile(path):
        return None
    return path, layer


def save_style_to_geopackage(path, layer_name=None, feedback=None):
    """Save the CareMap style of each result layer of the GeoPackage ``path`` (only
    ``layer_name`` when given) into its ``layer_styles`` table as the default style, so
    the file opens styled later, in any project or on another machine. Tables without
    geometry get their (field) style saved too; spatial layers no bundled style fits
    are left alone. Returns the names of the layers saved."""
    from qgis.core import QgsProviderRegistry

    if layer_name:
        names = [layer_name]
    else:
        md = QgsProviderRegistry.instance().providerMetadata("ogr")
        names = [s.name() for s in md.querySublayers(path)] if md is not None else []
        names = [n for n in names if n != "layer_styles"]
    saved = []
    for name in names:
        layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        if not layer.isValid():
            continue
        style = apply_style(layer, feedback) if layer.isSpatial() else "table"
        if style is None:
            continue
        error = layer.saveStyleToDatabase(name, tr("CareMap '{0}' style").format(style), True, "")
        if error:
            if feedback is not None:
                feedback.pushWarning(tr("Could not save the style into {0}: {1}").format(path, error))
            continue
        saved.append(name)
    return saved


def save_styles_of_outputs(algorithm, parameters, context, feedback=None):
    """For each layer output of ``algorithm`` written to a GeoPackage (``parameters`` as
    the run received them), save its style into the file (:func:`save_style_to_geopackage`).
    Called from ``CareMapAlgorithm.postProcessAlgorithm``: runs from the dialog,
    ``processing.run``, models and ``qgis_process`` alike. Returns the paths styled."""
    from qgis.core import (
        QgsProcessingOutputLayerDefinition,
        QgsProcessingParameterFeatureSink,
        QgsProcessingParameterVectorDestination,
    )

    done = []
    if not parameters:
        return done
    for definition in algorithm.destinationParameterDefinitions():
        if not isinstance(definition, (QgsProcessingParameterFeatureSink, QgsProcessingParameterVectorDestination)):
            continue
        value = parameters.get(definition.name())
        # read the destination as given: parameterAsOutputLayer would register a second
        # layer to load on completion for outputs the dialog loads
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = value.sink.valueAsString(context.expressionContext(), "")[0]
        if not isinstance(value, str) or not value:
            continue
        target = _geopackage_layers(value)
        if target is None:
            continue
        if save_style_to_geopackage(target[0], target[1], feedback):
            done.append(target[0])
    return done
