"""The dock's key figures: read the cost in minutes (companion fields ``cost_unit`` and
``cost_speed_kmh``, ``kernels.costs.cost_in_minutes``), compute the coverage curve and
the key figures at the dock's own target and threshold (``kernels.summaries``; no
formula here), and word each card so it says what it counts."""
import html

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication, QLocale

from ..kernels import costs as kcosts
from ..kernels import summaries
from .layer_data import read_columns


def tr(text):
    return QCoreApplication.translate("CareMap", text)


def cost_minutes(layer, cost):
    """``cost`` (cost_nearest of ``layer``) in minutes: (minutes or None, note)."""
    if cost is None:
        return None, ""
    _, cols = read_columns(layer, numeric=["cost_speed_kmh"], text=["cost_unit"])
    units = sorted({u.strip().lower() for u in cols.get("cost_unit", []) if u})
    if not units:
        return cost, ""
    if len(units) > 1:
        return None, tr("cost_nearest mixes units ({0}): the coverage figures are not shown. "
                        "Re-run Accessibility.").format(", ".join(units))
    speeds = cols.get("cost_speed_kmh")
    speeds = speeds[np.isfinite(speeds)] if speeds is not None else np.zeros(0)
    try:
        return kcosts.cost_in_minutes(cost, units[0], float(speeds[0]) if speeds.size else None), ""
    except ValueError:
        return None, tr("cost_nearest is in {0} and the layer has no speed (cost_speed_kmh) to turn it into "
                        "minutes: the coverage figures are not shown. Re-run Accessibility with a speed, or "
                        "fill cost_speed_kmh.").format(units[0])


def compute(layer, data, demand_field):
    """Put the coverage curve and the key figures of ``data`` (at ``data.threshold`` and
    ``data.target``, the dock's controls) into ``data.summaries``; ``data.cost`` becomes
    minutes. Returns the status notes (what the figures leave out or cannot say)."""
    notes = []
    cost, note = cost_minutes(layer, data.cost)
    if note:
        notes.append(note)
    data.cost = cost
    s = data.summaries
    s.pop("coverage_minutes", None)
    s.pop("coverage_share", None)
    if cost is not None:
        s["coverage_minutes"], s["coverage_share"] = summaries.coverage_curve(cost, data.demand)
    key = summaries.key_figures(data.demand, cost=cost, threshold=data.threshold,
                                covered=data.covered if cost is None else None, access=data.access,
                                target=data.target, desert=data.desert)
    s["key"] = key
    if key["units_null_demand"]:
        notes.append(tr("{0} unit(s) have no value in {1} and are left out of the figures.").format(
            key["units_null_demand"], demand_field))
    if key["no_demand"]:
        notes.append(tr("No demand in this layer: {0} is 0 in every unit.").format(demand_field))
    elif key["no_capacity"]:
        notes.append(tr("No capacity: the facilities within reach have 0 places."))
    if key["units_unreachable"]:
        notes.append(tr("{0} unit(s) ({1} people) cannot reach any facility within the search limit.").format(
            key["units_unreachable"], QLocale().toString(int(round(key["people_unreachable"])))))
    return notes


def card_texts(key, target, threshold):
    """{card: (rich text, tooltip, value)} for the three cards; "–" where a figure has
    no value, "no demand" when there is none. ``key`` from :func:`compute`."""
    locale = QLocale()
    people = key.get("people")
    needed = key.get("places_needed")

    def share(v):
        return tr("{0:.0f}% of demand").format(100.0 * v / people) if people else ""

    def of_needed(v):
        return tr("of {0} needed").format(locale.toString(int(round(needed)))) if needed is not None else ""

    by_cost = key.get("reach_basis") != "covered"
    specs = {
        "people_within": (
            tr("People within {0:g} min").format(threshold) if by_cost else tr("People reaching a facility"),
            key.get("people_within"), share,
            tr("People whose nearest facility is at most {0:g} minutes away (cost_nearest, the Access threshold "
               "above)").format(threshold) if by_cost else
            tr("People in units that reach a facility within the threshold of the accessibility run (field "
               "covered)")),
        "people_in_deserts": (
            tr("People in care deserts"), key.get("people_in_deserts"), share,
            tr("People in units that the Care deserts run classed as deserts (field desert)")),
        "places_missing": (
            tr("Places missing for {0:g}/person").format(target), key.get("places_missing"), of_needed,
            tr("Places missing so that every unit reaches the policy target of {0:g} places per person (the "
               "control above), summed over the units below it; a surplus in one unit does not fill another's "
               "gap").format(target)),
    }
    out = {}
    for name, (title, value, note_of, tip) in specs.items():
        if key.get("no_demand"):
            text, note = "–", tr("no demand")
        elif value is None or not np.isfinite(value):
            text, note = "–", ""
        else:
            text, note = locale.toString(int(round(value))), note_of(value)
        out[name] = (f"<span style='font-size:15pt;font-weight:bold'>{text}</span><br>"
                     f"{html.escape(title)}<br><small>{html.escape(note)}</small>", tip, value)
    return out
