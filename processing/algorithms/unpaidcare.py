"""caremap:unpaidcare — unpaid care hours per unit, their value, and the hours services free.

Thin adapter over kernels.unpaid; the service reach uses the cost parameters of
caremap:accessibility (helpers shared with caremap:siting).
"""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...kernels import costs as kcosts
from ...kernels import time_figures
from ...kernels import unpaid as kunpaid
from .. import cost_params, costs_io
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm
from ..cost_params import advanced
from ..costs_io import demand_weights, origin_of, source_given
from ..layer_io import layer_label, read_points, read_table, write_with_fields
from ..params import check_non_negative


class UnpaidCareAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "unpaidcare"
    DISPLAY_NAME = "Unpaid care work"
    GROUP_ID = "planning"
    TAGS = "unpaid care,time use,women,replacement cost,opportunity cost,valuation,hours freed"
    HELP = (
        "How many hours of unpaid care do households give, who gives them, what are they worth, and how "
        "many hours would care services free? From the population of each unit by sex and age band and a "
        "time-use table (the average weekly hours of unpaid care per person, e.g. from a national time-use "
        "survey), it estimates the hours per unit and their value; with care services, the hours they take "
        "over.\n\n"
        "How to read the results:\n"
        "- Unpaid care work: the units with unpaid_week and unpaid_year (hours of unpaid care a week and a "
        "year), women_week (the hours done by women) and women_share (0 to 1), value_replacement (the "
        "yearly hours at the hourly wage of a care worker, in the wage's currency); with the women's and "
        "men's wages also value_opportunity (what the carers would earn instead); with a local GDP also "
        "gdp_share; with care services also hours_freed_week (hours a week the services take over in the "
        "unit) and freed_share (their share of the unit's unpaid hours).\n"
        "- Figures: the totals of hours, the women's share and the values.\n\n"
        "Example: a block with 100 women and 90 men aged 18-64, who give 34.8 and 13.9 hours a week: "
        "100 x 34.8 + 90 x 13.9 = 4,731 hours a week, 73.6% by women, 246,012 hours a year; at 2.5 dollars "
        "an hour that is worth 615,030 dollars a year. A centre with 100 places open 50 hours a week, each "
        "place-hour replacing half an hour of household care, frees 100 x 50 x 0.5 = 2,500 hours a week, "
        "shared among the blocks within its reach. In the demo city: about 23.4 million hours a week, 73% "
        "by women, worth about 3.05 billion dollars a year at 2.5 dollars an hour.\n\n"
        "Good to know:\n"
        "- Population fields are found by name (f_18_64 for women aged 18-64; the band 18-64 or 18_64), or "
        "as given in 'Band to field mapping'; a time-use row without a population field is not counted "
        "(a warning lists them).\n"
        "- A unit with a NULL population gets NULL hours and is left out of the totals (counted in a "
        "warning).\n"
        "- The hours a service frees are shared among the units within the service reach only: hours of a "
        "service that reaches no unit are not counted (the log says how many).\n"
        "- With the services' opening hours (e.g. 'Mo-Fr 07:00-13:00' = 30 hours a week), the hours freed "
        "count only the hours each service is open: 10 places open Monday to Friday 07:00-13:00 free 10 x "
        "30 x 0.5 = 150 hours a week, not 10 x 40 x 0.5 = 200. A service with empty or unreadable hours "
        "keeps the hours open per week given otherwise."
    )

    PARAM_HELP = {
        "INPUT": QT_TRANSLATE_NOOP("CareMap", "Layer of units (points or polygons) with population fields by sex and age band. Typical: census blocks with f_18_64, m_18_64 and similar fields."),
        "TIME_USE": QT_TRANSLATE_NOOP("CareMap", "Table of average weekly hours of unpaid care per person by sex and age band, e.g. from a national time-use survey. Typical: a CSV with sex, age_band, weekly_hours."),
        "SEX_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field of the time-use table with the sex (e.g. f, m). Typical: sex."),
        "AGE_BAND_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field of the time-use table with the age band in years (e.g. 18-64). Typical: age_band."),
        "HOURS_FIELD": QT_TRANSLATE_NOOP("CareMap", "Numeric field of the time-use table with the average weekly hours of unpaid care per person. Typical: weekly_hours."),
        "BAND_FIELDS": QT_TRANSLATE_NOOP("CareMap", "Which population field of the units holds each sex and age band, as sex:band=field items separated by ';'; empty = found by field name (f_18_64). Typical: 'f:18-64=women_18_64; m:18-64=men_18_64'."),
        "WAGE": QT_TRANSLATE_NOOP("CareMap", "Hourly wage of a paid care worker in local currency, for the replacement-cost value. Typical: the minimum wage per hour."),
        "WEEKS_PER_YEAR": QT_TRANSLATE_NOOP("CareMap", "Weeks per year used to turn weekly hours into yearly hours. Typical: 52."),
        "WAGE_WOMEN": QT_TRANSLATE_NOOP("CareMap", "Optional average hourly wage of women (local currency), for the opportunity-cost value of women's hours. Typical: from the labour force survey."),
        "WAGE_MEN": QT_TRANSLATE_NOOP("CareMap", "Optional average hourly wage of men (local currency), for the opportunity-cost value of men's hours. Typical: from the labour force survey."),
        "GDP": QT_TRANSLATE_NOOP("CareMap", "Optional local GDP per year in the same currency as the care worker's wage, to express the value as a share of GDP. Typical: the city's GDP."),
        "SERVICES": QT_TRANSLATE_NOOP("CareMap", "Optional point layer of care services (existing or new sites) whose hours free household care time. Typical: the new sites of CareMap's siting."),
        "SERVICE_CAPACITY_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional numeric field of the care services with the places of each one; empty = 'Places per service' for every service. Typical: capacity_fde, or capacity."),
        "PLACES": QT_TRANSLATE_NOOP("CareMap", "Places of each service when no places field is chosen. Typical: 50 places."),
        "SERVICE_HOURS_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional numeric field of the care services with the hours each one is open per week; empty = 'Hours open per week' for every service. Typical: empty."),
        "SERVICE_OPENING_HOURS_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional text field of the care services with their opening hours in OpenStreetMap's form (e.g. 'Mo-Fr 07:00-19:00; Sa 08:00-12:00'); the hours a week each service is open then come from its schedule, so the hours freed count only the hours it is open. A service whose hours are empty, or not understood (named in a warning), keeps the hours open per week given otherwise. Typical: opening_hours."),
        "HOURS_OPEN": QT_TRANSLATE_NOOP("CareMap", "Hours each service is open per week when no hours field is chosen. Typical: 40 hours (8 hours, 5 days)."),
        "SUBSTITUTION": QT_TRANSLATE_NOOP("CareMap", "Hours of household care replaced by one place open for one hour (0-1). Typical: 0.5."),
        "SERVICE_DEMAND_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional numeric field of the units by which the hours freed by a service are shared among the units within its reach; empty = the units' unpaid hours. Typical: children 0-5."),
        "THRESHOLD": QT_TRANSLATE_NOOP("CareMap", "Reach of a service in the cost unit, inclusive: only units within it share the hours it frees. Typical: 10 minutes walking."),
        "OUTPUT": QT_TRANSLATE_NOOP("CareMap", "The units with unpaid_week, unpaid_year, women_week, women_share, value_replacement (and value_opportunity, gdp_share, hours_freed_week, freed_share when asked)."),
        "WEEKLY_HOURS": QT_TRANSLATE_NOOP("CareMap", "Unpaid care hours per week in all units."),
        "YEARLY_HOURS": QT_TRANSLATE_NOOP("CareMap", "Unpaid care hours per year in all units (weekly hours x weeks per year)."),
        "WOMEN_SHARE": QT_TRANSLATE_NOOP("CareMap", "Share (0 to 1) of the unpaid care hours done by women; None when there are no hours."),
        "REPLACEMENT_VALUE": QT_TRANSLATE_NOOP("CareMap", "Value per year of the unpaid care hours at the wage of a paid carer (replacement cost)."),
        "OPPORTUNITY_VALUE": QT_TRANSLATE_NOOP("CareMap", "Value per year at the wages the carers would earn (the women's and men's wages); None without them."),
        "GDP_SHARE": QT_TRANSLATE_NOOP("CareMap", "Replacement value as a share of GDP; None without GDP."),
        "HOURS_FREED": QT_TRANSLATE_NOOP("CareMap", "Hours of unpaid care per week the care services would free; None without services."),
    }

    def initAlgorithm(self, config=None):
        S = QgsProcessing.SourceType
        Num = QgsProcessingParameterNumber.Type.Double
        # what: the units and the time-use table; how much: the wage; the services, their
        # reach (how far) and the costs (how); the rest is advanced
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", self.tr("Units with population by sex and age"), [S.TypeVectorPoint, S.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "TIME_USE", self.tr("Time-use table (sex, age_band, weekly_hours)"), [S.TypeVector]))
        for name, label, default in (("SEX_FIELD", "Sex field", "sex"),
                                     ("AGE_BAND_FIELD", "Age band field", "age_band"),
                                     ("HOURS_FIELD", "Weekly hours field", "weekly_hours")):
            self.addParameter(QgsProcessingParameterField(name, self.tr(label), defaultValue=default,
                                                          parentLayerParameterName="TIME_USE"))
        self.addParameter(advanced(QgsProcessingParameterString(
            "BAND_FIELDS", self.tr("Band to field mapping (sex:band=field; ...), empty = by field name"),
            optional=True, multiLine=True)))
        self.addParameter(QgsProcessingParameterNumber("WAGE", self.tr("Hourly wage of a care worker"), Num,
                                                       minValue=0.0))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            "WEEKS_PER_YEAR", self.tr("Weeks per year"), Num, 52.0, minValue=0.0, maxValue=53.0)))
        for name, label in (("WAGE_WOMEN", "Women's average hourly wage (opportunity cost)"),
                            ("WAGE_MEN", "Men's average hourly wage (opportunity cost)"),
                            ("GDP", "Local GDP per year (same currency)")):
            self.addParameter(advanced(QgsProcessingParameterNumber(name, self.tr(label), Num, optional=True,
                                                                    minValue=0.0)))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "SERVICES", self.tr("Care services (existing or new sites)"), [S.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(
            "SERVICE_CAPACITY_FIELD", self.tr("Places field"), parentLayerParameterName="SERVICES",
            type=QgsProcessingParameterField.DataType.Numeric, optional=True, defaultValue="capacity_fde"))
        self.addParameter(QgsProcessingParameterNumber(
            "PLACES", self.tr("Places per service (when no places field)"), Num, 50.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            "HOURS_OPEN", self.tr("Hours open per week (when no field)"), Num, 40.0, minValue=0.0, maxValue=168.0))
        self.addParameter(advanced(QgsProcessingParameterField(
            "SERVICE_HOURS_FIELD", self.tr("Hours open per week field"), parentLayerParameterName="SERVICES",
            type=QgsProcessingParameterField.DataType.Numeric, optional=True)))
        self.addParameter(advanced(QgsProcessingParameterField(
            "SERVICE_OPENING_HOURS_FIELD", self.tr("Opening hours field (e.g. Mo-Fr 08:00-17:00)"),
            parentLayerParameterName="SERVICES", type=QgsProcessingParameterField.DataType.Any, optional=True)))
        self.addParameter(QgsProcessingParameterNumber(
            "SUBSTITUTION", self.tr("Substitution rate (household care hours replaced per place-hour)"), Num, 0.5,
            minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            "THRESHOLD", self.tr("Service reach (in the cost unit, inclusive)"), Num,
            kcosts.DEFAULT_THRESHOLD_MINUTES, minValue=0.0))
        self.addParameter(advanced(QgsProcessingParameterField(
            "SERVICE_DEMAND_FIELD", self.tr("Field to share service hours by (empty = unpaid hours)"),
            parentLayerParameterName="INPUT", type=QgsProcessingParameterField.DataType.Numeric, optional=True)))
        cost_params.add_cost_parameters(self, demand_param="INPUT", supply_param="SERVICES", id_fields=True)
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Unpaid care work")))
        for name, label in (("WEEKLY_HOURS", "Unpaid care hours per week"),
                            ("YEARLY_HOURS", "Unpaid care hours per year"),
                            ("WOMEN_SHARE", "Women's share of unpaid care hours"),
                            ("REPLACEMENT_VALUE", "Replacement-cost value per year"),
                            ("OPPORTUNITY_VALUE", "Opportunity-cost value per year"),
                            ("GDP_SHARE", "Value as a share of GDP"),
                            ("HOURS_FREED", "Hours freed per week by the services")):
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(label)))

    def _rates(self, parameters, context, feedback):
        names = [self.parameterAsString(parameters, n, context) for n in ("SEX_FIELD", "AGE_BAND_FIELD", "HOURS_FIELD")]
        # read every column as text: a CSV opened without type detection has string columns
        tab = read_table(self, parameters, "TIME_USE", context, feedback, text=names)
        hours = []
        for v in tab.text[names[2]]:
            try:
                hours.append(float(str(v).replace(",", ".")) if v not in (None, "") else float("nan"))
            except ValueError:
                self.fail(self.tr("Time-use table {0}: weekly hours value '{1}' in field '{2}' is not a number.")
                          .format(tab.layer_name, v, names[2]))
        try:
            return kunpaid.time_use_rates(tab.text[names[0]], tab.text[names[1]], hours), tab
        except ValueError as err:
            self.fail(self.tr("Time-use table {0}: {1}").format(tab.layer_name, err))

    def processAlgorithm(self, parameters, context, feedback):
        rates, tab = self._rates(parameters, context, feedback)
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            self.fail(self.invalidSourceError(parameters, "INPUT"))
        field_names = source.fields().names()
        text = self.parameterAsString(parameters, "BAND_FIELDS", context)
        try:
            mapping = kunpaid.parse_band_mapping(text)
        except ValueError as err:
            self.fail(self.tr("{0}: {1}").format(self.label("BAND_FIELDS"), err))
        if mapping:
            missing = [k for k in mapping if k not in rates]
            if missing:
                self.fail(self.tr("Time-use table {0} has no row for sex '{1}', age band '{2}' (used in {3} for "
                                  "field '{4}'): add the row to the table or correct the band.").format(
                    tab.layer_name, missing[0][0], missing[0][1], self.label("BAND_FIELDS"), mapping[missing[0]]))
        else:
            mapping = kunpaid.default_band_mapping(rates, field_names)
            if not mapping:
                self.fail(self.tr("No field of layer {0} is named like a time-use row (e.g. '{1}'): say which field "
                                  "holds each sex and age band in {2}.").format(
                    layer_label(self, "INPUT", source), "f_" + next(iter(rates))[1].replace("-", "_"), self.label("BAND_FIELDS")))
            unmatched = [f"{s}:{b}" for (s, b) in rates if (s, b) not in mapping]
            if unmatched:
                feedback.pushWarning(self.tr("Time-use rows without a population field (not counted): {0}")
                                     .format(", ".join(unmatched)))
        feedback.pushInfo(self.tr("Population fields: {0}").format(
            "; ".join(f"{s}:{b}={f}" for (s, b), f in mapping.items())))
        sd_field = self.parameterAsString(parameters, "SERVICE_DEMAND_FIELD", context)
        did = self.parameterAsString(parameters, "DEMAND_ID_FIELD", context)
        numeric = list(dict.fromkeys(list(mapping.values()) + ([sd_field] if sd_field else [])))
        pts = read_points(self, parameters, "INPUT", context, feedback, numeric=numeric,
                          text=[did] if did else [], allow_nulls=True)
        self.check_canceled(feedback)
        for f in dict.fromkeys(mapping.values()):
            values = pts.numeric[f]
            check_non_negative(values[np.isfinite(values)], f, pts.layer_name)
        wages = None
        if parameters.get("WAGE_WOMEN") is not None or parameters.get("WAGE_MEN") is not None:
            wages = {"f": self.parameterAsDouble(parameters, "WAGE_WOMEN", context),
                     "m": self.parameterAsDouble(parameters, "WAGE_MEN", context)}
        gdp = self.parameterAsDouble(parameters, "GDP", context) if parameters.get("GDP") else None
        try:
            res = kunpaid.unpaid_care_work({k: pts.numeric[f] for k, f in mapping.items()}, rates,
                                           self.parameterAsDouble(parameters, "WAGE", context),
                                           self.parameterAsDouble(parameters, "WEEKS_PER_YEAR", context),
                                           wages, gdp)
        except ValueError as err:
            self.fail(self.tr("Unpaid care in layer {0}: {1}").format(pts.layer_name, err))
        if res.totals["n_missing"]:
            feedback.pushWarning(self.trn("%n unit(s) of layer {0} with a NULL (or non-finite) population in {1}: "
                                          "NULL hours and values, left out of the totals.",
                                          res.totals["n_missing"]).format(
                pts.layer_name, ", ".join(dict.fromkeys(mapping.values()))))
        if res.totals["women_share"] is None:
            feedback.pushWarning(self.tr("Layer {0} has no unpaid care hours (every population or time-use rate "
                                         "is 0, or NULL): the women's share has no meaning and is left "
                                         "empty.").format(pts.layer_name))
        fields = {"unpaid_week": res.weekly_hours, "unpaid_year": res.yearly_hours,
                  "women_week": res.women_weekly_hours, "women_share": res.women_share,
                  "value_replacement": res.replacement_value}
        if res.opportunity_value is not None:
            fields["value_opportunity"] = res.opportunity_value
        if res.gdp_share is not None:
            fields["gdp_share"] = res.gdp_share
        outputs = {"WEEKLY_HOURS": res.totals["weekly_hours"], "YEARLY_HOURS": res.totals["yearly_hours"],
                   "WOMEN_SHARE": res.totals["women_share"], "REPLACEMENT_VALUE": res.totals["replacement_value"],
                   "OPPORTUNITY_VALUE": res.totals.get("opportunity_value"), "GDP_SHARE": res.totals.get("gdp_share"),
                   "HOURS_FREED": None}
        feedback.setProgress(40)
        if source_given(self, parameters, "SERVICES", context):
            freed = self._freed(parameters, context, feedback, pts, res, sd_field)
            fields["hours_freed_week"] = freed.freed_hours
            fields["freed_share"] = freed.freed_share
            outputs["HOURS_FREED"] = float(np.nansum(freed.freed_hours))
            feedback.pushInfo(self.tr("The services would free {0:,.0f} hours a week of unpaid care "
                                      "({1:,.0f} hours of services reach no unit).").format(
                outputs["HOURS_FREED"], freed.undistributed))
        self.check_canceled(feedback)
        if res.totals["women_share"] is not None:  # else the warning above says why there is none
            feedback.pushInfo(self.tr("{0:,.0f} hours of unpaid care a week, {1:.1%} by women; value {2:,.0f} a year.")
                              .format(res.totals["weekly_hours"], res.totals["women_share"],
                                      res.totals["replacement_value"]))
        outputs["OUTPUT"] = write_with_fields(self, parameters, "OUTPUT", context, feedback, pts, fields)
        return outputs

    def _freed(self, parameters, context, feedback, pts, res, sd_field):
        cap_f = self.parameterAsString(parameters, "SERVICE_CAPACITY_FIELD", context)
        hours_f = self.parameterAsString(parameters, "SERVICE_HOURS_FIELD", context)
        sid = self.parameterAsString(parameters, "SUPPLY_ID_FIELD", context)
        oh_f = self.parameterAsString(parameters, "SERVICE_OPENING_HOURS_FIELD", context)
        srv = read_points(self, parameters, "SERVICES", context, feedback,
                          numeric=[f for f in (cap_f, hours_f) if f],
                          text=[f for f in (sid, oh_f) if f], allow_nulls=True, target_crs=pts.crs)
        places = (srv.numeric[cap_f] if cap_f else
                  np.full(srv.n, self.parameterAsDouble(parameters, "PLACES", context)))
        if cap_f:
            check_non_negative(places, cap_f, srv.layer_name)
        n_null = int(np.isnan(places).sum())
        if n_null:
            feedback.pushWarning(self.trn("%n service(s) of layer {0} with a NULL (or non-finite) '{1}': no hours "
                                          "freed.", n_null).format(srv.layer_name, cap_f))
            places = np.where(np.isnan(places), 0.0, places)
        if not (places > 0).any():
            if cap_f:
                self.fail(self.tr("Every service in layer {0} has capacity 0 in field '{1}': no hours can be freed.")
                          .format(srv.layer_name, cap_f))
            self.fail(self.tr("{0} is 0: the services of layer {1} free no hours. Set the places per service above "
                              "0, or choose a places field.").format(self.label("PLACES"), srv.layer_name))
        hours = srv.numeric[hours_f] if hours_f else self.parameterAsDouble(parameters, "HOURS_OPEN", context)
        if hours_f:
            check_non_negative(hours, hours_f, srv.layer_name)
            n_null = int(np.isnan(hours).sum())
            if n_null:
                feedback.pushWarning(self.trn("%n service(s) of layer {0} with a NULL (or non-finite) '{1}': no "
                                              "hours freed.", n_null).format(srv.layer_name, hours_f))
                hours = np.where(np.isnan(hours), 0.0, hours)
        if oh_f:
            hours = self._scheduled_hours(srv, oh_f, hours, feedback)
        T = self.parameterAsDouble(parameters, "THRESHOLD", context)
        if not T > 0:
            self.fail(self.tr("{0} is {1:g}: no unit could share the hours a service frees. Set it above 0, e.g. {2:g} "
                              "minutes.").format(self.label("THRESHOLD"), T, kcosts.DEFAULT_THRESHOLD_MINUTES))
        costs = costs_io.site_costs(self, parameters, context, feedback, pts, np.c_[srv.x, srv.y], T,
                                    srv.text[sid] if sid else None,
                                    origin_of(srv, sid, self.label("SUPPLY_ID_FIELD")), all_pairs=True).costs
        share_by = demand_weights(self, pts, sd_field) if sd_field else res.weekly_hours
        try:
            return kunpaid.hours_freed(costs, share_by, places, hours,
                                       self.parameterAsDouble(parameters, "SUBSTITUTION", context),
                                       threshold=T, unpaid_weekly=res.weekly_hours)
        except ValueError as err:
            self.fail(self.tr("Services {0}: {1}").format(srv.layer_name, err))

    def _scheduled_hours(self, srv, field, fallback, feedback):
        """Hours a week each service is open from its opening hours
        (kernels.time_figures.weekly_hours_open); empty or not understood: ``fallback``."""
        hours, from_schedule, bad = time_figures.weekly_hours_open(srv.text[field], fallback)
        if len(bad):
            shown = sorted({str(srv.text[field][i]).strip() for i in bad})
            feedback.pushWarning(self.trn(
                "%n service(s) of layer {0} with opening hours in '{1}' that CareMap does not understand: they "
                "keep the hours open per week given otherwise: {2}. Write them like 'Mo-Fr 08:00-17:00; Sa "
                "09:00-12:00'.", len(bad)).format(
                    srv.layer_name, field, ", ".join(f"'{t}'" for t in shown[:5]) + (" ..." if len(shown) > 5 else "")))
        feedback.pushInfo(self.trn(
            "Hours open per week from the opening hours in '{0}' for %n service(s) of layer {1}; the others keep "
            "the hours open per week given otherwise.", int(from_schedule.sum())).format(field, srv.layer_name))
        return hours
