"""The report's words: numbers as the user's locale writes them, the key numbers in
plain sentences (each says exactly what it counts), and the self-contained HTML page
(cards, sentences, maps, charts, method). Used by ``caremap:report``; the figures come
from ``kernels.summaries.key_figures``."""
import base64
import json
import os
import re

import numpy as np
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QLocale

from ..kernels import time_figures
from . import report_layout
from .base import tr, trn

try:  # readable choice labels (processing/choices.py)
    from . import choices as _choices
except ImportError:  # pragma: no cover
    _choices = None

esc = report_layout.html_escape


def pct(v):
    """A share as a percentage with one decimal, in the user's locale (9.8%, 9,8%), as the
    tutorial and the log quote it; "–" for a figure that has no meaning (None)."""
    return "–" if v is None or not np.isfinite(v) else dec(100 * v, 1) + "%"


def dec(v, digits=2):
    """A small number with the user's locale's decimal separator ("–" for None)."""
    if v is None or not np.isfinite(v):
        return "–"
    return QLocale().toString(float(v), "f", digits)


class Localised(float):
    """A number whose ``{:g}`` and ``{:.Nf}`` are written in the user's number locale
    (QLocale: "0,333", "14,4" in Portuguese, as the dock's spin boxes show it), for
    numbers inside translated text (``tr("{0:g} minutes")``); other format specs as a float."""

    def __format__(self, spec):
        if spec == "g":
            return QLocale().toString(float(self), "g", 6)
        fixed = re.fullmatch(r"\.(\d+)f", spec)
        if fixed:
            return QLocale().toString(float(self), "f", int(fixed.group(1)))
        return float.__format__(self, spec)


def num(v):
    """A whole number with the user's locale's digit grouping (1,234 / 1.234 / 1 234)."""
    if v is None or not np.isfinite(v):
        return "–"
    return QLocale().toString(float(round(v)), "f", 0)


def sentences(fig, threshold, target, labels, demand_field):
    """The key numbers in words: each sentence says exactly what it counts."""
    cohort, mode = labels["COHORT_LABEL"], labels["MODE_LABEL"]
    out = [tr("The map covers {0} units with {1} {2}.").format(num(fig["units"]), num(fig["people"]), cohort)]
    if fig["units_null_demand"]:
        out.append(trn("Left out of every figure: %n unit(s) without a value in the demand field ({0}).",
                       fig["units_null_demand"]).format(demand_field))
    if fig["no_demand"]:
        out.append(tr("There is no demand in this layer (every unit has 0 {0}): no share, coverage or "
                           "gap can be computed.").format(cohort))
        return out
    if fig["reach_basis"] == "cost":
        out.append(tr("{0} {1} ({2}) live within {3:g} minutes' {4} of the nearest facility; {5} ({6}) "
                           "live farther away or reach none.").format(
            num(fig["people_within"]), cohort, pct(fig["share_within"]), threshold, mode,
            num(fig["people_beyond"] + fig["people_unreachable"]), pct(fig["share_beyond"])))
        if fig["units_unreachable"]:
            out.append(trn("%n unit(s) with {0} {1} cannot reach any facility within the search limit "
                           "(no cost was computed for them).", fig["units_unreachable"]).format(
                num(fig["people_unreachable"]), cohort))
    elif fig["reach_basis"] == "covered":
        out.append(tr("{0} {1} ({2}) live in units that reach at least one facility within the "
                           "analysis threshold.").format(num(fig["people_within"]), cohort, pct(fig["share_within"])))
    if fig["no_capacity"]:
        out.append(tr("There is no capacity: the facilities within reach have 0 places, so no {0} has "
                           "an accessible place.").format(cohort))
    elif fig["places"] is not None:
        out.append(tr("The facilities within reach offer {0} places to these {1} {2}, {3} places per "
                           "person on average.").format(num(fig["places"]), num(fig["people"]), cohort,
                                                      dec(fig["places_per_person"])))
    if fig["places_missing"] is not None and labels.get("TARGETS"):
        out.append(tr("At the policy targets per age band (a place for {0}), {1} places are needed; {2} "
                           "places are missing in the units below the target (a surplus in one unit does not "
                           "fill another's gap).").format(labels["TARGETS"], num(fig["places_needed"]),
                                                           num(fig["places_missing"])))
    elif fig["places_missing"] is not None:
        out.append(tr("At the policy target of {0} places per person, {1} places are needed; {2} places "
                           "are missing in the units below the target (a surplus in one unit does not fill "
                           "another's gap).").format(dec(target, 3), num(fig["places_needed"]),
                                                     num(fig["places_missing"])))
    if fig["people_without_place"] is not None:
        out.append(tr("Counting one place per person, {0} {1} would have no place within reach.").format(
            num(fig["people_without_place"]), cohort))
    groups = fig.get("unmet_groups")
    if groups:
        what = (tr("of the missing places") if fig["places_missing"] is not None
                else tr("of the people without a place"))
        out.append(trn("{0} {1} lie in %n district(s): {2}.", groups[0]).format(
            pct(groups[1]), what, ", ".join(groups[2])))
    if fig["desert_units"] is not None:
        out.append(tr("{0} units are care deserts (high demand, low access); {1} {2} ({3}) live in them.").format(
            num(fig["desert_units"]), num(fig["people_in_deserts"]), cohort, pct(fig["desert_share"])))
    return out


