"""Type 1 / Type 2 care deserts with public transport computed from a feed (issue 13
item 3): walking first (the cost field), public transport second, 30 minutes by default.
By the DESIGN's rule, a desert (high demand, low walking access) has desert_type 2 when
public transport reaches a facility within the second threshold, else 1."""
import pytest
from layers import line_layer, point_layer, rows, run_alg
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from test_transit_mode import CRS, DIRECT, SPEED, X0, Y0, write_feed

#: people and walking minutes of six units (the help's hand example, with the unit of 90
#: people 45 minutes from care): high demand = 80 and 90 (z >= the median of the positive
#: z-scores, 1.02), low access beyond 20 minutes: the deserts are the units of 80 and 90
POP = [10.0, 20.0, 60.0, 80.0, 90.0, 40.0]
WALK = [5.0, 25.0, None, 25.0, 45.0, 30.0]
# the unit of 80 is 300 m from stop A (the bus takes it to facility F in 24 minutes); the
# unit of 90 and the others are 14 km or more from everything (beyond the 120-minute search)
XY = [(20000, 0), (20100, 0), (20200, 0), (1000, 300), (-9000, 0), (20300, 0)]


@pytest.fixture
def feed(tmp_path):
    return write_feed(tmp_path / "gtfs", {"A": (1000, 0), "B": (5000, 0)},
                      {"t1": [("A", "08:10:00"), ("B", "08:20:00")], "t2": [("A", "08:40:00"), ("B", "08:50:00")]})


def units():
    return point_layer([(X0 + x, Y0 + y) for x, y in XY], {"pop": POP, "cost_nearest": WALK}, crs=CRS,
                       name="blocks")


def facilities():
    return point_layer([(X0 + 5000, Y0 + 400)], {"cap": [10.0]}, crs=CRS, name="nurseries")


def run(feed, **kw):
    p = {"INPUT": units(), "DEMAND_FIELD": "pop", "COST_FIELD": "cost_nearest", "THRESHOLD": 20,
         "SUPPLY": facilities(), "GTFS_FEED": feed, "DEPARTURE": "2024-03-05 08:00", "SPEED": SPEED,
         "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"}
    p.update(kw)
    return run_alg("caremap:caredeserts", p)


def test_type_2_when_the_bus_reaches_care_within_30_minutes(caremap_provider, feed):
    res = run(feed)
    r = rows(res["OUTPUT"])
    assert [x["desert"] for x in r] == [0, 0, 0, 1, 1, 0]
    # the unit of 80 people: 3 min walk, 7 min wait, 10 min ride, 4 min walk = 24 <= 30: type 2;
    # the unit of 90: no bus within reach and 140 minutes on foot: type 1
    assert [x["desert_type"] for x in r] == [0, 0, 0, 2, 1, 0]
    assert r[3]["cost_transit"] == pytest.approx(24.0, abs=1e-6)
    assert r[4]["cost_transit"] is None and r[0]["cost_transit"] is None
    assert res["DESERTS"] == 2


def test_type_1_when_the_bus_is_too_slow(caremap_provider, feed):
    # leaving at 08:08 the 08:10 bus is missed: walking the whole way (40.0 min) beats the next bus
    # (46 min), above the default 30 minutes: both deserts are type 1
    r = rows(run(feed, DEPARTURE="2024-03-05 08:08")["OUTPUT"])
    assert r[3]["cost_transit"] == pytest.approx(DIRECT, abs=1e-6)
    assert [x["desert_type"] for x in r] == [0, 0, 0, 1, 1, 0]
    # ... unless the second threshold is raised to 41 minutes
    r = rows(run(feed, DEPARTURE="2024-03-05 08:08", SECOND_THRESHOLD=41)["OUTPUT"])
    assert [x["desert_type"] for x in r] == [0, 0, 0, 2, 1, 0]


def test_window_median(caremap_provider, feed):
    # departures 08:00-08:10: 24, 23, ..., 17, then 40.0 three times; the median is 22
    r = rows(run(feed, WINDOW=10)["OUTPUT"])
    assert r[3]["cost_transit"] == pytest.approx(22.0, abs=1e-6)
    assert r[3]["desert_type"] == 2


