"""The bad-input matrix of issue 11: every algorithm x every bad input that applies to it.

Each cell states its expected outcome (docs/architecture.md, "Contracts"):
  ERROR    a QgsProcessingException whose message names the user's layer (the memory
           layers are named ``blocks_case``, ``facilities_case`` ...) and the field when one
           is involved, and no parameter id (the dialog shows labels, not ids);
  WARNING  the run ends, and a warning pushed to the feedback names the layer (and field)
           and gives a count (a digit); an optional named check of the values holds too;
  RESULT   the run ends and a named check of the values holds;
  EITHER   a clear ERROR or a counted WARNING, both as above (used where the contract
           allows both: "each algorithm says what a NULL does (skipped with a count, or an
           error)", words in a numeric field, P larger than the candidates).
Every run that ends must also pass the universal check: no output attribute or output
number is NaN or +/-inf, no "nan"/"inf" text in a report. A cell absent from ``MATRIX``
does not apply to that algorithm (e.g. network cases only where COST_MODE=network
exists, P only for siting). The inputs are built in matrix_cases.py.
"""
import math
import os
import re

import pytest
from layers import _CONTEXTS
from matrix_cases import BUILDERS, GEO, HTML_NAME, MISSING, V
from qgis.core import (
    QgsApplication,
    QgsDistanceArea,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)


class Recorder(QgsProcessingFeedback):
    """Feedback that keeps every warning and error message pushed to it."""

    def __init__(self):
        super().__init__()
        self.warnings = []
        self.infos = []

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(str(warning))
        super().pushWarning(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802,N803
        self.warnings.append(str(error))
        super().reportError(error, fatalError)

    def pushInfo(self, info):  # noqa: N802
        self.infos.append(str(info))
        super().pushInfo(info)


# ------------------------------------------------------------------ running a cell
def execute(alg, params, feedback):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    res = processing.run(f"caremap:{alg}", params, feedback=feedback, context=context)
    _CONTEXTS.append(context)  # memory outputs live as long as their context
    out = {}
    for k, val in res.items():
        if isinstance(val, str) and k.startswith("OUTPUT") and not val.lower().endswith((".html", ".pdf")):
            lay = QgsProcessingUtils.mapLayerFromString(val, context)
            out[k] = lay if lay is not None else val
        else:
            out[k] = val
    return out


_CACHE = {}


class Ctx:
    """What a check sees: the cell's outputs, feedback, and other runs of the same algorithm."""

    def __init__(self, alg, tmp, out=None, feedback=None):
        self.alg, self.tmp, self.out, self.feedback = alg, tmp, out, feedback

    def run(self, case="base"):
        key = (self.alg, case)
        if key not in _CACHE:
            fb = Recorder()
            _CACHE[key] = execute(self.alg, BUILDERS[self.alg](V(case), self.tmp), fb)
        return _CACHE[key]


# ------------------------------------------------------------------ reading outputs
def is_null(v):
    return v is None or (hasattr(v, "isNull") and v.isNull())


def rows(lay):
    names = lay.fields().names()
    return [dict(zip(names, [None if is_null(a) else a for a in f.attributes()])) for f in lay.getFeatures()]


def col(lay, name):
    return [r[name] for r in rows(lay)]


def layers_of(out):
    return {k: v for k, v in out.items() if isinstance(v, QgsVectorLayer)}


def html_of(out):
    for v in out.values():
        if isinstance(v, str) and v.lower().endswith(".html") and os.path.exists(v):
            with open(v, encoding="utf-8") as fh:
                return fh.read()
    return None


def visible_html(html):
    return re.sub(r"data:[^\"')\s]+", "", html)


def universal_problems(out):
    problems = []
    for key, lay in layers_of(out).items():
        names = lay.fields().names()
        for f in lay.getFeatures():
            for name, a in zip(names, f.attributes()):
                if isinstance(a, float) and not math.isfinite(a):
                    problems.append(f"{key}.{name} = {a}")
                elif isinstance(a, str) and a.strip().lower() in ("nan", "inf", "-inf", "infinity", "-infinity"):
                    problems.append(f"{key}.{name} = '{a}'")
    for key, v in out.items():
        if isinstance(v, float) and not math.isfinite(v):
            problems.append(f"output {key} = {v}")
    html = html_of(out)
    if html is not None:
        text = re.sub(r"<[^>]+>", " ", visible_html(html))
        for m in re.finditer(r"\b(nan|inf|infinity)\b", text, flags=re.I):
            problems.append(f"report text has '{text[max(0, m.start() - 30):m.end() + 10].strip()}'")
            break
    return sorted(set(problems))[:6]


# ------------------------------------------------------------------ named checks
def _num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def close(a, b, rel, abs_=1e-9):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=rel, abs_tol=abs_)


