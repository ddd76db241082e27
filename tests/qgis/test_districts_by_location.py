"""Districts by location (issue 12 item 6): units without a district field get the
district polygon their point on surface lies in, in caregaps, caredeserts, equity,
report and carepipeline, with the same results as the same units with the district
field filled by hand."""
import math
import re

import numpy as np
import pytest
from layers import Recorder, point_layer, polygon_layer, rows, run_alg
from qgis.core import QgsProcessingException, QgsProject

TEMP = "TEMPORARY_OUTPUT"

# a 4 x 3 grid of 100 m blocks; the districts: Oeste a multi-polygon of two parts (x < 200),
# Este (x > 200) with a hole holding the island district Isla (the block centred 250,150)
OESTE = "MULTIPOLYGON(((0 0,200 0,200 190,0 190,0 0)),((0 210,200 210,200 300,0 300,0 210)))"
ESTE = "POLYGON((200 0,400 0,400 300,200 300,200 0),(220 120,280 120,280 180,220 180,220 120))"
ISLA = "POLYGON((220 120,280 120,280 180,220 180,220 120))"
CELLS = [(x * 100, y * 100, 100) for y in range(3) for x in range(4)]
BY_HAND = ["Este" if x >= 200 and not (x == 200 and y == 100) else ("Isla" if x == 200 else "Oeste")
           for x, y, _ in CELLS]


def districts():
    return polygon_layer([OESTE, ESTE, ISLA], {"name": ["Oeste", "Este", "Isla"]}, name="Localities")


def unit_fields(n, seed=5):
    rng = np.random.default_rng(seed)
    return {
        "care_demand": rng.integers(1, 60, n).astype(float).tolist(),
        "access": rng.uniform(0, 0.8, n).round(3).tolist(),
        "cost_nearest": rng.uniform(2, 40, n).round(1).tolist(),
        "income": rng.uniform(100, 900, n).round(0).tolist(),
    }


def units(by_hand=False, extra=False, name="Blocks"):
    cells = CELLS + ([(500, 0, 100)] if extra else [])
    fields = unit_fields(len(cells))
    if by_hand:
        fields["district"] = BY_HAND + ([None] if extra else [])
    return polygon_layer(cells, fields, name=name)


def table(layer, skip=()):
    """Rows as sorted tuples of (field, value), floats rounded, fields in ``skip`` left out."""
    out = []
    for r in rows(layer):
        out.append(tuple(sorted((k, round(v, 9) if isinstance(v, float) else v)
                                for k, v in r.items() if k not in skip)))
    return out


def by_location(params):
    return dict(params, DISTRICT_LAYER=districts(), DISTRICT_LAYER_FIELD="name")


def test_located_districts_hand_checked(caremap_provider):
    """The district field written by location is the hand-made one: multi-polygon parts,
    the hole of Este, the island inside it."""
    out = run_alg("caremap:caregaps", by_location({
        "INPUT": units(), "DEMAND_FIELD": "care_demand", "SUPPLY_FIELD": "access", "OUTPUT": TEMP,
        "OUTPUT_SUMMARY": TEMP}))
    assert [r["district"] for r in rows(out["OUTPUT"])] == BY_HAND
    assert [r["district"] for r in rows(out["OUTPUT_SUMMARY"])] == ["Este", "Isla", "Oeste"]
    assert [r["units"] for r in rows(out["OUTPUT_SUMMARY"])] == [5, 1, 6]


