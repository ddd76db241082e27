"""kernels.osm_tags and kernels.osm_network: which OSM ways each mode may use, one-way,
speeds, and the topology (split at shared vertices only, components), on hand-made ways
with hand-checked answers."""
import numpy as np
import pytest
from caremap.kernels import osm_network as k
from caremap.kernels import osm_tags as kt
from caremap.kernels.costs import WALK_SPEED_KMH


def tagset(rows):
    """rows: list of dicts -> tag columns as parse_tags gives them."""
    keys = set(kt.TAG_KEYS)
    for r in rows:
        keys |= set(r)
    return {key: np.array([str(r.get(key, "")).lower() for r in rows], dtype=object) for key in keys}


WAYS = [
    {"highway": "motorway"},                                  # 0
    {"highway": "footway"},                                   # 1
    {"highway": "cycleway", "foot": "no"},                    # 2
    {"highway": "trunk"},                                     # 3 trunk, no foot tag
    {"highway": "trunk", "motorroad": "yes"},                 # 4
    {"highway": "primary", "motorroad": "yes", "foot": "yes"},  # 5
    {"highway": "service", "access": "private"},              # 6
    {"highway": "footway", "access": "no", "foot": "yes"},    # 7 most specific tag decides
    {"highway": "residential", "railway": "rail"},            # 8 a track, whatever its highway
    {"highway": "residential", "railway": "tram"},            # 9 a street with tram rails
    {"highway": "trail"},                                     # 10 unknown class
    {"railway": "subway"},                                    # 11 no highway
    {"highway": "footway", "bicycle": "yes"},                 # 12
    {"highway": "track"},                                     # 13
    {"highway": "track", "motor_vehicle": "yes"},             # 14
    {"highway": "residential", "vehicle": "no"},              # 15
    {"highway": "residential", "motorcar": "no", "vehicle": "yes"},  # 16 motorcar beats vehicle
    {"highway": "steps"},                                     # 17
    {"highway": "service", "access": "private", "foot": "permissive"},  # 18
    {"highway": "motorway_link"},                             # 19
    {"highway": "footway", "access": "permissive"},           # 20 opens it for walkers, not bikes
]


def test_walk_usable_ways_by_rule():
    keep, rep = kt.usable("walk", tagset(WAYS))
    expected = {1, 3, 5, 7, 9, 12, 13, 14, 15, 16, 17, 18, 20}
    assert set(np.flatnonzero(keep)) == expected
    assert rep["unknown_class"] == {"trail": 1}
    assert rep["motorroad"] == 1 and rep["railway"] == 1
    assert rep["access"] == 2  # cycleway foot=no, private service


def test_bike_usable_ways_by_rule():
    keep, rep = kt.usable("bike", tagset(WAYS))
    # footway only with bicycle=yes (12) or a permissive access (7 has access=no -> out);
    # vehicle=no (15) out; motorcar=no does not concern bikes (16 in)
    expected = {2, 3, 9, 12, 13, 14, 16}
    assert set(np.flatnonzero(keep)) == expected
    assert rep["not_allowed"] == 4  # footways (1, 7, 20) and steps (17) without bicycle=yes


def test_car_usable_ways_by_rule():
    keep, _ = kt.usable("car", tagset(WAYS))
    # motorway and link yes, trunk and motorroad primary yes, track only when motor_vehicle=yes
    expected = {0, 3, 4, 5, 9, 14, 19}
    assert set(np.flatnonzero(keep)) == expected


ONEWAYS = [
    {"highway": "residential", "oneway": "yes"},                        # 0
    {"highway": "residential", "oneway": "-1"},                         # 1
    {"highway": "residential", "junction": "roundabout"},               # 2 implied
    {"highway": "motorway"},                                            # 3 implied
    {"highway": "motorway", "oneway": "no"},                            # 4 explicit no
    {"highway": "residential", "oneway": "reversible"},                 # 5 timed
    {"highway": "residential", "oneway": "yes", "oneway:bicycle": "no"},  # 6
    {"highway": "residential", "oneway": "yes", "cycleway": "opposite_lane"},  # 7
    {"highway": "residential", "oneway": "1"},                          # 8
    {"highway": "cycleway", "oneway:bicycle": "-1"},                    # 9
    {"highway": "residential"},                                         # 10
]


def test_oneway_per_mode():
    t = tagset(ONEWAYS)
    walk, timed = kt.oneway("walk", t)
    assert not walk.any() and not timed.any()
    car, timed = kt.oneway("car", t)
    assert car.tolist() == [1, -1, 1, 1, 0, 0, 1, 1, 1, 0, 0]
    assert np.flatnonzero(timed).tolist() == [5]
    bike, timed = kt.oneway("bike", t)
    assert bike.tolist() == [1, -1, 1, 1, 0, 0, 0, 0, 1, -1, 0]
    assert np.flatnonzero(timed).tolist() == [5]


def test_select_drops_reversible_for_cars_only():
    t = tagset([{"highway": "residential", "oneway": "reversible"}, {"highway": "residential"}])
    assert kt.select("car", t).keep.tolist() == [False, True]
    assert kt.select("car", t).report["timed_oneway"] == 1
    assert kt.select("walk", t).keep.tolist() == [True, True]


