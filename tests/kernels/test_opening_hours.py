"""kernels.opening_hours: real OpenStreetMap opening_hours strings (the common ones and
the messy ones) with their weekly open minutes counted by hand, the rules of the grammar
minute by minute, a brute-force reference on generated strings, the inventory's hours,
time windows and the open share of a window on hand-made cases."""
import numpy as np
import pytest
from caremap.kernels.opening_hours import (
    MINUTES_PER_DAY,
    MINUTES_PER_WEEK,
    NotUnderstood,
    open_share,
    parse_opening_hours,
    parse_time_windows,
    schedule_from_hours,
    temporal_deserts,
    weekly_schedules,
)
from hypothesis import given, settings
from hypothesis import strategies as st

H = 60
NU = None  # not understood

# (string as found in OSM, open minutes per week counted by hand, or NU)
REAL = [
    ("Mo-Fr 08:00-17:00", 5 * 9 * H),
    ("Mo-Fr 07:30-12:00,14:00-18:00; Sa 08:00-12:00", 5 * (270 + 240) + 240),
    ("24/7", MINUTES_PER_WEEK),
    ("Mo-Su 22:00-02:00", 7 * 4 * H),
    ("Mo-Fr 08:00-18:00; PH off", 5 * 10 * H),
    ("Mo-Sa 09:00-19:00; Su off", 6 * 10 * H),
    ("Tu-Th 10:00-16:00", 3 * 6 * H),
    ("Mo,We,Fr 08:00-12:00", 3 * 4 * H),
    ("Mo-Fr 09:00-18:00; Sa 09:00-13:00", 5 * 9 * H + 4 * H),
    ("Mo-Th 08:00-16:00; Fr 08:00-14:00", 4 * 8 * H + 6 * H),
    ("Mo-Fr 06:30-18:30", 5 * 12 * H),
    ("Mo-Fr 08:00-12:00,13:00-17:00; Sa 08:00-12:00; Su,PH off", 5 * 8 * H + 4 * H),
    ("Mo-Su 00:00-24:00", MINUTES_PER_WEEK),
    ("Mo-Fr 07:00-19:00; Sa 07:00-13:00", 5 * 12 * H + 6 * H),
    ("Mo-Sa 08:00-20:00; Su 09:00-14:00", 6 * 12 * H + 5 * H),
    ("Fr-Su 18:00-02:00", 3 * 8 * H),                           # Sunday's night spills into Monday
    ("Mo-Fr 08:00-18:00; We 08:00-12:00", 4 * 10 * H + 4 * H),  # the later rule replaces Wednesday
    ("Mo-Fr 10:00-20:00; PH 10:00-14:00", 5 * 10 * H),
    ("Mo-Fr 09:00-17:00; SH off", 5 * 8 * H),
    ("Mo-Fr 08:00-17:00, Sa 09:00-12:00", 5 * 9 * H + 3 * H),    # an additional rule adds Saturday
    ("Sa-Su 10:00-18:00", 2 * 8 * H),
    ("Mo-Fr 07:00-15:30", 5 * 510),
    ("Mo-Fr 22:00-06:00", 5 * 8 * H),
    ("Mo-Fr 09:00-17:00; Sa 10:00-14:00; Su closed", 5 * 8 * H + 4 * H),
    ("Mo-We,Fr 08:00-16:00; Th 08:00-19:00", 4 * 8 * H + 11 * H),
    ("Mo-Fr 08:00-17:00 open", 5 * 9 * H),
    ("Sa,Su", 2 * 24 * H),                                      # days without times: the whole day
    ("off", 0),
    # messy but unambiguous: read
    ("mo-fr 8:00-17:00", 5 * 9 * H),                            # lower case, one-digit hour
    ("Mo-Fr 08:00-17:00;", 5 * 9 * H),                          # trailing ';'
    ("08:00-20:00", 7 * 12 * H),                                # no days = every day
    ("Mo-Fr 08:00-12:00, 13:00-17:00", 5 * 8 * H),              # space after the comma
    ("Mo-Fr 08:00 - 17:00", 5 * 9 * H),                         # spaces around the dash
    ("Mo-Fr 08:00\u201317:00", 5 * 9 * H),                      # en dash
    ("MO-FR 08:00-17:00; SA 08:00-12:00", 5 * 9 * H + 4 * H),
    ("Mo-Fr 19:00-26:00", 5 * 7 * H),                           # extended time past 24:00
    # not understood: reported, never guessed
    ("sunrise-sunset", NU),
    ("Mo-Fr dawn-dusk", NU),
    ("Jan-Mar Mo-Fr 08:00-12:00", NU),
    ("Apr-Oct Mo-Su 10:00-18:00; Nov-Mar off", NU),
    ("by appointment", NU),
    ("Mo-Fr 08:00-17:00 \"by appointment\"", NU),
    ("Mo-Fr 08:00-12:00 || \"on request\"", NU),
    ("Mo-Fr 10:00+", NU),
    ("Mo[1] 09:00-12:00", NU),
    ("week 01-26 Mo-Fr 08:00-12:00", NU),
    ("Dec 25 off", NU),
    ("2024 Mo-Fr 08:00-12:00", NU),
    ("Mo-Fr 8am-5pm", NU),
    ("Mo-Fr 08h-17h", NU),
    ("Mo-Fr 08.00-17.00", NU),
    ("Mo-Fr 08:00-08:00", NU),
    ("Mo-Fr 12:00-13:00 off", NU),
    ("Mo-Fr: 08:00-17:00", NU),
    ("08:00-12:00 Mo-Fr", NU),
    ("unknown", NU),
    ("PH off", NU),                                             # only holidays: nothing about a week
    ("Lunes a viernes 8-17", NU),
]


