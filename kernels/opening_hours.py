"""Opening hours as weekly schedules, and the share of a time window during which each
facility is open (issue 13 item 4; docs/methods.md, "Opening hours").

A schedule is one repeating Monday-to-Sunday week at one-minute resolution: a boolean
mask of :data:`MINUTES_PER_WEEK` minutes, minute 0 = Monday 00:00. Facilities sharing a
string share one mask (:class:`Schedules` keeps the distinct masks and an index), so a
large inventory never holds one week per facility.

**The grammar read** (OpenStreetMap's ``opening_hours``, its common part):

- rules separated by ``;``; a rule is ``[days] [times] [modifier]``;
- days: ``Mo Tu We Th Fr Sa Su``, ranges (``Mo-Fr``, wrapping ``Fr-Mo``) and lists
  (``Mo,We,Fr``, ``Mo-We,Fr``); no days = every day;
- times: ``HH:MM-HH:MM``, several separated by commas (``08:00-12:00,14:00-18:00``, a
  space after the comma allowed); an end at or before the start, or past 24:00
  (``22:00-02:00``, ``22:00-26:00``), spills into the next day (Sunday into Monday);
  ``24:00`` as an end is midnight; no times = the whole day; ``24/7`` = every minute;
- modifiers: ``off`` / ``closed`` (closed on those days), ``open`` (the same as none);
- a later rule replaces the hours of the days it names (``Mo-Fr 08:00-18:00; We
  08:00-12:00``: Wednesday closes at noon); the hours that spill past midnight belong to
  the day they start on, so a later rule for the next day does not remove them;
- an *additional* rule after a comma (``Mo-Fr 08:00-12:00, Sa 09:00-11:00``) adds its
  hours without replacing;
- ``PH`` (public holidays) and ``SH`` (school holidays): no holiday calendar is known,
  so those parts are ignored and the facility is reported (:attr:`Schedules.holidays_ignored`)
  for a note; ``Su,PH off`` still closes Sunday;
- written loosely but unambiguously, and read: day names and keywords in any case
  (``mo-fr``), one-digit hours (``8:00``), spaces around the dash, an en dash, a
  trailing ``;``.

**Not understood** (reported, never guessed; the facility is left out of windowed
figures): month, week, year and date selectors (``Jan-Mar``, ``week 1-20``, ``Dec 25``),
the n-th weekday (``Mo[1]``), sunrise/sunset/dawn/dusk, open ends (``18:00+``), points
in time, comments in quotes, ``unknown``, fallback rules (``||``), ``off`` with times,
an additional rule with ``off``, a range that starts and ends at the same minute,
anything else (``by appointment``, ``8am-5pm``), and a string whose every rule is about
holidays (it says nothing about a normal week).

NULL or empty = open at all hours.

**The inventory's hours** (:func:`schedule_from_hours`): ``hours_per_day`` and
``days_per_week`` of :mod:`caremap.kernels.supply` become a schedule by a fixed
convention: the days from Monday, each open from 08:00 (:data:`DEFAULT_OPENING`) for
``hours_per_day`` hours (past midnight spilling into the next day); a fractional last day
is open the same fraction of the hours (5.5 days of 8 hours: Monday-Friday 08:00-16:00
and Saturday 08:00-12:00), so the weekly open minutes are always ``hours x days x 60``
(rounded to the minute).

**Windows** (:func:`parse_time_windows`): ``'label=spec|label=spec'``, each spec in the
grammar above (e.g. ``evening=Mo-Fr 17:00-20:00``). :func:`open_share` gives, for each
facility and window, the share of the window's minutes (over one week) during which the
facility is open: open half the window counts half, closed counts 0, NULL hours count
1, not understood is NaN.
"""
import re
from dataclasses import dataclass

import numpy as np

MINUTES_PER_DAY = 24 * 60
DAYS_PER_WEEK = 7
MINUTES_PER_WEEK = DAYS_PER_WEEK * MINUTES_PER_DAY
DAY_NAMES = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
DEFAULT_OPENING = 8 * 60     # schedule_from_hours: each day opens at 08:00
HOLIDAY_WORDS = ("ph", "sh")
LABEL_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,29}$")

_DAY_INDEX = {d.lower(): i for i, d in enumerate(DAY_NAMES)}
_TOKEN = re.compile(r"\s*(?:(?P<always>24/7)|(?P<time>\d{1,2}:\d{2})|(?P<dash>[-\u2013])|(?P<comma>,)"
                    r"|(?P<word>[A-Za-z]+))")


class NotUnderstood(ValueError):
    """An opening_hours string outside the grammar read (module docstring)."""


@dataclass
class Parsed:
    """One string read: ``mask`` (MINUTES_PER_WEEK bools, minute 0 = Monday 00:00) and
    ``holidays_ignored`` (True when a PH or SH part was left out)."""

    mask: np.ndarray
    holidays_ignored: bool


