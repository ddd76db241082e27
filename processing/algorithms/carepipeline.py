"""caremap:carepipeline — the whole care map in one run: supply inventory, care demand,
accessibility, gaps, deserts and priority as child algorithms (one progress bar), and
optionally the report."""
import inspect
import json

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...kernels import deserts as kdeserts
from ...kernels.costs import DEFAULT_THRESHOLD_MINUTES, is_walking
from ...kernels.demand import parse_band_mapping
from ...kernels.time_figures import COVERED_PREFIX, window_specs
from .. import pipeline_hours, pipeline_words
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm
from ..cost_params import add_transit_parameters, advanced
from ..params import add_district_layer_parameters, cohort_targets, districts_by_location

TEMP = "TEMPORARY_OUTPUT"
#: the second mode's threshold of care deserts, the kernel's own default (30 minutes)
SECOND_THRESHOLD_MINUTES = inspect.signature(kdeserts.care_deserts).parameters["second_threshold"].default


class CarePipelineAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "carepipeline"
    DISPLAY_NAME = "Care map in one run"
    GROUP_ID = "workflow"
    TAGS = "pipeline,workflow,care map,supply,demand,accessibility,gaps,deserts,priority,report"
    HELP = (
        "The whole care map in one run: from the facility layers and the census blocks to where care is "
        "missing and which blocks come first. It runs, with one progress bar: 1) the care supply inventory "
        "of the facility layers (field mappings, cleaning, duplicates, full-day-equivalent places); 2) the "
        "care demand of the blocks from their age-band fields (e.g. 'p_0_2:0-2;p_3_5:3-5' with equal "
        "weights gives children 0-5; the Madrid scale gives care units for everybody); 3) accessibility to "
        "care, optionally only to the facilities for one target group; 4) care gaps against the policy "
        "target (or the targets per age band); 5) care deserts (by district); 6) the care priority index "
        "from unmet demand, low access and the vulnerability fields; optionally 7) the HTML (and PDF) "
        "report.\n\n"
        "How to read the results:\n"
        "- Care map units: the blocks with every indicator: care_demand (people), access (places per "
        "person within reach), cost_nearest (minutes to the nearest facility), covered, coverage (places "
        "per 100 people), unmet (people without a place), desert (0/1), priority and priority_quintile (5 = "
        "the 20% first).\n"
        "- Care supply inventory: the facilities kept, with capacity_fde (full-day-equivalent places).\n"
        "- Facilities with catchment ratio: places per person within each facility's reach.\n"
        "- Care deserts by district: units, deserts, population and share per district.\n"
        "- With the facilities' opening hours and caregivers' time windows (Advanced), the units also get "
        "access_<label> and covered_<label> per window and temporal_desert (1 = care within reach at some "
        "hour, but none open in the chosen window), and the report says the share covered in each window.\n"
        "- With a public transport feed (Advanced), the units also get cost_transit (minutes to the nearest "
        "facility by public transport or on foot) and desert_type (1 = a desert that public transport does not "
        "bring within its threshold either, 2 = it does). The walks of public transport are measured like the "
        "walks of accessibility (on the road network when costs are on the road network), so that both modes "
        "walk the same streets.\n\n"
        "Example: on the demo city of the tutorial (children 0-5, a 10-minute walk, one place per three "
        "children), the chain gives the numbers of the tutorial's steps 2 to 9 in one run: about 90% of the "
        "children have a facility within 10 minutes, and 7.5% of them live in care deserts.\n\n"
        "Caveats: each step uses its defaults except what is set here; open the single algorithms to "
        "change the others (the same chain ships as a Graphical Modeler model, models/care_map.model3). "
        "Units near the edge of the study area may miss facilities just outside it."
    )

    PARAM_HELP = {
        "FACILITIES": QT_TRANSLATE_NOOP("CareMap", "Care facility layers to merge into the inventory (registries, surveys, crowd maps, OpenStreetMap). Typical: the official registry and a crowd-mapped layer."),
        "MAPPINGS": QT_TRANSLATE_NOOP("CareMap", "One field mapping per facility layer, in the order of the layers, separated by '|', as in Care supply inventory. Typical: name=nombre,capacity=cupos,sphere='community'."),
        "SOURCE_PRIORITY": QT_TRANSLATE_NOOP("CareMap", "Source names, most trusted first, separated by commas; decides which duplicate is kept. Typical: 'registry,survey,osm'."),
        "TYPE_WHITELIST": QT_TRANSLATE_NOOP("CareMap", "Service types to keep, separated by commas; empty = keep all. Typical: 'childcare,preschool'."),
        "NAME_BLACKLIST": QT_TRANSLATE_NOOP("CareMap", "Regular expression searched in the name (case and accents ignored); matching records are dropped. Typical: 'cerrad|closed'."),
        "UNITS": QT_TRANSLATE_NOOP("CareMap", "Demand units (polygons or points) with age-band population fields. Typical: census blocks."),
        "BAND_MAPPING": QT_TRANSLATE_NOOP("CareMap", "Age-band fields of the demand units that make up the group, as field:band items separated by ';'. Typical: 'p_0_2:0-2;p_3_5:3-5' for children 0-5."),
        "WEIGHTS": QT_TRANSLATE_NOOP("CareMap", "Equal weights count people; the Madrid scale (Durán) counts care units. Typical: equal weights for one group."),
        "CAREGIVER_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional numeric field of the demand units with the potential caregivers, for care intensity. Typical: women 15-64."),
        "DISTRICT_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional field of the demand units naming each unit's district, for care deserts and summaries by district; without it, district polygons give each unit the district it lies in. Typical: district."),
        "DISTRICT_LAYER": QT_TRANSLATE_NOOP("CareMap", "Optional polygon layer of districts: when the demand units have no district field, each unit gets the district its point on surface lies in (written as the field district of the units), for care deserts and summaries by district. Typical: the localities or communes of the city."),
        "DISTRICT_LAYER_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field of the district polygons with the district names. Typical: district, or the locality name."),
        "TARGET_GROUP": QT_TRANSLATE_NOOP("CareMap", "Only facilities whose target_group is this value (or 'all') are counted; empty = all. Typical: children."),
        "COST_MODE": QT_TRANSLATE_NOOP("CareMap", "How travel costs are measured: the straight-line distance times the detour factor, or shortest paths on the road network. Typical: the road network when a street layer is available."),
        "NETWORK": QT_TRANSLATE_NOOP("CareMap", "Road or footpath line layer, needed for costs on the road network. Typical: the OpenStreetMap streets of the city."),
        "SPEED": QT_TRANSLATE_NOOP("CareMap", "Travel speed in km/h, to turn metres into minutes. Typical: 5.04 km/h walking."),
        "DETOUR": QT_TRANSLATE_NOOP("CareMap", "For straight-line costs, how much longer real routes are than the straight line (at least 1). Typical: 1.3."),
        "THRESHOLD": QT_TRANSLATE_NOOP("CareMap", "Catchment threshold in minutes, for accessibility and care deserts. Typical: 10 minutes walking to childcare."),
        "METHOD": QT_TRANSLATE_NOOP("CareMap", "Accessibility measure (see Accessibility to care). Typical: the two-step floating catchment (2SFCA)."),
        "OPENING_HOURS_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional name of the text field of the facility layers with their opening hours in OpenStreetMap's form (e.g. 'Mo-Fr 08:00-17:00'), joined to the inventory and used with the time windows; an empty value = always open. Typical: opening_hours."),
        "TIME_WINDOWS": QT_TRANSLATE_NOOP("CareMap", "Optional times of the week when caregivers need care, as label=hours items separated by '|'; the units get access_<label> and covered_<label> for each window, and the report says the share covered in each. Typical: 'evening=Mo-Fr 17:00-20:00|saturday=Sa 09:00-13:00'."),
        "DESERT_WINDOW": QT_TRANSLATE_NOOP("CareMap", "Label of the time window in which care deserts are also looked for in time: units with high demand and care within reach at some hour, but none open in that window, get temporal_desert = 1; empty = the first time window. Typical: evening."),
        "SECOND_THRESHOLD": QT_TRANSLATE_NOOP("CareMap", "With a public transport feed, care deserts get a second mode: walking first, public transport second (for the facilities of the target group; the walks to, from and between stops, and walking the whole way, are measured like the walks of the accessibility step: on the road network with road network costs, else along the straight line times the detour factor, at the speed above); a desert reachable by public transport within this many minutes is type 2, else type 1, and each unit gets cost_transit. Typical: 30 minutes."),
        "TARGET_RATIO": QT_TRANSLATE_NOOP("CareMap", "Policy target in places per person, for the care gaps. Typical: 0.333 (one place per 3 children)."),
        "TARGETS": QT_TRANSLATE_NOOP("CareMap", "Optional targets per age band for the care gaps, as field:ratio items separated by ';', each field one of the age-band fields of the demand units; required places = the sum of ratio x count, replacing the single policy target. Typical: 'p_0_3:0.5;p_4_5:1.0' (Brazil's PNE: 50% of children 0-3 in crèche, 100% of 4-5 in pre-school)."),
        "VULNERABILITY_FIELDS": QT_TRANSLATE_NOOP("CareMap", "Optional numeric fields of the demand units added to the priority index (higher = more vulnerable), with the same weight as unmet demand and low access. Typical: poverty rate, female-headed households."),
        "WRITE_REPORT": QT_TRANSLATE_NOOP("CareMap", "If checked, the HTML report (and the PDF, if a PDF file is given) is written. Typical: checked for the final run."),
        "TITLE": QT_TRANSLATE_NOOP("CareMap", "Title of the report. Typical: 'Childcare in Ciudad Demo'."),
        "COHORT_LABEL": QT_TRANSLATE_NOOP("CareMap", "Who the demand is, in the plural, as the report's sentences will read it. Typical: 'children under 6'."),
        "SERVICE_LABEL": QT_TRANSLATE_NOOP("CareMap", "What the service is, as the report's sentences will read it. Typical: 'a childcare place'."),
        "OUTPUT_INVENTORY": QT_TRANSLATE_NOOP("CareMap", "The care supply inventory (as caremap:supplyinventory writes it)."),
        "OUTPUT_UNITS": QT_TRANSLATE_NOOP("CareMap", "The units with every indicator: care_demand, access, cost_nearest, covered, coverage, unmet, desert, priority and more."),
        "OUTPUT_SUPPLY": QT_TRANSLATE_NOOP("CareMap", "The facilities with their catchment ratio (places per person within reach)."),
        "OUTPUT_DISTRICTS": QT_TRANSLATE_NOOP("CareMap", "Table of care deserts by district (with a district field or district polygons). Typical: a temporary layer."),
        "OUTPUT_HTML": QT_TRANSLATE_NOOP("CareMap", "HTML report file, written when the report is asked for."),
        "OUTPUT_PDF": QT_TRANSLATE_NOOP("CareMap", "Optional PDF of the report, made with a QGIS print layout."),
        "N_FACILITIES": QT_TRANSLATE_NOOP("CareMap", "Number of facilities in the inventory (after cleaning and de-duplication)."),
        "TOTAL_DEMAND": QT_TRANSLATE_NOOP("CareMap", "Sum of care_demand over the units."),
        "SHARE_COVERED": QT_TRANSLATE_NOOP("CareMap", "Share (0 to 1) of the demand in units with at least one facility within the catchment threshold; None when there is no demand."),
        "MEAN_ACCESS": QT_TRANSLATE_NOOP("CareMap", "Demand-weighted mean access (places per person within reach, for the floating-catchment methods); None when there is no demand."),
        "COVERAGE": QT_TRANSLATE_NOOP("CareMap", "Places within reach per 100 people of demand; None when there is no demand."),
        "UNMET": QT_TRANSLATE_NOOP("CareMap", "People without a place within reach (sum of unmet: max(0, demand - places) per unit)."),
        "DESERTS": QT_TRANSLATE_NOOP("CareMap", "Number of units that are care deserts."),
        "DESERT_SHARE": QT_TRANSLATE_NOOP("CareMap", "Share (0 to 1) of the demand living in care deserts; None when there is no demand."),
    }

    def initAlgorithm(self, config=None):
        add = self.addParameter
        add(QgsProcessingParameterMultipleLayers(
            "FACILITIES", self.tr("Care facility layers"), QgsProcessing.SourceType.TypeVector))
        add(QgsProcessingParameterString(
            "MAPPINGS", self.tr("Field mappings, one per facility layer, separated by |"), "",
            multiLine=True, optional=True))
        add(advanced(QgsProcessingParameterString(
            "SOURCE_PRIORITY", self.tr("Source priority (most trusted first)"), "", optional=True)))
        add(advanced(QgsProcessingParameterString(
            "TYPE_WHITELIST", self.tr("Service type whitelist (empty = all)"), "", optional=True)))
        add(advanced(QgsProcessingParameterString(
            "NAME_BLACKLIST", self.tr("Name blacklist (regular expression)"), "", optional=True)))
        add(QgsProcessingParameterFeatureSource(
            "UNITS", self.tr("Demand units (census blocks, grid cells)"),
            [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint]))
        add(QgsProcessingParameterString(
            "BAND_MAPPING", self.tr("Age-band fields of the cohort (field:band;...)"), "p_0_2:0-2;p_3_5:3-5"))
        add(self.static_enum("WEIGHTS", self.tr("Demand weights"), ["equal", "madrid"], "equal"))
        add(QgsProcessingParameterField(
            "CAREGIVER_FIELD", self.tr("Potential caregivers field (e.g. women 15-64)"), "women_15_64", "UNITS",
            QgsProcessingParameterField.DataType.Numeric, optional=True))
        add(QgsProcessingParameterField(
            "DISTRICT_FIELD", self.tr("District field"), None, "UNITS", optional=True))
        add_district_layer_parameters(self, summary_output=False)
        add(QgsProcessingParameterString(
            "TARGET_GROUP", self.tr("Only facilities for this target group (empty = all)"), "", optional=True))
        add(self.static_enum("COST_MODE", self.tr("Costs"), ["straight", "network"], "straight"))
        add(QgsProcessingParameterFeatureSource(
            "NETWORK", self.tr("Road network (for network costs)"), [QgsProcessing.SourceType.TypeVectorLine],
            optional=True))
        add(QgsProcessingParameterNumber(
            "SPEED", self.tr("Speed (km/h)"), QgsProcessingParameterNumber.Type.Double, 5.04, minValue=0.1))
        add(advanced(QgsProcessingParameterNumber(
            "DETOUR", self.tr("Detour factor for straight-line costs"),
            QgsProcessingParameterNumber.Type.Double, 1.3, minValue=1.0)))
        add(QgsProcessingParameterNumber(
            "THRESHOLD", self.tr("Catchment threshold (minutes)"), QgsProcessingParameterNumber.Type.Double,
            DEFAULT_THRESHOLD_MINUTES, minValue=0.0))
        add(self.static_enum("METHOD", self.tr("Accessibility method"),
                             ["2sfca", "e2sfca", "g2sfca", "3sfca", "m2sfca", "cumulative", "gravity"], "2sfca"))
        add(advanced(QgsProcessingParameterString(
            "OPENING_HOURS_FIELD", self.tr("Opening hours field of the facility layers"), "", optional=True)))
        add(advanced(QgsProcessingParameterString(
            "TIME_WINDOWS", self.tr("Caregivers' time windows 'label=hours|label=hours' (empty = none)"), "",
            optional=True)))
        add(advanced(QgsProcessingParameterString(
            "DESERT_WINDOW", self.tr("Time window for temporal care deserts (empty = the first)"), "",
            optional=True)))
        add(advanced(QgsProcessingParameterNumber(
            "SECOND_THRESHOLD", self.tr("Care deserts: access threshold by public transport (minutes)"),
            QgsProcessingParameterNumber.Type.Double, SECOND_THRESHOLD_MINUTES, minValue=0.0)))
        add_transit_parameters(self, access_mode=False)  # the feed, departure, window, percentile, longest walk
        add(QgsProcessingParameterNumber(
            "TARGET_RATIO", self.tr("Policy target (places per person)"),
            QgsProcessingParameterNumber.Type.Double, 1.0 / 3.0, minValue=0.0))
        add(advanced(QgsProcessingParameterString(
            "TARGETS", self.tr("Targets per age band (field:ratio;...; replaces the policy target)"), "",
            optional=True)))
        add(QgsProcessingParameterField(
            "VULNERABILITY_FIELDS", self.tr("Vulnerability fields for the priority index"), None, "UNITS",
            QgsProcessingParameterField.DataType.Numeric, allowMultiple=True, optional=True))
        add(QgsProcessingParameterBoolean("WRITE_REPORT", self.tr("Write the report"), False))
        add(QgsProcessingParameterString("TITLE", self.tr("Report title"), self.tr("Care map")))
        add(QgsProcessingParameterString(
            "COHORT_LABEL", self.tr("Who the demand is (plural)"), self.tr("children under 6")))
        add(QgsProcessingParameterString(
            "SERVICE_LABEL", self.tr("What the service is"), self.tr("a care place")))
        add(QgsProcessingParameterFeatureSink(
            "OUTPUT_INVENTORY", self.tr("Care supply inventory"), QgsProcessing.SourceType.TypeVectorPoint))
        add(QgsProcessingParameterFeatureSink(
            "OUTPUT_UNITS", self.tr("Care map units"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        add(QgsProcessingParameterFeatureSink(
            "OUTPUT_SUPPLY", self.tr("Facilities with catchment ratio"), QgsProcessing.SourceType.TypeVectorPoint))
        add(QgsProcessingParameterFeatureSink(
            "OUTPUT_DISTRICTS", self.tr("Care deserts by district"), QgsProcessing.SourceType.TypeVector,
            optional=True, createByDefault=True))
        add(QgsProcessingParameterFileDestination(
            "OUTPUT_HTML", self.tr("HTML report"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=False))
        add(QgsProcessingParameterFileDestination(
            "OUTPUT_PDF", self.tr("PDF report"), self.tr("PDF files (*.pdf)"), optional=True,
            createByDefault=False))
        # the headline figures of the steps, returned with or without the report
        self.addOutput(QgsProcessingOutputNumber("N_FACILITIES", self.tr("Facilities in the inventory")))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_DEMAND", self.tr("Total demand")))
        self.addOutput(QgsProcessingOutputNumber("SHARE_COVERED", self.tr("Share of demand covered")))
        self.addOutput(QgsProcessingOutputNumber("MEAN_ACCESS", self.tr("Demand-weighted mean access")))
        self.addOutput(QgsProcessingOutputNumber("COVERAGE", self.tr("Coverage (places per 100 people)")))
        self.addOutput(QgsProcessingOutputNumber("UNMET", self.tr("Unmet demand")))
        self.addOutput(QgsProcessingOutputNumber("DESERTS", self.tr("Number of care deserts")))
        self.addOutput(QgsProcessingOutputNumber("DESERT_SHARE", self.tr("Share of demand in care deserts")))

    def processAlgorithm(self, parameters, context, feedback):
        import processing  # QGIS's processing package (this plugin is imported as caremap)

        write_report = self.parameterAsBoolean(parameters, "WRITE_REPORT", context) or bool(parameters.get("OUTPUT_HTML"))
        steps = pipeline_words.RewordingSteps(7 if write_report else 6, feedback)
        district = self.parameterAsString(parameters, "DISTRICT_FIELD", context)
        located = ({"DISTRICT_FIELD": "", "DISTRICT_LAYER": parameters["DISTRICT_LAYER"],
                    "DISTRICT_LAYER_FIELD": self.parameterAsString(parameters, "DISTRICT_LAYER_FIELD", context)}
                   if districts_by_location(self, parameters, context) else {})
        threshold = self.parameterAsDouble(parameters, "THRESHOLD", context)
        target_group = self.parameterAsString(parameters, "TARGET_GROUP", context)
        mode = self.enum_value(parameters, "COST_MODE", context)
        method = self.enum_value(parameters, "METHOD", context)
        as_list = getattr(self, "parameterAsStrings", None) or self.parameterAsFields  # 3.34 has no AsStrings
        vulnerability = as_list(parameters, "VULNERABILITY_FIELDS", context) or []
        caregiver = self.parameterAsString(parameters, "CAREGIVER_FIELD", context)
        if not threshold > 0:
            raise QgsProcessingException(self.tr(
                "{0} is {1:g}: accessibility and care deserts count what lies within this travel time, so it "
                "must be above 0. Give the longest trip people are expected to make, e.g. 10 minutes walking "
                "to childcare.").format(self.label("THRESHOLD"), threshold))
        targets = self._targets(parameters, context)
        windows, desert_window, hours_field = self._windows(parameters, context)
        used = {}

        def run(step, alg_id, params, derived=None):
            """Run a child; its error names the user's own layer, not the pipeline's
            intermediate (``derived``: child parameter -> the pipeline input it comes from)."""
            steps.setCurrentStep(step)
            self.check_canceled(feedback)
            used[alg_id] = {k: pipeline_words.describe_value(v) for k, v in params.items() if not str(k).startswith("OUTPUT")}
            steps.reword = lambda text: pipeline_words.user_words(self, text, alg_id, params, derived or {},
                                                                  parameters, context)
            try:
                out = processing.run(alg_id, params, context=context, feedback=steps, is_child_algorithm=True)
            except QgsProcessingException as err:
                if feedback.isCanceled():
                    raise
                raise pipeline_words.user_error(self, err, alg_id, params, derived or {}, parameters, context) from None
            finally:
                steps.reword = None
            self.check_canceled(feedback)
            return out

        def run_plain(alg_id, params):
            """A QGIS child step that is not a CareMap step (no rewording, no record)."""
            self.check_canceled(feedback)
            return processing.run(alg_id, params, context=context, feedback=None, is_child_algorithm=True)

        inventory_run = run(0, "caremap:supplyinventory", {
            "INPUTS": parameters["FACILITIES"],
            "MAPPINGS": self.parameterAsString(parameters, "MAPPINGS", context),
            "SOURCE_PRIORITY": self.parameterAsString(parameters, "SOURCE_PRIORITY", context),
            "TYPE_WHITELIST": self.parameterAsString(parameters, "TYPE_WHITELIST", context),
            "NAME_BLACKLIST": self.parameterAsString(parameters, "NAME_BLACKLIST", context),
            "OUTPUT": parameters["OUTPUT_INVENTORY"],
        })
        inventory = inventory_run["OUTPUT"]
        supply = (pipeline_hours.inventory_with_hours(
            self, inventory, self.parameterAsLayerList(parameters, "FACILITIES", context), hours_field, context,
            feedback) if windows else inventory)
        demand = run(1, "caremap:caredemand", {
            "INPUT": parameters["UNITS"],
            "BAND_MAPPING": self.parameterAsString(parameters, "BAND_MAPPING", context),
            "WEIGHTS": self.enum_value(parameters, "WEIGHTS", context),
            "CAREGIVER_FIELD": caregiver or None,
            "OUTPUT": TEMP,
        }, {"INPUT": "UNITS"})["OUTPUT"]
        access_params = {
            "DEMAND": demand, "DEMAND_FIELD": "care_demand", "SUPPLY": supply,
            "CAPACITY_FIELD": "capacity_fde", "COST_MODE": mode, "SPEED": self.parameterAsDouble(parameters, "SPEED", context),
            "COST_UNIT": "minutes", "THRESHOLD": threshold, "METHOD": method,
            "OUTPUT_DEMAND": TEMP, "OUTPUT_SUPPLY": parameters["OUTPUT_SUPPLY"],
        }
        if mode == "network":
            access_params["NETWORK"] = parameters.get("NETWORK")
        else:
            access_params["DETOUR"] = self.parameterAsDouble(parameters, "DETOUR", context)
        if windows:
            access_params.update(OPENING_HOURS_FIELD=hours_field, TIME_WINDOWS=windows)
        if target_group:
            access_params.update(TARGET_GROUP_FIELD="target_group", TARGET_GROUP=target_group)
        access = run(2, "caremap:accessibility", access_params, {"DEMAND": "UNITS", "SUPPLY": "FACILITIES"})
        gaps = run(3, "caremap:caregaps", {
            "INPUT": access["OUTPUT_DEMAND"], "DEMAND_FIELD": "care_demand", "SUPPLY_FIELD": "access",
            "SUPPLY_KIND": "access_ratio", "TARGET_RATIO": self.parameterAsDouble(parameters, "TARGET_RATIO", context),
            "TARGETS": targets,
            "DISTRICT_FIELD": district or None, "OUTPUT": TEMP, "OUTPUT_SUMMARY": TEMP,
            **located,
        }, {"INPUT": "UNITS"})
        if located:  # caregaps wrote the district each unit lies in as the field 'district'
            district = "district"
        desert_params = self._second_mode(parameters, context, supply, target_group, run_plain, mode)
        deserts = run(4, "caremap:caredeserts", {
            "INPUT": gaps["OUTPUT"], "DEMAND_FIELD": "care_demand", "COST_FIELD": "cost_nearest",
            "THRESHOLD": threshold, "DEMAND_RULE": "median", "DISTRICT_FIELD": district or None,
            "OUTPUT": TEMP, "OUTPUT_SUMMARY": parameters.get("OUTPUT_DISTRICTS", TEMP) or TEMP,
            **({"WINDOW_COVERED_FIELD": COVERED_PREFIX + desert_window} if desert_window else {}),
            **desert_params,
        }, {"INPUT": "UNITS", "SUPPLY": "FACILITIES"})
        # care_intensity is NULL where a unit has no potential caregiver (empty blocks), so
        # it is not a default indicator; add it through VULNERABILITY_FIELDS where it is complete
        indicators = ["unmet", "access"] + [f for f in vulnerability if f not in ("unmet", "access")]
        priority = run(5, "caremap:priorityindex", {
            "INPUT": deserts["OUTPUT"], "FIELDS": indicators, "INVERT_FIELDS": ["access"],
            "NORMALIZATION": "rank", "OUTPUT": parameters["OUTPUT_UNITS"],
        }, {"INPUT": "UNITS"})
        results = {
            "OUTPUT_INVENTORY": inventory, "OUTPUT_UNITS": priority["OUTPUT"],
            "OUTPUT_SUPPLY": access["OUTPUT_SUPPLY"], "OUTPUT_DISTRICTS": deserts.get("OUTPUT_SUMMARY"),
            # the steps' figures, the same with or without the report
            "N_FACILITIES": inventory_run.get("N_FACILITIES"), "TOTAL_DEMAND": gaps.get("TOTAL_DEMAND"),
            "SHARE_COVERED": access.get("SHARE_COVERED"), "MEAN_ACCESS": access.get("MEAN_ACCESS"),
            "COVERAGE": gaps.get("COVERAGE"), "UNMET": gaps.get("TOTAL_UNMET"),
            "DESERTS": deserts.get("DESERTS"), "DESERT_SHARE": deserts.get("DESERT_SHARE"),
        }
        if write_report:
            report = run(6, "caremap:report", {
                "UNITS": priority["OUTPUT"], "DEMAND_FIELD": "care_demand", "DISTRICT_FIELD": district or None,
                "SUPPLY": inventory, "CAPACITY_FIELD": "capacity_fde", "THRESHOLD": threshold,
                "STREETS": parameters.get("NETWORK") if mode == "network" else None,
                "TARGET": self.parameterAsDouble(parameters, "TARGET_RATIO", context),
                "TARGETS": targets, "TIME_WINDOWS": windows,
                "TITLE": self.parameterAsString(parameters, "TITLE", context),
                "COHORT_LABEL": self.parameterAsString(parameters, "COHORT_LABEL", context),
                "SERVICE_LABEL": self.parameterAsString(parameters, "SERVICE_LABEL", context),
                "MODE_LABEL": (self.tr("walk") if is_walking(self.parameterAsDouble(parameters, "SPEED", context))
                               else self.tr("travel")),
                "PARAMETERS": json.dumps(used, indent=1, ensure_ascii=False),
                "OUTPUT_HTML": parameters.get("OUTPUT_HTML") or TEMP,
                "OUTPUT_PDF": parameters.get("OUTPUT_PDF") or None,
            }, {"UNITS": "UNITS", "SUPPLY": "FACILITIES"})
            results["OUTPUT_HTML"] = report["OUTPUT_HTML"]
            if report.get("OUTPUT_PDF"):
                results["OUTPUT_PDF"] = report["OUTPUT_PDF"]
        steps.setCurrentStep(7 if write_report else 6)
        return results


    def _second_mode(self, parameters, context, supply, target_group, run_plain, mode):
        """The public-transport parameters of the care deserts step, when a feed is given
        (empty otherwise): the second mode from the feed, to the facilities of the target
        group (the same as accessibility's: target_group equal to it, or 'all', case and
        spaces ignored), with the walks measured like the first mode's costs (cost mode
        ``mode``): on the pipeline's road network with network costs, else along the
        straight line times its detour factor; at the pipeline's speed."""
        feed = (self.parameterAsFile(parameters, "GTFS_FEED", context) or "").strip()
        if not feed:
            return {}
        if target_group.strip():
            value = target_group.strip().lower().replace("'", "''")
            supply = run_plain("native:extractbyexpression", {
                "INPUT": supply, "EXPRESSION": f"lower(trim(\"target_group\")) IN ('{value}', 'all')",
                "OUTPUT": TEMP})["OUTPUT"]
        return {"SECOND_THRESHOLD": self.parameterAsDouble(parameters, "SECOND_THRESHOLD", context),
                "GTFS_FEED": feed, "SUPPLY": supply,
                "DEPARTURE": self.parameterAsString(parameters, "DEPARTURE", context),
                "WINDOW": self.parameterAsInt(parameters, "WINDOW", context),
                "PERCENTILE": self.parameterAsDouble(parameters, "PERCENTILE", context),
                "MAX_WALK": self.parameterAsDouble(parameters, "MAX_WALK", context),
                "SPEED": self.parameterAsDouble(parameters, "SPEED", context),
                "DETOUR": self.parameterAsDouble(parameters, "DETOUR", context),
                # both modes walk the same way: on the network when the costs are on it
                "ACCESS_MODE": "network" if mode == "network" else "straight",
                "NETWORK": parameters.get("NETWORK") if mode == "network" else None}

    def _windows(self, parameters, context):
        """(time windows text, the window for temporal deserts, opening-hours field), checked
        before any step; ("", "", "") without time windows."""
        text = (self.parameterAsString(parameters, "TIME_WINDOWS", context) or "").strip()
        chosen = (self.parameterAsString(parameters, "DESERT_WINDOW", context) or "").strip()
        try:
            labels = list(window_specs(text))
        except ValueError as e:
            raise QgsProcessingException(self.tr(
                "{0}: {1}. Write each window as label=hours, separated by '|', e.g. "
                "'evening=Mo-Fr 17:00-20:00|saturday=Sa 09:00-13:00'.").format(self.label("TIME_WINDOWS"), e)) from None
        if not labels:
            if chosen:
                raise QgsProcessingException(self.tr(
                    "{0} is '{1}' but {2} is empty: give the time windows, or leave the window empty.").format(
                    self.label("DESERT_WINDOW"), chosen, self.label("TIME_WINDOWS")))
            return "", "", ""
        if chosen and chosen not in labels:
            raise QgsProcessingException(self.tr(
                "{0} is '{1}', which is not one of the time windows ({2}): give one of their labels.").format(
                self.label("DESERT_WINDOW"), chosen, ", ".join(labels)))
        field = (self.parameterAsString(parameters, "OPENING_HOURS_FIELD", context) or "").strip()
        if not field:
            raise QgsProcessingException(self.tr(
                "To measure the time windows, give in {0} the field of the facility layers that holds their "
                "opening hours (e.g. opening_hours).").format(self.label("OPENING_HOURS_FIELD")))
        return text, chosen or labels[0], field

    def _targets(self, parameters, context):
        """The targets per age band as the caregaps text ('' when none), checked before
        any step: each field must be one of the age-band fields of the cohort."""
        text = (self.parameterAsString(parameters, "TARGETS", context) or "").strip()
        targets = cohort_targets(self, parameters, context)
        if not targets:
            return ""
        try:
            bands = [f for f, _ in parse_band_mapping(self.parameterAsString(parameters, "BAND_MAPPING", context))]
        except ValueError:
            return text  # the care demand step names the bad band mapping
        outside = [f for f, _ in targets if f not in bands]
        if outside:
            raise QgsProcessingException(self.trn(
                "{0}: %n field(s) of {2} not among the age-band fields of the cohort ({3}: {4}): {1}. Give "
                "targets for those fields only, or add the bands to {3}.", len(outside)).format(
                self.label("TARGETS"), ", ".join(f"'{f}'" for f in outside),
                pipeline_words.input_label(self, "UNITS", parameters, context), self.label("BAND_MAPPING"),
                ", ".join(bands)))
        return text
