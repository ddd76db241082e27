"""The workshop tutorial (docs/tutorial.md, docs/tutorial.es.md) as code.

One function per tutorial step. Each calls ``processing.run("caremap:...", {...})`` with
exactly the values the tutorial tells people to type in the dialog, on the demo city,
chains the outputs of the earlier steps, and returns the numbers the tutorial quotes.
``tests/qgis/test_tutorial.py`` runs them and checks those numbers; ``scripts/tutorial_shots.py``
uses the same parameter dictionaries (``PARAMS``) to pre-fill the dialogs it photographs,
so the text, the screenshots and the plugin cannot drift apart.

Needs a running QGIS with Processing initialised and the CareMap provider registered.
"""
import os

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEMO = os.path.join(ROOT, "data", "demo")
GPKG = os.path.join(DEMO, "caremap_demo.gpkg")
CROWD_CSV = os.path.join(DEMO, "crowd_facilities.csv")
TIME_USE_CSV = os.path.join(DEMO, "time_use.csv")
POP_TIF = os.path.join(DEMO, "population.tif")


def layer(name):
    return f"{GPKG}|layername={name}"


# --- the values typed in the dialogs (the tutorial quotes these literally) -----------
MAPPINGS = (  # each mapping names its layer, so the order of the layers in the picker does not matter
    "facilities_community: name=nombre,service_type=tipo,capacity=cupos,hours_per_day=horas,days_per_week=dias,"
    "target_group=grupo,sphere='community',source='community'"
    "|crowd_facilities: x=lon,y=lat,service_type=type,hours_per_day=hours,days_per_week=days,target_group=group,"
    "source='crowd'"
)
TYPE_WHITELIST = (
    "childcare_centre,kindergarten,elderly_day_centre,nursing_home,disability_day_centre,"
    "hogar_comunitario,comedor_comunitario,punto_cuidado_comunitario,"
    "childcare,elderly_day_care,disability_day_care,community_kitchen,community_care_point"
)
NAME_BLACKLIST = r"^\s*(test|xxx|borrar|prueba|asdf)\b"
MADRID_BANDS = "p_0_2:0-2;p_3_5:3-5;p_6_12:6-12;p_13_17:13-17;p_18_64:18-64;p_65_79:65-79;p_80p:80+"
CHILD_BANDS = "p_0_2:0-2;p_3_5:3-5"
OLDER_BANDS = "p_80p:80+"
CHILD_MINUTES = 10
OLDER_MINUTES = 15
SLOW_SPEED = 3.6     # km/h: 1 m/s, a common walking speed of people aged 80+ (exercise 1)
WEIGHTS = "unmet:2,access:1,poverty:1,fhh_share:1"  # step 9: each weight names its field
TARGET_RATIO = 0.33  # one place for every three children
WAGE = 2.5           # US dollars per hour (illustrative)

TMP = "TEMPORARY_OUTPUT"

# parameters of every dialog, filled in by the steps (layer inputs become the previous
# step's output); scripts/tutorial_shots.py pre-fills the dialogs with these
PARAMS = {}


def _run(alg_id, params, key=None, feedback=None):
    from qgis.core import QgsProcessingFeedback

    import processing

    PARAMS[key or alg_id] = dict(params)
    return processing.run(alg_id, params, feedback=feedback or QgsProcessingFeedback())


def _vlayer(value):
    from qgis.core import QgsVectorLayer

    if hasattr(value, "getFeatures"):
        return value
    lyr = QgsVectorLayer(value, "t", "ogr")
    assert lyr.isValid(), value
    return lyr


def _column(lyr, field, where=None):
    lyr = _vlayer(lyr)
    vals = []
    for f in lyr.getFeatures():
        if where is not None and not where(f):
            continue
        v = f[field]
        vals.append(np.nan if v is None or (hasattr(v, "isNull") and v.isNull()) else float(v))
    return np.asarray(vals, dtype=float)


def _text(lyr, field):
    return np.asarray([str(f[field]) for f in _vlayer(lyr).getFeatures()], dtype=object)