@pytest.mark.parametrize("text,minutes", REAL, ids=[r[0] for r in REAL])
def test_real_osm_strings(text, minutes):
    if minutes is NU:
        with pytest.raises(NotUnderstood):
            parse_opening_hours(text)
    else:
        assert int(parse_opening_hours(text).mask.sum()) == minutes


def at(day, hhmm):
    h, m = (int(x) for x in hhmm.split(":"))
    return day * MINUTES_PER_DAY + h * 60 + m


def test_rules_minute_by_minute():
    m = parse_opening_hours("Mo-Fr 08:00-17:00").mask
    assert m[at(0, "08:00")] and m[at(4, "16:59")] and not m[at(4, "17:00")] and not m[at(0, "07:59")]
    assert not m[at(5, "12:00")]
    # Sunday 22:00-02:00 spills into Monday 00:00-02:00 of the repeating week
    m = parse_opening_hours("Su 22:00-02:00").mask
    assert m[at(6, "23:59")] and m[at(0, "00:00")] and m[at(0, "01:59")] and not m[at(0, "02:00")]
    # the spill belongs to the day it starts on: Tuesday off keeps Monday night's 00:00-02:00
    m = parse_opening_hours("Mo 22:00-02:00; Tu off").mask
    assert m[at(1, "01:00")] and m.sum() == 4 * H
    # a later rule replaces only the days it names
    m = parse_opening_hours("Mo-Fr 08:00-18:00; We 14:00-16:00").mask
    assert not m[at(2, "09:00")] and m[at(2, "15:00")] and m[at(3, "09:00")]
    # Su,PH off closes Sunday (the PH part is ignored, with a note)
    p = parse_opening_hours("24/7; Su,PH off")
    assert p.holidays_ignored and p.mask.sum() == 6 * 24 * H and not p.mask[at(6, "12:00")]
    # wrapping day range
    m = parse_opening_hours("Fr-Mo 10:00-11:00").mask
    assert [bool(m[at(d, "10:30")]) for d in range(7)] == [True, False, False, False, True, True, True]
    # 24:00 as an end is midnight
    m = parse_opening_hours("Sa 18:00-24:00").mask
    assert m[at(5, "23:59")] and not m[at(6, "00:00")]
    # NULL or blank: open at all hours
    assert parse_opening_hours(None).mask.all() and parse_opening_hours("  ").mask.all()


