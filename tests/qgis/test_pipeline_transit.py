"""The one-run pipeline with public transport as the care deserts' second mode (issue 13
item 3): caremap:carepipeline passes a GTFS feed, the departure, window, percentile and
longest walk to caremap:caredeserts, with the pipeline's speed and detour factor for the
walks and the facilities of the target group, through processing.run, hand-computed."""
import math

import pytest
from layers import line_layer, point_layer, rows, run_alg
from qgis.core import QgsProcessingException
from test_transit_mode import CRS, SPEED, X0, Y0, write_feed

#: five blocks of one district, children 10, 20, 30, 80 and 90: the high-demand threshold is
#: the median of the district's z-scores (the block of 30), so 30, 80 and 90 are high demand.
#: The first three are 100-300 m from the nursery F; the block of 80 is 4,001 m from it
#: (40.0 minutes walking at 6 km/h) and 300 m from stop A; the block of 90 is 14 km away.
KIDS = [10.0, 20.0, 30.0, 80.0, 90.0]
XY = [(5000, 500), (5000, 600), (5000, 700), (1000, 300), (-9000, 0)]


@pytest.fixture
def feed(tmp_path):
    # a bus from A (1000, 0) at 08:10 to B (5000, 0) at 08:20, 400 m from F; the next at 08:40
    return write_feed(tmp_path / "gtfs", {"A": (1000, 0), "B": (5000, 0)},
                      {"t1": [("A", "08:10:00"), ("B", "08:20:00")], "t2": [("A", "08:40:00"), ("B", "08:50:00")]})


def inputs():
    # F serves children; G, 50 m from the block of 80, serves older people only
    fac = point_layer([(X0 + 5000, Y0 + 400), (X0 + 1000, Y0 + 350)],
                      {"name": ["Creche Sol", "Centro Dia"], "capacity": [10.0, 30.0],
                       "service_type": ["childcare", "elderly_day_care"], "target_group": ["children", "older"]},
                      crs=CRS, name="My facilities")
    units = point_layer([(X0 + x, Y0 + y) for x, y in XY], {"kids": KIDS, "district": ["a"] * 5}, crs=CRS,
                        name="My blocks")
    return fac, units


def pipeline(**extra):
    fac, units = inputs()
    params = {"FACILITIES": [fac], "UNITS": units, "BAND_MAPPING": "kids:0-5", "WEIGHTS": "equal",
              "CAREGIVER_FIELD": None, "DISTRICT_FIELD": "district", "TARGET_GROUP": "children",
              "COST_MODE": "straight", "SPEED": SPEED, "DETOUR": 1.0, "THRESHOLD": 20.0,
              "OUTPUT_INVENTORY": "TEMPORARY_OUTPUT", "OUTPUT_UNITS": "TEMPORARY_OUTPUT",
              "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT", "OUTPUT_DISTRICTS": "TEMPORARY_OUTPUT"}
    params.update(extra)
    return run_alg("caremap:carepipeline", params)


def by_kids(layer):
    return {r["kids"]: r for r in rows(layer)}


def test_the_bus_makes_a_type_2_desert(caremap_provider, feed):
    out = pipeline(GTFS_FEED=feed, DEPARTURE="2024-03-05 08:00")
    r = by_kids(out["OUTPUT_UNITS"])
    assert out["DESERTS"] == 2
    assert [r[k]["desert"] for k in KIDS] == [0, 0, 0, 1, 1]
    # 3 min to A, 7 min wait, 10 min ride, 4 min from B to F = 24 <= 30: type 2. Not 0.5 minutes
    # to G: the elderly centre does not serve the target group. The block of 90: type 1.
    assert r[80.0]["cost_transit"] == pytest.approx(24.0, abs=1e-6)
    assert r[80.0]["cost_nearest"] == pytest.approx(math.hypot(4000, 100) / 100.0, abs=1e-6)
    assert [r[k]["desert_type"] for k in (80.0, 90.0)] == [2, 1]
    assert r[90.0]["cost_transit"] is None