# --- step 1 -------------------------------------------------------------------------
def step1_load_data():
    """Load the demo city: counts of every layer."""
    from qgis.core import QgsRasterLayer, QgsVectorLayer

    out = {}
    for name in ("blocks", "roads", "facilities_registry", "facilities_community", "districts"):
        lyr = QgsVectorLayer(layer(name), name, "ogr")
        assert lyr.isValid(), name
        out[name] = lyr.featureCount()
    crowd = QgsVectorLayer(CROWD_CSV, "crowd_facilities", "ogr")
    out["crowd_facilities"] = crowd.featureCount()
    out["population"] = float(_column(layer("blocks"), "pop_total").sum())
    out["children_0_5"] = float((_column(layer("blocks"), "p_0_2") + _column(layer("blocks"), "p_3_5")).sum())
    out["older_80p"] = float(_column(layer("blocks"), "p_80p").sum())
    out["empty_blocks"] = int((_column(layer("blocks"), "pop_total") == 0).sum())
    out["raster_valid"] = QgsRasterLayer(POP_TIF, "population").isValid()
    return out


# --- step 2 -------------------------------------------------------------------------
def step2_supply_inventory():
    """Merge the registry, the community survey and the crowd map into one inventory."""
    res = _run("caremap:supplyinventory", {
        "INPUTS": [layer("facilities_registry"), layer("facilities_community"), CROWD_CSV],
        "MAPPINGS": MAPPINGS,
        "SOURCE_PRIORITY": "registry,community,crowd",
        "TYPE_WHITELIST": TYPE_WHITELIST,
        "NAME_BLACKLIST": NAME_BLACKLIST,
        "DEDUP_DISTANCE": 50,
        "NAME_THRESHOLD": 0.8,
        "OUTPUT": TMP,
        "OUTPUT_REJECTED": TMP,
    })
    inv = res["OUTPUT"]
    rej = _vlayer(res["OUTPUT_REJECTED"])
    reasons = _text(rej, "reason")
    imputed = _column(inv, "capacity_imputed")
    groups = _text(inv, "target_group")
    return {
        "inventory": inv, "rejected": rej,
        "n_facilities": int(res["N_FACILITIES"]),
        "n_duplicates": int(res["N_DUPLICATES"]),
        "n_rejected_rules": int(res["N_REJECTED_RULES"]),
        "n_blacklisted": int((reasons == "name_blacklisted").sum()),
        "n_not_whitelisted": int((reasons == "type_not_whitelisted").sum()),
        "n_imputed": int((imputed > 0).sum()),
        "n_imputed_by_type": int((imputed == 1).sum()),
        "merged_into_registry": int((_text(inv, "merged_sources") == "crowd;registry").sum()),
        "merged_into_community": int((_text(inv, "merged_sources") == "community;crowd").sum()),
        "generic_names_kept": int(sum(1 for f in _vlayer(inv).getFeatures()
                                      if f["source"] == "crowd" and str(f["name"]).strip() == "Jardin Infantil")),
        "places_fde": float(np.nansum(_column(inv, "capacity_fde"))),
        "n_children": int(np.isin(groups, ["children", "all"]).sum()),
        "n_older": int(np.isin(groups, ["older", "all"]).sum()),
    }


def step2_loose_names():
    """The step-2 question: the same inventory with NAME_THRESHOLD 0.5."""
    params = dict(PARAMS["caremap:supplyinventory"], NAME_THRESHOLD=0.5, OUTPUT=TMP, OUTPUT_REJECTED=TMP)
    res = _run("caremap:supplyinventory", params, key="supplyinventory_loose")
    return {"n_duplicates": int(res["N_DUPLICATES"])}


