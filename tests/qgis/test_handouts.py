"""The one-page handout as printable PDFs in en, es and pt (issue 19, participant
material): scripts/make_handouts.py prints each on one A4 page, and the PDFs the workshop
uses are in the repository."""
import importlib.util
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


def _make_handouts():
    spec = importlib.util.spec_from_file_location("make_handouts", ROOT / "scripts" / "make_handouts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_handout_prints_on_one_page(qgis_app, tmp_path, lang):
    mh = _make_handouts()
    markdown = (ROOT / "docs" / mh.SOURCES[lang]).read_text(encoding="utf-8")
    out = tmp_path / f"handout.{lang}.pdf"
    assert mh.print_pdf(markdown, str(out), "t") == 1
    assert out.stat().st_size > 10_000
    committed = ROOT / "docs" / "workshop" / f"handout.{lang}.pdf"
    assert committed.exists() and committed.stat().st_size > 10_000


def test_handouts_quote_the_same_fields():
    """The three languages list the same fields, in the same order."""
    import re

    fields = {}
    for lang, name in _make_handouts().SOURCES.items():
        text = (ROOT / "docs" / name).read_text(encoding="utf-8")
        fields[lang] = re.findall(r"^\| (`[^|]+`) \|", text, re.M)
    assert fields["en"] and fields["en"] == fields["es"] == fields["pt"], fields


def test_html_escapes_and_keeps_the_table():
    mh = _make_handouts()
    html = mh.to_html("# T\n\nA < B & **bold**\n\n| a | b |\n|---|---|\n| `x` | 1 |\n")
    assert "A &lt; B &amp; <b>bold</b>" in html and "<code>x</code>" in html and html.count("<tr>") == 2
