"""caremap:supplyinventory: merge facility layers from several sources into one clean
care supply inventory (thin adapter; the rules live in kernels/supply.py)."""
import numpy as np
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...kernels import community, osm_change, supply, survey_schema
from .. import layer_io, supply_io
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm
from ..cost_params import advanced
from .osmsupply import DEFAULT_TAGS, read_tag_table


class SupplyInventoryAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "supplyinventory"
    DISPLAY_NAME = "Care supply inventory"
    GROUP_ID = "supply"
    TAGS = "care,supply,facilities,inventory,deduplication,registry,crowd"
    HELP = (
        "Where is care offered, and how many places does each facility really have? This tool merges "
        "facility lists from several sources (the official registry, a survey, a crowd map, "
        "OpenStreetMap) into one clean inventory: one schema, junk and unwanted types removed, "
        "duplicates merged, missing capacities estimated, half-day places counted as half.\n\n"
        "How to read the results:\n"
        "- Care supply inventory (points): one row per facility with name, service_type, sphere "
        "(public, private, community...), target_group (children, older, disability, all), capacity "
        "(places), capacity_fde (full-day-equivalent places: a 4-hour, 5-day place counts 0.5), "
        "source, merged_sources and n_merged (the sources and number of records merged into it), "
        "capacity_imputed (0 = reported; 1 = estimated from the median of the same service type; 2 = "
        "from the median of all facilities; 3 = the default capacity; 4 = taken from a duplicate) and "
        "capacity_reported (the record's own value).\n"
        "- Rejected records (optional): the records left out, with reason (type_not_whitelisted, "
        "name_blacklisted, capacity_zero, duplicate) and duplicate_of (the inventory record it "
        "repeats), to check.\n"
        "- Community review (optional): each record of a field survey (the GeoPackage of 'Community field "
        "survey package', or a KoboToolbox / ODK CSV export) with status confirmed (a registry record of "
        "the same place agrees), new (no other source lists the place) or conflicting (a value differs: "
        "conflicts lists them, e.g. capacity: 25 here, 40 in the registry), verified (1 when the place was "
        "visited or confirmed by phone or a document) and inventory_id (its place in the inventory).\n"
        "- OpenStreetMap change file (optional): the new, verified places as an .osc file with the care "
        "tags, for a mapper to review and upload with JOSM; CareMap uploads nothing.\n\n"
        "Field surveys keep their provenance: every record of the inventory carries collector, "
        "survey_date and verification (empty for registry records). A record marked 'reported' (not "
        "checked) never replaces a value of another source: of two records of the same place it is never "
        "the one kept, and its values never fill another record's gaps; unchecked new places stay in the "
        "inventory, marked as such. A Kobo or ODK export is read by its column names (the geopoint's "
        "latitude and longitude columns, place/name...), so it needs no field mapping.\n\n"
        "Field mappings: one per facility layer, separated by '|'. Each says which field of the layer "
        "holds which inventory field (name=nombre,capacity=cupos); a value in quotes is the same for "
        "every record (sphere='community'). Start a mapping with its layer's name and a colon "
        "(crowd_facilities: x=lon,y=lat) and it goes to that layer whatever the order of the layers; "
        "mappings without a name go to the layers in the order shown in 'Facility layers'. Inventory "
        "fields not mapped are read from a field of the same name. A table without geometry (a CSV) "
        "needs its coordinates: x=lon,y=lat (longitude and latitude unless crs='EPSG:...' is added).\n\n"
        "Example: the demo city's registry (297 facilities), community survey (134) and crowd map "
        "(149) give 538 facilities: 14 records dropped by the type and name rules, 28 duplicates merged "
        "(297 + 134 + 149 - 14 - 28 = 538); 32 capacities estimated from their service type.\n\n"
        "Caveats: two records are merged only when they are within 'De-duplication distance' and their "
        "names are similar enough (after removing case, accents and common words such as 'jardin' or "
        "'centro'), so generic names ('Jardin Infantil') may stay apart: check the rejected records. "
        "A reported capacity of 0 is never estimated: such facilities are dropped unless you keep "
        "them. Missing hours per day and days per week count as 8 and 5 (a full-day place). The rules "
        "are in docs/methods.md."
    )

    PARAM_HELP = {
        "INPUTS": QT_TRANSLATE_NOOP("CareMap", "Facility layers to merge (points, polygons or tables with coordinates), from registries, surveys, crowd maps or OpenStreetMap. The picker lists them alphabetically; name each layer in its field mapping, or drag the layers into the order of the mappings. Typical: the official registry and a crowd-mapped layer."),
        "MAPPINGS": QT_TRANSLATE_NOOP("CareMap", "One mapping per facility layer, separated by '|'; each is inventory_field=layer_field items separated by commas, a value in quotes being the same for every record. Start a mapping with its layer's name and a colon to tie it to that layer; without names the mappings follow the order of the facility layers. Typical: 'community: name=nombre,capacity=cupos,sphere='community''."),
        "SOURCE_PRIORITY": QT_TRANSLATE_NOOP("CareMap", "Source names, most trusted first, separated by commas; decides which of two duplicates is kept. Typical: 'registry,survey,osm'."),
        "TYPE_WHITELIST": QT_TRANSLATE_NOOP("CareMap", "Service types to keep, separated by commas; empty = keep all. Typical: 'childcare,preschool'."),
        "NAME_BLACKLIST": QT_TRANSLATE_NOOP("CareMap", "Regular expression searched in the name (case and accents ignored); matching records are dropped. Typical: 'cerrad|closed|test'."),
        "DEDUP_DISTANCE": QT_TRANSLATE_NOOP("CareMap", "Largest distance in metres between two records that may be the same facility. Typical: 50 m."),
        "NAME_THRESHOLD": QT_TRANSLATE_NOOP("CareMap", "Smallest similarity (0-1) of the cleaned names for two close records to be merged; lower merges more. Typical: 0.8."),
        "DEFAULT_CAPACITY": QT_TRANSLATE_NOOP("CareMap", "Places given to a facility when no capacity is known at all, not even for its service type (0 = leave it at 0). Typical: 0, or the usual size of a care centre."),
        "KEEP_ZERO_CAPACITY": QT_TRANSLATE_NOOP("CareMap", "Keep facilities whose reported capacity is 0 (with 0 places) instead of dropping them; a 0 is never replaced by an estimate. Typical: unchecked."),
        "OUTPUT": QT_TRANSLATE_NOOP("CareMap", "The merged inventory with name, service_type, sphere, target_group, capacity, capacity_fde, capacity_imputed, merged_sources and n_merged."),
        "OUTPUT_REJECTED": QT_TRANSLATE_NOOP("CareMap", "Optional: the records dropped by the cleaning rules or as duplicates (with reason and duplicate_of), to check."),
        "N_FACILITIES": QT_TRANSLATE_NOOP("CareMap", "Number of facilities written to the inventory (after cleaning and de-duplication)."),
        "N_DUPLICATES": QT_TRANSLATE_NOOP("CareMap", "Number of records merged into another as duplicates (listed in the rejected records with duplicate_of)."),
        "N_REJECTED_RULES": QT_TRANSLATE_NOOP("CareMap", "Number of records dropped by the cleaning rules (service types not kept, names matching the blacklist, a reported capacity of 0)."),
        "OUTPUT_REVIEW": QT_TRANSLATE_NOOP("CareMap", "Optional: every field-survey record with its status (confirmed, new or conflicting), the values in conflict, whether it was verified and its inventory record, for the people who validate community data."),
        "OUTPUT_OSC": QT_TRANSLATE_NOOP("CareMap", "Optional: the new places that the survey verified, as an OpenStreetMap change file (.osc) with the care tags of the bundled tag table, to review and upload with JOSM. Typical: new_care_places.osc."),
        "N_CONFIRMED": QT_TRANSLATE_NOOP("CareMap", "Number of field-survey records that another source confirms with the same values."),
        "N_NEW": QT_TRANSLATE_NOOP("CareMap", "Number of field-survey records of places no other source lists."),
        "N_CONFLICTING": QT_TRANSLATE_NOOP("CareMap", "Number of field-survey records whose values differ from another source's record of the same place."),
    }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            "INPUTS", self.tr("Facility layers"), QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterString(
            "MAPPINGS", self.tr("Field mappings, one per layer, separated by |"), defaultValue="",
            optional=True, multiLine=True))
        self.addParameter(QgsProcessingParameterString(
            "SOURCE_PRIORITY", self.tr("Source priority (most trusted first, comma-separated)"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "TYPE_WHITELIST", self.tr("Service type whitelist (comma-separated, empty = all)"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "NAME_BLACKLIST", self.tr("Name blacklist (regular expression)"), defaultValue="",
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "DEFAULT_CAPACITY", self.tr("Capacity when none is known (0 = none)"),
            QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            "DEDUP_DISTANCE", self.tr("De-duplication distance (m)"),
            QgsProcessingParameterNumber.Type.Double, 50.0, minValue=0.0)))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            "NAME_THRESHOLD", self.tr("Name similarity threshold (0-1)"),
            QgsProcessingParameterNumber.Type.Double, 0.8, minValue=0.0, maxValue=1.0)))
        self.addParameter(advanced(QgsProcessingParameterBoolean(
            "KEEP_ZERO_CAPACITY", self.tr("Keep facilities with a reported capacity of 0"), False)))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Care supply inventory"), QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_REJECTED", self.tr("Rejected records (rules and duplicates)"),
            QgsProcessing.SourceType.TypeVectorPoint, optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_REVIEW", self.tr("Community review (confirmed, new, conflicting)"),
            QgsProcessing.SourceType.TypeVectorPoint, optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_OSC", self.tr("New verified places for OpenStreetMap (.osc)"),
            self.tr("OpenStreetMap change file (*.osc)"), optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("N_FACILITIES", self.tr("Facilities in the inventory")))
        self.addOutput(QgsProcessingOutputNumber("N_DUPLICATES", self.tr("Duplicates merged")))
        self.addOutput(QgsProcessingOutputNumber("N_REJECTED_RULES", self.tr("Records dropped by the cleaning rules")))
        self.addOutput(QgsProcessingOutputNumber("N_CONFIRMED", self.tr("Survey records confirmed")))
        self.addOutput(QgsProcessingOutputNumber("N_NEW", self.tr("Survey records of new places")))
        self.addOutput(QgsProcessingOutputNumber("N_CONFLICTING", self.tr("Survey records in conflict")))

    # ------------------------------------------------------------------ reading
    def _where(self, labels, cap_fields):
        """'layer A, field 'cap'; layer B, field 'cupos'' for messages about capacities."""
        return "; ".join(self.tr("layer {0}, field '{1}'").format(lab, cap_fields.get(lab) or "capacity")
                         for lab in labels)

    # ------------------------------------------------------------------ run
    def processAlgorithm(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, "INPUTS", context)
        if not layers:
            raise QgsProcessingException(self.tr("Choose at least one layer in {0}.").format(self.label("INPUTS")))
        mappings = supply_io.bind_mappings(layers, self.parameterAsString(parameters, "MAPPINGS", context),
                                           self.label("MAPPINGS"), self.label("INPUTS"), feedback)
        priority = [p.strip() for p in self.parameterAsString(parameters, "SOURCE_PRIORITY", context).split(",") if p.strip()]
        whitelist = [p.strip() for p in self.parameterAsString(parameters, "TYPE_WHITELIST", context).split(",") if p.strip()]
        blacklist = self.parameterAsString(parameters, "NAME_BLACKLIST", context).strip()
        distance = self.parameterAsDouble(parameters, "DEDUP_DISTANCE", context)
        threshold = self.parameterAsDouble(parameters, "NAME_THRESHOLD", context)
        default_cap = self.parameterAsDouble(parameters, "DEFAULT_CAPACITY", context) or None

        crs_holder = [None]
        xs, ys, parts, fids = [], [], [], []
        cap_fields = {}  # layer label -> the layer's own capacity field (None: no field)
        empty = []
        for k, (layer, text) in enumerate(zip(layers, mappings)):
            self.check_canceled(feedback)
            if layer.featureCount() == 0:
                empty.append(supply_io.layer_label(layer))
                feedback.pushWarning(self.tr("Layer {0} is empty: skipped, the other layers are merged.").format(
                    supply_io.layer_label(layer)))
                continue
            x, y, cols, fid, cap_fields[supply_io.layer_label(layer)] = supply_io.read_source(
                layer, text, crs_holder, context, feedback, self.label("MAPPINGS"))
            feedback.pushInfo(self.trn("Layer {0}: %n record(s).", len(x)).format(supply_io.layer_label(layer)))
            if len(x) == 0:
                feedback.pushWarning(self.tr("Layer {0} has no record with a location: skipped.").format(
                    supply_io.layer_label(layer)))
            xs.append(x)
            ys.append(y)
            parts.append(cols)
            fids.append(fid)
            feedback.setProgress(30.0 * (k + 1) / len(layers))
        if not parts:
            raise QgsProcessingException(self.tr(
                "Every facility layer is empty ({0}): there is nothing to merge. Choose layers that hold "
                "facilities.").format(", ".join(empty)))
        x, y = np.concatenate(xs), np.concatenate(ys)
        cols = {key: np.concatenate([p[key] for p in parts]) for key in parts[0]}
        src_fid = np.concatenate(fids)
        n = len(x)
        if n == 0:
            raise QgsProcessingException(self.trn(
                "No record of the layer(s) {0} has a location: map their coordinates (x=...,y=...) or choose "
                "layers with point or polygon geometry.", len(cap_fields)).format(", ".join(cap_fields)))
        for key in ("sphere", "target_group", "service_type", "verification"):
            cols[key] = np.array([None if v is None or not str(v).strip() else str(v).strip().lower()
                                  for v in cols[key]], dtype=object)
        survey = cols["survey"]
        verified = survey & survey_schema.is_verified(cols["verification"])
        if survey.any():
            feedback.pushInfo(self.trn("Field survey: %n record(s)", int(survey.sum())) + ", "
                              + self.trn("%n verified (visited, phone or document)", int(verified.sum())) + ".")
            unverified = int((survey & ~verified).sum())
            if unverified:
                feedback.pushWarning(self.trn(
                    "%n field-survey record(s) not verified (marked reported, or empty): they never replace a "
                    "value of another source, and new places among them stay marked as unverified.",
                    unverified))
        for key, allowed in (("sphere", supply.SPHERES), ("target_group", supply.TARGET_GROUPS)):
            odd = sorted({v for v in cols[key] if v is not None and v not in allowed})
            if odd:
                feedback.pushWarning(self.tr("Unexpected {0} values kept as they are: {1} (expected {2}).").format(
                    key, ", ".join(odd[:10]), ", ".join(allowed)))

        # cleaning rules
        try:
            keep, reason, hits = supply.apply_cleaning_rules(cols["service_type"], cols["name"], whitelist, blacklist)
        except ValueError as exc:
            raise QgsProcessingException(self.tr("{0} is not a valid regular expression ({1}): correct it, or "
                                                 "leave it empty.").format(self.label("NAME_BLACKLIST"), exc)) from None
        feedback.pushInfo(self.trn("Service type whitelist: %n record(s) of other types rejected.",
                                   hits["type_not_whitelisted"]))
        feedback.pushInfo(self.trn("Name blacklist: %n record(s) rejected.", hits["name_blacklisted"]))
        self.check_canceled(feedback)

        # de-duplication among the records that passed the rules
        idx = np.flatnonzero(keep)
        rank = supply.source_ranks(cols["source"][idx], priority)
        # an unverified survey record ranks last: never the record kept when another is there
        rank = community.demote_unverified(rank, survey[idx], verified[idx])
        comp = supply.completeness([cols[k][idx] for k in supply.SCHEMA_FIELDS])
        res = supply.deduplicate(x[idx], y[idx], cols["name"][idx], cols["source"][idx], rank, comp,
                                 distance=distance, threshold=threshold)
        feedback.pushInfo(self.trn("De-duplication: %n candidate pair(s) within {0} m", res.n_pairs).format(distance)
                          + ", " + self.trn("%n matched", res.n_matches) + ", "
                          + self.trn("%n duplicate record(s) merged.", int((~res.keep).sum())))
        feedback.setProgress(60)
        inv_id = np.full(n, -1, dtype=np.int64)
        kept = idx[res.keep]
        inv_id[kept] = np.arange(1, len(kept) + 1)
        duplicate_of = np.full(n, -1, dtype=np.int64)
        dropped = idx[~res.keep]
        duplicate_of[dropped] = inv_id[idx[res.duplicate_of[~res.keep]]]
        reason[dropped] = "duplicate"
        merged_sources = np.full(n, None, dtype=object)
        merged_sources[idx] = res.merged_sources
        n_merged = np.zeros(n, dtype=np.int64)
        n_merged[idx] = res.n_merged

        # gaps of a kept record filled from the records merged into it (most trusted first)
        if len(kept) == 0:
            raise QgsProcessingException(self.trn(
                "Every record of the layer(s) {0} was rejected by {1} or {2}: loosen those rules.",
                len(cap_fields)).format(", ".join(cap_fields), self.label("TYPE_WHITELIST"),
                                        self.label("NAME_BLACKLIST")))
        merged = {}
        from_duplicate = np.zeros(n, dtype=bool)
        weak = survey[idx] & ~verified[idx]
        for key in ("capacity", "hours_per_day", "days_per_week"):
            # an unverified record's values never fill another record's gap
            own = cols[key][idx]
            values, filled = supply.fill_from_duplicates(community.hide_unverified(own, survey[idx], verified[idx]),
                                                         res.keep, res.duplicate_of, rank, missing_zero=False)
            values[weak & ~filled] = own[weak & ~filled]
            merged[key] = cols[key].copy()
            merged[key][idx] = values
            if key == "capacity":
                from_duplicate[idx[filled]] = True
            if filled.any():
                feedback.pushInfo(self.trn("{0}: %n kept facilit(y/ies) took the value of a merged duplicate.",
                                           int(filled.sum())).format(key))

        # a reported capacity of 0 is a value: never imputed; dropped (counted) unless kept
        zero = np.zeros(n, dtype=bool)
        zero[kept] = merged["capacity"][kept] == 0
        n_zero_dropped = 0
        if zero.any():
            by_layer = ", ".join(f"{lab}: {int(c)}" for lab, c in zip(*np.unique(cols["src_layer"][zero],
                                                                                return_counts=True)))
            if self.parameterAsBoolean(parameters, "KEEP_ZERO_CAPACITY", context):
                feedback.pushWarning(self.trn("%n facilit(y/ies) with a reported capacity of 0 ({0}): kept with 0 "
                                              "places, as asked.", int(zero.sum())).format(by_layer))
            else:
                feedback.pushWarning(self.trn("%n facilit(y/ies) with a reported capacity of 0 ({0}): dropped (see "
                                              "the rejected records, reason capacity_zero); check {1} to keep "
                                              "them.", int(zero.sum())).format(by_layer,
                                                                               self.label("KEEP_ZERO_CAPACITY")))
                reason[zero] = "capacity_zero"
                n_zero_dropped = int(zero.sum())
                kept = kept[~zero[kept]]  # inv_id unchanged: duplicates still point to their record
                if len(kept) == 0:
                    raise QgsProcessingException(self.tr(
                        "Every facility reports a capacity of 0 ({0}): there is no place to map. Correct the "
                        "capacities, or check {1}.").format(
                        self._where(np.unique(cols["src_layer"][zero]), cap_fields),
                        self.label("KEEP_ZERO_CAPACITY")))

        # capacity imputation and full-day equivalents on the kept records
        capacity = np.full(n, np.nan)
        flag = np.zeros(n, dtype=np.int64)
        fde = np.full(n, np.nan)
        try:
            capacity[kept], flag[kept] = supply.impute_capacity(merged["capacity"][kept], cols["service_type"][kept],
                                                                default_cap)
            flag[from_duplicate] = 4
            fde[kept], nh, nd = supply.full_day_equivalent(capacity[kept], merged["hours_per_day"][kept],
                                                           merged["days_per_week"][kept])
        except ValueError as exc:
            raise QgsProcessingException(self.tr("Supply inventory: {0}").format(exc)) from None
        fallback_types = sorted({str(t) for t in cols["service_type"][kept][flag[kept] == 2]})
        if fallback_types:
            feedback.pushWarning(self.trn("No known capacity for the service type(s) {0}: their missing capacities "
                                          "were estimated from the median of all facilities.",
                                          len(fallback_types)).format(", ".join(fallback_types)))
        imputed = np.isin(flag, (1, 2, 3))
        if imputed.any():
            labs, counts = np.unique(cols["src_layer"][imputed], return_counts=True)
            feedback.pushInfo(self.tr("Capacities imputed per layer: {0}.").format(
                ", ".join(f"{lab}: {int(c)}" for lab, c in zip(labs, counts))))
            for lab, c in zip(labs, counts):
                if cap_fields.get(lab):
                    feedback.pushWarning(self.trn(
                        "Layer {0}: %n facilit(y/ies) without a capacity in field '{1}' (NULL or not a finite "
                        "number): an estimate was written instead (capacity_imputed 1 to 3). Fill in the "
                        "capacities for exact figures.", int(c)).format(lab, cap_fields[lab]))
                else:
                    feedback.pushWarning(self.trn(
                        "Layer {0} has no capacity field: its %n facilit(y/ies) got an estimated capacity "
                        "(capacity_imputed 1 to 3). Map its capacity field (capacity=...) in {1} for exact "
                        "figures.", int(c)).format(lab, self.label("MAPPINGS")))
        if not (capacity[kept] > 0).any():
            feedback.pushWarning(self.tr("Every facility kept has a capacity of 0 ({0}): the inventory offers no "
                                         "place, so accessibility will find no supply.").format(
                self._where(np.unique(cols["src_layer"][kept]), cap_fields)))
        feedback.pushInfo(self.tr("Capacity imputed for {0} facilities from their service type, {1} from all "
                                  "facilities, {2} from the default; hours/day missing for {3} (read as 8), "
                                  "days/week missing for {4} (read as 5).").format(
            int((flag == 1).sum()), int((flag == 2).sum()), int((flag == 3).sum()), nh, nd))

        columns = {"inv_id": inv_id}
        for key in supply.SCHEMA_FIELDS + survey_schema.PROVENANCE_FIELDS:
            columns[key] = merged.get(key, cols[key])
        columns["capacity_reported"] = cols["capacity"]
        columns["capacity"] = capacity
        columns["capacity_imputed"] = flag
        columns["capacity_fde"] = fde
        columns["merged_sources"] = merged_sources
        columns["n_merged"] = n_merged
        columns["duplicate_of"] = duplicate_of.astype(float)
        columns["duplicate_of"][duplicate_of < 0] = np.nan
        columns["src_layer"] = cols["src_layer"]
        columns["src_fid"] = src_fid
        spec = [(k, v) for k, v in columns.items()]
        crs = crs_holder[0]
        sink, dest = layer_io.create_layer_sink(self, parameters, "OUTPUT", context, spec,
                                                Qgis.WkbType.Point, crs)
        layer_io.write_points(sink, x[kept], y[kept], {k: v[kept] for k, v in columns.items()}, feedback)
        results = {"OUTPUT": dest, "N_FACILITIES": int(len(kept)), "N_DUPLICATES": int(len(dropped)),
                   "N_REJECTED_RULES": int((~keep).sum()) + n_zero_dropped}
        rejected = np.flatnonzero(reason != None)  # noqa: E711 (object array)
        columns["reason"] = reason
        rej_sink, rej_dest = layer_io.create_optional_sink(self, parameters, "OUTPUT_REJECTED", context,
                                                           [(k, v) for k, v in columns.items()],
                                                           Qgis.WkbType.Point, crs)
        if rej_sink is not None:
            layer_io.write_points(rej_sink, x[rejected], y[rejected],
                                  {k: v[rejected] for k, v in columns.items()}, feedback, "OUTPUT_REJECTED")
            results["OUTPUT_REJECTED"] = rej_dest
        columns.pop("reason")
        results.update(self._review(parameters, context, feedback, x, y, cols, columns, idx, res, rank, survey,
                                    verified, kept, crs))
        feedback.setProgress(100)
        return results

    # ------------------------------------------------------------------ community review
    def _review(self, parameters, context, feedback, x, y, cols, columns, idx, res, rank, survey, verified,
                kept, crs):
        """The field-survey records against the other sources (kernels/community.py): the
        review layer, the .osc of new verified places and the three counts."""
        n = len(x)
        status = np.full(n, None, dtype=object)
        reference = np.full(n, -1, dtype=np.int64)
        conflicts = np.full(n, None, dtype=object)
        if survey[idx].any():
            st, ref, diffs = community.review(
                res.group, survey[idx], rank, {k: cols[k][idx] for k in community.COMPARED_NUMBERS},
                {k: cols[k][idx] for k in community.COMPARED_TEXT})
            status[idx] = st
            reference[idx] = np.where(ref >= 0, idx[np.maximum(ref, 0)], -1)
            for k, d in zip(idx, diffs):
                if d:
                    where = cols["src_layer"][reference[k]]
                    conflicts[k] = "; ".join(self.tr("{0}: {1} here, {2} in {3}").format(
                        key, f"{a:g}" if isinstance(a, float) else a, f"{b:g}" if isinstance(b, float) else b, where)
                        for key, a, b in d)
        counts = {s: int((status == s).sum()) for s in community.STATUSES}
        if survey.any():
            feedback.pushInfo(self.tr("Community review: {0} confirmed, {1} new, {2} conflicting.").format(
                counts["confirmed"], counts["new"], counts["conflicting"]))
        out = {"N_CONFIRMED": counts["confirmed"], "N_NEW": counts["new"], "N_CONFLICTING": counts["conflicting"]}
        inventory_id = np.where(columns["inv_id"] > 0, columns["inv_id"],
                                np.nan_to_num(columns["duplicate_of"], nan=-1).astype(np.int64)).astype(float)
        inventory_id[inventory_id <= 0] = np.nan
        review = dict(columns)
        review.update({"status": status, "verified": verified.astype(np.int64), "conflicts": conflicts,
                       "reference_layer": np.where(reference >= 0, cols["src_layer"][np.maximum(reference, 0)], None),
                       "inventory_id": inventory_id})
        sink, dest = layer_io.create_optional_sink(self, parameters, "OUTPUT_REVIEW", context,
                                                   list(review.items()), Qgis.WkbType.Point, crs)
        if sink is not None:
            rows = np.flatnonzero(status != None)  # noqa: E711 (object array)
            layer_io.write_points(sink, x[rows], y[rows], {k: v[rows] for k, v in review.items()}, feedback,
                                  "OUTPUT_REVIEW")
            out["OUTPUT_REVIEW"] = dest
        if parameters.get("OUTPUT_OSC") not in (None, ""):
            out["OUTPUT_OSC"] = self._write_osc(parameters, context, feedback, x, y, cols, status, verified,
                                                kept, crs)
        return out

    def _write_osc(self, parameters, context, feedback, x, y, cols, status, verified, kept, crs):
        """New verified places still in the inventory, as an osmChange file."""
        path = self.parameterAsFileOutput(parameters, "OUTPUT_OSC", context)
        in_inventory = np.zeros(len(x), dtype=bool)
        in_inventory[kept] = True
        rows = np.flatnonzero((status == "new") & verified & in_inventory)
        tags_back = osm_change.reverse_tags(read_tag_table(DEFAULT_TAGS))  # the table osmsupply reads
        tags = [osm_change.place_tags(cols["service_type"][k], tags_back, name=cols["name"][k],
                                      sphere=cols["sphere"][k], capacity=float(cols["capacity"][k]),
                                      survey_date=cols["survey_date"][k]) for k in rows]
        untagged = sorted({str(cols["service_type"][k]) for k, t in zip(rows, tags) if t is None})
        if untagged:
            feedback.pushWarning(self.trn(
                "%n new verified place(s) left out of the OpenStreetMap file: the tag table has no tag for their "
                "service type ({0}); add them in JOSM by hand.", sum(t is None for t in tags)).format(
                ", ".join(untagged)))
        keep = [t is not None for t in tags]
        rows = rows[np.array(keep, dtype=bool)] if len(rows) else rows
        lon, lat = (layer_io.transform_xy(x[rows], y[rows], crs, QgsCoordinateReferenceSystem("EPSG:4326"), context)
                    if len(rows) else (np.empty(0), np.empty(0)))
        try:
            with open(path, "wb") as fh:
                fh.write(osm_change.osmchange_xml(lon, lat, [t for t in tags if t is not None]))
        except OSError as err:
            self.fail(self.tr("The OpenStreetMap file could not be written to {0}: {1}. Choose another file or "
                              "folder.").format(path, err))
        feedback.pushInfo(self.trn("OpenStreetMap change file: %n new verified place(s) written to {0}; review "
                                   "them in JOSM before uploading.", len(rows)).format(path))
        return path