# --- step 3 -------------------------------------------------------------------------
def step3_care_demand():
    """Care demand with the Madrid scale (everybody), then the two cohorts."""
    madrid = _run("caremap:caredemand", {
        "INPUT": layer("blocks"), "BAND_MAPPING": MADRID_BANDS, "WEIGHTS": "madrid",
        "CAREGIVER_FIELD": "women_15_64", "OUTPUT": TMP}, key="caredemand_madrid")
    children = _run("caremap:caredemand", {
        "INPUT": layer("blocks"), "BAND_MAPPING": CHILD_BANDS, "WEIGHTS": "equal",
        "CAREGIVER_FIELD": "women_15_64", "OUTPUT": TMP}, key="caredemand_children")
    older = _run("caremap:caredemand", {
        "INPUT": layer("blocks"), "BAND_MAPPING": OLDER_BANDS, "WEIGHTS": "equal",
        "CAREGIVER_FIELD": "women_15_64", "OUTPUT": TMP}, key="caredemand_older")
    m = _vlayer(madrid["OUTPUT"])
    pop = _column(m, "pop_total")
    intensity = _column(m, "care_intensity")
    districts = _text(m, "district")
    care = _column(m, "care_demand")
    by_district = {d: float(care[districts == d].sum() / pop[districts == d].sum()) for d in set(districts)}
    return {
        "madrid": m, "children": children["OUTPUT"], "older": older["OUTPUT"],
        "care_units": float(madrid["TOTAL_CARE_DEMAND"]),
        "care_units_per_person": float(madrid["TOTAL_CARE_DEMAND"]) / float(pop.sum()),
        "median_intensity": float(np.nanmedian(intensity)),
        "units_per_person_by_district": by_district,
        "children_0_5": float(children["TOTAL_CARE_DEMAND"]),
        "older_80p": float(older["TOTAL_CARE_DEMAND"]),
    }


# --- step 4 -------------------------------------------------------------------------
def _access(demand, inventory, group, minutes, key, speed=5.04):
    res = _run("caremap:accessibility", {
        "DEMAND": demand, "DEMAND_FIELD": "care_demand", "SUPPLY": inventory,
        "CAPACITY_FIELD": "capacity_fde", "COST_MODE": "network", "NETWORK": layer("roads"),
        "SPEED": speed, "COST_UNIT": "minutes", "THRESHOLD": minutes, "METHOD": "2sfca",
        "TARGET_GROUP": group,
        "OUTPUT_DEMAND": TMP, "OUTPUT_SUPPLY": TMP}, key=key)
    d = _vlayer(res["OUTPUT_DEMAND"])
    cost = _column(d, "cost_nearest")
    P = _column(d, "care_demand")
    reach = ~np.isnan(cost)
    return res, {
        "demand": d, "supply": _vlayer(res["OUTPUT_SUPPLY"]),
        "share_covered": float(res["SHARE_COVERED"]),
        "mean_access": float(res["MEAN_ACCESS"]),
        "median_cost": float(np.nanmedian(np.where(P > 0, cost, np.nan))),
        "share_within_5": float(P[reach & (cost <= 5)].sum() / P.sum()),
        "share_within_15": float(P[reach & (cost <= 15)].sum() / P.sum()),
        "share_within_20": float(P[reach & (cost <= 20)].sum() / P.sum()),
        "p90_cost": float(_weighted_quantile(np.where(reach, cost, np.inf), P, 0.9)),
    }


def _weighted_quantile(values, weights, q):
    order = np.argsort(values)
    cw = np.cumsum(weights[order])
    return values[order][np.searchsorted(cw, q * cw[-1])]


def step4_access_children(demand, inventory):
    """Walking accessibility of children 0-5 to childcare, 2SFCA, 10 minutes."""
    return _access(demand, inventory, "children", CHILD_MINUTES, "accessibility_children")[1]


def step4_threshold_check(demand, inventory):
    """The same measure at 20 minutes, to see why 10 minutes was chosen."""
    return _access(demand, inventory, "children", 20, "accessibility_children_20")[1]


def step5_access_older(demand, inventory):
    """Walking accessibility of people 80+ to elderly services, 2SFCA, 15 minutes."""
    return _access(demand, inventory, "older", OLDER_MINUTES, "accessibility_older")[1]


# --- step 6 -------------------------------------------------------------------------
def step6_care_gaps(access_demand):
    res = _run("caremap:caregaps", {
        "INPUT": access_demand, "DEMAND_FIELD": "care_demand", "SUPPLY_FIELD": "access",
        "SUPPLY_KIND": "access_ratio", "TARGET_RATIO": TARGET_RATIO, "DISTRICT_FIELD": "district",
        "DISTRICT_LAYER": layer("districts"), "OUTPUT": TMP, "OUTPUT_SUMMARY": TMP,
        "OUTPUT_DISTRICTS": TMP})
    summary = _vlayer(res["OUTPUT_SUMMARY"])
    names = _text(summary, "district")
    unmet = _column(summary, "unmet")
    shortfall = _column(summary, "shortfall")
    cov = _column(summary, "coverage")
    units = _vlayer(res["OUTPUT"])
    return {
        "units": units, "districts": res["OUTPUT_DISTRICTS"],
        "unmet": float(unmet.sum()), "shortfall": float(shortfall.sum()),
        "places": float(_column(summary, "places").sum()),
        "worst_district": str(names[np.argmax(shortfall)]),
        "worst_shortfall": float(shortfall.max()),
        "best_coverage_district": str(names[np.nanargmax(cov)]),
        "best_coverage": float(np.nanmax(cov)),
        "worst_coverage_district": str(names[np.nanargmin(cov)]),
        "worst_coverage": float(np.nanmin(cov)),
    }


