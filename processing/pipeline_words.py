"""The care map in one run (caremap:carepipeline) speaks of the user's own inputs: a
child step's error, warning or message is re-worded so that an intermediate layer is
named as the user's input it comes from, a field the pipeline computed says what it was
computed from, and the child's dialog labels become the pipeline's. ``alg`` is the
pipeline algorithm (its parameters and labels)."""
from qgis.core import (
    QgsApplication,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingUtils,
)

from . import choices
from .base import tr
from .params import districts_by_location


def user_error(alg, err, alg_id, params, derived, parameters, context):
    """``err`` of child ``alg_id`` re-worded for the user (see :func:`user_words`),
    with the step named."""
    child = QgsApplication.processingRegistry().algorithmById(alg_id)
    message = user_words(alg, str(err.args[0]) if err.args else str(err), alg_id, params, derived,
                         parameters, context)
    step = child.displayName() if child is not None else alg_id
    return QgsProcessingException(tr("Care map in one run, step {0}: {1}").format(step, message))


def user_words(alg, message, alg_id, params, derived, parameters, context):
    """A child's error or warning re-worded for the user: the label of an intermediate
    layer (e.g. "Demand units (Accessibility (demand))") becomes the user's own input
    (e.g. "Demand units (census blocks, grid cells) (blocks)"), a field the pipeline
    computed says what it was computed from, and the child's dialog labels become this
    dialog's."""
    child = QgsApplication.processingRegistry().algorithmById(alg_id)
    for name, source in derived.items():
        value = params.get(name)
        layer = QgsProcessingUtils.mapLayerFromString(value, context) if isinstance(value, str) else value
        definition = child.parameterDefinition(name) if child is not None else None
        if layer is None or definition is None or not hasattr(layer, "name"):
            continue
        message = message.replace(f"{definition.description()} ({layer.name()})",
                                  input_label(alg, source, parameters, context))
    bands = ", ".join(item.split(":")[0].strip() for item in
                      alg.parameterAsString(parameters, "BAND_MAPPING", context).split(";") if item.strip())
    for field, words in (
            ("care_demand", tr("the care demand computed from the age-band fields {0}").format(bands)),
            ("capacity_fde", tr("the full-day-equivalent capacity computed from the facility layers' "
                                     "capacity, hours and days"))):
        message = message.replace(f"'{field}'", f"'{field}' ({words})")
    if districts_by_location(alg, parameters, context):
        message = message.replace("'district'", "'district' ({0})".format(tr(
            "the district each unit lies in, from the district polygons")))
    # the child's dialog labels become the labels of this dialog
    renamed = {"INPUTS": "FACILITIES", "TARGET": "TARGET_RATIO", "INPUT": "UNITS"}
    for name in params:
        mine = renamed.get(name, name)
        definition = child.parameterDefinition(name) if child is not None else None
        if definition is None or alg.parameterDefinition(mine) is None:
            continue
        message = message.replace(f"'{definition.description()}'", alg.label(mine))
    return message


def input_label(alg, name, parameters, context):
    """The pipeline input ``name`` as messages name a layer: dialog label (layer names)."""
    desc = alg.parameterDefinition(name).description()
    if name == "FACILITIES":
        layers = alg.parameterAsLayerList(parameters, name, context)
        names = ", ".join(layer.name() for layer in layers)
    else:
        layer = alg.parameterAsVectorLayer(parameters, name, context)
        names = layer.name() if layer is not None else ""
    return f"{desc} ({names})" if names else desc


class RewordingSteps(QgsProcessingMultiStepFeedback):
    """The children's feedback: progress per step as QgsProcessingMultiStepFeedback, and
    every warning and message passed through ``reword`` (set per step) so that the log
    names the user's own layers, never the pipeline's intermediates."""

    reword = None

    def _words(self, text):
        return self.reword(text) if self.reword is not None else text

    def pushWarning(self, text):  # noqa: N802
        super().pushWarning(self._words(text))

    def pushInfo(self, text):  # noqa: N802
        super().pushInfo(self._words(text))

    def reportError(self, text, fatalError=False):  # noqa: N802, N803
        super().reportError(self._words(text), fatalError)


def describe_value(value, definition=None):
    """A JSON-friendly description of a parameter value (layers by source, else name),
    for the parameters a run records (the pipeline's PARAMETERS, carebatch's summary).
    With its ``definition``, a choice is recorded as its static value ('2sfca'), also when
    the dialog gave the option's index; its readable label is ``choices.label()``."""
    if choices.values_of(definition) and not isinstance(value, bool):
        try:
            return choices.static_value(definition, value)
        except ValueError:
            pass
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [describe_value(v) for v in value]
    for attr in ("source", "name"):
        if hasattr(value, attr) and callable(getattr(value, attr)):
            try:
                return str(getattr(value, attr)())
            except TypeError:
                continue
    return str(value)
