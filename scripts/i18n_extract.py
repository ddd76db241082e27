#!/usr/bin/env python3
"""Collect CareMap's translatable strings and update ``i18n/caremap_<lang>.ts``.

Every user-visible string of the plugin goes through
``QCoreApplication.translate("CareMap", text)`` with the single context ``CareMap``:
``tr(text)`` (module helpers in processing/ and ui/), ``self.tr(text)`` (algorithms,
plugin), ``QCoreApplication.translate("CareMap", text)``. Algorithm names, help and
tags are class attributes (``DISPLAY_NAME``, ``HELP``, ``TAGS``) and group names are
the values of ``GROUPS`` in processing/base.py; they are translated at run time by
``self.tr(self.DISPLAY_NAME)`` and friends.

Why not plain ``pylupdate5``: it files every ``self.tr()``/``tr()`` string under the
name of the enclosing *class* (``AccessibilityAlgorithm``, ``CareMapDock``...), not
under ``CareMap``, so lrelease would build a .qm whose messages are never looked up;
and it cannot see class attributes or dict values at all (every algorithm name, group
and help text would be missing). This script reads the sources with ``ast`` instead
and files everything under ``CareMap``. ``--pylupdate`` still runs pylupdate5 over the
same files as a cross-check and adds any string it finds that the AST walk missed
(normally none).

Usage::

    python3 scripts/i18n_extract.py                # update i18n/caremap_{es,pt,fr}.ts
    python3 scripts/i18n_extract.py --check        # exit 1 if a string is untranslated
    python3 scripts/i18n_extract.py --list         # print the strings found
    python3 scripts/i18n_extract.py --untranslated es   # JSON of the untranslated sources
    python3 scripts/i18n_extract.py --merge es=file.json  # add translations {source: text}
    python3 scripts/i18n_extract.py --lint         # user-visible English that bypasses tr()
    python3 scripts/i18n_extract.py --i18n-dir /tmp/copy   # work on copies of the .ts files

Plurals: ``trn(text, n)`` / ``self.trn(text, n)`` / ``alg.trn(text, n)`` (processing/base.py)
translate with Qt's numerus forms; their sources hold ``%n`` for the count. They are
written as ``<message numerus="yes">`` with one ``<numerusform>`` per plural form of the
language (NUMERUS_FORMS: es, pt and fr have 2, singular then plural, as ``lupdate
-target-language`` writes them; fr uses the singular for 0 and 1). In the JSON of
``--untranslated`` a numerus source maps to a list of forms (``["", ""]``, existing forms
kept) and ``--merge`` takes the same list: ``{"%n unit(s) left out": ["%n unidad omitida",
"%n unidades omitidas"]}``. A numerus message counts as translated when every form is
filled (``--check``).

Existing translations are kept. A string that disappeared from the code keeps its
translation as ``type="vanished"`` (lrelease skips it; it comes back if the string
returns); a vanished string that was never translated is dropped. At the end the
script prints, per language, how many strings are still untranslated.
"""
import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
I18N_DIR = os.path.join(ROOT, "i18n")
CONTEXT = "CareMap"
LANGUAGES = {"es": "es", "pt": "pt", "fr": "fr"}  # file suffix -> TS language attribute
EXCLUDED_DIRS = {"tests", "bench", "scripts", "ext_libs", ".git", ".pkg", "build", "dist", "out",
                 "__pycache__", "docs", "data", "i18n"}
CLASS_ATTRIBUTES = {"DISPLAY_NAME", "HELP", "TAGS"}
MODULE_DICTS = {"GROUPS"}
# Plural forms per language (Qt's numerus rules, as lupdate -target-language writes them):
# es/pt: n == 1 -> form 0, else form 1; fr: n <= 1 -> form 0, else form 1.
NUMERUS_FORMS = {"es": 2, "pt": 2, "fr": 2}
NUMERUS_CALLS = {"trn"}  # trn(text, n[, context]) / self.trn(text, n) / alg.trn(text, n)  # module-level dicts whose string values are translated
# tr(variable) calls fed by strings marked elsewhere (QT_TRANSLATE_NOOP): (file, function)
KNOWN_DYNAMIC = {
    ("processing/base.py", "addParameter"),  # PARAM_HELP / COMMON_PARAM_HELP (param_help.py) values
    ("processing/base.py", "figures_help"),  # PARAM_HELP values of the figures (outputs)
    ("processing/choices.py", "label"),  # the labels of choices.LABELS (QT_TRANSLATE_NOOP)
    ("processing/algorithms/syntheticgtfs.py", "initAlgorithm"),  # FIGURES labels (QT_TRANSLATE_NOOP)
    ("processing/algorithms/careblocks.py", "initAlgorithm"),  # FIGURES labels (QT_TRANSLATE_NOOP)
}