def time_sentences(profile, temporal, specs, cohort):
    """The figures of time (issue 13 item 5): one sentence per caregivers' time window
    (``kernels.time_figures.window_profile``; ``specs``: label -> its hours, quoted when
    known) and the temporal care deserts (``temporal_desert_figures``, or None)."""
    out = []
    for item in profile or ():
        if item["label"] is None:
            continue
        spec = specs.get(item["label"])
        window = (tr("In the {0} window ({1})").format(item["label"], spec) if spec
                  else tr("In the {0} window").format(item["label"]))
        out.append(tr("{0}, {1} of {2} ({3}) reach a facility that is open then.").format(
            window, pct(item["share"]), cohort, num(item["people"])))
    if temporal is not None:
        out.append(trn("Temporal care deserts (high demand and care within reach at some hour, but none open "
                       "within reach in the caregivers' time window): %n unit(s).", temporal["units"]))
        if temporal["units"]:
            out.append(tr("{0} {1} ({2}) live in the temporal care deserts.").format(
                num(temporal["people"]), cohort, pct(temporal["share"])))
    return out


# ---------------------------------------------------------------- method table
_HEX_ID = re.compile(r"[0-9a-f]{8}_[0-9a-f]{4}_|[0-9a-f]{16,}", re.IGNORECASE)
_PATTERN = re.compile(r"[\\^$*+?{}\[\]]")


def time_sentences_of(alg, parameters, context, units, demand, time_fields, labels):
    """The sentences on time: the share covered per window (covered_<label>) and the
    temporal care deserts (temporal_desert), by kernels.time_figures."""
    try:
        specs = time_figures.window_specs(alg.parameterAsString(parameters, "TIME_WINDOWS", context))
    except ValueError as e:
        raise QgsProcessingException(alg.tr("{0}: {1}. Give the windows as the analysis did, e.g. "
                                             "'evening=Mo-Fr 17:00-20:00'.").format(alg.label("TIME_WINDOWS"), e)) from None
    prefix, temporal_field = time_figures.COVERED_PREFIX, time_figures.TEMPORAL_DESERT_FIELD
    faults = time_figures.flag_faults({f: units.numeric[f] for f in time_fields})
    if faults:
        found = " ".join(alg.trn("Field '{0}' of layer {1} holds %n value(s) other than 0, 1 or empty (e.g. {2}).",
                                 count).format(name, units.layer_name, QLocale().toString(example, "g", 6))
                         for name, count, example in faults)
        raise QgsProcessingException(found + " " + alg.tr(
            "The report reads these fields as yes (1) or no (0) per unit, as Accessibility to care (with time "
            "windows) and Care deserts write them: give the units layer these algorithms wrote, or correct the "
            "values (empty where unknown), or rename the field if it is not theirs."))
    profile = time_figures.window_profile(demand, {f[len(prefix):]: units.numeric[f] for f in time_fields
                                                   if f.startswith(prefix)})
    temporal = (time_figures.temporal_desert_figures(demand, units.numeric[temporal_field])
                if temporal_field in time_fields else None)
    return time_sentences(profile, temporal, specs, labels["COHORT_LABEL"])


def _readable_source(text):
    """A layer given as a path or id, as a reader knows it: its layer name, the file's
    name, or "the previous step's result" for an intermediate layer."""
    from qgis.core import QgsProject

    layer = QgsProject.instance().mapLayer(text)
    if layer is not None:
        return layer.name()
    path, _, rest = text.partition("|")
    m = re.search(r"layername=([^|]+)", rest)
    if _HEX_ID.search(text) or os.path.basename(path).upper().startswith("OUTPUT"):
        return tr("the result of the previous step")
    if m:
        return m.group(1)
    return os.path.basename(path.replace("\\", "/")) or text


