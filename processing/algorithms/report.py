"""caremap:report — a self-contained HTML report (and a PDF through a print layout) of a
care map: maps, charts, the key numbers in plain sentences, and the method used."""
import os
import tempfile
from datetime import date

import numpy as np
from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QLocale

from ...kernels import summaries
from ...kernels.costs import DEFAULT_THRESHOLD_MINUTES
from ...kernels.gaps import cohort_required, encode_groups
from .. import costs_io, layer_io, params, report_blocks, report_layout, report_svg, report_text
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm
from ..cost_params import advanced

esc = report_layout.html_escape

# (parameter, the CareMap field used when the parameter is left empty)
OPTIONAL_FIELDS = [
    ("COST_FIELD", "cost_nearest"),
    ("ACCESS_FIELD", "access"),
    ("COVERED_FIELD", "covered"),
    ("UNMET_FIELD", "unmet"),
    ("DESERT_FIELD", "desert"),
    ("PRIORITY_FIELD", "priority"),
]


class ReportAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "report"
    DISPLAY_NAME = "Care map report"
    GROUP_ID = "workflow"
    TAGS = "report,html,pdf,map,charts,summary,council"
    HELP = (
        "What does the care map say, in a form a council can read? Writes a self-contained HTML report (it "
        "opens in any browser, no internet needed) and, if you ask for it, a PDF. Page 1 gives the title, the "
        "area, the date, the key numbers as sentences and an overview map; then one map per indicator (with "
        "the district outlines and names and the streets as a light base), the charts, what each indicator "
        "means and a table of the method and parameters.\n\n"
        "How to read the results: the sentences say what each number counts (people of the cohort within "
        "the travel time, places per person, places missing for the policy target, people in care deserts). "
        "The maps use the layer's own fields: care_demand (people), access (places per person), cost_nearest "
        "(minutes), desert (1 = care desert) and priority (0 to 1); a part whose field is missing is left "
        "out. The figures returned are the same numbers.\n\n"
        "With the outputs of Care blocks (Advanced), the report adds the sentence on the people who need care "
        "and the caregivers the blocks reach, before and after, and a map of the blocks: areas of influence, "
        "anchors and alternate buildings.\n\n"
        "Example: on the demo city of the tutorial, with a 10-minute walk, page 1 reads '92,708 children "
        "under 6 (90%) live within 10 minutes' walk of the nearest facility'.\n\n"
        "Caveats: give the travel time the analysis used, since the report quotes it but does not "
        "recompute the access; text from the layers (district and facility names) is shown as text, never "
        "run."
    )

    PARAM_HELP = {
        "UNITS": QT_TRANSLATE_NOOP("CareMap", "The CareMap result layer of units (blocks, tracts) with the indicators to report. Typical: the units output of 'Care map in one run'."),
        "DEMAND_FIELD": QT_TRANSLATE_NOOP("CareMap", "Numeric field of the units with the people of the cohort. Typical: care_demand."),
        "COST_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field with the travel time in minutes to the nearest facility; empty = cost_nearest when the layer has it. Typical: empty."),
        "ACCESS_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field with the access in places per person; empty = access when the layer has it. Typical: empty."),
        "COVERED_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field that is 1 where the unit reaches a facility within the travel time, else 0; empty = covered when the layer has it. Typical: empty."),
        "UNMET_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field with the people without a place; empty = unmet when the layer has it. Typical: empty."),
        "DESERT_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field that is 1 for a care desert, else 0; empty = desert when the layer has it. Typical: empty."),
        "PRIORITY_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field with the care priority index (0 to 1); empty = priority when the layer has it. Typical: empty."),
        "DISTRICT_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional field of the units naming each unit's district, for the charts by district and the district outlines on the maps. Typical: district."),
        "DISTRICT_LAYER": QT_TRANSLATE_NOOP("CareMap", "Optional polygon layer of districts, drawn as outlines with their names on every map; when the units have no district field, each unit gets the district it lies in. Typical: the localities or communes of the city."),
        "DISTRICT_LAYER_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field of the district polygons with the district names. Typical: the locality name."),
        "SUPPLY": QT_TRANSLATE_NOOP("CareMap", "Optional layer of care facilities to draw on the supply map. Typical: the inventory output of 'Care map in one run'."),
        "CAPACITY_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional numeric field of the facilities with the places of each one. Typical: capacity_fde."),
        "STREETS": QT_TRANSLATE_NOOP("CareMap", "Optional line layer of streets, drawn as a light base under every map so a reader finds the places. Typical: the road network of the analysis."),
        "THRESHOLD": QT_TRANSLATE_NOOP("CareMap", "The travel time in minutes the analysis used, quoted in the sentences and charts. Typical: 10 minutes."),
        "TARGET": QT_TRANSLATE_NOOP("CareMap", "Policy target in places per person, drawn on the access chart (0 = none). Typical: 0.333."),
        "TARGETS": QT_TRANSLATE_NOOP("CareMap", "Optional targets per age band, as field:ratio items separated by ';', each field a count of people of that band in the units; the places needed are the sum of ratio x count, replacing the single policy target. Typical: 'p_0_3:0.5;p_4_5:1.0' (Brazil's education plan: 50% of children 0-3 in crèche, 100% of 4-5 in pre-school)."),
        "TITLE": QT_TRANSLATE_NOOP("CareMap", "Title of the report, also the PDF's title. Typical: 'Childcare in Ciudad Demo'."),
        "COHORT_LABEL": QT_TRANSLATE_NOOP("CareMap", "Who the demand is, in the plural, as the report's sentences will read it. Typical: 'children under 6'."),
        "SERVICE_LABEL": QT_TRANSLATE_NOOP("CareMap", "What the service is, as the report's sentences will read it. Typical: 'a childcare place'."),
        "MODE_LABEL": QT_TRANSLATE_NOOP("CareMap", "Travel mode, as the report's sentences will read it. Typical: 'walk'."),
        "TIME_WINDOWS": QT_TRANSLATE_NOOP("CareMap", "Optional hours of the caregivers' time windows the analysis used, as label=hours items separated by '|', quoted in the sentences on time; the figures come from the units' covered_<label> and temporal_desert fields. Typical: 'evening=Mo-Fr 17:00-20:00', as given to Accessibility to care."),
        "PARAMETERS": QT_TRANSLATE_NOOP("CareMap", "How the inputs were made, printed as the table of the method: free text, or the record of a run (JSON) whose layers, fields and choices are shown by name. Typical: empty, or filled in by 'Care map in one run'."),
        "OUTPUT_HTML": QT_TRANSLATE_NOOP("CareMap", "Self-contained HTML report (maps, charts, key numbers, method), to open in any browser. Typical: report.html."),
        "OUTPUT_PDF": QT_TRANSLATE_NOOP("CareMap", "Optional PDF of the same report, made with a QGIS print layout. Typical: report.pdf."),
        "SHARE_BEYOND": QT_TRANSLATE_NOOP("CareMap", "Share (0 to 1) of the demand beyond the travel time of the nearest facility (or not covered); None when there is no demand or no travel time or covered field. Typical: 0.1."),
        "UNMET": QT_TRANSLATE_NOOP("CareMap", "People without a place: the sum of the unmet field, or of max(0, demand - places) from access; None without them. Typical: thousands in a city."),
        "DESERT_SHARE": QT_TRANSLATE_NOOP("CareMap", "Share (0 to 1) of the demand living in care deserts; None without a desert field or demand. Typical: 0.08."),
        **report_blocks.PARAM_HELP,
    }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "UNITS", self.tr("Care map units (result layer)"),
            [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            "DEMAND_FIELD", self.tr("Demand field (people of the cohort)"), "care_demand", "UNITS",
            QgsProcessingParameterField.DataType.Numeric))
        self.addParameter(QgsProcessingParameterField(
            "DISTRICT_FIELD", self.tr("District field"), "district", "UNITS", optional=True))
        params.add_district_layer_parameters(self, summary_output=False)
        self.addParameter(QgsProcessingParameterFeatureSource(
            "SUPPLY", self.tr("Care facilities"), [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(
            "CAPACITY_FIELD", self.tr("Facility capacity field (places)"), "capacity_fde", "SUPPLY",
            QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "STREETS", self.tr("Streets (light base of the maps)"), [QgsProcessing.SourceType.TypeVectorLine],
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "THRESHOLD", self.tr("Travel time the analysis used (minutes)"), QgsProcessingParameterNumber.Type.Double,
            DEFAULT_THRESHOLD_MINUTES, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            "TARGET", self.tr("Policy target (places per person; 0 = none)"),
            QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterString(
            "TARGETS", self.tr("Targets per age band (field:ratio;...; replaces the policy target)"), "",
            optional=True))
        self.addParameter(QgsProcessingParameterString("TITLE", self.tr("Title"), self.tr("Care map")))
        self.addParameter(QgsProcessingParameterString(
            "COHORT_LABEL", self.tr("Who the demand is (plural)"), self.tr("people needing care")))
        self.addParameter(QgsProcessingParameterString(
            "SERVICE_LABEL", self.tr("What the service is"), self.tr("a care service")))
        self.addParameter(QgsProcessingParameterString("MODE_LABEL", self.tr("Travel mode"), self.tr("walk")))
        labels = {
            "COST_FIELD": self.tr("Travel time to the nearest facility field (minutes)"),
            "ACCESS_FIELD": self.tr("Access field (places per person)"),
            "COVERED_FIELD": self.tr("Covered field (0/1)"),
            "UNMET_FIELD": self.tr("Unmet demand field (people)"),
            "DESERT_FIELD": self.tr("Care desert field (0/1)"),
            "PRIORITY_FIELD": self.tr("Priority index field (0 to 1)"),
        }
        for name, default in OPTIONAL_FIELDS:
            self.addParameter(advanced(QgsProcessingParameterField(
                name, labels[name], default, "UNITS", QgsProcessingParameterField.DataType.Numeric, optional=True)))
        self.addParameter(advanced(QgsProcessingParameterString(
            "TIME_WINDOWS", self.tr("Time windows the analysis used 'label=hours|label=hours'"), "", optional=True)))
        report_blocks.add_parameters(self)
        self.addParameter(advanced(QgsProcessingParameterString(
            "PARAMETERS", self.tr("Method and parameters (text, or the record of a run)"), "", multiLine=True,
            optional=True)))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_HTML", self.tr("HTML report"), self.tr("HTML files (*.html)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_PDF", self.tr("PDF report"), self.tr("PDF files (*.pdf)"), optional=True,
            createByDefault=False))
        for name, label in (("SHARE_BEYOND", "Share of demand beyond the threshold"),
                            ("UNMET", "Unmet demand"), ("DESERT_SHARE", "Share of demand in care deserts")):
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(label)))

    # ------------------------------------------------------------------ fields
    def _fields(self, parameters, context, layer_fields, layer_name):
        chosen = {}
        for name, default in OPTIONAL_FIELDS:
            value = self.parameterAsString(parameters, name, context)
            if value:
                if layer_fields.lookupField(value) < 0:
                    raise QgsProcessingException(self.tr(
                        "Field '{0}' (chosen as '{1}') is not in layer {2}. Pick one of its fields, or leave "
                        "it empty.").format(value, self.parameterDefinition(name).description(), layer_name))
                chosen[name] = value
            elif layer_fields.lookupField(default) >= 0:
                chosen[name] = default
        return chosen

    def processAlgorithm(self, parameters, context, feedback):
        # quoted in the sentences, charts and method table as the locale writes it (12,5 in Portuguese)
        threshold = report_text.Localised(self.parameterAsDouble(parameters, "THRESHOLD", context))
        if not threshold > 0:
            raise QgsProcessingException(self.tr(
                "{0} is {1:g}: the report counts the people within this travel time and quotes it in its "
                "sentences and charts, so it must be above 0. Give the threshold the analysis used (e.g. {2:g} "
                "minutes).").format(self.label("THRESHOLD"), threshold, DEFAULT_THRESHOLD_MINUTES))
        source = layer_io.get_source(self, parameters, "UNITS", context)
        layer_name = self._layer_name(parameters, context, source)
        demand_field = self.parameterAsString(parameters, "DEMAND_FIELD", context)
        chosen = self._fields(parameters, context, source.fields(), layer_name)
        district = self.parameterAsString(parameters, "DISTRICT_FIELD", context)
        unit_text, companions = costs_io.cost_companions(source) if "COST_FIELD" in chosen else ([], [])
        targets = self._targets(parameters, context, source)
        names = source.fields().names()
        time_fields = report_blocks.time_fields(names)
        units = layer_io.read_points(self, parameters, "UNITS", context, feedback,
                                     numeric=list(dict.fromkeys([demand_field] + list(chosen.values()) + companions
                                                                + [f for f, _ in targets] + time_fields)),
                                     text=([district] if district else []) + unit_text, allow_nulls=True)
        layer_name = units.layer_name
        demand = units.numeric[demand_field]
        params.check_non_negative(demand[np.isfinite(demand)], demand_field, layer_name)
        col = {k: units.numeric[v] for k, v in chosen.items()}
        if "COST_FIELD" in chosen:
            col["COST_FIELD"] = costs_io.read_cost_minutes(units, chosen["COST_FIELD"], feedback)
        target = self.parameterAsDouble(parameters, "TARGET", context)
        required = self._required(units, demand, targets) if targets else None
        if targets:
            target = 0.0  # the targets per age band replace the single target (no single line on the chart)
        groups = units.text[district] if district else None
        if params.districts_by_location(self, parameters, context):
            _, _, groups = params.unit_districts(self, parameters, context, feedback, units, nulls="skip")
        fig = summaries.key_figures(
            demand, cost=col.get("COST_FIELD"), threshold=threshold, covered=col.get("COVERED_FIELD"),
            access=col.get("ACCESS_FIELD"), target=target if target > 0 else None, desert=col.get("DESERT_FIELD"),
            unmet=col.get("UNMET_FIELD"), required=required)
        fig["unmet_groups"] = self._unmet_groups(demand, col, target, groups, required)
        if fig["units_null_demand"]:
            feedback.pushWarning(self.trn(
                "Left out of every figure of the report: %n unit(s) of layer {0} without a value (NULL) in "
                "field '{1}'.", fig["units_null_demand"]).format(layer_name, demand_field))
        if fig["no_demand"]:
            feedback.pushWarning(self.tr(
                "Field '{0}' of layer {1} is 0 in every unit: there is no demand in this layer, so no share "
                "or gap can be computed.").format(demand_field, layer_name))
        elif fig["no_capacity"]:
            feedback.pushWarning(self.tr(
                "Field '{0}' of layer {1} is 0 in every unit: there is no capacity within reach.").format(
                chosen["ACCESS_FIELD"], layer_name))
        labels = {k: self.parameterAsString(parameters, k, context)
                  for k in ("TITLE", "COHORT_LABEL", "SERVICE_LABEL", "MODE_LABEL", "PARAMETERS")}
        labels["DEMAND_FIELD"] = demand_field
        labels["TARGETS"] = ", ".join(self.tr("{0} of {1}").format(QLocale().toString(100.0 * r, "g", 4) + "%", f)
                                      for f, r in targets)
        self.check_canceled(feedback)
        feedback.setProgress(20)

        sentences = report_text.sentences(fig, threshold, target, labels, demand_field)
        if time_fields and not fig["no_demand"]:
            sentences += report_text.time_sentences_of(self, parameters, context, units, demand, time_fields, labels)
        plan = report_blocks.read_plan(self, parameters, context, feedback, names)
        sentences += [report_blocks.sentence(plan)] if plan is not None else []
        for s in sentences:
            feedback.pushInfo(s)
        charts, gini_palma = report_svg.charts(demand, col, groups, threshold, target, labels)
        method = report_text.run_method(labels["PARAMETERS"])
        explained = report_text.explanations(fig, chosen, threshold, labels["MODE_LABEL"], gini_palma, method)
        feedback.setProgress(40)

        layers = self._map_layers(parameters, context, feedback, district)
        n_districts = len(set(groups[groups != ""])) if groups is not None else 0
        subtitle = self.tr("Study area") + ": " + self.trn("%Ln unit(s)", fig["units"]) + (" · " + self.trn("%n district(s)", n_districts) if n_districts else "") \
            + " · " + date.today().isoformat()
        method_head = [self.tr("Step"), self.tr("What"), self.tr("Value")]
        method_rows = report_text.method_rows(
            self._own_rows(parameters, context, layer_name, demand_field, chosen, district, threshold, target,
                           labels), labels["PARAMETERS"])
        html_path = self.parameterAsFileOutput(parameters, "OUTPUT_HTML", context)
        pdf_path = self.parameterAsFileOutput(parameters, "OUTPUT_PDF", context) if parameters.get("OUTPUT_PDF") else ""
        with tempfile.TemporaryDirectory() as tmp:
            for k, chart in enumerate(charts):
                chart["path"] = os.path.join(tmp, f"chart{k}.svg")
                with open(chart["path"], "w", encoding="utf-8") as fh:
                    fh.write(chart["svg"])
            spec = report_layout.map_specs(units, demand, col, chosen, labels, layers, method)
            spec += [s for s in [report_blocks.map_spec(self, parameters, context, plan)] if s]
            layout, map_pages = report_layout.build(
                self, layers, spec, labels, subtitle, sentences, explained, charts, method_head, method_rows,
                footer=self.tr("CareMap · {0}").format(date.today().isoformat()))
            self.check_canceled(feedback)
            images = []
            for k, (name, index) in enumerate(map_pages):
                images.append((name, report_layout.page_png(layout, index)))
                self.check_canceled(feedback)
                feedback.setProgress(40 + 40 * (k + 1) / max(len(map_pages), 1))
            if pdf_path:
                if not report_layout.export_pdf(layout, pdf_path):
                    raise QgsProcessingException(self.tr("Could not write the PDF report {0}.").format(pdf_path))
        overview = images.pop(0) if images else None
        html = report_text.html_page(labels, subtitle, sentences, fig, overview, images,
                                     [(c["title"], c["svg"], c["note"]) for c in charts], explained,
                                     method_head, method_rows, threshold, target)
        os.makedirs(os.path.dirname(os.path.abspath(html_path)), exist_ok=True)
        with open(html_path, "w", encoding="utf-8") as fh:
            fh.write(html)
        results = {"OUTPUT_HTML": html_path, "SHARE_BEYOND": self.figure(fig["share_beyond"]),
                   "UNMET": self.figure(fig["people_without_place"]), "DESERT_SHARE": self.figure(fig["desert_share"])}
        if pdf_path:
            results["OUTPUT_PDF"] = pdf_path
        return results

    def _map_layers(self, parameters, context, feedback, district):
        """The layers the maps draw: units, facilities (with their capacity values),
        streets and district outlines (the district polygons, or the units dissolved by
        their district field)."""
        def get(name):
            return (self.parameterAsVectorLayer(parameters, name, context)
                    if parameters.get(name) not in (None, "") else None)

        out = {"units": get("UNITS"), "supply": get("SUPPLY"), "streets": get("STREETS"),
               "capacity": self.parameterAsString(parameters, "CAPACITY_FIELD", context), "capacity_values": None}
        if out["supply"] is not None and out["capacity"]:
            sup = layer_io.read_points(self, parameters, "SUPPLY", context, feedback, numeric=[out["capacity"]],
                                       allow_nulls=True, allow_empty=True)
            out["capacity_values"] = sup.numeric[out["capacity"]]
        dl = get("DISTRICT_LAYER")
        if dl is not None:
            out["districts"] = dl
            out["district_name"] = self.parameterAsString(parameters, "DISTRICT_LAYER_FIELD", context) or district
        elif district and out["units"] is not None and out["units"].geometryType() == Qgis.GeometryType.Polygon:
            import processing

            out["districts"] = processing.run("native:dissolve", {
                "INPUT": out["units"], "FIELD": [district], "OUTPUT": "memory:"},
                context=QgsProcessingContext(), is_child_algorithm=False)["OUTPUT"]
            out["district_name"] = district
        if out.get("districts") is not None and out["districts"].fields().lookupField(out["district_name"] or "") < 0:
            out["district_name"] = ""
        return out

    def _own_rows(self, parameters, context, layer_name, demand_field, chosen, district, threshold, target, labels):
        """The report's own inputs for the method table: (what, value)."""
        def name_of(param):
            value = parameters.get(param)
            if isinstance(value, str) and value:
                return report_text.readable_value(param, value)
            layer = self.parameterAsVectorLayer(parameters, param, context) if value not in (None, "") else None
            return layer.name() if layer is not None else ""

        rows = [(self.tr("Units"), name_of("UNITS") or layer_name), (self._desc("DEMAND_FIELD"), demand_field)]
        rows += [(self._desc(k), v) for k, v in chosen.items()]
        rows += [(self._desc("DISTRICT_FIELD"), district), (self._desc("DISTRICT_LAYER"), name_of("DISTRICT_LAYER")),
                 (self._desc("SUPPLY"), name_of("SUPPLY")),
                 (self._desc("CAPACITY_FIELD"), self.parameterAsString(parameters, "CAPACITY_FIELD", context)
                  if parameters.get("SUPPLY") else ""),
                 (self._desc("STREETS"), name_of("STREETS")),
                 (self._desc("THRESHOLD"), self.tr("{0:g} minutes").format(threshold))]
        if labels["TARGETS"]:
            rows.append((self._desc("TARGETS"), labels["TARGETS"]))
        elif target > 0:
            rows.append((self._desc("TARGET"), report_text.dec(target, 3)))
        return rows + report_blocks.method_rows(self, parameters, context)

    def _desc(self, name):
        return self.parameterDefinition(name).description()

    # ------------------------------------------------------------------ text
    def _layer_name(self, parameters, context, source):
        layer = self.parameterAsVectorLayer(parameters, "UNITS", context)
        return layer.name() if layer is not None else source.sourceName()

    def _targets(self, parameters, context, source):
        """The targets per age band [(field, ratio)] ([] when none); errors name the
        dialog label, the layer and the field."""
        targets = params.cohort_targets(self, parameters, context)
        if not targets:
            return []
        missing = [f for f, _ in targets if source.fields().lookupField(f) < 0]
        if missing:
            raise QgsProcessingException(self.trn(
                "{0}: %n field(s) not in layer {1}: {2}. Name fields of that layer with the people of each "
                "age band.", len(missing)).format(self.label("TARGETS"), layer_io.layer_label(self, "UNITS", source),
                                                  ", ".join(f"'{f}'" for f in missing)))
        return targets

    def _required(self, units, demand, targets):
        """Places the targets per age band ask for in each unit (NULL-demand units: 0,
        they are left out of every figure); a NULL band count elsewhere is an error."""
        counts = np.column_stack([units.numeric[f] for f, _ in targets])
        for k, (field, _) in enumerate(targets):
            params.check_non_negative(counts[np.isfinite(counts[:, k]), k], field, units.layer_name)
            n_null = int((np.isnan(counts[:, k]) & np.isfinite(demand)).sum())
            if n_null:
                raise QgsProcessingException(self.trn(
                    "Field '{0}' of layer {1} has %n NULL value(s) in units with demand: the places the targets "
                    "per age band ask for are unknown there. Fill or filter them first.", n_null).format(
                    field, units.layer_name))
        counts = np.where(np.isfinite(counts), counts, 0.0)
        return params.kernel_call(cohort_required, counts, [r for _, r in targets])

    def _unmet_groups(self, demand, col, target, groups, required=None):
        """The fewest districts holding 70% of the missing places (with a target and an
        access field) or of the people without a place: (k, share, names), or None."""
        if groups is None or ("ACCESS_FIELD" not in col and "UNMET_FIELD" not in col):
            return None
        codes, names = encode_groups(groups, missing="code")
        n = len(names)
        if "ACCESS_FIELD" in col:
            # the units in no district are one more group (code n), so that the share is one of
            # every missing place, those outside the districts included
            totals = summaries.district_totals(np.where(codes >= 0, codes, n), demand, col["ACCESS_FIELD"], n + 1,
                                               target=target if target > 0 else None, required=required)
            if target > 0 or required is not None:  # the sentence then speaks of the missing places
                per_district = totals["shortfall"]
            else:
                per_district = None if "UNMET_FIELD" in col else totals["unmet"]
        else:
            per_district = None
        if per_district is None:  # the layer's own unmet field, NULL-demand units left out as in key_figures
            k, held, idx = summaries.concentration_in_groups(
                np.where(np.isfinite(demand), col["UNMET_FIELD"], np.nan), codes, n)
        else:
            k, held, idx = summaries.concentration_in_groups(per_district, np.r_[np.arange(n), -1], n)
        return (k, held, [str(names[i]) for i in idx]) if k else None
