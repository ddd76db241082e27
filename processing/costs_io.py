"""The costs shared by every algorithm that needs demand x facility costs
(caremap:accessibility, caremap:catchments, caremap:siting, caremap:unpaidcare), for every
cost mode of the shared parameters (declared in processing/cost_params.py), and the one
entry point per use of a cost:

- :func:`compute_costs`: demand x facility costs (every cost mode), the cost to the nearest
  facility up to the search limit, and the unit and speed they are in;
- :func:`site_costs`: the same for candidate sites (caremap:siting, caremap:unpaidcare);
- ``network_io.reach_areas``: what each facility reaches within thresholds (caremap:catchments);
- :func:`cost_fields` / :func:`read_cost_minutes`: write a cost with its companion fields
  ``cost_unit`` / ``cost_speed_kmh``, and read any cost field back in minutes.

A new cost mode is added here (and in kernels/), and reaches every algorithm. The costs
themselves are computed by kernels/costs.py and kernels/network.py, and by public transport
by kernels/transit.py through processing/transit_io.py. Messages name the
user's layers and fields and the dialog labels of the parameters (``alg.label``), never
their ids.
"""
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsProcessingException, QgsSettings

from ..kernels import chunks as kchunks
from ..kernels import costs as kcosts
from ..kernels import fca_methods as kmethods
from . import layer_io, params, transit_io
from .base import tr, trn
from .network_io import network_costs

#: the companion fields written beside every cost (docs/architecture.md, Units)
COST_UNIT_FIELD = "cost_unit"
COST_SPEED_FIELD = "cost_speed_kmh"
#: the fields a layer of caremap:supplyinventory keeps of each record's own layer and feature
ORIGIN_LAYER_FIELD = "src_layer"
ORIGIN_FID_FIELD = "src_fid"
#: the QGIS setting (Settings > Options > Advanced) holding the memory budget of the pair
#: tables in MB; unset or 0: ``kernels.chunks.DEFAULT_MEMORY_BUDGET_MB`` (2 GB)
MEMORY_BUDGET_SETTING = "caremap/memory_budget_mb"


def memory_budget():
    """The memory budget of the pair tables in bytes, from the QGIS setting
    :data:`MEMORY_BUDGET_SETTING` (``kernels.chunks.budget_bytes`` gives the default)."""
    return kchunks.budget_bytes(QgsSettings().value(MEMORY_BUDGET_SETTING, 0))


def forward_progress(feedback, start, span):
    """``params.progress_callback`` that never sets the progress below where it already is
    (a network read before the costs may have gone further): progress only goes forward."""
    def progress(fraction):
        if feedback is None:
            return False
        value = start + span * min(max(float(fraction), 0.0), 1.0)
        if value > feedback.progress():
            feedback.setProgress(value)
        return feedback.isCanceled()
    return progress


def _size(nbytes):
    """Bytes as a size a user reads (MB below 1 GB, KB below 1 MB, bytes below 1 KB: a
    table of a few pairs is never "0 KB")."""
    if nbytes < 2**10:
        return f"{nbytes:,.0f} B"
    if nbytes < 2**20:
        return f"{nbytes / 2**10:,.0f} KB"
    return f"{nbytes / 2**30:,.1f} GB" if nbytes >= 2**30 else f"{nbytes / 2**20:,.0f} MB"


def budget_place():
    """Where the user sets the memory budget, for the messages."""
    return tr("the QGIS setting {0} (Settings > Options > Advanced), in MB").format(MEMORY_BUDGET_SETTING)


def refuse_over_budget(est, budget, what=None):
    """Stop, before the work, an analysis that needs a whole table that would not fit the
    memory budget (``est``: a ``kernels.chunks.PairEstimate``; ``what``: what the table
    holds, default the pairs within reach), naming the estimate, the budget, where to set
    it and what to do, instead of running out of memory."""
    what = what or tr("About {0:,.0f} pairs within reach").format(est.pairs)
    raise QgsProcessingException(tr(
        "{0} need about {1} of memory, more than the memory budget of {2}, and this analysis needs them all at "
        "once: it stops here, before the work, rather than run out of memory. Use a smaller threshold, "
        "aggregate the demand units to a grid first (caremap:caredemand or caremap:rasterdemand), or raise the "
        "budget in {3}.").format(what, _size(est.nbytes), _size(budget), budget_place()))


