"""A minimal .xlsx writer (Office Open XML spreadsheet): sheets of text cells, written
as a zip of XML parts with inline strings, so CareMap writes an XLSForm with the Python
standard library alone (QGIS's Python has no openpyxl). Readers such as openpyxl,
pyxform, KoboToolbox, ODK Central and LibreOffice open it."""
from __future__ import annotations

import zipfile
from xml.sax.saxutils import escape

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def column_letter(k):
    """0 -> A, 25 -> Z, 26 -> AA."""
    out = ""
    k += 1
    while k:
        k, r = divmod(k - 1, 26)
        out = chr(65 + r) + out
    return out


def _sheet_xml(rows):
    lines = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_NS}"><sheetData>']
    for i, row in enumerate(rows, start=1):
        cells = "".join(
            f'<c r="{column_letter(j)}{i}" t="inlineStr"><is><t xml:space="preserve">{escape(str(v))}</t></is></c>'
            for j, v in enumerate(row) if v is not None and str(v) != "")
        lines.append(f'<row r="{i}">{cells}</row>')
    lines.append("</sheetData></worksheet>")
    return "".join(lines)


def write_xlsx(path, sheets):
    """Write ``sheets`` (``{name: [[cell, ...], ...]}``, in order) to ``path``; empty cells
    ("" or None) are left out."""
    names = list(sheets)
    types = "".join(f'<Override PartName="/xl/worksheets/sheet{k}.xml" ContentType="application/'
                    f'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for k in range(1, len(names) + 1))
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        f'{types}</Types>')
    root_rels = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG_REL}">'
        f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    sheet_list = "".join(f'<sheet name="{escape(n)}" sheetId="{k}" r:id="rId{k}"/>'
                         for k, n in enumerate(names, start=1))
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{_NS}" '
                f'xmlns:r="{_REL}"><sheets>{sheet_list}</sheets></workbook>')
    wb_rels = "".join(f'<Relationship Id="rId{k}" Type="{_REL}/worksheet" Target="worksheets/sheet{k}.xml"/>'
                      for k in range(1, len(names) + 1))
    wb_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG_REL}">'
               f'{wb_rels}</Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", root_rels)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", wb_rels)
        for k, n in enumerate(names, start=1):
            z.writestr(f"xl/worksheets/sheet{k}.xml", _sheet_xml(sheets[n]))
    return path