def test_speeds_defaults_and_table():
    hw = np.array(["residential", "footway", "motorway", "nonsense"], dtype=object)
    assert kt.speeds("walk", hw)[:2].tolist() == [WALK_SPEED_KMH, WALK_SPEED_KMH]
    car = kt.speeds("car", hw, {"residential": 25})
    assert car[0] == 25 and car[2] == 100 and np.isnan(car[3])
    with pytest.raises(ValueError):
        kt.speeds("car", hw, {"residential": 0})
    with pytest.raises(ValueError, match="mode"):
        kt.speeds("bus", hw)


def test_parse_tags_hstore_and_columns():
    other = ['"foot"=>"No","name:fi"=>"a \\"b\\"","oneway"=>"yes"', None, '"access"=>"private"']
    t = kt.parse_tags(other, columns={"highway": ["Footway", None, "service"]})
    assert t["foot"].tolist() == ["no", "", ""]
    assert t["oneway"].tolist() == ["yes", "", ""]
    assert t["access"].tolist() == ["", "", "private"]
    assert t["highway"].tolist() == ["footway", "", "service"]


# --------------------------------------------------------------------------- topology
def ways(*lines):
    xy = np.concatenate([np.asarray(line, float) for line in lines])
    offs = np.concatenate([[0], np.cumsum([len(line) for line in lines])])
    return xy, offs, np.arange(len(lines))


def test_split_at_shared_vertices_not_at_crossings():
    street = [(0, 0), (5, 0), (10, 0)]        # vertex (5, 0) shared with the side street
    side = [(5, 0), (5, 5)]
    bridge = [(7, -5), (7, 0), (7, 5)]        # has a vertex ON the street's segment, not a street vertex
    xy, offs, row = ways(street, side, bridge)
    pxy, poffs, prow = k.split_at_shared_vertices(xy, offs, row)
    assert prow.tolist() == [0, 0, 1, 2]
    pieces = [pxy[a:b].tolist() for a, b in zip(poffs[:-1], poffs[1:])]
    assert pieces[0] == [[0, 0], [5, 0]] and pieces[1] == [[5, 0], [10, 0]]
    assert pieces[3] == [list(p) for p in bridge]  # the bridge stays whole
    comp, n = k.components(pxy, poffs)
    assert n == 2 and comp.tolist() == [0, 0, 0, 1]
    assert k.lengths(pxy, poffs) == pytest.approx([5, 5, 5, 10])


def test_crossing_ways_without_common_vertex_stay_apart():
    # an X: two ways whose segments cross at (5, 0) with no vertex there
    xy, offs, row = ways([(0, 0), (10, 0)], [(5, -5), (5, 5)])
    pxy, poffs, prow = k.split_at_shared_vertices(xy, offs, row)
    assert prow.tolist() == [0, 1]
    assert k.components(pxy, poffs)[1] == 2


def test_split_loop_and_repeated_vertices():
    # a way that comes back to a node it visited (a lasso) and has a doubled vertex
    xy, offs, row = ways([(0, 0), (2, 0), (2, 0), (3, 1), (2, 2), (2, 0), (4, 0)])
    pxy, poffs, prow = k.split_at_shared_vertices(xy, offs, row)
    pieces = [pxy[a:b].tolist() for a, b in zip(poffs[:-1], poffs[1:])]
    assert pieces == [[[0, 0], [2, 0]], [[2, 0], [3, 1], [2, 2], [2, 0]], [[2, 0], [4, 0]]]
    assert k.components(pxy, poffs)[1] == 1


def test_clip_to_rect():
    xy, offs, row = ways([(-5, 1), (1, 1), (2, 1), (2, 20), (3, 20), (3, 2), (4, 2.5)],
                         [(-5, -5), (-5, -4)],
                         [(1.123456789, 3.3), (8, 3.3)])
    cxy, coffs, crow = k.clip_to_rect(xy, offs, row, (0, 0, 5, 5))
    parts = [cxy[a:b].tolist() for a, b in zip(coffs[:-1], coffs[1:])]
    assert crow.tolist() == [0, 0, 2]  # leaves and re-enters: two parts; way 1 is outside
    assert parts[0] == [[0, 1], [1, 1], [2, 1], [2, 5]]
    assert parts[1] == [[3, 5], [3, 2], [4, 2.5]]
    assert parts[2][0][0] == 1.123456789 and parts[2][1] == [5, 3.3]  # inside vertices bit for bit
    with pytest.raises(ValueError, match="extent"):
        k.clip_to_rect(xy, offs, row, (1, 0, 0, 1))


def test_component_summary_and_order():
    xy, offs, row = ways([(0, 0), (1, 0)], [(1, 0), (2, 0)], [(9, 9), (9, 109)])
    comp, n = k.components(xy, offs)
    assert n == 2 and comp.tolist() == [0, 0, 1]  # 0 = most pieces
    ln = k.lengths(xy, offs)
    count, share, big = k.component_summary(comp, ln)
    assert count == 2 and big == 1 and share == pytest.approx(100 / 102)


def test_bad_offsets_raise():
    with pytest.raises(ValueError):
        k.split_at_shared_vertices(np.zeros((3, 2)), [0, 2], [0])
    with pytest.raises(ValueError, match="non-finite"):
        k.split_at_shared_vertices([[0, 0], [np.nan, 1]], [0, 2], [0])
