"""caremap:carebatch — the care map (caremap:carepipeline) for every municipality of a
layer in one call: one GeoPackage per municipality and one summary table."""
import json
import os
import re

import numpy as np
from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsWkbTypes,
)

from ...kernels.batch import municipality_members, points_near_regions
from .. import batch_processes, pipeline_words
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm
from ..layer_io import create_layer_sink, read_points, read_polygon_rings, write_table
from ..params import field_param, kernel_call, locate_districts, number_param
from ..supply_io import layer_label
from .carepipeline import CarePipelineAlgorithm

PIPELINE = batch_processes.PIPELINE

# the pipeline's outputs, as the tables of each municipality's GeoPackage
TABLES = {"OUTPUT_INVENTORY": "inventory", "OUTPUT_UNITS": "units", "OUTPUT_SUPPLY": "supply",
          "OUTPUT_DISTRICTS": "districts"}
# the pipeline's inputs this algorithm offers too, passed to every municipality's run
PIPELINE_INPUTS = ("FACILITIES", "MAPPINGS", "SOURCE_PRIORITY", "TYPE_WHITELIST", "NAME_BLACKLIST", "UNITS",
                   "BAND_MAPPING", "WEIGHTS", "CAREGIVER_FIELD", "DISTRICT_FIELD", "DISTRICT_LAYER",
                   "DISTRICT_LAYER_FIELD", "TARGET_GROUP", "COST_MODE", "NETWORK", "SPEED", "DETOUR", "THRESHOLD",
                   "METHOD", "TARGET_RATIO", "TARGETS", "VULNERABILITY_FIELDS", "WRITE_REPORT", "TITLE",
                   "COHORT_LABEL", "SERVICE_LABEL")


class CareBatchAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "carebatch"
    DISPLAY_NAME = "Care map by municipality (batch)"
    GROUP_ID = "workflow"
    TAGS = "batch,municipalities,municipality,communes,many,summary,pipeline,workflow,care map"
    HELP = (
        "How does care access compare across the municipalities of a region? This tool makes the "
        "care map in one run for every municipality of a layer, in one call: one care map per "
        "municipality, and one summary table that compares them.\n\n"
        "Where the municipalities come from: a field of the demand units (e.g. a municipality code), "
        "or a layer of municipality boundaries (each unit goes to the boundary polygon its point on "
        "surface lies in). Give one of the two. Each municipality's run gets only its own units and, "
        "with 'Only facilities in or near each municipality', only the facilities inside it or within "
        "the distance you set beyond its border, since people cross borders for care.\n\n"
        "How to read the results:\n"
        "- the folder: one GeoPackage per municipality (<name>.gpkg, with the layers inventory, units, "
        "supply and districts of its care map) and, if asked, its report (<name>.html);\n"
        "- Summary by municipality: one row each with status (ok or failed) and message, units, "
        "facilities, total_demand, n_facilities, share_covered (share of the demand within the "
        "threshold), mean_access (places per person), coverage, unmet (demand without a place), "
        "deserts and desert_share (people in care deserts), output (its GeoPackage) and the run's "
        "parameters.\n\n"
        "Example: three districts of the demo city taken as municipalities (Centro, Los Rosales, San "
        "Rafael) give Centro.gpkg, Los Rosales.gpkg and San Rafael.gpkg and a summary of three rows, "
        "each equal to the care map of that district run on its own.\n\n"
        "Caveats: a municipality that fails is recorded in its row (status failed, with the reason) "
        "and the others go on; a warning counts the failures. Units with no municipality are left out "
        "(counted). Without facilities beyond the border, units near it look worse served than they "
        "are. Running several municipalities at the same time (Advanced) needs QGIS's command line "
        "qgis_process and pays off only for large municipalities. The other settings are those of the "
        "care map in one run, applied to every municipality; details in docs/methods.md."
    )
    PARAM_HELP = {
        **{k: v for k, v in CarePipelineAlgorithm.PARAM_HELP.items() if k in PIPELINE_INPUTS},
        "WRITE_REPORT": QT_TRANSLATE_NOOP("CareMap", "If checked, each municipality's HTML report is written to the output folder as <name>.html. Typical: checked for the final run."),
        "TITLE": QT_TRANSLATE_NOOP("CareMap", "Title of each report; the municipality's name is added after it. Typical: 'Childcare'."),
        "MUNICIPALITY_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field of the demand units naming each unit's municipality; one care map per value. Units with NULL are left out, counted in a warning. Give this or the municipality boundaries, not both. Typical: the municipality code of the census blocks."),
        "MUNICIPALITY_LAYER": QT_TRANSLATE_NOOP("CareMap", "Polygon layer of municipality boundaries, when the demand units have no municipality field: each unit goes to the polygon its point on surface lies in (a point on a shared border to the one east of it, or north of an east-west border; units in no polygon are left out, counted). Facilities are then clipped to the same polygons. Typical: the communes of the region."),
        "MUNICIPALITY_LAYER_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field of the municipality boundaries with the municipality names (polygons with the same name form one municipality). Typical: the commune name."),
        "CLIP_FACILITIES": QT_TRANSLATE_NOOP("CareMap", "If checked, each municipality's run gets only the facilities inside it (its boundary polygon, or the polygons of its units when municipalities come from a field; point units need a distance beyond the border) or within the distance beyond its border; unchecked, every run gets every facility. Facility layers without geometry are never clipped (logged). Typical: checked."),
        "FACILITY_BUFFER": QT_TRANSLATE_NOOP("CareMap", "Distance in metres beyond a municipality's border within which facilities still count for it (people cross borders for care). 0 = only facilities inside. About the catchment's reach (threshold x speed) keeps the border units from looking worse served than they are. Typical: 1000 m walking."),
        "FACILITY_LAYER": QT_TRANSLATE_NOOP("CareMap", "Internal: one facility layer at a time while clipping (not shown in the dialog). Typical: left empty."),
        "WORKERS": QT_TRANSLATE_NOOP("CareMap", "How many municipalities run at the same time, each in its own qgis_process (QGIS's command line, which must be installed; the run is refused otherwise). 1 = one after another in this process. Each process gets its inputs through temporary GeoPackages and pays the start-up of QGIS, the plugin and its kernels (about 3 s of CPU), so more than 1 pays off only when a municipality's run takes longer than that and the machine has free cores (on the demo city's small districts it is slower); more than the number of free cores gains nothing. The results are the same. Typical: 1; the number of free cores for a long batch."),
        "OUTPUT_FOLDER": QT_TRANSLATE_NOOP("CareMap", "Folder for one GeoPackage per municipality (<name>.gpkg, tables inventory, units, supply, districts; an existing file of that name is replaced) and the reports."),
        "OUTPUT_SUMMARY": QT_TRANSLATE_NOOP("CareMap", "One row per municipality: municipality, status (ok or failed), message (why it failed), units, facilities (features given to its run), every figure the care map in one run returns, in lower case (n_facilities, total_demand, share_covered, mean_access, coverage, unmet, deserts, desert_share; NULL when it has no meaning or the run failed), output (its GeoPackage) and parameters (the run's parameters as JSON)."),
        "N_MUNICIPALITIES": QT_TRANSLATE_NOOP("CareMap", "Number of municipalities run."),
        "N_FAILED": QT_TRANSLATE_NOOP("CareMap", "Number of municipalities whose run failed (see the summary's status and message)."),
    }

    def initAlgorithm(self, config=None):
        pipeline = CarePipelineAlgorithm()
        pipeline.initAlgorithm()
        for name in PIPELINE_INPUTS:
            definition = pipeline.parameterDefinition(name)
            self.addParameter(definition.clone())
            if name == "UNITS":
                self._municipality_parameters()
        hidden = QgsProcessingParameterFeatureSource(
            "FACILITY_LAYER", self.tr("Care facility layers"), [QgsProcessing.SourceType.TypeVector], optional=True)
        hidden.setFlags(hidden.flags() | QgsProcessingParameterDefinition.Flag.FlagHidden)
        self.addParameter(hidden)
        workers = number_param("WORKERS", self.tr("Municipalities run at the same time (separate processes)"), 1,
                               minimum=1, maximum=256, integer=True)
        workers.setFlags(workers.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(workers)
        self.addParameter(QgsProcessingParameterFolderDestination(
            "OUTPUT_FOLDER", self.tr("Folder for each municipality's care map")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_SUMMARY", self.tr("Summary by municipality"), QgsProcessing.SourceType.TypeVector))
        self.addOutput(QgsProcessingOutputNumber("N_MUNICIPALITIES", self.tr("Municipalities run")))
        self.addOutput(QgsProcessingOutputNumber("N_FAILED", self.tr("Municipalities failed")))

    def _municipality_parameters(self):
        add = self.addParameter
        add(field_param("MUNICIPALITY_FIELD", self.tr("Municipality field of the units"), parent="UNITS",
                        numeric=False, optional=True))
        add(QgsProcessingParameterFeatureSource(
            "MUNICIPALITY_LAYER", self.tr("Municipality boundaries (polygons)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        add(field_param("MUNICIPALITY_LAYER_FIELD", self.tr("Municipality name field of the boundaries"),
                        parent="MUNICIPALITY_LAYER", numeric=False, optional=True))
        add(QgsProcessingParameterBoolean(
            "CLIP_FACILITIES", self.tr("Only facilities in or near each municipality"), True))
        add(number_param("FACILITY_BUFFER", self.tr("Facilities up to this distance beyond the border (m)"),
                         0.0, minimum=0.0))

    # ------------------------------------------------------------------ run
    def processAlgorithm(self, parameters, context, feedback):
        field = self.parameterAsString(parameters, "MUNICIPALITY_FIELD", context)
        by_layer = parameters.get("MUNICIPALITY_LAYER") not in (None, "")
        if bool(field) == by_layer:
            raise QgsProcessingException(self.tr(
                "Choose where the municipalities come from: either the municipality field of the units in {0}, or "
                "the municipality boundaries in {1} (not both).").format(
                self.label("MUNICIPALITY_FIELD"), self.label("MUNICIPALITY_LAYER")))
        workers = self.parameterAsInt(parameters, "WORKERS", context)
        exe = batch_processes.find_qgis_process() if workers > 1 else None
        if workers > 1 and exe is None:
            raise QgsProcessingException(self.tr(
                "{0} is {1}, which runs municipalities in separate qgis_process calls, but QGIS's command line "
                "qgis_process was not found (on the PATH or next to QGIS). Set {0} to 1 to run them one after "
                "another, or install qgis_process.").format(self.label("WORKERS"), workers))
        # one progress bar: reading and clipping, then one step per municipality
        steps = QgsProcessingMultiStepFeedback(1, feedback)
        units = read_points(self, parameters, "UNITS", context, steps, text=[field] if field else [])
        if field:
            labels = units.text[field]
        else:
            labels, _ = locate_districts(self, parameters, context, feedback, units, layer="MUNICIPALITY_LAYER",
                                         name_field="MUNICIPALITY_LAYER_FIELD", own_field="MUNICIPALITY_FIELD")
        towns = kernel_call(municipality_members, labels)
        if towns.n_without:
            feedback.pushWarning(self.trn(
                "%n unit(s) of layer {0} without a municipality ({1}): they are in no municipality's care map.",
                towns.n_without).format(units.layer_name,
                self.tr("NULL in '{0}'").format(field) if field else self.tr("outside every boundary polygon")))
        if len(towns.names) == 0:
            raise QgsProcessingException(self.tr(
                "No unit of layer {0} has a municipality: fill {1}, or give boundaries that cover the units.").format(
                units.layer_name, f"'{field}'" if field else self.label("MUNICIPALITY_LAYER")))
        self.check_canceled(feedback)
        parallel = workers > 1 and len(towns.names) > 1
        # parallel: one more step, writing each municipality's inputs
        steps = QgsProcessingMultiStepFeedback(len(towns.names) + (2 if parallel else 1), feedback)
        facility_sets = self._facility_sets(parameters, context, steps, units, field, towns)

        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        os.makedirs(folder, exist_ok=True)
        settings = self._settings(parameters, context, field)
        figures = [o.name() for o in self._pipeline().outputDefinitions() if o.type() == "outputNumber"]
        files = _file_names(towns.names)
        if parallel:
            feedback.pushInfo(self.tr("{0} municipalities, up to {1} at the same time in separate processes "
                                      "({2}).").format(len(towns.names), workers, exe))
            rows = batch_processes.run_parallel(self, parameters, context, steps, feedback, units, towns,
                                                facility_sets, [os.path.join(folder, f) for f in files], figures,
                                                workers, exe)
        else:
            rows = []
            for k, name in enumerate(towns.names):
                self.check_canceled(feedback)
                steps.setCurrentStep(k + 1)
                rows.append(self._run_one(parameters, context, steps, units, towns.members[k], name,
                                          facility_sets[k], os.path.join(folder, files[k]), figures))
                self.check_canceled(feedback)
        failed = [r["municipality"] for r in rows if r["status"] != "ok"]
        if failed:
            feedback.pushWarning(self.tr("{0} of {1} municipalities failed: {2}. Their rows in the summary say "
                                         "why.").format(len(failed), len(rows), ", ".join(failed)))
        summary = self._write_summary(parameters, context, feedback, rows, figures, settings, units.crs)
        feedback.setProgress(100)
        return {"OUTPUT_SUMMARY": summary, "OUTPUT_FOLDER": folder, "N_MUNICIPALITIES": len(rows),
                "N_FAILED": len(failed)}

    def _pipeline(self):
        from qgis.core import QgsApplication

        return QgsApplication.processingRegistry().algorithmById(PIPELINE)

    # ------------------------------------------------------------------ facilities
    def _facility_sets(self, parameters, context, feedback, units, field, towns):
        """For each municipality, the facility layers its run gets (memory subsets, or
        the layers themselves when not clipped)."""
        layers = self.parameterAsLayerList(parameters, "FACILITIES", context)
        n = len(towns.names)
        if not self.parameterAsBoolean(parameters, "CLIP_FACILITIES", context):
            return [layers] * n
        buffer_m = self.parameterAsDouble(parameters, "FACILITY_BUFFER", context)
        code = {name: k for k, name in enumerate(towns.names.tolist())}
        if field and units.geometry_type == "point":
            if buffer_m <= 0:
                raise QgsProcessingException(self.tr(
                    "Layer {0} has points, which have no area to clip the facilities to: give a distance in {1}, "
                    "municipality boundaries in {2}, or uncheck {3}.").format(
                    units.layer_name, self.label("FACILITY_BUFFER"), self.label("MUNICIPALITY_LAYER"),
                    self.label("CLIP_FACILITIES")))
            region = np.array([code.get(None if v is None else str(v), -1) for v in units.text[field]])
            keep = region >= 0
            xy, row = units.xy[keep], region[keep]
            offsets, polygons = np.arange(row.size + 1), False
        else:
            name_field = field or self.parameterAsString(parameters, "MUNICIPALITY_LAYER_FIELD", context)
            rings = read_polygon_rings(self, parameters, "UNITS" if field else "MUNICIPALITY_LAYER", context, None,
                                       text=[name_field], target_crs=units.crs)
            names = rings.text[name_field]
            region_of_row = np.array([code.get(None if v is None else str(v), -1) for v in names], dtype=np.int64)
            ring_region = region_of_row[rings.part_row]
            keep = ring_region >= 0
            lengths = np.diff(rings.part_offsets)[keep]
            xy = rings.xy[np.repeat(keep, np.diff(rings.part_offsets))]
            offsets = np.concatenate([[0], np.cumsum(lengths)])
            row, polygons = ring_region[keep], True
        sets = [[] for _ in range(n)]
        for layer in layers:
            self.check_canceled(feedback)
            if QgsWkbTypes.geometryType(layer.wkbType()) not in (Qgis.GeometryType.Point, Qgis.GeometryType.Polygon):
                feedback.pushInfo(self.tr("Layer {0} has no points: every municipality gets all of its facilities "
                                          "(not clipped).").format(layer.name()))
                for s in sets:
                    s.append(layer)
                continue
            fac = read_points(self, {"FACILITY_LAYER": layer}, "FACILITY_LAYER", context, feedback,
                              target_crs=units.crs, allow_empty=True)
            member = kernel_call(points_near_regions, fac.x, fac.y, xy, offsets, row, n, buffer_m, polygons)
            for k in range(n):
                subset = layer.materialize(QgsFeatureRequest().setFilterFids(fac.fid[member[k]].tolist()))
                # the name the inventory gives the layer's records (its source), as for the whole layer
                subset.setName(layer_label(layer))
                sets[k].append(subset)
            feedback.pushInfo(self.tr("Layer {0}: {1} of {2} facilities lie in a municipality or within {3:g} m of "
                                      "one.").format(layer.name(), int(member.any(axis=0).sum()), fac.n, buffer_m))
        return sets

    # ------------------------------------------------------------------ one municipality
    @staticmethod
    def _new_row(rows, name, facilities, base):
        """A municipality's summary row before its run: ok until its run fails."""
        return {"municipality": str(name), "status": "ok", "message": None, "units": len(rows),
                "facilities": int(sum(layer.featureCount() for layer in facilities)), "output": base + ".gpkg"}

    def _announce(self, feedback, row, extra=""):
        feedback.pushInfo(self.tr("Municipality {0}:").format(row["municipality"]) + " "
                          + self.trn("%n unit(s),", row["units"]) + " "
                          + self.trn("%n facilit(y/ies).", row["facilities"]) + extra)

    def _child_parameters(self, parameters, context, units, rows, name, facilities, base):
        """The pipeline's parameters for one municipality: its units (a memory subset),
        its facilities, the caller's other inputs, and its own output files."""
        subset = units.source.materialize(QgsFeatureRequest().setFilterFids(units.fid[rows].tolist()))
        subset.setName(units.source.sourceName())
        child = {k: v for k, v in parameters.items() if self._pipeline().parameterDefinition(k) is not None}
        child.update(FACILITIES=facilities, UNITS=subset)
        for layer_param in ("NETWORK", "DISTRICT_LAYER"):  # layers of the caller's context, as layers
            if parameters.get(layer_param) not in (None, ""):
                child[layer_param] = self.parameterAsVectorLayer(parameters, layer_param, context)
        gpkg = base + ".gpkg"
        if os.path.exists(gpkg):
            os.remove(gpkg)
        for out, table in TABLES.items():
            child[out] = f"ogr:dbname='{gpkg}' table=\"{table}\" (geom)"
        if self.parameterAsBoolean(parameters, "WRITE_REPORT", context):
            child["OUTPUT_HTML"] = base + ".html"
            child["TITLE"] = f"{self.parameterAsString(parameters, 'TITLE', context)}: {name}"
        return child

    def _run_one(self, parameters, context, feedback, units, rows, name, facilities, base, figures):
        """Run the pipeline on one municipality in a fresh context; its summary row."""
        import processing  # QGIS's processing package (this plugin is imported as caremap)

        row = self._new_row(rows, name, facilities, base)
        self._announce(feedback, row)
        run_context = QgsProcessingContext()  # its own context: no layer cached by path is shared
        run_context.setProject(context.project())
        run_context.setTransformContext(context.transformContext())
        run_context.setInvalidGeometryCheck(context.invalidGeometryCheck())
        child = self._child_parameters(parameters, context, units, rows, name, facilities, base)
        try:
            result = processing.run(PIPELINE, child, context=run_context, feedback=feedback, is_child_algorithm=True)
            self._fill_figures(row, result, figures)
        except QgsProcessingException as err:
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled by the user.")) from None
            row.update(status="failed", message=str(err))
            feedback.pushWarning(self.tr("Municipality {0} failed: {1}").format(name, err))
        except Exception as err:  # noqa: BLE001 - one municipality's crash must not stop the others
            row.update(status="failed", message=f"{type(err).__name__}: {err}")
            feedback.pushWarning(self.tr("Municipality {0} failed: {1}").format(name, row["message"]))
        return row

    def _fill_figures(self, row, result, figures):
        for f in figures:
            value = result.get(f)
            row[f.lower()] = self.figure(value) if isinstance(value, (int, float)) and not isinstance(value, bool) \
                else None

    # ------------------------------------------------------------------ summary
    def _settings(self, parameters, context, field):
        """The run's parameters as JSON text (layers by source), for every summary row."""
        keep = {k: pipeline_words.describe_value(v, self.parameterDefinition(k)) for k, v in parameters.items()
                if not k.startswith("OUTPUT") and k not in ("FACILITY_LAYER", "WORKERS")}
        keep["CLIP_FACILITIES"] = self.parameterAsBoolean(parameters, "CLIP_FACILITIES", context)
        keep["FACILITY_BUFFER"] = self.parameterAsDouble(parameters, "FACILITY_BUFFER", context)
        keep["THRESHOLD"] = self.parameterAsDouble(parameters, "THRESHOLD", context)
        if field:
            keep["MUNICIPALITY_FIELD"] = field
        return json.dumps(keep, ensure_ascii=False, sort_keys=True)

    def _write_summary(self, parameters, context, feedback, rows, figures, settings, crs):
        n = len(rows)

        def numbers(key):
            return np.array([np.nan if r.get(key) is None else float(r[key]) for r in rows], dtype=float)

        columns = {"municipality": np.array([r["municipality"] for r in rows], dtype=object),
                   "status": np.array([r["status"] for r in rows], dtype=object),
                   "message": np.array([r["message"] for r in rows], dtype=object),
                   "units": np.array([r["units"] for r in rows], dtype=np.int64),
                   "facilities": np.array([r["facilities"] for r in rows], dtype=np.int64)}
        for key in [f.lower() for f in figures]:
            columns[key] = numbers(key)
        columns["output"] = np.array([r["output"] if r["status"] == "ok" else None for r in rows], dtype=object)
        columns["parameters"] = np.array([settings] * n, dtype=object)
        sink, dest = create_layer_sink(self, parameters, "OUTPUT_SUMMARY", context,
                                       [(k, v) for k, v in columns.items()], Qgis.WkbType.NoGeometry, crs)
        write_table(sink, columns, feedback, "OUTPUT_SUMMARY")
        return dest


def _file_names(names):
    """A file name (no extension) per municipality name: letters, digits, '-' and '_'
    kept (accents too), others '_'; unique regardless of case."""
    out, seen = [], set()
    for name in names.tolist():
        base = re.sub(r"[^\w\-]+", "_", str(name)).strip("_") or "municipality"
        candidate, k = base, 2
        while candidate.casefold() in seen:
            candidate, k = f"{base}_{k}", k + 1
        seen.add(candidate.casefold())
        out.append(candidate)
    return out
