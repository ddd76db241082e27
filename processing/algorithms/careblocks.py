"""caremap:careblocks — plan care blocks (Bogota's Manzanas del Cuidado) that care for
dependants and their caregivers in the same place.

Thin adapter: layers -> arrays (layer_io), costs (costs_io, the shared cost parameters),
the model of kernels/careblocks.py, sinks. The reach of an anchor on the road network
comes from network_io.reach_areas, drawn as caremap:catchments draws it.
"""
from types import SimpleNamespace

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

from ...kernels import careblocks as kblocks
from .. import cost_params, costs_io, network_io
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm
from ..costs_io import Origin, source_given
from ..layer_io import (
    create_layer_sink,
    make_fields,
    read_points,
    row_attributes,
    rows_of,
    write_features,
    write_geometries,
    write_with_fields,
)
from ..params import check_non_negative
from .catchments import _hull

NUMERIC = QgsProcessingParameterField.DataType.Numeric
POINTS = [QgsProcessing.SourceType.TypeVectorPoint]


class CareBlocksAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "careblocks"
    DISPLAY_NAME = "Care blocks"
    GROUP_ID = "planning"
    TAGS = ("care blocks,manzanas del cuidado,Bogota,caregivers,dependants,simultaneity,district care system,"
            "MCLP,maximal covering,siting,planning")
    HELP = (
        "Where should the next care blocks go, so that a caregiver and the person she cares for find services "
        "in the same place within a short walk? A care block (as Bogota's Manzanas del Cuidado) is an anchor "
        "building the city already has (a school, library, community centre or market) with the buildings "
        "around it: care for children, older people and people with disabilities, and at the same time "
        "services for their caregivers (respite, training, laundries, psychosocial and legal support). Among "
        "the candidate anchors, it chooses the given number of new blocks that reach the most dependants and "
        "caregivers together, weighted by priority, keeping the blocks already open.\n\n"
        "How to read the results:\n"
        "- Block anchors: each chosen anchor's own fields, then block (the block's number: new blocks first, "
        "in order of choice, then the blocks already open), existing (1 = already open), rank, gain "
        "(priority-weighted people it newly reaches), units, dependants and caregivers (the people whose "
        "block it is), alternates (buildings of the block) and hours_freed_week.\n"
        "- Alternate buildings: each building within the walking radius of an anchor (straight line), with "
        "its block and distance_m (metres to its anchor); a building near two anchors goes to the nearer.\n"
        "- Block areas: the area the anchor and its alternates span (their outline; a single building or a "
        "row of buildings is widened by 25 m).\n"
        "- Areas of influence: where an anchor is within the walking radius: a circle, or the streets reached "
        "when travel is measured on the road network.\n"
        "- Units with their block: block (NULL when no block reaches the unit), block_before (the block "
        "already open), covered_before and covered_after (1 = a block within reach), covered_dependants and "
        "covered_caregivers (the unit's people a block reaches), weight (priority x (dependants + "
        "caregivers)) and hours_freed_week.\n\n"
        "Example: blocks u0, u1, u2 on a street at 0, 150 and 300 m with 10, 0 and 8 dependants and 5, 20 and "
        "8 caregivers, candidate anchors at 50, 250 and 300 m, a radius of 100 m: one block goes to the "
        "anchor at 250 m, which reaches u1 and u2 (20 + 16 = 36 people, more than the 35 of the anchor at "
        "50 m): 8 of the 18 dependants (44%) and 28 of the 33 caregivers (85%) are covered. In the demo "
        "city, with children 0-5, people aged 80 or more and people with disabilities as dependants, women aged "
        "15-64 as caregivers and the 134 community care points as candidate anchors, five blocks within 800 m "
        "reach 29,607 dependants (14.4%) and 59,960 caregivers (13.6%) with the exact solver; the fast one "
        "reaches 99% of that.\n\n"
        "Good to know:\n"
        "- A unit counts when one block reaches it: its dependants and its caregivers are then within the "
        "reach of the same block. Each unit counts with priority x (dependants + caregivers); without a "
        "priority field every unit weighs 1.\n"
        "- The fast solver (greedy) gets at least 63% of the best possible, usually over 97%; the exact "
        "solver finds the best plan within its time limit. A block that would add nothing is never placed.\n"
        "- The hours freed follow the unpaid care work method: each new block's places x hours open a week x "
        "the substitution rate, shared among the units within its reach by their dependants.\n"
        "- Units near the edge of the study area may have anchors just outside it that are not counted."
    )

    PARAM_HELP = {
        "UNITS": QT_TRANSLATE_NOOP("CareMap", "Layer of units (points or polygons, taken at a point inside) with the people who need care and their caregivers. Typical: census blocks."),
        "DEPENDANTS_FIELD": QT_TRANSLATE_NOOP("CareMap", "Numeric field with the people who need care in each unit (children, older people, people with disabilities); NULL counts as 0, with a warning. Typical: care_demand from CareMap's care demand."),
        "CAREGIVERS_FIELD": QT_TRANSLATE_NOOP("CareMap", "Numeric field with the caregivers of each unit: people (e.g. women aged 15 or more who only do unpaid care work, or single mothers heading a household), or the hours of unpaid care a week from the time-use table (women_week or unpaid_week, which Unpaid care work writes onto the same units); NULL counts as 0, with a warning. Typical: women_15_64 (women of working age, as in CareMap's care demand)."),
        "PRIORITY_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional numeric field weighting each unit (0 or more); empty = every unit weighs 1; NULL = 0, with a warning. Typical: priority from CareMap's care priority index (min-max or rank normalisation)."),
        "CANDIDATES": QT_TRANSLATE_NOOP("CareMap", "Point layer of the buildings that could anchor a block: public buildings the city already owns. Typical: schools, libraries, community centres and markets."),
        "ALTERNATES": QT_TRANSLATE_NOOP("CareMap", "Optional point layer of other buildings that can host a block's services; empty = the candidate anchors not chosen. Typical: care facilities, sports halls, health posts."),
        "EXISTING": QT_TRANSLATE_NOOP("CareMap", "Optional point layer of the anchors of blocks already open: they stay open and already cover the units around them. Typical: empty for a first plan."),
        "K": QT_TRANSLATE_NOOP("CareMap", "How many new blocks to choose. Typical: 5, the number the budget allows."),
        "RADIUS": QT_TRANSLATE_NOOP("CareMap", "Walking distance in metres, inclusive, within which an anchor reaches a unit and an alternate building belongs to the block. Typical: 800 m (15 to 20 minutes on foot, Bogota's rule)."),
        "SOLVER": QT_TRANSLATE_NOOP("CareMap", "greedy = fast, close to the best; exact = the best plan (an integer program solved with HiGHS), stopped after the time limit with its gap reported. Typical: greedy to explore, exact for the final plan."),
        "COST_MODE": QT_TRANSLATE_NOOP("CareMap", "How the walk is measured: along the straight line (times the detour factor) or along the road network (shortest paths on 'Road network (lines)'). Costs from a table are not used here. Typical: the road network when you have one."),
        "COST_UNIT": QT_TRANSLATE_NOOP("CareMap", "Unit the walk is measured in on the road network: meters, or minutes at the travel speed (the walking radius is turned into minutes). Typical: meters."),
        "TIME_LIMIT": QT_TRANSLATE_NOOP("CareMap", "Largest time in seconds the exact solver may run. Typical: 60 s."),
        "PLACES": QT_TRANSLATE_NOOP("CareMap", "Care places of each new block, for the hours freed. Typical: 50 places."),
        "HOURS_OPEN": QT_TRANSLATE_NOOP("CareMap", "Hours a week each new block is open, for the hours freed. Typical: 40 hours (8 hours, 5 days)."),
        "SUBSTITUTION": QT_TRANSLATE_NOOP("CareMap", "Hours of household care replaced by one place open for one hour (0-1), for the hours freed. Typical: 0.5."),
        "OUTPUT_ANCHORS": QT_TRANSLATE_NOOP("CareMap", "The anchors of the blocks (new and already open): each new anchor's own fields, then block, existing, rank, gain, units, dependants, caregivers, alternates and hours_freed_week."),
        "OUTPUT_ALTERNATES": QT_TRANSLATE_NOOP("CareMap", "The buildings within the walking radius of an anchor, with their own fields, block and distance_m."),
        "OUTPUT_BLOCKS": QT_TRANSLATE_NOOP("CareMap", "One polygon per block: the outline of its anchor and alternates, with block, existing and buildings."),
        "OUTPUT_INFLUENCE": QT_TRANSLATE_NOOP("CareMap", "One polygon per block: its area of influence (where the anchor is within the walking radius), with block, existing, dependants and caregivers."),
        "OUTPUT_UNITS": QT_TRANSLATE_NOOP("CareMap", "The units with block, block_before, covered_before, covered_after, covered_dependants, covered_caregivers, weight and hours_freed_week."),
        "DEPENDANTS_COVERED_BEFORE": QT_TRANSLATE_NOOP("CareMap", "Dependants within the walking radius of a block already open."),
        "DEPENDANTS_COVERED_AFTER": QT_TRANSLATE_NOOP("CareMap", "Dependants within the walking radius of a block, new or already open."),
        "CAREGIVERS_COVERED_BEFORE": QT_TRANSLATE_NOOP("CareMap", "Caregivers within the walking radius of a block already open."),
        "CAREGIVERS_COVERED_AFTER": QT_TRANSLATE_NOOP("CareMap", "Caregivers within the walking radius of a block, new or already open."),
        "DEPENDANTS_SHARE_AFTER": QT_TRANSLATE_NOOP("CareMap", "Share (0 to 1) of all dependants covered with the new blocks; None when there are none."),
        "CAREGIVERS_SHARE_AFTER": QT_TRANSLATE_NOOP("CareMap", "Share (0 to 1) of all caregivers covered with the new blocks; None when there are none."),
        "HOURS_FREED_WEEK": QT_TRANSLATE_NOOP("CareMap", "Hours of unpaid care a week the new blocks could take over from households (places x hours open x substitution, for blocks that reach dependants)."),
        "OBJECTIVE_VALUE": QT_TRANSLATE_NOOP("CareMap", "Priority-weighted dependants and caregivers covered with the new blocks (what the solver maximised)."),
        "MIP_GAP": QT_TRANSLATE_NOOP("CareMap", "Relative gap between the exact solver's plan and its bound (0 = proven best); None for the fast solver or when not known."),
        "BLOCKS_PLACED": QT_TRANSLATE_NOOP("CareMap", "Number of new blocks placed (fewer than asked when more would add nothing)."),
        "STATUS": QT_TRANSLATE_NOOP("CareMap", "The solver's status: greedy, optimal, time_limit (the exact solver stopped at its time limit; see the gap) or time_limit_heuristic."),
    }

    FIGURES = (("DEPENDANTS_COVERED_BEFORE", QT_TRANSLATE_NOOP("CareMap", "Dependants covered before")),
               ("DEPENDANTS_COVERED_AFTER", QT_TRANSLATE_NOOP("CareMap", "Dependants covered after")),
               ("CAREGIVERS_COVERED_BEFORE", QT_TRANSLATE_NOOP("CareMap", "Caregivers covered before")),
               ("CAREGIVERS_COVERED_AFTER", QT_TRANSLATE_NOOP("CareMap", "Caregivers covered after")),
               ("DEPENDANTS_SHARE_AFTER", QT_TRANSLATE_NOOP("CareMap", "Share of dependants covered after")),
               ("CAREGIVERS_SHARE_AFTER", QT_TRANSLATE_NOOP("CareMap", "Share of caregivers covered after")),
               ("HOURS_FREED_WEEK", QT_TRANSLATE_NOOP("CareMap", "Unpaid care hours freed a week")),
               ("OBJECTIVE_VALUE", QT_TRANSLATE_NOOP("CareMap", "Objective value")), ("MIP_GAP", QT_TRANSLATE_NOOP("CareMap", "MIP gap")),
               ("BLOCKS_PLACED", QT_TRANSLATE_NOOP("CareMap", "New blocks placed")))

    def initAlgorithm(self, config=None):
        P = QgsProcessing.SourceType
        Num = QgsProcessingParameterNumber.Type
        # what: the units and their people; where: the anchors and buildings; how many, how far, how
        self.addParameter(QgsProcessingParameterFeatureSource(
            "UNITS", self.tr("Units (points or polygons)"), [P.TypeVectorPoint, P.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            "DEPENDANTS_FIELD", self.tr("People who need care (field)"), parentLayerParameterName="UNITS",
            type=NUMERIC, defaultValue=kblocks.DEFAULT_DEPENDANTS_FIELD))
        self.addParameter(QgsProcessingParameterField(
            "CAREGIVERS_FIELD", self.tr("Caregivers (field)"), parentLayerParameterName="UNITS", type=NUMERIC,
            defaultValue=kblocks.DEFAULT_CAREGIVERS_FIELD))
        self.addParameter(QgsProcessingParameterField(
            "PRIORITY_FIELD", self.tr("Priority weight (field; empty = 1 per unit)"), parentLayerParameterName="UNITS",
            type=NUMERIC, optional=True, defaultValue="priority"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "CANDIDATES", self.tr("Candidate anchor buildings"), POINTS))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "ALTERNATES", self.tr("Other buildings for the blocks (empty = the candidates not chosen)"), POINTS,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "EXISTING", self.tr("Anchors of blocks already open"), POINTS, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "K", self.tr("Number of new blocks"), Num.Integer, kblocks.DEFAULT_BLOCKS, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            "RADIUS", self.tr("Walking radius (m)"), Num.Double, kblocks.DEFAULT_RADIUS_M, minValue=0.0))
        self.addParameter(self.static_enum("SOLVER", self.tr("Solver"), kblocks.SOLVERS, "greedy"))
        cost_params.add_cost_parameters(self, demand_param="UNITS", supply_param="CANDIDATES", default_unit="meters")
        for p in (QgsProcessingParameterNumber("TIME_LIMIT", self.tr("Time limit of the exact solver (seconds)"),
                                               Num.Double, 60.0, minValue=0.01),
                  QgsProcessingParameterNumber("PLACES", self.tr("Places of each new block (hours freed)"),
                                               Num.Double, kblocks.DEFAULT_PLACES, minValue=0.0),
                  QgsProcessingParameterNumber("HOURS_OPEN", self.tr("Hours open a week (hours freed)"), Num.Double,
                                               kblocks.DEFAULT_HOURS_OPEN, minValue=0.0, maxValue=168.0),
                  QgsProcessingParameterNumber("SUBSTITUTION", self.tr(
                      "Substitution rate (household care hours replaced per place-hour)"), Num.Double,
                      kblocks.DEFAULT_SUBSTITUTION, minValue=0.0, maxValue=1.0)):
            self.addParameter(cost_params.advanced(p))
        for name, label, kind in (("OUTPUT_ANCHORS", "Block anchors", P.TypeVectorPoint),
                                  ("OUTPUT_ALTERNATES", "Alternate buildings", P.TypeVectorPoint),
                                  ("OUTPUT_BLOCKS", "Block areas", P.TypeVectorPolygon),
                                  ("OUTPUT_INFLUENCE", "Areas of influence", P.TypeVectorPolygon),
                                  ("OUTPUT_UNITS", "Units with their block", P.TypeVectorAnyGeometry)):
            self.addParameter(QgsProcessingParameterFeatureSink(name, self.tr(label), kind))
        for name, label in self.FIGURES:
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(label)))
        self.addOutput(QgsProcessingOutputString("STATUS", self.tr("Solver status")))

    # ------------------------------------------------------------------ reading
    def _people(self, units, field, feedback):
        """A field of people: negative values refused, NULL counted in a warning and taken as 0."""
        v = np.asarray(units.numeric[field], np.float64)
        check_non_negative(v[np.isfinite(v)], field, units.layer_name)
        nulls = int(np.isnan(v).sum())
        if nulls:
            feedback.pushWarning(self.trn("Field '{0}' of layer {1} is NULL in %n unit(s): they count with 0 there.",
                                          nulls).format(field, units.layer_name))
        return np.where(np.isnan(v), 0.0, v)

    def _points(self, parameters, name, context, feedback, crs):
        if not source_given(self, parameters, name, context):
            return None
        return read_points(self, parameters, name, context, feedback, target_crs=crs)

    def processAlgorithm(self, parameters, context, feedback):
        solver = self.enum_value(parameters, "SOLVER", context)
        k = self.parameterAsInt(parameters, "K", context)
        radius_m = self.parameterAsDouble(parameters, "RADIUS", context)
        if not radius_m > 0:
            self.fail(self.tr("{0} is {1:g}: no unit could ever be reached. Set it above 0, e.g. {2:g} m.").format(
                self.label("RADIUS"), radius_m, kblocks.DEFAULT_RADIUS_M))
        mode = self.enum_value(parameters, "COST_MODE", context)
        if mode not in ("straight", "network"):
            self.fail(self.tr("Care blocks measure the walk along straight lines or the road network: choose one of "
                              "them in {0}.").format(self.label("COST_MODE")))
        unit = self.enum_value(parameters, "COST_UNIT", context)
        try:
            radius = kblocks.radius_in_cost_unit(radius_m, unit, self.parameterAsDouble(parameters, "SPEED", context))
        except ValueError as err:
            self.fail(str(err))
        fields = {f: self.parameterAsString(parameters, n, context)
                  for n, f in (("DEPENDANTS_FIELD", "dep"), ("CAREGIVERS_FIELD", "care"), ("PRIORITY_FIELD", "prio"))}
        units = read_points(self, parameters, "UNITS", context, feedback,
                            numeric=[v for v in fields.values() if v], allow_nulls=True)
        dep = self._people(units, fields["dep"], feedback)
        care = self._people(units, fields["care"], feedback)
        prio = None
        if fields["prio"]:
            prio = np.asarray(units.numeric[fields["prio"]], np.float64)
            if np.any(prio[np.isfinite(prio)] < 0):
                self.fail(self.trn("Field '{0}' of layer {1} has %n negative priority value(s): weights must be 0 or "
                                   "more. Use a priority index normalised by min-max or by rank, or another field.",
                                   int((prio < 0).sum())).format(fields["prio"], units.layer_name))
            nulls = int(np.isnan(prio).sum())
            if nulls:
                feedback.pushWarning(self.trn(
                    "Field '{0}' of layer {1} is NULL in %n unit(s): they weigh 0 in the choice of blocks.",
                    nulls).format(fields["prio"], units.layer_name))
            prio = np.where(np.isnan(prio), 0.0, prio)
        if not (dep.sum() + care.sum()) > 0:
            feedback.pushWarning(self.tr("No people: fields '{0}' and '{1}' of layer {2} are 0 in every unit, so no "
                                         "block can reach anyone; the shares are NULL.").format(
                fields["dep"], fields["care"], units.layer_name))
        self.check_canceled(feedback)
        cand = read_points(self, parameters, "CANDIDATES", context, feedback, target_crs=units.crs)
        ex = self._points(parameters, "EXISTING", context, feedback, units.crs)
        alts = self._points(parameters, "ALTERNATES", context, feedback, units.crs)
        if k > cand.n:
            self.fail(self.trn("%n new block(s) asked for ({0}),", k).format(self.label("K")) + " " + self.trn(
                "but layer {0} has only %n candidate anchor(s): ask for fewer blocks or give more candidates.",
                cand.n).format(cand.layer_name))
        n_ex = 0 if ex is None else ex.n
        site_xy = np.vstack([cand.xy] + ([ex.xy] if ex is not None else []))
        existing = np.r_[np.zeros(cand.n, bool), np.ones(n_ex, bool)]
        names = np.r_[np.full(cand.n, cand.layer_name, object),
                      np.full(n_ex, ex.layer_name if ex is not None else "", object)]
        fids = np.r_[cand.fid, ex.fid if ex is not None else np.empty(0, np.int64)].astype(np.int64)
        feedback.setProgress(10)
        cost_result = costs_io.site_costs(self, parameters, context, feedback, units, site_xy, radius,
                                          sites=Origin(names, fids))
        costs = cost_result.costs
        self.check_canceled(feedback)
        feedback.setProgress(50)
        try:
            res = kblocks.choose_blocks(costs, dep, care, k, radius, prio, existing, solver,
                                        self.parameterAsDouble(parameters, "TIME_LIMIT", context),
                                        should_stop=feedback.isCanceled)
            service = (self.parameterAsDouble(parameters, "PLACES", context),
                       self.parameterAsDouble(parameters, "HOURS_OPEN", context),
                       self.parameterAsDouble(parameters, "SUBSTITUTION", context))
            freed = kblocks.hours_freed(costs, dep, res.chosen, radius, *service)
            site_freed = kblocks.block_hours_freed(costs, dep, res.chosen, radius, *service)
        except ValueError as err:
            self.fail(self.tr("Care blocks: {0}").format(err))
        self.check_canceled(feedback)
        feedback.setProgress(70)
        return self._write(parameters, context, feedback, units, dep, care, prio, cand, ex, alts, site_xy, existing,
                           res, freed, site_freed, radius, radius_m, mode)

    # ------------------------------------------------------------------ writing
    def _own_fields(self, arrays, feedback):
        """The layer's own fields (without a 'fid', which a GeoPackage keeps for itself)
        and each row's values, to stand ahead of the new fields."""
        src = arrays.source.fields()
        keep = [i for i in range(src.count()) if src.at(i).name().lower() != "fid"]
        own = QgsFields()
        for i in keep:
            own.append(src.at(i))
        attrs = row_attributes(arrays, feedback)
        values = [[attrs.get(r, [None] * src.count())[i] for i in keep] for r in range(arrays.n)]
        return own, values

    def _write_points(self, parameters, name, context, feedback, arrays, rows, xy, cols, crs):
        """Points at ``xy`` with the own fields of ``arrays`` (rows ``rows``; -1 = none) and ``cols``."""
        own, values = self._own_fields(arrays, feedback) if arrays is not None else (QgsFields(), [])
        lower = {n.lower() for n in cols}
        keep = [i for i in range(own.count()) if own.at(i).name().lower() not in lower]
        fields = QgsFields()
        for i in keep:
            fields.append(own.at(i))
        new = make_fields([(n, np.asarray(v)) for n, v in cols.items()])
        for i in range(new.count()):
            fields.append(new.at(i))
        sink, dest = create_layer_sink(self, parameters, name, context, fields, Qgis.WkbType.Point, crs)
        new_rows = rows_of(cols, len(xy))

        def feats():
            for (px, py), r, extra in zip(np.asarray(xy, float).tolist(), np.asarray(rows).tolist(), new_rows):
                f = QgsFeature(fields)
                f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(px, py)))
                mine = [values[r][i] for i in keep] if r >= 0 else [None] * len(keep)
                f.setAttributes(mine + list(extra))
                yield f

        write_features(sink, feats(), feedback, name)
        return dest

    def _influence(self, parameters, context, feedback, units, anchor_xy, radius, radius_m, mode):
        """The area of influence of each anchor: a circle (straight lines, widened by no
        detour) or the streets it reaches on the road network, drawn as caremap:catchments'
        outline."""
        if mode == "straight":
            r = kblocks.influence_radius_m(radius_m, self.parameterAsDouble(parameters, "DETOUR", context))
            return [QgsGeometry.fromPointXY(QgsPointXY(x, y)).buffer(r, 32) for x, y in anchor_xy.tolist()]
        supply = SimpleNamespace(xy=anchor_xy, n=len(anchor_xy), x=anchor_xy[:, 0], y=anchor_xy[:, 1],
                                 crs=units.crs, layer_name=self.tr("block anchors"),
                                 fid=np.arange(1, len(anchor_xy) + 1))
        reach = network_io.reach_areas(self, parameters, context, feedback, supply, [radius])
        fac, _li, x0, y0, x1, y1 = reach.segments
        order = np.argsort(fac, kind="stable")
        fac, x0, y0, x1, y1 = fac[order], x0[order], y0[order], x1[order], y1[order]
        bounds = np.searchsorted(fac, np.arange(len(anchor_xy) + 1))
        out = []
        for j, (x, y) in enumerate(anchor_xy.tolist()):
            a, b = bounds[j], bounds[j + 1]
            if b > a:
                out.append(_hull(np.r_[x0[a:b], x1[a:b], x], np.r_[y0[a:b], y1[a:b], y],
                                 kblocks.INFLUENCE_HULL_RATIO, kblocks.INFLUENCE_BUFFER_M))
            else:
                out.append(QgsGeometry.fromPointXY(QgsPointXY(x, y)).buffer(kblocks.INFLUENCE_BUFFER_M, 8))
        return out

    def _write(self, parameters, context, feedback, units, dep, care, prio, cand, ex, alts, site_xy, existing, res,
               freed, site_freed, radius, radius_m, mode):
        crs = units.crs
        n_new = len(res.chosen)
        ex_sites = np.flatnonzero(existing)
        open_sites = np.r_[res.chosen, ex_sites].astype(np.int64)    # block b = open_sites[b - 1]
        n_open = len(open_sites)
        block_of_site = np.full(len(site_xy), 0, np.int64)
        block_of_site[open_sites] = np.arange(1, n_open + 1)
        anchor_xy = site_xy[open_sites]
        # alternates: the other buildings within the radius of an anchor (straight line)
        if alts is not None:
            alt_arrays, alt_rows = alts, np.arange(alts.n)
        else:
            chosen = np.zeros(cand.n, bool)
            chosen[res.chosen] = True
            alt_arrays, alt_rows = cand, np.flatnonzero(~chosen)
        alt_xy = alt_arrays.xy[alt_rows]
        alt_block, alt_dist = kblocks.assign_alternates(anchor_xy, alt_xy, radius_m)
        inb = alt_block >= 0
        # per unit and per block
        b0 = np.where(res.block_before >= 0, block_of_site[np.maximum(res.block_before, 0)], 0)
        b1 = np.where(res.block_after >= 0, block_of_site[np.maximum(res.block_after, 0)], 0)
        per_block = {name: np.bincount(b1, weights=v, minlength=n_open + 1)[1:]
                     for name, v in (("units", np.ones(units.n)), ("dependants", dep), ("caregivers", care))}
        # the hours a block frees stay on that block (an existing block frees none), not on the
        # blocks nearest to the households that receive them
        per_block["hours_freed_week"] = site_freed[open_sites]
        n_alt = np.bincount(alt_block[inb], minlength=n_open)
        gain = np.full(n_open, np.nan)
        gain[:n_new] = res.gain
        rank = np.full(n_open, np.nan)
        rank[:n_new] = np.arange(1, n_new + 1)
        is_ex = np.r_[np.zeros(n_new, np.int64), np.ones(len(ex_sites), np.int64)]
        blocks = np.arange(1, n_open + 1, dtype=np.int64)
        # anchors: new ones with the candidates' own fields; those already open with none of them
        anchor_cols = {"block": blocks, "existing": is_ex, "rank": rank, "gain": gain,
                       "source_layer": np.r_[np.full(n_new, cand.source.sourceName(), object),
                                             np.full(len(ex_sites), ex.source.sourceName() if ex is not None else "", object)],
                       "source_fid": np.r_[cand.fid[res.chosen], ex.fid if ex is not None else []].astype(np.int64),
                       **{n: v for n, v in per_block.items()}, "alternates": n_alt.astype(np.int64)}
        anchor_cols["units"] = anchor_cols["units"].astype(np.int64)
        rows = np.r_[res.chosen, np.full(len(ex_sites), -1)].astype(np.int64)
        out = {"OUTPUT_ANCHORS": self._write_points(parameters, "OUTPUT_ANCHORS", context, feedback, cand, rows,
                                                    anchor_xy, anchor_cols, crs)}
        alt_cols = {"block": alt_block[inb] + 1, "distance_m": alt_dist[inb],
                    "existing": is_ex[alt_block[inb]] if inb.any() else np.empty(0, np.int64)}
        out["OUTPUT_ALTERNATES"] = self._write_points(parameters, "OUTPUT_ALTERNATES", context, feedback, alt_arrays,
                                                      alt_rows[inb], alt_xy[inb], alt_cols, crs)
        self.check_canceled(feedback)
        # block areas: the outline of the anchor and its alternates
        geoms = []
        for b in range(n_open):
            members = np.vstack([anchor_xy[b:b + 1], alt_xy[inb][alt_block[inb] == b]])
            verts, buf = kblocks.block_outline(members[:, 0], members[:, 1])
            pts = [QgsPointXY(x, y) for x, y in verts.tolist()]
            g = (QgsGeometry.fromPolygonXY([pts + pts[:1]]) if len(pts) >= 3 else
                 QgsGeometry.fromPolylineXY(pts) if len(pts) == 2 else QgsGeometry.fromPointXY(pts[0]))
            geoms.append(g.buffer(buf, 8) if buf > 0 else g)
        block_cols = {"block": blocks, "existing": is_ex, "buildings": (n_alt + 1).astype(np.int64)}
        sink, out["OUTPUT_BLOCKS"] = create_layer_sink(self, parameters, "OUTPUT_BLOCKS", context,
                                                       [(n, v) for n, v in block_cols.items()],
                                                       Qgis.WkbType.Polygon, crs)
        write_geometries(sink, geoms, block_cols, feedback, "OUTPUT_BLOCKS", n=n_open)
        # areas of influence
        infl = self._influence(parameters, context, feedback, units, anchor_xy, radius, radius_m, mode) \
            if n_open else []
        infl_cols = {"block": blocks, "existing": is_ex, "radius_m": np.full(n_open, radius_m),
                     "dependants": per_block["dependants"], "caregivers": per_block["caregivers"]}
        sink, out["OUTPUT_INFLUENCE"] = create_layer_sink(self, parameters, "OUTPUT_INFLUENCE", context,
                                                          [(n, v) for n, v in infl_cols.items()],
                                                          Qgis.WkbType.MultiPolygon, crs)
        write_geometries(sink, infl, infl_cols, feedback, "OUTPUT_INFLUENCE", n=n_open)
        feedback.setProgress(85)
        weight = kblocks.block_weights(dep, care, prio)
        unit_cols = {"block": np.where(b1 > 0, b1, np.nan), "block_before": np.where(b0 > 0, b0, np.nan),
                     "covered_before": res.covered_before.astype(np.int64),
                     "covered_after": res.covered_after.astype(np.int64),
                     "covered_dependants": res.covered_dependants, "covered_caregivers": res.covered_caregivers,
                     "weight": weight, "hours_freed_week": freed}
        out["OUTPUT_UNITS"] = write_with_fields(self, parameters, "OUTPUT_UNITS", context, feedback, units, unit_cols)
        s = res.summary
        if n_new < res.requested:
            feedback.pushWarning(self.trn("Fewer blocks suffice: %n new block(s) placed", n_new) + " " + self.trn(
                "instead of the %n asked, because any further block would reach no one not reached yet.",
                res.requested))
        if res.status == "time_limit_heuristic":
            feedback.pushWarning(self.tr("The exact solver stopped at its time limit ({0}) without beating the "
                                         "heuristic: the heuristic plan is returned. Raise the time limit for a "
                                         "better plan.").format(self.label("TIME_LIMIT")))
        pct = [self.tr("none") if v is None else f"{v:.1%}" for v in
               (s["dependants_share_before"], s["dependants_share_after"], s["caregivers_share_before"],
                s["caregivers_share_after"])]
        feedback.pushInfo(self.tr("Within {0:g} m of a block: dependants {1:,.0f} before, {2:,.0f} after ({3} -> {4}); "
                                  "caregivers {5:,.0f} before, {6:,.0f} after ({7} -> {8}).").format(
            radius_m, s["dependants_covered_before"], s["dependants_covered_after"], pct[0], pct[1],
            s["caregivers_covered_before"], s["caregivers_covered_after"], pct[2], pct[3]))
        feedback.pushInfo(self.tr("Solver status: {0}; objective {1:,.2f}.").format(res.status, res.objective))
        out.update({"DEPENDANTS_COVERED_BEFORE": s["dependants_covered_before"],
                    "DEPENDANTS_COVERED_AFTER": s["dependants_covered_after"],
                    "CAREGIVERS_COVERED_BEFORE": s["caregivers_covered_before"],
                    "CAREGIVERS_COVERED_AFTER": s["caregivers_covered_after"],
                    "DEPENDANTS_SHARE_AFTER": self.figure(s["dependants_share_after"]),
                    "CAREGIVERS_SHARE_AFTER": self.figure(s["caregivers_share_after"]),
                    "HOURS_FREED_WEEK": float(np.sum(freed)), "OBJECTIVE_VALUE": self.figure(res.objective),
                    "MIP_GAP": self.figure(res.mip_gap), "BLOCKS_PLACED": n_new, "STATUS": res.status})
        feedback.setProgress(100)
        return out
