"""Reading the facility layers of caremap:supplyinventory: one mapping per layer (the
parameter split on ``|``), each layer read through the shared ``layer_io`` as a
feature-source parameter of its own, its fields (or constants) mapped onto the schema
of ``kernels.supply``, tables without geometry placed by their mapped coordinates, and
numbers stored as text converted with a clear error. The merging rules are in
``kernels/supply.py``; the algorithm is ``processing/algorithms/supplyinventory.py``."""
import itertools
import os
import re

import numpy as np
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingParameterFeatureSource,
    QgsProviderRegistry,
    QgsRectangle,
    QgsWkbTypes,
)

from ..kernels import supply, survey_schema
from . import layer_io
from .base import tr, trn
from .params import check_non_negative

NUMERIC = ("capacity", "hours_per_day", "days_per_week", "fee")
TEXT = ("name", "service_type", "sphere", "target_group", "source") + survey_schema.PROVENANCE_FIELDS
COORDS = ("x", "y", "crs")  # extra mapping keys for tables without geometry
#: what a mapping may name: the inventory schema, the survey's provenance, coordinates
MAPPABLE = supply.SCHEMA_FIELDS + survey_schema.PROVENANCE_FIELDS + COORDS


class LayerParameterProxy:
    """Lets the shared layer_io read one layer of a multiple-layers parameter as if it
    were a feature-source parameter named ``LAYER`` (selection and filters of the
    layer object itself are kept)."""

    NAME = "LAYER"

    def __init__(self, layer):
        self.layer = layer
        self.definition = QgsProcessingParameterFeatureSource(self.NAME, layer.name())

    @property
    def parameters(self):
        return {self.NAME: self.layer}

    def parameterAsSource(self, parameters, name, context):
        return QgsProcessingFeatureSource(self.layer, context, False)

    def parameterDefinition(self, name):
        return self.definition

    def invalidSourceError(self, parameters, name):
        return tr("Could not load layer {0}.").format(self.layer.name())


def split_mappings(text, n_layers, label):
    """``MAPPINGS``: one mapping per input layer, separated by ``|`` (one mapping for
    every layer if only one is given). ``label`` is the dialog's label of the parameter,
    for the message. Positional only; ``bind_mappings`` binds them to the layers."""
    parts = [p.strip() for p in (text or "").split("|")]
    if parts == [""]:
        return [""] * n_layers
    if len(parts) == 1:
        return parts * n_layers
    if len(parts) != n_layers:
        raise QgsProcessingException(tr(
            "{0} holds {1} mappings separated by '|' but {2} facility layers were chosen: give one mapping per "
            "layer, in the order of the layers, or a single mapping for all of them; or start each mapping with "
            "its layer's name and a colon (crowd_facilities: x=lon,y=lat).").format(label, len(parts), n_layers))
    return parts


# "crowd_facilities: x=lon,y=lat": a mapping may name its layer before a colon (the name
# holds no '=', ',' or quote, so "crs='EPSG:4326'" is never read as a name)
_NAMED = re.compile(r"^\s*([^=,'\"|]+?)\s*:\s*(.*)$", re.S)
_MAX_PERMUTED = 7  # layers up to which mappings given in the wrong order are matched by their fields


def named_mapping(part):
    """(layer name, mapping) of one ``|`` part: ("crowd_facilities", "x=lon,y=lat") for
    "crowd_facilities: x=lon,y=lat", (None, part) when it names no layer."""
    m = _NAMED.match(part)
    return (m.group(1).strip(), m.group(2).strip()) if m else (None, part.strip())


def misfit(layer, text):
    """Why mapping ``text`` cannot be read from ``layer`` ('' when it can): a layer field
    it names is missing, or a table without geometry gets no coordinates."""
    try:
        mapping = supply.parse_field_mapping(text, MAPPABLE)
    except ValueError as exc:
        return str(exc)
    names = layer.fields().names()
    mapping = {**_form_export(names), **mapping}
    missing = [v for kind, v in mapping.values() if kind == "field" and v not in names]
    if missing:
        return tr("it has no field {0}").format(", ".join(f"'{v}'" for v in missing))
    has_geometry = QgsWkbTypes.geometryType(layer.wkbType()) in (Qgis.GeometryType.Point, Qgis.GeometryType.Polygon)
    if not has_geometry and not ("x" in mapping and "y" in mapping):
        return tr("it has no point or polygon geometry and the mapping gives no x=...,y=...")
    return ""


