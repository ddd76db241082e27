"""A small mutation check: change one constant or rule of a formula at a time and see a
test go red. Each mutant is (file, exact text, replacement, tests to run). The file is
restored after every mutant, also on error or Ctrl-C.

    .venv/bin/python scripts/mutation_check.py          # every mutant
    .venv/bin/python scripts/mutation_check.py -k e2sfca

Prints one line per mutant (KILLED = a test failed, as it should; SURVIVED = no test
noticed; ERROR = pytest could not run the tests) and exits 1 if any mutant survived, could
not be tested or no longer applies.
"""
import argparse
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PY = os.path.join(ROOT, ".venv", "bin", "python")
if not os.path.exists(PY):
    PY = sys.executable

# (name, file, text, replacement, tests)
MUTANTS = [
    # issue 17: the formulas that lived in adapters, now in kernels
    ("e2sfca default weights", "kernels/decay.py", "DEFAULT_STEPS = ((10.0, 1.0), (20.0, 0.68)",
     "DEFAULT_STEPS = ((10.0, 1.0), (20.0, 0.7)", ["tests/kernels/test_decay.py", "tests/kernels/test_fca.py"]),
    ("e2sfca zones in metres", "kernels/decay.py", "float(threshold) * b / last", "float(threshold) * b / (last + 1)",
     ["tests/kernels/test_decay.py"]),
    ("walking rule speed", "kernels/costs.py", "WALK_MAX_KMH = 6.0", "WALK_MAX_KMH = 5.0", ["tests/kernels/test_costs.py"]),
    ("walking rule boundary", "kernels/costs.py", "float(speed_kmh) <= WALK_MAX_KMH", "float(speed_kmh) < WALK_MAX_KMH",
     ["tests/kernels/test_costs.py"]),
    ("unit factor", "kernels/costs.py", "f = 60.0 / (s * 1000.0)", "f = 60.0 / (s * 1024.0)", ["tests/kernels/test_costs.py"]),
    ("search limit factor", "kernels/costs.py", "SEARCH_LIMIT_FACTOR = 4.0", "SEARCH_LIMIT_FACTOR = 3.0",
     ["tests/kernels/test_costs.py"]),
    ("search limit floor", "kernels/costs.py", 'SEARCH_LIMIT_FLOOR = {"minutes": 60.0', 'SEARCH_LIMIT_FLOOR = {"minutes": 45.0',
     ["tests/kernels/test_costs.py"]),
    ("desert share", "kernels/deserts.py", "share = people / total if total > 0 else None",
     "share = people / (total + 1.0) if total > 0 else None", ["tests/kernels/test_deserts.py"]),
    ("desert type 2", "kernels/deserts.py", "np.where(reach2, 2, 1)", "np.where(reach2, 1, 1)", ["tests/kernels/test_deserts.py"]),
    ("places from access", "kernels/gaps.py", "    return a * D\n", "    return a * D * 0.99\n", ["tests/kernels/test_gaps.py"]),
    ("moran direction", "kernels/hotspots.py", "np.where(q == 3, -1.0, 0.0)", "np.where(q == 4, -1.0, 0.0)",
     ["tests/kernels/test_hotspots.py"]),
    ("siting desert shares", "kernels/siting_common.py", "care_deserts(weights, cost, threshold=threshold)",
     "care_deserts(weights, cost, threshold=threshold * 1.5)", ["tests/kernels/test_siting.py"]),
    ("hexagon area", "kernels/zonal.py", "3.0 * math.sqrt(3.0) / 2.0 * size ** 2 / 1e6",
     "3.0 * math.sqrt(3.0) / 2.0 * size ** 2 / 1e3", ["tests/kernels/test_zonal.py"]),
    ("siting cost limit", "kernels/siting_common.py", "MAX_COST_FACTOR = 3.0", "MAX_COST_FACTOR = 2.0",
     ["tests/kernels/test_siting.py"]),
    # issue 11: the rules this session fixed
    ("district rule: all z of the district", "kernels/deserts.py", "thr[cs[starts]] = 0.5 * (zs[lo] + zs[hi])",
     "thr[cs[starts]] = zs[hi]", ["tests/kernels/test_deserts.py"]),
    ("overall rule: positive z only", "kernels/deserts.py", "pos = z[z > 0]", "pos = z[z >= -1]", ["tests/kernels/test_deserts.py"]),
    ("z scores ddof 0", "kernels/deserts.py", "sd = P.std() if P.size else 0.0", "sd = P.std(ddof=1) if P.size > 1 else 0.0",
     ["tests/kernels/test_deserts.py"]),
    # the method's constants
    ("Madrid scale 0-4", "kernels/demand.py", "((0, 4, 2.0),", "((0, 4, 1.9),", ["tests/kernels/test_demand.py"]),
    ("full-day equivalent hours", "kernels/supply.py", "np.minimum(1.0, hours / 8.0)", "np.minimum(1.0, hours / 7.5)",
     ["tests/kernels/test_supply.py"]),
    ("2SFCA supply ratio", "kernels/fca_methods.py", "ratio[pos] = supply[pos] / catch_demand[pos]",
     "ratio[pos] = 0.99 * supply[pos] / catch_demand[pos]", ["tests/kernels/test_fca.py"]),
    ("shortfall", "kernels/gaps.py", 'out["shortfall"] = np.maximum(0.0, req - S)', 'out["shortfall"] = np.maximum(0.0, req - 0.9 * S)',
     ["tests/kernels/test_gaps.py"]),
]


def run_tests(tests):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    cmd = [PY, "-m", "pytest", "-x", "-q", "-p", "no:randomly", "-p", "no:cacheprovider", *tests]
    return subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-k", default="", help="only mutants whose name contains this")
    args = ap.parse_args()
    bad = 0
    for name, path, text, repl, tests in MUTANTS:
        if args.k not in name:
            continue
        full = os.path.join(ROOT, path)
        with open(full, encoding="utf-8") as f:
            original = f.read()
        if original.count(text) != 1:
            print(f"MISSING   {name}: the text to mutate is not (once) in {path}")
            bad += 1
            continue
        try:
            with open(full, "w", encoding="utf-8") as f:
                f.write(original.replace(text, repl))
            rc = run_tests(tests)
        finally:
            with open(full, "w", encoding="utf-8") as f:
                f.write(original)
        # pytest: 1 = a test failed (killed), 0 = all passed (survived); anything else (no
        # test collected, a test file not found, a collection error) says nothing of the mutant
        verdict = {1: "KILLED  ", 0: "SURVIVED"}.get(rc, f"ERROR {rc} ")
        print(f"{verdict}  {name}  ({path})")
        bad += 0 if rc == 1 else 1
    print(f"{bad} mutant(s) survived, errored or missing" if bad else "every mutant was killed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