def _tokens(text):
    out, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            raise NotUnderstood(f"cannot read '{text[pos:].strip()}'")
        kind = m.lastgroup
        value = m.group(kind)
        if kind == "word":
            w = value.lower()
            if w in _DAY_INDEX:
                kind, value = "day", _DAY_INDEX[w]
            elif w in HOLIDAY_WORDS:
                kind, value = "holiday", w
            elif w in ("off", "closed"):
                kind, value = "off", w
            elif w == "open":
                kind, value = "open", w
            else:
                raise NotUnderstood(f"'{value}' is not read")
        out.append((kind, value))
        pos = m.end()
    return out


def _minute(text, end=False):
    h, m = (int(x) for x in text.split(":"))
    if m >= 60 or h > (48 if end else 24) or (not end and h == 24):
        raise NotUnderstood(f"'{text}' is not a time")
    return h * 60 + m


def _rule(tokens, pos):
    """Parse one rule from ``tokens[pos:]``: (days or None, holiday parts, ranges or None,
    off, next pos, additional follows)."""
    days, holiday, n = set(), False, len(tokens)
    named = False
    while pos < n and tokens[pos][0] in ("day", "holiday"):
        kind, v = tokens[pos]
        named = True
        if kind == "holiday":
            holiday, pos = True, pos + 1
        elif pos + 2 < n and tokens[pos + 1][0] == "dash" and tokens[pos + 2][0] == "day":
            a, b = v, tokens[pos + 2][1]
            days.update((a + k) % 7 for k in range((b - a) % 7 + 1))
            pos += 3
        else:
            days.add(v)
            pos += 1
        if pos < n and tokens[pos][0] == "comma" and pos + 1 < n and tokens[pos + 1][0] in ("day", "holiday"):
            pos += 1
        else:
            break
    ranges = None
    if pos < n and tokens[pos][0] == "always":
        ranges, pos = [(0, MINUTES_PER_DAY)], pos + 1
    elif pos < n and tokens[pos][0] == "time":
        ranges = []
        while True:
            if pos + 2 >= n or tokens[pos + 1][0] != "dash" or tokens[pos + 2][0] != "time":
                raise NotUnderstood("a time range is 'HH:MM-HH:MM'")
            s, e = _minute(tokens[pos][1]), _minute(tokens[pos + 2][1], end=True)
            if e == s:
                raise NotUnderstood("a range that starts and ends at the same minute")
            if e < s:
                e += MINUTES_PER_DAY
            ranges.append((s, e))
            pos += 3
            if pos + 1 < n and tokens[pos][0] == "comma" and tokens[pos + 1][0] == "time":
                pos += 1
            else:
                break
    off = False
    if pos < n and tokens[pos][0] in ("off", "open"):
        off = tokens[pos][0] == "off"
        pos += 1
        if off and ranges is not None:
            raise NotUnderstood("'off' with times")
    additional = False
    if pos < n:
        if tokens[pos][0] == "comma" and pos + 1 < n and tokens[pos + 1][0] in ("day", "holiday"):
            additional, pos = True, pos + 1
        else:
            raise NotUnderstood("unexpected text after a rule")
    if not named and ranges is None and not off:
        raise NotUnderstood("an empty rule")
    return (days if named else set(range(7))), holiday, named and not days, ranges, off, pos, additional


def parse_opening_hours(text):
    """Read one opening_hours string into a :class:`Parsed`. NULL (None) or blank text =
    open at all hours. Raises :class:`NotUnderstood` (a ValueError) for anything outside
    the grammar of the module docstring."""
    if text is None or not str(text).strip():
        return Parsed(np.ones(MINUTES_PER_WEEK, dtype=bool), False)
    text = str(text)
    if any(c in text for c in "\"|[]+"):
        raise NotUnderstood("comments, fallback rules, n-th weekdays and open ends are not read")
    # per day: the ranges that start on it, in minutes from its 00:00 (ends up to 48:00)
    week = [[] for _ in range(7)]
    ignored, used = False, False
    for chunk in text.split(";"):
        if not chunk.strip():
            continue
        tokens = _tokens(chunk)
        pos, additional = 0, False
        while pos < len(tokens):
            days, holiday, only_holiday, ranges, off, pos, nxt = _rule(tokens, pos)
            ignored |= holiday
            if only_holiday:
                additional = nxt
                continue
            if additional and off:
                raise NotUnderstood("an additional rule with 'off'")
            used = True
            for d in days:
                if not additional or off:
                    week[d] = []
                if not off:
                    week[d] = week[d] + (ranges or [(0, MINUTES_PER_DAY)])
            additional = nxt
    if not used:
        raise NotUnderstood("only holiday rules: nothing about a normal week")
    mask = np.zeros(MINUTES_PER_WEEK, dtype=bool)
    for d, ranges in enumerate(week):
        for s, e in ranges:
            idx = (d * MINUTES_PER_DAY + np.arange(s, e)) % MINUTES_PER_WEEK
            mask[idx] = True
    return Parsed(mask, ignored)


