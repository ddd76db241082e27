"""Edges of the study area (issue 12 item 5): accessibility warns when the facilities
stop less than the catchment's reach beyond the units, and names how many units (and
how much demand) lie within that reach of such a side."""
import re

import numpy as np
from layers import Recorder, point_layer, run_alg

TEMP = "TEMPORARY_OUTPUT"
GRID = np.arange(0, 4001, 500.0)  # 9 x 9 units, 0..4,000 m every 500 m


def units():
    ux, uy = [a.ravel() for a in np.meshgrid(GRID, GRID)]
    demand = np.where(ux == 0, 2.0, 1.0)  # the west column counts double: the demand sum is checked
    return point_layer(list(zip(ux, uy)), {"care_demand": demand.tolist()}, name="Grid"), ux, uy, demand


def facilities(xy, capacity=None):
    return point_layer(xy, {"capacity_fde": capacity or [10.0] * len(xy)}, name="Schools")


def run(fac, feedback, **extra):
    lay = units()[0]
    params = {"DEMAND": lay, "SUPPLY": fac, "COST_MODE": "straight", "COST_UNIT": "meters", "THRESHOLD": 1000.0,
              "DETOUR": 1.0, "METHOD": "2sfca", "OUTPUT_DEMAND": TEMP, "OUTPUT_SUPPLY": TEMP}
    params.update(extra)
    return run_alg("caremap:accessibility", params, feedback)


def edge_warnings(fb):
    return [w for w in fb.warnings if w.startswith("Edge of the study area")]


def numbers(warning):
    m = re.search(r"(\d+) units? with ([\d,]+) of demand within ([\d,]+) m", warning)
    return int(m.group(1)), float(m.group(2).replace(",", "")), float(m.group(3).replace(",", ""))


def test_facilities_all_inside_warn_with_units_and_demand(caremap_provider):
    fb = Recorder()
    run(facilities([(1000, 1000), (3000, 3000)]), fb)
    (w,) = edge_warnings(fb)
    _, ux, uy, demand = units()
    # by hand: every side short (the facilities stop 1,000 m inside); the band is every unit
    # closer than 1,000 m to a side: all but the 5 x 5 core 1,000..3,000
    band = ~((ux >= 1000) & (ux <= 3000) & (uy >= 1000) & (uy <= 3000))
    assert numbers(w) == (int(band.sum()), demand[band].sum(), 1000.0) == (56, 65.0, 1000.0)
    assert "west, east, south, north" in w
    assert "layer Care facilities (Schools)" in w and "layer Demand units (points or polygons) (Grid)" in w


def test_facilities_beyond_every_side_no_warning(caremap_provider):
    fb = Recorder()
    run(facilities([(1000, 1000), (3000, 3000), (-1000, -1000), (5000, 5000)]), fb)
    assert edge_warnings(fb) == []


def test_one_short_side_only(caremap_provider):
    fb = Recorder()
    # 1,500 m beyond on the west and south, 1,200 m north, only 200 m beyond on the east
    run(facilities([(-1500, -1500), (4200, 5200)]), fb)
    (w,) = edge_warnings(fb)
    assert " east side the facilities" in w and "west" not in w  # one side: singular (trn)
    assert numbers(w) == (18, 18.0, 1000.0)  # the two east columns (x = 3,500 and 4,000)


def test_a_facility_with_no_places_does_not_count(caremap_provider):
    """A facility of capacity 0 beyond the east side offers nothing: the side stays short."""
    fb = Recorder()
    run(facilities([(-1500, -1500), (4200, 5200), (6000, 2000)], [10.0, 10.0, 0.0]), fb)
    (w,) = edge_warnings(fb)
    assert numbers(w)[0] == 18


def test_reach_in_minutes_uses_speed_and_detour(caremap_provider):
    """10 minutes at 6 km/h with a detour of 2 reach 500 m in a straight line: the band is
    the units on the border of the grid only (closer than 500 m to a side)."""
    fb = Recorder()
    run(facilities([(1000, 1000), (3000, 3000)]), fb, COST_UNIT="minutes", THRESHOLD=10.0, SPEED=6.0, DETOUR=2.0)
    (w,) = edge_warnings(fb)
    assert numbers(w) == (32, 41.0, 500.0)  # 81 - 49 border units; the west column counts double


def test_no_threshold_no_check(caremap_provider):
    fb = Recorder()
    run(facilities([(1000, 1000), (3000, 3000)]), fb, THRESHOLD=0.0, METHOD="gravity", DECAY="power",
        DECAY_PARAM=1.0)
    assert edge_warnings(fb) == []
