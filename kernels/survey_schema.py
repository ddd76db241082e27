"""The community field survey (issue 15): the fields a collector fills in, their choices
and their labels in English, Spanish, Portuguese and French, as data; the XLSForm built
from them; the rules that read a KoboToolbox / ODK export back (which column is which
field, where the coordinates are) and tell a verified record from an unverified one.

Pure Python/NumPy (no qgis). The QGIS form (caremap:fieldsurvey) and the XLSForm draw
from the same tables, so a drop-down on the phone and a question in Kobo offer the same
values, and caremap:supplyinventory reads both back onto the inventory schema of
``kernels/supply.py``. The labels here are form content in the survey's language, not
CareMap's interface (which goes through Qt's tr()).
"""
from __future__ import annotations

import datetime
import re

import numpy as np

from . import supply

LANGUAGES = ("en", "es", "pt", "fr")
LANGUAGE_NAMES = {"en": "English", "es": "Español", "pt": "Português", "fr": "Français"}

#: the survey's own fields, beyond the inventory schema: who saw what, when and how
PROVENANCE_FIELDS = ("collector", "survey_date", "verification", "notes", "photo")
#: the fields of the survey layer: the inventory schema, then the provenance
SURVEY_FIELDS = supply.SCHEMA_FIELDS + PROVENANCE_FIELDS
#: the source written on every record collected with the package
SURVEY_SOURCE = "community_survey"
#: how a place was checked; the first three are a check, "reported" is not
VERIFIED_VALUES = ("visited", "phone", "document")
UNVERIFIED_VALUES = ("reported",)


def _four(en, es, pt, fr):
    return {"en": en, "es": es, "pt": pt, "fr": fr}


#: choice lists: list name -> ((value, labels by language), ...), in the order shown
CHOICES = {
    "service_type": (
        ("childcare", _four("Childcare centre", "Centro de cuidado infantil", "Creche", "Crèche")),
        ("kindergarten", _four("Kindergarten, preschool", "Jardín infantil, preescolar", "Pré-escola",
                               "École maternelle")),
        ("childminder", _four("Childminding at home (a neighbour)", "Cuidado infantil en casa (una vecina)",
                              "Cuidadora de crianças em casa (vizinha)", "Assistante maternelle à domicile")),
        ("elderly_day_care", _four("Day centre for older people", "Centro día para personas mayores",
                                   "Centro-dia para idosos", "Accueil de jour pour personnes âgées")),
        ("nursing_home", _four("Nursing home", "Residencia para personas mayores",
                               "Instituição de longa permanência para idosos", "Maison de retraite")),
        ("disability_day_care", _four("Day centre for people with disabilities",
                                      "Centro día para personas con discapacidad",
                                      "Centro-dia para pessoas com deficiência",
                                      "Accueil de jour pour personnes handicapées")),
        ("care_outreach", _four("Home care and outreach", "Cuidado a domicilio", "Cuidado domiciliar",
                                "Aide à domicile")),
        ("community_centre", _four("Community centre", "Centro comunitario", "Centro comunitário",
                                   "Centre communautaire")),
        ("community_kitchen", _four("Community kitchen", "Comedor u olla comunitaria", "Cozinha comunitária",
                                    "Cuisine communautaire")),
        ("day_care", _four("Other day care", "Otro centro de día", "Outro centro-dia", "Autre accueil de jour")),
        ("other", _four("Other care", "Otro cuidado", "Outro cuidado", "Autre accueil")),
    ),
    "sphere": (
        ("public", _four("Public", "Público", "Público", "Public")),
        ("private", _four("Private", "Privado", "Privado", "Privé")),
        ("community", _four("Community", "Comunitario", "Comunitário", "Communautaire")),
        ("family", _four("Family or neighbours", "Familiar o vecinal", "Família ou vizinhança",
                         "Famille ou voisinage")),
    ),
    "target_group": (
        ("children", _four("Children", "Niñas y niños", "Crianças", "Enfants")),
        ("older", _four("Older people", "Personas mayores", "Pessoas idosas", "Personnes âgées")),
        ("disability", _four("People with disabilities", "Personas con discapacidad", "Pessoas com deficiência",
                             "Personnes handicapées")),
        ("caregivers", _four("Caregivers (services for them)", "Personas cuidadoras (servicios para ellas)",
                             "Pessoas cuidadoras (serviços para elas)", "Aidants (services pour eux)")),
        ("all", _four("Everyone", "Toda la población", "Todas as pessoas", "Tout le monde")),
    ),
    "days": tuple(
        (str(d), _four(f"{d} day{'s' if d > 1 else ''} a week", f"{d} día{'s' if d > 1 else ''} a la semana",
                       f"{d} dia{'s' if d > 1 else ''} por semana", f"{d} jour{'s' if d > 1 else ''} par semaine"))
        for d in range(1, 8)),
    "verification": (
        ("visited", _four("Visited: seen in person", "Visitado: visto en persona", "Visitado: visto pessoalmente",
                          "Visité : vu sur place")),
        ("phone", _four("Confirmed by phone or message", "Confirmado por teléfono o mensaje",
                        "Confirmado por telefone ou mensagem", "Confirmé par téléphone ou message")),
        ("document", _four("Confirmed by a document or a sign", "Confirmado por un documento o un letrero",
                           "Confirmado por documento ou placa", "Confirmé par un document ou une enseigne")),
        ("reported", _four("Reported by someone, not checked", "Informado por alguien, sin comprobar",
                           "Informado por alguém, não verificado", "Signalé par quelqu'un, non vérifié")),
    ),
}

