"""caremap:siting — choose p new care facility sites (MCLP, p-median, capacitated).

Thin adapter: layers -> arrays (layer_io), costs (kernels.costs / kernels.network),
siting kernels, sinks. The cost parameters are those of caremap:accessibility; the
shared cost helpers are in processing/costs_io.py.
"""

import numpy as np
from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QMetaType

from ...kernels import costs as kcosts
from ...kernels import siting as ksiting
from ...kernels import siting_common
from .. import cost_params, costs_io, transit_io
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm
from ..costs_io import Origin, demand_weights, source_given, threshold_in_meters
from ..layer_io import (
    create_layer_sink,
    make_fields,
    read_points,
    row_attributes,
    rows_of,
    write_features,
    write_points,
    write_table,
    write_with_fields,
)


# ----------------------------------------------------------------------- algorithm
class SitingAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "siting"
    DISPLAY_NAME = "New care facility siting"
    GROUP_ID = "planning"
    TAGS = "siting,location,MCLP,maximal covering,p-median,capacitated,optimisation,planning"
    HELP = (
        "Where should the next care facilities go? Among candidate sites (a layer of possible plots, or a "
        "regular grid over the demand), it chooses the given number of new sites that bring care to the most "
        "people within the coverage threshold (or that shorten travel the most), keeping the existing "
        "facilities open.\n\n"
        "How to read the results:\n"
        "- New sites: each chosen candidate's own fields (name, address...), then rank (1 = chosen first, the "
        "most useful), gain (demand newly covered or served, or travel cost saved, by that site), "
        "newly_covered, candidate_fid and assigned_demand (demand nearest to it after).\n"
        "- Demand with coverage: cost_before and cost_after (travel to the nearest facility, in cost_unit: "
        "minutes or meters), covered_before and covered_after (1 = within the threshold), newly_covered "
        "and new_site_rank (the new site that serves the unit).\n"
        "- Before/after summary (optional table) and the figures: demand covered, mean cost and the share "
        "of demand in care deserts, before and after.\n\n"
        "Example: in the demo city, with the care deserts as demand, a 500 m grid of candidates, the "
        "existing childcare facilities, 3 new sites and a 10-minute walk: 92,708 children (90.2%) are within "
        "reach before and 94,312 (91.7%) after, 1,604 more; the first site alone adds 695 (its gain). By "
        "hand: blocks a, b, c with 50, 30 and 40 children; site 1 reaches a and b, site 2 reaches b and c: "
        "with one new site, site 1 is chosen (80 of 120 children covered).\n\n"
        "Good to know:\n"
        "- Objectives: cover the most demand (maximal covering), the lowest average travel (p-median: units "
        "reaching nothing count at the cost limit, 3 x the threshold by default), or serve the most demand "
        "when each new site has limited places (capacitated).\n"
        "- The fast solver (greedy) gets at least 63% of the best possible coverage, usually over 97%; the "
        "exact solver finds the best within its time limit and reports the gap.\n"
        "- A site that would add nothing is never placed: fewer sites than asked are then placed, with a "
        "warning.\n"
        "- A grid ignores land, rent and safety: check the chosen places on the ground, or give a layer of "
        "real candidate sites."
    )

    PARAM_HELP = {
        "DEMAND": QT_TRANSLATE_NOOP("CareMap", "Layer of demand units, points or polygons (taken at their centroid). Typical: census blocks with children 0-5, or the care deserts."),
        "DEMAND_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional numeric field with the people of each unit; empty = 1 per unit. Typical: children 0-5, or unmet from CareMap's care gaps."),
        "CANDIDATES": QT_TRANSLATE_NOOP("CareMap", "Optional point layer of possible sites (e.g. public plots, schools, community halls); without it a regular grid of candidates is laid over the demand. Typical: the public land inventory."),
        "GRID_SPACING": QT_TRANSLATE_NOOP("CareMap", "Without a layer of candidate sites, candidates are laid on a square grid over the demand, one every this many metres (only those within reach of some demand are kept; 0 = no grid). Typical: 250 m for walking, 500 m for a first look."),
        "EXISTING": QT_TRANSLATE_NOOP("CareMap", "Optional layer of facilities that stay open and already cover demand. Typical: the output of CareMap's supply inventory, kept to the target group."),
        "P": QT_TRANSLATE_NOOP("CareMap", "How many new sites to choose. Typical: 3 to 10, the number the budget allows."),
        "OBJECTIVE": QT_TRANSLATE_NOOP("CareMap", "What the new sites should achieve: cover the most demand within the coverage threshold (maximal covering), the lowest average travel to the nearest facility (p-median), or serve the most demand within the threshold with limited places per site (capacitated). Typical: cover the most demand."),
        "SOLVER": QT_TRANSLATE_NOOP("CareMap", "greedy = fast, close to the best; exact = the best plan (an integer program solved with HiGHS), stopped after the time limit with its gap reported. Typical: greedy to explore, exact for the final plan."),
        "THRESHOLD": QT_TRANSLATE_NOOP("CareMap", "How far people go, in the cost unit, inclusive: a unit is covered by a site within this travel. Typical: 10 minutes walking."),
        "TIME_LIMIT": QT_TRANSLATE_NOOP("CareMap", "Largest time in seconds the exact solver may run. Typical: 60 s."),
        "MAX_COST": QT_TRANSLATE_NOOP("CareMap", "Cost limit in the cost unit for the p-median objective and for the cost before and after; units reaching nothing count at this cost (0 = three times the coverage threshold). Typical: 0."),
        "CAPACITY": QT_TRANSLATE_NOOP("CareMap", "Places of each new site for the capacitated objective, when the candidates have no capacity field. Typical: 100 places."),
        "CANDIDATE_CAPACITY_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional numeric field of the candidate sites with the places each could offer (capacitated objective). Typical: empty."),
        "CANDIDATE_ID_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional field of the candidate sites with a unique id, copied to the chosen sites and used to find them in a travel cost table. Typical: the plot code."),
        "CAPACITY_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional numeric field of the existing facilities with their places, for the capacitated objective; empty or NULL = unlimited. Typical: capacity_fde."),
        "OUTPUT_SITES": QT_TRANSLATE_NOOP("CareMap", "The chosen new sites: each candidate site's own fields (name, address...), then its rank and gain (demand newly covered or served, or cost saved)."),
        "OUTPUT_DEMAND": QT_TRANSLATE_NOOP("CareMap", "The demand units with cost_before, cost_after (with their unit in cost_unit and cost_speed_kmh), covered_before, covered_after, newly_covered and new_site_rank."),
        "OUTPUT_SUMMARY": QT_TRANSLATE_NOOP("CareMap", "Optional before/after table: demand covered, mean cost and share of demand in care deserts."),
        "DEMAND_COVERED_BEFORE": QT_TRANSLATE_NOOP("CareMap", "Demand within the coverage threshold of an existing facility, before the new sites."),
        "DEMAND_COVERED_AFTER": QT_TRANSLATE_NOOP("CareMap", "Demand within the coverage threshold of an existing or new facility."),
        "MEAN_COST_BEFORE": QT_TRANSLATE_NOOP("CareMap", "Demand-weighted mean cost to the nearest existing facility, in the cost unit; None when no demand reaches one."),
        "MEAN_COST_AFTER": QT_TRANSLATE_NOOP("CareMap", "Demand-weighted mean cost to the nearest facility with the new sites, in the cost unit; None when no demand reaches one."),
        "DESERT_SHARE_BEFORE": QT_TRANSLATE_NOOP("CareMap", "Share (0 to 1) of the demand in care deserts (the Care Georeferencing rule with the siting costs and the coverage threshold) before the new sites; None when there is no demand."),
        "DESERT_SHARE_AFTER": QT_TRANSLATE_NOOP("CareMap", "Share (0 to 1) of the demand in care deserts (the same rule) with the new sites; None when there is no demand."),
        "OBJECTIVE_VALUE": QT_TRANSLATE_NOOP("CareMap", "Value of the objective the solver optimised (covered demand, or total weighted cost)."),
        "MIP_GAP": QT_TRANSLATE_NOOP("CareMap", "Relative gap between the solution and the solver's bound (0 = proven optimal); None when not known."),
        "SITES_PLACED": QT_TRANSLATE_NOOP("CareMap", "Number of new sites placed (fewer than asked when more would add nothing)."),
        "STATUS": QT_TRANSLATE_NOOP("CareMap", "The solver's status: greedy, optimal, time_limit (the exact solver stopped at its time limit; see the gap) or time_limit_heuristic."),
    }

    def initAlgorithm(self, config=None):
        P = QgsProcessing.SourceType
        Num = QgsProcessingParameterNumber.Type
        # what: the demand, the candidates and the existing facilities; how many; how far;
        # how: the objective, the solver and the costs (the rest is advanced)
        self.addParameter(QgsProcessingParameterFeatureSource(
            "DEMAND", self.tr("Demand units (points or polygons)"), [P.TypeVectorPoint, P.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            "DEMAND_FIELD", self.tr("Demand field (people; empty = 1 per unit)"), parentLayerParameterName="DEMAND",
            type=QgsProcessingParameterField.DataType.Numeric, optional=True, defaultValue="care_demand"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "CANDIDATES", self.tr("Candidate sites"), [P.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "GRID_SPACING", self.tr("Grid spacing of candidate sites (m; used when no layer is given)"),
            Num.Double, siting_common.DEFAULT_GRID_SPACING_M, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "EXISTING", self.tr("Existing facilities"), [P.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "P", self.tr("Number of new sites"), Num.Integer, 5, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            "THRESHOLD", self.tr("Coverage threshold (in the cost unit, inclusive)"),
            Num.Double, kcosts.DEFAULT_THRESHOLD_MINUTES, minValue=0.0))
        self.addParameter(self.static_enum("OBJECTIVE", self.tr("Objective"), ("mclp", "pmedian", "capacitated"), "mclp"))
        self.addParameter(self.static_enum("SOLVER", self.tr("Solver"), ksiting.SOLVERS, "greedy"))
        cost_params.add_cost_parameters(self, supply_param="EXISTING", id_fields=True)
        adv = [
            QgsProcessingParameterNumber(
                "TIME_LIMIT", self.tr("Time limit of the exact solver (seconds)"), Num.Double, 60.0, minValue=0.01),
            QgsProcessingParameterNumber("MAX_COST", self.tr("Cost limit for the lowest average travel and for the cost before and after (in the cost unit; 0 = 3 x the coverage threshold)"),
                                         Num.Double, 0.0, minValue=0.0),
            QgsProcessingParameterNumber("CAPACITY", self.tr("Places of each new site (limited places)"),
                                         Num.Double, 100.0, minValue=0.0),
            QgsProcessingParameterField("CANDIDATE_CAPACITY_FIELD", self.tr("Places field of the candidate sites (limited places)"),
                                        parentLayerParameterName="CANDIDATES", defaultValue="capacity",
                                        type=QgsProcessingParameterField.DataType.Numeric, optional=True),
            QgsProcessingParameterField("CANDIDATE_ID_FIELD", self.tr("Id field of the candidate sites"),
                                        parentLayerParameterName="CANDIDATES", optional=True),
            QgsProcessingParameterField("CAPACITY_FIELD", self.tr("Places field of the existing facilities "
                                                                  "(limited places; empty or NULL = unlimited)"),
                                        parentLayerParameterName="EXISTING", defaultValue="capacity_fde",
                                        type=QgsProcessingParameterField.DataType.Numeric, optional=True),
        ]
        for p in adv:
            self.addParameter(cost_params.advanced(p))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_SITES", self.tr("New sites"), QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_DEMAND", self.tr("Demand with coverage")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_SUMMARY", self.tr("Before/after summary"), QgsProcessing.SourceType.TypeVector,
            optional=True, createByDefault=False))
        for name, label in (("DEMAND_COVERED_BEFORE", "Demand covered before"),
                            ("DEMAND_COVERED_AFTER", "Demand covered after"),
                            ("MEAN_COST_BEFORE", "Mean cost before"), ("MEAN_COST_AFTER", "Mean cost after"),
                            ("DESERT_SHARE_BEFORE", "Share of demand in care deserts before"),
                            ("DESERT_SHARE_AFTER", "Share of demand in care deserts after"),
                            ("OBJECTIVE_VALUE", "Objective value"), ("MIP_GAP", "MIP gap"),
                            ("SITES_PLACED", "New sites placed (fewer than asked when more would add nothing)")):
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(label)))
        self.addOutput(QgsProcessingOutputString("STATUS", self.tr("Solver status")))

    # ------------------------------------------------------------------ helpers
    def _candidates(self, parameters, context, feedback, pts, objective, reach_cost):
        cap_f = self.parameterAsString(parameters, "CANDIDATE_CAPACITY_FIELD", context)
        id_f = self.parameterAsString(parameters, "CANDIDATE_ID_FIELD", context)
        if source_given(self, parameters, "CANDIDATES", context):
            cand = read_points(self, parameters, "CANDIDATES", context, feedback,
                               numeric=[cap_f] if cap_f else [], text=[id_f] if id_f else [],
                               allow_nulls=True, target_crs=pts.crs)
            ids = cand.text[id_f] if id_f else None
            cap = cand.numeric[cap_f] if cap_f else None
            return cand.x, cand.y, cand.fid, ids, cap, cand.layer_name, cand
        spacing = self.parameterAsDouble(parameters, "GRID_SPACING", context)
        if spacing <= 0:
            self.fail(self.tr("No candidate sites: choose a layer of candidate sites in {0}, or set {1} above 0 for a "
                              "regular grid.").format(self.label("CANDIDATES"), self.label("GRID_SPACING")))
        reach = threshold_in_meters(self, parameters, context, reach_cost)
        stops, stop_reach = None, None
        if self.enum_value(parameters, "COST_MODE", context) == "transit":  # sites a bus ride away too
            setup = transit_io.read_setup(self, parameters, context)
            stops = transit_io.stop_points(transit_io.timetable(self, setup, feedback), pts.crs, context, feedback,
                                           setup.name)
            stop_reach = setup.max_walk
        try:
            gx, gy = ksiting.candidate_grid(pts.x, pts.y, spacing, reach, stops_xy=stops, stop_reach=stop_reach)
        except ValueError as err:
            self.fail(self.tr("Candidate grid: {0}").format(err))
        feedback.pushInfo(self.tr("{0} grid candidates every {1} m.").format(len(gx), spacing))
        return gx, gy, np.arange(1, len(gx) + 1), None, None, self.tr("grid"), None

    def _sites(self, parameters, context, clabel, cfid, ex_name, ex_fid):
        """The candidate and existing sites' layers, feature ids and id fields, for messages."""
        n_cand, n_ex = len(cfid), len(ex_fid)
        id_f = self.parameterAsString(parameters, "CANDIDATE_ID_FIELD", context)
        ex_id_f = self.parameterAsString(parameters, "SUPPLY_ID_FIELD", context)
        text = " / ".join([self.tr("field '{0}' of layer {1}").format(f, lay)
                           for f, lay in ((id_f, clabel), (ex_id_f, ex_name)) if f and lay])
        label = self.label("CANDIDATE_ID_FIELD") + (self.tr(" and ") + self.label("SUPPLY_ID_FIELD") if n_ex else "")
        names = np.r_[np.full(n_cand, clabel, dtype=object), np.full(n_ex, ex_name, dtype=object)]
        return Origin(names, np.r_[np.asarray(cfid, np.int64), np.asarray(ex_fid, np.int64)], text, label)

    def processAlgorithm(self, parameters, context, feedback):
        objective = self.enum_value(parameters, "OBJECTIVE", context)
        solver = self.enum_value(parameters, "SOLVER", context)
        p = self.parameterAsInt(parameters, "P", context)
        T = self.parameterAsDouble(parameters, "THRESHOLD", context)
        if not T > 0:
            self.fail(self.tr("The coverage threshold is {0}: no demand unit could ever be covered. Set the coverage "
                              "threshold (in the cost unit) above 0, e.g. {1:g} minutes.").format(T, kcosts.DEFAULT_THRESHOLD_MINUTES))
        time_limit = self.parameterAsDouble(parameters, "TIME_LIMIT", context)
        max_cost = siting_common.default_max_cost(T, self.parameterAsDouble(parameters, "MAX_COST", context))
        # costs up to MAX_COST for every objective, so cost before/after are also known for
        # units beyond THRESHOLD; candidates (grid) and the reach check use THRESHOLD for
        # the covering objectives
        limit = max_cost if objective == "pmedian" else T
        dfield = self.parameterAsString(parameters, "DEMAND_FIELD", context)
        did = self.parameterAsString(parameters, "DEMAND_ID_FIELD", context)
        pts = read_points(self, parameters, "DEMAND", context, feedback, numeric=[dfield] if dfield else [],
                          text=[did] if did else [])
        w = demand_weights(self, pts, dfield)
        if not w.sum() > 0:
            feedback.pushWarning(self.tr("No demand: field '{0}' of layer {1} is 0 in every unit, so no site can "
                                         "cover anyone; the shares and mean costs are NULL.").format(dfield, pts.layer_name))
        self.check_canceled(feedback)
        cx, cy, cfid, cids, ccap, clabel, cand = self._candidates(parameters, context, feedback, pts, objective, limit)
        n_cand = len(cx)
        if p > n_cand:
            self.fail(self.trn("%n new site(s) asked for ({0}),", p).format(self.label("P")) + " " + self.trn(
                "but {0} has only %n candidate site(s): ask for fewer sites or give more candidates.",
                n_cand).format(clabel))
        ex_cap_f = self.parameterAsString(parameters, "CAPACITY_FIELD", context)
        ex_id_f = self.parameterAsString(parameters, "SUPPLY_ID_FIELD", context)
        ex_xy = np.empty((0, 2))
        ex_ids, ex_cap = np.empty(0, object), np.empty(0)
        ex_name, ex_fid = "", np.empty(0, np.int64)
        if source_given(self, parameters, "EXISTING", context):
            ex = read_points(self, parameters, "EXISTING", context, feedback,
                             numeric=[ex_cap_f] if ex_cap_f else [], text=[ex_id_f] if ex_id_f else [],
                             allow_nulls=True, target_crs=pts.crs)
            ex_xy = np.c_[ex.x, ex.y]
            ex_name, ex_fid = ex.layer_name, ex.fid
            ex_ids = ex.text[ex_id_f] if ex_id_f else np.full(ex.n, None, object)
            ex_cap = ex.numeric[ex_cap_f] if ex_cap_f else np.full(ex.n, np.inf)
        existing = np.r_[np.zeros(n_cand, bool), np.ones(len(ex_xy), bool)]
        site_xy = np.vstack([np.c_[cx, cy], ex_xy])
        site_ids = None
        if cids is not None and (len(ex_xy) == 0 or ex_id_f):
            site_ids = np.r_[np.asarray(cids, object), np.asarray(ex_ids, object)]
        feedback.setProgress(10)
        cost_result = costs_io.site_costs(self, parameters, context, feedback, pts, site_xy, max(max_cost, T),
                                          site_ids, self._sites(parameters, context, clabel, cfid, ex_name, ex_fid))
        costs = cost_result.costs
        self.check_canceled(feedback)
        feedback.setProgress(max(feedback.progress(), 60))  # the costs may have reported up to 60
        cand_pairs = ~existing[costs.supply_idx] & (costs.cost <= limit)
        if not cand_pairs.any():
            self.fail(self.tr("No candidate site in {0} is within {1:g} {2} of any demand unit: raise {3} or {4}, "
                              "or add candidates nearer the demand.").format(
                clabel, limit, self.enum_value(parameters, "COST_UNIT", context), self.label("THRESHOLD"),
                self.label("MAX_COST")))
        stop = feedback.isCanceled
        try:
            if objective == "mclp":
                res = ksiting.maximal_covering(costs, w, p, T, existing, solver, time_limit, should_stop=stop)
            elif objective == "pmedian":
                res = ksiting.p_median(costs, w, p, existing, solver, time_limit, penalty=max_cost, threshold=T,
                                       should_stop=stop)
            else:
                cap_new = ccap if ccap is not None else np.full(n_cand, self.parameterAsDouble(
                    parameters, "CAPACITY", context))
                bad = ~(np.asarray(cap_new) > 0)
                if bad.any():
                    what = (self.tr("field '{0}'").format(self.parameterAsString(parameters, "CANDIDATE_CAPACITY_FIELD",
                                                                                context))
                            if ccap is not None else self.tr("the capacity of each new site"))
                    self.fail(self.trn("Capacity must be above 0 for every candidate: {0} has %n value(s) that "
                                       "are zero, negative or NULL.", int(bad.sum())).format(what))
                cap = np.r_[cap_new, np.where(np.isnan(ex_cap), np.inf, ex_cap)]
                res = ksiting.capacitated_covering(costs, w, p, T, cap, existing, solver, time_limit,
                                                   should_stop=stop)
        except ValueError as err:
            self.fail(self.tr("Siting: {0}").format(err))
        self.check_canceled(feedback)
        feedback.setProgress(80)
        return self._write(parameters, context, feedback, pts, w, res, cx, cy, cfid, cids, cost_result, T,
                           objective, ccap, n_cand, cand)

    def _candidate_fields(self, parameters, context, feedback, cand, chosen, new_names):
        """The chosen candidates' own fields and values (every field of the candidates' layer),
        to stand ahead of the new fields. A field named like a new one (case-insensitive)
        gives way to it, with a warning unless it is the candidates' own capacity field;
        a 'fid' field is kept only when the chosen sites' values are distinct whole numbers
        (a GeoPackage uses it as the feature id). Non-finite numbers are written as NULL,
        counted in a warning."""
        src = cand.source.fields()
        cap_f = self.parameterAsString(parameters, "CANDIDATE_CAPACITY_FIELD", context)
        attrs = row_attributes(cand, feedback)
        rows = [attrs.get(int(r), [None] * src.count()) for r in np.asarray(chosen).tolist()]
        fields, keep = QgsFields(), []
        for i in range(src.count()):
            name = src.at(i).name()
            if name.lower() in new_names:
                if name != cap_f:
                    feedback.pushWarning(self.tr(
                        "Layer {0} already has a field '{1}': the new sites' layer holds CareMap's '{1}' "
                        "instead.").format(cand.layer_name, name))
                continue
            if name.lower() == "fid":
                vals = [row[i] for row in rows]
                if not all(isinstance(v, int) for v in vals) or len(set(vals)) < len(vals):
                    feedback.pushInfo(self.tr(
                        "Field '{0}' of layer {1} is not a distinct whole number for every chosen site: the new "
                        "sites' layer leaves it out (candidate_fid holds each site's feature id).").format(
                        name, cand.layer_name))
                    continue
            fields.append(src.at(i))
            keep.append(i)
        values = [[row[i] for i in keep] for row in rows]
        for j, i in enumerate(keep):
            if src.at(i).type() != QMetaType.Type.Double:
                continue
            bad = [r for r in values if isinstance(r[j], float) and not np.isfinite(r[j])]
            for r in bad:
                r[j] = None
            if bad:
                feedback.pushWarning(self.trn(
                    "%n value(s) of field '{0}' of layer {1} not a finite number (NaN or infinite): the new "
                    "sites' layer holds NULL there.", len(bad)).format(src.at(i).name(), cand.layer_name))
        return fields, values

    def _write(self, parameters, context, feedback, pts, w, res, cx, cy, cfid, cids, cost_result, T,
               objective, ccap, n_cand, cand=None):
        costs = cost_result.costs
        k = len(res.chosen)
        rank_of_site = np.full(costs.n_supply, np.nan)
        rank_of_site[res.chosen] = np.arange(1, k + 1)
        assigned = np.bincount(res.site_after[res.site_after >= 0],
                               weights=w[res.site_after >= 0], minlength=costs.n_supply)
        cols = {"rank": np.arange(1, k + 1, dtype=np.int64), "gain": res.gain.astype(float),
                "newly_covered": res.newly_covered.astype(float),
                "candidate_fid": np.asarray(cfid)[res.chosen].astype(np.int64)}
        if cids is not None:
            cols["candidate_id"] = np.asarray(cids, object)[res.chosen]
        cols["assigned_demand"] = assigned[res.chosen]
        if objective == "capacitated":
            cap = (ccap if ccap is not None else
                   np.full(n_cand, self.parameterAsDouble(parameters, "CAPACITY", context)))
            cols["capacity"] = np.asarray(cap, float)[res.chosen]
        new_fields = make_fields([(n, np.asarray(v)) for n, v in cols.items()])
        sx, sy = np.asarray(cx)[res.chosen], np.asarray(cy)[res.chosen]
        if cand is None:  # grid candidates: nothing of the user's to keep
            sink, sites_id = create_layer_sink(self, parameters, "OUTPUT_SITES", context, new_fields,
                                               Qgis.WkbType.Point, pts.crs)
            write_points(sink, sx, sy, cols, feedback, "OUTPUT_SITES")
        else:  # each chosen candidate keeps its own fields, then the new ones
            own, own_values = self._candidate_fields(parameters, context, feedback, cand, res.chosen,
                                                     {n.lower() for n in cols})
            fields = QgsFields(own)
            for i in range(new_fields.count()):
                fields.append(new_fields.at(i))
            sink, sites_id = create_layer_sink(self, parameters, "OUTPUT_SITES", context, fields,
                                               Qgis.WkbType.Point, pts.crs)
            new_rows = rows_of(cols, len(sx))

            def site_features():
                for px, py, mine, new in zip(sx.tolist(), sy.tolist(), own_values, new_rows):
                    f = QgsFeature(fields)
                    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(px, py)))
                    f.setAttributes(list(mine) + list(new))
                    yield f

            write_features(sink, site_features(), feedback, "OUTPUT_SITES")
        site_rank = np.where(res.site_after >= 0, rank_of_site[np.maximum(res.site_after, 0)], np.nan)
        fields = {"cost_before": res.cost_before, "cost_after": res.cost_after,
                  **costs_io.cost_fields(cost_result, pts.n),
                  "covered_before": res.covered_before.astype(np.int64),
                  "covered_after": res.covered_after.astype(np.int64),
                  "newly_covered": (res.covered_after & ~res.covered_before).astype(np.int64),
                  "new_site_rank": site_rank}
        if res.served_after is not None:
            fields["served_before"] = res.served_before
            fields["served_after"] = res.served_after
        demand_id = write_with_fields(self, parameters, "OUTPUT_DEMAND", context, feedback, pts, fields)
        desert = ksiting.desert_shares(w, res.cost_before, res.cost_after, T)
        b, a = res.before, res.after
        placed = len(res.chosen)
        if placed < res.requested:
            feedback.pushWarning(self.trn("Fewer sites suffice: %n new site(s) placed", placed) + " " + self.trn(
                "instead of the %n asked, because any further site would add nothing (no demand left that it would "
                "cover, serve or bring closer).", res.requested))
        feedback.pushInfo(self.tr("Solver status: {0}; objective {1:,.2f}; MIP gap {2}").format(
            res.status, res.objective, "n/a" if not np.isfinite(res.mip_gap) else f"{res.mip_gap:.4%}"))
        if res.status == "time_limit_heuristic":
            feedback.pushWarning(self.tr("The exact solver stopped at its time limit ({0}) without beating the "
                                         "heuristic: the heuristic solution is returned (see the MIP gap). Raise "
                                         "the time limit for a better plan.").format(self.label("TIME_LIMIT")))
        feedback.pushInfo(self.tr("Demand covered within {0:g} {1}: {2:,.0f} before, {3:,.0f} after ({4} -> {5}).")
                          .format(T, self.enum_value(parameters, "COST_UNIT", context), b["demand_covered"],
                                  a["demand_covered"],
                                  *[self.tr("no demand") if v is None else f"{v:.1%}"
                                    for v in (b["share_covered"], a["share_covered"])]))
        results = {"OUTPUT_SITES": sites_id, "OUTPUT_DEMAND": demand_id,
                   "DEMAND_COVERED_BEFORE": b["demand_covered"], "DEMAND_COVERED_AFTER": a["demand_covered"],
                   "MEAN_COST_BEFORE": self.figure(b["mean_cost"]), "MEAN_COST_AFTER": self.figure(a["mean_cost"]),
                   "DESERT_SHARE_BEFORE": self.figure(desert["before"]),
                   "DESERT_SHARE_AFTER": self.figure(desert["after"]),
                   "OBJECTIVE_VALUE": self.figure(res.objective), "MIP_GAP": self.figure(res.mip_gap),
                   "STATUS": res.status, "SITES_PLACED": placed}
        if self.parameterAsOutputLayer(parameters, "OUTPUT_SUMMARY", context):
            metrics = ["demand_total", "demand_covered", "share_covered", "mean_cost", "demand_unreachable"]
            if "demand_served" in a:
                metrics += ["demand_served", "share_served"]
            rows = {"metric": np.array(metrics + ["share_in_deserts"], object),
                    "before": np.array([b[m] for m in metrics] + [desert["before"]], float),
                    "after": np.array([a[m] for m in metrics] + [desert["after"]], float)}
            sink, sid = create_layer_sink(self, parameters, "OUTPUT_SUMMARY", context,
                                          [(n, v) for n, v in rows.items()], Qgis.WkbType.NoGeometry, pts.crs)
            write_table(sink, rows, feedback, "OUTPUT_SUMMARY")
            results["OUTPUT_SUMMARY"] = sid
        feedback.setProgress(100)
        return results
