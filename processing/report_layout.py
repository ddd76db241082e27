"""The report's print layout: page 1 (title, area and date, the key numbers, one
overview map), a page per map (district outlines and names over a light base of
streets, a legend that fits, scale bar, north arrow), a page per chart with what it
shows, and the method table over as many pages as it needs. Rendered to PNG for the
HTML report and exported to PDF with the report's title and author as metadata.

Class breaks come from ``kernels.classify``; here they only become renderer ranges."""
import os
from html import escape

import numpy as np
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateTransform,
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
    QgsLegendStyle,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSingleSymbolRenderer,
    QgsStyle,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QSize
from qgis.PyQt.QtGui import QColor, QFont

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
AUTHOR = "CareMap"
PAGE_W, PAGE_H = 297.0, 210.0
METHOD_ROWS_PER_PAGE = 22  # table lines on a page


def _ramp(name):
    ramp = QgsStyle.defaultStyle().colorRamp(name)
    return ramp if ramp is not None else QgsStyle.defaultStyle().colorRamp("Spectral")


def number(v, decimals):
    return QLocale().toString(float(v), "f", int(decimals))


def class_label(lo, hi, decimals):
    """'0.03 – 0.11'; a single value for a class of equal edges."""
    if lo == hi:
        return number(lo, decimals)
    return f"{number(lo, decimals)} – {number(hi, decimals)}"


def graduated(field, edges, decimals, ramp="Viridis", invert=False, points=False):
    """A graduated renderer on ``field`` with the classes ``edges`` (from
    kernels.classify.class_breaks): fill colours of ``ramp``, or point sizes."""
    color_ramp = _ramp(ramp)
    if invert and color_ramp is not None:
        color_ramp.invert()
    n = max(len(edges) - 1, 0)
    ranges = []
    for k in range(n):
        if points:
            sym = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#0072B2", "outline_color": "white"})
            sym.setSize(1.4 + 3.0 * (k / max(n - 1, 1)))
        else:
            sym = QgsFillSymbol.createSimple({"outline_style": "no", "color": "#cccccc"})
            sym.setColor(color_ramp.color(k / max(n - 1, 1)) if color_ramp is not None else QColor("#888"))
        ranges.append(QgsRendererRange(float(edges[k]), float(edges[k + 1]), sym,
                                       class_label(edges[k], edges[k + 1], decimals)))
    r = QgsGraduatedSymbolRenderer(field, ranges)
    if points:
        r.setGraduatedMethod(Qgis.GraduatedMethod.Size)
    return r


def categorized(field, categories):
    """``categories``: [(value, colour, label)], only those that occur."""
    cats = []
    for value, colour, label in categories:
        sym = QgsFillSymbol.createSimple({"outline_style": "no", "color": colour})
        cats.append(QgsRendererCategory(value, sym, label))
    return QgsCategorizedSymbolRenderer(field, cats)


def single_points():
    return QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "#0072B2", "outline_color": "white", "size": "2"}))


def background():
    """Light grey units under the thematic layers."""
    return QgsSingleSymbolRenderer(
        QgsFillSymbol.createSimple({"color": "#f4f4f4", "outline_style": "no"}))


def styled(layer, renderer, name):
    clone = layer.clone()
    clone.setName(name)
    clone.setRenderer(renderer)
    return clone


def streets(layer, name):
    """The streets as a light base: thin, translucent grey lines."""
    clone = layer.clone()
    clone.setName(name)
    sym = QgsLineSymbol.createSimple({"color": "#808080", "width": "0.15"})
    sym.setOpacity(0.6)
    clone.setRenderer(QgsSingleSymbolRenderer(sym))
    clone.setLabelsEnabled(False)
    return clone


def districts(layer, name_field, name):
    """District outlines (no fill) with their names."""
    clone = layer.clone()
    clone.setName(name)
    clone.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "#222222", "outline_width": "0.45"})))
    if name_field:
        pal = QgsPalLayerSettings()
        pal.fieldName = name_field
        pal.placement = Qgis.LabelPlacement.OverPoint
        fmt = QgsTextFormat()
        fmt.setFont(QFont("Sans Serif"))
        fmt.setSize(8)
        fmt.setColor(QColor("#111111"))
        buf = QgsTextBufferSettings()
        buf.setEnabled(True)
        buf.setSize(0.8)
        buf.setColor(QColor("white"))
        fmt.setBuffer(buf)
        pal.setFormat(fmt)
        clone.setLabeling(QgsVectorLayerSimpleLabeling(pal))
        clone.setLabelsEnabled(True)
    return clone


def _label(layout, text, x, y, w, h, size=12, bold=False, html=False, colour="#222222"):
    item = QgsLayoutItemLabel(layout)
    if html:
        item.setMode(QgsLayoutItemLabel.Mode.ModeHtml)
    item.setText(text)
    font = QFont("Sans Serif", size)
    font.setBold(bold)
    fmt = QgsTextFormat()
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setColor(QColor(colour))
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


