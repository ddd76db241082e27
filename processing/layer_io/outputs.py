"""What a run has written, so that a cancel (or a failure) while writing leaves no
partial output behind, and progress that only goes forward.

``create_layer_sink`` registers every sink it creates with the run (the algorithm
object and its processing context); the writers check for cancellation before and
during every write, and on a cancel (or any error while writing) close the run's sinks
and remove what the run created: a file the sink created (GeoPackage, shapefile with
its side files, ...), a layer the run added or replaced in an existing multi-layer
file (never the file itself, nor its other layers), a temporary (memory) output. A
file that existed before and that the run did not write is never touched. Database
outputs (PostGIS, ...) are left to the database (the sink's transaction).
"""
from __future__ import annotations

import glob
import os
import weakref

from qgis.core import QgsProcessingException
from qgis.PyQt import sip

from .arrays import tr
from .guard import MULTI_LAYER_FORMATS, destination_location

_RUN_ATTR = "_caremap_run"
SIDE_FILES = ("-journal", "-wal", "-shm")


class Output:
    """One output of a run: where it went, and what existed there before."""

    def __init__(self, sink, dest_id, location, existed, layer_existed):
        self.sink_ref = weakref.ref(sink) if sink is not None else (lambda: None)
        self.dest_id = dest_id
        self.location = location
        self.existed = existed
        self.layer_existed = layer_existed


class Run:
    """The outputs one run of one algorithm has created so far."""

    def __init__(self, context):
        self.context_ref = weakref.ref(context) if context is not None else (lambda: None)
        self.outputs = []
        self.discarded = False


def _run(alg, context):
    run = getattr(alg, _RUN_ATTR, None)
    if run is None or run.context_ref() is not context:
        run = Run(context)
        try:
            setattr(alg, _RUN_ATTR, run)
        except AttributeError:  # pragma: no cover - an object without attributes
            pass
    return run


def _ogr_has_layer(path, layer):
    try:
        from osgeo import ogr

        ds = ogr.Open(path)
        return ds is not None and ds.GetLayerByName(layer) is not None
    except Exception:  # noqa: BLE001 - unknown: treat as existing (never removed)
        return True


def before_sink(alg, parameters, output_name, context):
    """(location, file existed, layer existed) of an output, read before its sink is
    created; location is None for temporary and database outputs."""
    definition = alg.parameterDefinition(output_name)
    try:
        loc = destination_location(parameters.get(output_name), definition, context)
    except Exception:  # noqa: BLE001 - an unusual destination: nothing to clean
        loc = None
    if loc is None:
        return None, False, False
    path, layer = loc
    existed = os.path.exists(path)
    layer_existed = bool(existed and layer and path.lower().endswith(MULTI_LAYER_FORMATS)
                         and _ogr_has_layer(path, layer))
    return loc, existed, layer_existed


def register(alg, context, sink, dest_id, before):
    """Record a new sink with the run of ``alg`` in ``context``; the sink knows its run."""
    run = _run(alg, context)
    location, existed, layer_existed = before
    run.outputs.append(Output(sink, dest_id, location, existed, layer_existed))
    try:
        sink._caremap_run = run
    except AttributeError:  # pragma: no cover
        pass
    return run


def run_of(sink):
    return getattr(sink, "_caremap_run", None) if sink is not None else None


def _close(sink):
    if sink is not None and not sip.isdeleted(sink):
        try:
            sip.delete(sink)  # the writer closes its file (Python owns the sinks of parameterAsSink)
        except Exception:  # noqa: BLE001 - already gone
            pass


def _remove_file(path):
    try:
        from osgeo import gdal

        drv = gdal.IdentifyDriverEx(path, gdal.OF_VECTOR) if hasattr(gdal, "IdentifyDriverEx") else None
        if drv is not None and drv.ShortName not in ("CSV",):
            drv.Delete(path)
    except Exception:  # noqa: BLE001 - fall back to removing the files ourselves
        pass
    base, ext = os.path.splitext(path)
    paths = [path] + [path + s for s in SIDE_FILES]
    if ext.lower() == ".shp":
        paths += [p for p in glob.glob(glob.escape(base) + ".*") if os.path.splitext(p)[1].lower() in
                  (".shx", ".dbf", ".prj", ".cpg", ".qix", ".qmd", ".sbn", ".sbx")]
    for p in paths:
        if os.path.exists(p):
            try:
                os.remove(p)
            except OSError:
                pass


def _remove_layer(path, layer):
    try:
        from osgeo import ogr

        ds = ogr.Open(path, 1)
        if ds is None:
            return
        for i in range(ds.GetLayerCount()):
            if ds.GetLayer(i).GetName().lower() == layer.lower():
                ds.DeleteLayer(i)
                break
        ds = None
    except Exception:  # noqa: BLE001 - nothing more can be done
        pass


def _drop_temporary(context, dest_id):
    if context is None or not dest_id:
        return
    store = context.temporaryLayerStore()
    if store.mapLayer(dest_id) is not None:
        store.removeMapLayer(dest_id)
    to_load = context.layersToLoadOnCompletion()
    if dest_id in to_load:
        del to_load[dest_id]
        context.setLayersToLoadOnCompletion(to_load)


def discard(run):
    """Close the run's sinks and remove what it created (see the module doc)."""
    if run is None or run.discarded:
        return
    run.discarded = True
    context = run.context_ref()
    for out in run.outputs:
        _close(out.sink_ref())
    for out in run.outputs:
        if out.location is None:
            _drop_temporary(context, out.dest_id)
            continue
        path, layer = out.location
        multi = bool(layer) and path.lower().endswith(MULTI_LAYER_FORMATS)
        if not os.path.exists(path):
            pass
        elif out.existed and multi:
            _remove_layer(path, layer)  # only the layer this run wrote; the file and its other layers stay
        else:
            _remove_file(path)  # created (or replaced whole) by this run's sink
        if context is not None:
            to_load = context.layersToLoadOnCompletion()
            for key in [k for k in to_load if k == out.dest_id or k.split("|", 1)[0] == path]:
                del to_load[key]
            context.setLayersToLoadOnCompletion(to_load)


def check_canceled(feedback, sink=None, run=None):
    """Raise "Canceled by the user." when the user cancelled, after removing the
    partial outputs of the run (of ``sink``, or ``run``)."""
    if feedback is not None and feedback.isCanceled():
        discard(run if run is not None else run_of(sink))
        raise QgsProcessingException(tr("Canceled by the user."))


class Progress:
    """Progress that only goes forward: a reader or writer reports its fraction within
    [the feedback's current value, ``end``], never below what is shown already."""

    def __init__(self, feedback, share, end=100.0):
        self.feedback = feedback
        start = feedback.progress() if feedback is not None else 0.0
        start = start if start == start and start >= 0 else 0.0
        stop = max(start, min(100.0, end))
        self.start = start
        self.span = (stop - start) * share

    def __call__(self, fraction):
        if self.feedback is None or self.span <= 0:
            return
        value = self.start + self.span * min(1.0, max(0.0, fraction))
        if value > self.feedback.progress():
            self.feedback.setProgress(value)