def test_case_and_one_digit_hours_read_the_same():
    a = parse_opening_hours("Mo-Fr 08:00-12:00,14:00-18:00; Sa 09:00-12:00").mask
    b = parse_opening_hours("mo-fr 8:00-12:00, 14:00 - 18:00;sa 9:00-12:00").mask
    assert np.array_equal(a, b)


# ---------------------------------------------------------------- brute-force reference
_days = st.tuples(st.integers(0, 6), st.integers(0, 6))
_range = st.tuples(st.integers(0, 23), st.sampled_from([0, 15, 30, 45]), st.integers(1, 20 * 60))


def _fmt(minute):
    return f"{minute // 60:02d}:{minute % 60:02d}"


@st.composite
def rule_lists(draw):
    rules = []
    for _ in range(draw(st.integers(1, 4))):
        a, b = draw(_days)
        ranges = []
        for h, m, length in draw(st.lists(_range, min_size=0, max_size=3)):
            s = h * 60 + m
            ranges.append((s, s + length))
        off = not ranges and draw(st.booleans())
        rules.append((a, b, ranges, off))
    return rules


def _brute(rules):
    """Each rule: the named days forget their own ranges; the new ranges start on each
    named day; a minute is open when any day's range covers it (modulo one week)."""
    own = {d: [] for d in range(7)}
    for a, b, ranges, off in rules:
        d = a
        named = [a]
        while d != b:
            d = (d + 1) % 7
            named.append(d)
        for d in named:
            own[d] = [] if off else (list(ranges) if ranges else [(0, 1440)])
    open_minutes = set()
    for d, ranges in own.items():
        for s, e in ranges:
            for t in range(s, e):
                open_minutes.add((d * 1440 + t) % MINUTES_PER_WEEK)
    return open_minutes


def _text(rules):
    names = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
    parts = []
    for a, b, ranges, off in rules:
        days = names[a] if a == b else f"{names[a]}-{names[b]}"
        times = ",".join(f"{_fmt(s)}-{_fmt(e % 1440 if e > 1440 else e)}" for s, e in ranges)
        parts.append(" ".join(x for x in (days, times, "off" if off else "") if x))
    return "; ".join(parts)


@settings(max_examples=150, deadline=None)
@given(rule_lists())
def test_matches_brute_force_on_generated_strings(rules):
    # ranges ending after midnight are written as the clock time (e.g. 22:00-02:00);
    # an end at exactly the start of the next day reads as 24:00's twin, so skip 00:00 ends
    for _, _, ranges, _ in rules:
        for s, e in ranges:
            if e % 1440 == s % 1440 or (e > 1440 and e % 1440 == 0):
                return
    mask = parse_opening_hours(_text(rules)).mask
    assert set(np.flatnonzero(mask).tolist()) == _brute(rules)


# ---------------------------------------------------------------- many facilities
def test_weekly_schedules_index_report_and_share():
    values = ["Mo-Fr 08:00-17:00", None, "", "sunrise-sunset", "Mo-Fr 08:00-17:00", "Mo-Fr 09:00-17:00; PH off",
              "by appointment"]
    s = weekly_schedules(values)
    assert s.not_understood.tolist() == [3, 6] and len(s.reasons) == 2
    assert s.holidays_ignored.tolist() == [5]
    assert s.index[0] == s.index[4] and s.index[1] == s.index[2] == 0   # shared masks; row 0 = always open
    wm = s.weekly_minutes()
    assert wm[0] == 2700 and wm[1] == MINUTES_PER_WEEK and np.isnan(wm[3])
    assert s.mask(3) is None and s.mask(0).sum() == 2700
    assert weekly_schedules([]).index.shape == (0,)