@pytest.mark.parametrize("extra", [False, True])
def test_caregaps_by_location_equals_by_hand(caremap_provider, extra):
    base = {"DEMAND_FIELD": "care_demand", "SUPPLY_FIELD": "access", "SUPPLY_KIND": "access_ratio",
            "TARGET_RATIO": 0.3, "OUTPUT": TEMP, "OUTPUT_SUMMARY": TEMP, "OUTPUT_DISTRICTS": TEMP}
    fb = Recorder()
    located = run_alg("caremap:caregaps", by_location(dict(base, INPUT=units(extra=extra))), fb)
    hand = run_alg("caremap:caregaps", dict(base, INPUT=units(by_hand=True, extra=extra), DISTRICT_FIELD="district",
                                            DISTRICT_LAYER=districts(), DISTRICT_LAYER_FIELD="name"))
    assert table(located["OUTPUT"]) == table(hand["OUTPUT"])
    assert table(located["OUTPUT_SUMMARY"]) == table(hand["OUTPUT_SUMMARY"])
    assert table(located["OUTPUT_DISTRICTS"]) == table(hand["OUTPUT_DISTRICTS"])
    outside = [w for w in fb.warnings if "in no polygon" in w]
    if extra:  # the block at x = 500 is in no district: NULL district, counted, named
        assert rows(located["OUTPUT"])[-1]["district"] is None
        assert len(outside) == 1 and outside[0].startswith("Layer Demand units (Blocks): 1 unit in no polygon") and "(Localities)" in outside[0]
        assert sum(r["units"] for r in rows(located["OUTPUT_SUMMARY"])) == len(CELLS)
    else:
        assert not outside


def test_caredeserts_by_location_equals_by_hand(caremap_provider):
    base = {"DEMAND_FIELD": "care_demand", "COST_FIELD": "cost_nearest", "THRESHOLD": 20.0,
            "OUTPUT": TEMP, "OUTPUT_SUMMARY": TEMP}
    located = run_alg("caremap:caredeserts", by_location(dict(base, INPUT=units())))
    hand = run_alg("caremap:caredeserts", dict(base, INPUT=units(by_hand=True), DISTRICT_FIELD="district"))
    assert table(located["OUTPUT"]) == table(hand["OUTPUT"])
    assert table(located["OUTPUT_SUMMARY"]) == table(hand["OUTPUT_SUMMARY"])
    assert [r["district"] for r in rows(located["OUTPUT_SUMMARY"])] == ["Este", "Isla", "Oeste"]
    assert located["DESERTS"] == hand["DESERTS"]
    # the per-district threshold differs from the one over all units: districts were used
    alone = run_alg("caremap:caredeserts", dict(base, INPUT=units()))
    assert table(alone["OUTPUT"], skip=("district",)) != table(located["OUTPUT"], skip=("district",))


def test_caredeserts_unit_in_no_district_is_an_error(caremap_provider):
    with pytest.raises(QgsProcessingException) as err:
        run_alg("caremap:caredeserts", by_location({
            "INPUT": units(extra=True), "DEMAND_FIELD": "care_demand", "COST_FIELD": "cost_nearest",
            "OUTPUT": TEMP, "OUTPUT_SUMMARY": TEMP}))
    message = str(err.value)
    assert "Layer Demand units (Blocks): 1 unit without a district" in message and "(Localities)" in message and "DISTRICT" not in message


def test_equity_by_location_equals_by_hand(caremap_provider):
    base = {"ACCESS_FIELD": "access", "POPULATION_FIELD": "care_demand", "RANK_FIELD": "income",
            "OUTPUT_LORENZ": TEMP}
    located = run_alg("caremap:equity", by_location(dict(base, INPUT=units())))
    hand = run_alg("caremap:equity", dict(base, INPUT=units(by_hand=True), DISTRICT_FIELD="district"))
    for key in ("THEIL", "THEIL_BETWEEN", "THEIL_WITHIN", "GINI", "CONCENTRATION"):
        assert located[key] == pytest.approx(hand[key], rel=1e-12), key
    assert located["THEIL_BETWEEN"] > 0
    assert located["THEIL_BETWEEN"] + located["THEIL_WITHIN"] == pytest.approx(located["THEIL"])
    # without districts there is no decomposition
    alone = run_alg("caremap:equity", dict(base, INPUT=units()))
    assert alone["THEIL_BETWEEN"] is None