def same_as(case="base", rel=1e-9, keys=None, skip_fields=()):
    """Every output number and every numeric field the two runs share is equal (in order)."""
    def check(ctx):
        base = ctx.run(case)
        diffs = []
        if keys is not None and not any(isinstance(base.get(k), QgsVectorLayer) or _num(base.get(k)) for k in keys):
            return [f"the reference run ({case}) has no {keys}"]
        for k, bv in base.items():
            if keys is not None and k not in keys:
                continue
            ov = ctx.out.get(k)
            if isinstance(bv, QgsVectorLayer):
                if not isinstance(ov, QgsVectorLayer):
                    diffs.append(f"{k} missing")
                    continue
                br, orows = rows(bv), rows(ov)
                if len(br) != len(orows):
                    diffs.append(f"{k}: {len(orows)} rows, expected {len(br)}")
                    continue
                common = [n for n in bv.fields().names() if n in ov.fields().names() and n not in skip_fields
                          and n != "fid"]
                for i, (b, o) in enumerate(zip(br, orows)):
                    for n in common:
                        if isinstance(b[n], float) and not math.isfinite(b[n]):
                            continue
                        if (_num(b[n]) or b[n] is None) and (_num(o[n]) or o[n] is None) and not close(o[n], b[n], rel):
                            diffs.append(f"{k}[{i}].{n} = {o[n]}, expected {b[n]}")
            elif _num(bv) or (bv is None and k in ctx.out):
                if isinstance(bv, float) and not math.isfinite(bv):
                    continue  # reported by the universal check
                if not (_num(ov) or ov is None) or not close(ov, bv, rel):
                    diffs.append(f"{k} = {ov}, expected {bv}")
        return diffs[:4]
    check.__name__ = f"same_as_{case}"
    return check


def figures_none(*names):
    def check(ctx):
        return [f"{n} = {ctx.out.get(n)!r}, expected None (no meaning)" for n in names if ctx.out.get(n) is not None]
    return check


def field_equals(key, field, expected, rel=1e-9):
    def check(ctx):
        got = col(ctx.out[key], field)
        if len(got) != len(expected) or not all(
                (e is None and g is None) or (e is not None and g is not None and close(g, e, rel))
                for g, e in zip(got, expected)):
            return [f"{key}.{field} = {got}, expected {expected}"]
        return []
    return check


def output_equals(name, expected, rel=1e-9):
    def check(ctx):
        got = ctx.out.get(name)
        return [] if close(got, expected, rel) else [f"{name} = {got!r}, expected {expected}"]
    return check


def row_count(key, n):
    def check(ctx):
        got = ctx.out[key].featureCount()
        return [] if got == n else [f"{key} has {got} rows, expected {n}"]
    return check


def names_intact(key, field):
    def check(ctx):
        got = col(ctx.out[key], field)
        return [] if HTML_NAME in got else [f"{key}.{field} lost the name {HTML_NAME!r}: {got[:3]}"]
    return check


def html_escaped():
    def check(ctx):
        html = html_of(ctx.out)
        if html is None:
            return ["no HTML report written"]
        problems = []
        if "<script>alert(1)</script>" in html or "<b>Ñandú" in html:
            problems.append("markup from the data is in the report unescaped")
        if "&lt;b&gt;Ñandú &amp;" not in html:
            problems.append("the name is not in the report as escaped text with its accents")
        return problems
    return check


def areas_same(case="base", rel=0.005):
    def check(ctx):
        def areas(lay):
            da = QgsDistanceArea()
            da.setSourceCrs(lay.crs(), QgsProject.instance().transformContext())
            da.setEllipsoid("EPSG:7030")
            return [da.measureArea(f.geometry()) for f in lay.getFeatures()]
        a, b = areas(ctx.out["OUTPUT"]), areas(ctx.run(case)["OUTPUT"])
        if len(a) != len(b) or not all(close(x, y, rel) for x, y in zip(a, b)):
            return [f"areas {[round(x) for x in a]}, expected {[round(y) for y in b]}"]
        return []
    return check


def all_(*checks):
    def check(ctx):
        out = []
        for c in checks:
            out += c(ctx)
        return out
    return check


def custom(fn, text):
    def check(ctx):
        return [] if fn(ctx) else [text]
    return check


