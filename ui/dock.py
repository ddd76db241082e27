"""The CareMap dock panel. For now: a short introduction and the active layer it follows."""
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget

DOCK_OBJECT_NAME = "CareMapDock"


def tr(text):
    return QCoreApplication.translate("CareMap", text)


class CareMapDock(QgsDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("CareMap"), parent)
        self.setObjectName(DOCK_OBJECT_NAME)
        self.iface = iface
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.intro = QLabel(
            tr(
                "CareMap maps the supply of care, the demand for care and the gaps "
                "between them. Run its algorithms from the Processing Toolbox "
                "(CareMap group); select a CareMap result layer to see its charts here."
            ),
            body,
        )
        self.intro.setWordWrap(True)
        self.layer_label = QLabel("", body)
        layout.addWidget(self.intro)
        layout.addWidget(self.layer_label)
        layout.addStretch(1)
        self.setWidget(body)
        self._connected = False
        if iface is not None and hasattr(iface, "currentLayerChanged"):
            iface.currentLayerChanged.connect(self.follow_layer)
            self._connected = True

    def follow_layer(self, layer):
        self.layer_label.setText(layer.name() if layer is not None else "")

    def close_down(self):
        """Disconnect every signal this dock connected (called by the plugin's unload)."""
        if self._connected:
            try:
                self.iface.currentLayerChanged.disconnect(self.follow_layer)
            except TypeError:
                pass
            self._connected = False