def source_files(root=ROOT):
    """Every plugin *.py, relative to root, sorted (tests, bench, scripts, vendored
    libraries and virtual environments excluded)."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames
                             if d not in EXCLUDED_DIRS and not d.startswith(".venv") and not d.startswith("."))
        for name in sorted(filenames):
            if name.endswith(".py"):
                found.append(os.path.relpath(os.path.join(dirpath, name), root))
    return sorted(found)


def literal(node):
    """The string value of a literal node: a constant, implicit or ``+`` concatenation
    of constants, or ``"".join([...])`` of constants; None otherwise."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = literal(node.left), literal(node.right)
        if left is not None and right is not None:
            return left + right
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "join"
            and len(node.args) == 1 and isinstance(node.args[0], (ast.List, ast.Tuple))):
        sep = literal(node.func.value)
        parts = [literal(e) for e in node.args[0].elts]
        if sep is not None and all(p is not None for p in parts):
            return sep.join(parts)
    return None


def _call_name(func):
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


class Extractor(ast.NodeVisitor):
    def __init__(self, relpath):
        self.relpath = relpath
        self.found = []  # (text, line)
        self.numerus = set()  # texts given to trn()
        self.dynamic = []  # (line, code) tr() calls whose argument is not a literal
        self.loops = []  # enclosing for statements, innermost last
        self.functions = []  # enclosing function names
        self.module_values = {}  # module-level NAME = literal sequence

    def visit_For(self, node):  # noqa: N802
        self.loops.append(node)
        self.generic_visit(node)
        self.loops.pop()

    def visit_FunctionDef(self, node):  # noqa: N802
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def _loop_texts(self, arg):
        """Texts of ``tr(label)`` where ``label`` is bound by an enclosing
        ``for ..., label in ((..., "text"), ...)`` over a literal sequence (inline or a
        module-level constant); None when that cannot be resolved."""
        if not isinstance(arg, ast.Name):
            return None
        for loop in reversed(self.loops):
            target, position = loop.target, None
            if isinstance(target, ast.Name) and target.id == arg.id:
                position = -1
            elif isinstance(target, ast.Tuple):
                names = [t.id if isinstance(t, ast.Name) else None for t in target.elts]
                if arg.id in names:
                    position = names.index(arg.id)
            if position is None:
                continue
            seq = loop.iter
            if isinstance(seq, ast.Name):
                seq = self.module_values.get(seq.id)
            if not isinstance(seq, (ast.Tuple, ast.List)):
                return None
            texts = []
            for elt in seq.elts:
                item = elt if position == -1 else (
                    elt.elts[position] if isinstance(elt, (ast.Tuple, ast.List)) and len(elt.elts) > position
                    else None)
                text = literal(item) if item is not None else None
                if text is None:
                    return None
                texts.append((text, item))
            return texts
        return None

    def _add(self, text, node):
        if text is not None and text.strip():
            self.found.append((text, node.lineno))

    def visit_Call(self, node):  # noqa: N802
        name = _call_name(node.func)
        arg = None
        numerus = name in NUMERUS_CALLS
        if (name == "tr" or numerus) and node.args:
            arg = node.args[0]
            position = 2 if numerus else 1
            context = node.args[position] if len(node.args) > position else None
            for kw in node.keywords:
                if kw.arg == "context":
                    context = kw.value
            if context is not None and literal(context) not in (None, CONTEXT):
                arg = None  # another context: not ours
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            if literal(node.args[0]) == CONTEXT:
                arg = node.args[1]
        if arg is not None:
            text = literal(arg)
            looped = self._loop_texts(arg) if text is None else None
            if looped:
                for item_text, item in looped:
                    self._add(item_text, item)
            elif text is None:
                wrapper = self.functions and (self.functions[-1] in ("tr", "trn", "translate")
                                              or (self.relpath, self.functions[-1]) in KNOWN_DYNAMIC)
                known = ((isinstance(arg, ast.Attribute) and arg.attr in CLASS_ATTRIBUTES)
                         or (isinstance(arg, ast.Subscript) and isinstance(arg.value, ast.Name)
                             and arg.value.id in MODULE_DICTS))
                if not wrapper and not known:
                    self.dynamic.append((node.lineno, ast.unparse(arg)))
            else:
                self._add(text, arg)
                if numerus and text.strip():
                    self.numerus.add(text)
        self.generic_visit(node)

    def visit_ClassDef(self, node):  # noqa: N802
        for stmt in node.body:
            targets = []
            if isinstance(stmt, ast.Assign):
                targets = [t.id for t in stmt.targets if isinstance(t, ast.Name)]
            elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.value:
                targets = [stmt.target.id]
            if CLASS_ATTRIBUTES.intersection(targets):
                self._add(literal(stmt.value), stmt.value)
        self.generic_visit(node)

    def visit_Module(self, node):  # noqa: N802
        for stmt in node.body:
            if isinstance(stmt, ast.Assign) and isinstance(stmt.value, (ast.Tuple, ast.List)):
                for t in stmt.targets:
                    if isinstance(t, ast.Name):
                        self.module_values[t.id] = stmt.value
            if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Dict):
                names = {t.id for t in stmt.targets if isinstance(t, ast.Name)}
                if names & MODULE_DICTS:
                    for value in stmt.value.values:
                        self._add(literal(value), value)
        self.generic_visit(node)


