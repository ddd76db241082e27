"""The report says an access is a two-step floating catchment only when the run's record
says the accessibility ran it; with another method or no record it names none."""
import json


def test_run_method_from_the_record(caremap_provider):
    from caremap.processing.report_text import run_method

    assert run_method(json.dumps({"caremap:accessibility": {"METHOD": "2sfca", "THRESHOLD": 10}})) == "2sfca"
    assert run_method(json.dumps({"caremap:accessibility": {"METHOD": "Gravity"}})) == "gravity"
    from caremap.kernels.fca import METHODS

    assert run_method(json.dumps({"access": {"METHOD": METHODS.index("3sfca")}})) == "3sfca"  # a dialog's index
    assert run_method(json.dumps({"METHOD": "e2sfca"})) == "e2sfca"  # a flat record
    for text in ("", "Walking, 10 minutes", json.dumps({"caremap:caregaps": {"TARGET": 0.3}}), "[1, 2]",
                 json.dumps({"x": {"METHOD": "no such"}}), json.dumps({"x": {"METHOD": 99}})):
        assert run_method(text) is None, text


def test_access_sentence_follows_the_method(caremap_provider):
    from caremap.processing.report_text import explanations

    has = {"ACCESS_FIELD": "access"}

    def sentence(method):
        return dict(explanations({}, has, 10, "walk", None, method))

    assert "two-step floating catchment" in sentence("2sfca")["Access (2SFCA)"]
    for method in (None, "gravity", "3sfca"):
        said = sentence(method)
        assert "Access (2SFCA)" not in said and "two-step" not in said["Access"], method