def _log_estimate(feedback, est, budget, chunked):
    """Say, before the work, how many pairs are coming, their memory and time, and what
    happens when they do not fit the budget: computed in chunks (``chunked``, a warning),
    or, for a caller that needs the whole table, refused (:func:`refuse_over_budget`)."""
    feedback.pushInfo(tr("Costs: about {0:,.0f} pairs within reach ({1} as one table); about {2:,.0f} s per "
                         "pass over them.").format(est.pairs, _size(est.nbytes), max(1.0, est.seconds)))
    if est.fits(budget):
        return
    if not chunked:
        refuse_over_budget(est, budget)
    feedback.pushWarning(tr(
        "About {0:,.0f} pairs within reach need about {1} of memory, more than the memory budget of {2}: they "
        "are computed in chunks, never all at once, and computed again for each step of the method (slower, "
        "same results). The budget is {3}.").format(est.pairs, _size(est.nbytes), _size(budget), budget_place()))


@dataclass
class CostResult:
    """What :func:`compute_costs` gives: ``costs`` (a kernels ``Costs`` table of the pairs
    within the limit, or ``AllPairs`` for straight lines without a limit), the ``unit``
    ('minutes' or 'meters') and ``speed_kmh`` they are in (the SPEED used; ``None`` for an
    OD table, whose speed is unknown), and, when asked with ``nearest=True``, the cost to
    the nearest facility and its position in the supply rows up to ``search_limit``
    (NaN / -1 beyond it). With a road network, ``demand_snap_m`` (over the demand rows used)
    and ``supply_snap_m`` (over every supply row): the distance in metres from each point to
    the network (NaN = off it); ``None`` in the other cost modes."""

    costs: object
    unit: str
    speed_kmh: float | None
    cost_nearest: np.ndarray | None = None
    nearest_idx: np.ndarray | None = None
    search_limit: float | None = None
    demand_snap_m: np.ndarray | None = None
    supply_snap_m: np.ndarray | None = None


@dataclass
class Origin:
    """Where each row of a set of points comes from, for messages: the user's layer name
    and feature id per row (``names``, ``fids``), and, for costs from a table, how its id
    field is described (``id_text``, e.g. "field 'sid' of layer Care facilities (kg)") and
    the dialog label(s) where another id field is chosen (``id_label``)."""

    names: np.ndarray
    fids: np.ndarray
    id_text: str = ""
    id_label: str = ""


def origin_fields(source):
    """The fields telling where each record comes from (``src_layer`` / ``src_fid``, written
    by caremap:supplyinventory), as ``(text, numeric)`` lists to add to layer_io's
    ``read_points`` so that :func:`origin_of` names the user's own layers."""
    names = set(source.fields().names()) if source is not None else set()
    both = ORIGIN_LAYER_FIELD in names and ORIGIN_FID_FIELD in names
    return ([ORIGIN_LAYER_FIELD] if both else [], [ORIGIN_FID_FIELD] if both else [])


def origin_of(arrays, id_field=None, id_label=""):
    """The :class:`Origin` of the rows of ``arrays`` (layer_io PointArrays): their own layer
    and fid, or, when :func:`origin_fields` were read, the layer and feature each record of
    an inventory comes from."""
    if ORIGIN_LAYER_FIELD in arrays.text and ORIGIN_FID_FIELD in arrays.numeric:
        src = np.array([arrays.layer_name if v in (None, "") else str(v) for v in arrays.text[ORIGIN_LAYER_FIELD]],
                       dtype=object)
        fid = arrays.numeric[ORIGIN_FID_FIELD]
        fids = np.where(np.isfinite(fid), fid, arrays.fid).astype(np.int64)
    else:
        src, fids = np.full(arrays.n, arrays.layer_name, dtype=object), np.asarray(arrays.fid, dtype=np.int64)
    text = tr("field '{0}' of layer {1}").format(id_field, arrays.layer_name) if id_field else ""
    return Origin(src, fids, text, id_label)


