"""Catch-up data for the workshop (issue 19): runs the tutorial's steps exactly as
docs/tutorial.md types them (tests/qgis/tutorial_steps.py, the same code the tutorial test
checks) and writes what each step adds as a styled GeoPackage, with the layers named as
the tutorial renames them:

    out/workshop/step_02.gpkg  Care supply inventory, Rejected records
    out/workshop/step_03.gpkg  Care demand (Madrid), Care demand children 0-5, Care demand 80+
    ...
    out/workshop/step_11.gpkg  Unpaid care work
    out/workshop/step_12_report.html

A participant who fell behind at step N adds the layers of the earlier files that step N
uses (the README written next to them says which) and goes on. Step 1 is the demo city
itself: data/demo/caremap_demo.qgz. Each layer's CareMap style is saved in its file, so
the layers open styled in any QGIS.

    /usr/bin/python3 scripts/workshop_data.py [--out out/workshop]     (make workshop)
"""
import argparse
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# step -> [(layer name in the tutorial, key path into run_all's results)], and what it needs
STEPS = [
    ("02", [("Care supply inventory", ("supply", "inventory")), ("Rejected records", ("supply", "rejected"))],
     "step 1 (the demo city)"),
    ("03", [("Care demand (Madrid)", ("demand", "madrid")), ("Care demand children 0-5", ("demand", "children")),
            ("Care demand 80+", ("demand", "older"))], "step 1"),
    ("04", [("Access children", ("children", "demand")), ("Ratio children", ("children", "supply"))],
     "step 2 (Care supply inventory), step 3 (Care demand children 0-5)"),
    ("05", [("Access 80+", ("older", "demand"))], "step 2, step 3 (Care demand 80+)"),
    ("06", [("Care gaps", ("gaps", "units")), ("Care gaps by district", ("gaps", "districts"))],
     "step 4 (Access children), districts"),
    ("07", [("Care deserts", ("deserts", "units")), ("Care deserts by district", ("deserts", "districts"))],
     "step 6 (Care gaps), districts"),
    ("08", [("Hot spots", ("hotspots", "units"))], "step 7 (Care deserts)"),
    ("09", [("Priority", ("priority", "units"))], "step 7 (Care deserts)"),
    ("10", [("Inventory (children)", ("siting", "existing")), ("New sites", ("siting", "sites")),
            ("New sites (exact)", ("siting", "sites_exact"))], "step 2, step 7 (Care deserts), roads"),
    ("11", [("Unpaid care work", ("unpaid", "units"))], "step 10 (New sites), blocks, roads, time_use.csv"),
]


def start():
    sys.path.insert(0, os.path.join(ROOT, "bench"))
    import _path  # noqa: F401  (caremap importable without the repository root on sys.path)

    _path.qgis_app()
    sys.path.insert(0, os.path.join(ROOT, "tests", "qgis"))
    import tutorial_steps

    return tutorial_steps


def as_layer(value):
    from qgis.core import QgsProcessingUtils, QgsVectorLayer

    if hasattr(value, "getFeatures"):
        return value
    layer = QgsVectorLayer(str(value), "t", "ogr")
    if not layer.isValid():
        layer = QgsProcessingUtils.mapLayerFromString(str(value), None) or layer
    return layer


def write_layer(layer, path, name):
    from caremap.processing import styling
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.actionOnExistingFile = (QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
                                    if os.path.exists(path) else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile)
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsCoordinateTransformContext(), options)
    if error[0] != QgsVectorFileWriter.WriterError.NoError:
        raise RuntimeError(f"{path} {name}: {error}")
    styling.save_style_to_geopackage(path, name)


def close_geopackages(folder):
    """Fold each GeoPackage's write-ahead log back into the file, so the folder holds one
    self-contained .gpkg per step (no -wal/-shm files to forget when copying)."""
    import gc
    import sqlite3

    from qgis.core import QgsApplication

    gc.collect()
    QgsApplication.exitQgis()  # closes QGIS's pooled GeoPackage connections (the end of the run)
    for name in sorted(os.listdir(folder)):
        if name.endswith(".gpkg"):
            con = sqlite3.connect(os.path.join(folder, name))
            try:
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                con.execute("PRAGMA journal_mode=DELETE")
            except sqlite3.OperationalError as err:
                print(f"{name}: {err}; copy its -wal and -shm files with it")
            finally:
                con.close()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=os.path.join(ROOT, "out", "workshop"))
    args = parser.parse_args(argv)
    out = os.path.abspath(args.out)
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    steps = start()
    r = steps.run_all(out)
    readme = ["# Catch-up data for the workshop", "",
              "Made by `scripts/workshop_data.py` (`make workshop`) from the tutorial's own steps",
              "(tests/qgis/tutorial_steps.py): the same values and the same numbers as docs/tutorial.md.",
              "Step 1 is the demo city: open `data/demo/caremap_demo.qgz`.", "",
              "| file | layers (named as the tutorial renames them) | the step also uses |", "|---|---|---|"]
    for number, layers, needs in STEPS:
        path = os.path.join(out, f"step_{number}.gpkg")
        for name, (key, part) in layers:
            value = r[key][part]
            if value is None:
                continue
            write_layer(as_layer(value), path, name)
        readme.append(f"| `step_{number}.gpkg` | {', '.join(n for n, _ in layers)} | {needs} |")
        print(f"step {number}: {path}")
    report = r["report"]["html"]
    if report and os.path.exists(report):
        shutil.move(report, os.path.join(out, "step_12_report.html"))
        readme.append("| `step_12_report.html` | the report of step 12 | step 9 (Priority), step 2 |")
    readme += ["", "Figures (as the tutorial quotes them): {0:.1%} of children within 10 minutes, "
               "{1} care deserts ({2:.1%} of children), unmet demand {3:,.0f}.".format(
                   r["children"]["share_covered"], r["deserts"]["deserts"], r["deserts"]["desert_share"],
                   r["gaps"]["unmet"])]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(readme) + "\n")
    close_geopackages(out)
    total = sum(os.path.getsize(os.path.join(out, f)) for f in os.listdir(out))
    print(f"{len(os.listdir(out))} files, {total / 1e6:.1f} MB in {out}")
    print(readme[-1])


if __name__ == "__main__":
    main()
