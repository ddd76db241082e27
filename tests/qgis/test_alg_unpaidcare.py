"""caremap:unpaidcare through processing.run, hand-checked."""
import pytest
from layers import memory_layer, point_layer
from qgis.core import QgsProcessingException, QgsProcessingFeedback


def time_use():
    return memory_layer("None", [None] * 4, {"sex": ["f", "m", "f", "m"],
                                             "age_band": ["15-29", "15-29", "30-64", "30-64"],
                                             "weekly_hours": [20.0, 5.0, 30.0, 10.0]})


def units():
    return point_layer([(0, 0), (3000, 0)], {"f_15_29": [10, 0], "m_15_29": [10, 0],
                                             "f_30_64": [5, 2], "m_30_64": [0, 4], "kids": [6.0, 1.0]})


def run(params, feedback=None):
    import processing

    base = {"INPUT": units(), "TIME_USE": time_use(), "WAGE": 3.0, "OUTPUT": "TEMPORARY_OUTPUT",
            "COST_UNIT": "meters", "THRESHOLD": 500.0}
    base.update(params)
    return processing.run("caremap:unpaidcare", base, feedback=feedback or QgsProcessingFeedback())


def field(layer, name):
    return [f[name] for f in layer.getFeatures()]


def test_hours_value_and_shares(caremap_provider):
    res = run({"WAGE_WOMEN": 4.0, "WAGE_MEN": 6.0, "GDP": 1e6})
    out = res["OUTPUT"]
    # unit 0: women 10*20 + 5*30 = 350, men 10*5 = 50; unit 1: women 60, men 40
    assert field(out, "unpaid_week") == pytest.approx([400.0, 100.0])
    assert field(out, "women_share") == pytest.approx([350 / 400, 0.6])
    assert field(out, "unpaid_year") == pytest.approx([400 * 52, 100 * 52])
    assert field(out, "value_replacement") == pytest.approx([400 * 52 * 3, 100 * 52 * 3])
    assert field(out, "value_opportunity") == pytest.approx([52 * (350 * 4 + 50 * 6), 52 * (60 * 4 + 40 * 6)])
    assert res["GDP_SHARE"] == pytest.approx(500 * 52 * 3 / 1e6)
    assert res["WOMEN_SHARE"] == pytest.approx(410 / 500)
    assert field(out, "kids") == [6.0, 1.0]


def test_services_free_hours(caremap_provider):
    services = point_layer([(100, 0), (9000, 0)], {"places": [10.0, 50.0], "hours": [40.0, 50.0]})
    res = run({"SERVICES": services, "SERVICE_CAPACITY_FIELD": "places", "SERVICE_HOURS_FIELD": "hours",
               "SUBSTITUTION": 0.5, "SERVICE_DEMAND_FIELD": "kids"})
    out = res["OUTPUT"]
    assert field(out, "hours_freed_week") == pytest.approx([200.0, 0.0])   # 10 x 40 x 0.5
    assert field(out, "freed_share") == pytest.approx([0.5, 0.0])
    assert res["HOURS_FREED"] == pytest.approx(200.0)


def test_csv_time_use_and_band_mapping(caremap_provider, tmp_path):
    csv = tmp_path / "tu.csv"
    csv.write_text("sex,age_band,weekly_hours\nF,15-29,20\nM,15-29,5\n")
    res = run({"TIME_USE": str(csv), "BAND_FIELDS": "f:15-29=f_15_29; m:15-29=m_15_29"})
    assert field(res["OUTPUT"], "unpaid_week") == pytest.approx([250.0, 0.0])


@pytest.mark.parametrize("params, message", [
    ({"BAND_FIELDS": "f:15-29=f_15_29; f:65+=f_30_64"}, "no row for sex 'f', age band '65\\+'"),
    ({"BAND_FIELDS": "f15=f_15_29"}, "sex:age_band=field"),
    ({"INPUT": None}, "INPUT"),
])
def test_bad_input(caremap_provider, params, message):
    with pytest.raises(QgsProcessingException, match=message):
        run(params)


def test_no_matching_fields_and_zero_capacity(caremap_provider):
    with pytest.raises(QgsProcessingException, match="'Band to field mapping") as err:
        run({"INPUT": point_layer([(0, 0)], {"pop": [1.0]})})
    assert "BAND_FIELDS" not in str(err.value) and "(points)" in str(err.value)
    services = point_layer([(100, 0)], {"places": [0.0]})
    with pytest.raises(QgsProcessingException, match="capacity 0"):
        run({"SERVICES": services, "SERVICE_CAPACITY_FIELD": "places"})


def test_cancelled_feedback(caremap_provider):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancel"):
        run({}, feedback)


def test_constant_places_and_hours(caremap_provider):
    services = point_layer([(100, 0)], {"name": ["new"]})
    res = run({"SERVICES": services, "PLACES": 20.0, "HOURS_OPEN": 50.0, "SUBSTITUTION": 0.25})
    assert field(res["OUTPUT"], "hours_freed_week") == pytest.approx([250.0, 0.0])
    with pytest.raises(QgsProcessingException, match="'Places per service .*' is 0") as err:
        run({"SERVICES": services, "PLACES": 0.0})
    assert "PLACES" not in str(err.value)


# --------------------------------------------------------------------------- bad input (issue 11)
def test_service_reach_zero_is_refused(caremap_provider):
    services = point_layer([(100, 0)], {"places": [10.0]})
    with pytest.raises(QgsProcessingException, match="'Service reach \\(in the cost unit, inclusive\\)' is 0") as e:
        run({"SERVICES": services, "SERVICE_CAPACITY_FIELD": "places", "THRESHOLD": 0.0})
    assert "THRESHOLD" not in str(e.value)


