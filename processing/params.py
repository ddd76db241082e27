"""Helpers shared by the algorithm adapters (parameters, checks with the one wording,
progress callbacks for kernels). No formula lives here: rules are in ``kernels``."""
from qgis.core import QgsProcessingException

from ..kernels import checks
from .base import tr


def check_non_negative(values, field, label):
    """The one non-negative check of the adapters: raise a QgsProcessingException naming
    the user's layer ``label`` and ``field`` when ``values`` has a negative entry."""
    n, first, _row = checks.negative_values(values)
    if n:
        raise QgsProcessingException(tr(
            "Field '{0}' of layer {1} has {2} negative value(s) (e.g. {3}); counts, populations and "
            "capacities must be 0 or more. Correct or filter those features.").format(field, label, n, f"{first:g}"))


def progress_callback(feedback, start, span):
    """A kernel's ``feedback=`` callable (the cancel contract of docs/architecture.md):
    ``progress(fraction)`` sets the progress in [start, start + span] and returns True
    when the user cancelled (the kernel then raises ``InterruptedError``)."""
    def progress(fraction):
        if feedback is None:
            return False
        feedback.setProgress(start + span * float(fraction))
        return feedback.isCanceled()
    return progress
