"""Dialogs for planners (issue 18, item 1): the help panel, the tooltips and the labels
speak of what the dialog shows, never of parameter ids; every required field has a
default name; one default threshold everywhere; the help panel shows '<' and '&' as text
(issue 19: "dep_children (< 15" was cut)."""
import re

from .test_messages import _ids_in


def _all_ids(provider):
    return {p.name() for alg in provider.algorithms() for p in alg.parameterDefinitions()} | {
        o.name() for alg in provider.algorithms() for o in alg.outputDefinitions()}


def _texts(alg):
    yield "help", alg.help_text()
    for p in alg.parameterDefinitions():
        yield f"{p.name()} label", p.description()
        yield f"{p.name()} help", p.help() or ""
    for o in alg.outputDefinitions():
        yield f"output {o.name()} label", o.description()


def test_no_help_or_label_names_a_parameter_id(caremap_provider):
    ids = _all_ids(caremap_provider)
    bad = []
    for alg in caremap_provider.algorithms():
        for where, text in _texts(alg):
            hit = _ids_in(text, ids)
            if hit:
                bad.append(f"{alg.id()} {where} names {hit}")
    assert bad == [], f"{len(bad)} texts name ids:\n" + "\n".join(bad)


def test_every_required_field_parameter_has_a_default_name(caremap_provider):
    from qgis.core import QgsProcessingParameterDefinition, QgsProcessingParameterField

    bad = [f"{alg.id()} {p.name()}" for alg in caremap_provider.algorithms() for p in alg.parameterDefinitions()
           if isinstance(p, QgsProcessingParameterField)
           and not p.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional
           and not p.defaultValue()]
    assert bad == [], bad


def test_one_default_threshold(caremap_provider):
    """Every threshold in minutes defaults to kernels.costs.DEFAULT_THRESHOLD_MINUTES, and
    so do the dock and the chart data."""
    from caremap.kernels.costs import DEFAULT_THRESHOLD_MINUTES
    from caremap.ui import layer_data

    seen = {}
    for alg in caremap_provider.algorithms():
        p = alg.parameterDefinition("THRESHOLD")
        if p is not None:
            seen[alg.id()] = float(p.defaultValue())
    assert seen and set(seen.values()) == {DEFAULT_THRESHOLD_MINUTES}, seen
    assert layer_data.ChartData.__dataclass_fields__["threshold"].default == DEFAULT_THRESHOLD_MINUTES


def test_help_panel_shows_less_than_and_ampersand_as_text(caremap_provider):
    alg = caremap_provider.algorithm("caredemand")
    plain = alg.help_text()
    html = alg.shortHelpString()
    # every '<' of the HTML starts a tag we wrote (br or a link), never the help's own text
    for tag in re.findall(r"<[^>]*>", html):
        assert re.fullmatch(r"<br>|<a href=\"[^\"]+\">|</a>", tag), tag
    assert plain.count("\n") == html.count("<br>") - (2 if "<a href" in html else 0)