# ------------------------------------------------------------------ expectations
class Expect:
    def __init__(self, kind, layer=None, field=None, check=None, count=True):
        self.kind, self.layer, self.field, self.check, self.count = kind, layer, field, check, count

    def __repr__(self):
        return self.kind


def E(layer=None, field=None):  # noqa: N802
    return Expect("ERROR", layer, field)


def W(layer, field=None, check=None):  # noqa: N802
    return Expect("WARNING", layer, field, check)


def W0(layer, field=None, check=None):  # noqa: N802
    """A warning that says "no demand" / "no capacity": it names the layer, no count needed
    (the count is "every unit")."""
    return Expect("WARNING", layer, field, check, count=False)


def R(check):  # noqa: N802
    return Expect("RESULT", check=check)


def EW(layer, field=None, check=None):  # noqa: N802
    return Expect("EITHER", layer, field, check)


def RW(layer, check):  # noqa: N802
    """The check holds, or a warning names the layer with a count (attribute-only
    algorithms may compute a unit without geometry, or skip it if they say so)."""
    return Expect("RESULT_OR_WARNING", layer, None, check)


B, F, S, Z, C, U = ("blocks_case", "facilities_case", "services_case", "zones_case", "candidates_case",
                    "population_case")
NULLS = ("null", "nan", "pos_inf", "neg_inf")


def nulls(layer, field, check=None):
    """NULL, NaN, +inf, -inf: "treated like NULL: counted and named in a warning, or a clear
    error" (issue 11, item 5; docs/architecture.md "NULLs and non-finite numbers")."""
    return {c: EW(layer, field, check) for c in NULLS}


