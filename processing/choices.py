"""Readable, translated labels of every choice parameter (issue 18, item 1).

QGIS 3.40's choice parameter (QgsProcessingParameterEnum) shows its options as they are:
with static strings the dialog would read ``2sfca``, ``straight``, ``greedy``. So a CareMap
choice (``CareMapAlgorithm.static_enum``) is a plain enum whose options are the translated
labels below (the dialog and models store the option's index), and the stable static
value of each option is kept in the parameter's metadata (``METADATA_KEY``, cloned with
the definition). ``CareMapAlgorithm.enum_value`` and its checks accept either the static
value (``METHOD=2sfca`` in ``processing.run``, ``qgis_process``, models, carebatch's
children) or the index (the dialog, the model designer), and return the static value.

``LABELS``: a parameter name, or ``(algorithm id, parameter name)`` where the same name
means something else in one algorithm, -> {static value: English label}. Every static
value of every algorithm has a label (tests/qgis/test_choices.py).
"""
from qgis.core import QgsProcessingParameterDefinition, QgsProcessingParameterEnum
from qgis.PyQt.QtCore import QCoreApplication

CONTEXT = "CareMap"
METADATA_KEY = "caremap_static_values"


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 (the name the string extractor knows)
    return text


LABELS = {
    "COST_MODE": {
        "straight": QT_TRANSLATE_NOOP("CareMap", "Straight line"),
        "network": QT_TRANSLATE_NOOP("CareMap", "Road network"),
        "table": QT_TRANSLATE_NOOP("CareMap", "Table of travel costs"),
        "transit": QT_TRANSLATE_NOOP("CareMap", "Public transport (GTFS)"),
    },
    "ACCESS_MODE": {  # the walks to, from and between stops of public transport
        "straight": QT_TRANSLATE_NOOP("CareMap", "Straight line (times the detour factor)"),
        "network": QT_TRANSLATE_NOOP("CareMap", "Road network"),
    },
    "COST_UNIT": {
        "meters": QT_TRANSLATE_NOOP("CareMap", "Metres"),
        "minutes": QT_TRANSLATE_NOOP("CareMap", "Minutes"),
    },
    "METHOD": {
        "nearest": QT_TRANSLATE_NOOP("CareMap", "Cost to the nearest facility"),
        "cumulative": QT_TRANSLATE_NOOP("CareMap", "Places within reach (cumulative opportunities)"),
        "2sfca": QT_TRANSLATE_NOOP("CareMap", "Two-step floating catchment (2SFCA)"),
        "e2sfca": QT_TRANSLATE_NOOP("CareMap", "Two-step floating catchment with distance zones (E2SFCA)"),
        "g2sfca": QT_TRANSLATE_NOOP("CareMap", "Two-step floating catchment with gradual decay (G2SFCA)"),
        "3sfca": QT_TRANSLATE_NOOP("CareMap", "Three-step floating catchment, with competition (3SFCA)"),
        "m2sfca": QT_TRANSLATE_NOOP("CareMap", "Modified two-step floating catchment (M2SFCA)"),
        "gravity": QT_TRANSLATE_NOOP("CareMap", "Gravity potential (Hansen)"),
    },
    "DECAY": {
        "step": QT_TRANSLATE_NOOP("CareMap", "None: full weight up to the threshold"),
        "gaussian": QT_TRANSLATE_NOOP("CareMap", "Gaussian"),
        "exponential": QT_TRANSLATE_NOOP("CareMap", "Exponential"),
        "linear": QT_TRANSLATE_NOOP("CareMap", "Linear"),
        "power": QT_TRANSLATE_NOOP("CareMap", "Power (inverse distance)"),
    },
    "WEIGHTS": {  # demand weights by age (caredemand, carepipeline, carebatch)
        "equal": QT_TRANSLATE_NOOP("CareMap", "Equal: every person counts once"),
        "madrid": QT_TRANSLATE_NOOP("CareMap", "By age: care-need scale of Madrid"),
        "custom": QT_TRANSLATE_NOOP("CareMap", "Custom weights"),
    },
    ("hotspots", "WEIGHTS"): {
        "knn": QT_TRANSLATE_NOOP("CareMap", "Nearest neighbours"),
        "distance": QT_TRANSLATE_NOOP("CareMap", "Neighbours within a distance"),
        "queen": QT_TRANSLATE_NOOP("CareMap", "Shared border or corner (queen)"),
        "rook": QT_TRANSLATE_NOOP("CareMap", "Shared border (rook)"),
    },
    "STATISTIC": {
        "gi_star": QT_TRANSLATE_NOOP("CareMap", "Hot and cold spots (Getis-Ord Gi*)"),
        "local_moran": QT_TRANSLATE_NOOP("CareMap", "Clusters and outliers (local Moran's I)"),
    },
    "WEIGHT_TRANSFORM": {
        "row": QT_TRANSLATE_NOOP("CareMap", "Row-standardised"),
        "binary": QT_TRANSLATE_NOOP("CareMap", "Binary (0 or 1)"),
    },
    "DEMAND_RULE": {
        "median": QT_TRANSLATE_NOOP("CareMap", "Above the median"),
        "mean": QT_TRANSLATE_NOOP("CareMap", "Above the mean"),
        "mean_plus_std": QT_TRANSLATE_NOOP("CareMap", "Above the mean plus one standard deviation"),
    },
    "SUPPLY_KIND": {
        "places": QT_TRANSLATE_NOOP("CareMap", "Number of places"),
        "access_ratio": QT_TRANSLATE_NOOP("CareMap", "Places per person (accessibility)"),
    },
    "SHAPE": {
        "hull": QT_TRANSLATE_NOOP("CareMap", "Outline around the reached streets (fast)"),
        "buffer": QT_TRANSLATE_NOOP("CareMap", "The reached streets widened (detailed, slower)"),
    },
    "MODE": {
        "walk": QT_TRANSLATE_NOOP("CareMap", "Walking"),
        "bike": QT_TRANSLATE_NOOP("CareMap", "Cycling"),
        "car": QT_TRANSLATE_NOOP("CareMap", "Driving"),
    },
    "NORMALIZATION": {
        "minmax": QT_TRANSLATE_NOOP("CareMap", "Min-max: lowest value 0, highest 1"),
        "rank": QT_TRANSLATE_NOOP("CareMap", "Rank, scaled 0 to 1"),
        "z": QT_TRANSLATE_NOOP("CareMap", "Standard score (z-score)"),
    },
    "HEX_ORIENTATION": {
        "pointy": QT_TRANSLATE_NOOP("CareMap", "Pointy top"),
        "flat": QT_TRANSLATE_NOOP("CareMap", "Flat top"),
    },
    "OBJECTIVE": {
        "mclp": QT_TRANSLATE_NOOP("CareMap", "Cover the most demand (maximal covering)"),
        "pmedian": QT_TRANSLATE_NOOP("CareMap", "Shortest trips overall (p-median)"),
        "capacitated": QT_TRANSLATE_NOOP("CareMap", "Serve the most demand with limited places (capacitated)"),
    },
    "SOLVER": {
        "greedy": QT_TRANSLATE_NOOP("CareMap", "Greedy (fast)"),
        "exact": QT_TRANSLATE_NOOP("CareMap", "Exact (HiGHS solver)"),
    },
    "LANGUAGE": {
        "en": QT_TRANSLATE_NOOP("CareMap", "English"),
        "es": QT_TRANSLATE_NOOP("CareMap", "Spanish"),
        "pt": QT_TRANSLATE_NOOP("CareMap", "Portuguese"),
        "fr": QT_TRANSLATE_NOOP("CareMap", "French"),
    },
    "PRESET": {
        "none": QT_TRANSLATE_NOOP("CareMap", "None: the indicator fields ticked"),
        "bogota": QT_TRANSLATE_NOOP("CareMap", "Bogota care blocks (care demand, caregivers, poverty)"),
    },
}