def test_open_share_hand_made():
    labels, win = parse_time_windows("late=Mo-Fr 16:00-18:00|evening=Mo-Fr 17:00-20:00|sat=Sa 09:00-13:00|"
                                     "early=Mo-Fr 06:00-08:00")
    assert labels == ["late", "evening", "sat", "early"]
    s = weekly_schedules(["Mo-Fr 08:00-17:00", "Mo-Sa 09:00-11:00", "Mo-Fr 07:00-09:00; We off", None,
                          "Jan-Mar 08:00-12:00", "off"])
    sh = open_share(s, win)
    # open 16:00-17:00 of 16:00-18:00: half the window
    assert sh[0].tolist() == [0.5, 0.0, 0.0, 0.0]
    # Saturday 09:00-11:00 of 09:00-13:00: half
    assert sh[1].tolist() == [0.0, 0.0, 0.5, 0.0]
    # 07:00-08:00 on four of the five mornings of the window: 4 x 60 / (5 x 120)
    assert sh[2][3] == pytest.approx(0.4)
    assert sh[3].tolist() == [1.0] * 4 and np.isnan(sh[4]).all() and sh[5].tolist() == [0.0] * 4


def test_time_windows_refused():
    for spec, word in [("1st=Mo 08:00-09:00", "label"), ("a-b=Mo 08:00-09:00", "label"),
                       ("eve=Mo 17:00-20:00|Eve=Tu 17:00-20:00", "twice"), ("Mo 08:00-09:00", "no label"),
                       ("x=sunrise-sunset", "not understood"), ("x=PH", "holiday"), ("x=off", "no minute"),
                       ("x=", "no hours"), ("x" * 31 + "=Mo", "label")]:
        with pytest.raises(ValueError, match=word):
            parse_time_windows(spec)
    assert parse_time_windows("")[0] == [] and parse_time_windows(None)[1].shape == (0, MINUTES_PER_WEEK)


# ---------------------------------------------------------------- the inventory's hours
def test_schedule_from_hours_convention():
    s = schedule_from_hours([8, 8, 24, 20, np.nan, 0], [5, 5.5, 7, 1, 5, 5])
    m = s.mask(0)
    assert m.sum() == 5 * 8 * H and m[at(0, "08:00")] and not m[at(0, "16:00")] and not m[at(5, "09:00")]
    m = s.mask(1)   # the half day: Saturday 08:00-12:00
    assert m.sum() == 5.5 * 8 * H and m[at(5, "11:59")] and not m[at(5, "12:00")]
    assert s.mask(2).all()
    m = s.mask(3)   # 20 hours from Monday 08:00 spill into Tuesday until 04:00
    assert m[at(1, "03:59")] and not m[at(1, "04:00")] and m.sum() == 20 * H
    assert s.not_understood.tolist() == [4] and s.mask(4) is None
    assert s.mask(5).sum() == 0
    with pytest.raises(ValueError):
        schedule_from_hours([25], [5])
    with pytest.raises(ValueError):
        schedule_from_hours([8], [8])


@settings(max_examples=60, deadline=None)
@given(st.floats(0, 24), st.floats(0, 7))
def test_schedule_from_hours_keeps_the_weekly_hours(h, d):
    s = schedule_from_hours([h], [d])
    full = int(d)
    want = full * round(h * 60) + round((d - full) * h * 60)
    assert s.mask(0).sum() == want


def test_temporal_deserts():
    out = temporal_deserts([1, 1, 1, 0, 1], [0, 0, 1, 0, 0], [0, 1, 0, 0, np.nan])
    assert out[:4].tolist() == [1, 0, 0, 0] and np.isnan(out[4])


def test_open_share_is_a_float64_fraction():
    """A third of a window is 1/3 to float64 precision, not float32's 0.3333333433."""
    _labels, windows = parse_time_windows("morning=Mo-Fr 08:00-11:00")
    share = open_share(weekly_schedules(["Mo-Fr 08:00-09:00"]), windows)
    assert float(np.ravel(share)[0]) == 1.0 / 3.0
