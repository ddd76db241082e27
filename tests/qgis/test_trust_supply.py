"""Issue 11 (items 5-8) for the supply, demand and unpaid-care algorithms, and the field
defaults of every algorithm: non-finite numbers never reach an output, degenerate totals
say so in plain words, a self-intersecting block gets no absurd density, and the
dialogs preselect CareMap's own field names instead of ``fid``."""
import math

import pytest
from layers import Recorder, point_layer, polygon_layer, rows, run_alg
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProject,
)

# Field parameters deliberately left without a default: a field of that name, preselected
# or used whenever the layer has it, would change the method without the user asking
# (the dialog cannot clear an optional field back to "none" once it has a default).
NO_DEFAULT = {
    "SPEED_FIELD": "a maxspeed-like field would make walking run at car speed",
    "SECOND_COST_FIELD": "no standard name; a second mode is the user's own choice",
    "DEMAND_ID_FIELD": "only for an OD table, whose ids have no standard name",
    "SUPPLY_ID_FIELD": "only for an OD table, whose ids have no standard name",
    "CANDIDATE_ID_FIELD": "only for an OD table, whose ids have no standard name",
    "SERVICE_HOURS_FIELD": "no CareMap output holds weekly opening hours",
    "SERVICE_DEMAND_FIELD": "empty means 'share by the unpaid hours', the method's default",
    "WINDOW_COVERED_FIELD": "window labels are the user's own (covered_<label>): no standard name",
    "SERVICE_OPENING_HOURS_FIELD": "a script that leaves it out keeps the hours open per week it gives; "
                                   "a default would switch to the schedule whenever the layer has one",
    "RANK_FIELD": "no standard name; the usual candidate (poverty) runs the wrong way",
    "DISTRICT_FIELD@caredeserts": "a district field switches to per-district thresholds",
    "DISTRICT_FIELD@carepipeline": "passed to caredeserts: per-district thresholds",
    "DISTRICT_FIELD@carebatch": "passed to each care map's caredeserts: per-district thresholds",
    "MUNICIPALITY_FIELD@carebatch": "either this field or boundary polygons: a default would take the polygons away",
    "MUNICIPALITY_LAYER_FIELD@carebatch": "boundary layers name their municipalities in fields of no standard name",
}


def field_parameters(provider):
    for alg in provider.algorithms():
        for p in alg.parameterDefinitions():
            if isinstance(p, QgsProcessingParameterField):
                yield alg, p


def exempt(alg, p):
    return (p.allowMultiple() or p.name() in NO_DEFAULT
            or f"{p.name()}@{alg.name()}" in NO_DEFAULT)


def test_every_field_parameter_has_a_default(caremap_provider):
    """Item 8: QGIS preselects the first numeric field (fid) for a required field with no
    default; every field parameter names CareMap's own field (care_demand, capacity_fde,
    cost_nearest, district...) unless listed above with its reason."""
    missing = []
    n = 0
    for alg, p in field_parameters(caremap_provider):
        n += 1
        required = not (p.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional)
        if p.defaultValue() in (None, ""):
            if required and not p.allowMultiple():
                missing.append(f"{alg.id()} {p.name()} (required!)")
            elif not exempt(alg, p):
                missing.append(f"{alg.id()} {p.name()}")
    assert n > 30
    assert not missing, missing


def test_defaults_are_caremap_names(caremap_provider):
    algs = {a.name(): a for a in caremap_provider.algorithms()}
    expect = {
        ("accessibility", "DEMAND_FIELD"): "care_demand",
        ("accessibility", "CAPACITY_FIELD"): "capacity_fde",
        ("caredeserts", "COST_FIELD"): "cost_nearest",
        ("caregaps", "SUPPLY_FIELD"): "access",
        ("equity", "DISTRICT_FIELD"): "district",
        ("report", "COST_FIELD"): "cost_nearest",
        ("caredemand", "CAREGIVER_FIELD"): "women_15_64",
    }
    for (alg, name), value in expect.items():
        assert algs[alg].parameterDefinition(name).defaultValue() == value, (alg, name)


