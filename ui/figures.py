"""The dock's key figures: read the cost in minutes (companion fields ``cost_unit`` and
``cost_speed_kmh``, through ``processing.costs_io.read_cost_minutes``), compute the coverage curve and
the key figures at the dock's own target and threshold (``kernels.summaries``; no
formula here), and word each card so it says what it counts."""
import html
from types import SimpleNamespace

import numpy as np
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication, QLocale

from ..kernels import costs as kcosts
from ..kernels import summaries
from ..processing import costs_io
from ..processing.base import trn
from ..processing.report_text import Localised as _Localised
from .layer_data import read_columns


def tr(text):
    return QCoreApplication.translate("CareMap", text)


def cost_minutes(layer, cost):
    """``cost`` (cost_nearest of ``layer``) in minutes: (minutes or None, note). The
    processing rule (``costs_io.read_cost_minutes``): each row at its own unit and speed;
    no ``cost_unit`` field means minutes; a unit or speed it cannot use is the note."""
    if cost is None:
        return None, ""
    _, cols = read_columns(layer, numeric=[costs_io.COST_SPEED_FIELD], text=[costs_io.COST_UNIT_FIELD])
    numeric = {"cost_nearest": cost}
    if costs_io.COST_SPEED_FIELD in cols:
        numeric[costs_io.COST_SPEED_FIELD] = cols[costs_io.COST_SPEED_FIELD]
    text = {k: v for k, v in cols.items() if k == costs_io.COST_UNIT_FIELD}
    arrays = SimpleNamespace(numeric=numeric, text=text, source=None, layer_name=layer.name())
    try:
        return costs_io.read_cost_minutes(arrays, "cost_nearest", None), ""
    except QgsProcessingException as err:
        return None, str(err)


METERS = "meters"
MINUTES = "minutes"


def layer_cost(layer, cost):
    """``cost`` (cost_nearest of ``layer``) in the unit the dock shows it: (values or None,
    unit, note). Minutes whenever the processing rule converts it (:func:`cost_minutes`);
    metres as written when every cost of the layer is in metres and no speed turns it into
    minutes (an OD table in metres), so that its own threshold (e.g. 2000 m) is shown in
    metres, never refused or guessed; otherwise None with the note that says why."""
    minutes, note = cost_minutes(layer, cost)
    if minutes is not None or cost is None:
        return minutes, MINUTES, note
    _, cols = read_columns(layer, text=[costs_io.COST_UNIT_FIELD])
    units = cols.get(costs_io.COST_UNIT_FIELD)
    values = np.asarray(cost, dtype=float)
    has = np.isfinite(values)
    if units is None or not has.any() or (values[has] < 0).any():
        return None, MINUTES, note
    unit = np.array([("" if u is None else str(u)).strip().lower() for u in units], dtype=object)
    if not (unit[has] == METERS).all():
        return None, MINUTES, note
    return values.copy(), METERS, tr(
        "Layer {0} gives its travel costs in metres without a speed (field {1} is empty): the threshold, the "
        "coverage curve and the card are in metres.").format(layer.name(), costs_io.COST_SPEED_FIELD)


def layer_threshold(layer, prefer=None, prefer_unit=MINUTES):
    """The threshold the layer's accessibility run used, in the unit the dock shows the
    layer's costs in (:func:`layer_cost`), read back from its fields ``covered`` and
    ``cost_nearest`` (``kernels.summaries.threshold_from_coverage``: ``prefer``, the dock's
    own value in ``prefer_unit``, when it is in that unit and agrees with them).

    Returns (threshold or None when the fields do not say it, unit, largest cost or None)."""
    names = set(layer.fields().names())
    if "cost_nearest" not in names:
        return None, MINUTES, None
    _, cols = read_columns(layer, numeric=[n for n in ("covered", "cost_nearest") if n in names])
    values, unit, _ = layer_cost(layer, cols["cost_nearest"])
    if values is None:
        return None, unit, None
    finite = values[np.isfinite(values)]
    largest = float(finite.max()) if finite.size else None
    if "covered" not in cols:
        return None, unit, largest
    prefer = prefer if prefer_unit == unit else None
    if unit == METERS:
        found = summaries.threshold_from_coverage(values, cols["covered"], prefer=prefer, default=None,
                                                  steps=summaries.METRE_THRESHOLD_STEPS)
    else:
        found = summaries.threshold_from_coverage(values, cols["covered"], prefer=prefer)
    return found, unit, largest