class Builder:
    """Adds the report's pages to a print layout, in order."""

    def __init__(self, project, title, extent, crs, footer):
        self.layout = QgsPrintLayout(project)
        self.layout.initializeDefaults()
        self.layout.setName(title)
        self.layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
        self.extent, self.crs, self.footer = extent, crs, footer
        self.keep = []  # legend trees the layout items point to: keep them alive
        self.used_first = False
        self.map_pages = []
        self.north = next((os.path.join(p, "arrows", "NorthArrow_02.svg") for p in QgsApplication.svgPaths()
                           if os.path.exists(os.path.join(p, "arrows", "NorthArrow_02.svg"))), None)

    def page(self):
        if not self.used_first:
            self.used_first = True
            index = 0
        else:
            index = _new_page(self.layout)
        y0 = _page_y(self.layout, index)
        if self.footer:
            _label(self.layout, self.footer, 10, y0 + 202, 277, 6, 7, colour="#666666")
        return index, y0

    def _map(self, layers, x, y, w, h):
        m = QgsLayoutItemMap(self.layout)
        m.attemptMove(QgsLayoutPoint(x, y, MM))
        m.attemptResize(QgsLayoutSize(w, h, MM))
        m.setCrs(self.crs)
        m.setLayers(layers)
        m.setFrameEnabled(True)
        self.layout.addLayoutItem(m)
        m.zoomToExtent(self.extent)  # keeps the item's size (setExtent would resize it)
        return m

    def _legend(self, m, layers, x, y, columns=1, size=9):
        legend = QgsLayoutItemLegend(self.layout)
        legend.setAutoUpdateModel(False)
        root = QgsLayerTree()
        for lyr in layers:
            root.addLayer(lyr)
        legend.model().setRootGroup(root)
        self.keep.append(root)
        legend.setTitle("")
        legend.setLinkedMap(m)
        legend.setColumnCount(columns)
        legend.setSplitLayer(True)
        legend.setWrapString("\n")
        for style, pts in ((QgsLegendStyle.Style.Subgroup, size + 1), (QgsLegendStyle.Style.SymbolLabel, size)):
            st = QgsLegendStyle(legend.style(style))
            fmt = QgsTextFormat()
            font = QFont("Sans Serif", pts)
            font.setBold(style == QgsLegendStyle.Style.Subgroup)
            fmt.setFont(font)
            fmt.setSize(pts)
            st.setTextFormat(fmt)
            legend.setStyle(style, st)
        legend.setSymbolHeight(4.0)
        legend.setSymbolWidth(6.0)
        legend.attemptMove(QgsLayoutPoint(x, y, MM))
        self.layout.addLayoutItem(legend)
        legend.setResizeToContents(True)
        return legend

    def _scale_and_north(self, m, x, y, arrow_x, arrow_y):
        bar = QgsLayoutItemScaleBar(self.layout)
        bar.setStyle("Single Box")
        bar.setLinkedMap(m)
        bar.applyDefaultSize()
        bar.setUnits(Qgis.DistanceUnit.Kilometers)
        bar.setUnitLabel("km")
        bar.setNumberOfSegments(3)
        bar.setNumberOfSegmentsLeft(0)
        bar.setUnitsPerSegment(max(0.5, round(self.extent.width() / 1000 / 8, 0) or 0.5))
        bar.attemptMove(QgsLayoutPoint(x, y, MM))
        self.layout.addLayoutItem(bar)
        if self.north:
            arrow = QgsLayoutItemPicture(self.layout)
            arrow.setPicturePath(self.north)
            arrow.attemptMove(QgsLayoutPoint(arrow_x, arrow_y, MM))
            arrow.attemptResize(QgsLayoutSize(10, 13, MM))
            self.layout.addLayoutItem(arrow)

    def first_page(self, title, subtitle, sentences_html, overview):
        """Title, area and date, the key numbers; ``overview`` = (caption, layers top
        first, legend layers) or None."""
        _, y0 = self.page()
        _label(self.layout, title, 10, y0 + 8, 277, 14, 20, True, colour="#0d4f4b")
        _label(self.layout, subtitle, 10, y0 + 22, 277, 7, 10, colour="#444444")
        width = 128 if overview else 277
        _label(self.layout, sentences_html, 10, y0 + 32, width, 165, 10, html=True)
        if overview:
            caption, layers, legend_layers = overview
            m = self._map(layers, 145, y0 + 32, 142, 128)
            _label(self.layout, caption, 145, y0 + 26, 142, 6, 9, True)
            # the scale bar on its own line under the map, the legend under it (never over each other)
            self._scale_and_north(m, 145, y0 + 162, 275, y0 + 34)
            self._legend(m, legend_layers, 145, y0 + 172, columns=2, size=8)

    def map_page(self, title, layers, legend_layers, note=""):
        index, y0 = self.page()
        self.map_pages.append(index)
        _label(self.layout, title, 10, y0 + 6, 277, 10, 16, True)
        m = self._map(layers, 10, y0 + 18, 190, 180)
        self._legend(m, legend_layers, 205, y0 + 18)
        if note:
            _label(self.layout, note, 205, y0 + 130, 82, 50, 9, html=True)
        self._scale_and_north(m, 205, y0 + 185, 187, y0 + 20)

    def chart_page(self, title, svg_path, note_html=""):
        _, y0 = self.page()
        _label(self.layout, title, 10, y0 + 6, 277, 10, 16, True)
        pic = QgsLayoutItemPicture(self.layout)
        pic.setPicturePath(svg_path)
        pic.attemptMove(QgsLayoutPoint(33.5, y0 + 20, MM))
        pic.attemptResize(QgsLayoutSize(230, 129.4, MM))
        self.layout.addLayoutItem(pic)
        if note_html:
            _label(self.layout, note_html, 33.5, y0 + 153, 230, 45, 10, html=True)

    def text_page(self, heading, body_html):
        _, y0 = self.page()
        _label(self.layout, heading, 10, y0 + 6, 277, 10, 16, True)
        _label(self.layout, body_html, 10, y0 + 18, 277, 182, 10, html=True)

    def table_pages(self, heading, table_head, rows):
        """``rows`` (already escaped cells) as a table over as many pages as needed
        (a long value takes a line per ~70 characters)."""
        chunks, chunk, lines = [], [], 0
        for r in rows:
            n = max(1, -(-max(len(c) for c in r) // 70))
            if chunk and lines + n > METHOD_ROWS_PER_PAGE:
                chunks.append(chunk)
                chunk, lines = [], 0
            chunk.append(r)
            lines += n
        chunks.append(chunk)
        for chunk in chunks:
            _, y0 = self.page()
            _label(self.layout, heading, 10, y0 + 6, 277, 10, 16, True)
            if chunk:
                _label(self.layout, table_html(table_head, chunk, pdf=True), 10, y0 + 18, 277, 182, 9, html=True)

    def finish(self):
        self.layout.caremap_keep = self.keep
        return self.layout


def table_html(head, rows, pdf=False):
    """An HTML table of escaped cells; ``pdf``: cell spacing for the layout label."""
    attrs = ' cellpadding="3" cellspacing="0" border="1" width="100%"' if pdf else ""
    th = "".join(f"<th>{h}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table{attrs}><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>'


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
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText  # text a reader can search and copy
    settings.exportMetadata = True  # title and author from the report project's metadata
    result = exporter.exportToPdf(path, settings)
    return result == QgsLayoutExporter.ExportResult.Success


def report_project(crs, title):
    """A throwaway project that owns the report's layers (the user's project is
    untouched); its metadata gives the PDF its title and author."""
    project = QgsProject()
    project.setCrs(crs)
    md = project.metadata()
    md.setTitle(title)
    md.setAuthor(AUTHOR)
    project.setMetadata(md)
    return project


def html_escape(text):
    return escape("" if text is None else str(text), quote=True)


# ---------------------------------------------------------------- the report's maps
def map_specs(units, demand, col, chosen, labels, layers, method=None):
    """The thematic maps: [dict(key, title, layer, note)], each layer a styled copy of
    the units (or facilities) with classes from kernels.classify (only the classes and
    categories that occur)."""
    from ..kernels.classify import class_breaks
    from .base import tr

    unit_layer = layers["units"]
    specs = []

    def graded(key, title, legend, values, field, ramp, invert=False, note=""):
        edges, _, decimals = class_breaks(values, 5)
        if edges.size:
            specs.append({"key": key, "title": title, "note": note, "layer": styled(
                unit_layer, graduated(field, edges, decimals, ramp, invert), legend)})

    supply = layers.get("supply")
    if supply is not None:
        values = layers.get("capacity_values")
        sup = supply.clone()
        sup.setName(tr("Care facilities"))
        sup.setRenderer(single_points())
        if values is not None:
            edges, _, decimals = class_breaks(values, 4)
            if edges.size:
                sup.setRenderer(graduated(layers["capacity"], edges, decimals, points=True))
                sup.setName(tr("Places per facility"))
        specs.append({"key": "supply", "title": tr("Supply of care"), "layer": sup, "note": ""})
    graded("demand", tr("Demand for care"), tr("Demand: {0} (people)").format(labels["COHORT_LABEL"]),
           demand, labels["DEMAND_FIELD"], "Viridis")
    if "ACCESS_FIELD" in chosen:
        graded("access", tr("Access to care"), tr("Access (places per person)"), col["ACCESS_FIELD"],
               chosen["ACCESS_FIELD"], "Viridis",
               note=tr("Places per person within reach (two-step floating catchment).") if method == "2sfca"
               else tr("Places per person within reach."))
    elif "COST_FIELD" in chosen and np.allclose(units.numeric[chosen["COST_FIELD"]], col["COST_FIELD"],
                                                equal_nan=True):
        # the map classes the layer's own field: drawn only when that field is in minutes (a cost
        # in metres was converted for the figures, and a legend in minutes would misread it)
        graded("cost", tr("Time to the nearest service"), tr("Minutes to the nearest facility"),
               units.numeric[chosen["COST_FIELD"]], chosen["COST_FIELD"], "Viridis", invert=True)
    if "DESERT_FIELD" in chosen:
        present = set(np.unique(col["DESERT_FIELD"][np.isfinite(col["DESERT_FIELD"])]).tolist())
        cats = [(v, c, t) for v, c, t in ((0, "#e6e6e6", tr("not a care desert")),
                                          (1, "#D55E00", tr("care desert"))) if v in present]
        if cats:
            specs.append({"key": "deserts", "title": tr("Care deserts"), "note": tr(
                "Care desert: a unit with high demand whose nearest facility is beyond the travel time."),
                "layer": styled(unit_layer, categorized(chosen["DESERT_FIELD"], cats), tr("Care deserts"))})
    if "PRIORITY_FIELD" in chosen:
        graded("priority", tr("Care priority index"), tr("Priority (0 = lowest, 1 = highest)"),
               col["PRIORITY_FIELD"], chosen["PRIORITY_FIELD"], "Magma", invert=True,
               note=tr("Combines unmet demand, low access and vulnerability; higher needs attention first."))
    return specs


def build(alg, layers, specs, labels, subtitle, sentences, explained, charts, method_head, method_rows, footer):
    """The print layout of the report; returns (layout, [(map title, page index)]), the
    overview's map page first."""
    from .base import tr

    unit_layer = layers["units"]
    crs = unit_layer.crs()
    project = report_project(crs, labels["TITLE"])
    alg._project = project  # the layout and its layers live as long as the algorithm
    base = styled(unit_layer, background(), tr("Units"))
    project.addMapLayer(base)
    over = []
    if layers.get("streets") is not None:
        over.append(streets(layers["streets"], tr("Streets")))
    if layers.get("districts") is not None:
        over.insert(0, districts(layers["districts"], layers.get("district_name"), tr("Districts")))
    for lyr in over:
        project.addMapLayer(lyr)
    for s in specs:
        for lyr in [s["layer"]] + s.get("points", []) + s.get("areas", []):
            project.addMapLayer(lyr)
    extent = unit_layer.extent()
    for s in specs:  # the areas of influence of care blocks may reach past the units
        for lyr in s.get("areas", []):
            extent.combineExtentWith(QgsCoordinateTransform(lyr.crs(), crs, project).transformBoundingBox(
                lyr.extent()))
    extent.scale(1.03)
    b = Builder(project, labels["TITLE"], extent, crs, footer)
    overview = next((s for k in ("deserts", "access", "cost", "blocks", "demand") for s in specs if s["key"] == k),
                    None)

    def stack(s):
        if s["key"] == "supply":  # points above the outlines and streets
            return [s["layer"]] + over + [base]
        if s["key"] == "blocks":  # anchors and buildings on top, the areas of influence under the outlines
            return s["points"] + over + s["areas"] + [base]
        return over + [s["layer"], base]

    def legend(s):
        if s["key"] == "blocks":
            return s["areas"] + s["points"] + over
        return [s["layer"]] + over

    sentences_html = "<ul>" + "".join(f"<li>{html_escape(x)}</li>" for x in sentences) + "</ul>"
    b.first_page(labels["TITLE"], subtitle, sentences_html,
                 (overview["title"], stack(overview), legend(overview)) if overview else None)
    pages = []
    for s in sorted(specs, key=lambda s: s is not overview):
        b.map_page(s["title"], stack(s), legend(s), html_escape(s["note"]))
        pages.append((s["title"], b.map_pages[-1]))
    for c in charts:
        b.chart_page(c["title"], c["path"], html_escape(c["note"]))
    if explained:
        b.text_page(tr("What the indicators mean"),
                    "".join(f"<p><b>{html_escape(k)}</b>: {html_escape(v)}</p>" for k, v in explained))
    b.table_pages(tr("Method and parameters"), [html_escape(h) for h in method_head],
                  [[html_escape(c) for c in r] for r in method_rows])
    layout = b.finish()
    alg._layout_ref = layout
    return layout, pages
