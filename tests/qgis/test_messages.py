"""No message and no dialog label names a parameter id (issue 11, "Must show": error
messages "never a parameter ID the dialog does not show"; docs/architecture.md, Errors).

The dialog shows labels ('Catchment threshold'), not ids (THRESHOLD), which only
qgis_process and models show. Two checks:

- every parameter description (the dialog label) of every CareMap algorithm, read from
  the running provider, holds no id: no UPPER_CASE_WITH_UNDERSCORE word, and no bare id of
  that algorithm (THRESHOLD, NETWORK, INPUT, P...);
- every string literal given to ``tr()`` / ``self.tr()`` / ``alg.tr()`` in processing/ and
  ui/ (the messages, labels and log lines) holds no parameter id of any CareMap algorithm.
  Help texts (HELP, PARAM_HELP, COMMON_PARAM_HELP, marked with QT_TRANSLATE_NOOP) document
  the qgis_process names and may keep them.
"""
import ast
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCANNED = [ROOT / "processing", ROOT / "ui"]
HELP_NAMES = {"HELP", "PARAM_HELP", "COMMON_PARAM_HELP"}

# Ids that are also ordinary words or acronyms of the domain: a label may say "GDP" or
# "Benjamini-Hochberg FDR" (the name of the method, not the id of the checkbox).
ORDINARY_WORDS = {"GDP", "FDR"}
UPPER_ID = re.compile(r"(?<![A-Za-z0-9_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![A-Za-z0-9_])")


def _ids_in(text, ids):
    """The parameter ids ``text`` names: case-sensitive whole words."""
    found = {m.group(0) for m in UPPER_ID.finditer(text)}
    for i in ids:
        if i not in ORDINARY_WORDS and re.search(rf"(?<![A-Za-z0-9_]){re.escape(i)}(?![A-Za-z0-9_])", text):
            found.add(i)
    return sorted(found - ORDINARY_WORDS)


def _all_ids(provider):
    return {p.name() for alg in provider.algorithms() for p in alg.parameterDefinitions()}


# ------------------------------------------------------------------ the dialog labels
def test_no_dialog_label_names_a_parameter_id(caremap_provider):
    bad = []
    for alg in caremap_provider.algorithms():
        ids = {p.name() for p in alg.parameterDefinitions()}
        for p in alg.parameterDefinitions():
            hit = _ids_in(p.description(), ids)
            if hit:
                bad.append(f"{alg.id()} {p.name()}: {p.description()!r} names {hit}")
        for o in alg.outputDefinitions():
            hit = _ids_in(o.description(), ids)
            if hit:
                bad.append(f"{alg.id()} output {o.name()}: {o.description()!r} names {hit}")
    assert bad == [], "\n".join(bad)


def test_label_helper_gives_the_dialog_label(caremap_provider):
    """base.label(name) is what messages use instead of the id."""
    alg = caremap_provider.algorithm("catchments")
    assert alg.label("THRESHOLDS") == "'" + alg.parameterDefinition("THRESHOLDS").description() + "'"
    assert "THRESHOLDS" not in alg.label("THRESHOLDS")


# ------------------------------------------------------------------ the messages (static)
def _is_tr(call):
    f = call.func
    return (isinstance(f, ast.Name) and f.id == "tr") or (isinstance(f, ast.Attribute) and f.attr == "tr")


def _literal(node):
    """The text of a string constant or the constant parts of an f-string."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        return None if left is None or right is None else left + right
    return None


def _help_nodes(tree):
    """Nodes inside HELP / PARAM_HELP / COMMON_PARAM_HELP assignments (skipped)."""
    skip = set()
    for node in ast.walk(tree):
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        names = {t.id if isinstance(t, ast.Name) else getattr(t, "attr", None) for t in targets}
        if names & HELP_NAMES:
            skip.update(id(n) for n in ast.walk(node))
    return skip


def tr_literals(path):
    """(line, text) of every string literal passed to tr() / x.tr() in ``path``, outside the
    help assignments."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    skip = _help_nodes(tree)
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _is_tr(node) and node.args and id(node) not in skip:
            text = _literal(node.args[0])
            if text:
                out.append((node.lineno, text))
    return sorted(out)


def message_offenders(ids):
    """{relative path: [(line, ids, text)]} of the tr() literals that name an id."""
    bad = {}
    for folder in SCANNED:
        for path in sorted(folder.rglob("*.py")):
            for line, text in tr_literals(path):
                hit = _ids_in(text, ids)
                if hit:
                    bad.setdefault(str(path.relative_to(ROOT)), []).append((line, hit, text[:90]))
    return bad


def test_the_scanner_finds_a_tr_literal_with_an_id(tmp_path):
    """The static check can fail: a message naming an id is found, help texts are not."""
    src = tmp_path / "m.py"
    src.write_text(
        "HELP = 'THRESHOLD in COST_UNIT'\n"
        "PARAM_HELP = {'X': QT_TRANSLATE_NOOP('CareMap', 'uses COST_MODE')}\n"
        "def f(self):\n"
        "    raise E(self.tr('COST_MODE=network needs a NETWORK line layer.'))\n"
        "    tr(f'limit {x} (COST_UNIT)')\n"
        "    alg.tr('Road network, when costs are by road network')\n", encoding="utf-8")
    found = [(line, _ids_in(text, {"THRESHOLD", "NETWORK", "COST_MODE", "COST_UNIT"}))
             for line, text in tr_literals(src)]
    assert found == [(4, ["COST_MODE", "NETWORK"]), (5, ["COST_UNIT"]), (6, [])]


def test_no_message_names_a_parameter_id(caremap_provider):
    bad = message_offenders(_all_ids(caremap_provider))
    lines = [f"{path}:{line}: {hit} in {text!r}" for path, items in bad.items() for line, hit, text in items]
    assert lines == [], f"{len(lines)} message(s) name a parameter id:\n" + "\n".join(lines)
