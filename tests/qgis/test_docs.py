"""The algorithm reference in docs/ is the one the code generates (no drift): the Markdown
reference, the rendered HTML reference the Help button opens (English, and es/pt/fr with
the plugin's translations) and the rendered methods page the help panel's formula link
opens; every anchor they point to exists."""
import importlib.util
import os
import re
from urllib.parse import urlparse
from urllib.request import url2pathname

import pytest
from layers import ROOT
from qgis.core import QgsApplication


def _make_docs():
    spec = importlib.util.spec_from_file_location("make_docs", os.path.join(ROOT, "scripts", "make_docs.py"))
    make_docs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_docs)
    return make_docs


MAKE_DOCS = _make_docs()
HTML_DIR = os.path.join(ROOT, "docs", "html")


def _read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def _ids(path):
    return set(re.findall(r'\bid="([^"]+)"', _read(path)))


def _local(url):
    """(path, fragment) of a file:// URL."""
    parsed = urlparse(url)
    assert parsed.scheme == "file", url
    return url2pathname(parsed.path), parsed.fragment


@pytest.fixture
def language():
    """Set the language QGIS runs in for one test (QgsApplication.translation())."""
    app = QgsApplication.instance()
    before = app.translation()
    yield app.setTranslation
    app.setTranslation(before)


def test_algorithm_reference_is_current(caremap_provider):
    expected = MAKE_DOCS.render(caremap_provider)
    committed = _read(MAKE_DOCS.OUT)
    assert committed == expected, "docs/algorithms.md is stale: run scripts/make_docs.py (make docs)"


def test_html_reference_and_methods_are_current(caremap_provider):
    """docs/html/{algorithms,algorithms.es,algorithms.pt,algorithms.fr,methods}.html are the
    files make_docs writes now (the language pages with that language's .qm installed)."""
    expected = MAKE_DOCS.render_html_files(caremap_provider)
    names = sorted(os.path.basename(p) for p in expected)
    assert names == ["algorithms.es.html", "algorithms.fr.html", "algorithms.html", "algorithms.pt.html",
                     "methods.html"], names
    stale = [os.path.basename(p) for p, text in expected.items() if not os.path.exists(p) or _read(p) != text]
    assert not stale, f"{stale} stale: run scripts/make_docs.py (make docs)"


def test_html_pages_are_self_contained_and_fit_any_width():
    for name in ("algorithms.html", "algorithms.es.html", "methods.html"):
        text = _read(os.path.join(HTML_DIR, name))
        assert '<meta name="viewport" content="width=device-width' in text and "max-width" in text, name
        assert not re.search(r'(?:src|href)="(?:https?:)?//', text), f"{name} loads an external resource"
        assert "<script" not in text and "<link" not in text, name
        assert "overflow-x: auto" in text  # wide tables scroll inside their box, not the page


@pytest.mark.parametrize("page", ["algorithms.html", "algorithms.es.html", "algorithms.pt.html",
                                  "algorithms.fr.html"])
def test_every_algorithm_has_its_section(page, caremap_provider):
    ids = _ids(os.path.join(HTML_DIR, page))
    missing = [a.name() for a in caremap_provider.algorithms() if a.name() not in ids]
    assert not missing, f"{page}: no section for {missing}"


def test_every_method_anchor_exists_in_methods_html(caremap_provider):
    from caremap.processing.help_links import METHOD_ANCHORS

    ids = _ids(os.path.join(HTML_DIR, "methods.html"))
    assert {"4-accessibility-2sfca-and-its-family", "references"} <= ids
    names = {a.name() for a in caremap_provider.algorithms()}
    assert set(METHOD_ANCHORS) <= names, set(METHOD_ANCHORS) - names
    assert len(METHOD_ANCHORS) >= len(names) - 1  # every algorithm with a formula has its section
    missing = {k: v for k, v in METHOD_ANCHORS.items() if v not in ids}
    assert not missing, f"anchors not in docs/html/methods.html: {missing}"
    # the page's own contents links land on its headings
    links = set(re.findall(r'href="#([^"]+)"', _read(os.path.join(HTML_DIR, "methods.html"))))
    assert links and links <= ids, links - ids


def test_methods_html_renders_formulas_and_tables():
    text = _read(os.path.join(HTML_DIR, "methods.html"))
    assert "<blockquote>" in text and "capacity_fde = capacity × min(1, hours_per_day / 8)" in text
    assert "<sub>i</sub>" in text  # inline HTML of the formulas kept, not escaped
    assert "<table>" in text and "&lt;sub&gt;" not in text
    assert 'href="algorithms.html"' in text  # algorithms.md -> the rendered page beside it


def test_help_button_and_formula_link_point_to_existing_files(caremap_provider, language):
    language("en")
    for alg in caremap_provider.algorithms():
        path, fragment = _local(alg.helpUrl())
        assert os.path.basename(path) == "algorithms.html" and os.path.exists(path), alg.helpUrl()
        assert fragment == alg.name() and fragment in _ids(path)
    acc = caremap_provider.algorithm("accessibility")
    link = re.search(r'<a href="([^"]+)">', acc.shortHelpString())
    assert link, acc.shortHelpString()[-300:]
    path, fragment = _local(link.group(1))
    assert os.path.basename(path) == "methods.html" and os.path.exists(path)
    assert fragment == "4-accessibility-2sfca-and-its-family" and fragment in _ids(path)


def test_spanish_page_when_qgis_runs_in_spanish(caremap_provider, language):
    acc = caremap_provider.algorithm("accessibility")
    language("es")
    path, fragment = _local(acc.helpUrl())
    assert os.path.basename(path) == "algorithms.es.html" and fragment == "accessibility"
    section = _read(path).split('<section id="accessibility">', 1)[1].split("</section>", 1)[0]
    assert "<h2>Accesibilidad al cuidado</h2>" in section  # translated with the plugin's .qm
    language("pt_BR")
    assert os.path.basename(_local(acc.helpUrl())[0]) == "algorithms.pt.html"
    language("de")  # no German page: English
    assert os.path.basename(_local(acc.helpUrl())[0]) == "algorithms.html"