# --- step 7 -------------------------------------------------------------------------
def step7_care_deserts(gap_units):
    res = _run("caremap:caredeserts", {
        "INPUT": gap_units, "DEMAND_FIELD": "care_demand", "COST_FIELD": "cost_nearest",
        "THRESHOLD": CHILD_MINUTES, "DEMAND_RULE": "median", "DISTRICT_FIELD": "district",
        "DISTRICT_LAYER": layer("districts"), "OUTPUT": TMP, "OUTPUT_SUMMARY": TMP,
        "OUTPUT_DISTRICTS": TMP})
    units = _vlayer(res["OUTPUT"])
    P = _column(units, "care_demand")
    desert = _column(units, "desert")
    summary = _vlayer(res["OUTPUT_SUMMARY"])
    names = _text(summary, "district")
    pin = _column(summary, "population_in_deserts")
    share = _column(summary, "share")
    return {
        "units": units, "districts": res["OUTPUT_DISTRICTS"],
        "deserts": int(res["DESERTS"]),
        "children_in_deserts": float((P * desert).sum()),
        "desert_share": float((P * desert).sum() / P.sum()),
        "top_district": str(names[np.argmax(pin)]),
        "top_district_children": float(pin.max()),
        "top_share_district": str(names[np.nanargmax(share)]),
        "top_share": float(np.nanmax(share)),
        "districts_without_deserts": int((pin == 0).sum()),
    }


# --- step 8 -------------------------------------------------------------------------
def step8_hotspots(desert_units, fdr=False, key=None):
    res = _run("caremap:hotspots", {
        "INPUT": desert_units, "FIELD": "unmet", "STATISTIC": "gi_star", "WEIGHTS": "queen",
        "PERMUTATIONS": 99, "SEED": 12345, "FDR": fdr, "OUTPUT": TMP}, key=key)
    units = _vlayer(res["OUTPUT"])
    cls = _column(units, "hotspot_class")
    districts = _text(units, "district")
    hot = cls > 0
    names, counts = np.unique(districts[hot], return_counts=True)
    return {
        "units": units,
        "hot_99": int((cls == 3).sum()), "hot_any": int(hot.sum()), "cold_any": int((cls < 0).sum()),
        "hot_top_district": str(names[np.argmax(counts)]) if len(names) else "",
        "hot_top_share": float(counts.max() / hot.sum()) if hot.any() else 0.0,
    }


# --- step 9 -------------------------------------------------------------------------
def step9_priority(desert_units):
    res = _run("caremap:priorityindex", {
        "INPUT": desert_units, "FIELDS": ["unmet", "access", "poverty", "fhh_share"],
        "INVERT_FIELDS": ["access"], "NORMALIZATION": "rank", "WEIGHTS": WEIGHTS, "OUTPUT": TMP})
    units = _vlayer(res["OUTPUT"])
    q = _column(units, "priority_quintile")
    districts = _text(units, "district")
    top = q == 5
    names, counts = np.unique(districts[top], return_counts=True)
    order = np.argsort(-counts)
    return {
        "units": units, "top_quintile": int(top.sum()),
        "top_district": str(names[order[0]]), "top_district_share": float(counts[order[0]] / top.sum()),
        "second_district": str(names[order[1]]),
        "deserts_in_top": float(_column(units, "desert")[top].mean()),
    }