#: the choice list of each field with a drop-down
FIELD_CHOICES = {"service_type": "service_type", "sphere": "sphere", "target_group": "target_group",
                 "days_per_week": "days", "verification": "verification"}

#: question labels by field
FIELD_LABELS = {
    "location": _four("Location", "Ubicación", "Localização", "Emplacement"),
    "name": _four("Name of the place", "Nombre del lugar", "Nome do local", "Nom du lieu"),
    "service_type": _four("Type of care", "Tipo de cuidado", "Tipo de cuidado", "Type d'accueil"),
    "sphere": _four("Who runs it", "Quién lo gestiona", "Quem administra", "Qui le gère"),
    "target_group": _four("Who is cared for", "A quién cuida", "Quem é cuidado", "Qui est accueilli"),
    "capacity": _four("Places (people cared for at the same time)", "Cupos (personas atendidas a la vez)",
                      "Vagas (pessoas atendidas ao mesmo tempo)", "Places (personnes accueillies en même temps)"),
    "hours_per_day": _four("Hours open per day", "Horas de atención al día", "Horas de funcionamento por dia",
                           "Heures d'ouverture par jour"),
    "days_per_week": _four("Days open per week", "Días de atención a la semana", "Dias de funcionamento por semana",
                           "Jours d'ouverture par semaine"),
    "fee": _four("Monthly fee (0 = free)", "Tarifa mensual (0 = gratuito)", "Mensalidade (0 = gratuito)",
                 "Tarif mensuel (0 = gratuit)"),
    "source": _four("Source", "Fuente", "Fonte", "Source"),
    "collector": _four("Collected by", "Recogido por", "Coletado por", "Relevé par"),
    "survey_date": _four("Date of the visit", "Fecha de la visita", "Data da visita", "Date de la visite"),
    "verification": _four("How it was checked", "Cómo se comprobó", "Como foi verificado",
                          "Comment cela a été vérifié"),
    "notes": _four("Notes", "Notas", "Observações", "Remarques"),
    "photo": _four("Photo", "Foto", "Foto", "Photo"),
    "place": _four("The place", "El lugar", "O local", "Le lieu"),
}

#: the rules a value must keep: (XLSForm constraint, QGIS expression, message by language)
CONSTRAINTS = {
    "capacity": (". >= 0", '"capacity" IS NULL OR "capacity" >= 0',
                 _four("Places cannot be negative.", "Los cupos no pueden ser negativos.",
                       "As vagas não podem ser negativas.", "Les places ne peuvent pas être négatives.")),
    "hours_per_day": (". >= 0 and . <= 24", '"hours_per_day" IS NULL OR ("hours_per_day" >= 0 AND '
                                            '"hours_per_day" <= 24)',
                      _four("Between 0 and 24 hours.", "Entre 0 y 24 horas.", "Entre 0 e 24 horas.",
                            "Entre 0 et 24 heures.")),
    "fee": (". >= 0", '"fee" IS NULL OR "fee" >= 0',
            _four("A fee cannot be negative.", "La tarifa no puede ser negativa.",
                  "A mensalidade não pode ser negativa.", "Un tarif ne peut pas être négatif.")),
}

