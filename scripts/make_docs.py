"""Write the algorithm reference from the running provider (so it can't drift from the
code: tests/qgis/test_docs.py compares them):

- docs/algorithms.md, the Markdown reference (English);
- docs/html/algorithms.html (English) and docs/html/algorithms.<lang>.html (es, pt, fr),
  the rendered reference the Help button opens (processing/help_links.reference_url),
  generated with the plugin's translator for that language installed (i18n/caremap_<lang>.qm)
  so names, help and parameter labels are the ones the dialog shows; each algorithm's
  section has id="<algorithm id>" (e.g. ``accessibility``);
- docs/html/methods.html, docs/methods.md rendered (python ``markdown``: tables, section
  anchors), where the help panel's formula link points (help_links.method_url).

Plain HTML with a small inline stylesheet, no external resource, readable at any width.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_docs.py [--html-only]
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "docs", "algorithms.md")
HTML_DIR = os.path.join(ROOT, "docs", "html")
METHODS_MD = os.path.join(ROOT, "docs", "methods.md")
HTML_LANGUAGES = ("es", "pt", "fr")


def _default(p):
    v = p.defaultValue()
    if v is None or v == "":
        return ""
    if p.type() == "enum":  # the static value a script types (the dialog stores the index)
        from caremap.processing import choices

        v = choices.static_value(p, v)
    return f"`{v}`"


def _type(p):
    t = p.type()
    if t == "enum":
        from caremap.processing import choices

        return "choice: " + ", ".join(f"`{v}` ({o})" for v, o in zip(choices.values_of(p) or [], p.options()))
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


# ---- HTML ---------------------------------------------------------------------------------
CSS = """
html { -webkit-text-size-adjust: 100%; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
       line-height: 1.5; color: #1d232a; background: #fff; margin: 0 auto; padding: 0.5em 1em 3em;
       max-width: 52em; overflow-wrap: break-word; }
