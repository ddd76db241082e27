"""What the dock reads from a CareMap result layer: recognising the result by its
fields, reading the columns into arrays, and the chart summaries (computed by
``kernels.summaries``; no formula lives here)."""
from dataclasses import dataclass, field

import numpy as np
from qgis.core import QgsFeatureRequest, QgsVectorLayer

from ..kernels import careblocks as kblocks
from ..kernels import summaries, time_figures, time_windows
from ..kernels.costs import DEFAULT_THRESHOLD_MINUTES
from ..kernels.gaps import encode_groups
from ..processing import layer_io

# fields that identify each kind of CareMap result (see processing/algorithms/*.py)
RESULT_KINDS = {
    "access": {"access", "access_norm", "cost_nearest", "n_reachable", "covered"},
    "gaps": {"coverage", "unmet"},
    "deserts": {"z_demand", "high_demand", "low_access", "desert", "desert_type"},
    "blocks": set(kblocks.UNIT_FLAG_FIELDS + kblocks.UNIT_PEOPLE_FIELDS),  # careblocks' units output
}
RESULT_FIELDS = set().union(*RESULT_KINDS.values()) | set(kblocks.UNIT_FIELDS) | {
    "required", "shortfall", "surplus", "below_target", "places", "demand_threshold", "adj_threshold",
    "catch_demand", "ratio"}
DEMAND_CANDIDATES = ("care_demand", "demand", "pop_total", "population", "pop", "poblacion")
DISTRICT_CANDIDATES = ("district", "district_name", "localidad", "comuna", "municipio", "barrio", "zone")
NO_DISTRICT = "—"


def result_kinds(field_names):
    """The CareMap result kinds (``access``, ``gaps``, ``deserts``, ``blocks``) whose fields are all
    present; empty when the layer is no CareMap result."""
    names = set(field_names)
    return {kind for kind, needed in RESULT_KINDS.items() if needed <= names}


def is_result_layer(layer):
    return (isinstance(layer, QgsVectorLayer) and layer.isValid()
            and bool(result_kinds(layer.fields().names())))


def numeric_fields(layer):
    return [f.name() for f in layer.fields() if f.isNumeric()]


def text_fields(layer):
    return [f.name() for f in layer.fields() if not f.isNumeric()]


def window_labels(names):
    """The labels of the pairs ``access_<label>`` / ``covered_<label>`` among a layer's
    fields (``kernels.time_windows.window_pairs``: the candidates for a caregivers' time
    window; their values decide in :func:`load_chart_data`), without the fields of a
    careblocks units output (covered_before, covered_dependants, ...)."""
    return [w for w in time_windows.window_pairs(names)
            if time_figures.COVERED_PREFIX + w not in kblocks.UNIT_FIELDS]


def guess_demand_field(layer):
    """The demand field the result was computed from, recognised from the result's own
    fields (``kernels.summaries.identify_demand_field``); else a known name; else the
    first numeric input field."""
    nums = numeric_fields(layer)
    names = set(layer.fields().names())
    windows = {time_figures.COVERED_PREFIX + w for w in window_labels(names)}
    inputs = [n for n in nums if n not in RESULT_FIELDS and n != "z_demand" and n not in windows
              and not n.startswith("access_") and n != time_figures.TEMPORAL_DESERT_FIELD]
    if inputs and ({"access", "access_norm"} <= names or "z_demand" in names):
        extra = [n for n in ("access", "access_norm", "z_demand") if n in names]
        _, cols = read_columns(layer, numeric=inputs + extra)
        found = summaries.identify_demand_field({n: cols[n] for n in inputs}, access=cols.get("access"),
                                                access_norm=cols.get("access_norm"),
                                                z_demand=cols.get("z_demand"))
        if found:
            return found
    lower = {n.lower(): n for n in nums}
    for cand in DEMAND_CANDIDATES:
        if cand in lower:
            return lower[cand]
    rest = [n for n in nums if n not in RESULT_FIELDS and n.lower() not in ("fid", "id")]
    return rest[0] if rest else None


def guess_district_field(layer):
    texts = text_fields(layer)
    lower = {n.lower(): n for n in texts}
    for cand in DISTRICT_CANDIDATES:
        if cand in lower:
            return lower[cand]
    return None


def read_columns(layer, numeric=(), text=()):
    """Feature ids (int64) and the requested columns (float64 with NaN for NULL, or
    object with None), in one attribute-only pass over the layer, converted as the
    processing readers convert them (``processing.layer_io.numeric_column``)."""
    fields = layer.fields()
    names = [n for n in list(numeric) + list(text) if n and fields.lookupField(n) >= 0]
    idx = [fields.lookupField(n) for n in names]
    req = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(idx)
    rows = [(f.id(), f.attributes()) for f in layer.getFeatures(req)]
    fids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    cols = {}
    for name, i in zip(names, idx):
        values = [r[1][i] for r in rows]
        if name in numeric:  # the processing readers' rule: NaN/inf and non-numbers are NULL
            cols[name] = layer_io.numeric_column(values, name, layer.name(), require_numbers=False)
        else:
            cols[name] = layer_io.text_column(values)
    return fids, cols