# --- step 10 ------------------------------------------------------------------------
def step10_siting(demand_units, inventory):
    import processing

    existing = processing.run("native:extractbyexpression", {
        "INPUT": inventory, "EXPRESSION": "\"target_group\" IN ('children', 'all')", "OUTPUT": TMP})["OUTPUT"]
    PARAMS["extract_children"] = {"EXPRESSION": "\"target_group\" IN ('children', 'all')"}
    common = {
        "DEMAND": demand_units, "DEMAND_FIELD": "care_demand", "GRID_SPACING": 500,
        "EXISTING": existing, "P": 3, "OBJECTIVE": "mclp", "THRESHOLD": CHILD_MINUTES,
        "COST_MODE": "network", "NETWORK": layer("roads"), "COST_UNIT": "minutes", "SPEED": 5.04,
        "OUTPUT_SITES": TMP, "OUTPUT_DEMAND": TMP}
    greedy = _run("caremap:siting", dict(common, SOLVER="greedy"), key="siting_greedy")
    exact = _run("caremap:siting", dict(common, SOLVER="exact", TIME_LIMIT=30), key="siting_exact")
    total = float(np.nansum(_column(demand_units, "care_demand")))
    sites = _vlayer(greedy["OUTPUT_SITES"])
    gains = _column(sites, "gain")
    sx = [f.geometry().asPoint() for f in sites.getFeatures()]
    return {
        "existing": existing, "sites": sites, "sites_exact": _vlayer(exact["OUTPUT_SITES"]),
        "demand": _vlayer(greedy["OUTPUT_DEMAND"]), "total": total,
        "covered_before": float(greedy["DEMAND_COVERED_BEFORE"]),
        "covered_after_greedy": float(greedy["DEMAND_COVERED_AFTER"]),
        "covered_after_exact": float(exact["DEMAND_COVERED_AFTER"]),
        "share_before": float(greedy["DEMAND_COVERED_BEFORE"]) / total,
        "share_after_greedy": float(greedy["DEMAND_COVERED_AFTER"]) / total,
        "share_after_exact": float(exact["DEMAND_COVERED_AFTER"]) / total,
        "gain_greedy": float(gains.sum()),
        "gain_first": float(gains[np.argmin(_column(sites, "rank"))]),
        "exact_status": str(exact["STATUS"]),
        "greedy_over_exact": (float(greedy["DEMAND_COVERED_AFTER"]) - float(greedy["DEMAND_COVERED_BEFORE"]))
        / (float(exact["DEMAND_COVERED_AFTER"]) - float(greedy["DEMAND_COVERED_BEFORE"])),
        "site_xy": [(p.x(), p.y()) for p in sx],
    }


# --- step 11 ------------------------------------------------------------------------
def step11_unpaid_care(sites):
    res = _run("caremap:unpaidcare", {
        "INPUT": layer("blocks"), "TIME_USE": TIME_USE_CSV, "WAGE": WAGE,
        "SERVICES": sites, "PLACES": 100, "HOURS_OPEN": 50, "SUBSTITUTION": 0.5,
        "THRESHOLD": CHILD_MINUTES, "COST_MODE": "network", "NETWORK": layer("roads"),
        "COST_UNIT": "minutes", "SPEED": 5.04, "OUTPUT": TMP})
    return {
        "units": _vlayer(res["OUTPUT"]),
        "weekly_hours": float(res["WEEKLY_HOURS"]), "yearly_hours": float(res["YEARLY_HOURS"]),
        "women_share": float(res["WOMEN_SHARE"]), "replacement_value": float(res["REPLACEMENT_VALUE"]),
        "hours_freed": float(res["HOURS_FREED"]),
    }


# --- step 12 ------------------------------------------------------------------------
def step12_report(priority_units, inventory, html_path):
    res = _run("caremap:report", {
        "UNITS": priority_units, "DEMAND_FIELD": "care_demand", "DISTRICT_FIELD": "district",
        "DISTRICT_LAYER": layer("districts"), "STREETS": layer("roads"), "SUPPLY": inventory, "CAPACITY_FIELD": "capacity_fde", "THRESHOLD": CHILD_MINUTES,
        "TARGET": TARGET_RATIO, "TITLE": "Demo city: childcare for children under 6",
        "COHORT_LABEL": "children under 6", "SERVICE_LABEL": "a childcare place", "MODE_LABEL": "walk",
        "OUTPUT_HTML": html_path, "OUTPUT_PDF": html_path[:-5] + ".pdf"})
    return {
        "html": res["OUTPUT_HTML"], "pdf": res["OUTPUT_PDF"], "share_beyond": float(res["SHARE_BEYOND"]),
        "unmet": float(res["UNMET"]), "desert_share": float(res["DESERT_SHARE"]),
    }


