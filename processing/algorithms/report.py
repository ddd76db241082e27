"""caremap:report — a self-contained HTML report (and a PDF through a print layout) of a
care map: maps, charts, the key numbers in plain sentences, and the method used."""
import os
import tempfile
from datetime import date

import numpy as np
from qgis.core import (
    QgsProcessing,
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
from ...kernels.gaps import cohort_required, encode_groups
from .. import costs_io, layer_io, params, report_layout, report_svg, report_text
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm

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
        "Writes a self-contained HTML report (images inlined, opens in any browser, no "
        "internet needed) and optionally a PDF made with a QGIS print layout: maps of supply, "
        "demand, access, care deserts and priority with legends, scale bar and north arrow; "
        "charts (demand and accessible places by district, distribution of access with the "
        "policy target, coverage curve, Lorenz curve with Gini and Palma); the key numbers in "
        "plain sentences; and the method and parameters, so the result can be reproduced.\n\n"
        "UNITS is a result layer of CareMap (e.g. the units output of Care map in one run, or "
        "of Accessibility, Care gaps and Care deserts). Each optional field parameter names "
        "the field to use; left empty, the standard CareMap field is used when the layer has "
        "it (cost_nearest, access, covered, unmet, desert, priority), and the part of the "
        "report that needs it is left out otherwise. COHORT_LABEL, SERVICE_LABEL and "
        "MODE_LABEL make the sentences read naturally, e.g. 'children under 6', 'a childcare "
        "place', 'walk'. PARAMETERS is free text or JSON describing how the inputs were made.\n\n"
        "Text from the layers (district and facility names) is escaped: markup in the data is "
        "shown as text, never run."
    )

    PARAM_HELP = {
        "UNITS": QT_TRANSLATE_NOOP("CareMap", "A CareMap result layer of units with the indicators to report. Typical: the units output of caremap:carepipeline."),
        "DEMAND_FIELD": QT_TRANSLATE_NOOP("CareMap", "Numeric field of UNITS with the people of the cohort. Typical: care_demand."),
        "COST_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field with the cost in minutes to the nearest facility; empty = cost_nearest if the layer has it. Typical: empty."),
        "ACCESS_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field with the access in places per person; empty = access if the layer has it. Typical: empty."),
        "COVERED_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field that is 1 where the unit reaches a facility within the threshold, else 0; empty = covered if the layer has it. Typical: empty."),
        "UNMET_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field with the unmet demand in people; empty = unmet if the layer has it. Typical: empty."),
        "DESERT_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field that is 1 for a care desert, else 0; empty = desert if the layer has it. Typical: empty."),
        "PRIORITY_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field with the care priority index; empty = priority if the layer has it. Typical: empty."),
        "DISTRICT_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional field of UNITS naming each unit's district, for the charts by district; without it, DISTRICT_LAYER gives each unit the district it lies in. Typical: locality."),
        "DISTRICT_LAYER": QT_TRANSLATE_NOOP("CareMap", "Optional polygon layer of districts: when UNITS have no district field, each unit gets the district its point on surface lies in, for the charts by district. Typical: the localities or communes of the city."),
        "DISTRICT_LAYER_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field of DISTRICT_LAYER with the district names. Typical: the locality name."),
        "SUPPLY": QT_TRANSLATE_NOOP("CareMap", "Optional layer of care facilities to draw on the supply map. Typical: the inventory output of caremap:carepipeline."),
        "CAPACITY_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional numeric field of SUPPLY with the places of each facility. Typical: capacity_fde."),
        "THRESHOLD": QT_TRANSLATE_NOOP("CareMap", "Travel-time threshold in minutes that the analysis used, quoted in the sentences and charts. Typical: 20 minutes."),
        "TARGET": QT_TRANSLATE_NOOP("CareMap", "Policy target in places per person, drawn on the access chart (0 = none). Typical: 0.333."),
        "TARGETS": QT_TRANSLATE_NOOP("CareMap", "Optional targets per age band, as field:ratio items separated by ';', each field a count of people of that band in UNITS; the places needed are the sum of ratio x count, replacing TARGET. Typical: 'p_0_3:0.5;p_4_5:1.0' (Brazil's PNE: 50% of children 0-3 in crèche, 100% of 4-5 in pre-school)."),
        "TITLE": QT_TRANSLATE_NOOP("CareMap", "Title of the report. Typical: 'Childcare in Ciudad Demo'."),
        "COHORT_LABEL": QT_TRANSLATE_NOOP("CareMap", "Who the demand is, in the plural, as the report's sentences will read it. Typical: 'children under 6'."),
        "SERVICE_LABEL": QT_TRANSLATE_NOOP("CareMap", "What the service is, as the report's sentences will read it. Typical: 'a childcare place'."),
        "MODE_LABEL": QT_TRANSLATE_NOOP("CareMap", "Travel mode, as the report's sentences will read it. Typical: 'walk'."),
        "PARAMETERS": QT_TRANSLATE_NOOP("CareMap", "Free text or JSON describing how the inputs were made, printed in the method section so the result can be reproduced. Typical: the parameters of the accessibility run."),
        "OUTPUT_HTML": QT_TRANSLATE_NOOP("CareMap", "Self-contained HTML report (maps, charts, key numbers, method), to open in any browser."),
        "OUTPUT_PDF": QT_TRANSLATE_NOOP("CareMap", "Optional PDF of the report, made with a QGIS print layout."),
        "SHARE_BEYOND": QT_TRANSLATE_NOOP("CareMap", "Share (0 to 1) of the demand beyond THRESHOLD of the nearest facility (or not covered); None when there is no demand or no cost or covered field."),
        "UNMET": QT_TRANSLATE_NOOP("CareMap", "People without a place: the sum of the unmet field, or of max(0, demand - places) from access; None without them."),
        "DESERT_SHARE": QT_TRANSLATE_NOOP("CareMap", "Share (0 to 1) of the demand living in care deserts; None without a desert field or demand."),
    }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "UNITS", self.tr("Care map units (result layer)"),
            [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            "DEMAND_FIELD", self.tr("Demand field (people of the cohort)"), "care_demand", "UNITS",
            QgsProcessingParameterField.DataType.Numeric))
        for name, default in OPTIONAL_FIELDS:
            label = {
                "COST_FIELD": self.tr("Cost to the nearest facility field (minutes)"),
                "ACCESS_FIELD": self.tr("Access field (places per person)"),
                "COVERED_FIELD": self.tr("Covered field (0/1)"),
                "UNMET_FIELD": self.tr("Unmet demand field"),
                "DESERT_FIELD": self.tr("Care desert field (0/1)"),
                "PRIORITY_FIELD": self.tr("Priority index field"),
            }[name]
            self.addParameter(QgsProcessingParameterField(
                name, label, default, "UNITS", QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            "DISTRICT_FIELD", self.tr("District field"), "district", "UNITS", optional=True))
        params.add_district_layer_parameters(self, summary_output=False)
        self.addParameter(QgsProcessingParameterFeatureSource(
            "SUPPLY", self.tr("Care facilities"), [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(
            "CAPACITY_FIELD", self.tr("Facility capacity field"), "capacity_fde", "SUPPLY",
            QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "THRESHOLD", self.tr("Travel-time threshold (minutes)"), QgsProcessingParameterNumber.Type.Double,
            20.0, minValue=0.0))
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
        self.addParameter(QgsProcessingParameterString(
            "PARAMETERS", self.tr("Method and parameters (text or JSON)"), "", multiLine=True, optional=True))
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
        threshold = self.parameterAsDouble(parameters, "THRESHOLD", context)
        if not threshold > 0:
            raise QgsProcessingException(self.tr(
                "{0} is {1:g}: the report counts the people within this travel time and quotes it in its "
                "sentences and charts, so it must be above 0. Give the threshold the analysis used (e.g. 20 "
                "minutes).").format(self.label("THRESHOLD"), threshold))
        source = layer_io.get_source(self, parameters, "UNITS", context)
        layer_name = self._layer_name(parameters, context, source)
        demand_field = self.parameterAsString(parameters, "DEMAND_FIELD", context)
        chosen = self._fields(parameters, context, source.fields(), layer_name)
        district = self.parameterAsString(parameters, "DISTRICT_FIELD", context)
        unit_text, companions = costs_io.cost_companions(source) if "COST_FIELD" in chosen else ([], [])
        targets = self._targets(parameters, context, source)
        units = layer_io.read_points(self, parameters, "UNITS", context, feedback,
                                     numeric=list(dict.fromkeys([demand_field] + list(chosen.values()) + companions
                                                                + [f for f, _ in targets])),
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
            feedback.pushWarning(self.tr(
                "{0} unit(s) of layer {1} have no value (NULL) in field '{2}': they are left out of every "
                "figure of the report.").format(fig["units_null_demand"], layer_name, demand_field))
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
        labels["TARGETS"] = ", ".join(self.tr("{0} of {1}").format(QLocale().toString(100.0 * r, "g", 4) + "%", f)
                                      for f, r in targets)
        self.check_canceled(feedback)
        feedback.setProgress(20)

        sentences = report_text.sentences(fig, threshold, target, labels, demand_field)
        for s in sentences:
            feedback.pushInfo(s)
        charts = self._charts(units, demand, col, groups, threshold, target, labels)
        feedback.setProgress(40)

        unit_layer = self.parameterAsVectorLayer(parameters, "UNITS", context)
        supply_layer = self.parameterAsVectorLayer(parameters, "SUPPLY", context) if parameters.get("SUPPLY") else None
        capacity = self.parameterAsString(parameters, "CAPACITY_FIELD", context)
        html_path = self.parameterAsFileOutput(parameters, "OUTPUT_HTML", context)
        pdf_path = self.parameterAsFileOutput(parameters, "OUTPUT_PDF", context) if parameters.get("OUTPUT_PDF") else ""
        with tempfile.TemporaryDirectory() as tmp:
            svg_files = []
            for k, (_, svg) in enumerate(charts):
                p = os.path.join(tmp, f"chart{k}.svg")
                with open(p, "w", encoding="utf-8") as fh:
                    fh.write(svg)
                svg_files.append(p)
            layout, n_maps = self._layout(unit_layer, supply_layer, capacity, demand_field, chosen,
                                          labels, sentences, svg_files)
            self.check_canceled(feedback)
            images = []
            for k in range(n_maps):
                images.append(report_layout.page_png(layout, k))
                self.check_canceled(feedback)
                feedback.setProgress(40 + 40 * (k + 1) / max(n_maps, 1))
            if pdf_path:
                if not report_layout.export_pdf(layout, pdf_path):
                    raise QgsProcessingException(self.tr("Could not write the PDF report {0}.").format(pdf_path))
        html = report_text.html_page(labels, sentences, fig, images, charts, units.layer_name, threshold,
                                     target)
        os.makedirs(os.path.dirname(os.path.abspath(html_path)), exist_ok=True)
        with open(html_path, "w", encoding="utf-8") as fh:
            fh.write(html)
        results = {"OUTPUT_HTML": html_path, "SHARE_BEYOND": self.figure(fig["share_beyond"]),
                   "UNMET": self.figure(fig["people_without_place"]), "DESERT_SHARE": self.figure(fig["desert_share"])}
        if pdf_path:
            results["OUTPUT_PDF"] = pdf_path
        return results

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
            raise QgsProcessingException(self.tr(
                "{0}: field(s) {1} are not in layer {2}. Name fields of that layer with the people of each age "
                "band.").format(self.label("TARGETS"), ", ".join(f"'{f}'" for f in missing),
                               layer_io.layer_label(self, "UNITS", source)))
        return targets

    def _required(self, units, demand, targets):
        """Places the targets per age band ask for in each unit (NULL-demand units: 0,
        they are left out of every figure); a NULL band count elsewhere is an error."""
        counts = np.column_stack([units.numeric[f] for f, _ in targets])
        for k, (field, _) in enumerate(targets):
            params.check_non_negative(counts[np.isfinite(counts[:, k]), k], field, units.layer_name)
            n_null = int((np.isnan(counts[:, k]) & np.isfinite(demand)).sum())
            if n_null:
                raise QgsProcessingException(self.tr(
                    "Field '{0}' of layer {1} has {2} NULL value(s) in units with demand: the places the targets "
                    "per age band ask for are unknown there. Fill or filter them first.").format(
                    field, units.layer_name, n_null))
        counts = np.where(np.isfinite(counts), counts, 0.0)
        return params.kernel_call(cohort_required, counts, [r for _, r in targets])

    def _unmet_groups(self, demand, col, target, groups, required=None):
        """The fewest districts holding 70% of the missing places (with a target and an
        access field) or of the people without a place: (k, share, names), or None."""
        if groups is None or ("ACCESS_FIELD" not in col and "UNMET_FIELD" not in col):
            return None
        codes, names = encode_groups(groups, missing="code")
        keep = codes >= 0
        if "ACCESS_FIELD" in col:
            totals = summaries.district_totals(codes[keep], demand[keep], col["ACCESS_FIELD"][keep], len(names),
                                               target=target if target > 0 else None,
                                               required=required[keep] if required is not None else None)
            with_target = target > 0 or required is not None
            per_district = totals["shortfall"] if with_target and "UNMET_FIELD" not in col else totals["unmet"]
            if "UNMET_FIELD" in col and not with_target:
                per_district = None
        else:
            per_district = None
        if per_district is None:  # the layer's own unmet field
            k, held, idx = summaries.concentration_in_groups(col["UNMET_FIELD"], codes, len(names))
        else:
            k, held, idx = summaries.concentration_in_groups(per_district, np.arange(len(names)), len(names))
        return (k, held, [str(names[i]) for i in idx]) if k else None

    # ------------------------------------------------------------------ charts
    def _charts(self, units, demand, col, groups, threshold, target, labels):
        cohort = labels["COHORT_LABEL"]
        charts = []
        access = col.get("ACCESS_FIELD")
        if groups is not None:
            codes, names = encode_groups(groups, missing="code")
            names = [str(n) for n in names]
            keep = codes >= 0
            totals = summaries.district_totals(
                codes[keep], demand[keep], access[keep] if access is not None else np.zeros(int(keep.sum())),
                len(names))
            charts.append((self.tr("Demand and accessible places by district"), report_svg.bar_chart(
                self.tr("Demand and accessible places by district"), names, [totals["demand"], totals["places"]],
                [self.tr("demand ({0})").format(cohort), self.tr("accessible places")], self.tr("people"))))
        if access is not None:
            edges, counts = summaries.histogram(access, demand, bins=20)
            charts.append((self.tr("Distribution of access"), report_svg.histogram_chart(
                self.tr("Distribution of access"), counts, edges, self.tr("places per person"),
                self.tr("people"), target if target > 0 else None, self.tr("policy target"))))
        cost = col.get("COST_FIELD")
        if cost is not None:
            minutes, curve = summaries.coverage_curve(cost, demand)
            if minutes.size > 1 and np.isfinite(curve).all():  # no demand or no cost: said in words
                charts.append((self.tr("Coverage curve"), report_svg.line_chart(
                    self.tr("Share of demand that reaches a facility"), minutes, [curve],
                    [self.tr("share within the time")], self.tr("minutes to the nearest facility"),
                    self.tr("share of demand"), ymax=1.0, xticks=summaries.nice_ticks(minutes[-1]),
                    vline=threshold, vline_label=self.tr("{0:g} min").format(threshold))))
        if access is not None:
            lorenz = summaries.lorenz_summary(access, demand)
            if np.isfinite(lorenz["gini"]):
                charts.append((self.tr("Lorenz curve of access"), report_svg.line_chart(
                    self.tr("Lorenz curve of access"), lorenz["population_share"], [lorenz["access_share"]],
                    [self.tr("share of access")], self.tr("share of demand (lowest access first)"),
                    self.tr("share of access"), ymax=1.0, diagonal=True,
                    note=self.tr("Gini {0} · Palma {1}").format(
                        report_text.dec(lorenz["gini"]),
                        report_text.dec(lorenz["palma"]) if np.isfinite(lorenz["palma"])
                        else self.tr("undefined (the 40% with the least access have none)")))))
        return charts

    # ------------------------------------------------------------------ maps
    def _layout(self, unit_layer, supply_layer, capacity, demand_field, chosen, labels, sentences, svg_files):
        crs = unit_layer.crs()
        project = report_layout.report_project(crs)
        self._project = project  # the layout and its layers live as long as the algorithm
        base = report_layout.styled(unit_layer, report_layout.background(unit_layer), self.tr("Units"))
        project.addMapLayer(base)
        maps = []

        def add(title, layer, note=""):
            project.addMapLayer(layer)
            maps.append((title, [layer, base] if layer is not base else [base], note))

        if supply_layer is not None:
            sup = supply_layer.clone()
            sup.setName(self.tr("Care facilities"))
            if capacity and sup.fields().lookupField(capacity) >= 0:
                sup.setRenderer(report_layout.sized_points(sup, capacity))
                sup.setName(self.tr("Care facilities by capacity ({0})").format(capacity))
            project.addMapLayer(sup)
            maps.append((self.tr("Supply of care"), [sup, base], ""))
        add(self.tr("Demand for care"), report_layout.styled(
            unit_layer, report_layout.graduated(unit_layer, demand_field, "Viridis"),
            self.tr("Demand: {0} ({1})").format(labels["COHORT_LABEL"], demand_field)))
        if "ACCESS_FIELD" in chosen:
            add(self.tr("Access to care"), report_layout.styled(
                unit_layer, report_layout.graduated(unit_layer, chosen["ACCESS_FIELD"], "Viridis"),
                self.tr("Access (places per person)")))
        elif "COST_FIELD" in chosen:
            add(self.tr("Time to the nearest service"), report_layout.styled(
                unit_layer, report_layout.graduated(unit_layer, chosen["COST_FIELD"], "Viridis", invert=True),
                self.tr("Minutes to the nearest service")))
        if "DESERT_FIELD" in chosen:
            add(self.tr("Care deserts"), report_layout.styled(unit_layer, report_layout.categorized(
                chosen["DESERT_FIELD"], [(0, "#e0e0e0", self.tr("not a care desert")),
                                         (1, "#D55E00", self.tr("care desert"))]),
                self.tr("Care deserts")), self.tr("Care desert = high demand and low access."))
        if "PRIORITY_FIELD" in chosen:
            add(self.tr("Care priority index"), report_layout.styled(
                unit_layer, report_layout.graduated(unit_layer, chosen["PRIORITY_FIELD"], "Magma", invert=True),
                self.tr("Priority index (0-1, quintiles)")))
        text = "<h2>{0}</h2><ul>{1}</ul>".format(
            esc(labels["TITLE"]), "".join(f"<li>{esc(s)}</li>" for s in sentences))
        if labels["PARAMETERS"]:
            text += "<h3>{0}</h3><pre>{1}</pre>".format(esc(self.tr("Method and parameters")), esc(labels["PARAMETERS"]))
        extent = unit_layer.extent()
        extent.scale(1.03)
        layout = report_layout.build_layout(project, labels["TITLE"], maps, extent, crs, text, svg_files,
                                            footer=self.tr("CareMap · {0}").format(date.today().isoformat()))
        self._layout_ref = layout
        return layout, len(maps)
