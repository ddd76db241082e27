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

One place guarantees it for every algorithm, whatever step the run stops in:
``CareMapAlgorithm`` wraps the ``processAlgorithm`` of every subclass in ``guarded``,
which starts a run (``start_run``: every destination parameter's state is recorded
before anything is written) and ends it (``end_run``). A run that ends with an
exception, a cancel (``feedback.isCanceled()``, "Canceled by the user." or an
``InterruptedError``, which becomes that message) or any other error (whose message
is kept: a half-run is not a result to trust), or that returns while the user has
cancelled, is discarded: its sinks as above, and for a destination written without a
``layer_io`` sink (reports, GTFS zips, folders) the file or folder that did not exist
before, the layer the run added to a multi-layer file, a single file the run replaced
(its modification time changed), the entries it created or replaced in a folder that
existed. A run started inside another CareMap run (the pipeline's steps, carebatch's
municipalities) hands its outputs to the enclosing run when it succeeds, so a cancel of
the pipeline also removes what its finished steps wrote.
"""
from __future__ import annotations

import functools
import glob
import os
import shutil
import threading
import weakref

from qgis.core import QgsProcessingException
from qgis.PyQt import sip

from .arrays import tr
from .guard import MULTI_LAYER_FORMATS, destination_location

_RUN_ATTR = "_caremap_run"
SIDE_FILES = ("-journal", "-wal", "-shm")


class Output:
    """One output of a run: where it went, and what existed there before."""

    def __init__(self, sink, dest_id, location, existed, layer_existed, context=None, kind="sink"):
        self.sink_ref = weakref.ref(sink) if sink is not None else (lambda: None)
        self.dest_id = dest_id
        self.location = location
        self.existed = existed
        self.layer_existed = layer_existed
        self.context_ref = weakref.ref(context) if context is not None else None
        self.kind = kind  # "sink": a layer_io sink; "file" or "folder": a destination as it was
        self.mtime = None  # "file": its modification time before the run
        self.entries = {}  # "folder": its entries before the run -> modification time


class Run:
    """The outputs one run of one algorithm has created so far."""

    def __init__(self, context):
        self.context_ref = weakref.ref(context) if context is not None else (lambda: None)
        self.outputs = []
        self.discarded = False
        self.parent = None


def _run(alg, context):
    run = getattr(alg, _RUN_ATTR, None)
    if run is None or (run.context_ref() is not context and not any(r is run for r in _active())):
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
    run.outputs.append(Output(sink, dest_id, location, existed, layer_existed, context))
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


def _release(context, path):
    """Drop the layers of the context's store read from ``path`` (a later step read this
    output as its input): they would point at a removed file, and hold it open."""
    if context is None or not path:
        return
    target = os.path.normcase(os.path.abspath(path))
    store = context.temporaryLayerStore()
    for layer_id, layer in list(store.mapLayers().items()):
        source = layer.source().split("|", 1)[0]
        if os.path.normcase(os.path.abspath(source)) == target if source else False:
            store.removeMapLayer(layer_id)


def _mtime(path):
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def _discard_sink(out, context):
    if out.location is None:
        _drop_temporary(context, out.dest_id)
        return
    path, layer = out.location
    multi = bool(layer) and path.lower().endswith(MULTI_LAYER_FORMATS)
    _release(context, path)
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


def _discard_file(out):
    """A destination written without a layer_io sink: only what the run changed goes."""
    path, layer = out.location
    _release(out.context_ref() if out.context_ref is not None else None, path)
    if not os.path.exists(path):
        return
    if os.path.isdir(path):
        if not out.existed:
            shutil.rmtree(path, ignore_errors=True)
        return
    multi = bool(layer) and path.lower().endswith(MULTI_LAYER_FORMATS)
    if not out.existed:
        _remove_file(path)
    elif multi:
        if not out.layer_existed and _ogr_has_layer(path, layer):
            _remove_layer(path, layer)  # the layer the run added; the file's other layers stay
    elif _mtime(path) != out.mtime:
        _remove_file(path)  # a single file the run replaced whole


def _discard_folder(out):
    """A folder destination: removed when the run created it; else the entries the run
    created or replaced in it (a folder that was there before stays)."""
    path = out.location[0]
    if not os.path.isdir(path):
        return
    if not out.existed:
        shutil.rmtree(path, ignore_errors=True)
        return
    for name in os.listdir(path):
        full = os.path.join(path, name)
        before = out.entries.get(name)
        if os.path.isdir(full) and not os.path.islink(full):
            if before is None:
                shutil.rmtree(full, ignore_errors=True)
        elif before is None or before != _mtime(full):
            try:
                os.remove(full)
            except OSError:
                pass


def discard(run):
    """Close the run's sinks and remove what it created (see the module doc)."""
    if run is None:
        return
    run.discarded = True
    outs, run.outputs = run.outputs, []  # once each: a later output of the run is discarded later
    for out in outs:
        if out.kind == "sink":
            _close(out.sink_ref())
    for out in outs:
        if out.kind == "sink":
            _discard_sink(out, out.context_ref() if out.context_ref is not None else run.context_ref())
    for out in outs:
        if out.kind == "file":
            _discard_file(out)
        elif out.kind == "folder":
            _discard_folder(out)


