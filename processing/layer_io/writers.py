"""Writing results: new sinks, every input feature with its fields plus new fields, and
new point/geometry/table layers. NaN is written as NULL.

Features stream to the sink one by one (``addFeature``): ``addFeatures`` with a Python
list converts the whole list to C++ and back (an in/out argument), and holding
thousands of features in a list is itself slower; both made a write 2-3 times slower. A cancel is checked every ``CHECK_EVERY`` features; on a cancel, or an
error while writing, the run's partial outputs are removed (``outputs``)."""
from __future__ import annotations

import math
from itertools import islice

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
)
from qgis.PyQt.QtCore import QMetaType

from .arrays import tr, trn
from .outputs import Progress, before_sink, check_canceled, discard, register, run_of
from .sources import features

CHECK_EVERY = 5000  # features between two cancel checks of a write (well under a second)


def qgs_field(name, values):
    """A QgsField typed from a NumPy array's dtype."""
    kind = np.asarray(values).dtype.kind
    if kind == "f":
        return QgsField(name, QMetaType.Type.Double)
    if kind in "iub":
        return QgsField(name, QMetaType.Type.LongLong)
    return QgsField(name, QMetaType.Type.QString)


def column_values(values):
    """A NumPy column as a Python list for attributes: NaN/inf/None -> None (NULL)."""
    arr = np.asarray(values)
    if arr.dtype.kind == "f":
        out = arr.astype(object)
        out[~np.isfinite(arr)] = None
        return out.tolist()
    if arr.dtype.kind == "b":
        return arr.astype(np.int64).tolist()
    if arr.dtype.kind in "iu":
        return arr.tolist()
    return [None if v is None else str(v) for v in arr.tolist()]


def add_features(sink, batch, output_name="OUTPUT"):
    """Add QgsFeatures to ``sink`` one by one; a clear error when the sink refuses one."""
    add, flag = sink.addFeature, QgsFeatureSink.Flag.FastInsert
    for f in batch:
        if not add(f, flag):
            raise QgsProcessingException(
                tr("Could not write features to output {0}: {1}").format(output_name, sink.lastError())
            )


def finish_sink(sink):
    """Flush buffered features (QGIS >= 3.34 has finalize)."""
    if hasattr(sink, "finalize"):
        sink.finalize()


def write_features(sink, feats, feedback=None, output_name="OUTPUT", total=None):
    """Write an iterable of QgsFeature (cancel checked every ``CHECK_EVERY`` features,
    progress forward over ``total`` features when given) and finish. On a cancel or an
    error, the run's partial outputs are removed before the exception goes on."""
    run = run_of(sink)
    check_canceled(feedback, run=run)
    progress = Progress(feedback, 0.5)
    add, flag = sink.addFeature, QgsFeatureSink.Flag.FastInsert
    feats = iter(feats)
    try:
        done = 0
        while True:
            n = 0  # features stream one by one: holding a chunk of them in a list is slower
            for n, f in enumerate(islice(feats, CHECK_EVERY), 1):  # noqa: B007 - n counts the chunk
                if not add(f, flag):
                    raise QgsProcessingException(
                        tr("Could not write features to output {0}: {1}").format(output_name, sink.lastError())
                    )
            if n == 0:
                break
            done += n
            check_canceled(feedback, run=run)
            if total:
                progress(done / total)
        finish_sink(sink)
        check_canceled(feedback, run=run)
    except BaseException:
        discard(run)
        raise
    if total:
        progress(1.0)


def make_fields(spec):
    """QgsFields from [(name, numpy-dtype-like or sample array)]."""
    fields = QgsFields()
    for name, kind in spec:
        fields.append(qgs_field(name, np.zeros(0, dtype=kind) if not isinstance(kind, np.ndarray) else kind))
    return fields


def create_layer_sink(alg, parameters, output_name, context, fields, wkb_type, crs):
    """A new sink (for layers the algorithm creates: sites, grids, summary tables),
    registered with the run so that a cancel while writing removes it (``outputs``)."""
    if isinstance(fields, (list, tuple)):
        fields = make_fields(fields)
    before = before_sink(alg, parameters, output_name, context)
    sink, dest_id = alg.parameterAsSink(parameters, output_name, context, fields, wkb_type, crs)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, output_name))
    register(alg, context, sink, dest_id, before)
    return sink, dest_id


def create_optional_sink(alg, parameters, output_name, context, fields, wkb_type, crs):
    """(sink, dest id) of an optional output, or (None, None) when the user skipped it;
    a sink that can't be created is an error, never silently dropped."""
    if parameters.get(output_name) is None:
        return None, None
    return create_layer_sink(alg, parameters, output_name, context, fields, wkb_type, crs)