def _fitting_orders(fits):
    """Every assignment (a permutation: mapping k -> layer order[k]) where each mapping
    fits its layer, ``fits[k][j]`` telling whether mapping k fits layer j."""
    n = len(fits)
    return [order for order in itertools.permutations(range(n)) if all(fits[k][order[k]] for k in range(n))]


def bind_mappings(layers, text, label, layers_label, feedback):
    """One mapping text per layer of ``layers``, robust to the order of the layers (the
    dialog's multi-layer picker lists them alphabetically, not in the order chosen):

    - a mapping that starts with a layer's name and a colon goes to that layer
      ("crowd_facilities: x=lon,y=lat"); the other mappings go to the other layers in
      order; a layer with no mapping reads the schema's own field names;
    - mappings without names are taken in the order of the layers; when that order does
      not fit (a field missing, a table without coordinates) and exactly one other order
      does, that order is used and the log says which mapping went to which layer;
      otherwise the error names each pair and what to do.
    ``label`` and ``layers_label`` are the dialog labels of the mappings and the layers."""
    labels = [layer_label(layer) for layer in layers]
    parts = [p.strip() for p in (text or "").split("|")]
    named = [named_mapping(p) for p in parts]
    if not any(name for name, _ in named):
        texts = split_mappings(text, len(layers), label)
        if len(parts) < 2 or len(layers) < 2:
            return texts
        return _positional(layers, labels, texts, label, layers_label, feedback)
    keys = {lab.casefold(): j for j, lab in enumerate(labels)}
    keys.update({layer.name().casefold(): j for j, layer in enumerate(layers) if layer.name().casefold() not in keys})
    out = [None] * len(layers)
    unnamed = []
    for name, body in named:
        if name is None:
            unnamed.append(body)
            continue
        j = keys.get(name.casefold())
        if j is None:
            raise QgsProcessingException(tr(
                "{0} names layer '{1}', which is not one of the layers chosen in {2} ({3}): write the mapping "
                "after the name of one of them and a colon.").format(label, name, layers_label, ", ".join(labels)))
        if out[j] is not None:
            raise QgsProcessingException(tr(
                "{0} holds two mappings for layer {1}: keep one.").format(label, labels[j]))
        out[j] = body
    free = [j for j in range(len(layers)) if out[j] is None]
    if len(unnamed) != len(free):
        unnamed = [body for body in unnamed if body]  # "|crowd: ..." leaves an empty part: no mapping
    if len(unnamed) > len(free):
        raise QgsProcessingException(tr(
            "{0} holds {1} mappings without a layer name but only {2} layers are left for them ({3}): start each "
            "mapping with its layer's name and a colon.").format(
            label, len(unnamed), len(free), ", ".join(labels[j] for j in free) or "-"))
    for j, body in zip(free, unnamed):
        out[j] = body
    for j in range(len(layers)):
        if out[j] is None:
            out[j] = ""
    feedback.pushInfo(tr("Mappings by layer: {0}.").format(
        "; ".join(f"{lab}: {body or tr('(the schema field names)')}" for lab, body in zip(labels, out))))
    return out


def _positional(layers, labels, texts, label, layers_label, feedback):
    """Mappings given in order, checked against their layers (``bind_mappings``)."""
    n = len(layers)
    fits = [[not misfit(layers[j], texts[k]) for j in range(n)] for k in range(n)]
    if all(fits[k][k] for k in range(n)):
        return texts
    orders = _fitting_orders(fits) if n <= _MAX_PERMUTED else []
    if len(orders) == 1:
        order = orders[0]
        out = [""] * n
        for k, j in enumerate(order):
            out[j] = texts[k]
        feedback.pushWarning(tr(
            "The mappings in {0} do not fit the layers in the order of {1}, and fit them in one order only, "
            "which was used: {2}. To be sure, start each mapping with its layer's name and a colon "
            "(crowd_facilities: x=lon,y=lat).").format(
            label, layers_label, "; ".join(tr("mapping {0} -> layer {1}").format(k + 1, labels[j])
                                          for k, j in enumerate(order))))
        return out
    pairs = "; ".join(tr("mapping {0} -> layer {1}").format(k + 1, labels[k])
                      + ("" if fits[k][k] else " (" + misfit(layers[k], texts[k]) + ")") for k in range(n))
    raise QgsProcessingException(tr(
        "The mappings in {0} do not fit the layers in the order of {1} ({2}). The mappings go to the layers in "
        "the order the layers have in {1}, which its picker lists alphabetically: drag the layers in the picker "
        "into the order of the mappings, or start each mapping with its layer's name and a colon "
        "(crowd_facilities: x=lon,y=lat).").format(label, layers_label, pairs))


