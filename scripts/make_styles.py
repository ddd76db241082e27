"""Regenerate the bundled QML styles in styles/ (run inside QGIS's Python):

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_styles.py

Each QML holds the renderer type, the colour-blind-safe palette, the classified field
and a legend label format that states the units. Graduated styles hold placeholder
classes: processing/styling.py recomputes the breaks from each result's data and keeps
the palette. Palettes: viridis and magma (sequential, perceptually uniform, colour-blind
safe), ColorBrewer RdBu (diverging, colour-blind safe), Okabe-Ito (categorical).
"""
import os
import re

os.environ["QT_HASH_SEED"] = "0"  # fixed XML attribute order (before Qt loads)

from qgis.core import (  # noqa: E402
    Qgis,
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsClassificationEqualInterval,
    QgsClassificationQuantile,
    QgsGradientColorRamp,
    QgsGradientStop,
    QgsGraduatedSymbolRenderer,
    QgsMapLayer,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSymbol,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor  # noqa: E402

STYLES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "styles")

VIRIDIS = ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"]
MAGMA_REVERSED = ["#fcfdbf", "#fc8961", "#b73779", "#51127c", "#000004"]
RDBU = ["#b2182b", "#ef8a62", "#fddbc7", "#f7f7f7", "#d1e5f0", "#67a9cf", "#2166ac"]
OKABE_ITO = {"grey": "#d9d9d9", "vermillion": "#D55E00", "orange": "#E69F00", "blue": "#0072B2"}


def ramp(colours):
    n = len(colours) - 1
    stops = [QgsGradientStop(i / n, QColor(c)) for i, c in enumerate(colours[1:-1], start=1)]
    return QgsGradientColorRamp(QColor(colours[0]), QColor(colours[-1]), False, stops)


def layer(geometry="Polygon"):
    return QgsVectorLayer(f"{geometry}?crs=EPSG:32618&field=v:double", "template", "memory")


def fill(colour, geometry):
    sym = QgsSymbol.defaultSymbol(geometry)
    sym.setColor(QColor(colour))
    if geometry == QgsWkbTypes.GeometryType.PolygonGeometry:
        sym.symbolLayer(0).setStrokeColor(QColor("#606060"))
        sym.symbolLayer(0).setStrokeWidth(0.06)
    return sym


def graduated(name, attribute, colours, label_format, precision, geometry="Polygon",
              method=None, size=False):
    lyr = layer(geometry)
    gtype = lyr.geometryType()
    r = QgsGraduatedSymbolRenderer(attribute)
    r.setSourceSymbol(fill(colours[0], gtype))
    m = method or QgsClassificationQuantile()
    m.setLabelFormat(label_format)
    m.setLabelPrecision(precision)
    m.setLabelTrimTrailingZeroes(True)
    r.setClassificationMethod(m)
    if size:
        r.setGraduatedMethod(Qgis.GraduatedMethod.Size)
        r.setSymbolSizes(2.0, 8.0)
    else:
        r.setSourceColorRamp(ramp(colours))
    for i in range(5):  # placeholder classes: styling.py recomputes them from the data
        sym = fill(colours[min(i, len(colours) - 1)], gtype)
        if size:
            sym.setSize(2.0 + 1.5 * i)
        r.addClassRange(QgsRendererRange(float(i), float(i + 1), sym, m.labelForRange(i, i + 1)))
    lyr.setRenderer(r)
    save(lyr, name)


def categorized(name, attribute, classes, geometry="Polygon"):
    lyr = layer(geometry)
    cats = [QgsRendererCategory(value, fill(colour, lyr.geometryType()), label)
            for value, colour, label in classes]
    lyr.setRenderer(QgsCategorizedSymbolRenderer(attribute, cats))
    save(lyr, name)


def save(lyr, name):
    path = os.path.join(STYLES, f"{name}.qml")
    msg, ok = lyr.saveNamedStyle(path, QgsMapLayer.StyleCategory.Symbology)
    assert ok, msg
    with open(path, encoding="utf-8") as fh:  # random uuids out: regenerating gives the same files
        text = re.sub(r' (uuid|id)="\{[0-9a-f-]+\}"', "", fh.read())
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote", path)


def main():
    os.makedirs(STYLES, exist_ok=True)
    graduated("access", "access", VIRIDIS, "%1 – %2 places per person", 3)
    graduated("coverage", "coverage", VIRIDIS, "%1 – %2 places per 100 people", 0)
    graduated("catchment_ratio", "ratio", VIRIDIS, "%1 – %2 places per person in the catchment", 3,
              geometry="Point")
    graduated("care_demand", "care_demand", MAGMA_REVERSED, "%1 – %2 care units", 0)
    graduated("gaps", '"surplus" - "shortfall"', RDBU,
              "%1 – %2 places (negative: shortfall, positive: surplus)", 0,
              method=QgsClassificationEqualInterval())
    graduated("facilities", "capacity_fde", [OKABE_ITO["blue"]], "%1 – %2 places (full-day equivalent)", 0,
              geometry="Point", size=True)
    graduated("unpaid_care", "unpaid_week", MAGMA_REVERSED, "%1 – %2 hours of unpaid care per week", 0)
    graduated("new_sites", "gain", [OKABE_ITO["vermillion"]], "%1 – %2 people newly within reach", 0,
              geometry="Point", size=True)
    categorized("deserts", "desert_type", [
        (0, OKABE_ITO["grey"], "Not a care desert"),
        (1, OKABE_ITO["vermillion"], "Care desert: no facility within the threshold"),
        (2, OKABE_ITO["orange"], "Care desert: reachable only by the second mode"),
    ])
    categorized("hotspots", "hotspot_class", [
        (3, RDBU[0], "Hot spot, 99% confidence"),
        (2, RDBU[1], "Hot spot, 95% confidence"),
        (1, RDBU[2], "Hot spot, 90% confidence"),
        (0, RDBU[3], "Not significant"),
        (-1, RDBU[4], "Cold spot, 90% confidence"),
        (-2, RDBU[5], "Cold spot, 95% confidence"),
        (-3, RDBU[6], "Cold spot, 99% confidence"),
    ])
    categorized("priority", "quintile", [
        (q, MAGMA_REVERSED[q - 1], label) for q, label in [
            (1, "Quintile 1: lowest priority (bottom 20%)"), (2, "Quintile 2"), (3, "Quintile 3"),
            (4, "Quintile 4"), (5, "Quintile 5: highest priority (top 20%)")]])


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    main()
    app.exitQgis()
