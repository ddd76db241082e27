"""Maps for the report: styled copies of the result layers on a QGIS print layout, one
page per map (title, map, legend, scale bar, north arrow), rendered to PNG for the HTML
report and exported to PDF with the text and chart pages."""
import os
from html import escape

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsClassificationQuantile,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsMarkerSymbol,
    QgsPrintLayout,
    QgsProject,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsStyle,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QColor, QFont

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters


def _ramp(name):
    ramp = QgsStyle.defaultStyle().colorRamp(name)
    return ramp if ramp is not None else QgsStyle.defaultStyle().colorRamp("Spectral")


def graduated(layer, field, ramp="Viridis", classes=5, invert=False):
    """A quantile graduated fill renderer on ``field`` (colour-blind-safe ramps)."""
    symbol = QgsFillSymbol.createSimple({"outline_style": "no", "color": "#cccccc"})
    r = QgsGraduatedSymbolRenderer(field)
    r.setSourceSymbol(symbol)
    r.setClassificationMethod(QgsClassificationQuantile())
    r.updateClasses(layer, classes)
    color_ramp = _ramp(ramp)
    if invert and color_ramp is not None:
        color_ramp.invert()
    if color_ramp is not None:
        r.updateColorRamp(color_ramp)
    return r


def categorized(field, categories):
    """``categories``: [(value, colour, label)]."""
    cats = []
    for value, colour, label in categories:
        sym = QgsFillSymbol.createSimple({"outline_style": "no", "color": colour})
        cats.append(QgsRendererCategory(value, sym, label))
    return QgsCategorizedSymbolRenderer(field, cats)


def sized_points(layer, field):
    """Facilities as points sized by capacity (graduated size)."""
    symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#0072B2", "outline_color": "white"})
    r = QgsGraduatedSymbolRenderer(field)
    r.setSourceSymbol(symbol)
    r.setClassificationMethod(QgsClassificationQuantile())
    r.updateClasses(layer, 4)
    r.setGraduatedMethod(Qgis.GraduatedMethod.Size)
    r.setSymbolSizes(1.2, 4.0)
    return r


def background(layer):
    """Light grey units under the thematic layers."""
    return QgsSingleSymbolRenderer(
        QgsFillSymbol.createSimple({"color": "#f2f2f2", "outline_color": "#bbbbbb", "outline_width": "0.05"})
    )


def styled(layer, renderer, name):
    clone = layer.clone()
    clone.setName(name)
    clone.setRenderer(renderer)
    return clone


def _label(layout, text, x, y, w, h, size=12, bold=False, html=False):
    item = QgsLayoutItemLabel(layout)
    if html:
        item.setMode(QgsLayoutItemLabel.Mode.ModeHtml)
    item.setText(text)
    font = QFont("Sans Serif", size)
    font.setBold(bold)
    fmt = QgsTextFormat()
    fmt.setFont(font)
    fmt.setSize(size)
    item.setTextFormat(fmt)
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))
    layout.addLayoutItem(item)
    return item


def _new_page(layout):
    page = QgsLayoutItemPage(layout)
    page.setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
    layout.pageCollection().addPage(page)
    return layout.pageCollection().pageCount() - 1


def _page_y(layout, index):
    return layout.pageCollection().page(index).pos().y()


def build_layout(project, title, maps, extent, crs, text_html, svg_files, footer=""):
    """A print layout: one page per map in ``maps`` = [(title, [layers top first],
    note)], then a page with ``text_html`` and a page per two charts (SVG files)."""
    layout = QgsPrintLayout(project)
    keep = []  # Python objects the layout items point to (legend trees): keep them alive
    layout.initializeDefaults()
    layout.setName(title)
    layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
    north = next((os.path.join(p, "arrows", "NorthArrow_02.svg") for p in QgsApplication.svgPaths()
                  if os.path.exists(os.path.join(p, "arrows", "NorthArrow_02.svg"))), None)
    for k, (map_title, layers, note) in enumerate(maps):
        index = 0 if k == 0 else _new_page(layout)
        y0 = _page_y(layout, index)
        _label(layout, map_title, 10, y0 + 6, 270, 10, 16, True)
        m = QgsLayoutItemMap(layout)
        m.attemptMove(QgsLayoutPoint(10, y0 + 18, MM))
        m.attemptResize(QgsLayoutSize(195, 182, MM))
        m.setCrs(crs)
        m.setLayers(layers)
        m.setFrameEnabled(True)
        layout.addLayoutItem(m)
        m.zoomToExtent(extent)  # keeps the item's size (setExtent would resize it)
        legend = QgsLayoutItemLegend(layout)
        legend.setAutoUpdateModel(False)
        root = QgsLayerTree()
        for lyr in layers:
            root.addLayer(lyr)
        legend.model().setRootGroup(root)
        keep.append(root)
        legend.setTitle("")
        legend.setLinkedMap(m)
        legend.attemptMove(QgsLayoutPoint(210, y0 + 40, MM))
        layout.addLayoutItem(legend)
        legend.setResizeToContents(True)
        bar = QgsLayoutItemScaleBar(layout)
        bar.setStyle("Single Box")
        bar.setLinkedMap(m)
        bar.applyDefaultSize()
        bar.setUnits(Qgis.DistanceUnit.Kilometers)
        bar.setUnitLabel("km")
        bar.setNumberOfSegments(3)
        bar.setNumberOfSegmentsLeft(0)
        bar.setUnitsPerSegment(max(0.5, round(extent.width() / 1000 / 8, 0) or 0.5))
        bar.attemptMove(QgsLayoutPoint(210, y0 + 185, MM))
        layout.addLayoutItem(bar)
        if north:
            arrow = QgsLayoutItemPicture(layout)
            arrow.setPicturePath(north)
            arrow.attemptMove(QgsLayoutPoint(270, y0 + 18, MM))
            arrow.attemptResize(QgsLayoutSize(14, 18, MM))
            layout.addLayoutItem(arrow)
        if note:
            _label(layout, note, 210, y0 + 150, 80, 30, 9)
        if footer:
            _label(layout, footer, 10, y0 + 202, 270, 6, 8)
    index = _new_page(layout)
    y0 = _page_y(layout, index)
    _label(layout, text_html, 10, y0 + 8, 277, 195, 11, html=True)
    for k in range(0, len(svg_files), 2):
        index = _new_page(layout)
        y0 = _page_y(layout, index)
        for j, path in enumerate(svg_files[k:k + 2]):
            pic = QgsLayoutItemPicture(layout)
            pic.setPicturePath(path)
            pic.attemptMove(QgsLayoutPoint(10 + j * 140, y0 + 30, MM))
            pic.attemptResize(QgsLayoutSize(135, 76, MM))
            layout.addLayoutItem(pic)
    layout.caremap_keep = keep
    return layout


def page_png(layout, index, dpi=110):
    """PNG bytes of one layout page."""
    exporter = QgsLayoutExporter(layout)
    image = exporter.renderPageToImage(index, QSize(), dpi)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data)


def export_pdf(layout, path):
    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 150
    settings.rasterizeWholeImage = False
    result = exporter.exportToPdf(path, settings)
    return result == QgsLayoutExporter.ExportResult.Success


def report_project(crs):
    """A throwaway project that owns the report's layers (the user's project is untouched)."""
    project = QgsProject()
    project.setCrs(crs)
    return project


def html_escape(text):
    return escape("" if text is None else str(text), quote=True)


__all__ = [
    "graduated", "categorized", "sized_points", "background", "styled", "build_layout",
    "page_png", "export_pdf", "report_project", "html_escape", "QColor",
]