def check_transit_unit(alg, mode, unit):
    """Public transport costs are travel times: COST_UNIT must be minutes with COST_MODE
    transit (a clear error naming the dialog's choice otherwise)."""
    if mode == "transit" and unit != "minutes":
        raise QgsProcessingException(tr(
            "Public transport costs are travel times: choose {0} in {1} (and give the thresholds in minutes).").format(
            tr("Minutes"), alg.label("COST_UNIT")))


def compute_costs(alg, parameters, context, feedback, demand, supply, max_cost, demand_rows=None,
                  supply_rows=None, demand_ids=None, supply_ids=None, nearest=False, nearest_supply=None,
                  all_pairs=False, demand_id_field=None, supply_origin=None, departure=None):
    """Costs between ``demand`` and ``supply`` (layer_io PointArrays in the same metric
    CRS; ``supply`` may also be an (n, 2) array of site coordinates in that CRS) rows
    ``demand_rows``/``supply_rows`` (default all), within ``max_cost`` in COST_UNIT
    (``None`` = no limit), for every COST_MODE. ``demand_ids``/``supply_ids`` (object
    arrays over those rows) are needed for COST_MODE=table, with ``demand_id_field`` (the
    field of ``demand`` they come from) for the messages. ``supply_origin`` (an
    :class:`Origin` over every supply row; default :func:`origin_of` of ``supply``) names
    the facilities in the messages. ``all_pairs``: straight lines without a limit are given
    as ``kernels.costs.AllPairs`` (streamed by the kernels), and straight lines whose pairs
    (estimated first, and logged) would not fit the memory budget (:func:`memory_budget`)
    or hold more than one chunk (``kernels.chunks.stream_pairs``)
    as ``kernels.chunks.StraightPairs`` (computed in chunks by the kernels' passes, which
    report progress from 60 to 90 % and see a cancel within a second); without ``all_pairs``
    a table that would not fit the budget is refused before the work
    (:func:`refuse_over_budget`). ``nearest``: also the cost to
    the nearest facility (among ``nearest_supply``, a mask over the supply rows; default
    all) up to the search limit (``kernels.costs.search_limit`` of ``max_cost`` and
    SEARCH_LIMIT), independently of ``max_cost``. COST_MODE=transit (public transport,
    processing/transit_io.py) needs COST_UNIT=minutes; ``departure`` (``(date, minute)``)
    then replaces the DEPARTURE parameter's (a time window's start). Returns a
    :class:`CostResult`; logs what it did."""
    mode = alg.enum_value(parameters, "COST_MODE", context)
    unit = alg.enum_value(parameters, "COST_UNIT", context)
    speed = alg.parameterAsDouble(parameters, "SPEED", context)
    if not speed > 0:
        raise QgsProcessingException(tr("The speed must be more than 0 km/h, got {0}.").format(speed))
    drows = np.arange(demand.n) if demand_rows is None else demand_rows
    supply_xy = supply if isinstance(supply, np.ndarray) else supply.xy
    srows = np.arange(len(supply_xy)) if supply_rows is None else supply_rows
    if supply_origin is None:
        supply_origin = Origin(np.full(len(supply_xy), tr("sites"), dtype=object), np.arange(len(supply_xy))) \
            if isinstance(supply, np.ndarray) else origin_of(supply)
    dxy = demand.xy[drows]
    sxy = supply_xy[srows]
    mask = np.ones(len(srows), dtype=bool) if nearest_supply is None else np.asarray(nearest_supply, dtype=bool)
    limit = None
    if nearest:
        given = alg.parameterAsDouble(parameters, "SEARCH_LIMIT", context) \
            if alg.parameterDefinition("SEARCH_LIMIT") is not None else 0.0
        limit = kcosts.search_limit(max_cost, unit, given)
    check_transit_unit(alg, mode, unit)
    # an OD table's speed is unknown; public transport times need no speed to be minutes
    out = CostResult(None, unit, None if mode in ("table", "transit") else speed, search_limit=limit)
    progress = forward_progress(feedback, 10, 50)
    try:
        if mode == "straight":
            detour = alg.parameterAsDouble(parameters, "DETOUR", context) or 1.0
            to_unit = 1.0 if unit == "meters" else kcosts.minutes_per_meter(speed)
            if max_cost is None and all_pairs:
                out.costs = kcosts.AllPairs(dxy, sxy, detour, to_unit, feedback=forward_progress(feedback, 60, 30))
                feedback.pushInfo(tr("Straight-line costs (detour factor {0}, {1} km/h): every pair, no limit.").format(
                    detour, speed))
            else:
                limit_m = None if max_cost is None else max_cost / to_unit
                budget = memory_budget()
                est = kchunks.estimate_pairs(dxy, sxy, limit_m, detour)
                chunked = all_pairs and limit_m is not None and kchunks.stream_pairs(est, budget)
                _log_estimate(feedback, est, budget, chunked)
                if chunked:
                    # the pairs are computed by the kernel's passes, after the adapter's 60 %
                    out.costs = kchunks.StraightPairs(dxy, sxy, limit_m, detour, to_unit, budget,
                                                      feedback=forward_progress(feedback, 60, 30))
                    feedback.pushInfo(tr("Straight-line costs (detour factor {0}, {1} km/h): computed in chunks of "
                                         "at most {2:,} pairs.").format(detour, speed, kchunks.chunk_pairs(budget)))
                else:
                    costs = kcosts.straight_line_costs(dxy, sxy, limit_m, detour=detour, feedback=progress)
                    out.costs = kcosts.to_minutes(costs, speed) if unit == "minutes" else costs
                    feedback.pushInfo(tr("Straight-line costs (detour factor {0}, {1} km/h): {2} pairs within "
                                         "reach.").format(detour, speed, out.costs.n_pairs))
            if nearest:
                c, i = kcosts.straight_line_nearest(dxy, sxy[mask], None if limit is None else limit / to_unit, detour)
                out.cost_nearest, out.nearest_idx = c * to_unit, _unmask(i, mask)
        elif mode == "network":
            origins = (Origin(np.full(len(drows), demand.layer_name, dtype=object), np.asarray(demand.fid)[drows]),
                       Origin(supply_origin.names[srows], supply_origin.fids[srows]))
            got = network_costs(alg, parameters, context, feedback, demand, dxy, sxy, supply_xy, srows, max_cost,
                                unit, speed, origins, progress, all_pairs, nearest, limit, mask)
            out.costs, out.demand_snap_m, out.supply_snap_m = got.costs, got.demand_snap_m, got.supply_snap_m
            if nearest:
                out.cost_nearest, out.nearest_idx = got.nearest
        elif mode == "transit":
            reach = None if max_cost is None or (nearest and limit is None) else max(max_cost, limit or 0.0)
            res = transit_io.travel_times(alg, parameters, context, feedback, demand.crs, dxy, sxy, speed, reach,
                                          progress, departure=departure, as_pairs=True)
            out.costs = res.to_costs(max_cost)
            feedback.pushInfo(tr("Public transport costs: {0} pairs within reach.").format(out.costs.n_pairs))
            if nearest:
                out.cost_nearest, out.nearest_idx = kmethods.nearest(res.to_costs(limit), mask)
        else:
            every = _table_costs(alg, parameters, context, feedback, demand, demand_ids, supply_ids,
                                 demand_id_field, supply_origin)
            out.costs = every.within(max_cost)
            feedback.pushInfo(tr("OD table: {0} pairs within reach.").format(out.costs.n_pairs))
            if nearest:
                out.cost_nearest, out.nearest_idx = kmethods.nearest(every.within(limit), mask)
    except InterruptedError:
        raise QgsProcessingException(tr("Canceled by the user.")) from None
    except ValueError as e:
        raise QgsProcessingException(str(e)) from e
    return out