def test_equity_by_location_refuses_a_table(caremap_provider):
    from layers import memory_layer

    tab = memory_layer("None", [None, None], {"access": [0.1, 0.2], "care_demand": [1.0, 2.0]}, crs=None,
                       name="Plain table")
    with pytest.raises(QgsProcessingException, match="Plain table has no points or polygons") as err:
        run_alg("caremap:equity", by_location({"INPUT": tab, "ACCESS_FIELD": "access",
                                               "POPULATION_FIELD": "care_demand", "OUTPUT_LORENZ": TEMP}))
    assert "DISTRICT_FIELD" not in str(err.value)


def test_by_location_needs_the_name_field(caremap_provider):
    polys = polygon_layer([OESTE], {"code": [1]}, name="No names")
    with pytest.raises(QgsProcessingException) as err:
        run_alg("caremap:caregaps", {"INPUT": units(), "DEMAND_FIELD": "care_demand", "SUPPLY_FIELD": "access",
                                     "DISTRICT_LAYER": polys, "OUTPUT": TEMP, "OUTPUT_SUMMARY": TEMP})
    message = str(err.value)
    assert "District name field of the district polygons" in message and "DISTRICT_LAYER_FIELD" not in message


def test_shared_border_goes_to_one_district(caremap_provider):
    """Point units on the border of Oeste and Este go east; on the border of the hole to
    the district east of it (Isla's west edge: Isla); each unit is counted once."""
    pts = point_layer([(200, 50), (220, 150), (280, 150), (100, 100)],
                      {"care_demand": [1.0, 2.0, 3.0, 4.0], "access": [0.1, 0.1, 0.1, 0.1]}, name="Points")
    out = run_alg("caremap:caregaps", by_location({
        "INPUT": pts, "DEMAND_FIELD": "care_demand", "SUPPLY_FIELD": "access", "OUTPUT": TEMP,
        "OUTPUT_SUMMARY": TEMP}))
    assert [r["district"] for r in rows(out["OUTPUT"])] == ["Este", "Isla", "Este", "Oeste"]
    assert sum(r["units"] for r in rows(out["OUTPUT_SUMMARY"])) == 4


