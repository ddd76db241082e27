"""caremap:preflight (issue 19): the workshop pre-flight check, run through processing.run.
On this machine every check passes; each failure is simulated with monkeypatch and must be
reported with what to do, without stopping the other checks."""
import os

import pytest
from qgis.core import QgsProcessingFeedback


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.infos, self.warnings = [], []

    def pushInfo(self, text):  # noqa: N802
        self.infos.append(text)
        super().pushInfo(text)

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)
        super().pushWarning(text)


@pytest.fixture()
def module(caremap_provider):
    from caremap.processing.algorithms import preflight

    return preflight


def run(path):
    import processing

    log = Log()
    res = processing.run("caremap:preflight", {"OUTPUT": str(path)}, feedback=log)
    with open(res["OUTPUT"], encoding="utf-8") as fh:
        return res, log, fh.read()


def test_all_checks_pass_here(module, tmp_path, demo_gpkg):
    res, log, page = run(tmp_path / "preflight.html")
    assert res["N_PROBLEMS"] == 0 and res["ALL_OK"] == 1, log.warnings
    assert log.warnings == []
    oks = [t for t in log.infos if t.startswith("OK: ")]
    assert len(oks) == 6
    # the tiny run's hand-computed answer: 20 places / 100 people within 1 km, 100 of 150 covered
    assert any("access 0.2 and 0 places per person, 66.7% covered" in t for t in oks), oks
    assert page.count("class='ok'") == 6 and "class='bad'" not in page
    assert "Ready for the workshop." in page and page.startswith("<!DOCTYPE html>")
    import scipy

    assert any(f"SciPy {scipy.__version__}" in t for t in oks)


def test_text_report(module, tmp_path, demo_gpkg):
    res, _log, text = run(tmp_path / "preflight.txt")
    assert text.startswith("CareMap pre-flight check\n")
    assert sum(1 for line in text.splitlines() if line.startswith("OK ")) == 6


def test_missing_demo_data_is_reported_with_what_to_do(module, tmp_path, monkeypatch, demo_gpkg):
    empty = tmp_path / "nodata"
    empty.mkdir()
    monkeypatch.setattr(module, "DEMO_DIR", str(empty))
    res, log, page = run(tmp_path / "p.html")
    assert res["N_PROBLEMS"] == 1 and res["ALL_OK"] == 0
    assert len(log.warnings) == 1
    w = log.warnings[0]
    assert w.startswith("PROBLEM: Demo data") and "caremap_demo.gpkg: blocks" in w and "population.tif" in w
    assert "What to do: Install the plugin again from the zip" in w
    assert page.count("class='bad'") == 1 and page.count("class='ok'") == 5
    assert "Not ready: 1 check failed." in page


def test_old_qgis_and_missing_scipy_are_two_problems(module, tmp_path, monkeypatch):
    monkeypatch.setattr(module, "_qgis_version", lambda: ("3.34.0-Prizren", (3, 34, 0)))

    def no_scipy():
        raise ImportError("No module named 'scipy'")

    monkeypatch.setattr(module, "_scipy_version", no_scipy)
    res, log, page = run(tmp_path / "p.html")
    assert res["N_PROBLEMS"] == 2 and res["ALL_OK"] == 0
    qgis = next(w for w in log.warnings if w.startswith("PROBLEM: QGIS version"))
    minimum = module._metadata()["qgisMinimumVersion"]
    assert f"QGIS 3.34.0-Prizren (the plugin needs {minimum} or later)" in qgis
    assert f"Install QGIS {minimum} or later" in qgis
    sc = next(w for w in log.warnings if w.startswith("PROBLEM: SciPy"))
    assert "cannot be imported" in sc and "python3-scipy" in sc
    assert "Not ready: 2 checks failed." in page


def test_old_scipy(module, tmp_path, monkeypatch):
    monkeypatch.setattr(module, "_scipy_version", lambda: "1.8.1")
    monkeypatch.setattr(module, "MIN_SCIPY", (1, 9))
    res, log, _page = run(tmp_path / "p.html")
    assert any(w.startswith("PROBLEM: SciPy: SciPy 1.8.1 (needs 1.9 or later)") for w in log.warnings)


def test_version_tuples(module):
    assert module._version_tuple("3.38") == (3, 38, 0)
    assert module._version_tuple("1.11.4") == (1, 11, 4)
    assert module._version_tuple("1.13.0rc1") == (1, 13, 0)
    assert module._version_tuple("3.40") > module._version_tuple("3.38")
    assert module._version_tuple("3.9") < module._version_tuple("3.38")


def test_missing_style_file(module, tmp_path, monkeypatch, demo_gpkg):
    from caremap.processing import styling

    styles = tmp_path / "styles"
    styles.mkdir()
    for name in {r[0] for r in styling.RULES} - {"gaps"}:
        (styles / f"{name}.qml").write_text("<qgis/>")
    monkeypatch.setattr(styling, "STYLE_DIR", str(styles))
    res, log, _page = run(tmp_path / "p.html")
    assert res["N_PROBLEMS"] == 1
    assert log.warnings[0].startswith("PROBLEM: Map styles: Style files missing: gaps.qml")
    assert os.path.isdir(styles)
