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
        lines += [a.shortHelpString().strip(), ""]
        lines += ["| parameter | type | description | default | optional |", "|---|---|---|---|---|"]
        for p in a.parameterDefinitions():
            optional = "yes" if p.flags() & p.Flag.FlagOptional else ""
            desc = p.description().replace("|", "\\|")
            lines.append(f"| `{p.name()}` | {_type(p)} | {desc} | {_default(p)} | {optional} |")
        outs = a.outputDefinitions()
        if outs:
            lines += ["", "Outputs: " + ", ".join(f"`{o.name()}` ({o.description()})" for o in outs)]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


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