class Messages(dict):
    """{source text: [(relpath, line), ...]} in code order; ``numerus`` is the set of
    sources given to trn() (Qt numerus forms)."""

    def __init__(self, *args, numerus=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.numerus = set(numerus)


def extract(root=ROOT, files=None):
    """Ordered Messages {source text: [(relpath, line), ...]} (``.numerus``: the trn()
    sources) and the list of dynamic tr() calls."""
    messages, dynamic = Messages(), []
    for rel in files or source_files(root):
        with open(os.path.join(root, rel), encoding="utf-8") as fh:
            tree = ast.parse(fh.read(), filename=rel)
        ex = Extractor(rel)
        ex.visit(tree)
        for text, line in ex.found:
            messages.setdefault(text, []).append((rel, line))
        messages.numerus |= ex.numerus
        dynamic.extend((rel, line, code) for line, code in ex.dynamic)
    return messages, dynamic


# Calls whose text argument reaches the user: a literal there bypasses tr().
USER_VISIBLE_CALLS = {
    "pushInfo", "pushWarning", "reportError", "pushCommandInfo", "pushFormattedMessage", "setProgressText",
    "fail", "QgsProcessingException", "setText", "setToolTip", "setTitle", "setWindowTitle", "QLabel",
    "QPushButton", "QAction", "QGroupBox", "QCheckBox", "addRow", "setPlaceholderText", "pushMessage",
    "pushCritical", "setSuffix", "setStatusTip", "addTab", "setTabText",
}
_TAG = re.compile(r"<[^>]*>|&\w+;")


def _has_words(text):
    return re.search(r"[^\W\d_]{3,}", _TAG.sub(" ", text)) is not None


def lint(root=ROOT):
    """[(relpath, line, code)] of user-visible calls given English text that does not go
    through tr(): a plain literal with words, or an f-string whose fixed parts hold words."""
    found = []
    for rel in source_files(root):
        with open(os.path.join(root, rel), encoding="utf-8") as fh:
            tree = ast.parse(fh.read(), filename=rel)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _call_name(node.func) in USER_VISIBLE_CALLS):
                continue
            for arg in node.args[:2]:
                if isinstance(arg, ast.JoinedStr):
                    fixed = "".join(v.value for v in arg.values if isinstance(v, ast.Constant))
                    bad = _has_words(fixed)
                else:
                    text = literal(arg)
                    bad = text is not None and " " in text.strip() and _has_words(text)
                if bad:
                    found.append((rel, node.lineno, ast.unparse(arg)[:100]))
    return found


def pylupdate_sources(root=ROOT):
    """Sources pylupdate5 finds in the same files (any context), or None without it."""
    exe = shutil.which("pylupdate5")
    if exe is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        ts = os.path.join(tmp, "check.ts")
        files = [os.path.join(root, f) for f in source_files(root)]
        subprocess.run([exe, "-noobsolete", *files, "-ts", ts], check=True, capture_output=True)
        tree = ET.parse(ts)
    return {m.findtext("source") for m in tree.iter("message")}