def _unmask(idx, mask):
    """Positions in the masked facilities -> positions in all supply rows (-1 kept)."""
    pos = np.flatnonzero(mask)
    return np.where(idx >= 0, pos[np.maximum(idx, 0)] if len(pos) else -1, -1).astype(np.int64)


def _table_costs(alg, parameters, context, feedback, demand, demand_ids, supply_ids, demand_id_field,
                 supply_origin):
    """Every pair of the OD table (no limit: the caller restricts them)."""
    if parameters.get("OD_TABLE") in (None, ""):
        raise QgsProcessingException(tr(
            "Costs from a table need an origin-destination table: choose it in {0}.").format(alg.label("OD_TABLE")))
    fields = ("OD_ORIGIN_FIELD", "OD_DEST_FIELD", "OD_COST_FIELD")
    names = [alg.parameterAsString(parameters, n, context) for n in fields]
    if not all(names):
        raise QgsProcessingException(tr(
            "Costs from a table need its origin, destination and cost fields: choose them in {0}, {1} and "
            "{2}.").format(*[alg.label(n) for n in fields]))
    if demand_ids is None or supply_ids is None:
        raise QgsProcessingException(tr(
            "Costs from a table are joined on ids: choose the id field of the demand units in {0} and of the "
            "facilities in {1}.").format(alg.label("DEMAND_ID_FIELD"), supply_origin.id_label or alg.label(
                "SUPPLY_ID_FIELD")))
    o, d, c = names
    source = alg.parameterAsSource(parameters, "OD_TABLE", context)
    if source is not None and source.featureCount() >= 0:  # the table is read whole: its rows are the pairs
        est, budget = kchunks.table_estimate(source.featureCount()), memory_budget()
        feedback.pushInfo(tr("Costs: {0:,.0f} rows of the origin-destination table ({1} in memory).").format(
            est.pairs, _size(est.nbytes)))
        if not est.fits(budget):
            refuse_over_budget(est, budget, tr("The {0:,.0f} rows of the origin-destination table {1}").format(
                est.pairs, layer_io.layer_label(alg, "OD_TABLE", source)))
    tab = layer_io.read_table(alg, parameters, "OD_TABLE", context, feedback, numeric=[c], text=[o, d],
                              allow_nulls=True)
    try:
        costs = kcosts.od_table_costs(tab.text[o], tab.text[d], tab.numeric[c], demand_ids, supply_ids)
    except kcosts.DuplicateIdError as e:
        if e.which == "demand":
            where = tr("field '{0}' of layer {1}").format(demand_id_field, demand.layer_name)
            label = alg.label("DEMAND_ID_FIELD")
        else:
            where = supply_origin.id_text or tr("the facility ids")
            label = supply_origin.id_label or alg.label("SUPPLY_ID_FIELD")
        raise QgsProcessingException(tr(
            "The ids in {0} are not unique ({1} repeated, e.g. '{2}'), so the origin-destination table {3} cannot "
            "be joined. Give every feature its own id, or choose another id field in {4}.").format(
            where, e.count, _id_text(e.example), tab.layer_name, label)) from None
    except ValueError as e:
        raise QgsProcessingException(tr("Origin-destination table {0}: {1}").format(tab.layer_name, e)) from e
    rep = costs.report
    feedback.pushInfo(tr("OD table {0}: {1} rows.").format(tab.layer_name, rep["rows"]))
    if rep["unknown_origin"] or rep["unknown_dest"] or rep["null_cost"]:
        feedback.pushWarning(tr("OD table {0}: skipped {1}, {2} and {3}.").format(
            tab.layer_name, trn("%n row(s) with an origin not in the demand ids", rep["unknown_origin"]),
            trn("%n row(s) with a destination not in the facility ids", rep["unknown_dest"]),
            trn("%n row(s) with a NULL cost", rep["null_cost"])))
    return costs