@dataclass
class Schedules:
    """The weekly schedules of ``n`` facilities: ``masks`` (k, MINUTES_PER_WEEK) bools,
    one per distinct schedule (row 0 = open at all hours); ``index`` (n,) int64, the row
    of each facility, -1 where its string is not understood; ``not_understood`` and
    ``holidays_ignored``: facility indices (int64) for the counted warning and the note;
    ``reasons``: for each not-understood facility (same order), why."""

    masks: np.ndarray
    index: np.ndarray
    not_understood: np.ndarray
    holidays_ignored: np.ndarray
    reasons: list

    def mask(self, i):
        """The weekly mask of facility ``i`` (None when not understood)."""
        r = int(self.index[i])
        return None if r < 0 else self.masks[r]

    def weekly_minutes(self):
        """Open minutes per week of each facility (NaN when not understood)."""
        per_row = self.masks.sum(axis=1).astype(float)
        out = np.where(self.index >= 0, per_row[np.maximum(self.index, 0)], np.nan)
        return out


def weekly_schedules(values):
    """Read the opening_hours strings ``values`` (a sequence; None or blank = open at all
    hours) into :class:`Schedules`. Each distinct string is parsed once."""
    values = np.array(["" if v is None else str(v).strip() for v in values] + [""], dtype=str)
    uniq, inverse = np.unique(values, return_inverse=True)
    inverse = inverse.reshape(-1)[:-1]   # the extra "" keeps np.unique happy on no values
    masks = [np.ones(MINUTES_PER_WEEK, dtype=bool)]
    row = np.full(len(uniq), -1, dtype=np.int64)
    hol = np.zeros(len(uniq), dtype=bool)
    why = {}
    for k, text in enumerate(uniq):
        if not text:
            row[k] = 0
            continue
        try:
            p = parse_opening_hours(text)
        except NotUnderstood as e:
            why[k] = str(e)
            continue
        row[k] = len(masks)
        masks.append(p.mask)
        hol[k] = p.holidays_ignored
    index = row[inverse]
    bad = np.flatnonzero(index < 0)
    return Schedules(np.array(masks), index, bad, np.flatnonzero(hol[inverse]),
                     [why[int(inverse[i])] for i in bad])


def schedule_from_hours(hours_per_day, days_per_week, opening=DEFAULT_OPENING):
    """Schedules from the inventory's ``hours_per_day`` (0-24) and ``days_per_week`` (0-7):
    the days from Monday, each open from ``opening`` (minutes after midnight, default
    08:00) for ``hours_per_day`` hours; a fractional last day is open that fraction of the
    hours (module docstring). NaN in either = not known: reported in ``not_understood``
    (the caller decides; never guessed here). Raises ValueError outside the ranges."""
    h = np.atleast_1d(np.asarray(hours_per_day, dtype=float))
    d = np.atleast_1d(np.asarray(days_per_week, dtype=float))
    if h.shape != d.shape:
        raise ValueError("hours_per_day and days_per_week must have the same length")
    known = np.isfinite(h) & np.isfinite(d)
    if (h[known] < 0).any() or (h[known] > 24).any():
        raise ValueError("hours_per_day must be between 0 and 24")
    if (d[known] < 0).any() or (d[known] > 7).any():
        raise ValueError("days_per_week must be between 0 and 7")
    hk, dk = np.where(known, h, 0.0), np.where(known, d, 0.0)
    minute_of_day = np.arange(MINUTES_PER_WEEK) % MINUTES_PER_DAY
    day = np.arange(MINUTES_PER_WEEK) // MINUTES_PER_DAY
    # minutes since this day's opening (the previous day's opening for the spill past midnight)
    since = (minute_of_day - opening) % MINUTES_PER_DAY
    start_day = (day - (minute_of_day < opening)) % DAYS_PER_WEEK   # the day the open span started on
    full = np.floor(dk)
    frac = dk - full
    # open minutes of each start day: full days get the hours, the next one the fraction
    per_day = np.where(np.arange(DAYS_PER_WEEK)[None, :] < full[:, None], hk[:, None] * 60,
                       np.where(np.arange(DAYS_PER_WEEK)[None, :] == full[:, None], frac[:, None] * hk[:, None] * 60,
                                0.0))
    per_day = np.rint(per_day)
    masks = since[None, :] < per_day[:, start_day]
    masks[~known] = False
    bad = np.flatnonzero(~known)
    masks = np.concatenate([np.ones((1, MINUTES_PER_WEEK), dtype=bool), masks])
    index = np.where(known, np.arange(1, len(h) + 1), -1).astype(np.int64)
    return Schedules(masks, index, bad, np.zeros(0, dtype=np.int64),
                     ["hours or days per week not known"] * len(bad))