def _widget_values(alg, layer, names):
    """What the dialog's field widgets select once ``layer`` is chosen as their parent."""
    from qgis.gui import (
        QgsGui,
        QgsProcessingContextGenerator,
        QgsProcessingGui,
        QgsProcessingParameterWidgetContext,
    )

    class Generator(QgsProcessingContextGenerator):
        def __init__(self):
            super().__init__()
            self.context = QgsProcessingContext()
            self.context.setProject(QgsProject.instance())

        def processingContext(self):  # noqa: N802
            return self.context

    gen = Generator()
    registry = QgsGui.processingGuiRegistry()
    wctx = QgsProcessingParameterWidgetContext()
    wctx.setProject(QgsProject.instance())
    keep = []

    def wrapper(name):
        w = registry.createParameterWidgetWrapper(alg.parameterDefinition(name), QgsProcessingGui.WidgetType.Standard)
        w.setWidgetContext(wctx)
        keep.append(w.createWrappedWidget(gen.context))
        w.registerProcessingContextGenerator(gen)
        keep.append(w)
        return w

    parent = wrapper(alg.parameterDefinition(names[0]).parentLayerParameterName())
    parent.setParameterValue(layer.id(), gen.context)
    out = {}
    for name in names:
        w = wrapper(name)
        w.setParentLayerWrapperValue(parent)
        value = w.parameterValue()
        out[name] = None if value is None or (hasattr(value, "isNull") and value.isNull()) else value
    return out


def test_dialog_preselects_the_default_not_fid(caremap_provider):
    """On a CareMap result whose first numeric field is fid, the dialog's widgets pick
    care_demand and cost_nearest; on a layer without them they pick nothing (the user
    must choose) rather than fid."""
    pytest.importorskip("qgis.gui")
    alg = {a.name(): a for a in caremap_provider.algorithms()}["caredeserts"]
    result = point_layer([(0, 0), (10, 0)], {"fid": [1, 2], "pop": [3.0, 4.0], "care_demand": [5.0, 6.0],
                                             "cost_nearest": [1.0, 2.0]}, name="result")
    plain = point_layer([(0, 0), (10, 0)], {"fid": [1, 2], "pop": [3.0, 4.0]}, name="plain")
    QgsProject.instance().addMapLayers([result, plain])
    try:
        assert _widget_values(alg, result, ["DEMAND_FIELD", "COST_FIELD"]) == {
            "DEMAND_FIELD": "care_demand", "COST_FIELD": "cost_nearest"}
        assert _widget_values(alg, plain, ["DEMAND_FIELD", "COST_FIELD"]) == {
            "DEMAND_FIELD": None, "COST_FIELD": None}
    finally:
        QgsProject.instance().removeMapLayers([result.id(), plain.id()])


def test_required_default_absent_is_a_clear_error(caremap_provider):
    layer = point_layer([(0, 0), (10, 0)], {"fid": [1, 2], "pop": [3.0, 4.0], "minutes": [1.0, 2.0]},
                        name="My blocks")
    with pytest.raises(QgsProcessingException, match=r"care_demand.*My blocks"):
        run_alg("caremap:caredeserts", {"INPUT": layer, "COST_FIELD": "minutes", "THRESHOLD": 15,
                                        "OUTPUT": "memory:"})
    # an explicit field still wins over the default
    res = run_alg("caremap:caredeserts", {"INPUT": layer, "DEMAND_FIELD": "pop", "COST_FIELD": "minutes",
                                          "THRESHOLD": 15, "OUTPUT": "memory:"})
    assert res["OUTPUT"].featureCount() == 2