@dataclass
class ChartData:
    """Everything the charts draw, one entry per feature row (``fids``)."""
    fids: np.ndarray
    demand: np.ndarray
    access: np.ndarray = None
    cost: np.ndarray = None
    covered: np.ndarray = None
    desert: np.ndarray = None
    unmet: np.ndarray = None
    district_codes: np.ndarray = None
    district_labels: np.ndarray = None
    windows: dict = field(default_factory=dict)   # window label -> covered_<label> (0/1, NaN)
    not_windows: list = field(default_factory=list)  # covered_<label> fields that are no window
    blocks: dict = None        # kernels.careblocks.plan_figures of a careblocks units output
    block_of: np.ndarray = None  # each row's block (NaN: none reaches it)
    target: float = 1.0 / 3.0
    threshold: float = DEFAULT_THRESHOLD_MINUTES
    cost_unit: str = "minutes"  # the unit of cost and threshold as the dock shows them (figures.layer_cost)
    summaries: dict = field(default_factory=dict)

    def rows_of(self, fids):
        """Row positions of feature ids (unknown ids are dropped)."""
        fids = np.asarray(list(fids), dtype=np.int64)
        if fids.size == 0 or self.fids.size == 0:
            return np.zeros(0, dtype=np.int64)
        order = np.argsort(self.fids, kind="mergesort")
        pos = np.searchsorted(self.fids, fids, sorter=order)
        pos = np.clip(pos, 0, self.fids.size - 1)
        hit = self.fids[order[pos]] == fids
        return np.sort(order[pos[hit]])


def load_chart_data(layer, demand_field, district_field=None, target=1.0 / 3.0, threshold=DEFAULT_THRESHOLD_MINUTES,
                    bins=20):
    """Read ``layer`` and compute every chart summary with ``kernels.summaries``."""
    names = set(layer.fields().names())
    numeric = [demand_field] + [n for n in ("access", "cost_nearest", "covered", "desert", "unmet")
                                if n in names and n != demand_field]
    nums = set(numeric_fields(layer))  # a text covered_<label> is never a window
    window_fields = [time_figures.COVERED_PREFIX + label for label in window_labels(layer.fields().names())]
    numeric += [n for n in window_fields if n != demand_field and n in nums]
    fids, cols = read_columns(layer, numeric=numeric, text=[district_field] if district_field else [])
    D = cols.get(demand_field, np.full(fids.size, np.nan))
    data = ChartData(fids=fids, demand=D, access=cols.get("access"), cost=cols.get("cost_nearest"),
                     covered=cols.get("covered"), desert=cols.get("desert"), unmet=cols.get("unmet"),
                     target=float(target), threshold=float(threshold))
    # the windows: the access_/covered_ pairs whose covered_ holds only 0, 1 or NULL
    data.windows, ignored = time_windows.time_windows(
        layer.fields().names(), {n: cols[n] for n in window_fields if n in cols})
    data.not_windows = [n for n in ignored if n not in kblocks.UNIT_FIELDS]
    if district_field and district_field in cols:
        labels = cols[district_field].copy()
        labels[labels == None] = NO_DISTRICT  # noqa: E711
        data.district_codes, data.district_labels = encode_groups(labels)
    s = data.summaries
    Dz = np.nan_to_num(D, nan=0.0)
    s["key"] = summaries.key_figures(Dz, covered=data.covered, desert=data.desert, unmet=data.unmet,
                                     access=data.access)
    if data.access is not None:
        top = summaries.display_max(data.access, quantile=0.95, at_least=2.0 * data.target)
        s["hist_edges"], s["hist_counts"] = summaries.histogram(data.access, weights=Dz, bins=bins,
                                                                value_range=(0.0, top), clip=True)
        s["lorenz"] = summaries.lorenz_summary(data.access, Dz)
        s["demand_cutoff"] = summaries.demand_cutoff(Dz)
        codes = data.district_codes if data.district_codes is not None else np.zeros(fids.size, np.int64)
        s["districts"] = summaries.district_totals(codes, Dz, data.access,
                                                   len(data.district_labels) if data.district_labels is not None else 1)
    if data.windows:  # the share of demand covered in each caregivers' window, all hours first
        # when the layer's covered is a 0/1 flag (a user's covered percentage is no all-hours
        # bar, and never hides the windows); the demand is checked >= 0 by key_figures above
        all_hours = data.covered if data.covered is not None and time_windows.is_window_flag(data.covered) else None
        s["time_profile"] = time_figures.window_profile(Dz, data.windows, covered=all_hours)
    if data.cost is not None:
        s["coverage_minutes"], s["coverage_share"] = summaries.coverage_curve(data.cost, Dz)
    if kblocks.is_units_output(names):
        load_blocks(layer, data)
    return data


def load_blocks(layer, data):
    """The care blocks of a careblocks units output into ``data.blocks`` and
    ``data.block_of``: the people each block reaches, and the coverage of both groups
    before and after, their totals from the fields the run read (recognised by
    ``kernels.careblocks.identify_group_field``)."""
    flags = [n for n in kblocks.UNIT_FIELDS if layer.fields().lookupField(n) >= 0]
    inputs = [n for n in numeric_fields(layer) if n not in kblocks.UNIT_FIELDS]
    _, cols = read_columns(layer, numeric=list(dict.fromkeys(flags + inputs)))
    nan = np.full(data.fids.size, np.nan)
    own = {n: cols[n] for n in inputs}
    dep = kblocks.identify_group_field(own, cols["covered_dependants"], cols["covered_after"],
                                       prefer=kblocks.DEFAULT_DEPENDANTS_FIELD)
    care = kblocks.identify_group_field(own, cols["covered_caregivers"], cols["covered_after"],
                                        prefer=kblocks.DEFAULT_CAREGIVERS_FIELD, exclude=(dep,))
    data.block_of = cols.get("block", nan)
    data.blocks = kblocks.plan_figures(
        data.block_of, cols["covered_before"], cols["covered_after"], cols["covered_dependants"],
        cols["covered_caregivers"], own.get(dep), own.get(care), block_before=cols.get("block_before"))
    data.blocks["dependants_field"], data.blocks["caregivers_field"] = dep, care
