#!/usr/bin/env python3
"""Print the one-page handout (docs/handout.md, handout.es.md, handout.pt.md) as PDFs
for the workshop: docs/workshop/handout.<lang>.pdf, A4 landscape, one page each.

Uses Qt's own text layout and PDF writer (QTextDocument + QPrinter, from the QGIS Python
that the test venv sees), so no browser or LaTeX is needed. The Markdown of the handouts
is simple (a title, paragraphs, one table, bold, italics, code) and is turned into HTML
here. ``--check`` exits 1 when a PDF would not fit one page or is missing.

    .venv/bin/python scripts/make_handouts.py
"""
import html
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = {"en": "handout.md", "es": "handout.es.md", "pt": "handout.pt.md"}
OUT_DIR = os.path.join(ROOT, "docs", "workshop")
FONT_PT = 7.0
SCALES = (1.0, 1.1, 1.2, 1.3, 1.4, 1.5)  # largest: 7 pt printed at 4.7 pt
WIDTHS = (15, 20, 14, 51)  # % of the page: field, algorithm, unit, how to read it


def inline(text):
    text = html.escape(text, quote=False)
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
    text = re.sub(r"\*\*([^*]+)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"<i>\1</i>", text)
    return re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)


def to_html(markdown):
    """HTML of the handout's Markdown (title, paragraphs, one pipe table)."""
    out, para, table = [], [], []

    def flush():
        if para:
            out.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
        if table:
            rows = [r for r in table if not re.fullmatch(r"\|[\s|:-]+\|", r)]
            cells = [[c.strip() for c in r.strip().strip("|").split("|")] for r in rows]
            widths = WIDTHS if len(cells[0]) == len(WIDTHS) else [100 // len(cells[0])] * len(cells[0])
            body = "".join("<tr>" + "".join(
                (f'<th width="{w}%">{inline(c)}</th>' if i == 0 else f"<td>{inline(c)}</td>")
                for c, w in zip(row, widths)) + "</tr>"
                for i, row in enumerate(cells))
            out.append('<table width="100%" cellspacing="0" cellpadding="0.6" border="0" style="border-style: solid; border-color: #999;">' + body + "</table>")
            table.clear()

    for line in markdown.splitlines():
        if line.startswith("# "):
            flush()
            out.append('<p style="font-size: 10pt; font-weight: bold;">' + inline(line[2:]) + "</p>")
        elif line.startswith("|"):
            if para:
                flush()
            table.append(line)
        elif not line.strip():
            flush()
        else:
            if table:
                flush()
            para.append(line.strip())
    flush()
    style = (f"th {{ background: #e8e8e8; }} td, th, p {{ font-size: {FONT_PT}pt; }} "
             f"code {{ font-family: monospace; font-size: {FONT_PT}pt; }}")
    return f"<html><head><style>{style}</style></head><body>{''.join(out)}</body></html>"


def print_pdf(markdown, path, title):
    """Write ``markdown`` as a PDF at ``path``; return its page count."""
    from qgis.PyQt.QtCore import QMarginsF, QSizeF
    from qgis.PyQt.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
    from qgis.PyQt.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                      QMarginsF(7, 6, 7, 6), QPageLayout.Unit.Millimeter))
    printer.setDocName(title)
    printer.setCreator("CareMap")
    doc = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(FONT_PT)
    doc.setDefaultFont(font)
    doc.setHtml(to_html(markdown))
    rect = printer.pageLayout().paintRectPoints()  # in points: QTextDocument scales to the printer
    for scale in SCALES:  # the smallest shrink that fits one page (print() scales the page down)
        doc.setPageSize(QSizeF(rect.width() * scale, rect.height() * scale))
        if doc.pageCount() == 1:
            break
    doc.print(printer)
    return doc.pageCount()


def main(argv):
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    bad = []
    for lang, name in SOURCES.items():
        with open(os.path.join(ROOT, "docs", name), encoding="utf-8") as f:
            markdown = f.read()
        title = markdown.splitlines()[0].lstrip("# ").strip()
        path = os.path.join(OUT_DIR, f"handout.{lang}.pdf")
        pages = print_pdf(markdown, path, title)
        print(f"{path}: {pages} page(s)")
        if pages != 1:
            bad.append(path)
    if bad and "--check" in argv:
        print("more than one page: " + ", ".join(bad))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