#: the fields a collector must fill in
REQUIRED = ("name", "service_type", "collector", "verification")

#: storage type of each survey field: text, integer, real, date
FIELD_TYPES = {"name": "text", "service_type": "text", "sphere": "text", "target_group": "text",
               "capacity": "integer", "hours_per_day": "real", "days_per_week": "integer", "fee": "real",
               "source": "text", "collector": "text", "survey_date": "date", "verification": "text",
               "notes": "text", "photo": "text"}

#: XLSForm question types (a select_one names its choice list)
_XLS_TYPES = {"name": "text", "capacity": "integer", "hours_per_day": "decimal", "fee": "decimal",
              "collector": "text", "survey_date": "date", "notes": "text", "photo": "image"}

#: the XLSForm's group of place questions (its columns read "place/name" in a Kobo export)
PLACE_GROUP = "place"
_PLACE_FIELDS = ("location", "name", "service_type", "sphere", "target_group", "capacity", "hours_per_day",
                 "days_per_week", "fee")
_VISIT_FIELDS = ("collector", "survey_date", "verification", "photo", "notes")


def check_language(language):
    if language not in LANGUAGES:
        raise ValueError(f"language {language!r} is not one of {', '.join(LANGUAGES)}")
    return language


def label(field, language):
    """The question label of ``field`` in ``language``."""
    return FIELD_LABELS[field][check_language(language)]


def value_map(field, language):
    """The drop-down of ``field`` as ``[(label, value), ...]`` in ``language`` (empty for a
    field without choices)."""
    check_language(language)
    name = FIELD_CHOICES.get(field)
    return [(labels[language], value) for value, labels in CHOICES[name]] if name else []


def _xls_label_columns(primary):
    order = [primary] + [lang for lang in LANGUAGES if lang != primary]
    return order, [f"label::{LANGUAGE_NAMES[lang]} ({lang})" for lang in order]


def xlsform_sheets(language, title="Care places", form_id="caremap_care_places", version="1"):
    """The XLSForm as ``{sheet: [header, row, ...]}`` (survey, choices, settings): the same
    fields, choices and constraints as the QGIS form, labels in the four languages, the
    chosen one first and the form's default language. Place questions sit in the group
    ``place``; the date defaults to today; the source is a constant."""
    order, label_cols = _xls_label_columns(check_language(language))
    message_cols = [c.replace("label::", "constraint_message::") for c in label_cols]
    header = ["type", "name", *label_cols, "required", "constraint", *message_cols, "default", "calculation",
              "appearance", "parameters"]

    def row(kind, name, labels=None, required="", constraint="", messages=None, default="", calculation="",
            appearance="", parameters=""):
        labels = labels or {}
        messages = messages or {}
        return [kind, name, *[labels.get(lang, "") for lang in order], required, constraint,
                *[messages.get(lang, "") for lang in order], default, calculation, appearance,
                parameters]

    def question(field):
        if field == "location":
            return row("geopoint", "location", FIELD_LABELS["location"], required="yes")
        kind = f"select_one {FIELD_CHOICES[field]}" if field in FIELD_CHOICES else _XLS_TYPES[field]
        constraint, _expr, messages = CONSTRAINTS.get(field, ("", "", None))
        return row(kind, field, FIELD_LABELS[field], required="yes" if field in REQUIRED else "",
                   constraint=constraint, messages=messages, default="today()" if field == "survey_date" else "",
                   appearance="minimal" if field == "service_type" else "",
                   parameters="max-pixels=1600" if field == "photo" else "")

    survey = [header, row("start", "start"), row("end", "end"),
              row("begin_group", PLACE_GROUP, FIELD_LABELS["place"])]
    survey += [question(f) for f in _PLACE_FIELDS]
    survey.append(row("end_group", ""))
    survey += [question(f) for f in _VISIT_FIELDS]
    survey.append(row("calculate", "source", calculation=f"'{SURVEY_SOURCE}'"))
    choices = [["list_name", "name", *label_cols]]
    for list_name, items in CHOICES.items():
        choices += [[list_name, value, *[labels[lang] for lang in order]] for value, labels in items]
    settings = [["form_title", "form_id", "version", "default_language"],
                [title, form_id, version, f"{LANGUAGE_NAMES[language]} ({language})"]]
    return {"survey": survey, "choices": choices, "settings": settings}


