"""caremap:preflight — is this computer ready for the workshop? Checks the QGIS version,
SciPy, the plugin, the demo data, the style files and a tiny accessibility run, and says
what to do for each check that fails (docs/workshop/offline.md)."""
import configparser
import html
import os

from qgis.core import (
    Qgis,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFileDestination,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QLocale

from ..base import PLUGIN_DIR, QT_TRANSLATE_NOOP, CareMapAlgorithm

DEMO_DIR = os.path.join(PLUGIN_DIR, "data", "demo")
DEMO_LAYERS = ("districts", "blocks", "roads", "facilities_registry", "facilities_community")
# the SciPy the kernels are tested with (pyproject.toml: scipy>=1.9)
MIN_SCIPY = (1, 9)


def _version_tuple(text):
    parts = []
    for piece in str(text).split(".")[:3]:
        digits = ""
        for ch in piece:  # the leading digits: "0rc1" is 0
            if not ch.isdigit():
                break
            digits += ch
        parts.append(int(digits) if digits else 0)
    return tuple(parts + [0] * (3 - len(parts)))


def _metadata():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    with open(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8") as fh:
        parser.read_file(fh)
    return dict(parser["general"])


def _qgis_version():
    """(version text, version tuple) of the running QGIS."""
    n = Qgis.versionInt()
    return Qgis.version(), (n // 10000, (n // 100) % 100, n % 100)


def _scipy_version():
    import scipy

    return scipy.__version__


class PreflightAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "preflight"
    DISPLAY_NAME = "Pre-flight check for a workshop"
    GROUP_ID = "workflow"
    TAGS = "preflight,check,workshop,install,offline,version,scipy,demo data"
    HELP = (
        "Is this computer ready for the workshop? Run it once on every laptop before the "
        "participants arrive: it checks that QGIS is recent enough for the plugin, that SciPy "
        "can be imported, which CareMap version is installed, that the demo city's files are "
        "there and can be read, that the map styles are there, and that a tiny accessibility "
        "run gives the right answer.\n\n"
        "How to read the results: the log and the report list every check with OK or PROBLEM; "
        "each PROBLEM says what to do. 'Checks failed' is 0 when the laptop is ready.\n\n"
        "Example: on a laptop with QGIS 3.40 and the plugin installed from the zip, all six checks "
        "say OK and the report ends with 'Ready for the workshop'. If the plugin was copied "
        "without its data folder, the demo data check says PROBLEM and asks to reinstall the "
        "plugin from the zip.\n\n"
        "Caveats: the check needs no internet and changes nothing; it does not test printing "
        "or the PDF report."
    )

    PARAM_HELP = {
        "OUTPUT": QT_TRANSLATE_NOOP("CareMap", "The pre-flight report: an HTML page (or plain text for a .txt file) with one line per check, OK or what to do. Typical: a temporary file."),
        "N_PROBLEMS": QT_TRANSLATE_NOOP("CareMap", "Number of checks that failed; 0 when the computer is ready for the workshop."),
        "ALL_OK": QT_TRANSLATE_NOOP("CareMap", "1 when every check passed, else 0."),
    }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", self.tr("Pre-flight report"), self.tr("HTML files (*.html);;Text files (*.txt)")))
        self.addOutput(QgsProcessingOutputNumber("N_PROBLEMS", self.tr("Checks failed")))
        self.addOutput(QgsProcessingOutputNumber("ALL_OK", self.tr("Ready for the workshop")))

    # ---- the checks: each returns (ok, what was found, what to do) -------------------
    def check_qgis(self):
        meta = _metadata()
        minimum = meta.get("qgisMinimumVersion", "0")
        text, running = _qgis_version()
        found = self.tr("QGIS {0} (the plugin needs {1} or later)").format(text, minimum)
        if running >= _version_tuple(minimum):
            return True, found, ""
        return False, found, self.tr(
            "Install QGIS {0} or later (the long-term release from qgis.org), then install the plugin "
            "again from the zip.").format(minimum)

    def check_scipy(self):
        need = ".".join(str(v) for v in MIN_SCIPY)
        try:
            version = _scipy_version()
        except Exception as err:  # ImportError, or a broken binary raising anything else
            return False, self.tr("SciPy cannot be imported ({0})").format(err), self.tr(
                "Install SciPy for the Python of QGIS: on Windows, run the OSGeo4W setup and tick "
                "python3-scipy; on Linux, install the package python3-scipy; on macOS, the official "
                "QGIS installer already has it.")
        found = self.tr("SciPy {0} (needs {1} or later)").format(version, need)
        if _version_tuple(version)[:2] >= MIN_SCIPY:
            return True, found, ""
        return False, found, self.tr("Update SciPy for the Python of QGIS to {0} or later.").format(need)

    def check_plugin(self):
        try:
            meta = _metadata()
        except (OSError, KeyError, configparser.Error) as err:
            return False, self.tr("metadata.txt of the plugin cannot be read ({0})").format(err), self.tr(
                "Install the plugin again from the zip (Plugins > Manage and Install Plugins > Install from ZIP).")
        return True, self.tr("CareMap {0} in {1}").format(meta.get("version", "?"), PLUGIN_DIR), ""

    def check_demo_data(self):
        found, missing = [], []
        gpkg = os.path.join(DEMO_DIR, "caremap_demo.gpkg")
        for name in DEMO_LAYERS:
            layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
            if layer.isValid() and layer.featureCount() > 0:
                found.append(f"{name} ({layer.featureCount()})")
            else:
                missing.append(f"caremap_demo.gpkg: {name}")
        for name in ("crowd_facilities.csv", "time_use.csv"):
            path = os.path.join(DEMO_DIR, name)
            layer = QgsVectorLayer(path, name, "ogr")
            if os.path.isfile(path) and layer.isValid() and layer.featureCount() > 0:
                found.append(f"{name} ({layer.featureCount()})")
            else:
                missing.append(name)
        raster = QgsRasterLayer(os.path.join(DEMO_DIR, "population.tif"), "population")
        if raster.isValid():
            found.append("population.tif")
        else:
            missing.append("population.tif")
        if not missing:
            return True, self.tr("Demo data in {0}: {1}").format(DEMO_DIR, ", ".join(found)), ""
        return False, self.tr("Demo data in {0}: missing or unreadable: {1}").format(DEMO_DIR, ", ".join(missing)), \
            self.tr("Install the plugin again from the zip (it carries data/demo), or copy the folder data/demo "
                    "from the workshop USB stick into the plugin folder.")

    def check_styles(self):
        from .. import styling

        names = sorted({rule[0] for rule in styling.RULES})
        missing = [n for n in names if not os.path.isfile(os.path.join(styling.STYLE_DIR, f"{n}.qml"))]
        if not missing:
            return True, self.tr("{0} style files in {1}").format(len(names), styling.STYLE_DIR), ""
        return False, self.tr("Style files missing: {0}").format(", ".join(f"{n}.qml" for n in missing)), self.tr(
            "Results would open unstyled. Install the plugin again from the zip.")

    def check_tiny_run(self, context, feedback):
        """Two homes and one facility of 20 places 300 m from the first: within 1 km only
        the first home (100 people) reaches it, so its access is 20 / 100 = 0.2 places per
        person and 100 of the 150 people are covered."""
        from qgis.core import (
            QgsFeature,
            QgsGeometry,
            QgsPointXY,
            QgsProcessingFeedback,
            QgsProcessingUtils,
        )

        import processing

        def points(name, field, rows):
            layer = QgsVectorLayer(f"Point?crs=EPSG:32618&field={field}:double", name, "memory")
            feats = []
            for x, value in rows:
                f = QgsFeature(layer.fields())
                f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, 0.0)))
                f.setAttributes([value])
                feats.append(f)
            layer.dataProvider().addFeatures(feats)
            return layer

        homes = points("homes", "people", [(0.0, 100.0), (3000.0, 50.0)])
        places = points("places", "places", [(300.0, 20.0)])
        try:
            res = processing.run("caremap:accessibility", {
                "DEMAND": homes, "DEMAND_FIELD": "people", "SUPPLY": places, "CAPACITY_FIELD": "places",
                "COST_MODE": "straight", "DETOUR": 1.0, "COST_UNIT": "meters", "THRESHOLD": 1000,
                "METHOD": "2sfca", "DECAY": "step", "OUTPUT_DEMAND": "TEMPORARY_OUTPUT",
                "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"}, context=context, feedback=QgsProcessingFeedback(),
                is_child_algorithm=True)
            out = res["OUTPUT_DEMAND"]
            if not hasattr(out, "getFeatures"):
                out = QgsProcessingUtils.mapLayerFromString(out, context)
            access = sorted(float(f["access"] or 0.0) for f in out.getFeatures())
            share = float(res["SHARE_COVERED"])
        except Exception as err:
            return False, self.tr("The tiny accessibility run failed: {0}").format(err), self.tr(
                "Check SciPy (above), then install the plugin again from the zip; if it still fails, send "
                "this report to the workshop's trainer.")
        ok = abs(access[-1] - 0.2) < 1e-9 and abs(access[0]) < 1e-12 and abs(share - 100.0 / 150.0) < 1e-9
        loc = QLocale()  # the numbers as the user's locale writes them, as in the report (0,2; 66,7%)

        def places(v):
            return loc.toString(float(v), "g", 6)

        def percent(v):
            return loc.toString(100.0 * float(v), "f", 1) + "%"

        found = self.tr("Tiny accessibility run: access {0} and {1} places per person, {2} covered "
                        "(expected {3} and {4}, {5})").format(places(access[-1]), places(access[0]), percent(share),
                                                             places(0.2), places(0.0), percent(100.0 / 150.0))
        return (True, found, "") if ok else (False, found, self.tr(
            "The plugin computes a wrong answer on this computer: install it again from the zip and send this "
            "report to the workshop's trainer."))

    def processAlgorithm(self, parameters, context, feedback):
        checks = [
            (self.tr("QGIS version"), self.check_qgis),
            (self.tr("SciPy"), self.check_scipy),
            (self.tr("CareMap plugin"), self.check_plugin),
            (self.tr("Demo data"), self.check_demo_data),
            (self.tr("Map styles"), self.check_styles),
            (self.tr("Tiny accessibility run"), lambda: self.check_tiny_run(context, feedback)),
        ]
        rows = []
        for i, (title, check) in enumerate(checks):
            self.check_canceled(feedback)
            try:
                ok, found, todo = check()
            except Exception as err:  # a check must report, never stop the others
                ok, found, todo = False, str(err), self.tr("Install the plugin again from the zip.")
            rows.append((title, ok, found, todo))
            if ok:
                feedback.pushInfo(self.tr("OK: {0}: {1}").format(title, found))
            else:
                feedback.pushWarning(self.tr("PROBLEM: {0}: {1}. What to do: {2}").format(title, found, todo))
            feedback.setProgress(100.0 * (i + 1) / len(checks))
        problems = sum(1 for r in rows if not r[1])
        verdict = self.tr("Ready for the workshop.") if problems == 0 else \
            self.trn("Not ready: %n check(s) failed.", problems)
        feedback.pushInfo(verdict)
        path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        self._write(path, rows, verdict)
        return {"OUTPUT": path, "N_PROBLEMS": problems, "ALL_OK": 1 if problems == 0 else 0}

    def _write(self, path, rows, verdict):
        if not path:
            return
        title = self.tr("CareMap pre-flight check")
        if path.lower().endswith(".txt"):
            words = {True: self.tr("OK"), False: self.tr("PROBLEM")}
            width = max(len(w) for w in words.values()) + 2  # the check names line up in any language
            lines = [title, ""]
            for name, ok, found, todo in rows:
                lines.append(words[ok].ljust(width) + f"{name}: {found}")
                if not ok:
                    lines.append(" " * width + self.tr("What to do: {0}").format(todo))
            lines += ["", verdict]
            text = "\n".join(lines) + "\n"
        else:
            esc = html.escape
            body = "".join(
                "<tr><td>{0}</td><td class='{1}'>{2}</td><td>{3}</td><td>{4}</td></tr>".format(
                    esc(name), "ok" if ok else "bad", esc(self.tr("OK")) if ok else esc(self.tr("PROBLEM")), esc(found),
                    esc(todo)) for name, ok, found, todo in rows)
            text = (
                "<!DOCTYPE html><html lang='{7}'><head><meta charset='utf-8'><title>{0}</title><style>"
                "body{{font-family:sans-serif}} td,th{{border:1px solid #ccc;padding:4px}} "
                ".ok{{color:#1b7837;font-weight:bold}} .bad{{color:#b2182b;font-weight:bold}}</style></head>"
                "<body><h1>{0}</h1><table><tr><th>{1}</th><th>{2}</th><th>{3}</th><th>{4}</th></tr>{5}</table>"
                "<p><b>{6}</b></p></body></html>\n").format(
                esc(title), esc(self.tr("Check")), esc(self.tr("Result")), esc(self.tr("Found")),
                esc(self.tr("What to do")), body, esc(verdict), esc(self.tr("en")))
        folder = os.path.dirname(path)
        if folder:
            os.makedirs(folder, exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