h1 { font-size: 1.6em; margin: 0.6em 0 0.4em; }
h2 { font-size: 1.3em; margin-top: 1.8em; padding-top: 0.4em; border-top: 1px solid #d0d7de; }
h3 { font-size: 1.1em; margin-top: 1.4em; }
a { color: #0b5cad; }
code { font-family: ui-monospace, "DejaVu Sans Mono", Consolas, monospace; font-size: 0.92em;
       background: #f2f4f7; padding: 0 0.2em; border-radius: 3px; }
pre { background: #f2f4f7; padding: 0.6em; overflow-x: auto; }
pre code { background: none; padding: 0; }
blockquote { margin: 0.8em 0; padding: 0.5em 0.9em; background: #f4f8fc; border-left: 4px solid #0b5cad;
             font-size: 1.05em; overflow-x: auto; }
.table { overflow-x: auto; margin: 0.6em 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.93em; }
th, td { border: 1px solid #d0d7de; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
th { background: #f2f4f7; }
.help p { margin: 0.5em 0; }
.meta { color: #57606a; font-size: 0.9em; }
.toc { columns: 16em; padding-left: 1.2em; }
@media (max-width: 40em) {
  body { padding: 0.3em 0.6em 2em; }
  table, thead, tbody, tr, th, td { display: block; width: auto; }
  thead { display: none; }
  tr { border: 1px solid #d0d7de; margin: 0.5em 0; }
  td { border: none; }
}
"""

# The page's own words (the algorithms' texts come from the plugin's translations).
WORDS = {
    "title": {"en": "CareMap algorithm reference", "es": "Referencia de los algoritmos de CareMap",
              "pt": "Referência dos algoritmos do CareMap", "fr": "Référence des algorithmes de CareMap"},
    "intro": {"en": "What each algorithm answers, how to read its outputs, and every parameter as the dialog "
                    "shows it. The name after each label is the one to use in scripts, models and "
                    "qgis_process.",
              "es": "Qué pregunta responde cada algoritmo, cómo leer sus resultados y cada parámetro tal como "
                    "lo muestra el diálogo. El nombre tras cada etiqueta es el que se usa en scripts, modelos y "
                    "qgis_process.",
              "pt": "Que pergunta cada algoritmo responde, como ler os seus resultados e cada parâmetro tal "
                    "como o diálogo o mostra. O nome após cada rótulo é o usado em scripts, modelos e "
                    "qgis_process.",
              "fr": "La question à laquelle répond chaque algorithme, comment lire ses résultats et chaque "
                    "paramètre tel que la boîte de dialogue l'affiche. Le nom après chaque libellé est celui à "
                    "utiliser dans les scripts, les modèles et qgis_process."},
    "parameters": {"en": "Parameters", "es": "Parámetros", "pt": "Parâmetros", "fr": "Paramètres"},
    "outputs": {"en": "Outputs", "es": "Resultados", "pt": "Resultados", "fr": "Résultats"},
    "parameter": {"en": "Parameter", "es": "Parámetro", "pt": "Parâmetro", "fr": "Paramètre"},
    "description": {"en": "What it is", "es": "Qué es", "pt": "O que é", "fr": "Ce que c'est"},
    "default": {"en": "Default", "es": "Por defecto", "pt": "Padrão", "fr": "Par défaut"},
    "optional": {"en": "optional", "es": "opcional", "pt": "opcional", "fr": "facultatif"},
    "advanced": {"en": "advanced", "es": "avanzado", "pt": "avançado", "fr": "avancé"},
    "output": {"en": "Output", "es": "Resultado", "pt": "Resultado", "fr": "Résultat"},
    "choices": {"en": "Choices", "es": "Opciones", "pt": "Opções", "fr": "Choix"},
    "formula": {"en": "Formula, method and references", "es": "Fórmula, método y referencias",
                "pt": "Fórmula, método e referências", "fr": "Formule, méthode et références"},
    "methods": {"en": "CareMap methods", "es": "Métodos de CareMap (en inglés)",
                "pt": "Métodos do CareMap (em inglês)", "fr": "Méthodes de CareMap (en anglais)"},
    "group": {"en": "Group", "es": "Grupo", "pt": "Grupo", "fr": "Groupe"},
}


def _word(key, lang):
    return WORDS[key].get(lang, WORDS[key]["en"])


def _e(text):
    return html.escape(str(text), quote=True)


def _paragraphs(text):
    """Plain help text as HTML paragraphs (blank line = new paragraph, line break kept)."""
    out = []
    for block in re.split(r"\n\s*\n", str(text).strip()):
        if block.strip():
            out.append("<p>" + "<br>\n".join(_e(line) for line in block.strip().split("\n")) + "</p>")
    return "\n".join(out)


def _page(title, body, lang):
    return ("<!DOCTYPE html>\n"
            f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def _html_default(p):
    from caremap.processing import choices

    v = p.defaultValue()
    if v is None or v == "" or v == []:
        return ""
    if p.type() == "enum":
        options = p.options()
        values = v if isinstance(v, list) else [v]
        labels = []
        for item in values:
            try:
                labels.append(options[int(item)])
            except (TypeError, ValueError, IndexError):
                statics = choices.values_of(p) or []
                labels.append(options[statics.index(item)] if item in statics else str(item))
        return ", ".join(labels)
    return str(v)


def _choices_html(p, lang):
    from caremap.processing import choices

    if p.type() != "enum":
        return ""
    statics = choices.values_of(p) or []
    items = []
    for k, label in enumerate(p.options()):
        value = statics[k] if k < len(statics) else str(k)
        items.append(f"{_e(label)} (<code>{_e(value)}</code>)")
    return f'<br><span class="meta">{_word("choices", lang)}: ' + "; ".join(items) + "</span>"


def _algorithm_html(alg, lang, method_anchors):
    name = alg.name()
    parts = [f'<section id="{_e(name)}">',
             f"<h2>{_e(alg.displayName())}</h2>",
             f'<p class="meta">{_word("group", lang)}: {_e(alg.group())} · <code>{_e(alg.id())}</code></p>',
             '<div class="help">', _paragraphs(alg.help_text()), "</div>"]
    anchor = method_anchors.get(name)
    if anchor:
        parts.append(f'<p><a href="methods.html#{_e(anchor)}">{_e(_word("formula", lang))}</a></p>')
    parts += [f"<h3>{_word('parameters', lang)}</h3>", '<div class="table"><table>',
              f"<thead><tr><th>{_word('parameter', lang)}</th><th>{_word('description', lang)}</th>"
              f"<th>{_word('default', lang)}</th></tr></thead><tbody>"]
    for p in alg.parameterDefinitions():
        if p.isDestination():
            continue
        flags = []
        if p.flags() & p.Flag.FlagOptional:
            flags.append(_word("optional", lang))
        if p.flags() & p.Flag.FlagAdvanced:
            flags.append(_word("advanced", lang))
        meta = f' <span class="meta">({", ".join(flags)})</span>' if flags else ""
        parts.append(f"<tr><td>{_e(p.description())}{meta}<br><code>{_e(p.name())}</code></td>"
                     f"<td>{_e(p.help() or '')}{_choices_html(p, lang)}</td><td>{_e(_html_default(p))}</td></tr>")
    parts.append("</tbody></table></div>")
    outs = alg.outputDefinitions()
    if outs:
        parts += [f"<h3>{_word('outputs', lang)}</h3>", '<div class="table"><table>',
                  f"<thead><tr><th>{_word('output', lang)}</th><th>{_word('description', lang)}</th></tr></thead>"
                  "<tbody>"]
        for o in outs:
            meaning = alg.PARAM_HELP.get(o.name())
            meaning = alg.tr(meaning) if meaning else o.description()
            parts.append(f"<tr><td>{_e(o.description())}<br><code>{_e(o.name())}</code></td>"
                         f"<td>{_e(' '.join(str(meaning).split()))}</td></tr>")
        parts.append("</tbody></table></div>")
    parts.append("</section>")
    return "\n".join(parts)


def render_algorithms_html(provider, lang="en"):
    """The rendered reference in the language whose translator is installed now: fresh
    algorithm instances (their labels are translated when they are created)."""
    from caremap.processing.help_links import METHOD_ANCHORS

    algs = sorted((a.create() for a in provider.algorithms()), key=lambda a: (a.groupId(), a.name()))
    title = _word("title", lang)
    body = [f"<h1>{_e(title)}</h1>", f"<p>{_e(_word('intro', lang))}</p>",
            f'<p><a href="methods.html">{_e(_word("methods", lang))}</a></p>', '<ul class="toc">']
    body += [f'<li><a href="#{_e(a.name())}">{_e(a.displayName())}</a></li>' for a in algs]
    body.append("</ul>")
    body += [_algorithm_html(a, lang, METHOD_ANCHORS) for a in algs]
    return _page(title, "\n".join(body), lang)


def _md_link(match):
    target = match.group(2)
    base, _, frag = target.partition("#")
    if base == "algorithms.md":
        base = "algorithms.html"
    else:
        base = "../" + base
    return f'{match.group(1)}"{base}{"#" + frag if frag else ""}"'


def render_methods_html(text=None):
    """docs/methods.md as HTML: headings with anchors (the slug GitHub gives them, which
    the page's own contents use), tables, formulas (the '>' lines) in a box; links to
    other Markdown pages go to the files beside it (algorithms.md -> algorithms.html)."""
    import markdown

    if text is None:
        with open(METHODS_MD, encoding="utf-8") as fh:
            text = fh.read()
    # a sub-item indented by 2 spaces (GitHub) needs 4 in python-markdown
    text = re.sub(r"(?m)^  (?=(?:[-*]|\d+\.) )", "    ", text)
    body = markdown.markdown(text, extensions=["tables", "toc", "sane_lists"], output_format="html")
    body = re.sub(r'(href=)"(?!#|https?:|mailto:)([^"]+\.md(?:#[^"]*)?)"', _md_link, body)
    body = body.replace("<table>", '<div class="table"><table>').replace("</table>", "</table></div>")
    title = re.search(r"<h1[^>]*>(.*?)</h1>", body)
    return _page(re.sub(r"<[^>]+>", "", title.group(1)) if title else "CareMap methods", body, "en")


def html_path(lang="en"):
    return os.path.join(HTML_DIR, "algorithms.html" if lang == "en" else f"algorithms.{lang}.html")


def qm_path(lang):
    return os.path.join(ROOT, "i18n", f"caremap_{lang}.qm")


def render_html_files(provider):
    """{path: text} of every HTML file (English, then each language with its translator
    installed for the time of rendering; a language without its .qm is skipped)."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    out = {html_path("en"): render_algorithms_html(provider, "en"),
           os.path.join(HTML_DIR, "methods.html"): render_methods_html()}
    for lang in HTML_LANGUAGES:
        translator = QTranslator()
        if not translator.load(qm_path(lang)):
            print(f"make_docs: {qm_path(lang)} missing: run `make i18n`; {lang} page skipped", file=sys.stderr)
            continue
        QCoreApplication.installTranslator(translator)
        try:
            out[html_path(lang)] = render_algorithms_html(provider, lang)
        finally:
            QCoreApplication.removeTranslator(translator)
    return out


def main():
    sys.path.insert(0, os.path.join(ROOT, "bench"))
    import _path

    _path.qgis_app()
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("caremap")
    files = {} if "--html-only" in sys.argv[1:] else {OUT: render(provider)}
    files.update(render_html_files(provider))
    os.makedirs(HTML_DIR, exist_ok=True)
    for path, text in files.items():
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        print(path)


if __name__ == "__main__":
    main()