MATRIX = {
    "accessibility": {
        "missing_field": E(B, MISSING), "text_numbers": R(same_as()), "words": EW(B, "pop"),
        "negative": E(B, "pop"), **nulls(B, "pop"), "empty": E(B),
        "zero_demand": W0(B, check=figures_none("SHARE_COVERED", "MEAN_ACCESS")),
        "zero_capacity": W0(F, check=all_(custom(lambda c: c.out.get("SHARE_COVERED") in (None, 0.0),
                                                "SHARE_COVERED is neither None nor 0 with no capacity"),
                                         field_equals("OUTPUT_DEMAND", "access", [0.0] * 4))),
        "geographic": R(same_as(rel=0.005)), "two_crs": R(same_as(rel=1e-6)),
        "invalid_polygon": W(B), "multipart": R(all_(row_count("OUTPUT_DEMAND", 4),
                                                     custom(lambda c: col(c.out["OUTPUT_DEMAND"], "covered")[1] == 1,
                                                            "the multipart unit is not covered"))),
        "null_geometry": W(B, check=all_(row_count("OUTPUT_DEMAND", 4),
                                         custom(lambda c: col(c.out["OUTPUT_DEMAND"], "access")[1] is None,
                                                "the unit without geometry has an access value"))),
        "duplicate_ids": E(B, "bid"),
        "disconnected_network": R(all_(
            custom(lambda c: col(c.out["OUTPUT_DEMAND"], "cost_nearest")[3] is None,
                   "the unit on the disconnected road has a cost"),
            custom(lambda c: col(c.out["OUTPUT_DEMAND"], "access")[3] == 0, "the cut-off unit has access"),
            custom(lambda c: all(x is not None for x in col(c.out["OUTPUT_DEMAND"], "cost_nearest")[:3]),
                   "a connected unit has no cost"))),
        "far_facility": W(F), "threshold_zero": E(), "threshold_negative": E(),
        # equal demand 50: R1 = 10 / 100 (units 1, 2), R2 = 6 / 100 (units 2, 3)
        "all_equal": R(field_equals("OUTPUT_DEMAND", "access", [0.1, 0.16, 0.06, 0.0])),
        "single": R(field_equals("OUTPUT_DEMAND", "access", [0.1])),
        "html_names": R(names_intact("OUTPUT_DEMAND", "name")), "odd_field_names": R(same_as()),
    },
    "catchments": {
        "empty": E(F), "geographic": R(areas_same()), "two_crs": R(areas_same("network_base", 0.001)),
        "multipart": R(row_count("OUTPUT", 4)), "null_geometry": W(F),
        "disconnected_network": R(all_(row_count("OUTPUT", 6), custom(
            lambda c: all(f.geometry().area() > 0 for f in c.out["OUTPUT"].getFeatures()),
            "a facility on the disconnected road has an empty catchment"))),
        "far_facility": W(F), "threshold_zero": E(), "threshold_negative": E(),
        "single": R(row_count("OUTPUT", 2)), "html_names": R(names_intact("OUTPUT", "name")),
    },
    "caredeserts": {
        "missing_field": E(B, MISSING), "text_numbers": R(same_as()), "words": EW(B, "pop"),
        "negative": E(B, "pop"), **nulls(B, "pop"), "empty": E(B),
        "zero_demand": W0(B, check=all_(output_equals("DESERTS", 0), custom(
            lambda c: all(r["share"] is None for r in rows(c.out["OUTPUT_SUMMARY"])),
            "the desert share of a district without demand is not NULL"))),
        "geographic": R(same_as("adjust_base", rel=0.005)),
        "two_crs": R(same_as("districts_base", rel=1e-6, keys=["OUTPUT_DISTRICTS"])),
        "invalid_polygon": W(B), "multipart": R(row_count("OUTPUT", 5)), "null_geometry": W(B),
        "threshold_zero": R(field_equals("OUTPUT", "low_access", [1, 1, 1, 1, 1])), "threshold_negative": E(),
        "all_equal": R(all_(output_equals("DESERTS", 0), field_equals("OUTPUT", "z_demand", [0.0] * 5))),
        "single": R(field_equals("OUTPUT", "desert", [0])),
        "html_names": R(names_intact("OUTPUT", "district")), "odd_field_names": R(same_as()),
    },
    "caregaps": {
        "missing_field": E(B, MISSING), "text_numbers": R(same_as()), "words": EW(B, "kids"),
        "negative": E(B, "kids"), **nulls(B, "kids"), "empty": E(B),
        "zero_demand": W0(B, check=field_equals("OUTPUT", "coverage", [None] * 4)),
        "zero_capacity": R(field_equals("OUTPUT", "unmet", [30.0, 10.0, 20.0, 9.0])),
        "two_crs": R(same_as("districts_base", rel=1e-6, keys=["OUTPUT_DISTRICTS"])),
        "null_geometry": RW(B, same_as()),
        "all_equal": R(field_equals("OUTPUT", "unmet", [44.0, 38.0, 45.0, 47.0])),
        "single": R(field_equals("OUTPUT", "unmet", [24.0])),
        "html_names": R(names_intact("OUTPUT", "district")), "odd_field_names": R(same_as()),
    },
    "hotspots": {
        "missing_field": E(B, MISSING), "text_numbers": R(same_as()), "words": EW(B, "v"),
        # a value field may be negative (a change, a residual): it is a result
        "negative": R(row_count("OUTPUT", 8)), **nulls(B, "v"), "empty": E(B),
        "geographic": R(same_as(rel=0.005)), "invalid_polygon": W(B), "multipart": R(row_count("OUTPUT", 8)),
        "null_geometry": W(B),
        "all_equal": R(all_(field_equals("OUTPUT", "z", [0.0] * 8), field_equals("OUTPUT", "hotspot_class", [0] * 8))),
        "single": E(B), "html_names": R(names_intact("OUTPUT", "name")), "odd_field_names": R(same_as()),
    },
    "priorityindex": {
        "missing_field": E(B, MISSING), "text_numbers": R(same_as()), "words": EW(B, "unmet"),
        # an indicator may be negative (e.g. a change): min-max still maps it to 0..1
        "negative": R(custom(lambda c: all(0 <= x <= 1 for x in col(c.out["OUTPUT"], "priority")),
                             "priority outside 0..1")),
        **nulls(B, "unmet"), "empty": E(B), "null_geometry": RW(B, same_as()),
        "all_equal": R(field_equals("OUTPUT", "contrib_unmet", [0.0] * 4)),
        "single": R(custom(lambda c: col(c.out["OUTPUT"], "priority_rank") == [1], "a single unit is not rank 1")),
        "html_names": R(names_intact("OUTPUT", "name")), "odd_field_names": R(same_as()),
    },
    "equity": {
        "missing_field": E(B, MISSING), "text_numbers": R(same_as()), "words": EW(B, "acc"),
        "negative": E(B, "acc"), **nulls(B, "acc"), "empty": E(B),
        "zero_demand": W0(B, check=figures_none("GINI", "MEAN_ACCESS")),
        "zero_capacity": W0(B, check=figures_none("GINI", "PALMA")),
        "null_geometry": RW(B, same_as()),
        "all_equal": R(all_(output_equals("GINI", 0.0), output_equals("THEIL", 0.0))),
        "single": R(custom(lambda c: c.out.get("GINI") in (0, 0.0, None), "Gini of one unit is not 0/None")),
        "html_names": R(row_count("OUTPUT_LORENZ", 11)), "odd_field_names": R(same_as()),
    },
    "siting": {
        "missing_field": E(B, MISSING), "text_numbers": R(same_as()), "words": EW(B, "pop"),
        "negative": E(B, "pop"), **nulls(B, "pop"), "empty": E(B),
        "zero_demand": W0(B, check=figures_none("DESERT_SHARE_BEFORE", "DESERT_SHARE_AFTER", "MEAN_COST_BEFORE")),
        "geographic": R(same_as(rel=0.005)), "two_crs": R(same_as(rel=1e-6)),
        "invalid_polygon": W(B), "multipart": R(row_count("OUTPUT_DEMAND", 3)), "null_geometry": W(B),
        "duplicate_ids": E(B, "bid"),
        "disconnected_network": R(output_equals("DEMAND_COVERED_AFTER", 23)), "far_facility": W(C),
        "threshold_zero": E(), "threshold_negative": E(), "p_too_large": EW(C),
        "all_equal": R(output_equals("DEMAND_COVERED_AFTER", 150)),
        # one unit, P = 2: the second site would gain nothing (issue 11, item 10)
        "single": R(all_(output_equals("DEMAND_COVERED_AFTER", 10), custom(
            lambda c: all(g != 0 for g in col(c.out["OUTPUT_SITES"], "gain")) or c.feedback.warnings,
            "a site with gain 0 was added without a warning"))),
        "html_names": R(names_intact("OUTPUT_DEMAND", "name")), "odd_field_names": R(same_as()),
    },
    "supplyinventory": {
        "missing_field": E(F, MISSING), "text_numbers": R(same_as()), "words": EW(F, "capacity"),
        "negative": E(F, "capacity"), **nulls(F, "capacity"), "empty": E(F),
        # capacity 0 means "not known" here (imputed): a clear error or a counted warning
        "zero_capacity": EW(F),
        "geographic": R(all_(row_count("OUTPUT", 4), custom(
            lambda c: [r["n_merged"] for r in rows(c.out["OUTPUT"]) if r["name"] == "Jardín Sol"] == [2],
            "the two records 10 m apart are not merged"))),
        "two_crs": R(all_(row_count("OUTPUT", 4), custom(
            lambda c: [r["n_merged"] for r in rows(c.out["OUTPUT"]) if r["name"] == "Jardín Sol"] == [2],
            "the two records 10 m apart (two CRSs) are not merged"))),
        "invalid_polygon": W(F), "multipart": R(row_count("OUTPUT", 4)), "null_geometry": W(F),
        "all_equal": R(field_equals("OUTPUT", "capacity_fde", [50.0, 50.0, 25.0, 50.0])),
        "single": R(field_equals("OUTPUT", "capacity_fde", [80.0])),
        "html_names": R(names_intact("OUTPUT", "name")), "odd_field_names": R(same_as()),
        "threshold_zero": R(row_count("OUTPUT", 4)), "threshold_negative": E(),  # DEDUP_DISTANCE
    },
    "caredemand": {
        "missing_field": E(B, MISSING), "text_numbers": R(same_as()), "words": EW(B, "a0_4"),
        "negative": E(B, "a0_4"),
        **nulls(B, "a0_4", custom(lambda c: col(c.out["OUTPUT"], "care_demand")[1] is None,
                                     "the unit with a missing count has a care demand")),
        "empty": E(B), "zero_demand": R(field_equals("OUTPUT", "care_demand", [0.0] * 4)),
        "geographic": R(same_as(rel=0.005)),
        # the bow-tie repaired is two triangles of 0.5 km2 with 44 people: 88 / km2
        "invalid_polygon": W(B, check=custom(lambda c: close(col(c.out["OUTPUT"], "pop_density")[1], 88.0, 0.01),
                                             "density of the repaired bow-tie is not 44 / 0.5 km2")),
        "multipart": R(custom(lambda c: close(col(c.out["OUTPUT"], "pop_density")[1], 88.0, 0.01),
                              "density of the two-part unit is not 44 / 0.5 km2")),
        "null_geometry": W(B),
        "all_equal": R(custom(lambda c: len(set(col(c.out["OUTPUT"], "care_demand"))) == 4, "care demand wrong")),
        "single": R(field_equals("OUTPUT", "pop_bands", [100.0])),
        "html_names": R(names_intact("OUTPUT", "name")), "odd_field_names": R(same_as()),
    },
    "rasterdemand": {
        "negative": E(U), "nan": W(U, check=field_equals("OUTPUT", "raster_total", [200.0, 250.0, 300.0, 198.0])),
        "pos_inf": W(U, check=field_equals("OUTPUT", "raster_total", [200.0, 250.0, 300.0, 198.0])),
        "neg_inf": EW(U, check=field_equals("OUTPUT", "raster_total", [200.0, 250.0, 300.0, 198.0])),
        "empty": E(Z), "zero_demand": R(field_equals("OUTPUT", "raster_total", [0.0] * 4)),
        "geographic": R(same_as(rel=0.005)), "two_crs": R(same_as(rel=1e-6)), "invalid_polygon": W(Z),
        "multipart": R(field_equals("OUTPUT", "raster_total", [200.0, 125.0, 300.0, 200.0])),
        "null_geometry": W(Z), "all_equal": R(field_equals("OUTPUT", "raster_total", [200.0] * 4)),
        "single": R(field_equals("OUTPUT", "raster_total", [200.0])),
        "html_names": R(names_intact("OUTPUT", "name")),
        "odd_field_names": R(field_equals("OUTPUT", "raster_total", [200.0, 250.0, 300.0, 200.0])),
    },
    "unpaidcare": {
        "missing_field": E(B, MISSING), "text_numbers": R(same_as()), "words": EW(B, "f_15_29"),
        "negative": E(B, "f_15_29"), **nulls(B, "f_15_29"), "empty": E(B),
        "zero_demand": W0(B, check=figures_none("WOMEN_SHARE")), "zero_capacity": EW(S, "places"),
        "geographic": R(same_as(rel=0.005)), "two_crs": R(same_as(rel=1e-6)),
        "multipart": R(row_count("OUTPUT", 4)), "null_geometry": W(B), "duplicate_ids": E(B, "bid"),
        "disconnected_network": R(custom(lambda c: col(c.out["OUTPUT"], "hours_freed_week")[3] == 0
                                         and c.out["HOURS_FREED"] > 0, "hours freed wrong")),
        "far_facility": W(S), "threshold_zero": E(), "threshold_negative": E(),
        "all_equal": R(row_count("OUTPUT", 4)), "single": R(field_equals("OUTPUT", "unpaid_week", [400.0])),
        "html_names": R(names_intact("OUTPUT", "name")), "odd_field_names": R(same_as()),
    },
    "report": {
        "missing_field": E(B, MISSING), "text_numbers": R(same_as()), "words": EW(B, "care_demand"),
        "negative": E(B, "care_demand"), **nulls(B, "care_demand"), "empty": E(B),
        "zero_demand": W0(B, check=figures_none("SHARE_BEYOND", "DESERT_SHARE")),
        "zero_capacity": W0(B, "access"),  # access 0 in every unit: no capacity within reach
        "geographic": R(same_as(rel=0.005)), "two_crs": R(same_as(rel=1e-6)),
        "invalid_polygon": W(B), "multipart": R(same_as()), "null_geometry": W(B),
        "threshold_zero": E(), "threshold_negative": E(),
        "all_equal": R(output_equals("SHARE_BEYOND", 0.5)), "single": R(output_equals("SHARE_BEYOND", 0.0)),
        "html_names": R(html_escaped()), "odd_field_names": R(same_as()),
    },
    "carepipeline": {
        "missing_field": E(B, MISSING), "text_numbers": R(same_as()), "words": EW(B, "p_0_2"),
        "negative": E(B, "p_0_2"), **nulls(B, "p_0_2"), "empty": E(B),
        "zero_demand": W0(B, check=figures_none("SHARE_COVERED", "DESERT_SHARE")),
        "zero_capacity": EW(F),  # capacity 0 = not known for the inventory step
        "geographic": R(same_as(rel=0.005)), "two_crs": R(same_as(rel=1e-6)),
        "invalid_polygon": W(B), "multipart": R(row_count("OUTPUT_UNITS", 4)), "null_geometry": W(B),
        "disconnected_network": R(custom(lambda c: col(c.out["OUTPUT_UNITS"], "cost_nearest")[3] is None,
                                         "the unit on the disconnected road has a cost")),
        "far_facility": W(F), "threshold_zero": E(), "threshold_negative": E(),
        "all_equal": R(row_count("OUTPUT_UNITS", 4)), "single": R(row_count("OUTPUT_UNITS", 1)),
        "html_names": R(all_(names_intact("OUTPUT_UNITS", "district"), html_escaped())),
        "odd_field_names": R(same_as()),
    },
}