# ---- TS files -----------------------------------------------------------------------
def read_ts(path):
    """{source: (translation, type attribute or '')} of a TS file (any context): the
    translation is a str, or for a numerus message (numerus="yes") the tuple of its
    <numerusform> texts."""
    if not os.path.exists(path):
        return {}
    out = {}
    for message in ET.parse(path).iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if message.get("numerus") == "yes":
            text = tuple((f.text or "") for f in node.findall("numerusform")) if node is not None else ()
        else:
            text = (node.text or "") if node is not None else ""
        kind = node.get("type", "") if node is not None else "unfinished"
        if source not in out or (_filled(text) and not _filled(out[source][0])):
            out[source] = (text, kind)
    return out


def _filled(text):
    """True when a translation (str, or tuple of numerus forms) has every part written."""
    if isinstance(text, tuple):
        return bool(text) and all(text)
    return bool(text)


def numerus_forms(lang):
    return NUMERUS_FORMS.get(lang.split("_")[0], 2)


def _xml(text):
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def _translation_lines(text, kind, numerus, indent="        "):
    if numerus:
        attr = "" if kind not in ("unfinished", "vanished") else f' type="{kind}"'
        out = [f"{indent}<translation{attr}>"]
        out += [f"{indent}    <numerusform>{_xml(form)}</numerusform>" for form in text]
        return out + [f"{indent}</translation>"]
    if kind in ("unfinished", "vanished"):
        return [f'{indent}<translation type="{kind}">{_xml(text)}</translation>']
    return [f"{indent}<translation>{_xml(text)}</translation>"]


def write_ts(path, language, messages, existing, forms=None):
    """Write a TS file: current messages in code order (with locations; the trn() sources
    of ``messages.numerus`` as numerus messages of ``forms`` forms), then vanished messages
    that still hold a translation."""
    numerus = getattr(messages, "numerus", set())
    forms = forms or numerus_forms(language)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en">', "<context>",
             f"    <name>{CONTEXT}</name>"]
    for source, locations in messages.items():
        text, kind = existing.get(source, ("", "unfinished"))
        is_numerus = source in numerus
        if is_numerus:
            if not isinstance(text, tuple):  # was a plain tr() message: start again
                text, kind = (), "unfinished"
            if len(text) != forms:
                text, kind = tuple((list(text) + [""] * forms)[:forms]), "unfinished"
        elif isinstance(text, tuple):  # was a trn() message: start again
            text, kind = "", "unfinished"
        if not _filled(text):
            kind = "unfinished"
        lines.append('    <message numerus="yes">' if is_numerus else "    <message>")
        for rel, line in locations:
            lines.append(f'        <location filename="../{_xml(rel)}" line="{line}"/>')
        lines.append(f"        <source>{_xml(source)}</source>")
        lines += _translation_lines(text, kind, is_numerus)
        lines.append("    </message>")
    for source, (text, _kind) in existing.items():
        if source in messages or not _filled(text):
            continue
        is_numerus = isinstance(text, tuple)
        lines.append('    <message numerus="yes">' if is_numerus else "    <message>")
        lines.append(f"        <source>{_xml(source)}</source>")
        lines += _translation_lines(text, "vanished", is_numerus)
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))


def ts_path(lang):
    return os.path.join(I18N_DIR, f"caremap_{lang}.ts")


def untranslated(messages, existing, forms=None):
    """The sources of ``messages`` without a finished translation in ``existing``. When
    ``messages`` knows its numerus sources (extract()), a numerus source needs every one
    of its ``forms`` forms (a plain translation does not count) and a plain source a str."""
    numerus = getattr(messages, "numerus", None)
    todo = []
    for source in messages:
        text, kind = existing.get(source, ("", ""))
        wrong_kind = numerus is not None and (source in numerus) != isinstance(text, tuple)
        wrong_count = forms is not None and isinstance(text, tuple) and len(text) != forms
        if kind == "unfinished" or not _filled(text) or wrong_kind or wrong_count:
            todo.append(source)
    return todo