def test_negative_population_names_the_field(caremap_provider):
    neg = point_layer([(0, 0), (3000, 0)], {"f_15_29": [10, -3], "m_15_29": [10, 0], "f_30_64": [5, 2],
                                            "m_30_64": [0, 4]}, name="blocks")
    with pytest.raises(QgsProcessingException, match="Field 'f_15_29' of layer .*\\(blocks\\) has 1 negative"):
        run({"INPUT": neg})


def test_band_mapping_with_spaces_and_accents(caremap_provider):
    """A field name with spaces and accents maps like any other: same hours as by name."""
    odd = point_layer([(0, 0), (3000, 0)], {"población f 15": [10, 0], "m_15_29": [10, 0], "f_30_64": [5, 2],
                                            "m_30_64": [0, 4]})
    res = run({"INPUT": odd, "BAND_FIELDS": "f:15-29=población f 15; m:15-29=m_15_29; f:30-64=f_30_64; "
                                            "m:30-64=m_30_64"})
    assert field(res["OUTPUT"], "unpaid_week") == pytest.approx([400.0, 100.0])


def test_dialog_order_default_reach_and_plural_warning(caremap_provider):
    """What (units, time-use table), the wage, the services, their reach (the one default
    threshold) and the costs; the rest advanced. One service with a NULL places value is
    counted in the singular (trn), and frees nothing: the other one's 10 places x 40 hours
    x 0.5 = 200 hours a week, all to unit 0 (unit 1 is 3000 m away)."""
    from caremap.kernels.costs import DEFAULT_THRESHOLD_MINUTES
    from layers import Recorder
    from test_alg_accessibility import _visible

    alg = caremap_provider.algorithm("unpaidcare")
    assert _visible(alg) == ["INPUT", "TIME_USE", "SEX_FIELD", "AGE_BAND_FIELD", "HOURS_FIELD", "WAGE", "SERVICES",
                             "SERVICE_CAPACITY_FIELD", "PLACES", "HOURS_OPEN", "SUBSTITUTION", "THRESHOLD",
                             "COST_MODE", "NETWORK", "COST_UNIT", "SPEED"]
    assert alg.parameterDefinition("THRESHOLD").defaultValue() == DEFAULT_THRESHOLD_MINUTES
    services = point_layer([(10, 0), (20, 0)], {"places": [10.0, None]}, name="centres")
    fb = Recorder()
    res = run({"SERVICES": services, "SERVICE_CAPACITY_FIELD": "places"}, fb)
    assert res["HOURS_FREED"] == pytest.approx(200.0)
    assert field(res["OUTPUT"], "hours_freed_week") == pytest.approx([200.0, 0.0])
    assert any(w.startswith("1 service of layer ") and "with a NULL (or non-finite) 'places': no hours freed." in w
               for w in fb.warnings), fb.warnings


def test_hours_freed_count_only_the_hours_the_services_are_open(caremap_provider):
    """Opening hours (issue 13 item 5): the hours a week each service is open come from its
    schedule; empty or not understood keep 'Hours open per week' (named in a warning)."""
    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)
            super().pushWarning(text)

    services = point_layer([(100, 0), (0, 100), (3000, 100), (3000, -100)], {
        "places": [10.0, 1.0, 4.0, 2.0],
        "opening_hours": ["Mo-Fr 07:00-13:00", "Sa 09:00-11:30", None, "by appointment"]})
    fb = Log()
    res = run({"SERVICES": services, "SERVICE_CAPACITY_FIELD": "places", "HOURS_OPEN": 40.0,
               "SERVICE_OPENING_HOURS_FIELD": "opening_hours", "SUBSTITUTION": 0.5}, fb)
    # unit 0: 10 places x 30 h (5 x 6) x 0.5 = 150, plus 1 place x 2.5 h x 0.5 = 1.25
    # unit 1: NULL hours and 'by appointment' keep 40 h: 4 x 40 x 0.5 + 2 x 40 x 0.5 = 120
    assert field(res["OUTPUT"], "hours_freed_week") == pytest.approx([151.25, 120.0])
    assert field(res["OUTPUT"], "freed_share") == pytest.approx([151.25 / 400, 1.0])
    assert res["HOURS_FREED"] == pytest.approx(271.25)
    assert any("'by appointment'" in w and "1 service " in w for w in fb.warnings)
    # without the field: 40 hours for every service
    res = run({"SERVICES": services, "SERVICE_CAPACITY_FIELD": "places", "HOURS_OPEN": 40.0, "SUBSTITUTION": 0.5})
    assert field(res["OUTPUT"], "hours_freed_week") == pytest.approx([11 * 40 * 0.5, 120.0])


def test_no_hours_logs_no_women_share(caremap_provider):
    """Every population 0: the women's share has no meaning (WOMEN_SHARE None, a warning);
    the log never shows it as '0.0% by women'."""
    from layers import Recorder

    fb = Recorder()
    zero = point_layer([(0, 0), (3000, 0)], {"f_15_29": [0, 0], "m_15_29": [0, 0], "f_30_64": [0, 0],
                                            "m_30_64": [0, 0]})
    res = run({"INPUT": zero}, fb)
    assert res["WOMEN_SHARE"] is None and res["WEEKLY_HOURS"] == 0
    assert any("the women's share has no meaning" in w for w in fb.warnings), fb.warnings
    assert not any("by women" in i for i in fb.infos), fb.infos
