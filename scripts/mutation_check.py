"""A small mutation check: change one constant or rule of a formula at a time and see a
test go red. Each mutant is (file, exact text, replacement, tests to run). The file is
restored after every mutant, also on error or Ctrl-C.

    .venv/bin/python scripts/mutation_check.py          # every mutant
    .venv/bin/python scripts/mutation_check.py -k e2sfca

Prints one line per mutant (KILLED = a test failed, as it should; SURVIVED = no test
noticed) and exits 1 if any mutant survived or no longer applies.
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
        killed = rc not in (0, 5)
        print(f"{'KILLED  ' if killed else 'SURVIVED'}  {name}  ({path})")
        bad += 0 if killed else 1
    print(f"{bad} mutant(s) survived or missing" if bad else "every mutant was killed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
