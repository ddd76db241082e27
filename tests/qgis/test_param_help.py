"""Every input parameter of every CareMap algorithm carries help text (its tooltip in the
dialogs and its line in `qgis_process help`), set from PARAM_HELP / COMMON_PARAM_HELP."""
import ast
import pathlib

import pytest

ALG_DIR = pathlib.Path(__file__).resolve().parents[2] / "processing" / "algorithms"
BASE = ALG_DIR.parent / "base.py"


def _inputs(alg):
    return [p for p in alg.parameterDefinitions() if not p.isDestination()]


def test_provider_has_algorithms(caremap_provider):
    assert len(caremap_provider.algorithms()) >= 15


def test_every_input_parameter_has_help(caremap_provider):
    missing = [f"{alg.id()} {p.name()}" for alg in caremap_provider.algorithms()
               for p in _inputs(alg) if not (p.help() or "").strip()]
    assert missing == [], "parameters without help: " + ", ".join(missing)


def test_every_output_says_what_it_writes(caremap_provider):
    missing = [f"{alg.id()} {p.name()}" for alg in caremap_provider.algorithms()
               for p in alg.parameterDefinitions() if p.isDestination() and not (p.help() or "").strip()]
    assert missing == [], "outputs without help: " + ", ".join(missing)


def test_help_is_more_than_the_label(caremap_provider):
    """The help explains the parameter (a typical value), it does not repeat its label."""
    from caremap.processing.base import COMMON_PARAM_HELP

    for alg in caremap_provider.algorithms():
        for p in _inputs(alg):
            source = type(alg).PARAM_HELP.get(p.name()) or COMMON_PARAM_HELP.get(p.name()) or ""
            assert source.strip() != p.description().strip(), (alg.id(), p.name())
            assert "Typical" in source, (alg.id(), p.name(), source)


def test_help_names_only_own_parameters(caremap_provider):
    """PARAM_HELP keys are parameters the algorithm really has (no stale entries)."""
    for alg in caremap_provider.algorithms():
        names = {p.name() for p in alg.parameterDefinitions()} | {o.name() for o in alg.outputDefinitions()}
        stale = set(type(alg).PARAM_HELP) - names
        assert not stale, (alg.id(), stale)


def _noop_calls(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            yield node


@pytest.mark.parametrize("path", [BASE, *sorted(ALG_DIR.glob("*.py"))], ids=lambda p: p.name)
def test_help_strings_are_extractable(path):
    """pylupdate only finds QT_TRANSLATE_NOOP("CareMap", <string literal>)."""
    for call in _noop_calls(path):
        assert len(call.args) == 2, ast.dump(call)
        ctx, text = call.args
        assert isinstance(ctx, ast.Constant) and ctx.value == "CareMap", ast.dump(call)
        assert isinstance(text, ast.Constant) and isinstance(text.value, str) and text.value, ast.dump(call)