def test_optional_default_absent_reads_as_no_field(caremap_provider):
    """processing.run without CAREGIVER_FIELD on a layer that has no women_15_64 behaves as
    the dialog does (no field: caregivers are the persons 15-64 from the bands); with the
    field present, it is used."""
    mapping = "a0_14:0-14;a15_64:15-64;a65p:65+"
    layer = polygon_layer([(0, 0, 1000)], {"a0_14": [10], "a15_64": [40], "a65p": [10]}, name="u")
    out = rows(run_alg("caremap:caredemand", {"INPUT": layer, "BAND_MAPPING": mapping, "WEIGHTS": "equal",
                                              "OUTPUT": "memory:"})["OUTPUT"])
    assert out[0]["caregivers"] == pytest.approx(40.0)
    layer2 = polygon_layer([(0, 0, 1000)], {"a0_14": [10], "a15_64": [40], "a65p": [10], "women_15_64": [20]},
                           name="u2")
    out = rows(run_alg("caremap:caredemand", {"INPUT": layer2, "BAND_MAPPING": mapping, "WEIGHTS": "equal",
                                              "OUTPUT": "memory:"})["OUTPUT"])
    assert out[0]["caregivers"] == pytest.approx(20.0)
    assert out[0]["care_intensity"] == pytest.approx(1.0)


def warnings_of(alg_id, params):
    fb = Recorder()
    res = run_alg(alg_id, params, feedback=fb)
    return res, fb




def finite_or_null(values):
    return all(v is None or (isinstance(v, (int, float)) and math.isfinite(v)) for v in values)


# ----------------------------------------------------------------- caredemand (items 5-7)
BANDS = "a0_14:0-14;a15_64:15-64;a65p:65+"


def test_caredemand_non_finite_counts_are_null_and_counted(caremap_provider):
    """Item 5: +inf, -inf and NaN in a population field never reach an output: the unit
    gets NULL results, the others their hand-computed values, and the warning names the
    layer and counts the units."""
    layer = polygon_layer([(0, 0, 1000), (1000, 0, 1000), (2000, 0, 1000), (3000, 0, 1000)],
                          {"a0_14": [10.0, math.inf, 5.0, 1.0], "a15_64": [40.0, 10.0, -math.inf, 2.0],
                           "a65p": [10.0, 1.0, 1.0, math.nan]}, name="Blocks with inf")
    res, fb = warnings_of("caremap:caredemand", {"INPUT": layer, "BAND_MAPPING": BANDS, "WEIGHTS": "equal",
                                                 "CAREGIVER_FIELD": "", "OUTPUT": "memory:"})
    out = rows(res["OUTPUT"])
    assert out[0]["care_demand"] == pytest.approx(60.0)
    assert out[0]["pop_density"] == pytest.approx(60.0)  # 60 people on 1 km2
    for r in out[1:]:
        assert r["care_demand"] is None and r["pop_density"] is None and r["care_intensity"] is None
    for name in ("care_demand", "pop_bands", "share_children", "care_intensity", "pop_density", "demand_density"):
        assert finite_or_null([r[name] for r in out]), name
    assert res["TOTAL_CARE_DEMAND"] == pytest.approx(60.0)
    assert any("3 units of layer" in w and "Blocks with inf" in w for w in fb.warnings), fb.warnings


def test_caredemand_all_zero_population_says_so(caremap_provider):
    """Item 6: all-zero populations give 0 demand, NULL shares, no NaN/inf, and a warning."""
    layer = polygon_layer([(0, 0, 1000), (1000, 0, 1000)], {"a0_14": [0, 0], "a15_64": [0, 0], "a65p": [0, 0]},
                          name="Empty blocks")
    res, fb = warnings_of("caremap:caredemand", {"INPUT": layer, "BAND_MAPPING": BANDS, "WEIGHTS": "madrid",
                                                 "OUTPUT": "memory:"})
    out = rows(res["OUTPUT"])
    assert [r["care_demand"] for r in out] == [0.0, 0.0]
    assert [r["share_children"] for r in out] == [None, None]
    assert [r["care_intensity"] for r in out] == [None, None]
    assert [r["pop_density"] for r in out] == [0.0, 0.0]
    assert res["TOTAL_CARE_DEMAND"] == 0.0
    assert any("is 0" in w and "Empty blocks" in w for w in fb.warnings), fb.warnings


