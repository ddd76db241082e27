"""`make zip` builds an installable plugin: unzipped into a plugins folder, QGIS loads it."""
import hashlib
import os
import re
import shutil
import subprocess
import zipfile

import pytest
from layers import ROOT


def _tracked_status():
    """git status of the tracked files, with the content hash of each changed one."""
    lines = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                           check=True, capture_output=True, text=True).stdout.splitlines()
    status = {}
    for line in lines:
        path = line[3:].split(" -> ")[-1]
        full = os.path.join(ROOT, path)
        digest = hashlib.sha1(open(full, "rb").read()).hexdigest() if os.path.isfile(full) else None
        status[path] = (line[:2], digest)
    return status


def test_make_zip_needs_no_test_venv():
    """`make zip` builds from git, lrelease and zip only: no venv set-up, no i18n update."""
    makefile = open(os.path.join(ROOT, "Makefile"), encoding="utf-8").read()
    rule = re.search(r"^zip:(.*)$", makefile, re.M)
    assert rule is not None and rule.group(1).strip() == "", rule and rule.group(0)
    script = open(os.path.join(ROOT, "scripts", "make_zip.sh"), encoding="utf-8").read()
    assert "scripts/i18n.sh\"" not in script and "i18n_extract" not in script


@pytest.mark.skipif(shutil.which("qgis_process") is None or shutil.which("git") is None,
                    reason="needs qgis_process and git")
def test_zip_installs_and_loads(tmp_path):
    out = tmp_path / "caremap-test.zip"
    before = _tracked_status()
    subprocess.run(["bash", os.path.join(ROOT, "scripts", "make_zip.sh"), "test", str(out)],
                   check=True, capture_output=True, text=True, timeout=600)
    # building the zip leaves the working tree as it was: no tracked file (i18n/*.ts) rewritten
    assert _tracked_status() == before
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        # translations compiled into the package (not taken from, nor written to, the checkout)
        for lang in ("es", "pt", "fr"):
            assert f"caremap/i18n/caremap_{lang}.qm" in names, lang
        meta = z.read("caremap/metadata.txt").decode("utf-8")
        assert "edit me" not in meta.lower()
        assert "qgisMinimumVersion=3.38" in meta
        assert all(n.startswith("caremap/") for n in names)
        for needed in ("caremap/__init__.py", "caremap/metadata.txt", "caremap/plugin.py",
                       "caremap/processing/provider.py", "caremap/kernels/__init__.py", "caremap/LICENSE"):
            assert needed in names, needed
        assert not any(n.startswith(("caremap/tests/", "caremap/bench/", "caremap/.ci/")) for n in names)
        plugins = tmp_path / "plugins"
        z.extractall(plugins)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(plugins),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"))
    enable = subprocess.run(["qgis_process", "plugins", "enable", "caremap"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert enable.returncode == 0, enable.stdout + enable.stderr
    listing = subprocess.run(["qgis_process", "list"], env=env, capture_output=True, text=True, timeout=300)
    assert "CareMap" in listing.stdout
    # the loaded plugin is the unzipped copy, not this checkout
    info = subprocess.run(["qgis_process", "plugins"], env=env, capture_output=True, text=True, timeout=300)
    assert "caremap" in info.stdout