def _alg_name(alg_id):
    return (alg_id or "").split(":")[-1]


def english_label(param_name, value, alg_id=None):
    """The English label of static ``value`` of choice ``param_name`` (of algorithm
    ``alg_id``, 'siting' or 'caremap:siting'), or None when it has none."""
    table = LABELS.get((_alg_name(alg_id), param_name)) or LABELS.get(param_name) or {}
    return table.get(str(value))


def label(param_name, value, alg_id=None):
    """The translated label of static ``value`` of choice ``param_name`` (e.g. for the
    report's parameter table): label("METHOD", "2sfca") == "Two-step floating catchment
    (2SFCA)" in English. A value without a label is returned as it is."""
    text = english_label(param_name, value, alg_id)
    return QCoreApplication.translate(CONTEXT, text) if text else str(value)


# ---- a choice parameter's static values ----------------------------------------------
def values_of(definition):
    """The static values of a CareMap choice parameter, in option order, or None for any
    other parameter (metadata set by ``CareMapAlgorithm.static_enum``)."""
    if definition is None:
        return None
    values = (definition.metadata() or {}).get(METADATA_KEY)
    return [str(v) for v in values] if values else None


def _one(definition, values, value):
    """The static value meant by ``value`` (a static value, an option index as int or
    text, or the option's label), or None when it is none of them."""
    if isinstance(value, bool):
        return None
    text = str(value).strip()
    if text in values:
        return text
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    if text.isdigit():
        index = int(text)
        return values[index] if index < len(values) else None
    labels = definition.options()
    return values[labels.index(text)] if text in labels else None


