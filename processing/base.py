"""Base class shared by every CareMap algorithm: naming, translation, help, and the
small helpers every adapter needs (parameter reading with clear errors, progress)."""
import math
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
)
from qgis.PyQt.QtCore import QCoreApplication, QUrl

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

GROUPS = {
    "supply": "Supply and demand",
    "access": "Accessibility",
    "gaps": "Gaps and equity",
    "planning": "Planning",
    "workflow": "Workflow and report",
}


def tr(text, context="CareMap"):
    return QCoreApplication.translate(context, text)


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 (the name the string extractor knows)
    """Mark ``text`` for translation where it is defined; translated where it is shown."""
    return text


# Help of the parameters that several algorithms share (tooltips in the dialogs, and
# `qgis_process help`); an algorithm's PARAM_HELP adds or overrides entries.
COMMON_PARAM_HELP = {
    "COST_MODE": QT_TRANSLATE_NOOP("CareMap", "How travel costs between demand and facilities are measured: straight (straight-line distance, times DETOUR), network (shortest paths on the NETWORK line layer) or table (an OD_TABLE from another tool). Typical: network for walking to childcare; straight for a first look."),
    "NETWORK": QT_TRANSLATE_NOOP("CareMap", "Road or footpath line layer used when COST_MODE=network; lines connect where they share a vertex (ends or interior). Typical: the OpenStreetMap streets of the city."),
    "SPEED": QT_TRANSLATE_NOOP("CareMap", "Travel speed in km/h, used to turn metres into minutes and for roads without a speed. Typical: 5.04 km/h walking, 15 km/h cycling, 30 km/h by car in town."),
    "SPEED_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional numeric field of NETWORK with the speed of each road in km/h; roads with no valid speed use SPEED. Typical: empty for walking, maxspeed for driving."),
    "ONEWAY_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional field of NETWORK marking one-way roads: 1/yes = only in the digitised direction, -1 = only in reverse, other values = both ways. Ignored when walking. Typical: oneway (OpenStreetMap)."),
    "SPEED_CLASS_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional field of NETWORK with the road class, used with SPEED_TABLE to give each class its speed where SPEED_FIELD gives none. Typical: highway (OpenStreetMap)."),
    "SPEED_TABLE": QT_TRANSLATE_NOOP("CareMap", "Speed in km/h per road class of SPEED_CLASS_FIELD, as class:speed items separated by commas. Typical: 'primary:50,residential:30,footway:5'."),
    "OD_TABLE": QT_TRANSLATE_NOOP("CareMap", "Origin-destination cost table used when COST_MODE=table, one row per demand unit and facility pair (e.g. from ORS Tools, QNEAT3, r5py or OSRM); pairs not in the table are out of reach. Needs DEMAND_ID_FIELD and SUPPLY_ID_FIELD. Typical: walking times from ORS Tools."),
    "OD_ORIGIN_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field of OD_TABLE holding the demand unit id (matched with DEMAND_ID_FIELD). Typical: origin_id."),
    "OD_DEST_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field of OD_TABLE holding the facility id (matched with SUPPLY_ID_FIELD). Typical: destination_id."),
    "OD_COST_FIELD": QT_TRANSLATE_NOOP("CareMap", "Numeric field of OD_TABLE with the travel cost of each pair, already in COST_UNIT. Typical: travel time in minutes."),
    "COST_UNIT": QT_TRANSLATE_NOOP("CareMap", "Unit of costs and thresholds: meters or minutes (minutes = metres / SPEED). Typical: minutes."),
    "DETOUR": QT_TRANSLATE_NOOP("CareMap", "For straight-line costs, the factor by which real routes are longer than the straight line (network distance / straight distance, at least 1). Typical: 1.3 in a city grid."),
    "SNAP_DISTANCE": QT_TRANSLATE_NOOP("CareMap", "Largest distance in metres from a point to the road network: a point joins the nearest point of the nearest street (of a part of the network holding at least 5% of the length of the largest part; smaller disconnected pieces are never joined), and the walk to it is counted. Points farther away reach nothing by network and are flagged (off_network). Typical: 500 m."),
    "NETWORK_TOLERANCE": QT_TRANSLATE_NOOP("CareMap", "Road lines join only where they share a vertex (0, the default), so a bridge never joins the street it crosses. A value above 0 also joins vertices closer than this many metres, for a layer digitised without snapping. Typical: 0 (OpenStreetMap or caremap:osmnetwork)."),
    "DEMAND_ID_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field of the demand layer with a unique id, used only with COST_MODE=table to join OD_ORIGIN_FIELD. Typical: the census block code."),
    "SUPPLY_ID_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field of the facility layer with a unique id, used only with COST_MODE=table to join OD_DEST_FIELD. Typical: the registry code of the facility."),
    "DISTRICT_LAYER": QT_TRANSLATE_NOOP("CareMap", "Optional polygon layer of districts. When the units have no district field (DISTRICT_FIELD empty), each unit gets the district its point on surface lies in (a point on a shared border goes to the district east of it, or north of an east-west border; units in no district get NULL, counted in a warning) and the output units carry it as the field district. It also receives the per-district summary to map it (OUTPUT_DISTRICTS). Typical: the localities or communes of the city."),
    "DISTRICT_LAYER_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field of DISTRICT_LAYER with the district names: the names given to the units by location, or matched with the values of DISTRICT_FIELD; empty = a field with the same name as DISTRICT_FIELD. Typical: the locality name."),
    "OUTPUT_DISTRICTS": QT_TRANSLATE_NOOP("CareMap", "Optional: the per-district summary written onto the DISTRICT_LAYER polygons, to map it."),
}