def test_caredemand_all_null_total_is_empty_not_nan(caremap_provider):
    layer = polygon_layer([(0, 0, 1000)], {"a0_14": [None], "a15_64": [1.0], "a65p": [1.0]}, name="Nulls")
    res, fb = warnings_of("caremap:caredemand", {"INPUT": layer, "BAND_MAPPING": BANDS, "OUTPUT": "memory:"})
    assert res["TOTAL_CARE_DEMAND"] is None
    assert any("left empty" in w for w in fb.warnings), fb.warnings


def test_caredemand_bow_tie_block_gets_no_absurd_density(caremap_provider):
    """Item 7: a self-intersecting block (a bow-tie of two 1 km triangles) had area 0 and
    a density of 3e16/km2. Now it is repaired (two triangles of 0.25 km2 each, crossing at
    (500, 500): 100 people on 0.5 km2 = 200/km2) or
    its density is NULL; never a huge number, never a crash."""
    bow_tie = "POLYGON((0 0, 1000 1000, 1000 0, 0 1000, 0 0))"
    layer = polygon_layer([bow_tie, (2000, 0, 1000), "POLYGON((0 0, 10 0, 20 0, 0 0))"],
                          {"a0_14": [20, 10, 5], "a15_64": [60, 30, 5], "a65p": [20, 10, 5]}, name="Bow tie")
    res, fb = warnings_of("caremap:caredemand", {"INPUT": layer, "BAND_MAPPING": BANDS, "WEIGHTS": "equal",
                                                 "OUTPUT": "memory:"})
    out = {r["a0_14"]: r for r in rows(res["OUTPUT"])}
    assert out[10]["pop_density"] == pytest.approx(50.0)
    assert out[20]["pop_density"] is None or out[20]["pop_density"] == pytest.approx(200.0, rel=1e-6)
    assert out[5]["pop_density"] is None  # zero area: never divided by
    assert finite_or_null([r["demand_density"] for r in out.values()])


# ----------------------------------------------------------------- supplyinventory (items 5, 6; issue 12)
def facilities(capacity, name="Registry", types=None, **extra):
    n = len(capacity)
    fields = {"name": [f"Centro {i}" for i in range(n)],
              "service_type": types or ["kindergarten"] * n, "capacity": capacity}
    fields.update(extra)
    return point_layer([(1000.0 * i, 0.0) for i in range(n)], fields, name=name)


def inventory(layers, **params):
    return warnings_of("caremap:supplyinventory", dict({"INPUTS": layers, "OUTPUT": "memory:",
                                                        "OUTPUT_REJECTED": "memory:"}, **params))


@pytest.mark.parametrize("bad", [math.inf, -math.inf, math.nan])
def test_inventory_non_finite_capacity_hours_days_fee_are_null(caremap_provider, bad):
    """Item 5: a non-finite capacity, hours, days or fee is read as missing: capacity imputed
    from its type (median of 10 and 30 = 20), hours and days taken as 8 and 5, fee NULL;
    no inf/NaN in any output field."""
    layer = facilities([10.0, bad, 30.0], hours_per_day=[8.0, bad, 8.0], days_per_week=[5.0, bad, 5.0],
                       fee=[0.0, bad, 1.0])
    res, fb = inventory([layer])
    out = sorted(rows(res["OUTPUT"]), key=lambda r: r["inv_id"])
    assert [r["capacity"] for r in out] == [10.0, 20.0, 30.0]
    assert [r["capacity_imputed"] for r in out] == [0, 1, 0]
    assert [r["capacity_fde"] for r in out] == [10.0, 20.0, 30.0]
    assert out[1]["fee"] is None and out[1]["capacity_reported"] is None
    for name in ("capacity", "capacity_fde", "capacity_reported", "hours_per_day", "days_per_week", "fee"):
        assert finite_or_null([r[name] for r in out]), name