def write_with_fields(alg, parameters, output_name, context, feedback, arrays, new_fields):
    """Write every input feature with all its fields plus ``new_fields`` (name -> array
    over ``arrays`` rows) to the sink parameter ``output_name``; returns its dest id.

    A new field whose name the input already has replaces that field's values (logged).
    Features skipped for lack of geometry are written with NULL in the new fields.
    """
    source = arrays.source
    in_fields = source.fields()
    out_fields = QgsFields(in_fields)
    replace = {}
    append_names = []
    for name, values in new_fields.items():
        pos = in_fields.lookupField(name)
        if pos >= 0:
            replace[name] = pos
            if feedback is not None:
                feedback.pushWarning(
                    tr("The input already has a field '{0}': the output replaces its values.").format(name)
                )
        else:
            out_fields.append(qgs_field(name, values))
            append_names.append(name)
    sink, dest_id = create_layer_sink(alg, parameters, output_name, context, out_fields,
                                      source.wkbType(), source.sourceCrs())
    n = arrays.n
    append_cols = [column_values(new_fields[name]) for name in append_names]
    replace_cols = [(pos, column_values(new_fields[name])) for name, pos in replace.items()]
    fid_row = dict(zip(arrays.fid.tolist(), range(n)))
    nulls_tail = [None] * len(append_names)
    rows = list(zip(*append_cols)) if append_cols else [()] * n
    total = max(1, source.featureCount())
    # input values that are not finite numbers are copied as NULL: no output holds NaN/inf
    real_pos = [i for i in range(in_fields.count())
                if in_fields.at(i).type() == QMetaType.Type.Double and i not in replace.values()]
    not_finite = dict.fromkeys(real_pos, 0)

    row_of = dict(zip(arrays.fid.tolist(), rows))  # fid -> new values

    def plain(f):  # the common case: append the new values (NULL without a row)
        attrs = f.attributes()
        attrs.extend(row_get(f.id(), nulls_tail))
        f.setAttributes(attrs)
        return f

    def general(f):  # non-finite input numbers to NULL, replaced fields
        r = fid_row.get(f.id())
        attrs = f.attributes()
        for pos in real_pos:
            v = attrs[pos]
            if isinstance(v, float) and not math.isfinite(v):
                attrs[pos] = None
                not_finite[pos] += 1
        if r is None:
            attrs.extend(nulls_tail)
            for pos, _ in replace_cols:
                attrs[pos] = None
        else:
            attrs.extend(rows[r])
            for pos, col in replace_cols:
                attrs[pos] = col[r]
        f.setAttributes(attrs)
        return f

    row_get = row_of.get
    one = plain if not real_pos and not replace_cols else general
    feats = map(one, features(source, QgsFeatureRequest()))
    write_features(sink, feats, feedback, output_name, total=total)
    for pos, count in not_finite.items():
        if count and feedback is not None:
            feedback.pushWarning(trn(
                "%n value(s) of field '{0}' of layer {1} not finite (NaN or infinite): NULL in the "
                "output.", count).format(in_fields.at(pos).name(), arrays.layer_name))
    return dest_id


def rows_of(columns, n):
    """Attribute rows (tuples) of ordered ``columns`` (name -> array), NaN as NULL."""
    cols = [column_values(v) for v in columns.values()]
    return list(zip(*cols)) if cols else [()] * n


def write_points(sink, x, y, columns, feedback=None, output_name="OUTPUT"):
    """Write point features at (x, y) with attribute ``columns`` (an ordered dict)."""
    points = (QgsGeometry.fromPointXY(QgsPointXY(px, py))
              for px, py in zip(np.asarray(x, float).tolist(), np.asarray(y, float).tolist()))
    write_geometries(sink, points, columns, feedback, output_name, n=len(x))


def write_geometries(sink, geometries, columns, feedback=None, output_name="OUTPUT", n=None):
    """Write features with the given QgsGeometry items (None = no geometry; any
    iterable) and attribute columns, in batches, checking for cancellation."""
    rows = rows_of(columns, len(geometries) if n is None else n)

    def output_features():
        for g, row in zip(geometries, rows):
            f = QgsFeature()
            if g is not None:
                f.setGeometry(g)
            f.setAttributes(list(row))
            yield f

    write_features(sink, output_features(), feedback, output_name, total=len(rows))


def write_table(sink, columns, feedback=None, output_name="OUTPUT"):
    """Write geometry-less rows (summary tables)."""
    n = len(next(iter(columns.values()))) if columns else 0
    write_geometries(sink, [None] * n, columns, feedback, output_name)