def run_all(outdir):
    """Every step in order; returns {step name: result dict}."""
    r = {"load": step1_load_data()}
    r["supply"] = step2_supply_inventory()
    r["supply_loose"] = step2_loose_names()
    inv = r["supply"]["inventory"]
    r["demand"] = step3_care_demand()
    r["children"] = step4_access_children(r["demand"]["children"], inv)
    r["children_20"] = step4_threshold_check(r["demand"]["children"], inv)
    r["older"] = step5_access_older(r["demand"]["older"], inv)
    r["gaps"] = step6_care_gaps(r["children"]["demand"])
    r["deserts"] = step7_care_deserts(r["gaps"]["units"])
    r["hotspots"] = step8_hotspots(r["deserts"]["units"])
    r["priority"] = step9_priority(r["deserts"]["units"])
    r["siting"] = step10_siting(r["deserts"]["units"], inv)
    r["unpaid"] = step11_unpaid_care(r["siting"]["sites"])
    r["report"] = step12_report(r["priority"]["units"], inv, os.path.join(outdir, "tutorial_report.html"))
    return r


# --- exercises (answers in the tutorial's appendix) ---------------------------------
def exercise1_slower_walkers(older_demand, inventory):
    """People 80+ walking at SLOW_SPEED km/h instead of 5.04, same 15-minute threshold."""
    return _access(older_demand, inventory, "older", OLDER_MINUTES, "exercise1", speed=SLOW_SPEED)[1]


def exercise2_strict_deserts(gap_units):
    """Deserts with the stricter high-demand rule mean + std."""
    res = _run("caremap:caredeserts", {
        "INPUT": gap_units, "DEMAND_FIELD": "care_demand", "COST_FIELD": "cost_nearest",
        "THRESHOLD": CHILD_MINUTES, "DEMAND_RULE": "mean_plus_std", "DISTRICT_FIELD": "district",
        "OUTPUT": TMP}, key="exercise2")
    units = _vlayer(res["OUTPUT"])
    P = _column(units, "care_demand")
    return {"deserts": int(res["DESERTS"]),
            "children_in_deserts": float((P * _column(units, "desert")).sum())}


def exercise3_five_sites(demand_units, existing):
    """Five new sites instead of three (greedy)."""
    res = _run("caremap:siting", {
        "DEMAND": demand_units, "DEMAND_FIELD": "care_demand", "GRID_SPACING": 500,
        "EXISTING": existing, "P": 5, "OBJECTIVE": "mclp", "SOLVER": "greedy",
        "THRESHOLD": CHILD_MINUTES, "COST_MODE": "network", "NETWORK": layer("roads"),
        "COST_UNIT": "minutes", "SPEED": 5.04, "OUTPUT_SITES": TMP, "OUTPUT_DEMAND": TMP}, key="exercise3")
    before, after = float(res["DEMAND_COVERED_BEFORE"]), float(res["DEMAND_COVERED_AFTER"])
    gains = _column(res["OUTPUT_SITES"], "gain")
    return {"gain": after - before, "last_gain": float(gains[-1]), "share_after": after / 102803.0}


def exercise4_e2sfca(children_demand, inventory, access_2sfca):
    """Children 0-5 with E2SFCA (zones 10/20/30 minutes) instead of 2SFCA at 10 minutes."""
    res = _run("caremap:accessibility", {
        "DEMAND": children_demand, "DEMAND_FIELD": "care_demand", "SUPPLY": inventory,
        "CAPACITY_FIELD": "capacity_fde", "COST_MODE": "network", "NETWORK": layer("roads"),
        "SPEED": 5.04, "COST_UNIT": "minutes", "THRESHOLD": 30, "METHOD": "e2sfca",
        "TARGET_GROUP_FIELD": "target_group", "TARGET_GROUP": "children",
        "OUTPUT_DEMAND": TMP, "OUTPUT_SUPPLY": TMP}, key="exercise4")
    d = _vlayer(res["OUTPUT_DEMAND"])
    P = _column(d, "care_demand")
    a_e = _column(d, "access")
    a_2 = _column(access_2sfca, "access")
    districts = _text(d, "district")
    centro = districts == "Centro"
    return {
        "zero_share_e2sfca": float(P[a_e == 0].sum() / P.sum()),
        "zero_share_2sfca": float(P[a_2 == 0].sum() / P.sum()),
        "centro_e2sfca": float((a_e * P)[centro].sum() / P[centro].sum()),
        "centro_2sfca": float((a_2 * P)[centro].sum() / P[centro].sum()),
        "mean_access": float(res["MEAN_ACCESS"]),
    }


