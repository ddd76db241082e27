"""Base class shared by every CareMap algorithm: naming, translation, help, and the
small helpers every adapter needs (parameter reading with clear errors, progress)."""
import os

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
)
from qgis.PyQt.QtCore import QCoreApplication, QUrl

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

GROUPS = {
    "supply": "Supply and demand",
    "access": "Accessibility",
    "gaps": "Gaps and equity",
    "planning": "Planning",
    "workflow": "Workflow and report",
}


def tr(text, context="CareMap"):
    return QCoreApplication.translate(context, text)


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 (the name the string extractor knows)
    """Mark ``text`` for translation where it is defined; translated where it is shown."""
    return text


# Help of the parameters that several algorithms share (tooltips in the dialogs, and
# `qgis_process help`); an algorithm's PARAM_HELP adds or overrides entries.
COMMON_PARAM_HELP = {}


class CareMapAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ALGORITHM_ID, DISPLAY_NAME, GROUP_ID (a key of GROUPS) and
    HELP, and implement initAlgorithm / processAlgorithm."""

    ALGORITHM_ID = ""
    DISPLAY_NAME = ""
    GROUP_ID = ""
    HELP = ""
    TAGS = ""
    PARAM_HELP = {}  # parameter name -> QT_TRANSLATE_NOOP("CareMap", "what it is, typical value")

    def addParameter(self, definition, createOutput=True):  # noqa: N802
        """Every parameter gets its help text (PARAM_HELP, else COMMON_PARAM_HELP)."""
        text = self.PARAM_HELP.get(definition.name()) or COMMON_PARAM_HELP.get(definition.name())
        if text:
            definition.setHelp(self.tr(text))
        return super().addParameter(definition, createOutput)

    def tr(self, text):
        return tr(text, "CareMap")

    def createInstance(self):
        return type(self)()

    def name(self):
        return self.ALGORITHM_ID

    def displayName(self):
        return self.tr(self.DISPLAY_NAME)

    def group(self):
        return self.tr(GROUPS[self.GROUP_ID])

    def groupId(self):
        return self.GROUP_ID

    def tags(self):
        return [t.strip() for t in self.tr(self.TAGS).split(",") if t.strip()]

    def shortHelpString(self):
        return self.tr(self.HELP)

    def helpUrl(self):
        """The bundled algorithm reference (docs/algorithms.md), at this algorithm's section."""
        url = QUrl.fromLocalFile(os.path.join(PLUGIN_DIR, "docs", "algorithms.md"))
        url.setFragment(self.ALGORITHM_ID.replace(":", ""))
        return url.toString()

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """Style every output layer this run will load (bundled QML chosen from the
        layer's fields) through Processing's layer post-processors, so it also works in
        models and batch runs."""
        try:
            from . import styling
        except ImportError:  # styling not available: outputs load unstyled
            return {}
        styling.attach_post_processors(context, feedback)
        return {}

    # ---- helpers for adapters -------------------------------------------------
    def static_enum(self, name, description, options, default, optional=False):
        """A choice parameter with static strings, so ``METHOD=2sfca`` works in
        qgis_process and models (DESIGN.md conventions)."""
        param = QgsProcessingParameterEnum(
            name, description, options=list(options), defaultValue=default, optional=optional
        )
        param.setUsesStaticStrings(True)
        return param

    def enum_value(self, parameters, name, context):
        return self.parameterAsEnumString(parameters, name, context)

    @staticmethod
    def fail(message):
        raise QgsProcessingException(message)

    @staticmethod
    def check_canceled(feedback):
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(tr("Canceled by the user."))