def readable_value(name, value, alg_id=None, definition=None):
    """A parameter value in words for the method table; None to leave the row out."""
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, (int, float)):
        return QLocale().toString(float(value), "g", 6)
    if isinstance(value, (list, tuple)):
        parts = [readable_value(name, v, alg_id, definition) for v in value]
        return ", ".join(p for p in parts if p) or None
    if isinstance(value, dict):
        return None
    text = str(value)
    if _choices is not None:
        labelled = _choices.label(name, text, alg_id)
        if labelled != text:
            return labelled
    if "/" in text or "\\" in text or _HEX_ID.search(text) or (definition is not None and definition.isDestination()):
        if _PATTERN.search(text) and "/" not in text:
            return tr("a text pattern (given in the run)")
        return _readable_source(text)
    if _PATTERN.search(text):
        return tr("a text pattern (given in the run)")
    return text.strip("|").replace("|", "; ").replace(",", ", ").replace(",  ", ", ")


def _algorithm(alg_id):
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry().algorithmById(str(alg_id))


def method_rows(own_rows, parameters_text):
    """The method table: [(step, what, value)] in words: the report's own inputs
    (``own_rows`` [(what, value)]) then the run's parameters: ``parameters_text`` is the
    pipeline's record {algorithm id: {parameter: value}}, a flat JSON object, or free
    text (a row per paragraph). No paths, layer ids, patterns or braces."""
    step = tr("This report")
    rows = [(step, what, value) for what, value in own_rows if value not in (None, "")]
    text = (parameters_text or "").strip()
    try:
        parsed = json.loads(text) if text else None
    except ValueError:
        parsed = None
    if isinstance(parsed, dict):
        for key, sub in parsed.items():
            if isinstance(sub, dict):
                alg = _algorithm(key)
                name = alg.displayName() if alg is not None else str(key).split(":")[-1]
                for pname, value in sub.items():
                    definition = alg.parameterDefinition(pname) if alg is not None else None
                    label = definition.description() if definition is not None else str(pname)
                    shown = readable_value(pname, value, key, definition)
                    if shown:
                        rows.append((name, label, shown))
            else:
                shown = readable_value(str(key), sub)
                if shown:
                    rows.append(("", str(key), shown))
    elif text:
        rows.extend(("", tr("Notes"), para.strip()) for para in text.split("\n\n") if para.strip())
    return rows


def run_method(parameters_text):
    """The accessibility method (its static value, e.g. '2sfca') that the run's record
    (``parameters_text``, see :func:`method_rows`) names, or None when it names none (free
    text, no record): the report then never assumes one."""
    from ..kernels import fca as kfca

    try:
        parsed = json.loads((parameters_text or "").strip() or "null")
    except ValueError:
        return None
    if not isinstance(parsed, dict):
        return None
    found = [sub.get("METHOD") for sub in parsed.values() if isinstance(sub, dict) and "METHOD" in sub]
    found += [parsed["METHOD"]] if "METHOD" in parsed else []
    for value in found:
        if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= int(value) < len(kfca.METHODS):
            return kfca.METHODS[int(value)]  # the index a dialog stores
        if isinstance(value, str) and value.strip().lower() in kfca.METHODS:
            return value.strip().lower()
    return None


def explanations(fig, has, threshold, mode, gini_palma, method=None):
    """One sentence per indicator the report shows: [(name, sentence)]. The access
    sentence describes the two-step floating catchment only when the run's record says
    the accessibility ran it (``method`` '2sfca', :func:`run_method`); otherwise it points
    to the method table, never guessing."""
    out = []
    if has.get("COST_FIELD") or has.get("COVERED_FIELD"):
        out.append((tr("Coverage"), tr(
            "The share of the people who live within {0:g} minutes' {1} of at least one facility.").format(
            threshold, mode)))
    if has.get("ACCESS_FIELD") and method == "2sfca":
        out.append((tr("Access (2SFCA)"), tr(
            "Places per person within reach: each facility's places are shared among all the people who "
            "live within the threshold of it, and each unit adds up its shares of every facility it reaches "
            "(two-step floating catchment).")))
    elif has.get("ACCESS_FIELD"):
        out.append((tr("Access"), tr(
            "Places per person within reach, as the accessibility run computed them with its method (the "
            "table of the method below names it when the run's record is given).")))
    if has.get("DESERT_FIELD"):
        out.append((tr("Care desert"), tr(
            "A unit with high demand (many more people than the typical unit) whose nearest facility is "
            "beyond the threshold, or that reaches none.")))
    if has.get("PRIORITY_FIELD"):
        out.append((tr("Care priority index"), tr(
            "A score from 0 to 1 that combines unmet demand, low access and the vulnerability indicators, "
            "each ranked across the units; higher means the unit needs attention first.")))
    if gini_palma:
        out.append((tr("Gini index"), tr(
            "How unequally access is shared among the people: 0 when everyone has the same access, "
            "close to 1 when a few have almost all of it.")))
        out.append((tr("Palma ratio"), tr(
            "The access of the 10% best served divided by the access of the 40% least served: 1 is equal, "
            "2 means the best served have twice as much.")))
    return out


