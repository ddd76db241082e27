"""CSV text to typed columns: the encoding, the separator, the rows, and each column's
kind (integer, real or text) with its decimal mark. Used by ``csv_files``, which turns
the columns into a layer. The rules:

* encoding: UTF-8 (with or without the byte-order mark Excel writes), else Windows-1252
  (Excel's "CSV" on Windows); ``|encoding=...`` to say another;
* separator: ``;``, tab or ``,``, detected from the header line (``.tsv``: tab);
  ``|delimiter=;`` to say it; a row with more values than the header has columns is an
  error (a decimal comma in a comma-separated file), never a shifted row;
* numbers: a column whose non-empty values all read as numbers is numeric (integer or
  real); a column of codes with leading zeros (``0123``) stays text; a column mixing
  numbers and words stays text and the readers count the words (``columns``). Decimal
  marks: ``12.5`` everywhere; in a file separated by ``;`` or tabs, ``12,5`` and
  ``1.234,5`` (Excel in Spanish, Portuguese, French...) too, with ``.`` as thousands
  separator. A column where this cannot be told (only values like ``1.234``, and the
  rest of the file says nothing either way), or that mixes ``12,5`` and ``12.5``, is an
  error naming file, column and value: ``|decimal=,`` or ``|decimal=.`` says it.
  Numbers are never guessed: ``12,5`` is 12.5 or an error, never 125.
"""
from __future__ import annotations

import csv
import io
import re

from qgis.core import QgsProcessingException

from .arrays import tr

INT = re.compile(r"^[+-]?\d+$")
DOT = re.compile(r"^[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?$")
DOT_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+$")
COMMA = re.compile(r"^[+-]?(\d+,\d*|,\d+)([eE][+-]?\d+)?$")
COMMA_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")
SPECIAL = re.compile(r"^[+-]?(nan|inf|infinity)$", re.IGNORECASE)
LEADING_ZERO = re.compile(r"^[+-]?0\d")


def read_text(path, name, encoding):
    with open(path, "rb") as fh:
        raw = fh.read()
    if encoding:
        try:
            return raw.decode(encoding)
        except (LookupError, UnicodeDecodeError) as err:
            raise QgsProcessingException(tr("File {0} cannot be read as {1}: {2}.").format(name, encoding, err)) from err
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def delimiter(header, path, options):
    given = options.get("delimiter")
    if given:
        return "\t" if given.lower() in ("tab", "\\t") else given
    if path.lower().endswith(".tsv"):
        return "\t"
    counts = {d: header.count(d) for d in (";", "\t", ",")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_rows(path, name, options):
    text = read_text(path, name, options.get("encoding"))
    lines = text.splitlines()
    header_line = next((ln for ln in lines if ln.strip()), "")
    if not header_line:
        raise QgsProcessingException(tr("File {0} is empty.").format(name))
    delim = delimiter(header_line, path, options)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    rows = [r for r in reader if any(c.strip() for c in r)]
    header = [c.strip() for c in rows[0]]
    names, seen = [], set()
    for k, h in enumerate(header):
        base = h or f"field_{k + 1}"
        n, i = base, 1
        while n.lower() in seen:
            i += 1
            n = f"{base}_{i}"
        seen.add(n.lower())
        names.append(n)
    body = rows[1:]
    width = len(names)
    for i, r in enumerate(body):
        if len(r) > width:
            shown = "tab" if delim == "\t" else delim
            raise QgsProcessingException(tr(
                "Row {0} of file {1} has {2} values but the header has {3} columns (separator '{4}'). A decimal "
                "comma in a comma-separated file splits numbers in two: save the file with ';' as separator, or "
                "quote the values.").format(i + 2, name, len(r), width, shown))
        if len(r) < width:
            r.extend([""] * (width - len(r)))
    return names, body, delim


def classify(values):
    """Flags of one column's non-empty values."""
    flags = {"comma": None, "dot": None, "thousands": None, "other": None, "lead0": False, "any": False}
    for v in values:
        if not v:
            continue
        flags["any"] = True
        if LEADING_ZERO.match(v) and not v.lstrip("+-").startswith(("0.", "0,")):
            flags["lead0"] = True
        if INT.match(v):
            continue
        if DOT_THOUSANDS.match(v):
            flags["thousands"] = flags["thousands"] or v
        elif DOT.match(v) or SPECIAL.match(v):
            flags["dot"] = flags["dot"] or v
        elif COMMA.match(v) or COMMA_THOUSANDS.match(v):
            flags["comma"] = flags["comma"] or v
        else:
            flags["other"] = flags["other"] or v
    return flags


def number(v, mark):
    """float of text ``v`` written with decimal mark ``mark``, or None."""
    if not v:
        return None
    if mark == ",":
        if COMMA_THOUSANDS.match(v):
            v = v.replace(".", "")
        if "." in v:
            return None
        v = v.replace(",", ".")
    elif "," in v:
        return None
    try:
        return float(v)
    except ValueError:
        return None


def decimal_marks(names, columns, delim, name, options):
    """Decimal mark of each column (None: no decimals to read)."""
    given = options.get("decimal")
    if given not in (None, "", ",", "."):
        raise QgsProcessingException(tr("Option decimal={0} of file {1}: use decimal=, or decimal=.").format(given, name))
    flags = [classify(col) for col in columns]
    if given:
        return [given] * len(names), flags
    if delim == ",":
        return ["."] * len(names), flags
    file_comma = next((f["comma"] for f in flags if f["comma"]), None)
    file_dot = next((f["dot"] for f in flags if f["dot"]), None)
    marks = []
    for col, f in zip(names, flags):
        if f["comma"] and f["dot"]:
            raise QgsProcessingException(tr(
                "Column '{0}' of file {1} mixes decimal commas and points ('{2}' and '{3}'): write all its numbers "
                "the same way, or say which mark is decimal with '{1}|decimal=,' or '{1}|decimal=.'.").format(
                col, name, f["comma"], f["dot"]))
        if f["comma"]:
            marks.append(",")
        elif f["dot"]:
            marks.append(".")
        elif f["thousands"] and not f["other"]:
            if file_comma and not file_dot:
                marks.append(",")
            elif file_dot and not file_comma:
                marks.append(".")
            else:
                raise QgsProcessingException(tr(
                    "Column '{0}' of file {1} holds values like '{2}', which may be a number with a thousands "
                    "separator or with a decimal point: say which with '{1}|decimal=,' (1.234 = one thousand two "
                    "hundred and thirty-four) or '{1}|decimal=.' (1.234 = one point two three four).").format(
                    col, name, f["thousands"]))
        else:
            marks.append(".")
    return marks, flags


def column_kind(values, mark, flags):
    """('int'|'double'|'text', converted values)."""
    if not flags["any"]:
        return "text", [None] * len(values)
    nums = [number(v, mark) for v in values]
    all_numbers = all(n is not None for v, n in zip(values, nums) if v)
    if not all_numbers or flags["lead0"]:
        if mark == ",":  # numbers written with a decimal comma: the readers parse them as text
            out = [(repr(n) if n is not None else v) if v else None for v, n in zip(values, nums)]
        else:
            out = [v if v else None for v in values]
        return "text", out
    if not flags["dot"] and not flags["comma"] and all(n is None or n.is_integer() for n in nums):
        ints = [int(v.replace(".", "") if mark == "," else v) if v else None for v in values]
        if all(i is None or abs(i) < 2 ** 63 for i in ints):
            return "int", ints
        return "text", [v if v else None for v in values]  # codes too long for a 64-bit integer
    return "double", nums
