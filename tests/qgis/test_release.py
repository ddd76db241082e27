"""The release artefacts a trainer downloads (issue 19, offline set-up: "a ready plugin zip
as a release artefact, no Linux build needed"): release/caremap-<version>.zip is the plugin
of this version with what the workshop needs, and release/caremap-workshop-<version>.zip
holds the catch-up data of every step."""
import os
import re
import zipfile

from layers import ROOT

VERSION = re.search(r"^version=(.+)$", open(os.path.join(ROOT, "metadata.txt"), encoding="utf-8").read(),
                    re.M).group(1).strip()


def test_plugin_zip_is_this_version_with_the_workshop_files():
    path = os.path.join(ROOT, "release", f"caremap-{VERSION}.zip")
    assert os.path.exists(path), "run make release and commit release/"
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        meta = z.read("caremap/metadata.txt").decode("utf-8")
    assert re.search(rf"^version={re.escape(VERSION)}$", meta, re.M)
    for need in ("caremap/__init__.py", "caremap/data/demo/caremap_demo.qgz", "caremap/data/demo/caremap_demo.gpkg",
                 "caremap/i18n/caremap_es.qm", "caremap/i18n/caremap_pt.qm", "caremap/docs/html/algorithms.es.html",
                 "caremap/docs/workshop/handout.es.pdf", "caremap/processing/algorithms/preflight.py"):
        assert need in names, need
    assert not any(n.startswith("caremap/release/") or n.startswith("caremap/tests/") for n in names)


def test_workshop_zip_has_every_step():
    path = os.path.join(ROOT, "release", f"caremap-workshop-{VERSION}.zip")
    assert os.path.exists(path), "run make release and commit release/"
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
    steps = {f"workshop/step_{n:02d}.gpkg" for n in range(2, 12)}
    assert steps <= names, sorted(steps - names)
    assert "workshop/README.md" in names and "workshop/step_12_report.html" in names
