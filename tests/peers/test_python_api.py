"""The kernels as a plain Python package (issue 20, item 6): the repository's
pyproject.toml builds a wheel of ``caremap_kernels`` (the kernels/ folder), which installs
into a fresh virtual environment without QGIS, and every kernel example of
docs/python-api.md runs there (the PyQGIS example runs in tests/qgis/test_startup.py).

Offline: the wheel is built with ``--no-build-isolation --no-index`` by a Python that has
setuptools and wheel (this one, or the system's), and the fresh venv gets NumPy and SciPy
from this venv's site-packages through a ``.pth`` file, standing in for
``pip install numpy scipy``; nothing is downloaded.
"""
import configparser
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DOC = os.path.join(ROOT, "docs", "python-api.md")


def python_blocks(path=DOC):
    with open(path, encoding="utf-8") as fh:
        return re.findall(r"^```python\n(.*?)^```", fh.read(), re.S | re.M)


def kernel_blocks():
    return [b for b in python_blocks() if "qgis" not in b]


def builder():
    """A Python able to build a setuptools wheel offline (setuptools + wheel installed)."""
    check = "import setuptools, wheel, pip"
    for py in (sys.executable, "/usr/bin/python3"):
        if shutil.which(py) and subprocess.run([py, "-c", check], capture_output=True).returncode == 0:
            return py
    return None


def project_table():
    import tomllib  # Python 3.11+: the peer venv

    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as fh:
        return tomllib.load(fh)


def test_package_version_is_the_plugin_version():
    parser = configparser.ConfigParser(interpolation=None)
    with open(os.path.join(ROOT, "metadata.txt"), encoding="utf-8") as fh:
        parser.read_file(fh)
    project = project_table()
    assert project["project"]["version"] == parser["general"]["version"]
    assert project["tool"]["setuptools"]["package-dir"] == {"caremap_kernels": "kernels"}


def test_docs_have_the_four_kernel_examples():
    text = "\n".join(kernel_blocks())
    for name in ("straight_line_costs", "accessibility", "care_deserts", "maximal_covering"):
        assert f"import {name}" in text or f", {name}" in text, name
    assert len([b for b in python_blocks() if "from qgis" in b]) == 1  # the PyQGIS script


RUN_DOCS = r"""
import importlib.util, json, os, sys
blocks = json.load(open(sys.argv[1]))
assert importlib.util.find_spec("qgis") is None, "QGIS is visible: not a plain venv"
assert importlib.util.find_spec("caremap") is None, "the plugin package is visible"
import caremap_kernels.fca, caremap_kernels.siting, caremap_kernels.deserts
print("FILE", caremap_kernels.__file__)
print("SCIPY_ON_IMPORT", "scipy" in sys.modules)
namespace = {}
for block in blocks:
    exec(compile(block, "docs/python-api.md", "exec"), namespace)
print("EXAMPLES_OK", len(blocks))
"""


def test_wheel_installs_into_a_fresh_venv_and_the_docs_examples_run(tmp_path):
    py = builder()
    if py is None:
        if os.environ.get("CI"):  # in CI the API must be checked, not skipped
            pytest.fail("no Python with setuptools and wheel to build the package offline")
        pytest.skip("no Python with setuptools and wheel to build the package offline")
    # a copy of what the build needs, so the build's egg-info never lands in the checkout
    src = tmp_path / "src"
    shutil.copytree(os.path.join(ROOT, "kernels"), src / "kernels",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    os.makedirs(src / "docs")
    shutil.copy(DOC, src / "docs" / "python-api.md")
    shutil.copy(os.path.join(ROOT, "pyproject.toml"), src / "pyproject.toml")
    wheels = tmp_path / "wheels"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PIP_INDEX_URL")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    built = subprocess.run([py, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                            "-w", str(wheels), str(src)], capture_output=True, text=True, env=env, timeout=120)
    assert built.returncode == 0, built.stdout[-1500:] + built.stderr[-1500:]
    (wheel,) = wheels.glob("caremap_kernels-*.whl")

    # the wheel holds the kernels and nothing of the plugin; no module imports qgis
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        modules = [n for n in names if n.endswith(".py")]
        assert modules and all(n.startswith("caremap_kernels/") for n in modules), modules
        assert {os.path.basename(n) for n in modules} == {
            f for f in os.listdir(os.path.join(ROOT, "kernels")) if f.endswith(".py")}
        for n in modules:
            assert not re.search(r"^\s*(from|import)\s+(qgis|PyQt|caremap)\b", zf.read(n).decode(), re.M), n

    # a fresh venv, no system site packages; NumPy and SciPy from this venv via a .pth
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=60)
    vpy = venv / "bin" / "python"
    site = subprocess.run([str(vpy), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    with open(os.path.join(site, "numpy_scipy_from_peers.pth"), "w") as fh:
        fh.write(sysconfig.get_paths()["purelib"] + "\n")
    installed = subprocess.run([sys.executable, "-m", "pip", "--python", str(vpy), "install", "--no-deps",
                                "--no-index", str(wheel)], capture_output=True, text=True, env=env, timeout=120)
    assert installed.returncode == 0, installed.stdout[-1500:] + installed.stderr[-1500:]

    import json

    blocks = tmp_path / "blocks.json"
    blocks.write_text(json.dumps(kernel_blocks()))
    run = subprocess.run([str(vpy), "-c", RUN_DOCS, str(blocks)], capture_output=True, text=True,
                         cwd=str(tmp_path), env=env, timeout=120)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    out = dict(line.split(" ", 1) for line in run.stdout.splitlines() if line.split(" ", 1)[0].isupper()
               and " " in line)
    # imported from the installed package, not from the checkout
    assert out["FILE"].startswith(site) and ROOT not in out["FILE"], out["FILE"]
    assert out["SCIPY_ON_IMPORT"] == "False"  # SciPy on first use (kernels/_lazy.py)
    assert out["EXAMPLES_OK"] == str(len(kernel_blocks())) and len(kernel_blocks()) >= 5