@pytest.mark.parametrize("text", ["inf", "-inf", "nan", "Infinity"])
def test_inventory_non_finite_text_numbers_are_null_and_counted(caremap_provider, text):
    layer = point_layer([(0, 0), (1000, 0)], {"name": ["A", "B"], "service_type": ["k", "k"],
                                              "cupos": ["12", text]}, name="Text CSV")
    res, fb = inventory([layer], MAPPINGS="capacity=cupos")
    out = sorted(rows(res["OUTPUT"]), key=lambda r: r["inv_id"])
    assert [r["capacity"] for r in out] == [12.0, 12.0]
    assert any("cupos" in w and "Text CSV" in w and "NULL" in w for w in fb.warnings), fb.warnings


def test_inventory_text_numbers_follow_the_csv_decimal_rule(caremap_provider):
    """Numbers stored as text are read by layer_io's one rule: '1.234,5' with a decimal
    comma is 1234.5 (the old supply-only rule refused it), '7,5' is 7.5; a word is NULL,
    counted, never an error nor 0."""
    layer = point_layer([(0, 0), (1000, 0), (2000, 0), (3000, 0)],
                        {"name": ["A", "B", "C", "D"], "service_type": ["k"] * 4,
                         "cupos": ["1.234,5", "7,5", "10", "diez"]}, name="Text CSV")
    res, fb = inventory([layer], MAPPINGS="capacity=cupos")
    out = sorted(rows(res["OUTPUT"]), key=lambda r: r["inv_id"])
    assert [r["capacity"] for r in out][:3] == [1234.5, 7.5, 10.0]
    assert out[3]["capacity_reported"] is None
    assert any("diez" in w and "Text CSV" in w for w in fb.warnings), fb.warnings


def test_inventory_infinite_constant_is_refused(caremap_provider):
    with pytest.raises(QgsProcessingException, match="not a finite number"):
        inventory([facilities([1.0, 2.0])], MAPPINGS="capacity='inf'")


def test_inventory_zero_capacity_is_never_imputed(caremap_provider):
    """Issue 12 item 4: an explicit 0 is dropped with a count (the old code imputed it from
    the median: 20 places that do not exist), or kept at 0 when asked."""
    layer = facilities([10.0, 0.0, 30.0, None], name="Registry")
    res, fb = inventory([layer])
    out = sorted(rows(res["OUTPUT"]), key=lambda r: r["inv_id"])
    assert [r["capacity"] for r in out] == [10.0, 30.0, 20.0]
    rejected = rows(res["OUTPUT_REJECTED"])
    assert [r["reason"] for r in rejected] == ["capacity_zero"]
    assert res["N_REJECTED_RULES"] == 1 and res["N_FACILITIES"] == 3  # the 0 dropped is counted
    assert any("1 facilit" in w and "capacity of 0" in w and "Registry: 1" in w for w in fb.warnings), fb.warnings
    assert any("imputed per layer: Registry: 1" in i for i in fb.infos), fb.infos
    res, fb = inventory([layer], KEEP_ZERO_CAPACITY=True)
    out = sorted(rows(res["OUTPUT"]), key=lambda r: r["inv_id"])
    assert [r["capacity"] for r in out] == [10.0, 0.0, 30.0, 20.0]
    assert res["N_REJECTED_RULES"] == 0
    assert [r["capacity_fde"] for r in out] == [10.0, 0.0, 30.0, 20.0]


def test_inventory_all_zero_capacity_says_so(caremap_provider):
    """Item 6: all-zero capacities are a clear error by default, and with the zeros kept a
    warning that the inventory offers no place; never a NaN."""
    with pytest.raises(QgsProcessingException, match="Every facility reports a capacity of 0"):
        inventory([facilities([0.0, 0.0])])
    res, fb = inventory([facilities([0.0, 0.0])], KEEP_ZERO_CAPACITY=True)
    assert [r["capacity_fde"] for r in rows(res["OUTPUT"])] == [0.0, 0.0]
    assert any("offers no place" in w for w in fb.warnings), fb.warnings


def test_inventory_empty_source_is_a_warning(caremap_provider):
    """Issue 12 item 4: an empty layer among several is skipped with a warning."""
    empty = point_layer([], {"name": [], "capacity": []}, name="Empty survey")
    res, fb = inventory([facilities([10.0, 20.0]), empty])
    assert res["OUTPUT"].featureCount() == 2
    assert any("Empty survey" in w and "empty" in w for w in fb.warnings), fb.warnings


