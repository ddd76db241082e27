"""caremap:catchments: service-area polygons around each facility for one or more travel
thresholds, from a road network (buffer of the reached street pieces) or as circles
(straight line). Thin adapter: what each facility reaches comes from
processing/network_io.reach_areas (every cost mode, through kernels/costs.py and
kernels/network.py)."""
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
from .. import layer_io
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm
from ..cost_params import (
    COST_UNITS,
    DOUBLE,
    add_network_parameter,
    add_road_speed_parameters,
    add_snap_parameter,
    add_speed_parameter,
    advanced,
)
from ..costs_io import COST_SPEED_FIELD, COST_UNIT_FIELD
from ..network_io import reach_areas

SHAPES = ("hull", "buffer")
# the one default threshold, and one and a half and twice it (10, 15, 20 minutes)
DEFAULT_THRESHOLDS = tuple(kcosts.DEFAULT_THRESHOLD_MINUTES * k for k in (1.0, 1.5, 2.0))


class CatchmentsAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "catchments"
    DISPLAY_NAME = "Catchment areas"
    GROUP_ID = "access"
    TAGS = "catchment,service area,isochrone,travel time,network,buffer"
    HELP = (
        "From where can each facility be reached within 10, 15 or 20 minutes? It draws, around every "
        "facility, the area from which it is reached within each threshold: along the streets of a road "
        "network, or as a circle (straight line).\n\n"
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
        "study area."
    )

    PARAM_HELP = {
        "SUPPLY": QT_TRANSLATE_NOOP("CareMap", "Layer of care facilities, points or polygons; one catchment is drawn per facility and threshold. Typical: the output of CareMap's supply inventory."),
        "COST_MODE": QT_TRANSLATE_NOOP("CareMap", "Along the road network: the streets reached within each threshold, as a polygon; straight line: a circle whose radius is the threshold (metres, or minutes times the travel speed). Typical: the road network."),
        "NETWORK": QT_TRANSLATE_NOOP("CareMap", "Road or footpath line layer, needed for catchments along the road network; lines connect where they share a vertex. Typical: the OpenStreetMap streets of the city."),
        "THRESHOLDS": QT_TRANSLATE_NOOP("CareMap", "One or more travel limits in the cost unit, separated by commas; one polygon is drawn per threshold. Typical: '10,15,20' minutes."),
        "SHAPE": QT_TRANSLATE_NOOP("CareMap", "Polygon shape along the road network: hull = an outline of the streets reached, widened by the buffer (fast); buffer = the streets reached themselves, widened by the buffer (detailed, slower). Typical: hull."),
        "BUFFER": QT_TRANSLATE_NOOP("CareMap", "Width in metres added around the streets reached or their outline (road network only). Typical: 50 m."),
        "HULL_RATIO": QT_TRANSLATE_NOOP("CareMap", "How closely the outline follows the streets reached, from 0 (closest) to 1 (convex), for the hull shape. Typical: 0.3."),
        "DISSOLVE": QT_TRANSLATE_NOOP("CareMap", "If checked, the catchments of all facilities are merged into one polygon per threshold (the area served); otherwise one polygon per facility and threshold. Typical: unchecked."),
        "SNAP_DISTANCE": QT_TRANSLATE_NOOP("CareMap", "Largest distance in metres from a facility to the road network: it joins the nearest point of the nearest street (of a part of the network holding at least 5% of the length of the largest part), the walk to it counted. Facilities farther away get no road network catchment. Typical: 500 m."),
        "OUTPUT": QT_TRANSLATE_NOOP("CareMap", "Catchment polygons: the facility's fields plus threshold, cost_unit and cost_speed_kmh (one per threshold when dissolved)."),
    }

    def initAlgorithm(self, config=None):
        pts = [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]
        # what: the facilities; how far: the thresholds; how: the costs and the shape
        self.addParameter(QgsProcessingParameterFeatureSource("SUPPLY", self.tr("Care facilities"), pts))
        self.addParameter(QgsProcessingParameterString(
            "THRESHOLDS", self.tr("Thresholds (comma-separated, in the cost unit)"),
            defaultValue=",".join(f"{t:g}" for t in DEFAULT_THRESHOLDS)))
        self.addParameter(self.static_enum("COST_MODE", self.tr("How travel is measured"),
                                           ("straight", "network"), "network"))
        add_network_parameter(self)
        self.addParameter(self.static_enum("COST_UNIT", self.tr("Cost unit"), COST_UNITS, "minutes"))
        add_speed_parameter(self)
        self.addParameter(QgsProcessingParameterBoolean("DISSOLVE", self.tr("Dissolve per threshold"), defaultValue=False))
        self.addParameter(advanced(self.static_enum("SHAPE", self.tr("Polygon shape along the road network"), SHAPES,
                                                    "hull")))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            "BUFFER", self.tr("Buffer around the streets reached or their outline (m)"), DOUBLE, defaultValue=50.0,
            minValue=0.1)))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            "HULL_RATIO", self.tr("Outline closeness (0 = follows the streets, 1 = convex)"), DOUBLE,
            defaultValue=0.3, minValue=0.0, maxValue=1.0)))
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
        supply = layer_io.read_points(self, parameters, "SUPPLY", context, feedback)
        self.check_canceled(feedback)

        # geometries per (facility row, threshold index)
        reach = reach_areas(self, parameters, context, feedback, supply, thresholds)
        if reach.radii is not None:
            pieces = {}
            for li, r in enumerate(reach.radii):
                for k in range(supply.n):
                    pieces[(k, li)] = QgsGeometry.fromPointXY(QgsPointXY(supply.x[k], supply.y[k])).buffer(r, 16)
                self.check_canceled(feedback)
        else:
            pieces = self._network_pieces(parameters, context, feedback, supply, thresholds, reach)
        feedback.setProgress(70)

        fields, keep_idx, feats_attrs = self._facility_attributes(supply, dissolve)
        sink, dest_id = layer_io.create_layer_sink(self, parameters, "OUTPUT", context, fields,
                                                   Qgis.WkbType.MultiPolygon, supply.crs)
        out = []
        companions = [unit, speed]  # the unit of 'threshold' (cost_unit, cost_speed_kmh)
        for li, t in enumerate(thresholds):
            geoms = [(k, pieces[(k, li)]) for k in range(supply.n) if (k, li) in pieces]
            if dissolve:
                if geoms:
                    g = QgsGeometry.unaryUnion([g for _, g in geoms])
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
