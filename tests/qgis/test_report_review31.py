"""Review 31: the report's chart numbers in each language's convention (120k, 120 mil,
1,5 mi), the report's error on a time flag that is not 0/1 names the layer, the field and
what was found, and the pre-flight text report's words come from tr()."""
import re

import numpy as np
import pytest
from layers import polygon_layer
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

NBSP = "\u00a0"


class in_locale:
    """QLocale() is ``name`` inside the block (the locale the report writes numbers in)."""

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        self.old = QLocale()
        QLocale.setDefault(QLocale(self.name))
        return self

    def __exit__(self, *exc):
        QLocale.setDefault(self.old)


class FakeTranslator(QTranslator):
    """A translator for the CareMap context from a dict (no .qm needed): what it does not
    know stays English, as Qt does."""

    def __init__(self, words):
        super().__init__()
        self.words = words

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 (Qt's name)
        return self.words.get(source) if context == "CareMap" else None  # None: not translated here

    def isEmpty(self):  # noqa: N802
        return False


class installed:
    def __init__(self, translator):
        self.translator = translator

    def __enter__(self):
        QCoreApplication.installTranslator(self.translator)
        return self

    def __exit__(self, *exc):
        QCoreApplication.removeTranslator(self.translator)


# ---------------------------------------------------------------- 1. chart numbers
# hand-written: the thousands whole, the millions with one decimal, the locale's decimal
# separator (as report_text.dec writes it), the language's suffix
EXPECTED = {
    "en_US": ["120k", "1.5M", "1.0M", "12,345", "0.25", "-250k"],
    "es_ES": [f"120{NBSP}mil", f"1,5{NBSP}M", f"1,0{NBSP}M", "12.345", "0,25", f"-250{NBSP}mil"],
    "es_CO": [f"120{NBSP}mil", f"1,5{NBSP}M", f"1,0{NBSP}M", "12.345", "0,25", f"-250{NBSP}mil"],
    "pt_BR": [f"120{NBSP}mil", f"1,5{NBSP}mi", f"1,0{NBSP}mi", "12.345", "0,25", f"-250{NBSP}mil"],
    "fr_FR": [f"120{NBSP}k", f"1,5{NBSP}M", f"1,0{NBSP}M", "12\u202f345", "0,25", f"-250{NBSP}k"],
}


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_chart_numbers_follow_the_language(caremap_provider, locale):
    from caremap.processing import report_svg, report_text

    with in_locale(locale):
        got = [report_svg._fmt(v) for v in (120000.0, 1.5e6, 999700.0, 12345.0, 0.25, -250000.0)]
        assert got == EXPECTED[locale]
        # the decimal separator is the one of the report's other numbers
        assert report_svg._fmt(2.5e6).startswith(report_text.dec(2.5, 1))
        assert report_svg._fmt(float("nan")) == "" and report_svg._fmt(None) == ""


@pytest.mark.parametrize("locale, ticks", [
    ("en_US", ["0", "500k", "1.0M", "1.5M"]),
    ("es_ES", ["0", f"500{NBSP}mil", f"1,0{NBSP}M", f"1,5{NBSP}M"]),
    ("pt_BR", ["0", f"500{NBSP}mil", f"1,0{NBSP}mi", f"1,5{NBSP}mi"]),
    ("fr_FR", ["0", f"500{NBSP}k", f"1,0{NBSP}M", f"1,5{NBSP}M"]),
])
def test_the_axis_ticks_of_a_chart_in_each_language(caremap_provider, locale, ticks):
    from caremap.processing import report_svg

    # top 1.4 million: nice_axis(1.4e6, 5) steps by 500,000 -> 0, 0.5, 1.0, 1.5 million
    with in_locale(locale):
        svg = report_svg.bar_chart("Demand", ["North", "South"], [np.array([1.4e6, 3.0e5])], ["demand"])
    labels = re.findall(r'text-anchor="end" font-weight="normal" font-family="sans-serif">([^<]*)</text>', svg)
    assert labels[:4] == ticks
    assert ("North: demand " + {"en_US": "1.4M", "es_ES": f"1,4{NBSP}M", "pt_BR": f"1,4{NBSP}mi",
                                 "fr_FR": f"1,4{NBSP}M"}[locale]) in svg


# ---------------------------------------------------------------- 2. time flags
def blocks(**extra):
    fields = {"care_demand": [100.0, 300.0, 200.0, 400.0, None], "cost_nearest": [5.0, 6.0, 8.0, 30.0, 2.0],
              "covered_evening": [1, 0, 1, 0, 1], "covered_saturday": [0, 0, 1, None, 1]}
    fields.update(extra)
    return polygon_layer([(i * 100, 0, 100) for i in range(5)], fields, name="Blocks of Soacha")


def test_a_time_flag_that_is_not_0_or_1_is_named_with_what_was_found(caremap_provider, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException) as err:
        processing.run("caremap:report", {
            "UNITS": blocks(covered_saturday=[0, 3, 0.5, None, 1]), "OUTPUT_HTML": str(tmp_path / "r.html")},
            feedback=QgsProcessingFeedback())
    text = str(err.value)
    # covered_saturday holds 3 and 0.5 (2 values), covered_evening is a good flag: not named
    assert "Field 'covered_saturday' of layer Care map units (result layer) (Blocks of Soacha) holds 2 values other than 0, 1 or empty " \
           "(e.g. 3)." in text
    assert "covered_evening" not in text
    assert "give the units layer these algorithms wrote, or correct the values" in text
    assert not (tmp_path / "r.html").exists()

    with pytest.raises(QgsProcessingException) as err:
        processing.run("caremap:report", {
            "UNITS": blocks(covered_evening=[2, 0, 1, 0, 1], temporal_desert=[0, -1, 0, 0, 0]),
            "OUTPUT_HTML": str(tmp_path / "r2.html")}, feedback=QgsProcessingFeedback())
    text = str(err.value)
    assert "Field 'covered_evening' of layer Care map units (result layer) (Blocks of Soacha) holds 1 value other than 0, 1 or empty " \
           "(e.g. 2)." in text
    assert "Field 'temporal_desert' of layer Care map units (result layer) (Blocks of Soacha) holds 1 value other than 0, 1 or empty " \
           "(e.g. -1)." in text
    assert "covered_saturday" not in text


# ---------------------------------------------------------------- 3. pre-flight words
SPANISH = {"OK": "CORRECTO", "PROBLEM": "PROBLEMA", "What to do: {0}": "Qué hacer: {0}",
           "CareMap pre-flight check": "Comprobación previa de CareMap", "Map styles": "Estilos de mapa",
           "en": "es"}


def _preflight(path, monkeypatch):
    from caremap.processing.algorithms import preflight

    import processing

    monkeypatch.setattr(preflight.PreflightAlgorithm, "check_styles",
                        lambda self: (False, "gaps.qml missing", "Install the plugin again."))
    res = processing.run("caremap:preflight", {"OUTPUT": str(path)}, feedback=QgsProcessingFeedback())
    with open(res["OUTPUT"], encoding="utf-8") as fh:
        return fh.read().splitlines()


def test_preflight_text_report_words_come_from_tr(caremap_provider, tmp_path, monkeypatch, demo_gpkg):
    english = _preflight(tmp_path / "en.txt", monkeypatch)
    assert "PROBLEM  Map styles: gaps.qml missing" in english
    assert "         What to do: Install the plugin again." in english
    assert sum(1 for line in english if line.startswith("OK       ")) == 5

    with installed(FakeTranslator(SPANISH)), in_locale("es_ES"):
        lines = _preflight(tmp_path / "es.txt", monkeypatch)
        page = "\n".join(_preflight(tmp_path / "es.html", monkeypatch))
    assert lines[0] == "Comprobación previa de CareMap"
    # the check names line up after the longest word (CORRECTO, 8 letters) and two spaces
    assert "PROBLEMA  Estilos de mapa: gaps.qml missing" in lines
    assert "          Qué hacer: Install the plugin again." in lines
    assert sum(1 for line in lines if line.startswith("CORRECTO  ")) == 5
    assert not [line for line in lines if re.match(r"(OK|PROBLEM)\b", line)]
    # the tiny run's numbers as the Spanish locale writes them: 20 / 100 = 0,2; 100 of 150 = 66,7%
    assert any("access 0,2 and 0 places per person, 66,7% covered (expected 0,2 and 0, 66,7%)" in line
               for line in lines), lines
    assert "class='ok'>CORRECTO<" in page and "class='bad'>PROBLEMA<" in page and "lang='es'" in page


def test_the_threshold_is_quoted_in_the_number_locale(caremap_provider, tmp_path):
    """A threshold of 12.5 minutes reads 12,5 in a Portuguese report (sentences, cards,
    the coverage chart and the method table), as its percentages do, never 12.5."""
    import processing

    with in_locale("pt_BR"):
        res = processing.run("caremap:report", {
            "UNITS": blocks(), "THRESHOLD": 12.5, "OUTPUT_HTML": str(tmp_path / "r.html")},
            feedback=QgsProcessingFeedback())
    with open(res["OUTPUT_HTML"], encoding="utf-8") as fh:
        page = fh.read()
    assert "within 12,5 minutes" in page and "12,5 min" in page, page
    assert "12.5" not in page
