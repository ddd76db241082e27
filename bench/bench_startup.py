"""What the plugin adds to every ``qgis_process`` start (issue 20, item 4).

Times ``qgis_process`` commands that never run a CareMap algorithm, with the plugin
enabled and not, each several times, and prints the medians and their difference; then,
in one fresh headless Python, what loading the plugin and listing its algorithms costs
and whether SciPy got imported on the way (it should not: the kernels import SciPy on
first use, kernels/_lazy.py). Prints; asserts nothing (tests/qgis/test_startup.py checks
the SciPy part).

    .venv/bin/python bench/bench_startup.py [--runs 7] [--plugin-dir DIR]

``--plugin-dir`` points at another copy of the plugin (a folder holding ``caremap``),
e.g. an older checkout (``git archive <commit> | tar -x -C /tmp/old`` then a link
``/tmp/oldpkg/caremap -> /tmp/old``) to compare before and after a change.

Measured on the 2-core test machine (QGIS 3.40, 7 interleaved runs, CPU seconds added
by the plugin; wall time agrees within noise): before SciPy was lazy (c1b491f), ``help
native:buffer`` +0.64 s and ``list`` +0.67 s, 434 SciPy modules imported; after
(240b45f), +0.01 s and +0.08 s, none imported (plugin load with its 17 algorithms
0.14 s in-process). ``--version`` loads no plugin (+0.00 both).
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMMANDS = (["--version"], ["help", "native:buffer"], ["list"])

PROBE = r"""
import os, sys, time
sys.path.insert(0, sys.argv[1])
from qgis.core import QgsApplication
app = QgsApplication([], False); app.initQgis()
sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
from processing.core.Processing import Processing
Processing.initialize()
before = set(sys.modules)
t = time.perf_counter()
import caremap
plugin = caremap.classFactory(None)
plugin.initProcessing()
provider = QgsApplication.processingRegistry().providerById("caremap")
for alg in provider.algorithms():
    alg.parameterDefinitions()
elapsed = time.perf_counter() - t
new = set(sys.modules) - before
print(f"{elapsed:.3f} {len(provider.algorithms())} {sum(m.split('.')[0] == 'scipy' for m in new)}")
"""


def plugin_env(plugin_dir, enabled):
    """An environment with its own QGIS profile, the plugin enabled or not."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["QGIS_CUSTOM_CONFIG_PATH"] = tempfile.mkdtemp(prefix="caremap-startup-")
    env.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="caremap-xdg-"))
    env["QGIS_PLUGINPATH"] = plugin_dir
    # as on a user's machine: bytecode cached after the first start (the Makefile
    # exports PYTHONDONTWRITEBYTECODE, which would compile every module at every start)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    action = "enable" if enabled else "disable"
    done = subprocess.run(["qgis_process", "plugins", action, "caremap"], env=env,
                          capture_output=True, text=True)
    if enabled and done.returncode != 0:
        sys.exit(f"could not enable the plugin from {plugin_dir}: {done.stderr.strip()}")
    subprocess.run(["qgis_process", "list"], env=env, capture_output=True)  # warm-up: bytecode
    return env


def timed(args, env):
    """(wall seconds, CPU seconds of the child) of one qgis_process call; None on failure.
    CPU time is the steadier figure on a busy machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run(["qgis_process", *args], env=env, capture_output=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return (wall, cpu) if done.returncode == 0 else None


def medians(args, off, on, runs):
    """Medians (wall, CPU) without and with the plugin, runs interleaved so that the
    machine's load falls on both alike."""
    got = {"off": [], "on": []}
    for _ in range(runs):
        for key, env in (("off", off), ("on", on)):
            one = timed(args, env)
            if one is None:
                return None
            got[key].append(one)
    return {k: tuple(statistics.median(x[i] for x in v) for i in (0, 1)) for k, v in got.items()}


def default_plugin_dir():
    pkg = os.path.join(ROOT, ".pkg")
    link = os.path.join(pkg, "caremap")
    if not os.path.islink(link):
        os.makedirs(pkg, exist_ok=True)
        os.symlink(os.path.relpath(ROOT, pkg), link)
    return pkg


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--plugin-dir", default=None,
                        help="folder holding the plugin folder caremap (default: this checkout)")
    args = parser.parse_args()
    if shutil.which("qgis_process") is None:
        sys.exit("qgis_process is not installed")
    plugin_dir = os.path.abspath(args.plugin_dir or default_plugin_dir())
    print(f"plugin: {os.path.realpath(os.path.join(plugin_dir, 'caremap'))}; "
          f"median of {args.runs} runs each, seconds")
    on, off = plugin_env(plugin_dir, True), plugin_env(plugin_dir, False)
    print(f"{'qgis_process':24s} {'wall: without':>14s} {'with':>6s} {'added':>6s}"
          f" {'CPU: without':>13s} {'with':>6s} {'added':>6s}")
    for command in COMMANDS:
        m = medians(command, off, on, args.runs)
        label = " ".join(command)
        if m is None:
            print(f"{label:24s} (failed)")
            continue
        (w0, c0), (w1, c1) = m["off"], m["on"]
        print(f"{label:24s} {w0:14.2f} {w1:6.2f} {w1 - w0:+6.2f} {c0:13.2f} {c1:6.2f} {c1 - c0:+6.2f}")
    # run from a neutral folder: the checkout's processing/ would shadow QGIS's
    probe = subprocess.run(["/usr/bin/python3", "-c", PROBE, plugin_dir], env=on,
                           capture_output=True, text=True, cwd=tempfile.gettempdir())
    if probe.returncode != 0:
        print("in-process probe failed:", probe.stderr.strip()[-500:])
        return
    seconds, n_algs, n_scipy = probe.stdout.split()[-3:]
    print(f"in one Python: classFactory + initProcessing + {n_algs} algorithms' parameters "
          f"{float(seconds):.2f} s; SciPy modules imported on the way: {n_scipy}")


if __name__ == "__main__":
    main()