def _id_text(value):
    """An id as the user typed it: 7.0 -> '7'."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_ids(layer, field, rows, label):
    """Ids of ``rows`` from a text column; NULL ids are an error (``label``: the dialog
    label of the id field parameter, ``alg.label(...)``)."""
    ids = layer.text[field][rows]
    nulls = int(sum(v is None for v in ids))
    if nulls:
        raise QgsProcessingException(trn(
            "Field '{0}' of layer {1} has %n NULL id(s): give every feature an id, or choose another field in "
            "{2}.", nulls).format(field, layer.layer_name, label))
    return ids


# --------------------------------------------------------------------------- siting, unpaid care
def threshold_in_meters(alg, parameters, context, value):
    """A cost in COST_UNIT as a straight-line distance bound in metres."""
    unit = alg.enum_value(parameters, "COST_UNIT", context)
    if unit == "meters":
        return float(value)
    try:
        return kcosts.minutes_to_meters(value, alg.parameterAsDouble(parameters, "SPEED", context))
    except ValueError as e:
        raise QgsProcessingException(str(e)) from e


def site_costs(alg, parameters, context, feedback, demand, site_xy, max_cost, site_ids=None, sites=None,
               all_pairs=False):
    """Sparse demand x site costs in COST_UNIT, pairs with cost <= max_cost, through
    :func:`compute_costs` (sites as an (n, 2) array; ``site_ids`` for COST_MODE=table;
    ``sites`` an :class:`Origin` naming the sites' layers, feature ids and id fields in the
    messages). ``all_pairs``: a caller that sums over the pairs chunk by chunk (e.g.
    ``kernels.unpaid.hours_freed``) takes them as a ``kernels.chunks.PairStream`` when they
    would not fit the memory budget, as :func:`compute_costs` says; the others get the whole
    table, or are refused before the work when it would not fit. Returns the
    :class:`CostResult` (its ``costs``, and the unit and speed an output needs for
    :func:`cost_fields`)."""
    demand_ids, did = None, None
    if alg.enum_value(parameters, "COST_MODE", context) == "table":
        did = alg.parameterAsString(parameters, "DEMAND_ID_FIELD", context)
        if not did or site_ids is None:
            raise QgsProcessingException(tr(
                "Costs from a table are joined on ids: choose the id field of the demand units in {0} and the id "
                "field(s) of the sites in {1}.").format(alg.label("DEMAND_ID_FIELD"),
                                                        sites.id_label if sites is not None else ""))
        if did not in demand.text:  # a programming error: the caller did not read it
            raise QgsProcessingException(tr("The id field '{0}' of layer {1} was not read.").format(
                did, demand.layer_name))
        demand_ids = demand.text[did]
    return compute_costs(alg, parameters, context, feedback, demand, np.asarray(site_xy, float), max_cost,
                         demand_ids=demand_ids, supply_ids=site_ids, demand_id_field=did,
                         supply_origin=sites, all_pairs=all_pairs)


def source_given(alg, parameters, name, context):
    """True when the optional source parameter ``name`` was given."""
    return alg.parameterAsSource(parameters, name, context) is not None


def demand_weights(alg, pts, field):
    """Demand weights from ``field`` of ``pts`` (ones when no field); negative values are
    refused (params.check_non_negative)."""
    if not field:
        return np.ones(pts.n)
    w = pts.numeric[field]
    params.check_non_negative(w[np.isfinite(w)], field, pts.layer_name)
    return w


# --------------------------------------------------------------------------- a cost's unit
def cost_fields(result, n):
    """The companion fields of a cost written by an output: ``{cost_unit: ..., cost_speed_kmh:
    ...}`` over ``n`` rows, from a :class:`CostResult` (speed NULL when unknown)."""
    speed = np.nan if result.speed_kmh is None else float(result.speed_kmh)
    return {COST_UNIT_FIELD: np.full(n, result.unit, dtype=object), COST_SPEED_FIELD: np.full(n, speed)}


def cost_companions(source):
    """The companion fields a layer (or feature source) holds, as ``(text, numeric)`` lists
    to add to layer_io's ``read_points(..., numeric=..., text=...)`` before
    :func:`read_cost_minutes`."""
    names = set(source.fields().names())
    return ([COST_UNIT_FIELD] if COST_UNIT_FIELD in names else [],
            [COST_SPEED_FIELD] if COST_SPEED_FIELD in names else [])


def read_cost_minutes(arrays, field, feedback, layer_label=None):
    """The cost column ``field`` of ``arrays`` (layer_io arrays) in minutes.

    How to use it (every consumer of a cost field)::

        text, numeric = costs_io.cost_companions(alg.parameterAsSource(parameters, "UNITS", context))
        units = layer_io.read_points(alg, parameters, "UNITS", context, feedback,
                                     numeric=[cost_field, *numeric], text=text, allow_nulls=True)
        minutes = costs_io.read_cost_minutes(units, cost_field, feedback)

    With the companion field ``cost_unit`` (written by caremap:accessibility beside
    cost_nearest), each row is converted with ``kernels.costs.cost_in_minutes`` at its
    ``cost_speed_kmh``; a row in metres without a speed, or with an unknown unit, raises a
    QgsProcessingException saying what to do, and so does a negative cost. Without ``cost_unit`` the values are taken as
    minutes and the log says so. NULL costs stay NaN. ``layer_label`` overrides the layer
    name used in the messages."""
    label = layer_label or arrays.layer_name
    values = np.asarray(arrays.numeric[field], dtype=np.float64)
    params.check_non_negative(values[np.isfinite(values)], field, label)  # a travel cost is never < 0
    units = arrays.text.get(COST_UNIT_FIELD)
    if units is None:
        if arrays.source is not None and COST_UNIT_FIELD in arrays.source.fields().names():
            raise QgsProcessingException(tr(  # a programming error: the caller did not read it
                "Layer {0} has a '{1}' field that was not read: read it with costs_io.cost_companions.").format(
                label, COST_UNIT_FIELD))
        if feedback is not None:
            feedback.pushInfo(tr("Field '{0}' of layer {1} has no '{2}' field beside it: its values are taken "
                                 "as minutes.").format(field, label, COST_UNIT_FIELD))
        return values.copy()
    speeds = np.asarray(arrays.numeric.get(COST_SPEED_FIELD, np.full(len(values), np.nan)), dtype=np.float64)
    unit = np.array([("" if u is None else str(u)).strip().lower() for u in units], dtype=object)
    has = np.isfinite(values)
    out = np.full(len(values), np.nan)
    bad_unit = has & ~np.isin(unit, kcosts.COST_UNITS)
    if bad_unit.any():
        raise QgsProcessingException(trn(
            "Layer {0}: '{2}' is '{3}' instead of 'minutes' or 'meters' for %n feature(s) with a cost in '{1}'. "
            "Correct '{2}', or compute the costs again with caremap:accessibility.", int(bad_unit.sum())).format(
            label, field, COST_UNIT_FIELD, unit[np.flatnonzero(bad_unit)[0]]))
    mins = has & (unit == "minutes")
    out[mins] = values[mins]
    met = has & (unit == "meters")
    if met.any():
        no_speed = met & ~(speeds > 0)
        if no_speed.any():
            raise QgsProcessingException(trn(
                "Layer {0}: '{1}' is in metres with no speed in '{2}' for %n feature(s), so it cannot be read as "
                "minutes. Fill '{2}' with the travel speed in km/h, or compute the costs again with the cost "
                "unit in minutes.", int(no_speed.sum())).format(label, field, COST_SPEED_FIELD))
        try:
            out[met] = kcosts.cost_in_minutes(values[met], "meters", speeds[met])
        except ValueError as e:
            raise QgsProcessingException(str(e)) from e
        if feedback is not None:
            feedback.pushInfo(trn("Field '{0}' of layer {1}: %n cost(s) in metres converted to minutes at "
                                  "their speed ({2}).", int(met.sum())).format(field, label, ", ".join(
                                     f"{s:g} km/h" for s in np.unique(speeds[met])[:5])))
    return out
