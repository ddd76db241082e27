"""Attribute values -> NumPy columns, with the one NULL rule of CareMap.

Numeric columns are float64 with NaN for NULL. A value that is not a finite number in
the data (NaN, +inf, -inf) is read as NULL too, and counted in one warning per field.
Numbers stored as text (a CSV read without column types) are parsed; a text that is
not a number is NULL, counted with an example; a text column where no value is a
number is an error. Text columns are object arrays with ``None`` for NULL.
"""
from __future__ import annotations

import numpy as np
from qgis.core import QgsProcessingException

from . import csv_parse
from .arrays import tr, trn

try:  # a NULL QVariant compares equal to None in PyQGIS, but be explicit
    from qgis.core import NULL as NULL_VARIANT
except ImportError:  # pragma: no cover
    NULL_VARIANT = None


def is_null(v):
    return v is None or v == NULL_VARIANT


def text_value(v):
    """One attribute value as text (None for NULL; 5.0 -> '5')."""
    if is_null(v):
        return None
    if isinstance(v, bytes):
        return v.decode("utf-8")
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def text_column(values):
    arr = np.empty(len(values), dtype=object)
    arr[:] = [text_value(v) for v in values]
    return arr


def _parse(values):
    """(floats, null mask, number of non-numbers, first non-number) of Python values."""
    n = len(values)
    out = np.full(n, np.nan)
    null = np.zeros(n, dtype=bool)
    bad, example = 0, None
    for i, v in enumerate(values):
        if is_null(v):
            null[i] = True
            continue
        if isinstance(v, (bytes, str)):
            s = v.decode("utf-8") if isinstance(v, bytes) else v
            s = s.strip()
            if not s:
                null[i] = True
                continue
            v = s
        try:
            out[i] = float(v)
        except (TypeError, ValueError):
            null[i] = True
            bad += 1
            if example is None:
                example = str(v)
    return out, null, bad, example


def numeric_column(values, name, label, warn=None, null_mask=None, require_numbers=True):
    """float64 column of ``values`` (a list of attribute values, or an array with
    ``null_mask`` marking NULLs); non-finite values and non-numbers become NaN, each
    kind counted in one call of ``warn(message)`` naming ``label`` and field ``name``.

    Raises QgsProcessingException when ``require_numbers`` and no non-empty value is a
    number (the column is words, not numbers)."""
    bad, example = 0, None
    null = None
    if isinstance(values, np.ndarray) and values.dtype.kind in "fiub":
        arr = values.astype(float, copy=True)
        null = np.zeros(arr.shape[0], bool) if null_mask is None else np.asarray(null_mask, bool)
    else:
        values = list(values)
        try:  # no NULL and no text in the column: one C-level conversion
            if any(isinstance(v, (str, bytes)) for v in values[:1]):
                raise ValueError
            arr = np.array(values, dtype=float)
            null = np.zeros(arr.shape[0], bool)
        except (TypeError, ValueError):
            arr, null, bad, example = _parse(values)
        if null_mask is not None:
            null |= np.asarray(null_mask, bool)
    if bad:
        if require_numbers and not (~null).any():
            raise QgsProcessingException(tr(
                "Field '{0}' of layer {1} must be numeric: none of its values is a number (e.g. '{2}'). "
                "Choose the field that holds the numbers.").format(name, label, example))
        if warn is not None:
            warn(trn("%n value(s) of field '{0}' of layer {1} not a number (e.g. '{2}'): read as NULL.", bad)
                 .format(name, label, example))
    arr[null] = np.nan
    nonfinite = ~np.isfinite(arr) & ~null
    n_bad = int(nonfinite.sum())
    if n_bad:
        arr[nonfinite] = np.nan
        if warn is not None:
            warn(trn("%n value(s) of field '{0}' of layer {1} not finite (NaN or infinite): read as "
                     "NULL.", n_bad).format(name, label))
    return arr


def text_numbers(values, name, label, warn=None):
    """float64 column of numbers stored as text (a CSV layer without column types),
    with CSV's decimal-mark rule (``csv_parse``): a column is read with a decimal comma
    (``12,5``, ``1.234,5``) when some value is written so and none with a decimal
    point; otherwise a comma makes a value a non-number. Then ``numeric_column``:
    NULL, non-numbers and non-finite values as it says."""
    texts = [text_value(v) for v in values]
    stripped = [t.strip() if t else "" for t in texts]
    flags = csv_parse.classify(stripped)
    if flags["comma"] and not flags["dot"]:
        nums = [csv_parse.number(t, ",") for t in stripped]
        texts = [repr(n) if n is not None else t for t, n in zip(texts, nums)]
    return numeric_column(texts, name, label, warn)


def columns(rows, names, numeric, text, label, warn=None, index=None):
    """Python attribute rows -> ({name: float column}, {name: text column}).

    ``index[k]`` is the position of ``names[k]`` in a row (default: k)."""
    out_num, out_text = {}, {}
    for k, name in enumerate(names):
        pos = k if index is None else index[k]
        col = [row[pos] for row in rows]
        if name in numeric:
            out_num[name] = numeric_column(col, name, label, warn)
        if name in text:
            out_text[name] = text_column(col)
    return out_num, out_text