# ------------------------------------------------------------------ one run of an algorithm
_ACTIVE = threading.local()  # the CareMap runs under way in this thread, outermost first


def _active():
    if not hasattr(_ACTIVE, "runs"):
        _ACTIVE.runs = []
    return _ACTIVE.runs


def _destination(alg, parameters, definition, context):
    """The state of a destination parameter before the run writes anything (None for
    temporary and database outputs)."""
    name = definition.name()
    if parameters.get(name) in (None, ""):
        return None
    folder = definition.type() == "folderDestination"
    if folder:
        value = parameters.get(name)
        value = value.strip() if isinstance(value, str) else None
        if not value or value == "TEMPORARY_OUTPUT":
            return None
        location, existed, layer_existed = (value, None), os.path.isdir(value), False
    else:
        location, existed, layer_existed = before_sink(alg, parameters, name, context)
        if location is None:
            return None
    out = Output(None, None, location, existed, layer_existed, context, "folder" if folder else "file")
    if folder and existed:
        out.entries = {e: _mtime(os.path.join(location[0], e)) for e in os.listdir(location[0])}
    elif existed:
        out.mtime = _mtime(location[0])
    return out


def start_run(alg, parameters, context):
    """A new run of ``alg`` (its sinks register with it), with the state of every
    destination before anything is written; nested in the CareMap run under way."""
    run = Run(context)
    try:
        setattr(alg, _RUN_ATTR, run)
    except AttributeError:  # pragma: no cover
        pass
    runs = _active()
    run.parent = runs[-1] if runs else None
    runs.append(run)
    for definition in alg.destinationParameterDefinitions():
        try:
            out = _destination(alg, parameters, definition, context)
        except Exception:  # noqa: BLE001 - an unusual destination: nothing known, nothing removed
            out = None
        if out is not None:
            run.outputs.append(out)
    return run


def end_run(run, ok):
    """A successful run hands its outputs to the enclosing run (if any); a failed or
    cancelled one is discarded."""
    runs = _active()
    for k in range(len(runs) - 1, -1, -1):
        if runs[k] is run:
            del runs[k]
            break
    if ok:
        if run.parent is not None:
            run.parent.outputs.extend(run.outputs)
        return
    try:
        discard(run)
    except Exception:  # noqa: BLE001 - the error that stopped the run is the one to show
        pass


def canceled_error():
    return QgsProcessingException(tr("Canceled by the user."))


def guarded(process):
    """``processAlgorithm`` under the rule of the module doc: whatever ends the run
    early (a cancel, an error, a return while the user has cancelled) removes every
    output the run created; an ``InterruptedError`` (the kernels' cancel) becomes
    "Canceled by the user."; another error keeps its message. A run that ends well
    leaves the progress at 100."""
    if getattr(process, "_caremap_guarded", False):
        return process

    @functools.wraps(process)
    def processAlgorithm(alg, parameters, context, feedback):  # noqa: N802
        run = start_run(alg, parameters, context)
        ok = False
        try:
            try:
                result = process(alg, parameters, context, feedback)
            except InterruptedError:
                raise canceled_error() from None
            if feedback is not None and feedback.isCanceled():
                raise canceled_error()  # what it wrote may be partial (a loop that stopped early)
            ok = True
            if feedback is not None and feedback.progress() < 100:
                feedback.setProgress(100)  # a finished run's bar is full (forward only)
            return result
        finally:
            end_run(run, ok)

    processAlgorithm._caremap_guarded = True
    return processAlgorithm


def check_canceled(feedback, sink=None, run=None):
    """Raise "Canceled by the user." when the user cancelled, after removing the
    partial outputs of the run (of ``sink``, or ``run``)."""
    if feedback is not None and feedback.isCanceled():
        discard(run if run is not None else run_of(sink))
        raise canceled_error()


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