# value cases on a second field ("case@field"): capacities, costs, weights, hours, places
SECONDARY = {
    "accessibility": {**{f"{c}@cap": EW(F, "cap") for c in NULLS}, "negative@cap": E(F, "cap")},
    "caredeserts": {"nan@cost": EW(B, "cost"), "pos_inf@cost": EW(B, "cost"), "neg_inf@cost": EW(B, "cost"),
                    "negative@cost": E(B, "cost")},
    "caregaps": {"nan@places": EW(B, "places"), "pos_inf@places": EW(B, "places"), "negative@places": E(B, "places")},
    "equity": {"nan@pop": EW(B, "pop"), "pos_inf@pop": EW(B, "pop"), "negative@pop": E(B, "pop")},
    "priorityindex": {"nan@access": EW(B, "access"), "pos_inf@access": EW(B, "access")},
    "supplyinventory": {"nan@hours_per_day": EW(F, "hours_per_day"), "pos_inf@hours_per_day": EW(F, "hours_per_day"),
                        "negative@hours_per_day": E(F, "hours_per_day")},
    "unpaidcare": {"nan@weekly_hours": EW("timeuse_case", "weekly_hours"),
                   "pos_inf@weekly_hours": EW("timeuse_case", "weekly_hours"),
                   "negative@weekly_hours": E("timeuse_case", "weekly_hours"),
                   "nan@places": EW(S, "places"), "pos_inf@places": EW(S, "places")},
    "report": {"pos_inf@cost_nearest": EW(B, "cost_nearest"), "nan@cost_nearest": EW(B, "cost_nearest"),
               "neg_inf@cost_nearest": EW(B, "cost_nearest"), "pos_inf@access": EW(B, "access"),
               "negative@cost_nearest": E(B, "cost_nearest")},
    "carepipeline": {"nan@capacity": EW(F, "capacity"), "pos_inf@capacity": EW(F, "capacity"),
                     "negative@capacity": E(F, "capacity")},
}
for _alg, _cells in SECONDARY.items():
    MATRIX[_alg].update(_cells)