def layer_label(layer):
    """The layer's name, or the GeoPackage/file sub-layer name when the layer was given
    as a path (qgis_process names every layer of a file after the file)."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    sub = parts.get("layerName") or ""
    file_stem = os.path.splitext(os.path.basename(parts.get("path") or ""))[0]
    return sub if sub and layer.name() == file_stem else layer.name()


def _form_export(names):
    """The mapping read from a KoboToolbox / ODK CSV export's columns (its geopoint's
    latitude/longitude columns, 'place/name'...: kernels.survey_schema.export_columns),
    or {} when the table has no geopoint columns."""
    found = survey_schema.export_columns(names)
    if "x" not in found:
        return {}
    return {key: ("field", column) for key, column in found.items()}


def read_source(layer, text, crs_holder, context, feedback, mappings_label):
    """One facility layer as (x, y, columns of the schema, source feature ids, its own
    capacity field or None): ``text`` is its mapping, ``crs_holder`` a one-item list
    holding the metric CRS of the inventory (set by the first layer read),
    ``mappings_label`` the dialog label of the mappings, for messages."""
    label = layer_label(layer)
    try:
        mapping = supply.parse_field_mapping(text, MAPPABLE)
    except ValueError as exc:
        raise QgsProcessingException(tr("Mapping for layer {0}: {1}").format(label, exc)) from None
    names = layer.fields().names()
    explicit = set(mapping)
    for key in supply.SCHEMA_FIELDS + survey_schema.PROVENANCE_FIELDS:
        if key not in mapping and key in names:
            mapping[key] = ("field", key)
    has_geometry = QgsWkbTypes.geometryType(layer.wkbType()) in (
        Qgis.GeometryType.Point, Qgis.GeometryType.Polygon)
    fallbacks = {}
    if not has_geometry and not ("x" in mapping and "y" in mapping):
        export = _form_export(names)
        if export:
            # an empty answer (no collector typed) is read from the server's column (_submitted_by)
            fallbacks = {k: c for k, c in survey_schema.export_fallbacks(names).items()
                         if k not in explicit}
            mapping = {**export, **mapping}
            feedback.pushInfo(tr("Layer {0} read as a KoboToolbox / ODK export: {1}.").format(
                label, ", ".join(f"{k} = '{v}'" for k, (_kind, v) in export.items())))
    fields = layer.fields()
    for key, (kind, value) in mapping.items():
        if kind == "field" and fields.lookupField(value) < 0:
            raise QgsProcessingException(tr(
                "Mapping for layer {0}: field '{1}' (for {2}) was not found. Available fields: {3}.").format(
                label, value, key, ", ".join(names)))
    wanted_numbers = [v for k, (kind, v) in mapping.items() if kind == "field" and k in NUMERIC + ("x", "y")]
    # numbers stored as text (plain CSV) are converted below, with a clear error on bad values
    as_text = [v for v in wanted_numbers if not fields.field(fields.lookupField(v)).isNumeric()]
    numeric = [v for v in wanted_numbers if v not in as_text]
    text_fields = [v for k, (kind, v) in mapping.items() if kind == "field" and k in TEXT] + as_text
    text_fields += [c for c in fallbacks.values() if c not in text_fields]
    proxy = LayerParameterProxy(layer)
    if has_geometry:
        if crs_holder[0] is None:
            crs_holder[0] = layer_io.metric_crs(layer.crs(), layer.extent(), label, feedback, context)
        arr = layer_io.read_points(proxy, proxy.parameters, proxy.NAME, context, feedback,
                                   numeric=numeric, text=text_fields, allow_nulls=True,
                                   target_crs=crs_holder[0], allow_empty=True)
        text_to_numbers(arr, as_text, label, feedback)
        x, y, n = arr.x, arr.y, arr.n
    else:
        if "x" not in mapping or "y" not in mapping:
            raise QgsProcessingException(tr(
                "Layer {0} has no point or polygon geometry: map its coordinate fields with x=...,y=... in {1} "
                "(e.g. x=lon,y=lat).").format(label, mappings_label))
        arr = layer_io.read_table(proxy, proxy.parameters, proxy.NAME, context, feedback,
                                  numeric=numeric, text=text_fields, allow_nulls=True)
        text_to_numbers(arr, as_text, label, feedback)
        n = arr.n
        xs, ys = arr.numeric[mapping["x"][1]], arr.numeric[mapping["y"][1]]
        ok = ~(np.isnan(xs) | np.isnan(ys))
        if not ok.all():
            feedback.pushWarning(trn("%n row(s) of layer {0} without coordinates: skipped.",
                                     int((~ok).sum())).format(label))
        src_crs = QgsCoordinateReferenceSystem(mapping.get("crs", ("const", "EPSG:4326"))[1])
        if not src_crs.isValid():
            raise QgsProcessingException(tr(
                "Layer {0}: the crs given in {1} is not a valid coordinate reference system; write it as "
                "crs='EPSG:4326'.").format(label, mappings_label))
        if crs_holder[0] is None:
            ext = QgsRectangle(xs[ok].min(), ys[ok].min(), xs[ok].max(), ys[ok].max()) if ok.any() else None
            crs_holder[0] = layer_io.metric_crs(src_crs, ext, label, feedback, context)
        x, y = layer_io.transform_xy(xs[ok], ys[ok], src_crs, crs_holder[0], context) if ok.any() else (xs[ok], ys[ok])
        arr.numeric = {k: v[ok] for k, v in arr.numeric.items()}
        arr.text = {k: v[ok] for k, v in arr.text.items()}
        n = int(ok.sum())
    cols = {}
    for key in supply.SCHEMA_FIELDS + survey_schema.PROVENANCE_FIELDS:
        kind, value = mapping.get(key, ("const", None))
        if key in NUMERIC:
            if kind == "field":
                col = arr.numeric[value]
            else:
                try:
                    const = np.nan if value in (None, "") else float(value)
                except ValueError:
                    const = None
                if const is None or np.isinf(const):
                    raise QgsProcessingException(tr(
                        "Mapping for layer {0}: constant {1}={2} is not a finite number.").format(
                        label, key, value))
                col = np.full(n, const)
            check_non_negative(col, value if kind == "field" else key, label)
        else:
            col = arr.text[value] if kind == "field" else np.full(n, value, dtype=object)
        cols[key] = np.asarray(col, dtype=float if key in NUMERIC else object)
    for key, column in fallbacks.items():
        cols[key] = survey_schema.fill_empty(cols[key], arr.text[column])
    if mapping.get("source") is None:
        cols["source"] = np.full(n, label, dtype=object)
    cols["src_layer"] = np.full(n, label, dtype=object)
    # a field survey's records (the layer says how each place was checked) and their dates
    cols["survey"] = np.full(n, "verification" in mapping, dtype=bool)
    cols["survey_date"] = np.array([survey_schema.iso_date(v) for v in cols["survey_date"]], dtype=object)
    fids = arr.fid if has_geometry else np.flatnonzero(ok).astype(np.int64)
    cap_kind, cap_value = mapping.get("capacity", ("const", None))
    return x, y, cols, fids, (cap_value if cap_kind == "field" else None)


def text_to_numbers(arr, names, label, feedback):
    """Numbers stored as text (a plain CSV) read as layer_io reads them
    (``layer_io.text_numbers``: decimal comma as in CSV files; non-numbers and
    'inf', 'nan' are NULL, counted in a warning; a field of words is an error)."""
    for name in names:
        arr.numeric[name] = layer_io.text_numbers(arr.text[name], name, label, feedback.pushWarning)