# ----------------------------------------------------------------- unpaidcare (items 5, 6)
def time_use_table():
    from layers import memory_layer

    return memory_layer("None", [None] * 2, {"sex": ["f", "m"], "age_band": ["15-64", "15-64"],
                                             "weekly_hours": [30.0, 10.0]})


@pytest.mark.parametrize("bad", [math.inf, -math.inf, math.nan])
def test_unpaidcare_non_finite_population_is_null_and_counted(caremap_provider, bad):
    """Item 5: a non-finite population gives NULL hours and values for its unit (counted in a
    warning naming the layer), the other unit its hand-computed hours (10 women x 30 h +
    10 men x 10 h = 400 h/week), and totals over the known units only."""
    units = point_layer([(0, 0), (1000, 0)], {"f_15_64": [10.0, bad], "m_15_64": [10.0, 3.0]}, name="Census")
    res, fb = warnings_of("caremap:unpaidcare", {"INPUT": units, "TIME_USE": time_use_table(), "WAGE": 2.0,
                                                 "OUTPUT": "memory:"})
    out = rows(res["OUTPUT"])
    assert out[0]["unpaid_week"] == pytest.approx(400.0)
    assert out[0]["women_share"] == pytest.approx(0.75)
    assert out[1]["unpaid_week"] is None and out[1]["value_replacement"] is None
    for name in ("unpaid_week", "unpaid_year", "women_week", "women_share", "value_replacement"):
        assert finite_or_null([r[name] for r in out]), name
    assert res["WEEKLY_HOURS"] == pytest.approx(400.0)
    assert res["REPLACEMENT_VALUE"] == pytest.approx(400.0 * 52 * 2.0)
    assert any("1 unit of layer" in w and "Census" in w for w in fb.warnings), fb.warnings


def test_unpaidcare_all_zero_population_says_so(caremap_provider):
    """Item 6: no population gives 0 hours, a NULL women's share (not NaN) and a warning."""
    units = point_layer([(0, 0), (1000, 0)], {"f_15_64": [0, 0], "m_15_64": [0, 0]}, name="Nobody")
    res, fb = warnings_of("caremap:unpaidcare", {"INPUT": units, "TIME_USE": time_use_table(), "WAGE": 2.0,
                                                 "OUTPUT": "memory:"})
    out = rows(res["OUTPUT"])
    assert [r["unpaid_week"] for r in out] == [0.0, 0.0]
    assert [r["women_share"] for r in out] == [None, None]
    assert res["WEEKLY_HOURS"] == 0.0 and res["WOMEN_SHARE"] is None
    assert any("no unpaid care hours" in w for w in fb.warnings), fb.warnings


@pytest.mark.parametrize("bad", [math.inf, math.nan])
def test_unpaidcare_non_finite_places_free_nothing(caremap_provider, bad):
    units = point_layer([(0, 0), (1000, 0)], {"f_15_64": [10.0, 10.0], "m_15_64": [0.0, 0.0]}, name="Census")
    services = point_layer([(0, 0), (1000, 0)], {"capacity_fde": [10.0, bad]}, name="Sites")
    res, fb = warnings_of("caremap:unpaidcare", {"INPUT": units, "TIME_USE": time_use_table(), "WAGE": 2.0,
                                                 "SERVICES": services, "COST_UNIT": "meters", "THRESHOLD": 100.0,
                                                 "HOURS_OPEN": 40.0, "SUBSTITUTION": 0.5, "OUTPUT": "memory:"})
    out = rows(res["OUTPUT"])
    # default places field capacity_fde: 10 places x 40 h x 0.5 = 200 h to the first unit only
    assert [r["hours_freed_week"] for r in out] == [pytest.approx(200.0), 0.0]
    assert res["HOURS_FREED"] == pytest.approx(200.0)
    assert any("Sites" in w and "capacity_fde" in w for w in fb.warnings), fb.warnings