CELLS = [(alg, case) for alg, cases in MATRIX.items() for case in cases]


# ------------------------------------------------------------------ the test
@pytest.fixture(scope="module")
def matrix_tmp(tmp_path_factory):
    return tmp_path_factory.mktemp("matrix")


def parameter_ids(alg):
    a = QgsApplication.processingRegistry().algorithmById(f"caremap:{alg}")
    return [p.name() for p in a.parameterDefinitions() if len(p.name()) > 1]


def error_problems(alg, msg, exp):
    problems = []
    if exp.layer and exp.layer not in msg:
        problems.append(f"does not name the layer '{exp.layer}'")
    if exp.field and exp.field not in msg:
        problems.append(f"does not name the field '{exp.field}'")
    ids = [i for i in parameter_ids(alg)
           if re.search(rf"(?<![A-Za-z0-9_]){re.escape(i)}(?![A-Za-z0-9_])", msg)]
    if ids:
        problems.append(f"names parameter id(s) {ids}")
    return problems


# the pipeline's intermediate layers, as a message would name them: "layer X (Care gaps)"
INTERMEDIATE = re.compile(r"\((Care demand|Accessibility \(demand\)|Care gaps|Care deserts|Care supply inventory|"
                          r"Catchment ratios \(facilities\)|Care priority index)\)")