def run_exercises(r):
    return {
        "ex1": exercise1_slower_walkers(r["demand"]["older"], r["supply"]["inventory"]),
        "fdr": step8_hotspots(r["deserts"]["units"], fdr=True, key="step8_fdr"),
        "ex2": exercise2_strict_deserts(r["gaps"]["units"]),
        "ex3": exercise3_five_sites(r["deserts"]["units"], r["siting"]["existing"]),
        "ex4": exercise4_e2sfca(r["demand"]["children"], r["supply"]["inventory"], r["children"]["demand"]),
    }


# =====================================================================================
# Chapter "Your own city" (docs/tutorial.md): a real OpenStreetMap extract of central
# Helsinki (© OpenStreetMap contributors, ODbL; data/own_city/helsinki_centre.osm.pbf, the
# same file as tests/data/'s, so that the plugin zip carries it) and a synthetic hexagon
# population CSV (data/own_city/hexagons.csv, made by data/own_city/make_grid.py). Independent of the
# demo-city steps above; test_tutorial.py runs it in its own fixture.
# =====================================================================================
OWN_OSM = os.path.join(ROOT, "data", "own_city", "helsinki_centre.osm.pbf")
OWN_CSV = os.path.join(ROOT, "data", "own_city", "hexagons.csv")
OWN_WHITELIST = "childcare,kindergarten"
OWN_DEFAULT_CAPACITY = 20
OWN_MINUTES = 10


def _recorder():
    """A Processing feedback that keeps the log (infos and warnings) to read it back."""
    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.infos, self.warnings = [], []

        def pushInfo(self, text):
            self.infos.append(text)
            super().pushInfo(text)

        def pushWarning(self, text):
            self.warnings.append(text)
            super().pushWarning(text)

    return Recorder()


def own1_network():
    """Step 1: the walking network from the .osm.pbf."""
    fb = _recorder()
    res = _run("caremap:osmnetwork", {"INPUT": OWN_OSM, "MODE": "walk", "OUTPUT": TMP},
               key="own_osmnetwork", feedback=fb)
    net = _vlayer(res["OUTPUT"])
    length = _column(net, "length_m")
    hw = _text(net, "highway")
    kept = [t for t in fb.infos if " ways are usable for walk" in t]
    return {
        "network": net, "log": fb.infos,
        "ways_usable": int(kept[0].split(" of ")[0]), "ways_total": int(kept[0].split(" of ")[1].split()[0]),
        "lines": net.featureCount(), "km": float(length.sum() / 1000),
        "n_components": int(res["N_COMPONENTS"]), "largest_share": float(res["LARGEST_SHARE"]),
        "speeds": sorted(set(_column(net, "speed_kmh").tolist())),
        "oneway_values": sorted(set(_column(net, "oneway").tolist())),
        "footway_share": float(length[np.isin(hw, ["footway", "pedestrian", "path", "steps"])].sum() / length.sum()),
        "highway_classes": set(hw.tolist()),
    }