# Appended to the help of every layer parameter (layer_io.csv_files; README, "CSV files").
CSV_LAYER_HELP = QT_TRANSLATE_NOOP("CareMap", "A CSV file path works too (.csv, .txt, .tsv): columns lon/lat, x/y or longitude/latitude (or a WKT column) give points in EPSG:4326; for other coordinates add the CRS after the path ('blocks.csv|crs=EPSG:31983') or put a .prj file next to it. Numbers are read as numbers; in files separated by ';' or tabs also with a decimal comma (12,5 and 1.234,5).")


class CareMapAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ALGORITHM_ID, DISPLAY_NAME, GROUP_ID (a key of GROUPS) and
    HELP, and implement initAlgorithm / processAlgorithm."""

    ALGORITHM_ID = ""
    DISPLAY_NAME = ""
    GROUP_ID = ""
    HELP = ""
    TAGS = ""
    PARAM_HELP = {}  # parameter name -> QT_TRANSLATE_NOOP("CareMap", "what it is, typical value")

    def addParameter(self, definition, createOutput=True):  # noqa: N802
        """Every parameter gets its help text (PARAM_HELP, else COMMON_PARAM_HELP)."""
        text = self.PARAM_HELP.get(definition.name()) or COMMON_PARAM_HELP.get(definition.name())
        if text:
            help_text = self.tr(text)
            if definition.type() in ("source", "vector") or (
                    definition.type() == "multilayer" and definition.layerType() != QgsProcessing.SourceType.TypeRaster):
                help_text += " " + self.tr(CSV_LAYER_HELP)
            definition.setHelp(help_text)
        if isinstance(definition, QgsProcessingParameterEnum) and definition.usesStaticStrings():
            # `qgis_process help` prints a choice's options as numbers, which the command
            # line refuses for static strings: the help lists the values to type
            definition.setHelp(((definition.help() or "") + " " + self.tr("Choices: {0}.").format(
                ", ".join(definition.options()))).strip())
        return super().addParameter(definition, createOutput)

    def figure_outputs(self):
        """The declared outputs that are not layers or files: the headline figures
        (QgsProcessingOutputNumber/String), each explained in PARAM_HELP."""
        return [o for o in self.outputDefinitions() if not o.autoCreated()]

    def figures_help(self):
        """The figures this algorithm returns, one line each ('NAME: what it means'),
        appended to the help so `qgis_process help` and the dialog say what they are."""
        lines = [f"{o.name()}: {self.tr(self.PARAM_HELP.get(o.name(), '')) or o.description()}"
                 for o in self.figure_outputs()]
        return (self.tr("Figures returned (usable in models and scripts):") + "\n" + "\n".join(lines)) if lines else ""

    @staticmethod
    def figure(value):
        """A headline figure as returned: a plain float, or None when it has no meaning
        (None, NaN or inf in; never NaN out, docs/architecture.md)."""
        if value is None:
            return None
        value = float(value)
        return value if math.isfinite(value) else None

    def tr(self, text):
        return tr(text, "CareMap")

    def createInstance(self):
        return type(self)()

    def name(self):
        return self.ALGORITHM_ID

    def displayName(self):
        return self.tr(self.DISPLAY_NAME)

    def group(self):
        return self.tr(GROUPS[self.GROUP_ID])

    def groupId(self):
        return self.GROUP_ID

    def tags(self):
        """Translated tags plus the English ones, so a toolbox search finds the
        algorithm in either language."""
        words = [t.strip() for t in (self.tr(self.TAGS) + "," + self.TAGS).split(",") if t.strip()]
        return list(dict.fromkeys(words))

    def shortHelpString(self):
        figures = self.figures_help()
        return self.tr(self.HELP) + ("\n\n" + figures if figures else "")

    def helpUrl(self):
        """The bundled algorithm reference (docs/algorithms.md), at this algorithm's section."""
        url = QUrl.fromLocalFile(os.path.join(PLUGIN_DIR, "docs", "algorithms.md"))
        url.setFragment(self.ALGORITHM_ID.replace(":", ""))
        return url.toString()

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """QGIS's checks, then: no output may overwrite one of this algorithm's inputs
        (the dialog and ``processing.run`` show the message before anything runs).
        A CSV file path given for a layer is loaded first (``layer_io.csv_files``)."""
        from . import layer_io

        try:
            parameters = layer_io.csv_files.with_layers(self, parameters, context, check=True)
        except QgsProcessingException as err:
            return False, str(err)
        wrong = self._wrong_choice(parameters)
        if wrong:
            return False, wrong
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message

        clash = layer_io.output_overwrites_input(self, parameters, context)
        return (False, clash) if clash else (True, "")

    def _wrong_choice(self, parameters):
        """The message for a value of a choice parameter that is not one of its static
        strings, listing the valid ones (QGIS's own message does not), or ''."""
        for definition in self.parameterDefinitions():
            if not (isinstance(definition, QgsProcessingParameterEnum) and definition.usesStaticStrings()):
                continue
            value = parameters.get(definition.name())
            values = value if isinstance(value, (list, tuple)) else [value]
            if definition.allowMultiple() and isinstance(value, str):
                values = value.split(",")
            options = definition.options()
            for v in values:
                if isinstance(v, str) and v.strip() and v.strip() not in options:
                    return self.tr("{0}: '{1}' is not one of: {2}.").format(
                        self.label(definition.name()), v, ", ".join(options))
        return ""

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Refuse an output that would overwrite an input before anything is written
        (also for runs that skip checkParameterValues, e.g. inside models)."""
        from . import layer_io

        clash = layer_io.output_overwrites_input(self, parameters, context)
        if clash:
            raise QgsProcessingException(clash)
        self._run_parameters = dict(parameters)  # for postProcessAlgorithm (styles saved into GeoPackages)
        return True

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """Style every output layer this run will load (bundled QML chosen from the
        layer's fields) through Processing's layer post-processors, so it also works in
        models and batch runs; and save that style into every GeoPackage output (its
        layer_styles table), so the file opens styled later, also after qgis_process."""
        from . import styling  # a failed import is a bug: let it raise
        styling.attach_post_processors(context, feedback)
        styling.save_styles_of_outputs(self, getattr(self, "_run_parameters", None), context, feedback)
        return {}

    def parameterAsString(self, parameters, name, context):  # noqa: N802
        """QGIS's reading, except for an optional field parameter the run leaves unset:
        its default field name (e.g. ``district``) counts only when the layer has that
        field, as the dialog shows it (it preselects the default only when present), so
        ``processing.run`` without it on a layer lacking it behaves as "no field"."""
        value = super().parameterAsString(parameters, name, context)
        definition = self.parameterDefinition(name)
        if (value and parameters.get(name) is None and isinstance(definition, QgsProcessingParameterField)
                and definition.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional
                and not definition.allowMultiple()):
            parent = definition.parentLayerParameterName()
            source = (self.parameterAsSource(parameters, parent, context)
                      if parent and parameters.get(parent) not in (None, "") else None)
            if source is None or source.fields().lookupField(value) < 0:
                return ""
        return value

    # A CSV file path given for a layer parameter reads as its layer (layer_io.csv_files).
    def _csv(self, parameters, context):
        from . import layer_io

        return layer_io.csv_files.with_layers(self, parameters, context)

    def parameterAsSource(self, parameters, name, context):  # noqa: N802
        return super().parameterAsSource(self._csv(parameters, context), name, context)

    def parameterAsVectorLayer(self, parameters, name, context):  # noqa: N802
        return super().parameterAsVectorLayer(self._csv(parameters, context), name, context)

    def parameterAsLayer(self, parameters, name, context):  # noqa: N802
        return super().parameterAsLayer(self._csv(parameters, context), name, context)

    def parameterAsLayerList(self, parameters, name, context):  # noqa: N802
        return super().parameterAsLayerList(self._csv(parameters, context), name, context)

    # ---- helpers for adapters -------------------------------------------------
    def static_enum(self, name, description, options, default, optional=False):
        """A choice parameter with static strings, so ``METHOD=2sfca`` works in
        qgis_process and models (docs/architecture.md)."""
        param = QgsProcessingParameterEnum(
            name, description, options=list(options), defaultValue=default, optional=optional
        )
        param.setUsesStaticStrings(True)
        return param

    def label(self, name):
        """The dialog's label of parameter ``name``, quoted, for messages: errors and
        warnings speak of what the user sees ('Catchment threshold'), never of the
        parameter id (THRESHOLD), which only qgis_process and models show."""
        definition = self.parameterDefinition(name)
        text = definition.description() if definition is not None else name
        return "'" + text + "'"

    def enum_value(self, parameters, name, context):
        return self.parameterAsEnumString(parameters, name, context)

    @staticmethod
    def fail(message):
        raise QgsProcessingException(message)

    @staticmethod
    def check_canceled(feedback):
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(tr("Canceled by the user."))