def message_problems(alg, messages):
    """Every message the user sees (warnings, the error): no parameter id, and for the
    pipeline no intermediate layer instead of the user's own."""
    problems = []
    ids = parameter_ids(alg)
    for m in messages:
        hit = [i for i in ids if re.search(rf"(?<![A-Za-z0-9_]){re.escape(i)}(?![A-Za-z0-9_])", m)]
        if hit and FRAMEWORK_REFUSAL not in m:
            problems.append(f"message names parameter id(s) {hit}: {short(m)[:160]}")
        if alg == "carepipeline" and INTERMEDIATE.search(m):
            problems.append(f"message names an intermediate layer {INTERMEDIATE.search(m).group(0)}: {short(m)[:160]}")
    return problems[:3]


def warning_problems(fb, exp):
    for w in fb.warnings:
        if (not exp.count or re.search(r"\d", w)) and (not exp.layer or exp.layer in w) and (not exp.field or exp.field in w):
            return []
    want = " + ".join(x for x in (exp.layer and f"'{exp.layer}'", exp.field and f"'{exp.field}'",
                                   exp.count and "a count") if x)
    infos = [i[:120] for i in fb.infos if (exp.layer and exp.layer in i) or (exp.field and exp.field in i)]
    return [f"no warning with {want}; warnings: {[w[:120] for w in fb.warnings][:3]}"
            + (f"; log only: {infos[:2]}" if infos else "")]


