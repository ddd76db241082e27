"""Start-up (issue 20, item 4): QGIS loads the CareMap provider at every start, and
``qgis_process`` even to run another provider's algorithm, so loading it must not
import SciPy (about 430 modules, a third of a second); the kernels import it on first
use (kernels/_lazy.py). Timings are printed by bench/bench_startup.py, not tested."""
import ast
import glob
import os
import subprocess
import sys

from layers import ROOT

PKG_DIR = os.path.join(ROOT, ".pkg")  # holds the link caremap -> the checkout (tests/conftest.py)

PROBE = r"""
import os, sys
sys.path.insert(0, sys.argv[1])
from qgis.core import QgsApplication
app = QgsApplication([], False); app.initQgis()
sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
from processing.core.Processing import Processing
Processing.initialize()
assert "scipy" not in sys.modules, "QGIS itself imported scipy: the probe cannot tell"
import caremap
plugin = caremap.classFactory(None)   # as qgis_process does: no iface
plugin.initProcessing()
provider = QgsApplication.processingRegistry().providerById("caremap")
ids = []
for alg in provider.algorithms():
    ids.append(alg.id())
    alg.parameterDefinitions(); alg.outputDefinitions(); alg.shortHelpString()
    alg.createInstance().initAlgorithm({})
print("ALGORITHMS", len(ids))
print("SCIPY_AFTER_LOAD", sorted(m for m in sys.modules if m.split(".")[0] == "scipy")[:5])
# the same probe sees SciPy once a kernel that needs it runs
import numpy as np
from caremap.kernels.costs import straight_line_costs
straight_line_costs(np.zeros((1, 2)), np.ones((1, 2)), 10.0)
print("SCIPY_AFTER_RUN", "scipy.spatial" in sys.modules)
"""


def probe(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PROBE, PKG_DIR], env=env, cwd=str(tmp_path),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return dict(line.split(" ", 1) for line in done.stdout.splitlines() if line[:1].isupper())


def test_loading_the_provider_does_not_import_scipy(caremap_provider, tmp_path):
    out = probe(tmp_path)
    # every algorithm was loaded and initialised, in a fresh Python
    assert int(out["ALGORITHMS"]) == len(caremap_provider.algorithms()) > 10
    assert out["SCIPY_AFTER_LOAD"] == "[]", f"SciPy imported at start-up: {out['SCIPY_AFTER_LOAD']}"
    # and the probe can see SciPy: a kernel that needs it imports it when it runs
    assert out["SCIPY_AFTER_RUN"] == "True"


def top_level_scipy_imports(path):
    """Module-level ``import scipy...`` / ``from scipy... import`` statements of a file
    (imports inside functions are run when the function is, and are fine)."""
    tree = ast.parse(open(path, encoding="utf-8").read(), path)
    found = []
    for node in tree.body:  # module level only, including under if/try at top level
        for sub in ast.walk(node) if not isinstance(node, (ast.FunctionDef, ast.ClassDef)) else ():
            if isinstance(sub, ast.Import) and any(a.name.split(".")[0] == "scipy" for a in sub.names):
                found.append(sub.lineno)
            elif isinstance(sub, ast.ImportFrom) and (sub.module or "").split(".")[0] == "scipy":
                found.append(sub.lineno)
    return found


def test_no_module_imports_scipy_at_import_time(tmp_path):
    """The static form of the check above, naming the file and line to fix: SciPy is
    named through kernels/_lazy.py stand-ins (or imported inside the function)."""
    files = [*glob.glob(os.path.join(ROOT, "kernels", "*.py")),
             *glob.glob(os.path.join(ROOT, "processing", "**", "*.py"), recursive=True),
             *glob.glob(os.path.join(ROOT, "ui", "*.py")), os.path.join(ROOT, "plugin.py")]
    bad = {os.path.relpath(f, ROOT): lines for f in files if (lines := top_level_scipy_imports(f))}
    assert not bad, f"module-level SciPy imports (use kernels/_lazy.py): {bad}"
    # the check itself sees one
    sample = tmp_path / "sample.py"
    sample.write_text("import numpy\nfrom scipy import sparse\n\ndef f():\n    import scipy.stats\n")
    assert top_level_scipy_imports(str(sample)) == [2]


def test_the_pyqgis_script_of_the_python_api_docs_runs(tmp_path):
    """docs/python-api.md's headless PyQGIS script, as written, in a fresh QGIS Python
    with the plugin folder given as the docs say (CAREMAP_PLUGINS); it asserts its own
    figures (the 2SFCA of the kernel example)."""
    import re

    with open(os.path.join(ROOT, "docs", "python-api.md"), encoding="utf-8") as fh:
        blocks = re.findall(r"^```python\n(.*?)^```", fh.read(), re.S | re.M)
    (script,) = [b for b in blocks if "from qgis" in b]
    path = tmp_path / "headless.py"
    path.write_text(script)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CAREMAP_PLUGINS=PKG_DIR)
    env.pop("PYTHONPATH", None)
    done = subprocess.run([sys.executable, str(path)], env=env, cwd=str(tmp_path),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-1500:] + done.stderr[-2000:]
    assert "[0.1, 0.14, 0.04] 1.0" in done.stdout
