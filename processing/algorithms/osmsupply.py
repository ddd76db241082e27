"""caremap:osmsupply: care facilities from an OpenStreetMap extract (.osm / .osm.pbf,
read through OGR's OSM driver), mapped onto the inventory schema with a tag table that
is data (data/osm_care_tags.csv), not code."""
import csv
import os

import numpy as np
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsVectorLayer,
)

from ...kernels import supply
from .. import layer_io
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm, trn
from ..cost_params import advanced

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_TAGS = os.path.join(PLUGIN_DIR, "data", "osm_care_tags.csv")
OSM_LAYERS = ("points", "lines", "multipolygons")
RULE_COLUMNS = ("kind", "key", "value", "condition_key", "condition_value", "service_type", "target_group", "sphere")
SKIP_FIELDS = {"osm_id", "osm_way_id", "other_tags", "z_order"}


def read_tag_table(path):
    """Rows of the tag table CSV as dicts; raises QgsProcessingException on a bad file."""
    try:
        with open(path, newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in RULE_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise QgsProcessingException(trn("Tag table {0} lacks the column(s) {1}.", len(missing)).format(
                    path, ", ".join(missing)))
            rules = [{c: (row.get(c) or "").strip() for c in RULE_COLUMNS} for row in reader]
    except OSError as exc:
        raise QgsProcessingException(layer_io.tr("Cannot read tag table {0}: {1}").format(path, exc)) from None
    rules = [r for r in rules if r["kind"] in ("service", "sphere") and r["key"] and r["value"]]
    if not any(r["kind"] == "service" for r in rules):
        raise QgsProcessingException(layer_io.tr("Tag table {0} has no 'service' row.").format(path))
    return rules


def _number(text):
    try:
        value = float(str(text).strip().split()[0].replace(",", "."))
        return value if value >= 0 else np.nan
    except (ValueError, IndexError):
        return np.nan


class OsmSupplyAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "osmsupply"
    DISPLAY_NAME = "Care supply from OpenStreetMap"
    GROUP_ID = "supply"
    TAGS = "care,supply,openstreetmap,osm,kindergarten,childcare,nursing home,social facility"
    HELP = (
        "Which care places does OpenStreetMap know in my area? This tool reads an OpenStreetMap "
        "extract (.osm or .osm.pbf, from the file: nothing is downloaded) and keeps the care "
        "facilities (kindergartens, childcare, nursing homes, day centres, social facilities...) as "
        "points in the schema of the care supply inventory, to merge with your registry there.\n\n"
        "How to read the results (points, longitude/latitude):\n"
        "- name, service_type (e.g. kindergarten, nursing_home), target_group (children, older, "
        "disability, all) and sphere (public, private, community...) from the tags;\n"
        "- capacity (the capacity tag; usually empty), fee (0 when fee=no), source = osm;\n"
        "- osm_id, osm_type, matched_tag (the tag that made it a care place), operator, "
        "opening_hours, to check.\n\n"
        "Example: the centre of Helsinki gives 5 places: one childcare service (Hoivanet Kids Park), "
        "three community centres for all ages and one social facility. No kindergarten is mapped "
        "there: OpenStreetMap is a source to complete, not an inventory.\n\n"
        "Caveats: only what mappers tagged is found, and capacities are rarely tagged, so give a "
        "default capacity in the inventory or, better, the operator's figures. Areas (buildings, "
        "grounds) are taken at a point on their surface. Which tags mean which service is set by a "
        "tag table (a CSV; the bundled one is data/osm_care_tags.csv): the first matching row wins, "
        "so copy it and put your local tags first. Details in docs/methods.md."
    )

    PARAM_HELP = {
        "INPUT": QT_TRANSLATE_NOOP("CareMap", "OpenStreetMap extract file (.osm or .osm.pbf) covering the study area. Typical: a city extract from Geofabrik or BBBike."),
        "TAG_TABLE": QT_TRANSLATE_NOOP("CareMap", "Optional CSV tag table mapping OpenStreetMap tags to service_type, target_group and sphere (columns kind, key, value, condition_key, condition_value, service_type, target_group, sphere; the first matching 'service' row wins); empty = the bundled data/osm_care_tags.csv. Typical: empty, or a copy extended for local tagging."),
        "EXTENT": QT_TRANSLATE_NOOP("CareMap", "Optional extent: only facilities inside it are kept. Typical: the extent of the study area."),
        "OUTPUT": QT_TRANSLATE_NOOP("CareMap", "Care facility points in WGS84 with name, service_type, target_group, sphere, capacity, fee and source, ready for the care supply inventory."),
        "N_FACILITIES": QT_TRANSLATE_NOOP("CareMap", "Number of care facilities written (OpenStreetMap objects matching a row of the tag table)."),
    }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            "INPUT", self.tr("OpenStreetMap extract"), fileFilter="OpenStreetMap (*.osm *.pbf *.osm.pbf)"))
        self.addParameter(QgsProcessingParameterExtent("EXTENT", self.tr("Only within this extent"), optional=True))
        self.addParameter(advanced(QgsProcessingParameterFile(
            "TAG_TABLE", self.tr("Tag table (CSV; empty = the bundled one)"), optional=True,
            fileFilter="CSV (*.csv)")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Care facilities from OpenStreetMap"), QgsProcessing.SourceType.TypeVectorPoint))
        self.addOutput(QgsProcessingOutputNumber("N_FACILITIES", self.tr("Facilities found")))

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, "INPUT", context)
        if not path or not os.path.exists(path):
            raise QgsProcessingException(self.tr("OpenStreetMap file {0} was not found.").format(path))
        rules = read_tag_table(self.parameterAsFile(parameters, "TAG_TABLE", context) or DEFAULT_TAGS)
        keys = {r["key"] for r in rules if r["kind"] == "service"}
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        extent = None
        if parameters.get("EXTENT"):
            extent = self.parameterAsExtent(parameters, "EXTENT", context, wgs84)

        cols = {k: [] for k in ("osm_id", "osm_type", "name", "service_type", "sphere", "target_group",
                                "capacity", "fee", "matched_tag", "operator", "opening_hours")}
        xs, ys = [], []
        n_seen = 0
        for k, name in enumerate(OSM_LAYERS):
            layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
            if not layer.isValid():
                if k == 0:
                    raise QgsProcessingException(self.tr(
                        "{0} could not be opened as an OpenStreetMap file by GDAL's OSM driver.").format(path))
                continue
            request = QgsFeatureRequest()
            if extent is not None and not extent.isNull():
                request.setFilterRect(extent)
            fields = layer.fields().names()
            has_other = "other_tags" in fields
            plain = [(i, f) for i, f in enumerate(fields) if f not in SKIP_FIELDS]
            i_other = fields.index("other_tags") if has_other else -1
            i_id = fields.index("osm_id") if "osm_id" in fields else -1
            i_way = fields.index("osm_way_id") if "osm_way_id" in fields else -1
            for feat in layer.getFeatures(request):
                n_seen += 1
                if n_seen % 5000 == 0:
                    self.check_canceled(feedback)
                attrs = feat.attributes()
                tags = supply.parse_other_tags(attrs[i_other]) if has_other and attrs[i_other] else {}
                for i, fname in plain:
                    value = attrs[i]
                    if value is not None and value != layer_io.NULL_VARIANT and str(value) != "":
                        tags[fname] = str(value)
                if not keys.intersection(tags):
                    continue
                hit = supply.match_osm_tags(tags, rules)
                if hit is None:
                    continue
                geom = feat.geometry()
                if geom.isNull() or geom.isEmpty():
                    continue
                pt = geom.asPoint() if name == "points" else geom.pointOnSurface().asPoint()
                xs.append(pt.x())
                ys.append(pt.y())
                way = attrs[i_way] if i_way >= 0 else None
                osm_id = attrs[i_id] if i_id >= 0 else None
                if name == "points":
                    osm_type = "node"
                elif name == "lines" or (way is not None and way != layer_io.NULL_VARIANT and str(way)):
                    osm_type = "way"
                else:
                    osm_type = "relation"
                if osm_type == "way" and name == "multipolygons":
                    osm_id = way
                cols["osm_id"].append(str(osm_id) if osm_id is not None else None)
                cols["osm_type"].append(osm_type)
                cols["name"].append(tags.get("name"))
                for key in ("service_type", "sphere", "target_group", "matched_tag"):
                    cols[key].append(hit[key] or None)
                cols["capacity"].append(_number(tags["capacity"]) if "capacity" in tags else np.nan)
                cols["fee"].append(0.0 if tags.get("fee") == "no" else np.nan)
                cols["operator"].append(tags.get("operator"))
                cols["opening_hours"].append(tags.get("opening_hours"))
            feedback.setProgress(100.0 * (k + 1) / len(OSM_LAYERS))
        n = len(xs)
        feedback.pushInfo(self.trn("%n OpenStreetMap feature(s) read", n_seen) + ", " + self.trn("%n care facilit(y/ies) mapped.", n))
        if n == 0:
            feedback.pushWarning(self.tr("No feature of {0} matched the tag table.").format(path))
        out = {
            "osm_id": np.array(cols["osm_id"], dtype=object),
            "osm_type": np.array(cols["osm_type"], dtype=object),
            "name": np.array(cols["name"], dtype=object),
            "service_type": np.array(cols["service_type"], dtype=object),
            "sphere": np.array(cols["sphere"], dtype=object),
            "target_group": np.array(cols["target_group"], dtype=object),
            "capacity": np.array(cols["capacity"], dtype=float),
            "hours_per_day": np.full(n, np.nan),
            "days_per_week": np.full(n, np.nan),
            "fee": np.array(cols["fee"], dtype=float),
            "source": np.full(n, "osm", dtype=object),
            "matched_tag": np.array(cols["matched_tag"], dtype=object),
            "operator": np.array(cols["operator"], dtype=object),
            "opening_hours": np.array(cols["opening_hours"], dtype=object),
        }
        sink, dest = layer_io.create_layer_sink(self, parameters, "OUTPUT", context, list(out.items()),
                                                Qgis.WkbType.Point, wgs84)
        layer_io.write_points(sink, np.array(xs), np.array(ys), out, feedback)
        return {"OUTPUT": dest, "N_FACILITIES": n}