def parse_time_windows(spec):
    """``'label=spec|label=spec'`` -> (labels, masks (m, MINUTES_PER_WEEK) bool). Labels
    start with a letter and hold letters, digits and '_' (at most 30: they become field
    names such as access_<label>), unique regardless of case. Each spec is read with
    :func:`parse_opening_hours`; holiday rules and empty windows are refused. Empty
    ``spec`` = no windows. Raises ValueError with the label and the reason."""
    labels, masks = [], []
    for item in (spec or "").split("|"):
        if not item.strip():
            continue
        if "=" not in item:
            raise ValueError(f"'{item.strip()}' has no label: write label=hours, e.g. evening=Mo-Fr 17:00-20:00")
        label, hours = (x.strip() for x in item.split("=", 1))
        if not LABEL_PATTERN.match(label):
            raise ValueError(f"the window label '{label}' must start with a letter and hold only letters, "
                             "digits and '_' (at most 30)")
        if label.lower() in (x.lower() for x in labels):
            raise ValueError(f"the window label '{label}' is given twice")
        if not hours:
            raise ValueError(f"the window '{label}' has no hours")
        try:
            p = parse_opening_hours(hours)
        except NotUnderstood as e:
            raise ValueError(f"the hours of window '{label}' ('{hours}') are not understood: {e}") from None
        if p.holidays_ignored:
            raise ValueError(f"the window '{label}' names holidays, but no holiday calendar is known")
        if not p.mask.any():
            raise ValueError(f"the window '{label}' has no minute open")
        labels.append(label)
        masks.append(p.mask)
    return labels, (np.array(masks) if masks else np.zeros((0, MINUTES_PER_WEEK), dtype=bool))


def window_departure(window, date):
    """Where a public-transport run of a time window departs: the first day of the window
    at its start time, in the Monday-to-Sunday week of ``date`` (a ``datetime.date``, the
    departure's). The start is the first minute of the week that is in the window while
    the minute before it (Sunday 23:59 before Monday 00:00) is not; a window of the whole
    week starts on Monday 00:00. Returns ``(date, minute after that date's midnight)``:
    ``'Mo-Fr 17:00-20:00'`` in the week of Wednesday 2024-03-06 -> (2024-03-04, 1020);
    ``'Su 22:00-02:00'`` -> (2024-03-10, 1320)."""
    import datetime as _dt

    w = np.asarray(window, dtype=bool).ravel()
    if w.shape != (MINUTES_PER_WEEK,) or not w.any():
        raise ValueError("a time window needs one week of minutes, at least one in it")
    starts = np.flatnonzero(w & ~np.roll(w, 1))
    m = int(starts[0]) if len(starts) else 0
    monday = date - _dt.timedelta(days=date.weekday())
    return monday + _dt.timedelta(days=m // MINUTES_PER_DAY), float(m % MINUTES_PER_DAY)


def open_share(schedules, windows):
    """(n, m) share (0 to 1) of each window's minutes during which each facility is open,
    over one week: |open and window| / |window|. NaN where the facility's hours are not
    understood. ``windows``: (m, MINUTES_PER_WEEK) bools, each with at least one minute."""
    w = np.asarray(windows, dtype=bool).reshape(-1, MINUTES_PER_WEEK)
    size = w.sum(axis=1)
    if (size == 0).any():
        raise ValueError("a time window has no minute")
    per_row = (schedules.masks.astype(np.float32) @ w.T.astype(np.float32)).astype(float) / size  # counts exact in float32 (< 2**24), the division in float64
    out = per_row[np.maximum(schedules.index, 0)].astype(float)
    out[schedules.index < 0] = np.nan
    return out


def temporal_deserts(high_demand, low_access, window_covered):
    """Temporal care deserts (issue 13 item 5): 1 where a unit has high demand and care
    within reach at some hour (not low access) but no facility within reach is open in the
    caregivers' window (``window_covered`` 0); 0 otherwise; NaN where ``window_covered``
    is NaN (unknown)."""
    hd = np.asarray(high_demand, dtype=float)
    la = np.asarray(low_access, dtype=float)
    wc = np.asarray(window_covered, dtype=float)
    if not (hd.shape == la.shape == wc.shape):
        raise ValueError("high_demand, low_access and window_covered must have the same length")
    out = ((hd == 1) & (la == 0) & (wc == 0)).astype(float)
    out[np.isnan(wc)] = np.nan
    return out
