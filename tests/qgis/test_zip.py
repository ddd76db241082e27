"""`make zip` builds an installable plugin: unzipped into a plugins folder, QGIS loads it."""
import os
import shutil
import subprocess
import zipfile

import pytest
from layers import ROOT


@pytest.mark.skipif(shutil.which("qgis_process") is None or shutil.which("git") is None,
                    reason="needs qgis_process and git")
def test_zip_installs_and_loads(tmp_path):
    out = tmp_path / "caremap-test.zip"
    subprocess.run(["bash", os.path.join(ROOT, "scripts", "make_zip.sh"), "test", str(out)],
                   check=True, capture_output=True, text=True, timeout=600)
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
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