def test_second_mode_needs_facilities_and_one_source(caremap_provider, feed):
    with pytest.raises(QgsProcessingException, match="Care facilities"):
        run(feed, SUPPLY=None)
    with pytest.raises(QgsProcessingException, match="choose one of them"):
        run(feed, SECOND_COST_FIELD="cost_nearest")
    with pytest.raises(QgsProcessingException, match="no service on 2024-03-09"):
        run(feed, DEPARTURE="2024-03-09 08:00")


def test_without_a_feed_nothing_changes(caremap_provider):
    r = rows(run(None, GTFS_FEED=None, SUPPLY=None)["OUTPUT"])
    assert [x["desert_type"] for x in r] == [0, 0, 0, 1, 1, 0]
    assert "cost_transit" not in r[0]


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings, self.infos = [], []

    def pushWarning(self, text):
        self.warnings.append(text)
        super().pushWarning(text)

    def pushInfo(self, text):
        self.infos.append(text)
        super().pushInfo(text)


def streets():
    """The street from the unit of 80 (1000, 300) goes east 300 m, then 300 m south to the bus
    road y = 0 (A at 1000, B at 5000); a spur of 400 m goes north from B to F. On the streets the
    unit is 300 + 300 + 300 = 900 m (9 minutes) from A, against 300 m in a straight line."""
    return line_layer([[(X0 - 100, Y0), (X0 + 1000, Y0), (X0 + 1300, Y0), (X0 + 5000, Y0), (X0 + 6000, Y0)],
                       [(X0 + 1000, Y0 + 300), (X0 + 1300, Y0 + 300), (X0 + 1300, Y0)],
                       [(X0 + 5000, Y0), (X0 + 5000, Y0 + 400)]], crs=CRS, name="my streets")


def test_walks_on_the_road_network_change_the_type(caremap_provider, feed):
    # leaving at 08:05 with straight walks: 3 min to A, 08:10 bus, 08:20 at B, 4 min to F = 19 min: type 2
    log = Log()
    res = run_alg("caremap:caredeserts", {**_params(feed, DEPARTURE="2024-03-05 08:05")}, log)
    assert rows(res["OUTPUT"])[3]["cost_transit"] == pytest.approx(19.0, abs=1e-6)
    assert rows(res["OUTPUT"])[3]["desert_type"] == 2
    # the log says the walks were straight lines and names the cost field, the layer and what to choose
    warn = [w for w in log.warnings if "straight lines" in w]
    assert len(warn) == 1 and "'cost_nearest' of layer" in warn[0] and "blocks" in warn[0]
    assert "'Public transport: walks measured along'" in warn[0] and "'Road network (lines)'" in warn[0]
    # on the streets: 9 min to A misses the 08:10 bus; the 08:40 one arrives at 08:54 (49 min), but
    # walking the whole way is 300 + 300 + 3700 + 400 m = 47 min: more than 30, type 1
    log = Log()
    res = run_alg("caremap:caredeserts", _params(feed, DEPARTURE="2024-03-05 08:05", ACCESS_MODE="network",
                                                 NETWORK=streets()), log)
    r = rows(res["OUTPUT"])
    assert r[3]["cost_transit"] == pytest.approx(47.0, abs=1e-6)
    assert [x["desert_type"] for x in r] == [0, 0, 0, 1, 1, 0]
    assert not [w for w in log.warnings if "straight lines" in w]
    assert any("Public transport walks on the road network" in i and "my streets" in i for i in log.infos)
    # a road network is needed for walks on it
    with pytest.raises(QgsProcessingException, match="Road network"):
        run_alg("caremap:caredeserts", _params(feed, ACCESS_MODE="network"))


def _params(feed, **kw):
    p = {"INPUT": units(), "DEMAND_FIELD": "pop", "COST_FIELD": "cost_nearest", "THRESHOLD": 20,
         "SUPPLY": facilities(), "GTFS_FEED": feed, "DEPARTURE": "2024-03-05 08:00", "SPEED": SPEED,
         "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"}
    p.update(kw)
    return p