def _items(definition, value):
    if isinstance(value, (list, tuple)):
        return list(value)
    if definition.allowMultiple() and isinstance(value, str):
        return [v for v in value.split(",") if v.strip()]
    return [value]


def static_value(definition, value):
    """``value`` of choice ``definition`` as its static value(s): a string, or a list of
    strings when the parameter allows several. Raises ValueError with the first value
    that is no option, or with the whole value when a single choice is given several
    (a list [1, 5] is no option: never its first item alone). None, '' or [] stays as it
    is. Any other parameter: ``value``."""
    values = values_of(definition)
    if values is None or value is None or value == "" or value == []:
        return value
    items = _items(definition, value)
    if not definition.allowMultiple() and len(items) != 1:
        raise ValueError(str(value))
    out = []
    for item in items:
        found = _one(definition, values, item)
        if found is None:
            raise ValueError(str(item))
        out.append(found)
    return out if definition.allowMultiple() else out[0]


def as_index(definition, value):
    """``value`` of choice ``definition`` as QGIS's own check of a plain enum wants it
    (an index, or a list of indices); left as it is when it is no option (then QGIS's
    check or ours refuses it)."""
    try:
        static = static_value(definition, value)
    except ValueError:
        return value
    values = values_of(definition)
    if values is None or static is None or static == "":
        return value
    if isinstance(static, list):
        return [values.index(v) for v in static]
    return values.index(static)


def values_help(definition):
    """'2sfca = Two-step floating catchment (2SFCA); ...': what to type in scripts and
    qgis_process for each option the dialog shows."""
    return "; ".join(f"{v} = {lab}" for v, lab in zip(values_of(definition) or [], definition.options()))


class ChoiceParameter(QgsProcessingParameterEnum):
    """A plain enum of labels (the dialog's combo box, indices in the dialog and the model
    designer) whose check also accepts the static values, so QGIS's own checks (a model's
    validation of a step given ``2sfca``, ``checkParameterValues``) take them too. Its
    clone is a ChoiceParameter (carebatch and models clone definitions)."""

    def checkValueIsAcceptable(self, value, context=None):  # noqa: N802
        if values_of(self) and isinstance(value, str) and value.strip():
            try:
                static_value(self, value)
                return True
            except ValueError:
                return False
        return super().checkValueIsAcceptable(value, context)

    def clone(self):
        copy = ChoiceParameter(self.name(), self.description(), self.options(), self.allowMultiple(),
                               self.defaultValue(),
                               bool(self.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional))
        copy.setFlags(self.flags())
        copy.setHelp(self.help())
        copy.setMetadata(self.metadata())
        return copy