# --------------------------------------------------------------------------- exports
_KOBO_LAT = re.compile(r"^_(.+)_latitude$")
_ODK_LAT = re.compile(r"^(.+)-Latitude$")
#: columns a form server adds, read when the form's own column is missing
_SERVER_FALLBACK = {"collector": ("_submitted_by", "SubmitterName"),
                    "survey_date": ("_submission_time", "SubmissionDate")}


def _leaf(column):
    """The question name of an export column: 'place/service_type' (Kobo, group '/'),
    'place-service_type' (ODK Central) -> 'service_type'."""
    return re.split(r"[/-]", column)[-1]


def export_columns(names, wanted=SURVEY_FIELDS):
    """Which column of a KoboToolbox or ODK CSV export holds what: ``{"x": lon column, "y":
    lat column, field: column, ...}`` for the fields of ``wanted`` found.

    Coordinates: a geopoint's split columns, ``_<path>_latitude`` / ``_<path>_longitude``
    (KoboToolbox, e.g. ``_place/location_latitude``) or ``<path>-Latitude`` /
    ``<path>-Longitude`` (ODK Central, e.g. ``place-location-Latitude``); the first pair in
    column order. Fields: the column whose question name (after the last group
    separator) is the field's name; ``collector`` and ``survey_date`` fall back to the
    server's ``_submitted_by`` / ``_submission_time`` (``SubmitterName`` /
    ``SubmissionDate``). An export without a geopoint gives no x/y."""
    names = list(names)
    present = set(names)
    out = {}
    for col in names:
        m = _KOBO_LAT.match(col)
        lon = f"_{m.group(1)}_longitude" if m else None
        if not m:
            m = _ODK_LAT.match(col)
            lon = f"{m.group(1)}-Longitude" if m else None
        if m and lon in present:
            out["x"], out["y"] = lon, col
            break
    coords = {out.get("x"), out.get("y")}
    server = export_fallbacks(names)
    for field in wanted:
        match = next((c for c in names if c not in coords and not c.startswith("_") and _leaf(c) == field),
                     server.get(field))
        if match is not None:
            out[field] = match
    return out


def export_fallbacks(names):
    """``{field: server column}`` for the fields a form server also records
    (``collector`` <- ``_submitted_by`` / ``SubmitterName``, ``survey_date`` <-
    ``_submission_time`` / ``SubmissionDate``): read where the form's own answer is empty."""
    present = set(names)
    out = {}
    for field, columns in _SERVER_FALLBACK.items():
        column = next((c for c in columns if c in present), None)
        if column is not None:
            out[field] = column
    return out


def fill_empty(values, fallback):
    """``values`` with each empty entry (None or blank) taken from ``fallback``."""
    return np.array([f if (v is None or not str(v).strip()) else v for v, f in zip(values, fallback)], dtype=object)


def is_verified(verification):
    """True where a record says how it was checked (visited, phone, document: any of
    ``VERIFIED_VALUES``, case and spaces ignored); "reported", empty or anything else is
    unverified."""
    return np.array([v is not None and str(v).strip().lower() in VERIFIED_VALUES for v in verification], dtype=bool)


_ISO = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})")
_QT_REPR = re.compile(r"QDate(?:Time)?\((\d{4}), (\d{1,2}), (\d{1,2})")


def iso_date(text):
    """The date of a survey record as YYYY-MM-DD from what the sources write: ISO dates and
    times (``2026-03-01``, Kobo's ``2026-03-01T10:22:31.000-05:00``), ``2026/03/01``, a
    Qt date; None for an empty or unreadable value."""
    if text is None:
        return None
    text = str(text).strip()
    m = _ISO.search(text) or _QT_REPR.search(text)
    if not m:
        return None
    try:  # a day the calendar has (no 31 February)
        return datetime.date(*(int(g) for g in m.groups())).isoformat()
    except ValueError:
        return None