def merge_into(existing, merged, messages, forms):
    """Add translations {source: text or [forms]} to ``existing``; return the error
    messages (a list for a plain source, a str or the wrong number of forms for a numerus
    source)."""
    errors = []
    for source, text in merged.items():
        if not text:
            continue
        if source in messages.numerus:
            if not isinstance(text, list) or len(text) != forms:
                errors.append(f"{source!r} is a plural (trn) message: give a list of {forms} forms")
                continue
            text = tuple(text)
        elif isinstance(text, list):
            errors.append(f"{source!r} is not a plural (trn) message: give one string")
            continue
        if _filled(text):
            existing[source] = (text, "")
        else:
            existing[source] = (text, "unfinished")
    return errors


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if anything is untranslated")
    ap.add_argument("--list", action="store_true", help="print the strings found and where")
    ap.add_argument("--untranslated", metavar="LANG", help="print a JSON object of untranslated sources (a plural source maps to a "
                         "list of forms)")
    ap.add_argument("--merge", action="append", default=[], metavar="LANG=FILE.json",
                    help="merge translations from a JSON object {source: translation, or a list of "
                         "forms for a plural (trn) source}")
    ap.add_argument("--pylupdate", action="store_true",
                    help="cross-check with pylupdate5 and add strings only it finds")
    ap.add_argument("--lint", action="store_true",
                    help="list user-visible calls given English text that bypasses tr(); exit 1 if any")
    ap.add_argument("--languages", default=",".join(LANGUAGES), help="comma-separated, default es,pt,fr")
    ap.add_argument("--i18n-dir", help="read and write the .ts files there instead of i18n/ (a copy)")
    args = ap.parse_args(argv)
    if args.i18n_dir:
        global I18N_DIR
        I18N_DIR = os.path.abspath(args.i18n_dir)

    if args.lint:
        problems = lint()
        for rel, line, code in problems:
            print(f"{rel}:{line}: user-visible text not translated: {code}")
        return 1 if problems else 0

    messages, dynamic = extract()
    for rel, line, code in dynamic:
        print(f"i18n_extract: {rel}:{line}: tr() of a non-literal ({code}); its texts must be "
              "extracted from elsewhere", file=sys.stderr)
    if args.pylupdate:
        extra = pylupdate_sources()
        if extra is None:
            print("i18n_extract: pylupdate5 not found, cross-check skipped", file=sys.stderr)
        else:
            for text in sorted(extra - set(messages)):
                if text.strip():
                    print(f"i18n_extract: pylupdate5 found an extra string: {text!r}", file=sys.stderr)
                    messages.setdefault(text, [])
    if args.list:
        for text, locs in messages.items():
            where = ", ".join(f"{r}:{n}" for r, n in locs)
            print(f"{where}\t{'(plural) ' if text in messages.numerus else ''}{text!r}")
        return 0

    merges = {}
    for item in args.merge:
        lang, _, path = item.partition("=")
        with open(path, encoding="utf-8") as fh:
            merges.setdefault(lang, {}).update(json.load(fh))

    languages = [lang for lang in args.languages.split(",") if lang]
    if args.untranslated:
        lang = args.untranslated
        existing = read_ts(ts_path(lang))
        forms = numerus_forms(lang)
        todo = {}
        for source in untranslated(messages, existing, forms):
            if source in messages.numerus:  # a list of forms: singular, plural
                text = existing.get(source, ((), ""))[0]
                text = list(text) if isinstance(text, tuple) else []
                todo[source] = (text + [""] * forms)[:forms]
            else:
                todo[source] = ""
        print(json.dumps(todo, ensure_ascii=False, indent=1))
        return 0

    missing_total = 0
    for lang in languages:
        existing = read_ts(ts_path(lang))
        forms = numerus_forms(lang)
        errors = merge_into(existing, merges.get(lang, {}), messages, forms)
        for error in errors:
            print(f"i18n_extract: {lang}: {error}", file=sys.stderr)
        if errors:
            return 2
        missing = untranslated(messages, existing, forms)
        missing_total += len(missing)
        if not args.check:
            os.makedirs(I18N_DIR, exist_ok=True)
            write_ts(ts_path(lang), LANGUAGES.get(lang, lang), messages, existing, forms)
        print(f"i18n_extract: {lang}: {len(messages)} strings, {len(missing)} untranslated")
    return 1 if (args.check and missing_total) else 0


if __name__ == "__main__":
    sys.exit(main())