def own2_supply():
    """Step 2: care places from the same file, then an inventory with a default capacity."""
    osm = _run("caremap:osmsupply", {"INPUT": OWN_OSM, "OUTPUT": TMP}, key="own_osmsupply")
    places = _vlayer(osm["OUTPUT"])
    types = _text(places, "service_type")
    fb = _recorder()
    inv = _run("caremap:supplyinventory", {
        "INPUTS": [osm["OUTPUT"]], "SOURCE_PRIORITY": "osm", "TYPE_WHITELIST": OWN_WHITELIST,
        "DEFAULT_CAPACITY": OWN_DEFAULT_CAPACITY, "OUTPUT": TMP, "OUTPUT_REJECTED": TMP},
        key="own_supplyinventory", feedback=fb)
    inventory = _vlayer(inv["OUTPUT"])
    return {
        "places": places, "inventory": inventory, "log": fb.infos + fb.warnings,
        "n_osm": int(osm["N_FACILITIES"]),
        "osm_types": {t: int((types == t).sum()) for t in set(types.tolist())},
        "osm_names": sorted(_text(places, "name").tolist()),
        "n_inventory": int(inv["N_FACILITIES"]),
        "inventory_names": _text(inventory, "name").tolist(),
        "n_rejected": int(inv["N_REJECTED_RULES"]),
        "capacity_fde": _column(inventory, "capacity_fde").tolist(),
        "capacity_imputed": _column(inventory, "capacity_imputed").tolist(),
    }


def own4_access(network, inventory):
    """Step 4: walking accessibility of children 0-5 from the CSV, 2SFCA, 10 minutes, on the
    osmnetwork output."""
    fb = _recorder()
    res = _run("caremap:accessibility", {
        "DEMAND": OWN_CSV, "DEMAND_FIELD": "children_0_5", "SUPPLY": inventory,
        "CAPACITY_FIELD": "capacity_fde", "COST_MODE": "network", "NETWORK": network,
        "SPEED_FIELD": "speed_kmh", "ONEWAY_FIELD": "oneway", "COST_UNIT": "minutes",
        "THRESHOLD": OWN_MINUTES, "METHOD": "2sfca", "DECAY": "step",
        "TARGET_GROUP_FIELD": "target_group", "TARGET_GROUP": "children",
        "OUTPUT_DEMAND": TMP, "OUTPUT_SUPPLY": TMP}, key="own_accessibility", feedback=fb)
    d = _vlayer(res["OUTPUT_DEMAND"])
    P = _column(d, "children_0_5")
    cost = _column(d, "cost_nearest")
    return {
        "demand": d, "supply": _vlayer(res["OUTPUT_SUPPLY"]), "infos": fb.infos, "warnings": fb.warnings,
        "n_units": d.featureCount(), "children": float(P.sum()),
        "population": float(_column(d, "population").sum()),
        "share_covered": float(res["SHARE_COVERED"]), "mean_access": float(res["MEAN_ACCESS"]),
        "median_cost": float(np.nanmedian(np.where(P > 0, cost, np.nan))),
        "max_cost": float(np.nanmax(cost)),
        "cost_nearest": dict(zip(_text(d, "id").tolist(), cost.tolist())),
        "children_by_id": dict(zip(_text(d, "id").tolist(), P.tolist())),
        "off_network": int(np.nansum(_column(d, "off_network"))),
        "snapped_m": dict(zip(_text(d, "id").tolist(), _column(d, "snapped_m").tolist())),
        "facility_snapped_m": float(_column(res["OUTPUT_SUPPLY"], "snapped_m")[0]),
        "snapped_max": float(np.nanmax(_column(d, "snapped_m"))),
        "snapped_median": float(np.nanmedian(_column(d, "snapped_m"))),
    }


def own5_deserts(access_demand):
    """Step 5: care deserts of the hexagons (no districts: the city-wide rule)."""
    res = _run("caremap:caredeserts", {
        "INPUT": access_demand, "DEMAND_FIELD": "children_0_5", "COST_FIELD": "cost_nearest",
        "THRESHOLD": OWN_MINUTES, "DEMAND_RULE": "median", "OUTPUT": TMP}, key="own_caredeserts")
    units = _vlayer(res["OUTPUT"])
    P = _column(units, "children_0_5")
    desert = _column(units, "desert")
    return {
        "units": units, "deserts": int(res["DESERTS"]),
        "children_in_deserts": float((P * desert).sum()),
        "desert_share": float((P * desert).sum() / P.sum()),
        "desert_ids": sorted(str(f["id"]) for f in units.getFeatures() if f["desert"] == 1),
    }


def run_own_city():
    r = {"network": own1_network(), "supply": own2_supply()}
    r["access"] = own4_access(r["network"]["network"], r["supply"]["inventory"])
    r["deserts"] = own5_deserts(r["access"]["demand"])
    return r
