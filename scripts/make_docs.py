"""Write docs/algorithms.md, the algorithm reference, from the running provider (so the
reference can't drift from the code: tests/qgis/test_docs.py compares them).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_docs.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "docs", "algorithms.md")


def _default(p):
    v = p.defaultValue()
    if v is None or v == "":
        return ""
    return f"`{v}`"


def _type(p):
    t = p.type()
    if t == "enum":
        return "choice: " + ", ".join(f"`{o}`" for o in p.options())
    return t


def render(provider):
    lines = ["# CareMap algorithm reference", "",
             "Generated from the plugin by `scripts/make_docs.py`; every parameter name is stable "
             "(models, batch files and `qgis_process` calls depend on it). Run any of them with "
             "`qgis_process run caremap:<id> -- NAME=value ...` or from the Processing Toolbox.", ""]
    algs = sorted(provider.algorithms(), key=lambda a: (a.groupId(), a.name()))
    lines.append("| id | name | group |")
    lines.append("|---|---|---|")
    for a in algs:
        lines.append(f"| [`{a.id()}`](#{a.name()}) | {a.displayName()} | {a.group()} |")
    lines.append("")
    for a in algs:
        lines += [f"<a id=\"{a.name()}\"></a>", f"## {a.displayName()} (`{a.id()}`)", ""]
        lines += [a.tr(a.HELP).strip(), ""]  # the figures are in the outputs table below
        lines += ["| parameter | type | description | default | optional |", "|---|---|---|---|---|"]
        for p in a.parameterDefinitions():
            optional = "yes" if p.flags() & p.Flag.FlagOptional else ""
            desc = p.description().replace("|", "\\|")
            lines.append(f"| `{p.name()}` | {_type(p)} | {desc} | {_default(p)} | {optional} |")
        outs = a.outputDefinitions()
        if outs:
            lines += ["", "| output | type | what it is |", "|---|---|---|"]
            for o in outs:
                meaning = a.PARAM_HELP.get(o.name()) or o.description()
                lines.append(f"| `{o.name()}` | {_output_type(o)} | {_cell(meaning)} |")
        lines.append("")
    lines += MODELS
    return "\n".join(lines).rstrip() + "\n"


def _cell(text):
    return " ".join(str(text).split()).replace("|", "\\|")


def _output_type(o):
    """'layer output' / 'file output' for what a destination parameter writes, 'number
    output' / 'text output' for a figure (usable as a model source)."""
    kind = o.type()
    if kind in ("outputNumber",):
        return "number output"
    if kind in ("outputString",):
        return "text output"
    if kind in ("outputHtml", "outputFile", "outputFolder"):
        return "file output"
    return "layer output"


MODELS = [
    "## Models that cannot drift", "",
    "Every figure in the output tables above is a declared output: in the Graphical Modeler it is "
    "a source for a later step (e.g. `TOTAL_DEMAND` of Care gaps as a number input of another "
    "algorithm), and `qgis_process run --json` returns it under the same name. A figure with no "
    "meaning (a share when there is no demand) is `None`, never NaN.", "",
    "A model input's default value is only shown in the dialog: when a model is run without that "
    "input (from `processing.run`, `qgis_process` or a batch), QGIS passes nothing to the steps "
    "that use it, and each step then falls back to its *own* default, which may differ (Care "
    "demand counts every age band; Care deserts uses 20 minutes). So that a model cannot drift:", "",
    "- a model input either is required with no default, or its default is wired into every step "
    "that uses it: give the step the pre-calculated value `coalesce(@band_mapping, 'p_0_2:0-2;p_3_5:3-5')` "
    "instead of the plain model input, so leaving the input out gives exactly its shown default;",
    "- a field input (e.g. the district field) keeps the default field name of the steps it feeds "
    "(`district`, `women_15_64`): CareMap uses a default field only when the layer has it, both in "
    "the model and in the steps;",
    "- run the model once with only its required inputs and once with every input given as shown, "
    "and compare: the results must be equal (`tests/qgis/test_model.py` does this for the bundled "
    "`models/care_map.model3`, which `scripts/make_model.py` builds this way).", "",
]


def main():
    sys.path.insert(0, os.path.join(ROOT, "bench"))
    import _path

    _path.qgis_app()
    from qgis.core import QgsApplication

    text = render(QgsApplication.processingRegistry().providerById("caremap"))
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(OUT)


if __name__ == "__main__":
    main()
