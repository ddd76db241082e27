"""caremap:osmnetwork: a routable walk, bike or car network from an OpenStreetMap extract
(.osm / .osm.pbf, the ``lines`` layer of GDAL's OSM driver). Thin adapter: every rule
(usable ways, speeds, one-way, topology, components) is in kernels/osm_network.py.

Output CRS: the local UTM zone of the data (layer_io.metric_crs), with ``length_m`` the
planar length in that CRS, so the lengths the network cost mode measures on the layer
(it works in the demand layer's metric CRS, usually the same zone) are the ones written.
The UTM scale error is below 0.1 % within a zone."""
import os

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsLineString,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...kernels import network as knet
from ...kernels import osm_network as kosm
from ...kernels import osm_tags as ktags
from .. import layer_io
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm
from ..cost_params import advanced

READ_FIELDS = ("osm_id", "name", "highway", "railway", "other_tags")


class OsmNetworkAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "osmnetwork"
    DISPLAY_NAME = "Street network from OpenStreetMap"
    GROUP_ID = "access"
    TAGS = "network,openstreetmap,osm,walk,bike,car,streets,roads,routing,topology"
    HELP = (
        "Which streets and paths can people walk, cycle or drive to reach care? From an "
        "OpenStreetMap extract (.osm or .osm.pbf, read from the file: nothing is downloaded), this "
        "tool builds a street network for one travel mode, ready to be the road network of every "
        "CareMap algorithm that measures travel on streets.\n\n"
        "How to read the results (lines in the local UTM zone, metres):\n"
        "- highway (the OpenStreetMap class), name, osm_id;\n"
        "- speed_kmh: the speed of the line for the mode (5.04 km/h on every line when walking);\n"
        "- oneway: 1 = only in the line's direction, -1 = only against it, 0 = both ways (always 0 "
        "when walking: people walk both ways along a one-way street);\n"
        "- component: the connected part the line belongs to, 0 = the largest; length_m: its length.\n"
        "In the accessibility dialogs choose this layer as the road network, speed_kmh as its speed "
        "field and oneway as its one-way field.\n\n"
        "Example: for walking, the centre of Helsinki gives 2,280 usable ways of 3,818 (railway and "
        "tram tracks, private ways and construction sites left out), split into 4,268 lines, 90.3 km "
        "in 47 connected parts; the largest part holds 98.5% of the length.\n\n"
        "Caveats: ways join only at the OpenStreetMap nodes they share, so a bridge never joins the "
        "street under it, and a badly mapped junction leaves a small separate part (check the "
        "connected parts in the log: a facility on a small part reaches only that part). Clip with a "
        "margin around the study area, or facilities just outside it become unreachable. Which ways "
        "each mode may use, their speeds and one-way rules are listed in docs/methods.md; unknown "
        "highway classes are left out and counted in the log."
    )

    PARAM_HELP = {
        "INPUT": QT_TRANSLATE_NOOP("CareMap", "OpenStreetMap extract file (.osm or .osm.pbf) covering the study area and a margin around it. Typical: a city extract from Geofabrik or BBBike, or one cut with osmium."),
        "MODE": QT_TRANSLATE_NOOP("CareMap", "Who travels: walk, bike or car. It decides which ways are usable, their default speeds and whether one-way streets apply. Typical: walk for childcare and elder day care."),
        "SPEED_TABLE": QT_TRANSLATE_NOOP("CareMap", "Optional speeds in km/h per highway class that replace the defaults of the travel mode, as class:speed items separated by commas; it does not make a class usable. Typical: empty, or 'primary:40,residential:25' for a congested town by car."),
        "EXTENT": QT_TRANSLATE_NOOP("CareMap", "Optional extent: the network is clipped to it. Typical: the study area plus a margin of one catchment threshold, so facilities just outside stay reachable."),
        "OUTPUT": QT_TRANSLATE_NOOP("CareMap", "The network lines with highway, speed_kmh, oneway, component and length_m, split at shared nodes; choose it as the road network, with speed_kmh as its speed field and oneway as its one-way field."),
        "N_COMPONENTS": QT_TRANSLATE_NOOP("CareMap", "Number of connected parts of the network (1 = every street reaches every other)."),
        "LARGEST_SHARE": QT_TRANSLATE_NOOP("CareMap", "Share (0 to 1) of the network length in its largest connected part; None when the network is empty."),
    }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            "INPUT", self.tr("OpenStreetMap extract"), fileFilter="OpenStreetMap (*.osm *.pbf *.osm.pbf)"))
        self.addParameter(self.static_enum("MODE", self.tr("Travel mode"), ktags.MODES, "walk"))
        self.addParameter(QgsProcessingParameterExtent("EXTENT", self.tr("Clip to this extent"), optional=True))
        self.addParameter(advanced(QgsProcessingParameterString(
            "SPEED_TABLE", self.tr("Speed per highway class, km/h (e.g. 'primary:40,residential:25'; empty = defaults)"),
            optional=True)))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Street network"), QgsProcessing.SourceType.TypeVectorLine))
        self.addOutput(QgsProcessingOutputNumber("N_COMPONENTS", self.tr("Connected components")))
        self.addOutput(QgsProcessingOutputNumber("LARGEST_SHARE", self.tr("Share of length in the largest component")))

    # ---- reading -------------------------------------------------------------------
    def _read_ways(self, path, rect, feedback):
        layer = QgsVectorLayer(f"{path}|layername=lines", os.path.basename(path), "ogr")
        if not layer.isValid():
            raise QgsProcessingException(self.tr(
                "{0} could not be opened as an OpenStreetMap file by GDAL's OSM driver: choose an .osm or "
                ".osm.pbf extract.").format(path))
        names = layer.fields().names()
        idx = {f: names.index(f) for f in READ_FIELDS if f in names}
        request = QgsFeatureRequest().setSubsetOfAttributes(list(idx.values()))
        if rect is not None:
            request.setFilterRect(rect)
        cols = {f: [] for f in READ_FIELDS}
        chunks, part_row = [], []
        row = 0
        for k, feat in enumerate(layer.getFeatures(request)):
            if k % 2000 == 0:
                self.check_canceled(feedback)
                feedback.setProgress(min(30.0, 30.0 * (1 - 1 / (1 + k / 20000))))
            g = feat.geometry()
            if g.isNull() or g.isEmpty():
                continue
            geom = g.constGet()
            parts = [geom.geometryN(i) for i in range(geom.numGeometries())] \
                if QgsWkbTypes.isMultiType(geom.wkbType()) else [geom]
            for part in parts:
                chunks.append(layer_io.line_coords(part))
                part_row.append(row)
            attrs = feat.attributes()
            for f in READ_FIELDS:
                cols[f].append(layer_io.text_value(attrs[idx[f]]) if f in idx else None)
            row += 1
        lengths = np.array([len(c) for c in chunks], dtype=np.int64)
        offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        xy = np.concatenate(chunks) if chunks else np.zeros((0, 2))
        return cols, xy, offsets, np.asarray(part_row, dtype=np.int64), row

    # ---- run ---------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, "INPUT", context)
        if not path or not os.path.exists(path):
            raise QgsProcessingException(self.tr("OpenStreetMap file {0} was not found.").format(path))
        mode = self.enum_value(parameters, "MODE", context)
        table_text = (self.parameterAsString(parameters, "SPEED_TABLE", context) or "").strip()
        try:
            table = knet.parse_speed_table(table_text)
        except ValueError as e:
            raise QgsProcessingException(self.tr(
                "Speed per highway class: {0}. Write it as 'primary:40,residential:25'.").format(e)) from None
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        rect = None
        if parameters.get("EXTENT"):
            rect = self.parameterAsExtent(parameters, "EXTENT", context, wgs84)
            rect = None if rect is None or rect.isNull() else rect

        cols, xy, offsets, part_row, n_ways = self._read_ways(path, rect, feedback)
        feedback.setProgress(30)
        name = os.path.basename(path)
        if n_ways == 0:
            raise QgsProcessingException(self.tr(
                "{0} has no lines (ways) {1}: choose an extract that covers the study area.").format(
                name, self.tr("in the chosen extent") if rect is not None else ""))
        try:
            tags = ktags.parse_tags(cols["other_tags"], columns={"highway": cols["highway"], "railway": cols["railway"]})
            sel = ktags.select(mode, tags, table)
            keep_part = sel.keep[part_row]
            kxy, koffs, krow = kosm.drop_repeated_vertices(*kosm.select_parts(xy, offsets, part_row, keep_part))
            if rect is not None:
                kxy, koffs, krow = kosm.clip_to_rect(kxy, koffs, krow, (rect.xMinimum(), rect.yMinimum(),
                                                                        rect.xMaximum(), rect.yMaximum()))
            pxy, poffs, prow = kosm.split_at_shared_vertices(kxy, koffs, krow)
            comp, _ = kosm.components(pxy, poffs)
        except ValueError as e:
            raise QgsProcessingException(self.tr("OpenStreetMap file {0}: {1}").format(name, e)) from e
        self.check_canceled(feedback)
        self._log_selection(feedback, mode, sel.report, n_ways)
        if len(prow) == 0:
            raise QgsProcessingException(self.tr(
                "{0} has no way usable for {1} {2}: choose another extract or mode.").format(
                name, mode, self.tr("in the chosen extent") if rect is not None else ""))
        feedback.setProgress(50)

        data_rect = QgsRectangle(float(pxy[:, 0].min()), float(pxy[:, 1].min()),
                                 float(pxy[:, 0].max()), float(pxy[:, 1].max()))
        crs = layer_io.metric_crs(wgs84, data_rect, name, feedback, context)
        mx, my = layer_io.transform_xy(pxy[:, 0], pxy[:, 1], wgs84, crs, context)
        mxy = np.column_stack([mx, my])
        length = kosm.lengths(mxy, poffs)
        n_comp, share, _ = kosm.component_summary(comp, length)
        feedback.pushInfo(self.tr("Network for {0}: {1} lines ({2:,.1f} km)").format(
            mode, len(prow), float(length.sum()) / 1000.0) + " " + self.trn(
            "in %n connected component(s); the largest holds {0:.1%} of the length.", n_comp).format(share))
        if n_comp > 1:
            feedback.pushInfo(self.tr(
                "Points that snap onto a small component reach only what that component reaches; the field "
                "component tells them apart (0 = the largest)."))
        feedback.setProgress(60)

        columns = {
            "osm_id": np.array(cols["osm_id"], dtype=object)[prow],
            "name": np.array(cols["name"], dtype=object)[prow],
            "highway": tags["highway"][prow],
            "speed_kmh": sel.speed_kmh[prow],
            "oneway": sel.oneway[prow].astype(np.int64),
            "component": comp.astype(np.int64),
            "length_m": length,
        }
        sink, dest = layer_io.create_layer_sink(
            self, parameters, "OUTPUT", context,
            [(k, v) for k, v in columns.items()], QgsWkbTypes.Type.LineString, crs)
        starts, stops = poffs[:-1].tolist(), poffs[1:].tolist()
        xs, ys = mx.tolist(), my.tolist()
        geoms = (QgsGeometry(QgsLineString(xs[a:b], ys[a:b])) for a, b in zip(starts, stops))
        layer_io.write_geometries(sink, geoms, columns, feedback, "OUTPUT", n=len(prow))
        feedback.setProgress(100)
        return {"OUTPUT": dest, "N_COMPONENTS": n_comp, "LARGEST_SHARE": self.figure(share)}

    def _log_selection(self, feedback, mode, report, n_ways):
        feedback.pushInfo(self.tr("{0} of {1} ways are usable for {2}.").format(report["kept"], n_ways, mode))
        if report["unknown_class"]:
            listed = ", ".join(f"{k} ({v})" for k, v in sorted(report["unknown_class"].items(), key=lambda kv: -kv[1]))
            feedback.pushInfo(self.tr("Ways of highway classes no mode uses were left out: {0}.").format(listed))
        n = {key: int(report.get(key) or 0) for key in ("access", "not_allowed", "motorroad", "railway",
                                                         "timed_oneway")}
        for key, text in (("access", self.trn("%n way(s) left out by their access tags (no, private...).",
                                              n["access"])),
                          ("not_allowed", self.trn("%n way(s) of classes this mode may use only when a tag allows "
                                                   "it (e.g. footways for bikes) left out.", n["not_allowed"])),
                          ("motorroad", self.trn("%n way(s) tagged motorroad=yes left out (closed to walking and "
                                                 "cycling).", n["motorroad"])),
                          ("railway", self.trn("%n way(s) that are also railway tracks left out.", n["railway"])),
                          ("timed_oneway", self.trn("%n way(s) with oneway=reversible/alternating left out (no "
                                                    "fixed direction).", n["timed_oneway"]))):
            if n[key]:
                feedback.pushInfo(text)

