"""Map classes a reader can take in at a glance: quantile class breaks rounded to a
precision that fits the data's spread, with no empty or degenerate class, and round
axis ticks for charts.

Rules (used by the report's legends and charts):

- breaks start at the quantiles q_k = Q(k / classes), k = 1..classes-1, of the finite
  values (NaN = NULL is left out);
- every break is rounded to ``decimals`` = 1 - floor(log10(max - min)) decimals (two
  significant digits of the spread: a spread of 0.47 gives 2 decimals, of 120 gives
  -1, i.e. tens); the outer edges are rounded outwards (floor of the minimum, ceiling
  of the maximum), so every value lies in a class;
- equal breaks are merged and a class that holds no value is merged into its
  neighbour, so no two classes read the same ("100 - 100") and none is empty;
- all values equal: one class [v, v]; no finite value: no class.

Classes are (lower, upper], the first one [lower, upper].
"""
import math

import numpy as np


def _decimals(lo, hi):
    spread = hi - lo
    if not spread > 0:
        v = max(abs(lo), abs(hi))
        return 0 if v == 0 else max(0, 2 - int(math.floor(math.log10(v))))
    return 1 - int(math.floor(math.log10(spread)))


def _round(v, decimals, how):
    scale = 10.0 ** decimals
    return float(how(np.round(v * scale, 9)) / scale)


def class_breaks(values, classes=5):
    """Rounded quantile class breaks of ``values`` (NaN ignored).

    Returns ``(edges, counts, decimals)``: ``edges`` the increasing class edges (length
    n + 1 for n classes; a single class of equal values has edges [v, v]), ``counts``
    the number of values in each class (all > 0), ``decimals`` the number of decimals
    to print the edges with (0 when negative: the edges are then whole tens, hundreds...).
    """
    if classes < 1:
        raise ValueError("classes must be at least 1")
    v = np.asarray(values, dtype=float).ravel()
    v = v[np.isfinite(v)]
    if v.size == 0:
        return np.array([]), np.array([], dtype=int), 0
    lo, hi = float(v.min()), float(v.max())
    d = _decimals(lo, hi)
    if not hi > lo:  # the exact value, not a rounded one the values would fall outside of
        return np.array([lo, lo]), np.array([v.size]), max(d, 0)
    inner = np.quantile(v, np.arange(1, classes) / classes) if classes > 1 else np.array([])
    scale = 10.0 ** d
    inner = np.round(inner * scale) / scale
    edges = np.concatenate([[_round(lo, d, np.floor)], inner, [_round(hi, d, np.ceil)]])
    edges = np.unique(edges)  # sorted, equal breaks merged
    counts = _counts(v, edges)
    while (counts == 0).any() and edges.size > 2:
        k = int(np.flatnonzero(counts == 0)[0])
        # drop the empty class's upper edge (its lower one when it is the last class)
        edges = np.delete(edges, k + 1 if k + 1 < edges.size - 1 else k)
        counts = _counts(v, edges)
    return edges, counts, max(d, 0)


def _counts(v, edges):
    """Values per class, classes (lower, upper], the first [lower, upper]."""
    idx = np.searchsorted(edges, v, side="left") - 1
    idx = np.clip(idx, 0, edges.size - 2)
    return np.bincount(idx, minlength=edges.size - 1)


def nice_step(top, most=6):
    """The round step (1, 2, 2.5 or 5 times a power of ten) giving at most ``most``
    intervals from 0 to ``top`` (> 0); 1 for a top that is not a positive number."""
    top = float(top)
    if not np.isfinite(top) or top <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(top / most))
    for m in (1.0, 2.0, 2.5, 5.0, 10.0):
        if top / (m * power) <= most + 1e-9:
            return m * power
    return 10.0 * power


def nice_axis(top, most=6):
    """Round ticks 0, s, 2s, ... up to the first multiple of s at or above ``top``
    (s = :func:`nice_step`): the axis ends on a tick. [0, 1] for a top that is not a
    positive number."""
    s = nice_step(top, most)
    top = float(top)
    if not np.isfinite(top) or top <= 0:
        return np.array([0.0, 1.0])
    n = int(math.ceil(top / s - 1e-9))
    return np.arange(n + 1) * s


# ---------------------------------------------------------------- large numbers on axes
# How each language's official statistics shorten a large number on a chart axis (CLDR's
# short compact forms, as INE, IBGE and INSEE print them): the suffix of thousands and of
# millions, joined to the number by a no-break space where the language writes one. A
# language not in the table takes the English forms. The decimal separator is the
# locale's own (the caller writes the number, e.g. with QLocale), as in the report's other
# numbers.
COMPACT_SUFFIXES = {
    "en": ("k", "M"),              # 120k, 1.5M
    "es": ("\u00a0mil", "\u00a0M"),  # 120 mil, 1,5 M
    "pt": ("\u00a0mil", "\u00a0mi"),  # 120 mil, 1,5 mi
    "fr": ("\u00a0k", "\u00a0M"),    # 120 k, 1,5 M
}
COMPACT_THOUSANDS_FROM = 1e5  # below it a number is written in full (99,950)
COMPACT_MILLIONS_FROM = 1e6


def compact_language(locale_name):
    """The key of :data:`COMPACT_SUFFIXES` for a locale name ('es_CO', 'pt-BR', 'fr',
    'C'): its language when the table has it, else 'en'."""
    lang = (locale_name or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return lang if lang in COMPACT_SUFFIXES else "en"


def compact_number(v, language="en"):
    """How to write ``v`` on a chart axis: ``(value, format, digits, suffix)``, to be
    written as the locale writes ``value`` with ``format`` ('f' fixed, 'g' significant
    digits) and ``digits``, followed by ``suffix``; None for a value that is not a finite
    number (no label).

    Rules: |v| >= 1,000,000: millions with one decimal (1.5M); |v| >= 100,000: thousands,
    whole (120k), and millions when the rounded thousands reach 1,000 (999,700 reads
    1.0M, not 1000k); |v| >= 100 (once rounded) or whole: the whole number; else two significant
    digits (0.25, 2.5). One digit more when ``v`` is exactly a half at the last digit, as
    the ticks of a 2.5 step are (:func:`nice_axis`): 1.25M, 12.5, 0.125, never 1.3M, 13,
    0.13 beside 1.0M, 10, 0.1. Suffixes of ``language`` (:func:`compact_language`)."""
    if v is None:
        return None
    v = float(v)
    if not np.isfinite(v):
        return None
    thousands, millions = COMPACT_SUFFIXES[compact_language(language)]
    a = abs(v)
    if a >= COMPACT_MILLIONS_FROM or (a >= COMPACT_THOUSANDS_FROM and round(a / 1e3) >= 1000):
        return v / 1e6, "f", 1 + _half_at(v / 1e6, 1), millions
    if a >= COMPACT_THOUSANDS_FROM:
        return float(round(v / 1e3)), "f", 0, thousands
    digits = 2 + _half_at(v, 1 - math.floor(math.log10(a))) if a > 0 else 2
    if a >= 100 or v.is_integer() or float(f"{a:.{digits}g}") >= 100:  # 99.7 reads 100, not 1e+02
        return float(round(v)), "f", 0, ""
    return v, "g", digits, ""


def _half_at(x, decimals):
    """1 when ``x`` written with ``decimals`` decimals drops an exact half of its last
    digit (1.25 with one decimal), else 0."""
    y = 2.0 * x * 10.0 ** decimals
    return int(abs(y - round(y)) < 1e-6 and round(y) % 2 == 1)
