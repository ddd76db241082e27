"""caremap:catchments: service-area polygons around each facility for one or more travel
thresholds, from a road network (buffer of the reached street pieces), as circles
(straight line), or by public transport (the squares of a grid whose cell centres reach
the facility within the threshold). Thin adapter: what each facility reaches comes from
processing/network_io.reach_areas (straight line and road network, through
kernels/costs.py and kernels/network.py) and, by public transport, from
processing/transit_io.travel_times over the cells of kernels/isochrones.py (its rule of
which cells can be within reach, and the squares)."""
import numpy as np
from qgis.core import (
    Qgis,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QMetaType

from ...kernels import costs as kcosts
from ...kernels import isochrones as kiso
from .. import layer_io, transit_io
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm
from ..cost_params import (
    COST_UNITS,
    DOUBLE,
    add_network_parameter,
    add_road_speed_parameters,
    add_snap_parameter,
    add_speed_parameter,
    add_transit_parameters,
    advanced,
)
from ..costs_io import COST_SPEED_FIELD, COST_UNIT_FIELD, check_transit_unit, forward_progress
from ..network_io import reach_areas

SHAPES = ("hull", "buffer")
#: how travel is measured (new modes at the end: the dialog and models store the index)
MODES = ("straight", "network", "transit")
# the one default threshold, and one and a half and twice it (10, 15, 20 minutes)
DEFAULT_THRESHOLDS = tuple(kcosts.DEFAULT_THRESHOLD_MINUTES * k for k in (1.0, 1.5, 2.0))


class CatchmentsAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "catchments"
    DISPLAY_NAME = "Catchment areas"
    GROUP_ID = "access"
    TAGS = "catchment,service area,isochrone,travel time,network,buffer,public transport,gtfs,bus"
    HELP = (
        "From where can each facility be reached within 10, 15 or 20 minutes? It draws, around every "
        "facility, the area from which it is reached within each threshold: along the streets of a road "
        "network, as a circle (straight line), or by public transport.\n\n"
        "How to read the results:\n"
        "- Catchment areas: one polygon per facility and threshold, with the facility's own fields, "
        "threshold (the travel limit of the polygon) and cost_unit (minutes or meters) with cost_speed_kmh "
        "(the speed used) saying what the threshold is in. The larger thresholds are drawn underneath.\n"
        "- With 'Dissolve per threshold', one polygon per threshold: the whole area served.\n\n"
        "Example: walking at 5.04 km/h (84 m a minute), a 10-minute catchment along the streets covers the "
        "streets within 840 m of walking from the facility, widened by 50 m; in a straight line it is a "
        "circle of 840 m radius. A street grid makes walking routes longer than the straight line, so the "
        "road network polygon is smaller than the circle (often by a third).\n\n"
        "Good to know:\n"
        "- A facility farther from the road network than the largest snap distance gets no road network "
        "catchment (a warning counts them).\n"
        "- The outline (hull) is a quick envelope of the streets reached and may cover a park or a block "
        "without streets; 'buffer' follows the streets themselves (slower).\n"
        "- A catchment stops where the road network stops: cut the network generously around the "
        "study area.\n\n"
        "By public transport (a GTFS timetable): the area is cut into square cells (150 m by default), and a "
        "cell is in a facility's catchment when, leaving its centre at the departure time, the facility is "
        "reached within the threshold: walking to a stop, waiting, riding, changing, walking to the facility, or "
        "walking the whole way, whichever is quicker; with a departure window, the chosen percentile of the "
        "times over its minutes. The direction is from home to the facility, exactly as the travel times of "
        "CareMap's accessibility. The polygon is the union of the squares of the cells reached, so its edge is "
        "exact to half a cell. Only cells within walking reach of a facility or of a stop are tried (any other "
        "cell is out of reach). Thresholds are then in minutes; the walking speed is the travel speed; the "
        "polygon shape, buffer and outline closeness do not apply.\n"
        "Example: a bus leaves stop A at 08:10 and reaches stop B at 08:15; a home 100 m from A, leaving at "
        "08:05 at 6 km/h, is at A at 08:06, at B at 08:15 and at a facility 300 m from B at 08:18: 13 minutes, "
        "so its cell is in the 15-minute catchment, not the 10-minute one. Leaving at 23:00, after the last bus, "
        "it is in neither unless the walk is short enough."
    )

    PARAM_HELP = {
        "SUPPLY": QT_TRANSLATE_NOOP("CareMap", "Layer of care facilities, points or polygons; one catchment is drawn per facility and threshold. Typical: the output of CareMap's supply inventory."),
        "COST_MODE": QT_TRANSLATE_NOOP("CareMap", "Along the road network: the streets reached within each threshold, as a polygon; straight line: a circle whose radius is the threshold (metres, or minutes times the travel speed) divided by the detour factor; public transport: the cells of a grid from which the facility is reached within the threshold by walking and riding the buses or trains of a GTFS timetable, leaving at the departure time (in minutes; the public transport settings are under the advanced parameters). Typical: the road network."),
        "NETWORK": QT_TRANSLATE_NOOP("CareMap", "Road or footpath line layer, needed for catchments along the road network; lines connect where they share a vertex. Typical: the OpenStreetMap streets of the city."),
        "THRESHOLDS": QT_TRANSLATE_NOOP("CareMap", "One or more travel limits in the cost unit, separated by commas; one polygon is drawn per threshold. Typical: '10,15,20' minutes."),
        "SHAPE": QT_TRANSLATE_NOOP("CareMap", "Polygon shape along the road network: hull = an outline of the streets reached, widened by the buffer (fast); buffer = the streets reached themselves, widened by the buffer (detailed, slower). Not used by straight lines or public transport. Typical: hull."),
        "BUFFER": QT_TRANSLATE_NOOP("CareMap", "Width in metres added around the streets reached or their outline (road network only; not used by straight lines or public transport). Typical: 50 m."),
        "HULL_RATIO": QT_TRANSLATE_NOOP("CareMap", "How closely the outline follows the streets reached, from 0 (closest) to 1 (convex), for the hull shape (road network only; not used by public transport). Typical: 0.3."),
        "CELL_SIZE": QT_TRANSLATE_NOOP("CareMap", "Side in metres of the square cells of public transport catchments: each cell whose centre reaches the facility within the threshold is in its catchment, so the polygon's edge is exact to half a cell. Smaller cells give a finer edge and take longer (four times as many cells at half the size). Used only by public transport. Typical: 150 m (100 m for a finer edge, about twice as slow)."),
        "DISSOLVE": QT_TRANSLATE_NOOP("CareMap", "If checked, the catchments of all facilities are merged into one polygon per threshold (the area served); otherwise one polygon per facility and threshold. Typical: unchecked."),
        "SNAP_DISTANCE": QT_TRANSLATE_NOOP("CareMap", "Largest distance in metres from a facility to the road network: it joins the nearest point of the nearest street (of a part of the network holding at least 5% of the length of the largest part), the walk to it counted. Facilities farther away get no road network catchment. Typical: 500 m."),
        "OUTPUT": QT_TRANSLATE_NOOP("CareMap", "Catchment polygons: the facility's fields plus threshold, cost_unit and cost_speed_kmh (one per threshold when dissolved; by public transport cost_speed_kmh is the walking speed)."),
    }

    def initAlgorithm(self, config=None):
        pts = [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]
        # what: the facilities; how far: the thresholds; how: the costs and the shape
        self.addParameter(QgsProcessingParameterFeatureSource("SUPPLY", self.tr("Care facilities"), pts))
        self.addParameter(QgsProcessingParameterString(
            "THRESHOLDS", self.tr("Thresholds (comma-separated, in the cost unit)"),
            defaultValue=",".join(f"{t:g}" for t in DEFAULT_THRESHOLDS)))
        self.addParameter(self.static_enum("COST_MODE", self.tr("How travel is measured"), MODES, "network"))
        add_network_parameter(self)
        self.addParameter(self.static_enum("COST_UNIT", self.tr("Cost unit"), COST_UNITS, "minutes"))
        add_speed_parameter(self)
        self.addParameter(advanced(QgsProcessingParameterNumber(
            "DETOUR", self.tr("Detour factor of straight-line costs (route / straight distance)"), DOUBLE,
            defaultValue=1.0, minValue=1.0)))
        self.addParameter(QgsProcessingParameterBoolean("DISSOLVE", self.tr("Dissolve per threshold"), defaultValue=False))
        self.addParameter(advanced(self.static_enum("SHAPE", self.tr("Polygon shape along the road network"), SHAPES,
                                                    "hull")))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            "BUFFER", self.tr("Buffer around the streets reached or their outline (m)"), DOUBLE, defaultValue=50.0,
            minValue=0.1)))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            "HULL_RATIO", self.tr("Outline closeness (0 = follows the streets, 1 = convex)"), DOUBLE,
            defaultValue=0.3, minValue=0.0, maxValue=1.0)))
        add_transit_parameters(self)
        self.addParameter(advanced(QgsProcessingParameterNumber(
            "CELL_SIZE", self.tr("Public transport: cell size of the catchment grid (m)"), DOUBLE,
            defaultValue=kiso.DEFAULT_CELL_SIZE_M, minValue=1.0)))
        add_road_speed_parameters(self)
        add_snap_parameter(self, self.tr("Largest distance from a facility to the road network (m)"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Catchment areas"), QgsProcessing.SourceType.TypeVectorPolygon))

    def _thresholds(self, parameters, context):
        text = self.parameterAsString(parameters, "THRESHOLDS", context) or ""
        try:
            values = sorted({float(t) for t in text.replace(";", ",").split(",") if t.strip()}, reverse=True)
        except ValueError:
            raise QgsProcessingException(self.tr(
                "{0} must be numbers separated by commas (e.g. '10,15,20'), got '{1}'.").format(
                self.label("THRESHOLDS"), text)) from None
        if not values or min(values) <= 0:
            raise QgsProcessingException(self.tr(
                "{0} must all be above 0 (e.g. '10,15,20'), got '{1}': a catchment of 0 or less is empty.").format(
                self.label("THRESHOLDS"), text))
        return values

    def processAlgorithm(self, parameters, context, feedback):
        thresholds = self._thresholds(parameters, context)  # largest first: drawn underneath
        unit = self.enum_value(parameters, "COST_UNIT", context)
        speed = self.parameterAsDouble(parameters, "SPEED", context)
        dissolve = self.parameterAsBool(parameters, "DISSOLVE", context)
        transit = self.enum_value(parameters, "COST_MODE", context) == "transit"
        check_transit_unit(self, "transit" if transit else "", unit)
        supply = layer_io.read_points(self, parameters, "SUPPLY", context, feedback)
        self.check_canceled(feedback)

        # geometries per (facility row, threshold index); dissolved ones per threshold index
        merged = None
        if transit:
            pieces, merged = self._transit_pieces(parameters, context, feedback, supply, thresholds, speed, dissolve)
        else:
            reach = reach_areas(self, parameters, context, feedback, supply, thresholds)
            if reach.radii is not None:
                pieces = {}
                for li, r in enumerate(reach.radii):
                    for k in range(supply.n):
                        pieces[(k, li)] = QgsGeometry.fromPointXY(QgsPointXY(supply.x[k], supply.y[k])).buffer(r, 16)
                    self.check_canceled(feedback)
            else:
                pieces = self._network_pieces(parameters, context, feedback, supply, thresholds, reach)
        feedback.setProgress(max(70, feedback.progress()))

        fields, keep_idx, feats_attrs = self._facility_attributes(supply, dissolve)
        sink, dest_id = layer_io.create_layer_sink(self, parameters, "OUTPUT", context, fields,
                                                   Qgis.WkbType.MultiPolygon, supply.crs)
        out = []
        companions = [unit, speed]  # the unit of 'threshold' (cost_unit, cost_speed_kmh)
        for li, t in enumerate(thresholds):
            geoms = [(k, pieces[(k, li)]) for k in range(supply.n) if (k, li) in pieces]
            if dissolve:
                g = merged.get(li) if merged is not None else (
                    QgsGeometry.unaryUnion([g for _, g in geoms]) if geoms else None)
                if g is not None and not g.isEmpty():
                    out.append((g, [t] + companions))
            else:
                for k, g in geoms:
                    out.append((g, [feats_attrs[k][i] for i in keep_idx] + [t] + companions))
            self.check_canceled(feedback)
        batch = []
        for g, attrs in out:
            f = QgsFeature(fields)
            g.convertToMultiType()
            f.setGeometry(g)
            f.setAttributes(attrs)
            batch.append(f)
        layer_io.write_features(sink, batch, feedback, "OUTPUT")
        feedback.pushInfo(self.trn("%n catchment polygon(s)", len(out)) + " " + self.trn(
            "for %n facilit(y/ies), thresholds {0} {1}.", supply.n).format(
            ", ".join(f"{t:g}" for t in sorted(thresholds)), unit))
        return {"OUTPUT": dest_id}

    def _transit_pieces(self, parameters, context, feedback, supply, thresholds, speed, dissolve):
        """Public-transport catchments: the cells that can be within reach
        (``kernels.isochrones.candidate_cells``), the travel times from their centres to the
        facilities (``transit_io.travel_times``, as accessibility's pair costs), and per
        facility and threshold (or per threshold when dissolved) the union of the squares of
        the cells within it. Returns ``(pieces, merged)``: ``{(facility row, threshold
        index): geometry}`` and, when dissolved, ``{threshold index: geometry}`` (else None)."""
        cell = self.parameterAsDouble(parameters, "CELL_SIZE", context)
        setup = transit_io.read_setup(self, parameters, context)
        tt = transit_io.timetable(self, setup, feedback)
        stops = transit_io.stop_points(tt, supply.crs, context, feedback, setup.name)
        t_max = max(thresholds)
        bound = kiso.candidate_cell_bound(supply.xy, stops, t_max, speed, setup.max_walk, cell)
        if bound > kiso.MAX_CANDIDATE_CELLS:  # refused before the cells are built, not out of memory
            raise QgsProcessingException(self.tr(
                "Public transport catchments: cells of {0:g} m would mean up to {1:,.0f} cells to look at around "
                "the facilities of {2} and the stops of {3}, more than {4:,}: choose larger cells in {5}.").format(
                cell, bound, supply.layer_name, setup.name, kiso.MAX_CANDIDATE_CELLS, self.label("CELL_SIZE")))
        try:
            ci, cj = kiso.candidate_cells(supply.xy, stops, t_max, speed, setup.max_walk, cell)
        except ValueError as e:
            raise QgsProcessingException(str(e)) from e
        feedback.pushInfo(self.trn(
            "Public transport catchments: %n cell(s) of {0:g} m within reach of a facility of {1} ({2:g} minutes "
            "of walking at {3:g} km/h) or of a stop of {4} ({5:g} m of walking); each is routed from its "
            "centre.", len(ci)).format(cell, supply.layer_name, t_max, speed, setup.name, setup.max_walk))
        if len(ci) == 0:
            feedback.pushWarning(self.tr(
                "No cell of {0:g} m has its centre within reach of a facility of {1} or of a stop of {2}: no "
                "catchment is drawn. Choose a smaller {3}, or larger thresholds.").format(
                cell, supply.layer_name, setup.name, self.label("CELL_SIZE")))
            return {}, ({} if dissolve else None)
        res = transit_io.travel_times(self, parameters, context, feedback, supply.crs,
                                      kiso.cell_centres(ci, cj, cell), supply.xy, speed, t_max,
                                      forward_progress(feedback, 10, 50), setup=setup, tt=tt, cells=True)
        cost = np.asfortranarray(res.cost)  # one facility's column at a time
        start = max(60.0, feedback.progress())
        keys = [(None, li) for li in range(len(thresholds))] if dissolve else [
            (k, li) for k in range(supply.n) for li in range(len(thresholds))]
        pieces, merged, empty = {}, ({} if dissolve else None), 0
        for n, (k, li) in enumerate(keys):
            g = self._cells_polygon(ci, cj, kiso.catchment_cells(cost, thresholds[li], k), cell)
            if g is None:
                empty += 1
            elif dissolve:
                merged[li] = g
            else:
                pieces[(k, li)] = g
            self.check_canceled(feedback)
            feedback.setProgress(max(feedback.progress(), start + (70 - start) * (n + 1) / len(keys)))
        if empty:
            feedback.pushWarning(self.trn(
                "%n catchment(s) of {0} by public transport hold no cell: no cell centre reaches the facility "
                "within the threshold. Choose a smaller {1} to see them.", empty).format(
                supply.layer_name, self.label("CELL_SIZE")))
        return pieces, merged

    @staticmethod
    def _cells_polygon(ci, cj, mask, cell):
        """The union of the squares of the cells ``mask`` selects (None when none): their
        runs along each row as one MultiPolygon, dissolved by GEOS."""
        if not mask.any():
            return None
        x0, y0, x1, y1 = kiso.run_rectangles(*kiso.cell_runs(ci[mask], cj[mask]), cell)
        g = QgsGeometry()
        g.fromWkb(kiso.rectangles_wkb(x0, y0, x1, y1))
        return QgsGeometry.unaryUnion([g])

    def _facility_attributes(self, supply, dissolve):
        fields = QgsFields()
        keep_idx = []
        if not dissolve:
            src_fields = supply.source.fields()
            for i in range(src_fields.count()):
                if src_fields.at(i).name().lower() in ("fid", "threshold", COST_UNIT_FIELD, COST_SPEED_FIELD):
                    continue  # one facility gives several polygons: its fid cannot be a key
                fields.append(src_fields.at(i))
                keep_idx.append(i)
        fields.append(QgsField("threshold", QMetaType.Type.Double))
        fields.append(QgsField(COST_UNIT_FIELD, QMetaType.Type.QString))
        fields.append(QgsField(COST_SPEED_FIELD, QMetaType.Type.Double))
        attrs = {} if dissolve else layer_io.row_attributes(supply)
        return fields, keep_idx, attrs

    def _network_pieces(self, parameters, context, feedback, supply, thresholds, reach):
        (fac, li, x0, y0, x1, y1), ok = reach.segments, reach.snapped
        # kernel limits are sorted ascending; thresholds here are descending
        li = len(thresholds) - 1 - li
        buffer = self.parameterAsDouble(parameters, "BUFFER", context)
        shape = self.enum_value(parameters, "SHAPE", context)
        ratio = self.parameterAsDouble(parameters, "HULL_RATIO", context)
        order = np.lexsort((li, fac))
        fac, li, x0, y0, x1, y1 = (a[order] for a in (fac, li, x0, y0, x1, y1))
        key = fac * len(thresholds) + li
        cuts = np.flatnonzero(np.diff(key)) + 1
        starts = np.concatenate([[0], cuts]) if len(key) else np.empty(0, dtype=int)
        ends = np.concatenate([cuts, [len(key)]]) if len(key) else np.empty(0, dtype=int)
        pieces = {}
        for a, b in zip(starts.tolist(), ends.tolist()):  # one group per facility and threshold
            if shape == "hull":
                g = _hull(np.concatenate([x0[a:b], x1[a:b]]), np.concatenate([y0[a:b], y1[a:b]]), ratio, buffer)
            else:
                lines_xy = [[QgsPointXY(p, q), QgsPointXY(r, s)] for p, q, r, s in
                            zip(x0[a:b].tolist(), y0[a:b].tolist(), x1[a:b].tolist(), y1[a:b].tolist())]
                g = QgsGeometry.fromMultiPolylineXY(lines_xy).buffer(buffer, 4)
            pieces[(int(fac[a]), int(li[a]))] = g
            if len(pieces) % 50 == 0:
                self.check_canceled(feedback)
        # a facility on the network that reaches no street piece still gets its own spot
        for k in np.flatnonzero(ok).tolist():
            for t in range(len(thresholds)):
                if (k, t) not in pieces:
                    pieces[(k, t)] = QgsGeometry.fromPointXY(QgsPointXY(supply.x[k], supply.y[k])).buffer(buffer, 8)
        return pieces


def _hull(x, y, ratio, buffer):
    """Concave hull of the reached points widened by ``buffer`` (GEOS >= 3.11); the
    convex hull where the concave one is unavailable."""
    pts = np.unique(np.round(np.column_stack([x, y]), 3), axis=0)
    mp = QgsGeometry.fromMultiPointXY([QgsPointXY(px, py) for px, py in pts.tolist()])
    hull = mp.concaveHull(ratio) if hasattr(mp, "concaveHull") else QgsGeometry()
    if hull is None or hull.isNull() or hull.isEmpty():
        hull = mp.convexHull()
    return hull.buffer(buffer, 4)
