"""Translations (es, pt, fr): every string the extractor finds and every string the running
provider and the dock show has a real translation that keeps its placeholders and
parameter names, the plugin picks the .qm of the language QGIS runs in (``--lang``, the
locale setting; full locale, then language), the shipped .qm files hold every translation
of their .ts, and qgis_process started with ``locale/userLocale=es`` lists the algorithms
in Spanish. The content checks build their own .qm here with lrelease."""
import importlib.util
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from layers import ROOT
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator
from qgis.PyQt.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

LANGUAGES = ("es", "pt", "fr")
CONTEXT = "CareMap"
SPANISH_ACCESSIBILITY = "Accesibilidad al cuidado"
PORTUGUESE_ACCESSIBILITY = "Acessibilidade ao cuidado"
# Words that stay the same in every target language (names, symbols, units).
SAME_BY_NATURE = {"CareMap", "Gini", "Palma", "Theil", "min", "MIP", "OD", "HTML", "PDF", "PNG", "SVG",
                  "Gi", "z", "p", "x", "y", "km", "h", "m2", "m", "s"}
# Words spelt the same in one target language only.
SAME_IN = {"es": set(), "pt": set(), "fr": {"District", "Districts", "Normalisation", "minutes", "places"}}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d")
PARAMETER_NAME = re.compile(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b")  # DEMAND_FIELD, COST_MODE, ...
FIELD_NAME = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")  # care_demand, cost_nearest, ...
# snake_case words of the English help that are placeholders for the user's own names
# (schema_field=layer_field), not real field names: translated on purpose.
METAVARIABLES = {"schema_field", "layer_field", "lon_field", "lat_field"}


def _load_extractor():
    spec = importlib.util.spec_from_file_location("i18n_extract", os.path.join(ROOT, "scripts", "i18n_extract.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


EXTRACTOR = _load_extractor()


def lrelease():
    for name in ("lrelease", "lrelease-qt5"):
        if shutil.which(name):
            return shutil.which(name)
    if os.path.exists("/usr/lib/qt5/bin/lrelease"):
        return "/usr/lib/qt5/bin/lrelease"
    pytest.skip("lrelease not installed")


def build_qm(out_dir):
    """Compile i18n/caremap_<lang>.ts into out_dir (never touching the repository)."""
    os.makedirs(out_dir, exist_ok=True)
    exe = lrelease()
    for lang in LANGUAGES:
        ts = os.path.join(ROOT, "i18n", f"caremap_{lang}.ts")
        done = subprocess.run([exe, "-silent", ts, "-qm", os.path.join(out_dir, f"caremap_{lang}.qm")],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
    return out_dir


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory):
    return build_qm(str(tmp_path_factory.mktemp("qm")))


@pytest.fixture(scope="module")
def translators(qm_dir):
    out = {}
    for lang in LANGUAGES:
        translator = QTranslator()
        assert translator.load(os.path.join(qm_dir, f"caremap_{lang}.qm")), lang
        out[lang] = translator
    return out


@pytest.fixture(scope="module")
def extracted():
    messages, _dynamic = EXTRACTOR.extract()
    return list(messages)


def same_by_nature(text, lang=None):
    """True when nothing in the text needs translating: placeholders, parameter names,
    numbers, punctuation and the SAME_BY_NATURE words (plus SAME_IN[lang]) only."""
    rest = PLACEHOLDER.sub(" ", text)
    rest = PARAMETER_NAME.sub(" ", rest)
    words = re.findall(r"[^\W\d_]+", rest)
    allowed = SAME_BY_NATURE | SAME_IN.get(lang, set())
    return all(w in allowed for w in words)


def lookup(translator, text):
    """The translation of text in the CareMap context, '' if none. (PyQt5 passes a str
    argument of QTranslator.translate as ASCII; the .qm keys are UTF-8 bytes.)"""
    return translator.translate(CONTEXT, text.encode("utf-8"))


def untranslated(texts, translator, lang):
    """The texts whose translation is empty or still the English text."""
    bad = []
    for text in texts:
        if not text or not text.strip():
            continue
        translated = lookup(translator, text)
        if not translated or (translated == text and not same_by_nature(text, lang)):
            bad.append(text)
    return bad


# ---- the extractor ------------------------------------------------------------------------
def test_extractor_sees_class_attributes_groups_and_looped_labels(extracted):
    from caremap.processing.algorithms.accessibility import AccessibilityAlgorithm
    from caremap.processing.base import GROUPS

    assert AccessibilityAlgorithm.DISPLAY_NAME in extracted
    assert AccessibilityAlgorithm.HELP in extracted
    assert AccessibilityAlgorithm.TAGS in extracted
    assert set(GROUPS.values()) <= set(extracted)
    assert "Hours freed per week by the services" in extracted  # for name, label in ((...), ...)
    assert "Gini coefficient" in extracted  # for name, _, label in MEASURES (module constant)
    assert len(extracted) == len(set(extracted)) > 300


def test_extractor_on_a_sample(tmp_path):
    (tmp_path / "sample.py").write_text(
        "from qgis.PyQt.QtCore import QCoreApplication\n"
        "HELP = {'X': QT_TRANSLATE_NOOP('CareMap', 'Help of X')}\n"
        "LABELS = (('A', 'Label A'), ('B', 'Label B'))\n"
        "class Alg:\n"
        "    DISPLAY_NAME = 'My algorithm'\n"
        "    HELP = ('First part, '\n"
        "            'second part.')\n"
        "    def run(self, x):\n"
        "        for name, label in LABELS:\n"
        "            self.tr(label)\n"
        "        self.tr('Plain {0}').format(x)\n"
        "        QCoreApplication.translate('CareMap', 'Translated')\n"
        "        QCoreApplication.translate('Other', 'Not ours')\n"
        "        self.tr(x)\n",
        encoding="utf-8")
    messages, dynamic = EXTRACTOR.extract(str(tmp_path), ["sample.py"])
    assert set(messages) == {"Help of X", "Label A", "Label B", "My algorithm", "First part, second part.",
                             "Plain {0}", "Translated"}
    assert messages["Plain {0}"] == [("sample.py", 11)]
    assert [(rel, line) for rel, line, _code in dynamic] == [("sample.py", 14)]


# ---- plurals: trn() and Qt numerus forms ----------------------------------------------------
PLURAL_SAMPLE = (
    "from caremap.processing.base import trn\n"
    "class Alg:\n"
    "    def run(self, alg, n, layer):\n"
    "        trn('%n unit(s) left out', n)\n"
    "        self.trn('Layer {0}: %n facilit(y/ies) without capacity.', n).format(layer)\n"
    "        alg.trn('%n road(s)', n)\n"
    "        trn('Not ours %n', n, 'Other')\n"
    "        self.tr('Plain text')\n")


def test_extractor_marks_trn_sources_as_numerus(tmp_path):
    (tmp_path / "sample.py").write_text(PLURAL_SAMPLE, encoding="utf-8")
    messages, dynamic = EXTRACTOR.extract(str(tmp_path), ["sample.py"])
    assert list(messages) == ["%n unit(s) left out", "Layer {0}: %n facilit(y/ies) without capacity.",
                              "%n road(s)", "Plain text"]
    assert messages.numerus == {"%n unit(s) left out", "Layer {0}: %n facilit(y/ies) without capacity.",
                                "%n road(s)"}
    assert dynamic == []
    # written as numerus messages with one empty form per plural form of the language
    path = tmp_path / "caremap_fr.ts"
    EXTRACTOR.write_ts(str(path), "fr", messages, {"Plain text": ("Texte", "")})
    by_source = {m.findtext("source"): m for m in ET.parse(path).iter("message")}
    unit = by_source["%n unit(s) left out"]
    assert unit.get("numerus") == "yes" and unit.find("translation").get("type") == "unfinished"
    assert [f.text for f in unit.find("translation").findall("numerusform")] == [None, None]
    assert by_source["Plain text"].get("numerus") is None
    assert by_source["Plain text"].findtext("translation") == "Texte"
    # forms merged, kept on the next write, and read back as a tuple
    existing = EXTRACTOR.read_ts(str(path))
    errors = EXTRACTOR.merge_into(existing, {"%n unit(s) left out": ["%n unité omise", "%n unités omises"],
                                             "%n road(s)": "%n route(s)", "Plain text": ["a", "b"]}, messages, 2)
    assert len(errors) == 2 and "list of 2 forms" in errors[0] and "one string" in errors[1]
    EXTRACTOR.write_ts(str(path), "fr", messages, existing)
    again = EXTRACTOR.read_ts(str(path))
    assert again["%n unit(s) left out"] == (("%n unité omise", "%n unités omises"), "")
    todo = EXTRACTOR.untranslated(messages, again, 2)
    assert todo == ["Layer {0}: %n facilit(y/ies) without capacity.", "%n road(s)"]


def test_untranslated_and_merge_on_a_copy_of_the_ts_files(tmp_path, capsys, monkeypatch):
    """--untranslated lists a plural source with a list of forms; --merge takes that list
    (a plain string for a plural source is refused); --i18n-dir leaves i18n/ alone."""
    messages, dynamic = EXTRACTOR.extract()
    monkeypatch.setattr(EXTRACTOR, "extract", lambda *a, **k: (messages, dynamic))  # one snapshot of the code
    if not messages.numerus:
        pytest.skip("no trn() message in the code yet")
    source = sorted(messages.numerus)[0]
    for lang in LANGUAGES:
        shutil.copy(EXTRACTOR.ts_path(lang), tmp_path / f"caremap_{lang}.ts")
    original = EXTRACTOR.I18N_DIR
    try:
        bad = tmp_path / "bad.json"
        bad.write_text(json.dumps({source: "one string"}), encoding="utf-8")
        assert EXTRACTOR.main(["--i18n-dir", str(tmp_path), "--languages", "es", "--merge", f"es={bad}"]) == 2
        good = tmp_path / "good.json"
        good.write_text(json.dumps({source: ["uno %n", "varios %n"]}), encoding="utf-8")
        assert EXTRACTOR.main(["--i18n-dir", str(tmp_path), "--languages", "es", "--merge", f"es={good}"]) == 0
        capsys.readouterr()
        EXTRACTOR.main(["--i18n-dir", str(tmp_path), "--untranslated", "pt"])
        todo_pt = json.loads(capsys.readouterr().out)
        EXTRACTOR.main(["--i18n-dir", str(tmp_path), "--untranslated", "es"])
        todo_es = json.loads(capsys.readouterr().out)
    finally:
        EXTRACTOR.I18N_DIR = original
    assert todo_pt.get(source, ["", ""]) == ["", ""] or len(todo_pt[source]) == 2
    assert source not in todo_es
    assert all(isinstance(v, list) and len(v) == 2 for k, v in todo_pt.items() if k in messages.numerus)
    assert all(v == "" for k, v in todo_pt.items() if k not in messages.numerus), [(k, v) for k, v in todo_pt.items() if k not in messages.numerus and v != ""][:3]
    assert EXTRACTOR.read_ts(str(tmp_path / "caremap_es.ts"))[source] == (("uno %n", "varios %n"), "")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_trn_source_is_a_numerus_message_with_every_form(lang, extracted):
    """Every trn() source of the code is in i18n/caremap_<lang>.ts as numerus="yes" with
    its language's number of forms (es, pt, fr: 2), all filled (run `make i18n`, translate)."""
    messages, _dynamic = EXTRACTOR.extract()
    assert EXTRACTOR.NUMERUS_FORMS[lang] == 2
    found = {}
    for message in ET.parse(EXTRACTOR.ts_path(lang)).iter("message"):
        node = message.find("translation")
        if node is not None and node.get("type") in ("vanished", "obsolete"):
            continue
        found[message.findtext("source")] = (message.get("numerus"), node)
    bad = []
    for source in sorted(messages.numerus):
        numerus, node = found.get(source, (None, None))
        forms = [f.text or "" for f in node.findall("numerusform")] if node is not None else []
        if numerus != "yes" or len(forms) != 2 or not all(forms) or node.get("type") == "unfinished":
            bad.append(source)
    assert not bad, f"{lang}: {len(bad)} plural message(s) not numerus or not translated in every form, " \
                    f"e.g. {bad[:3]}"


def test_trn_english_fallback_singular_and_plural():
    from caremap.processing.base import trn

    assert trn("%n unit(s) left out", 1) == "1 unit left out"
    assert trn("%n unit(s) left out", 3) == "3 units left out"
    assert trn("%n unit(s) left out", 0) == "0 units left out"
    assert trn("Layer {0}: %n facilit(y/ies).", 1).format("kg") == "Layer kg: 1 facility."
    assert trn("Layer {0}: %n facilit(y/ies).", 2).format("kg") == "Layer kg: 2 facilities."


def test_a_numerus_qm_gives_the_spanish_and_french_forms(tmp_path):
    """Extract a trn() sample, merge its forms, compile with lrelease and load the .qm:
    trn gives the Spanish singular for 1 and plural for 0 and 3, the French singular for
    0 and 1 (Qt's rules: es n == 1, fr n <= 1)."""
    from caremap.processing.base import trn

    (tmp_path / "sample.py").write_text(PLURAL_SAMPLE, encoding="utf-8")
    messages, _dynamic = EXTRACTOR.extract(str(tmp_path), ["sample.py"])
    got = {}
    for lang, forms in (("es", ["%n unidad omitida", "%n unidades omitidas"]),
                        ("fr", ["%n unité omise", "%n unités omises"])):
        existing = {}
        assert EXTRACTOR.merge_into(existing, {"%n unit(s) left out": forms}, messages, 2) == []
        ts, qm = tmp_path / f"caremap_{lang}.ts", tmp_path / f"caremap_{lang}.qm"
        EXTRACTOR.write_ts(str(ts), lang, messages, existing)
        done = subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
        translator = QTranslator()
        assert translator.load(str(qm))
        QCoreApplication.installTranslator(translator)
        try:
            got[lang] = [trn("%n unit(s) left out", n) for n in (0, 1, 3)]
        finally:
            QCoreApplication.removeTranslator(translator)
    assert got["es"] == ["0 unidades omitidas", "1 unidad omitida", "3 unidades omitidas"]
    assert got["fr"] == ["0 unité omise", "1 unité omise", "3 unités omises"]
    assert trn("%n unit(s) left out", 3) == "3 units left out"  # translator removed: English again


def test_extractor_finds_what_pylupdate5_finds(extracted):
    found = EXTRACTOR.pylupdate_sources()
    if found is None:
        pytest.skip("pylupdate5 not installed")
    missing = {t for t in found if t.strip()} - set(extracted)
    assert not missing, f"pylupdate5 finds strings the extractor misses: {sorted(missing)[:10]}"


def test_no_user_visible_english_bypasses_tr(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def run(self, feedback, x):\n"
        "    feedback.pushInfo('Hello there world')\n"  # caught
        "    feedback.pushWarning(f'{x} rows were skipped')\n"  # caught
        "    self.fail(self.tr('Layer {0} is empty.').format(x))\n"  # fine
        "    label = QLabel(f\"<b style='color:red'>{x}</b>\")\n"  # markup only: fine
        "    label.setText('CAREMAP')\n",  # a code, not a sentence: fine
        encoding="utf-8")
    assert [line for _rel, line, _code in EXTRACTOR.lint(str(tmp_path))] == [2, 3]
    problems = EXTRACTOR.lint()
    assert not problems, "user-visible English without tr(): " + "; ".join(f"{r}:{n}" for r, n, _ in problems)


def test_ts_files_are_up_to_date(extracted):
    """Every string in the code is in every .ts file, translated (run `make i18n`)."""
    for lang in LANGUAGES:
        existing = EXTRACTOR.read_ts(EXTRACTOR.ts_path(lang))
        todo = EXTRACTOR.untranslated({t: [] for t in extracted}, existing)
        assert not todo, f"{lang}: {len(todo)} string(s) untranslated, e.g. {todo[:3]}"


# ---- the compiled translations ------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_extracted_string_has_a_real_translation(lang, translators, extracted):
    bad = untranslated(extracted, translators[lang], lang)
    assert not bad, f"{lang}: {len(bad)} string(s) without a translation, e.g. {bad[:5]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_and_names(lang, translators, extracted):
    tr = translators[lang]
    problems = []
    for source in extracted:
        text = lookup(tr, source)
        if not text:
            continue
        if placeholders(source) != placeholders(text):
            problems.append(("placeholders", source[:60], text[:60]))
        for name in set(PARAMETER_NAME.findall(source)) - set(PARAMETER_NAME.findall(text)):
            problems.append(("parameter " + name, source[:60], text[:60]))
        for name in set(FIELD_NAME.findall(source)) - set(FIELD_NAME.findall(text)) - METAVARIABLES:
            problems.append(("field " + name, source[:60], text[:60]))
        if source.count("\n") != text.count("\n"):
            problems.append(("line breaks", source[:60], text[:60]))
        if (source[:1].isspace(), source[-1:].isspace()) != (text[:1].isspace(), text[-1:].isspace()):
            problems.append(("leading/trailing space", source[:60], text[:60]))
        if text.count(",") < source.count(",") and source in tags_strings():
            problems.append(("tags", source[:60], text[:60]))
    assert not problems, f"{lang}: {problems[:8]}"


def placeholders(text):
    """The placeholders of a text, sorted; the thousands separator ',' of a format spec
    is ignored ('{2:,.0f}' = '{2:.0f}'): translations drop it, since 1,234 reads as a
    decimal number in Spanish, Portuguese and French."""
    return sorted(re.sub(r"^(\{\w*:),", r"\1", p) for p in PLACEHOLDER.findall(text))


def tags_strings():
    from caremap.processing.algorithms import accessibility  # noqa: F401  (package import)
    from caremap.processing.base import CareMapAlgorithm

    return {cls.TAGS for cls in _subclasses(CareMapAlgorithm) if cls.TAGS}


def _subclasses(cls):
    out = []
    for sub in cls.__subclasses__():
        out.append(sub)
        out.extend(_subclasses(sub))
    return out


def test_same_by_nature_is_short_and_strict():
    assert same_by_nature("CareMap") and same_by_nature("Gini {0:.2f} · Palma {1:.2f}")
    assert same_by_nature("BAND_FIELDS: {0}") and same_by_nature(" min")
    assert not same_by_nature("Care deserts") and not same_by_nature("Method")


# ---- what the running plugin shows ----------------------------------------------------------
class installed:
    """Install one translator (and only it) for the CareMap context while in the block."""

    def __init__(self, translator, plugin=None):
        self.translator = translator
        self.plugin = plugin

    def __enter__(self):
        self.own = getattr(self.plugin, "translator", None)
        if self.own is not None:
            QCoreApplication.removeTranslator(self.own)
        if self.translator is not None:
            QCoreApplication.installTranslator(self.translator)
        return self

    def __exit__(self, *exc):
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
        if self.own is not None:
            QCoreApplication.installTranslator(self.own)


def provider_strings(provider_algorithms):
    """[(where, text)] of everything the provider shows, from freshly created algorithms
    (so descriptions are translated with the translator installed now)."""
    out = []
    for alg in provider_algorithms:
        fresh = alg.create()
        aid = alg.id()
        # the help panel shows help_text() (escaped, as HTML) and the formula link's words
        out += [(aid + " name", fresh.displayName()), (aid + " group", fresh.group()),
                (aid + " help", fresh.help_text()),
                (aid + " formula link", fresh.tr("Formula, method and references"))]
        out += [(aid + " tags", ",".join(fresh.tags()))]
        for p in fresh.parameterDefinitions():
            out.append((f"{aid} {p.name()}", p.description()))
            if p.help():
                out.append((f"{aid} {p.name()} help", p.help()))
            if p.type() == "enum":  # a choice's options: the labels the dialog shows (processing/choices.py)
                out += [(f"{aid} {p.name()} option {k}", o) for k, o in enumerate(p.options())]
        for o in fresh.outputDefinitions():
            out.append((f"{aid} output {o.name()}", o.description()))
    return out


@pytest.fixture(scope="module")
def provider_algorithms(caremap_provider):
    algs = list(caremap_provider.algorithms())
    assert len(algs) >= 10
    return algs


@pytest.mark.parametrize("lang", LANGUAGES)
def test_provider_shows_every_string_translated(lang, translators, provider_algorithms, caremap_plugin):
    with installed(None, caremap_plugin):
        english = provider_strings(provider_algorithms)
    with installed(translators[lang], caremap_plugin):
        translated = provider_strings(provider_algorithms)
    assert [w for w, _ in english] == [w for w, _ in translated]
    bad = [(where, en) for (where, en), (_, tx) in zip(english, translated)
           if en and (not tx or (tx == en and not same_by_nature(en, lang)))]
    assert not bad, f"{lang}: {len(bad)} provider string(s) not translated, e.g. {bad[:6]}"
    # and each of them is a string the extractor knows (or is composed of such strings:
    # help + the CSV sentence, + "Choices: ...", + the figures returned), so `make i18n`
    # keeps it in the .ts
    known = set(EXTRACTOR.extract()[0])
    # a label filled with a constant of the method ("each weight {0:.0%} lower and higher")
    patterns = [re.compile("^" + re.sub(r"\\\{[^}]*\\\}", ".+", re.escape(k)) + "$") for k in known if "{" in k]

    def extracted(part):
        return part in known or any(p.match(part) for p in patterns)

    tags = {w for w, _ in english if w.endswith(" tags")}
    unknown = [(w, en) for w, en in english
               if en and w not in tags and not all(extracted(part) for part in composed_parts(en))]
    assert not unknown, f"strings shown by the provider but not extracted: {unknown[:6]}"


FIGURES_HEADER = "Figures returned (usable in models and scripts):"


def composed_parts(text):
    """The translatable strings a shown text is made of (processing/base.py composes a
    parameter's help from its PARAM_HELP, the CSV sentence and the values of its choices, and an
    algorithm's help from HELP and one line per figure returned)."""
    from caremap.processing.base import CSV_LAYER_HELP

    parts = []
    head, sep, figures = text.partition("\n\n" + FIGURES_HEADER + "\n")
    if sep:
        parts.append(FIGURES_HEADER)
        parts += [line.split(": ", 1)[1] for line in figures.split("\n") if ": " in line]
    choices = re.search(r"(?:^| )Values for scripts: (.*)\.$", head)
    if choices:  # "value = label; ...": the labels are translated strings of processing/choices.py
        parts.append("Values for scripts: {0}.")
        parts += [pair.split(" = ", 1)[1] for pair in choices.group(1).split("; ")]
        head = head[:choices.start()]
    if head.endswith(CSV_LAYER_HELP):
        parts.append(CSV_LAYER_HELP)
        head = head[:-len(CSV_LAYER_HELP)].rstrip()
    if head:
        parts.append(head)
    return parts


def test_spanish_names_of_the_algorithms(translators, provider_algorithms, caremap_plugin):
    with installed(translators["es"], caremap_plugin):
        names = {a.id(): a.create().displayName() for a in provider_algorithms}
        groups = {a.create().group() for a in provider_algorithms}
    assert names["caremap:accessibility"] == SPANISH_ACCESSIBILITY
    assert names["caremap:caredeserts"] == "Desiertos de cuidado"
    assert names["caremap:unpaidcare"] == "Trabajo de cuidado no remunerado"
    assert "Accesibilidad" in groups and "Oferta y demanda" in groups


def dock_texts(dock):
    out = [("title", dock.windowTitle())]
    for w in dock.findChildren(QWidget):
        kind = type(w).__name__
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append((kind, w.text()))
        if isinstance(w, QGroupBox):
            out.append((kind, w.title()))
        if isinstance(w, QTabWidget):
            out += [("tab", w.tabText(i)) for i in range(w.count())]
        if w.toolTip():
            out.append((kind + " tooltip", w.toolTip()))
        suffix = getattr(w, "suffix", None)
        if callable(suffix) and suffix():
            out.append((kind + " suffix", suffix()))
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_dock_shows_every_label_translated(lang, translators, caremap_plugin, qgis_iface):
    from caremap.ui.dock import CareMapDock

    def build():
        dock = CareMapDock(None)
        try:
            return dock_texts(dock)
        finally:
            dock.close_down()
            dock.deleteLater()

    with installed(None, caremap_plugin):
        english = build()
    with installed(translators[lang], caremap_plugin):
        translated = build()
    assert [k for k, _ in english] == [k for k, _ in translated]
    texts = [(k, en, tx) for (k, en), (_, tx) in zip(english, translated) if en and en.strip()]
    assert len(texts) >= 10, texts
    bad = [(k, en) for k, en, tx in texts if not tx or (tx == en and not same_by_nature(en, lang))]
    assert not bad, f"{lang}: dock labels not translated: {bad[:6]}"


# ---- which .qm the plugin loads -----------------------------------------------------------
@pytest.fixture
def settings_restored():
    settings = QgsSettings()
    saved = {k: settings.value(k) for k in ("locale/overrideFlag", "locale/userLocale")}
    yield settings
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


@pytest.fixture
def running_translation():
    """QgsApplication.translation() (what QGIS sets from --lang, the override setting or the
    system locale at start-up), restored after the test."""
    app = QgsApplication.instance()
    saved = app.translation()
    yield app
    app.setTranslation(saved)


def test_user_locale_follows_qgis(settings_restored, running_translation, caremap_plugin):
    from caremap import plugin

    settings, app = settings_restored, running_translation
    app.setTranslation("")  # nothing set it (a script's own QgsApplication): the settings decide
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "pt_BR")
    assert plugin.user_locale() == "pt_BR"
    settings.setValue("locale/overrideFlag", False)  # QGIS then uses the system locale
    assert plugin.user_locale() == QLocale().name()
    # `qgis --lang es`: QGIS runs in Spanish with the override flag off ...
    app.setTranslation("es")
    assert plugin.user_locale() == "es"
    # ... and --lang wins over the override setting, as it does for QGIS itself
    settings.setValue("locale/overrideFlag", True)
    assert plugin.user_locale() == "es"


def test_translation_file_full_locale_then_language(tmp_path, monkeypatch, qm_dir):
    from caremap import plugin

    (tmp_path / "i18n").mkdir()
    for lang in LANGUAGES:
        shutil.copy(os.path.join(qm_dir, f"caremap_{lang}.qm"), tmp_path / "i18n")
    monkeypatch.setattr(plugin, "PLUGIN_DIR", str(tmp_path))
    assert plugin.translation_file("pt_BR").endswith("caremap_pt.qm")  # falls back to the language
    assert plugin.translation_file("es_CO").endswith("caremap_es.qm")
    assert plugin.translation_file("es_ES.UTF-8").endswith("caremap_es.qm")
    assert plugin.translation_file("fr").endswith("caremap_fr.qm")
    assert plugin.translation_file("en_US") is None and plugin.translation_file("C") is None
    assert plugin.translation_file("") is None
    shutil.copy(os.path.join(qm_dir, "caremap_es.qm"), tmp_path / "i18n" / "caremap_pt_BR.qm")
    assert plugin.translation_file("pt_BR").endswith("caremap_pt_BR.qm")  # the full locale first


def _new_plugin(plugin, iface):
    """A plugin object (installs its translator), and a function that removes it again."""
    instance = plugin.CareMapPlugin(iface)

    def remove():
        if instance.translator is not None:
            QCoreApplication.removeTranslator(instance.translator)
    return instance, remove


def test_plugin_installs_the_translator_of_the_qgis_locale(settings_restored, running_translation, tmp_path,
                                                          monkeypatch, qm_dir, qgis_iface):
    from caremap import plugin

    (tmp_path / "i18n").mkdir()
    shutil.copy(os.path.join(qm_dir, "caremap_pt.qm"), tmp_path / "i18n")
    monkeypatch.setattr(plugin, "PLUGIN_DIR", str(tmp_path))
    running_translation.setTranslation("")
    settings_restored.setValue("locale/overrideFlag", True)
    settings_restored.setValue("locale/userLocale", "pt_BR")
    instance, remove = _new_plugin(plugin, qgis_iface)
    try:
        assert instance.translator is not None
        assert QCoreApplication.translate(CONTEXT, "Accessibility to care") == PORTUGUESE_ACCESSIBILITY
    finally:
        remove()
    assert QCoreApplication.translate(CONTEXT, "Accessibility to care") == "Accessibility to care"


def test_plugin_speaks_spanish_under_qgis_lang_es_from_the_shipped_files(settings_restored, running_translation,
                                                                        qgis_iface):
    """`qgis --lang es` with the override flag off, from the plugin folder as checked out
    (no lrelease run): the shipped i18n/caremap_es.qm is installed."""
    from caremap import plugin

    assert os.path.realpath(plugin.translation_file("es")) == os.path.join(ROOT, "i18n", "caremap_es.qm")
    settings_restored.setValue("locale/overrideFlag", False)
    settings_restored.setValue("locale/userLocale", "en_US")
    running_translation.setTranslation("es")
    instance, remove = _new_plugin(plugin, qgis_iface)
    try:
        assert instance.translator is not None
        assert QCoreApplication.translate(CONTEXT, "Accessibility to care") == SPANISH_ACCESSIBILITY
    finally:
        remove()
    running_translation.setTranslation("en_US")  # and English when QGIS runs in English
    instance, remove = _new_plugin(plugin, qgis_iface)
    try:
        assert instance.translator is None
        assert QCoreApplication.translate(CONTEXT, "Accessibility to care") == "Accessibility to care"
    finally:
        remove()


def test_without_a_compiled_translation_english_throughout_and_a_log_line(tmp_path, monkeypatch,
                                                                          running_translation, qgis_iface):
    """A .ts without its .qm: no translator at all (one language, English), and the log
    says which file is missing and what to run."""
    from caremap import plugin

    (tmp_path / "i18n").mkdir()
    shutil.copy(os.path.join(ROOT, "i18n", "caremap_pt.ts"), tmp_path / "i18n")
    monkeypatch.setattr(plugin, "PLUGIN_DIR", str(tmp_path))
    running_translation.setTranslation("pt_BR")
    logged = []

    def receive(message, tag, level):
        logged.append((message, tag))
    QgsApplication.messageLog().messageReceived.connect(receive)
    try:
        instance, remove = _new_plugin(plugin, qgis_iface)
        remove()
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(receive)
    assert instance.translator is None
    assert QCoreApplication.translate(CONTEXT, "Accessibility to care") == "Accessibility to care"
    ours = [m for m, tag in logged if tag == "CareMap"]
    assert len(ours) == 1 and "caremap_pt.qm missing" in ours[0] and "make i18n" in ours[0], logged
    # an unreadable .qm: English too, said in the log
    (tmp_path / "i18n" / "caremap_pt.qm").write_bytes(b"not a qm file")
    QgsApplication.messageLog().messageReceived.connect(receive)
    try:
        instance, remove = _new_plugin(plugin, qgis_iface)
        remove()
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(receive)
    assert instance.translator is None
    assert len([m for m, tag in logged if tag == "CareMap"]) == 2


def test_batch_children_run_in_the_language_of_this_qgis(tmp_path, running_translation, settings_restored,
                                                        caremap_plugin):
    """carebatch's parallel qgis_process children get the profile language of the running
    QGIS (`qgis --lang es` with the override flag off included), so their rows and
    messages are in the same language as the rest."""
    from caremap.processing import batch_processes

    settings_restored.setValue("locale/overrideFlag", False)
    running_translation.setTranslation("es")
    env = batch_processes.child_environment(str(tmp_path))
    ini = os.path.join(env["QGIS_CUSTOM_CONFIG_PATH"], "profiles", "default", "QGIS", "QGIS3.ini")
    with open(ini, encoding="utf-8") as f:
        text = f.read()
    assert "overrideFlag=true" in text and "userLocale=es\n" in text, text


def ts_translations(lang):
    """[(source, translation forms, numerus)] of every translation lrelease compiles from the
    .ts (not vanished/obsolete, not empty, not identical to the source: -removeidentical)."""
    out = []
    for message in ET.parse(os.path.join(ROOT, "i18n", f"caremap_{lang}.ts")).iter("message"):
        node = message.find("translation")
        if node is None or node.get("type") in ("vanished", "obsolete"):
            continue
        source = message.findtext("source") or ""
        numerus = message.get("numerus") == "yes"
        forms = [f.text or "" for f in node.findall("numerusform")] if numerus else [node.text or ""]
        if all(forms) and (numerus or forms[0] != source):
            out.append((source, forms, numerus))
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_shipped_qm_files_match_their_ts(lang):
    """The committed i18n/caremap_<lang>.qm holds every translation of the committed .ts
    (run `make i18n` and commit the .qm after editing a .ts)."""
    path = os.path.join(ROOT, "i18n", f"caremap_{lang}.qm")
    translator = QTranslator()
    assert translator.load(path), f"{path} missing or unreadable: run `make i18n`"
    expected = ts_translations(lang)
    assert len(expected) > 300
    stale = []
    for source, forms, numerus in expected:
        if numerus:
            got = [translator.translate(CONTEXT, source.encode("utf-8"), None, n) for n in (1, 5)]
            if got != [forms[0], forms[-1]]:
                stale.append((source[:60], got))
        elif lookup(translator, source) != forms[0]:
            stale.append((source[:60], lookup(translator, source)[:60]))
    assert not stale, f"{lang}: {len(stale)} translation(s) of the .ts not in the shipped .qm " \
                      f"(run `make i18n`), e.g. {stale[:3]}"


def test_shipped_qm_files_are_tracked():
    """The .qm files are in git (not ignored build products), so a checkout has them."""
    if not os.path.isdir(os.path.join(ROOT, ".git")):
        pytest.skip("not a git checkout")
    for lang in LANGUAGES:
        rel = f"i18n/caremap_{lang}.qm"
        ignored = subprocess.run(["git", "-C", ROOT, "check-ignore", "-q", rel], capture_output=True)
        assert ignored.returncode == 1, f"{rel} is git-ignored"
        tracked = subprocess.run(["git", "-C", ROOT, "ls-files", "--error-unmatch", rel], capture_output=True)
        assert tracked.returncode == 0, f"{rel} is not committed: run `make i18n` and commit it"


# ---- qgis_process in Spanish ---------------------------------------------------------------
SKIP_IN_COPY = {"i18n", "tests", "bench", "out", "build", "dist", "docs", "scripts"}


def plugin_copy(tmp_path):
    """A plugin folder 'caremap' whose entries link to the working tree, with its own
    i18n/ holding freshly built .qm files."""
    plugins = tmp_path / "plugins"
    target = plugins / "caremap"
    target.mkdir(parents=True)
    for name in os.listdir(ROOT):
        if name.startswith(".") or name in SKIP_IN_COPY:
            continue
        os.symlink(os.path.join(ROOT, name), target / name)
    build_qm(str(target / "i18n"))
    return plugins


def qgis_process(args, env):
    return subprocess.run(["qgis_process", *args], env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.skipif(shutil.which("qgis_process") is None, reason="qgis_process not installed")
def test_qgis_process_lists_the_algorithms_in_the_qgis_locale(tmp_path):
    plugins = plugin_copy(tmp_path)
    listings = {}
    for locale in ("es", "pt_BR"):
        profile = tmp_path / f"profile_{locale}"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(plugins),
                   QGIS_CUSTOM_CONFIG_PATH=str(profile))
        ini = profile / "profiles" / "default" / "QGIS" / "QGIS3.ini"
        ini.parent.mkdir(parents=True)
        ini.write_text(f"[PythonPlugins]\ncaremap=true\n\n[locale]\noverrideFlag=true\nuserLocale={locale}\n",
                       encoding="utf-8")
        listing = qgis_process(["list"], env)
        assert listing.returncode == 0, listing.stderr
        listings[locale] = listing.stdout
        if locale == "es":
            helped = qgis_process(["help", "caremap:caredeserts"], env)
            assert helped.returncode == 0, helped.stderr
            assert "Umbral de acceso (minutos)" in helped.stdout  # parameter description
            assert "Herramienta de Georreferenciación de Cuidados" in helped.stdout  # help text
    spanish = listings["es"]
    assert "caremap:accessibility" in spanish, spanish[-2000:]
    assert SPANISH_ACCESSIBILITY in spanish
    assert "Desiertos de cuidado" in spanish and "Accessibility to care" not in spanish
    portuguese = listings["pt_BR"]  # no caremap_pt_BR.qm: falls back to caremap_pt.qm
    assert PORTUGUESE_ACCESSIBILITY in portuguese and "Desertos de cuidado" in portuguese