def default_threshold(unit):
    """The dock's threshold for a layer that does not say its own: the default threshold
    (``kernels.costs.DEFAULT_THRESHOLD_MINUTES``), in metres as a walk at the default
    walking speed."""
    if unit == METERS:
        return float(kcosts.minutes_to_meters(kcosts.DEFAULT_THRESHOLD_MINUTES))
    return float(kcosts.DEFAULT_THRESHOLD_MINUTES)


def compute(layer, data, demand_field):
    """Put the coverage curve and the key figures of ``data`` (at ``data.threshold`` and
    ``data.target``, the dock's controls) into ``data.summaries``; ``data.cost`` becomes
    minutes. Returns the status notes (what the figures leave out or cannot say)."""
    notes = []
    cost, data.cost_unit, note = layer_cost(layer, data.cost)
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
        notes.append(trn("%n unit(s) without a value in {0}, left out of the figures.",
                         key["units_null_demand"]).format(demand_field))
    if key["no_demand"]:
        notes.append(tr("No demand in this layer: {0} is 0 in every unit.").format(demand_field))
    elif key["no_capacity"]:
        notes.append(tr("No capacity: the facilities within reach have 0 places."))
    if key["units_unreachable"]:
        notes.append(trn("%n unit(s) cannot reach any facility within the search limit ({0} people).",
                         key["units_unreachable"]).format(
            QLocale().toString(int(round(key["people_unreachable"])))))
    return notes


def card_texts(key, target, threshold, unit=MINUTES):
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
            (tr("People within {0} m").format(locale.toString(float(threshold), "f", 0)) if unit == METERS
             else tr("People within {0:g} min").format(_Localised(threshold))) if by_cost else
            tr("People reaching a facility"),
            key.get("people_within"), share,
            (tr("People whose nearest facility is at most {0} metres away (cost_nearest, the Access threshold "
                "above)").format(locale.toString(float(threshold), "f", 0)) if unit == METERS else
             tr("People whose nearest facility is at most {0:g} minutes away (cost_nearest, the Access threshold "
                "above)").format(_Localised(threshold))) if by_cost else
            tr("People in units that reach a facility within the threshold of the accessibility run (field "
               "covered)")),
        "people_in_deserts": (
            tr("People in care deserts"), key.get("people_in_deserts"), share,
            tr("People in units that the Care deserts run classed as deserts (field desert)")),
        "places_missing": (
            tr("Places missing for {0:g}/person").format(_Localised(target)), key.get("places_missing"), of_needed,
            tr("Places missing so that every unit reaches the policy target of {0:g} places per person (the "
               "control above), summed over the units below it; a surplus in one unit does not fill another's "
               "gap").format(_Localised(target))),
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


def block_card_texts(plan):
    """{card: (rich text, tooltip, value)} for a careblocks units output (``plan`` from
    ``kernels.careblocks.plan_figures``): the dependants and the caregivers the blocks
    reach, each with its share of the group (and before the new blocks), and the number
    of blocks."""
    locale = QLocale()

    def count(v):
        return locale.toString(int(round(v)))

    def note(group):
        share, before = plan.get(f"{group}_share_after"), plan.get(f"{group}_share_before")
        if share is None:
            return tr("share unknown: the field the run read is not in this layer")
        text = tr("{0:.1f}% of them").format(_Localised(100.0 * share))
        if plan.get("open_blocks"):
            text += " " + tr("({0:.1f}% before)").format(_Localised(100.0 * before))
        return text

    specs = {
        "people_within": (tr("People who need care reached"), plan["dependants_covered_after"], note("dependants"),
                          tr("People who need care (field {0}) in units within the walking radius of a care "
                             "block (covered_dependants)").format(plan.get("dependants_field") or "–")),
        "people_in_deserts": (tr("Caregivers reached"), plan["caregivers_covered_after"], note("caregivers"),
                              tr("Caregivers (field {0}) in units within the walking radius of a care block "
                                 "(covered_caregivers)").format(plan.get("caregivers_field") or "–")),
        "places_missing": (tr("Care blocks"), float(plan["blocks"].size),
                           trn("%n new block(s)", plan["new_blocks"]),
                           tr("Blocks that reach at least one unit (field block), new and already open")),
    }
    out = {}
    for name, (title, value, small, tip) in specs.items():
        out[name] = (f"<span style='font-size:15pt;font-weight:bold'>{count(value)}</span><br>"
                     f"{html.escape(title)}<br><small>{html.escape(small)}</small>", tip, value)
    return out
