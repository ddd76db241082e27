"""caremap:fieldsurvey: a ready-to-collect community survey package (issue 15 item 1): a
GeoPackage with the inventory schema plus the survey's fields, a QGIS project whose form
has drop-downs, defaults and constraints (it opens in QField as is: every path relative
to the folder), and an XLSForm for KoboToolbox / ODK with the same questions and choices.

Thin adapter: the fields, choices, labels, constraints and the XLSForm's rows are data of
kernels/survey_schema.py; the .xlsx is written by kernels/xlsx.py; here only QGIS's
files are built from them."""
import os
import re
import shutil

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFeatureRequest,
    QgsField,
    QgsFieldConstraints,
    QgsFields,
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProject,
    QgsRasterLayer,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QMetaType
from qgis.PyQt.QtXml import QDomDocument

from ...kernels import survey_schema as schema
from ...kernels import xlsx
from .. import help_links
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm

GPKG_NAME = "care_survey.gpkg"
PROJECT_NAME = "care_survey.qgz"
XLSFORM_NAME = "care_survey_form.xlsx"
SURVEY_LAYER = "care_places"
REFERENCE_LAYER = "reference_inventory"
PHOTO_FOLDER = "DCIM"
BASE_FOLDER = "base"
_TYPES = {"text": QMetaType.Type.QString, "integer": QMetaType.Type.Int, "real": QMetaType.Type.Double,
          "date": QMetaType.Type.QDate}


def _layer_name(text):
    """A GeoPackage table name from a layer's name ('Roads (OSM)' -> 'roads_osm')."""
    return re.sub(r"[^0-9a-z]+", "_", text.lower()).strip("_") or "base"


class FieldSurveyAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "fieldsurvey"
    DISPLAY_NAME = "Community field survey package"
    GROUP_ID = "supply"
    TAGS = ("survey,field,community,collaborative mapping,crowd,QField,ODK,KoboToolbox,XLSForm,form,"
            "phone,collect,inventory")
    HELP = (
        "How can a community map the care that no registry lists (neighbours who mind children, community "
        "kitchens, informal day care)? This writes a ready-to-collect survey package into a folder: copy the "
        "folder to a phone and open the project in QField, or upload the form to KoboToolbox or ODK. Each "
        "place collected has the fields of the care supply inventory plus who collected it, when, how it was "
        "checked, a photo and notes, so the 'Care supply inventory' tool reads the results back with their "
        "provenance.\n\n"
        "How to read the results (all in the chosen folder):\n"
        "- care_survey.gpkg: the empty layer care_places (points in longitude/latitude) with the fields name, "
        "service_type, sphere, target_group, capacity (places), hours_per_day, days_per_week, fee, source "
        "(community_survey), collector, survey_date, verification (visited, phone, document or reported), "
        "notes and photo; the existing inventory as reference_inventory and the vector base layers.\n"
        "- care_survey.qgz: the QGIS / QField project. Its form shows the questions in the chosen language, "
        "drop-down lists for the type of care, who runs it, who is cared for, days and how it was checked, "
        "today's date by default, and refuses negative places or fees and more than 24 hours. The reference "
        "inventory is read-only. Photos go to the DCIM folder beside the project.\n"
        "- care_survey_form.xlsx: the same form as an XLSForm (sheets survey, choices, settings) with labels "
        "in English, Spanish, Portuguese and French, the chosen language first and by default.\n\n"
        "Example: with the demo's facility registry as the existing inventory and its districts as a base "
        "layer, a workshop of five collectors walks one district; back at the office, give the returned "
        "care_survey.gpkg (or the Kobo CSV export) to 'Care supply inventory' with the registry: each place "
        "comes back as confirmed, new or conflicting in its review layer.\n\n"
        "Caveats: an existing survey package in the folder is never overwritten (it may hold collected "
        "places): choose a new folder. Base layers from files are copied into the folder (vector layers into "
        "the GeoPackage, rasters into its base folder); online layers stay online and need a connection in "
        "the field. The method is in docs/community_mapping.md."
    )

    PARAM_HELP = {
        "LANGUAGE": QT_TRANSLATE_NOOP("CareMap", "Language of the form's questions and choices, on the phone and in the XLSForm (which carries the other three too). Typical: the language of the collectors, e.g. Spanish."),
        "INVENTORY": QT_TRANSLATE_NOOP("CareMap", "Optional: the care places already known (a registry or a previous inventory), copied into the package as a read-only reference layer so collectors see what is already listed. Typical: the output of 'Care supply inventory' or the official registry."),
        "BASE_LAYERS": QT_TRANSLATE_NOOP("CareMap", "Optional: layers to find the way in the field (districts, blocks, streets, an aerial image). File layers are copied into the package; online layers stay online. Typical: districts and roads."),
        "TITLE": QT_TRANSLATE_NOOP("CareMap", "Name of the survey, shown as the layer and project title and the form's title. Typical: 'Care places' or the name of the neighbourhood."),
        "OUTPUT_FOLDER": QT_TRANSLATE_NOOP("CareMap", "A new, empty folder for the package (GeoPackage, project, form, photo folder), to copy as a whole to a phone. Typical: a folder named after the survey and its date."),
        "GEOPACKAGE": QT_TRANSLATE_NOOP("CareMap", "Path of the GeoPackage where collectors add care places (layer care_places), with the reference inventory and base layers."),
        "PROJECT": QT_TRANSLATE_NOOP("CareMap", "Path of the QGIS project for QField, with the survey form."),
        "XLSFORM": QT_TRANSLATE_NOOP("CareMap", "Path of the XLSForm for KoboToolbox or ODK."),
        "N_REFERENCE": QT_TRANSLATE_NOOP("CareMap", "Number of places of the existing inventory copied as the read-only reference layer (0 without one)."),
        "N_BASE_LAYERS": QT_TRANSLATE_NOOP("CareMap", "Number of base layers copied into the package (online layers, which stay online, are not counted)."),
    }

    def flags(self):
        # builds a QgsProject and its layers: run in the main thread
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):
        running = help_links.running_language()  # the form speaks the user's language by default
        self.addParameter(self.static_enum("LANGUAGE", self.tr("Language of the form"), schema.LANGUAGES,
                                           running if running in schema.LANGUAGES else "en"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INVENTORY", self.tr("Care places already known (read-only reference)"),
            [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            "BASE_LAYERS", self.tr("Base layers"), QgsProcessing.SourceType.TypeMapLayer, optional=True))
        self.addParameter(QgsProcessingParameterString("TITLE", self.tr("Survey title"),
                                                       defaultValue="Care places"))
        self.addParameter(QgsProcessingParameterFolderDestination(
            "OUTPUT_FOLDER", self.tr("Folder for the survey package")))
        # the files' paths, as strings a model can pass on (the folder is the destination)
        self.addOutput(QgsProcessingOutputString("GEOPACKAGE", self.tr("Survey GeoPackage")))
        self.addOutput(QgsProcessingOutputString("PROJECT", self.tr("Survey project (QField)")))
        self.addOutput(QgsProcessingOutputString("XLSFORM", self.tr("Survey form (XLSForm)")))
        self.addOutput(QgsProcessingOutputNumber("N_REFERENCE", self.tr("Reference places")))
        self.addOutput(QgsProcessingOutputNumber("N_BASE_LAYERS", self.tr("Base layers packed")))

    # ------------------------------------------------------------------ files
    def _write_layer(self, source_or_layer, path, name, crs, overwrite_file, feedback):
        """Write features (a feature source or a vector layer) into table ``name`` of the
        GeoPackage ``path``; returns the number written."""
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        options.actionOnExistingFile = (QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile if overwrite_file
                                        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer)
        writer = QgsVectorFileWriter.create(path, source_or_layer.fields(), source_or_layer.wkbType(), crs,
                                            QgsProject.instance().transformContext(), options)
        if writer.hasError():
            self.fail(self.tr("Could not write layer {0} into {1}: {2}").format(name, path, writer.errorMessage()))
        n = 0
        for feat in source_or_layer.getFeatures(QgsFeatureRequest()):
            if feedback.isCanceled():
                break
            writer.addFeature(feat)
            n += 1
        del writer
        return n

    def _survey_fields(self):
        fields = QgsFields()
        for name in schema.SURVEY_FIELDS:
            fields.append(QgsField(name, _TYPES[schema.FIELD_TYPES[name]]))
        return fields

    def _configure_form(self, layer, language):
        """Aliases, drop-downs, defaults and constraints of the survey layer's form."""
        form = layer.editFormConfig()
        for name in schema.SURVEY_FIELDS:
            idx = layer.fields().indexOf(name)
            layer.setFieldAlias(idx, schema.label(name, language))
            pairs = schema.value_map(name, language)
            if pairs:
                layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup(
                    "ValueMap", {"map": [{lab: value} for lab, value in pairs]}))
            if name in schema.CONSTRAINTS:
                _xls, expression, messages = schema.CONSTRAINTS[name]
                layer.setConstraintExpression(idx, expression, messages[language])
                layer.setFieldConstraint(idx, QgsFieldConstraints.Constraint.ConstraintExpression,
                                         QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
            if name in schema.REQUIRED:
                layer.setFieldConstraint(idx, QgsFieldConstraints.Constraint.ConstraintNotNull,
                                         QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
        idx = layer.fields().indexOf
        layer.setDefaultValueDefinition(idx("survey_date"), QgsDefaultValue("now()"))
        layer.setEditorWidgetSetup(idx("survey_date"), QgsEditorWidgetSetup("DateTime", {
            "field_format": "yyyy-MM-dd", "display_format": "yyyy-MM-dd", "calendar_popup": True,
            "allow_null": True}))
        layer.setDefaultValueDefinition(idx("source"), QgsDefaultValue(f"'{schema.SURVEY_SOURCE}'"))
        layer.setEditorWidgetSetup(idx("source"), QgsEditorWidgetSetup("Hidden", {}))
        layer.setEditorWidgetSetup(idx("capacity"), QgsEditorWidgetSetup("Range", {
            "Min": 0, "Max": 100000, "Step": 1, "Style": "SpinBox", "AllowNull": True}))
        layer.setEditorWidgetSetup(idx("photo"), QgsEditorWidgetSetup("ExternalResource", {
            "DocumentViewer": 1, "RelativeStorage": 1, "StorageMode": 0, "FileWidget": True,
            "FileWidgetButton": True, "DefaultRoot": ""}))
        layer.setEditorWidgetSetup(idx("notes"), QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True}))
        form.setReuseLastValue(idx("collector"), True)
        layer.setEditFormConfig(form)

    def _base_layer(self, layer, folder, gpkg, feedback, taken):
        """(layer, packed): the copy of one base layer for the package (a new layer object,
        packed True), or the layer itself as a clone when it is online (packed False: it is
        referenced, not copied). ``taken``: the GeoPackage's table names so far (a base layer
        never overwrites the survey, the reference or another base layer)."""
        provider = layer.providerType()
        if isinstance(layer, QgsVectorLayer) and layer.isValid():
            table = _layer_name(layer.name())
            stem, k = table, 1
            while table in taken:
                k += 1
                table = f"{stem}_{k}"
            taken.add(table)
            self._write_layer(layer, gpkg, table, layer.crs(), False, feedback)
            copy = QgsVectorLayer(f"{gpkg}|layername={table}", layer.name(), "ogr")
        elif isinstance(layer, QgsRasterLayer) and provider == "gdal" and os.path.isfile(layer.source()):
            os.makedirs(os.path.join(folder, BASE_FOLDER), exist_ok=True)
            target = os.path.join(folder, BASE_FOLDER, os.path.basename(layer.source()))
            shutil.copyfile(layer.source(), target)
            for extra in (".aux.xml",):
                if os.path.isfile(layer.source() + extra):
                    shutil.copyfile(layer.source() + extra, target + extra)
            copy = QgsRasterLayer(target, layer.name(), "gdal")
        else:
            feedback.pushInfo(self.tr("Base layer {0} is not a file: it stays where it is ({1}) and needs a "
                                      "connection in the field.").format(layer.name(), provider))
            return layer.clone(), False
        doc = QDomDocument()
        layer.exportNamedStyle(doc)
        copy.importNamedStyle(doc)
        return copy, True

    # ------------------------------------------------------------------ run
    def processAlgorithm(self, parameters, context, feedback):
        language = self.enum_value(parameters, "LANGUAGE", context) or "en"
        title = self.parameterAsString(parameters, "TITLE", context).strip() or "Care places"
        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        gpkg = os.path.join(folder, GPKG_NAME)
        project_path = os.path.join(folder, PROJECT_NAME)
        if os.path.exists(gpkg) or os.path.exists(project_path):
            self.fail(self.tr("The folder {0} already holds a survey package ({1}), which may hold places "
                              "collected: choose a new, empty folder.").format(folder, GPKG_NAME))
        # what this run creates, removed again if it is cancelled or fails: never a half package
        made = [p for p in (folder, os.path.join(folder, PHOTO_FOLDER), gpkg, project_path,
                            os.path.join(folder, XLSFORM_NAME)) if not os.path.exists(p)]
        try:
            return self._write_package(parameters, context, feedback, language, title, folder)
        except BaseException:
            for path in reversed(made):
                if os.path.isdir(path):
                    shutil.rmtree(path, ignore_errors=True)
                elif os.path.exists(path):
                    os.remove(path)
            raise

    def _write_package(self, parameters, context, feedback, language, title, folder):
        os.makedirs(folder, exist_ok=True)
        gpkg = os.path.join(folder, GPKG_NAME)
        project_path = os.path.join(folder, PROJECT_NAME)
        form_path = os.path.join(folder, XLSFORM_NAME)
        os.makedirs(os.path.join(folder, PHOTO_FOLDER), exist_ok=True)
        self.check_canceled(feedback)
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")

        # the survey layer: empty, in longitude/latitude (what a phone's GPS gives)
        template = QgsVectorLayer("Point?crs=EPSG:4326", SURVEY_LAYER, "memory")
        template.dataProvider().addAttributes(self._survey_fields().toList())
        template.updateFields()
        self._write_layer(template, gpkg, SURVEY_LAYER, wgs84, True, feedback)
        feedback.setProgress(20)

        n_reference = 0
        reference = None
        source = self.parameterAsSource(parameters, "INVENTORY", context)
        if source is not None:
            n_reference = self._write_layer(source, gpkg, REFERENCE_LAYER, source.sourceCrs(), False, feedback)
            reference = QgsVectorLayer(f"{gpkg}|layername={REFERENCE_LAYER}",
                                       self.tr("Care places already known"), "ogr")
            reference.setReadOnly(True)
            feedback.pushInfo(self.trn("Reference inventory: %n place(s) copied, read-only.", n_reference))
        self.check_canceled(feedback)
        feedback.setProgress(40)

        taken = {SURVEY_LAYER, REFERENCE_LAYER}
        based = [self._base_layer(layer, folder, gpkg, feedback, taken)
                 for layer in self.parameterAsLayerList(parameters, "BASE_LAYERS", context) or []]
        bases = [layer for layer, _packed in based]
        n_packed = sum(packed for _layer, packed in based)
        if based:  # only what is copied counts as packed; online layers are referenced, and said so
            feedback.pushInfo(self.trn("Base layers: %n copied into the package.", n_packed))
        if len(based) > n_packed:
            feedback.pushInfo(self.trn("%n online base layer(s) referenced, not copied: they need a connection "
                                       "in the field.", len(based) - n_packed))
        self.check_canceled(feedback)
        feedback.setProgress(70)

        survey = QgsVectorLayer(f"{gpkg}|layername={SURVEY_LAYER}", title, "ogr")
        if not survey.isValid():
            self.fail(self.tr("The survey layer written to {0} could not be opened: check that the folder is "
                              "writable.").format(gpkg))
        self._configure_form(survey, language)
        project = QgsProject()
        project.setTitle(title)
        project.setFilePathStorage(Qgis.FilePathType.Relative)
        crs = reference.crs() if reference is not None else QgsCoordinateReferenceSystem("EPSG:3857")
        project.setCrs(crs)
        for layer in [survey] + ([reference] if reference is not None else []) + bases:
            project.addMapLayer(layer)
            if layer is reference:
                layer.setFlags(layer.flags() & ~QgsMapLayer.LayerFlag.Removable)
        if not project.write(project_path):
            self.fail(self.tr("The project could not be written to {0}: {1}").format(project_path, project.error()))
        xlsx.write_xlsx(form_path, schema.xlsform_sheets(language, title=title))
        feedback.pushInfo(self.tr("Survey package written to {0}: copy the whole folder to the phone (QField), or "
                                  "upload {1} to KoboToolbox or ODK.").format(folder, XLSFORM_NAME))
        feedback.setProgress(100)
        return {"OUTPUT_FOLDER": folder, "GEOPACKAGE": gpkg, "PROJECT": project_path,
                "XLSFORM": form_path, "N_REFERENCE": self.figure(n_reference),
                "N_BASE_LAYERS": self.figure(n_packed)}