def test_the_pipeline_passes_threshold_departure_and_window(caremap_provider, feed):
    # leaving at 08:08 the bus is missed: walking the whole way, 40.0 minutes > 30: type 1 ...
    r = by_kids(pipeline(GTFS_FEED=feed, DEPARTURE="2024-03-05 08:08")["OUTPUT_UNITS"])
    assert r[80.0]["cost_transit"] == pytest.approx(math.hypot(4000, 100) / 100.0, abs=1e-6)
    assert r[80.0]["desert_type"] == 1
    # ... type 2 with a second threshold of 41 minutes
    r = by_kids(pipeline(GTFS_FEED=feed, DEPARTURE="2024-03-05 08:08", SECOND_THRESHOLD=41)["OUTPUT_UNITS"])
    assert r[80.0]["desert_type"] == 2
    # departures 08:00-08:10: 24, 23, ..., 17, then 40.0 three times: the median is 22
    r = by_kids(pipeline(GTFS_FEED=feed, DEPARTURE="2024-03-05 08:00", WINDOW=10)["OUTPUT_UNITS"])
    assert r[80.0]["cost_transit"] == pytest.approx(22.0, abs=1e-6)
    # a longest walk of 299 m: stop A (300 m) is too far, only the walk is left
    r = by_kids(pipeline(GTFS_FEED=feed, DEPARTURE="2024-03-05 08:00", MAX_WALK=299)["OUTPUT_UNITS"])
    assert r[80.0]["cost_transit"] == pytest.approx(math.hypot(4000, 100) / 100.0, abs=1e-6)


def test_without_a_feed_every_desert_is_type_1(caremap_provider):
    r = by_kids(pipeline()["OUTPUT_UNITS"])
    assert [r[k]["desert_type"] for k in (80.0, 90.0)] == [1, 1]


def test_a_day_without_service_is_an_error(caremap_provider, feed):
    with pytest.raises(QgsProcessingException, match="no service on 2024-03-09"):
        pipeline(GTFS_FEED=feed, DEPARTURE="2024-03-09 08:00")


def streets():
    """The bus road y = 0 (stops A at 1000, B at 5000); from the block of 80 (1000, 300) a street
    goes 300 m east and 300 m south to it (900 m to A, against 300 m in a straight line); from B a
    street goes north past F (5000, 400) to the three small blocks (5000, 500 / 600 / 700)."""
    return line_layer([[(X0 - 100, Y0), (X0 + 1000, Y0), (X0 + 1300, Y0), (X0 + 5000, Y0), (X0 + 6000, Y0)],
                       [(X0 + 1000, Y0 + 300), (X0 + 1300, Y0 + 300), (X0 + 1300, Y0)],
                       [(X0 + 5000, Y0), (X0 + 5000, Y0 + 400), (X0 + 5000, Y0 + 700)]], crs=CRS, name="my streets")


def test_with_road_network_costs_the_bus_walks_on_the_streets_too(caremap_provider, feed):
    # straight costs, leaving at 08:05: 3 min to A, the 08:10 bus, 08:20 at B, 4 min to F = 19: type 2
    r = by_kids(pipeline(GTFS_FEED=feed, DEPARTURE="2024-03-05 08:05")["OUTPUT_UNITS"])
    assert r[80.0]["cost_transit"] == pytest.approx(19.0, abs=1e-6)
    assert r[80.0]["desert_type"] == 2
    # road network costs: the block of 80 is 300 + 300 + 3700 + 400 m = 47 minutes from F on foot, and
    # the pipeline measures the bus's walks on the same streets without being asked: 9 min to A misses
    # the 08:10 bus, the 08:40 one arrives at 08:54 (49 min), so walking (47) is quicker: type 1
    out = pipeline(GTFS_FEED=feed, DEPARTURE="2024-03-05 08:05", COST_MODE="network", NETWORK=streets())
    r = by_kids(out["OUTPUT_UNITS"])
    assert r[80.0]["cost_nearest"] == pytest.approx(47.0, abs=1e-6)
    assert r[80.0]["cost_transit"] == pytest.approx(47.0, abs=1e-6)
    assert [r[k]["desert"] for k in KIDS] == [0, 0, 0, 1, 1]
    assert [r[k]["desert_type"] for k in (80.0, 90.0)] == [1, 1]
    # leaving at 08:00 the 9-minute walk on the streets catches the 08:10 bus: 08:24, 24 minutes, type 2
    r = by_kids(pipeline(GTFS_FEED=feed, DEPARTURE="2024-03-05 08:00", COST_MODE="network",
                         NETWORK=streets())["OUTPUT_UNITS"])
    assert r[80.0]["cost_transit"] == pytest.approx(24.0, abs=1e-6)
    assert r[80.0]["desert_type"] == 2
