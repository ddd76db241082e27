"""The report's words: numbers as the user's locale writes them, the key numbers in
plain sentences (each says exactly what it counts), and the self-contained HTML page
(cards, sentences, maps, charts, method). Used by ``caremap:report``; the figures come
from ``kernels.summaries.key_figures``."""
import base64
import json
from datetime import date

import numpy as np
from qgis.PyQt.QtCore import QLocale

from . import report_layout
from .base import tr

esc = report_layout.html_escape


def pct(v):
    """A share as a whole percentage; "–" for a figure that has no meaning (None)."""
    return "–" if v is None or not np.isfinite(v) else f"{100 * v:.0f}%"


def dec(v, digits=2):
    """A small number with the user's locale's decimal separator ("–" for None)."""
    if v is None or not np.isfinite(v):
        return "–"
    return QLocale().toString(float(v), "f", digits)


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
        out.append(tr("{0} unit(s) have no value in the demand field ({1}) and are left out of every "
                           "figure.").format(num(fig["units_null_demand"]), demand_field))
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
            out.append(tr("{0} unit(s) with {1} {2} cannot reach any facility within the search limit "
                               "(no cost was computed for them).").format(
                num(fig["units_unreachable"]), num(fig["people_unreachable"]), cohort))
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
        out.append(tr("{0} district(s) hold {1} {2}: {3}.").format(
            groups[0], pct(groups[1]), what, ", ".join(groups[2])))
    if fig["desert_units"] is not None:
        out.append(tr("{0} units are care deserts (high demand, low access); {1} {2} ({3}) live in them.").format(
            num(fig["desert_units"]), num(fig["people_in_deserts"]), cohort, pct(fig["desert_share"])))
    return out


def html_page(labels, sentences, fig, images, charts, layer_name, threshold, target):
    """The self-contained HTML page: title, cards of the key numbers, the sentences, the
    maps (PNG, inline), the charts (SVG, inline) and the method."""
    title = esc(labels["TITLE"])
    params = labels["PARAMETERS"]
    try:
        parsed = json.loads(params) if params else None
    except ValueError:
        parsed = None
    if isinstance(parsed, dict):
        rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in parsed.items())
        method = f"<table>{rows}</table>"
    elif params:
        method = f"<pre>{esc(params)}</pre>"
    else:
        method = "<p>{0}</p>".format(esc(tr("No parameters were given.")))
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
    maps_html = "".join(
        f'<figure><img alt="{esc(tr("map"))} {k + 1}" src="data:image/png;base64,'
        f'{base64.b64encode(img).decode("ascii")}"/></figure>' for k, img in enumerate(images))
    charts_html = "".join(f"<figure>{svg}<figcaption>{esc(name)}</figcaption></figure>" for name, svg in charts)
    sentences_html = "".join(f"<li>{esc(s)}</li>" for s in sentences)
    source = esc(layer_name)
    return f"""<!DOCTYPE html>
<html lang="{esc(tr('en'))}"><head><meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{title}</title>
<style>
body{{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}}
h1{{color:#1b7f79}} .cards{{display:flex;gap:1em;flex-wrap:wrap}}
.card{{border:1px solid #ccc;border-radius:8px;padding:.8em 1.2em;min-width:180px}}
.card b{{display:block;font-size:1.8em;color:#0d4f4b}} figure{{margin:1em 0}} img{{max-width:100%;border:1px solid #ddd}}
svg{{max-width:100%;height:auto}} table{{border-collapse:collapse}} th,td{{border:1px solid #ddd;padding:.3em .6em;text-align:left}}
.charts{{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:1em}}
</style></head><body>
<h1>{title}</h1>
<p>{esc(tr("Report written by CareMap on {0} from layer {1}.").format(date.today().isoformat(), layer_name))}</p>
<div class="cards">{card_html}</div>
<h2>{esc(tr("Key numbers"))}</h2><ul>{sentences_html}</ul>
<h2>{esc(tr("Maps"))}</h2>{maps_html}
<h2>{esc(tr("Charts"))}</h2><div class="charts">{charts_html}</div>
<h2>{esc(tr("Method and parameters"))}</h2>{method}
<p>{esc(tr("Source layer"))}: {source}</p>
</body></html>
"""