def short(msg):
    return " ".join(str(msg).split())[:300]


# The dialog's spin boxes cannot hold a negative threshold; from processing.run or
# qgis_process QGIS itself refuses it, naming the id the caller typed. That is accepted.
FRAMEWORK_REFUSAL = "Incorrect parameter value for"


def run_cell(alg, case, tmp):
    """The list of problems of one cell (empty = as expected)."""
    exp = MATRIX[alg][case]
    fb = Recorder()
    try:
        params = BUILDERS[alg](V(case), tmp)
    except Exception as e:  # the harness itself
        return [f"building the inputs failed: {type(e).__name__}: {e}"]
    try:
        out = execute(alg, params, fb)
    except QgsProcessingException as e:
        msg = short(e)
        if exp.kind not in ("ERROR", "EITHER"):
            return [f"expected {exp.kind}, got error: {msg}"]
        if case == "threshold_negative" and FRAMEWORK_REFUSAL in msg:
            return []
        problems = error_problems(alg, str(e), exp)
        problems = [f"error {'; '.join(problems)}: {msg}"] if problems else []
        return problems + message_problems(alg, fb.warnings)
    except Exception as e:
        return [f"crash: {type(e).__name__}: {short(e)}"]
    ctx = Ctx(alg, tmp, out, fb)
    problems = message_problems(alg, fb.warnings)
    bad = universal_problems(out)
    if bad:
        problems.append(f"non-finite output: {bad}")
    if exp.kind == "ERROR":
        problems.append(f"expected an error naming {exp.layer or 'the value'}"
                        f"{' / ' + exp.field if exp.field else ''}, but it ran; warnings: "
                        f"{[w[:100] for w in fb.warnings][:3]}")
        return problems
    if exp.kind in ("WARNING", "EITHER"):
        problems += warning_problems(fb, exp)
    checked = []
    if exp.check is not None:
        try:
            checked = exp.check(ctx)
        except QgsProcessingException as e:
            checked = [f"the reference run failed: {short(e)}"]
        except Exception as e:
            checked = [f"check {type(e).__name__}: {short(e)}"]
    if exp.kind == "RESULT_OR_WARNING":
        if checked and warning_problems(fb, exp):
            problems.append(f"neither a counted warning naming '{exp.layer}' nor the same result: {'; '.join(checked)}")
    else:
        problems += checked
    return problems


@pytest.mark.parametrize("alg, case", CELLS, ids=[f"{a}-{c}" for a, c in CELLS])
def test_cell(caremap_provider, matrix_tmp, alg, case):
    problems = run_cell(alg, case, matrix_tmp)
    assert not problems, " | ".join(problems)


# algorithms of the provider with no row, and where their bad input is tested instead
NOT_IN_MATRIX = {
    "osmnetwork": "an OSM extract, not blocks/facilities (test_alg_osmnetwork.py::test_bad_input_says_what_to_do)",
    "osmsupply": "an OSM extract (test_alg_supply.py::test_osm_custom_tag_table_and_bad_inputs)",
    "carebatch": "carepipeline per municipality, its row applies (test_carebatch.py::test_bad_municipality_field)",
    "preflight": "no input layer: checks the installation (test_preflight.py, failures simulated)",
    "fieldsurvey": "writes an empty survey package, optional layers only "
                   "(test_alg_fieldsurvey.py: bad language, an existing package never overwritten)",
    "careblocks": "its own bad inputs (test_alg_careblocks.py::test_bad_input_says_what_to_do, null geometry, cancel)",
    "syntheticgtfs": "route lines and stops to a GTFS zip, no demand/facilities/costs "
                     "(test_alg_syntheticgtfs.py::test_bad_input_says_what_to_do, null geometry, degrees, cancel)",
}


def test_matrix_covers_every_algorithm_and_case(caremap_provider):
    from matrix_cases import CASES

    registered = {a.name() for a in caremap_provider.algorithms()}
    # a new algorithm gains a row (docs/architecture.md, "A new algorithm"), or says here why not
    assert set(MATRIX) == registered - set(NOT_IN_MATRIX), registered ^ (set(MATRIX) | set(NOT_IN_MATRIX))
    assert set(NOT_IN_MATRIX) <= registered
    used = {c.split("@")[0] for cases in MATRIX.values() for c in cases}
    assert used == set(CASES), set(CASES) - used
    assert GEO != "EPSG:32618"