def test_districts_in_another_crs(caremap_provider):
    """District polygons in WGS 84 place units given in UTM (both read in the units' CRS)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry

    tr = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:32618"), QgsCoordinateReferenceSystem("EPSG:4326"),
                                QgsProject.instance())
    geoms = []
    for wkt in (OESTE, ESTE, ISLA):
        g = QgsGeometry.fromWkt(wkt)
        g.transform(tr)
        geoms.append(g)
    polys = polygon_layer(geoms, {"name": ["Oeste", "Este", "Isla"]}, crs="EPSG:4326", name="Localities 4326")
    out = run_alg("caremap:caregaps", {
        "INPUT": units(), "DEMAND_FIELD": "care_demand", "SUPPLY_FIELD": "access", "DISTRICT_LAYER": polys,
        "DISTRICT_LAYER_FIELD": "name", "OUTPUT": TEMP, "OUTPUT_SUMMARY": TEMP})
    assert [r["district"] for r in rows(out["OUTPUT"])] == BY_HAND


def _svgs(path):
    return re.findall(r"<svg.*?</svg>", path.read_text(encoding="utf-8"), flags=re.S)


def test_report_by_location_equals_by_hand(caremap_provider, tmp_path):
    base = {"DEMAND_FIELD": "care_demand", "THRESHOLD": 20.0, "TARGET": 0.3}
    fb_loc, fb_hand = Recorder(), Recorder()
    located = run_alg("caremap:report", by_location(dict(base, UNITS=units(), OUTPUT_HTML=str(tmp_path / "a.html"))),
                      fb_loc)
    hand = run_alg("caremap:report", dict(base, UNITS=units(by_hand=True), DISTRICT_FIELD="district",
                                          OUTPUT_HTML=str(tmp_path / "b.html")), fb_hand)
    assert located["UNMET"] == hand["UNMET"]
    charts = _svgs(tmp_path / "a.html")
    assert charts == _svgs(tmp_path / "b.html")
    assert any("Demand and accessible places by district" in c and "Isla" in c for c in charts)
    said = [s for s in fb_loc.infos if "of the missing places lie in" in s]
    assert said and said == [s for s in fb_hand.infos if "of the missing places lie in" in s]


def pipeline_inputs(by_hand):
    fac = point_layer([(50, 50), (350, 250), (150, 250)],
                      {"name": ["a", "b", "c"], "capacity": [10.0, 20.0, 5.0],
                       "service_type": ["childcare"] * 3}, name="Facilities")
    cells = CELLS
    rng = np.random.default_rng(11)
    fields = {"p_0_2": rng.integers(0, 30, len(cells)).astype(float).tolist(),
              "p_3_5": rng.integers(0, 30, len(cells)).astype(float).tolist()}
    if by_hand:
        fields["locality"] = BY_HAND
    blocks = polygon_layer(cells, fields, name="Blocks")
    return fac, blocks


def test_pipeline_by_location_equals_by_hand(caremap_provider):
    base = {"MAPPINGS": "capacity=capacity", "THRESHOLD": 3.0, "OUTPUT_INVENTORY": TEMP, "OUTPUT_UNITS": TEMP,
            "OUTPUT_SUPPLY": TEMP, "OUTPUT_DISTRICTS": TEMP}
    fac, blocks = pipeline_inputs(False)
    located = run_alg("caremap:carepipeline", dict(base, FACILITIES=[fac], UNITS=blocks, DISTRICT_LAYER=districts(),
                                                   DISTRICT_LAYER_FIELD="name"))
    fac, blocks = pipeline_inputs(True)
    hand = run_alg("caremap:carepipeline", dict(base, FACILITIES=[fac], UNITS=blocks, DISTRICT_FIELD="locality"))
    assert [r["district"] for r in rows(located["OUTPUT_UNITS"])] == BY_HAND
    assert table(located["OUTPUT_DISTRICTS"]) == table(hand["OUTPUT_DISTRICTS"])
    assert [r["district"] for r in rows(located["OUTPUT_DISTRICTS"])] == ["Este", "Isla", "Oeste"]
    skip = ("district", "locality")
    assert table(located["OUTPUT_UNITS"], skip) == table(hand["OUTPUT_UNITS"], skip)
    assert not math.isnan(sum(r["care_demand"] for r in rows(located["OUTPUT_UNITS"])))


@pytest.mark.parametrize("alg_id", ["caregaps", "caredeserts"])
def test_district_map_is_made_by_default(caremap_provider, alg_id):
    """Issue 19, steps 6-7: the summary on the district polygons is created by default
    (the dialog offers a temporary layer, not [Skip output]), so giving district polygons
    in the dialog shows the district map; without district polygons nothing is written."""
    from qgis.gui import QgsProcessingLayerOutputDestinationWidget

    alg = caremap_provider.algorithm(alg_id)
    param = alg.parameterDefinition("OUTPUT_DISTRICTS")
    assert param.createByDefault()
    widget = QgsProcessingLayerOutputDestinationWidget(param, False)
    assert not widget.outputIsSkipped() and widget.value().sink.staticValue() == TEMP
    base = ({"DEMAND_FIELD": "care_demand", "SUPPLY_FIELD": "access"} if alg_id == "caregaps"
            else {"DEMAND_FIELD": "care_demand", "COST_FIELD": "cost_nearest", "THRESHOLD": 20.0})
    base.update(OUTPUT=TEMP, OUTPUT_SUMMARY=TEMP, OUTPUT_DISTRICTS=TEMP)  # what the dialog passes
    out = run_alg(f"caremap:{alg_id}", by_location(dict(base, INPUT=units())))
    mapped = rows(out["OUTPUT_DISTRICTS"])
    assert out["OUTPUT_DISTRICTS"].geometryType() == 2  # polygons
    assert [r["name"] for r in mapped] == ["Oeste", "Este", "Isla"]
    assert [r["units"] for r in mapped] == [6, 5, 1]
    alone = run_alg(f"caremap:{alg_id}", dict(base, INPUT=units()))  # no district polygons: no map, no error
    assert alone.get("OUTPUT_DISTRICTS") is None and alone["OUTPUT"].featureCount() == len(CELLS)