def html_page(labels, subtitle, sentences, fig, overview, images, charts, explained, method_head, method_rows,
              threshold, target):
    """The self-contained HTML page, with the PDF's content: title, area and date, cards
    of the key numbers, the sentences and the overview map, the maps (PNG, inline), the
    charts (SVG, inline) with what they show, what each indicator means, and the method
    table. Readable at any width (everything wraps or scales)."""
    title = esc(labels["TITLE"])
    cohort = labels["COHORT_LABEL"]
    cards = [(tr("{0} in the map").format(cohort), num(fig["people"]))]
    if fig["no_demand"]:
        cards.append((tr("every unit has 0 {0}").format(cohort), tr("no demand")))
    else:
        if fig["reach_basis"] == "cost":
            cards.append((tr("within {0:g} minutes of the nearest facility").format(threshold),
                          pct(fig["share_within"])))
        elif fig["reach_basis"] == "covered":
            cards.append((tr("reach a facility within the analysis threshold"), pct(fig["share_within"])))
        if fig["no_capacity"]:
            cards.append((tr("places within reach"), tr("no capacity")))
        elif fig["places_missing"] is not None and labels.get("TARGETS"):
            cards.append((tr("places missing for the targets per age band ({0})").format(labels["TARGETS"]),
                          num(fig["places_missing"])))
        elif fig["places_missing"] is not None:
            cards.append((tr("places missing for the target of {0} per person").format(dec(target, 3)),
                          num(fig["places_missing"])))
        elif fig["people_without_place"] is not None:
            cards.append((tr("{0} without a place (one place per person)").format(cohort),
                          num(fig["people_without_place"])))
        if fig["desert_share"] is not None:
            cards.append((tr("of {0} live in care deserts").format(cohort), pct(fig["desert_share"])))
    card_html = "".join(f'<div class="card"><b>{esc(v)}</b><span>{esc(k)}</span></div>' for k, v in cards)

    def img(png, alt):
        return f'<img alt="{esc(alt)}" src="data:image/png;base64,{base64.b64encode(png).decode("ascii")}"/>'

    overview_html = f"<figure>{img(overview[1], overview[0])}</figure>" if overview else ""
    maps_html = "".join(f"<figure>{img(png, name)}</figure>" for name, png in images)
    charts_html = "".join(
        f"<figure>{svg}<figcaption>{esc(note)}</figcaption></figure>" for _, svg, note in charts)
    sentences_html = "".join(f"<li>{esc(s)}</li>" for s in sentences)
    explained_html = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in explained)
    method = (report_layout.table_html([esc(h) for h in method_head],
                                       [[esc(c) for c in r] for r in method_rows])
              if method_rows else "<p>{0}</p>".format(esc(tr("No parameters were given."))))
    return f"""<!DOCTYPE html>
<html lang="{esc(tr('en'))}"><head><meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="author" content="{esc(report_layout.AUTHOR)}"/>
<title>{title}</title>
<style>
body{{font-family:sans-serif;max-width:1100px;margin:1.5em auto;padding:0 1em;color:#222;line-height:1.45;
overflow-wrap:break-word}}
h1{{color:#0d4f4b;margin-bottom:.2em}} .sub{{color:#555;margin-top:0}}
.cards{{display:flex;gap:1em;flex-wrap:wrap}}
.card{{border:1px solid #ccc;border-radius:8px;padding:.8em 1.2em;flex:1 1 160px;max-width:100%}}
.card b{{display:block;font-size:1.8em;color:#0d4f4b}} figure{{margin:1em 0}}
img{{max-width:100%;height:auto;border:1px solid #ddd}} svg{{max-width:100%;height:auto}}
.first{{display:flex;flex-wrap:wrap;gap:1em}} .first>*{{flex:1 1 320px;min-width:0}}
table{{border-collapse:collapse;width:100%;table-layout:fixed}}
th,td{{border:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top;overflow-wrap:anywhere}}
dt{{font-weight:bold;margin-top:.5em}} dd{{margin-left:1em}}
</style></head><body>
<h1>{title}</h1>
<p class="sub">{esc(subtitle)}</p>
<div class="cards">{card_html}</div>
<div class="first"><div><h2>{esc(tr("Key numbers"))}</h2><ul>{sentences_html}</ul></div>{overview_html}</div>
<h2>{esc(tr("Maps"))}</h2>{maps_html}
<h2>{esc(tr("Charts"))}</h2>{charts_html}
<h2>{esc(tr("What the indicators mean"))}</h2><dl>{explained_html}</dl>
<h2>{esc(tr("Method and parameters"))}</h2>{method}
</body></html>
"""
