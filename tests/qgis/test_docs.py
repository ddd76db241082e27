"""The algorithm reference in docs/ is the one the code generates (no drift)."""
import importlib.util
import os

from layers import ROOT


def test_algorithm_reference_is_current(caremap_provider):
    spec = importlib.util.spec_from_file_location("make_docs", os.path.join(ROOT, "scripts", "make_docs.py"))
    make_docs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_docs)
    expected = make_docs.render(caremap_provider)
    with open(make_docs.OUT, encoding="utf-8") as fh:
        committed = fh.read()
    assert committed == expected, "docs/algorithms.md is stale: run scripts/make_docs.py (make docs)"
