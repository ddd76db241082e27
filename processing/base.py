"""Base class shared by every CareMap algorithm: naming, translation, help, and the
small helpers every adapter needs (parameter reading with clear errors, progress)."""
import html
import math
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProperty,
)
from qgis.PyQt.QtCore import QCoreApplication, QLocale

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


# English plural markers of numerus sources: "%n unit(s)", "%n facilit(y/ies)".
_ENGLISH_PLURALS = (("(y/ies)", "y", "ies"), ("(s)", "", "s"))


def trn(text, n, context="CareMap"):
    """Translate ``text``, which holds ``%n`` for the count ``n``, with Qt's numerus forms
    (the .ts carries one form per plural form of the language: es, pt, fr); ``%Ln`` gives
    the count with the user's digit grouping (2,992). Without a
    translation (English) the markers "(s)" and "(y/ies)" become the singular when n == 1
    and the plural otherwise: trn("%n unit(s) left out", 1) == "1 unit left out".
    Other placeholders ({0}...) are filled by the caller with .format()."""
    n = int(n)
    out = QCoreApplication.translate(context, text, None, n)
    if out == text.replace("%Ln", QLocale().toString(n)).replace("%n", str(n)):
        for marker, one, many in _ENGLISH_PLURALS:
            out = out.replace(marker, one if n == 1 else many)
    return out


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 (the name the string extractor knows)
    """Mark ``text`` for translation where it is defined; translated where it is shown."""
    return text


from . import choices  # noqa: E402
from .param_help import COMMON_PARAM_HELP, CSV_LAYER_HELP  # noqa: E402,F401 (re-exported)


class CareMapAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ALGORITHM_ID, DISPLAY_NAME, GROUP_ID (a key of GROUPS) and
    HELP, and implement initAlgorithm / processAlgorithm."""

    ALGORITHM_ID = ""
    DISPLAY_NAME = ""
    GROUP_ID = ""
    HELP = ""
    TAGS = ""
    PARAM_HELP = {}  # parameter name -> QT_TRANSLATE_NOOP("CareMap", "what it is, typical value")

    def __init_subclass__(cls, **kwargs):
        """Every subclass's ``processAlgorithm`` runs guarded (``layer_io.outputs.guarded``):
        a run that ends with a cancel or an error leaves no output behind, whichever step
        it stops in (docs/architecture.md, "Cancel and progress")."""
        super().__init_subclass__(**kwargs)
        if "processAlgorithm" in cls.__dict__:
            from .layer_io import outputs

            cls.processAlgorithm = outputs.guarded(cls.__dict__["processAlgorithm"])

    def addParameter(self, definition, createOutput=True):  # noqa: N802
        """Every parameter gets its help text (PARAM_HELP, else COMMON_PARAM_HELP)."""
        text = self.PARAM_HELP.get(definition.name()) or COMMON_PARAM_HELP.get(definition.name())
        if text:
            help_text = self.tr(text)
            if definition.type() in ("source", "vector") or (
                    definition.type() == "multilayer" and definition.layerType() != QgsProcessing.SourceType.TypeRaster):
                help_text += " " + self.tr(CSV_LAYER_HELP)
            definition.setHelp(help_text)
        if choices.values_of(definition):
            # the dialog shows the options' labels; `qgis_process help` prints them as
            # numbers: the help lists the stable value to type for each (choices.py)
            definition.setHelp(((definition.help() or "") + " " + self.tr("Values for scripts: {0}.").format(
                choices.values_help(definition))).strip())
        return super().addParameter(definition, createOutput)

    def figure_outputs(self):
        """The declared outputs that are not layers or files: the headline figures
        (QgsProcessingOutputNumber/String), each explained in PARAM_HELP."""
        return [o for o in self.outputDefinitions() if not o.autoCreated()]

    def figures_help(self):
        """The figures this algorithm returns, one line each ('label: what it means'),
        appended to the help so `qgis_process help` and the dialog say what they are. Each is
        named by its label (models show it), never by its id."""
        lines = [f"{o.description()}: {self.tr(self.PARAM_HELP.get(o.name(), '')) or o.description()}"
                 for o in self.figure_outputs()]
        return (self.tr("Figures returned (usable in models and scripts):") + "\n" + "\n".join(lines)) if lines else ""

    @staticmethod
    def figure(value):
        """A headline figure as returned: a plain float, or None when it has no meaning
        (None, NaN or inf in; never NaN out, docs/architecture.md)."""
        if value is None:
            return None
        value = float(value)
        return value if math.isfinite(value) else None

    def tr(self, text):
        return tr(text, "CareMap")

    def trn(self, text, n):
        """``tr`` with Qt's numerus forms for the count ``n`` (module ``trn``)."""
        return trn(text, n, "CareMap")

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
        """Translated tags plus the English ones, so a toolbox search finds the
        algorithm in either language."""
        words = [t.strip() for t in (self.tr(self.TAGS) + "," + self.TAGS).split(",") if t.strip()]
        return list(dict.fromkeys(words))

    def help_text(self):
        """The help as plain text (translated HELP, then the figures it returns)."""
        figures = self.figures_help()
        return self.tr(self.HELP) + ("\n\n" + figures if figures else "")

    def shortHelpString(self):  # noqa: N802
        """The help panel's HTML: the plain help escaped (a '<' or '&' in it is text,
        never markup: "children < 15" stays whole), line breaks kept, and the formula one
        click away (docs/html/methods.html, processing/help_links.py)."""
        from . import help_links

        text = html.escape(self.help_text(), quote=False).replace("\n", "<br>")
        link = help_links.method_url(self.ALGORITHM_ID)
        if link:
            text += '<br><br><a href="{0}">{1}</a>'.format(link, html.escape(self.tr("Formula, method and references")))
        return text

    def helpUrl(self):  # noqa: N802
        """The rendered algorithm reference shipped with the plugin, at this algorithm's
        section, in the user's language where translated (processing/help_links.py)."""
        from . import help_links

        return help_links.reference_url(self.ALGORITHM_ID)

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """QGIS's checks, then: no output may overwrite one of this algorithm's inputs
        (the dialog and ``processing.run`` show the message before anything runs).
        A CSV file path given for a layer is loaded first (``layer_io.csv_files``)."""
        from . import layer_io

        try:
            parameters = layer_io.csv_files.with_layers(self, parameters, context, check=True)
        except QgsProcessingException as err:
            return False, str(err)
        wrong = self._wrong_choice(parameters)
        if wrong:
            return False, wrong
        # QGIS's own check of a choice wants the option's index: our static values are valid too
        indexed = {k: choices.as_index(self.parameterDefinition(k), v) for k, v in parameters.items()}
        ok, message = super().checkParameterValues(indexed, context)
        if not ok:
            return ok, message

        clash = layer_io.output_overwrites_input(self, parameters, context)
        return (False, clash) if clash else (True, "")

    def _wrong_choice(self, parameters):
        """The message for a value of a choice parameter that is none of its static
        values (nor an option's index or label), listing the valid values (QGIS's own
        message does not), or ''."""
        for definition in self.parameterDefinitions():
            values = choices.values_of(definition)
            value = parameters.get(definition.name())
            if not values or isinstance(value, QgsProperty):
                continue
            try:
                choices.static_value(definition, value)
            except ValueError as err:
                return self._wrong_choice_message(definition, str(err))
        return ""

    def _wrong_choice_message(self, definition, value):
        return self.tr("{0}: '{1}' is not one of: {2}.").format(
            self.label(definition.name()), value, ", ".join(choices.values_of(definition)))

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Refuse an output that would overwrite an input before anything is written
        (also for runs that skip checkParameterValues, e.g. inside models)."""
        from . import layer_io

        clash = layer_io.output_overwrites_input(self, parameters, context)
        if clash:
            raise QgsProcessingException(clash)
        self._run_parameters = dict(parameters)  # for postProcessAlgorithm (styles saved into GeoPackages)
        return True

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """Style every output layer this run will load (bundled QML chosen from the
        layer's fields) through Processing's layer post-processors, so it also works in
        models and batch runs; and save that style into every GeoPackage output (its
        layer_styles table), so the file opens styled later, also after qgis_process."""
        from . import styling  # a failed import is a bug: let it raise
        styling.attach_post_processors(context, feedback)
        styling.save_styles_of_outputs(self, getattr(self, "_run_parameters", None), context, feedback)
        return {}

    def parameterAsString(self, parameters, name, context):  # noqa: N802
        """QGIS's reading, except for an optional field parameter the run leaves unset:
        its default field name (e.g. ``district``) counts only when the layer has that
        field, as the dialog shows it (it preselects the default only when present), so
        ``processing.run`` without it on a layer lacking it behaves as "no field"."""
        value = super().parameterAsString(parameters, name, context)
        definition = self.parameterDefinition(name)
        if (value and parameters.get(name) is None and isinstance(definition, QgsProcessingParameterField)
                and definition.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional
                and not definition.allowMultiple()):
            parent = definition.parentLayerParameterName()
            source = (self.parameterAsSource(parameters, parent, context)
                      if parent and parameters.get(parent) not in (None, "") else None)
            if source is None or source.fields().lookupField(value) < 0:
                return ""
        return value

    # A CSV file path given for a layer parameter reads as its layer (layer_io.csv_files).
    def _csv(self, parameters, context):
        from . import layer_io

        return layer_io.csv_files.with_layers(self, parameters, context)

    def parameterAsSource(self, parameters, name, context):  # noqa: N802
        return super().parameterAsSource(self._csv(parameters, context), name, context)

    def parameterAsVectorLayer(self, parameters, name, context):  # noqa: N802
        return super().parameterAsVectorLayer(self._csv(parameters, context), name, context)

    def parameterAsLayer(self, parameters, name, context):  # noqa: N802
        return super().parameterAsLayer(self._csv(parameters, context), name, context)

    def parameterAsLayerList(self, parameters, name, context):  # noqa: N802
        return super().parameterAsLayerList(self._csv(parameters, context), name, context)

    # ---- helpers for adapters -------------------------------------------------
    def static_enum(self, name, description, options, default, optional=False):
        """A choice parameter: the dialog shows each option's translated label
        (processing/choices.py), while the stable static values (``METHOD=2sfca``) keep
        working in processing.run, qgis_process, models and batch (``enum_value``).
        QGIS 3.40's enum has no label beside a static string, so this is a plain enum of
        labels (the dialog stores indices) with the static values in its metadata."""
        values = [str(o) for o in options]
        labels = [choices.label(name, v, self.ALGORITHM_ID) for v in values]
        param = choices.ChoiceParameter(
            name, description, options=labels,
            defaultValue=None if default is None else values.index(str(default)), optional=optional
        )
        param.setMetadata({**(param.metadata() or {}), choices.METADATA_KEY: values})
        return param

    def label(self, name):
        """The dialog's label of parameter ``name``, quoted, for messages: errors and
        warnings speak of what the user sees ('Catchment threshold'), never of the
        parameter id (THRESHOLD), which only qgis_process and models show."""
        definition = self.parameterDefinition(name)
        text = definition.description() if definition is not None else name
        return "'" + text + "'"

    def enum_value(self, parameters, name, context):
        """The static value of choice ``name`` ('2sfca'), whether the run gave the static
        value (scripts, qgis_process, models, batch), the option's index (the dialog) or an
        expression giving either; its default when not given ('' for none)."""
        definition = self.parameterDefinition(name)
        if not choices.values_of(definition):
            return self.parameterAsEnumString(parameters, name, context)
        value = parameters.get(name)
        if isinstance(value, QgsProperty):
            value, _ok = value.value(context.expressionContext(), None)
        if value is None or value == "" or value == []:
            value = definition.defaultValue()
        try:
            static = choices.static_value(definition, value)
        except ValueError as err:
            raise QgsProcessingException(self._wrong_choice_message(definition, str(err))) from None
        return "" if static is None else static

    @staticmethod
    def fail(message):
        raise QgsProcessingException(message)

    @staticmethod
    def check_canceled(feedback):
        """Raise "Canceled by the user." when the user cancelled. What the run wrote so
        far is removed when the exception leaves ``processAlgorithm`` (``__init_subclass__``)."""
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(tr("Canceled by the user."))
