"""carebatch's child processes: each municipality's care map run in its own
``qgis_process run caremap:carepipeline`` (finding qgis_process, the child's plugin
folder, profile and language, starting it in its own process group, killing that group,
a failed child's message, and the parallel run itself: writing each municipality's
inputs, running at most WORKERS children, reading back their rows). No rule of the
method here; no qgis import at load."""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

PIPELINE = "caremap:carepipeline"
# the plugin's own folder (processing/batch_processes.py -> the plugin root)
PLUGIN_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# how often running children are polled for an end and the batch for a cancel (s)
POLL_SECONDS = 0.1
# the pipeline's layer inputs, written to files for a child process
LAYER_INPUTS = ("UNITS", "FACILITIES", "NETWORK", "DISTRICT_LAYER")
# characters a file name cannot hold on some system
FILE_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def find_qgis_process():
    """QGIS's command line: on the PATH, or next to the running QGIS; None if absent."""
    from qgis.core import QgsApplication

    names = ("qgis_process", "qgis_process-qgis.bat", "qgis_process-qgis-ltr.bat", "qgis_process.exe")
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    here = QgsApplication.applicationDirPath()
    for name in names:
        found = shutil.which(name, path=here) if here else None
        if found:
            return found
    return None


def child_environment(work):
    """The environment of a child ``qgis_process``: a plugin folder holding this plugin as
    ``caremap`` (the plugin's own folder may have another name), a throwaway profile
    with the plugin enabled and the running QGIS's language."""
    from ..plugin import user_locale  # the language this QGIS runs in (--lang too); no cycle here

    if os.path.basename(PLUGIN_ROOT) == "caremap":
        plugins = os.path.dirname(PLUGIN_ROOT)
    else:
        plugins = os.path.join(work, "plugins")
        os.makedirs(plugins)
        try:
            os.symlink(PLUGIN_ROOT, os.path.join(plugins, "caremap"), target_is_directory=True)
        except OSError:  # no symlinks (Windows without the right): a copy of the code
            shutil.copytree(PLUGIN_ROOT, os.path.join(plugins, "caremap"), ignore=shutil.ignore_patterns(
                ".git", ".venv", "tests", "bench", "data", "out", "__pycache__"))
    profile = os.path.join(work, "profile")
    ini = os.path.join(profile, "profiles", "default", "QGIS", "QGIS3.ini")
    os.makedirs(os.path.dirname(ini))
    with open(ini, "w", encoding="utf-8") as f:
        f.write("[PythonPlugins]\ncaremap=true\n\n[locale]\noverrideFlag=true\n"
                f"userLocale={user_locale() or 'en'}\n")
    return dict(os.environ, QGIS_PLUGINPATH=plugins, QGIS_CUSTOM_CONFIG_PATH=profile, QT_QPA_PLATFORM="offscreen")


def start_child(exe, job_dir, env):
    """``qgis_process run --json caremap:carepipeline -`` with the job's input.json on
    stdin, its output and errors to files (no pipe to fill), in its own process group."""
    extra = ({"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP} if sys.platform == "win32"
             else {"start_new_session": True})
    with open(os.path.join(job_dir, "input.json"), "rb") as stdin, \
            open(os.path.join(job_dir, "output.json"), "wb") as stdout, \
            open(os.path.join(job_dir, "stderr.txt"), "wb") as stderr:
        return subprocess.Popen([exe, "run", "--json", PIPELINE, "-"], stdin=stdin, stdout=stdout, stderr=stderr,
                                env=env, cwd=job_dir, **extra)


def kill_child(proc):
    """Kill a child and everything it started (its process group), and reap it."""
    if proc.poll() is None:
        try:
            if sys.platform == "win32":
                subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)], capture_output=True, check=False)
            else:
                os.killpg(proc.pid, signal.SIGKILL)
        except (OSError, subprocess.SubprocessError):
            proc.kill()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass


def error_lines(path, keep=3):
    """A failed child's message: the last distinct lines of its error output, without
    Qt's start-up notes."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = [line.strip() for line in f]
    except OSError:
        return ""
    noise = ("QStandardPaths:", "Qt WebEngine", "qt.", "Warning: ", "libEGL", "MESA")
    distinct = []
    for line in lines:
        if line and not line.startswith(noise) and line not in distinct:
            distinct.append(line)
    return " ".join(distinct[-keep:])


# ------------------------------------------------------------------ the batch's parallel run
def run_parallel(alg, parameters, context, steps, feedback, units, towns, facility_sets, bases, figures,
                 workers, exe):
    """Each municipality in its own ``qgis_process run caremap:carepipeline``: its
    inputs written to a temporary GeoPackage, at most ``workers`` processes at a
    time; the summary rows in the order of ``towns``. ``alg`` is the running
    CareBatchAlgorithm (its parameters, texts, rows and cancel check)."""
    from qgis.core import QgsProcessingUtils

    work = tempfile.mkdtemp(prefix="carebatch_", dir=QgsProcessingUtils.tempFolder())
    try:
        env = child_environment(work)
        steps.setCurrentStep(1)
        jobs, shared = [], {}
        # facility layers given whole (not clipped) are written once, for every municipality
        whole = alg.parameterAsLayerList(parameters, "FACILITIES", context)
        for k, name in enumerate(towns.names):
            alg.check_canceled(feedback)
            jobs.append(prepare_child(alg, parameters, context, feedback, units, towns.members[k], name,
                                      facility_sets[k], bases[k], os.path.join(work, str(k)), shared, whole))
            steps.setProgress(100.0 * (k + 1) / len(towns.names))
        return run_children(alg, jobs, exe, env, workers, steps, feedback, figures)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def prepare_child(alg, parameters, context, feedback, units, rows, name, facilities, base, job_dir, shared,
                  whole):
    """Write one municipality's inputs (its units, its facilities; the layers every
    municipality gets whole once, in ``shared``) and its JSON parameters; its job."""
    from qgis.core import QgsProcessingException

    from .supply_io import layer_label

    os.makedirs(job_dir)
    row = alg._new_row(rows, name, facilities, base)
    job = {"name": str(name), "row": row, "dir": job_dir, "proc": None}
    try:
        child = alg._child_parameters(parameters, context, units, rows, name, facilities, base)
        pipeline = alg._pipeline()
        inputs = {}
        for key, value in child.items():
            if key == "FACILITIES":
                inputs[key] = [layer_file(alg, layer, layer_label(layer), job_dir, shared, context, feedback,
                                          share=any(layer is mine for mine in whole))
                               for layer in value]
            elif key in LAYER_INPUTS:
                if value not in (None, ""):
                    inputs[key] = layer_file(alg, value, layer_label(value), job_dir, shared, context,
                                             feedback, share=key != "UNITS")
            else:
                inputs[key] = pipeline.parameterDefinition(key).valueAsJsonObject(value, context)
        with open(os.path.join(job_dir, "input.json"), "w", encoding="utf-8") as out:
            json.dump({"inputs": inputs}, out)  # ASCII (\u escapes): read the same in every locale
    except QgsProcessingException as err:
        if feedback.isCanceled():
            raise
        row.update(status="failed", message=str(err))
    except Exception as err:  # noqa: BLE001 - one municipality's failure must not stop the others
        row.update(status="failed", message=f"{type(err).__name__}: {err}")
    return job


def layer_file(alg, layer, name, job_dir, shared, context, feedback, share):
    """Write ``layer`` to a GeoPackage of its own, ``<name>.gpkg`` with the table
    ``name`` (qgis_process names a layer after its file, so the child's messages and
    the inventory's sources name the user's layer), in the municipality's folder, or,
    for a layer every municipality gets (``share``), once for all; its URI."""
    from qgis.core import QgsProcessingException, QgsVectorFileWriter

    if share and id(layer) in shared:
        return shared[id(layer)][1]
    root = os.path.join(os.path.dirname(job_dir), "shared") if share else job_dir
    os.makedirs(root, exist_ok=True)
    name = FILE_UNSAFE.sub("_", str(name)).strip(" .") or "layer"
    path = os.path.join(tempfile.mkdtemp(dir=root), name + ".gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.feedback = feedback
    error, message, _, _ = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, path, context.transformContext(), options)
    if error != QgsVectorFileWriter.WriterError.NoError:
        raise QgsProcessingException(alg.tr(
            "Could not copy layer {0} to a temporary file for the municipality's process ({1}): {2}. Check the "
            "free space of the temporary folder, or set {3} to 1.").format(layer.name(), path, message,
                                                                        alg.label("WORKERS")))
    uri = f"{path}|layername={name}"
    if share:
        shared[id(layer)] = (layer, uri)  # keeps the layer alive, so its id stays its own
    return uri


def run_children(alg, jobs, exe, env, workers, steps, feedback, figures):
    """Run the jobs' processes, at most ``workers`` at a time; the rows. Cancel is
    polled every POLL_SECONDS; on cancel (or any error) every running process and its
    process group is killed."""
    pending = [job for job in jobs if job["row"]["status"] == "ok"]
    running, done = [], len(jobs) - len(pending)
    for job in jobs:
        if job["row"]["status"] != "ok":
            feedback.pushWarning(alg.tr("Municipality {0} failed: {1}").format(job["name"], job["row"]["message"]))
    steps.setCurrentStep(2 + done)
    try:
        while pending or running:
            while pending and len(running) < workers:
                alg.check_canceled(feedback)
                job = pending.pop(0)
                alg._announce(feedback, job["row"], " " + alg.tr("(own process)"))
                job["proc"] = start_child(exe, job["dir"], env)
                running.append(job)
            time.sleep(POLL_SECONDS)
            alg.check_canceled(feedback)
            for job in [j for j in running if j["proc"].poll() is not None]:
                running.remove(job)
                finish_child(alg, job, feedback, figures)
                done += 1
                steps.setCurrentStep(2 + done)
    finally:
        for job in running:
            kill_child(job["proc"])
    return [job["row"] for job in jobs]


def finish_child(alg, job, feedback, figures):
    """One child's results into its row; its log passed on to the batch's log."""
    row, proc = job["row"], job["proc"]
    try:
        with open(os.path.join(job["dir"], "output.json"), encoding="utf-8") as f:
            text = f.read()
        answer = json.loads(text) if text.strip() else {}
    except (OSError, ValueError):
        answer = {}
    log = answer.get("log") or {}
    for line in log.get("info") or []:
        feedback.pushInfo(f"{job['name']}: {line}")
    for line in log.get("warning") or []:
        feedback.pushWarning(f"{job['name']}: {line}")
    if proc.returncode == 0 and isinstance(answer.get("results"), dict):
        alg._fill_figures(row, answer["results"], figures)
        feedback.pushInfo(alg.tr("Municipality {0} done.").format(job["name"]))
        return
    row.update(status="failed", message=error_lines(os.path.join(job["dir"], "stderr.txt"))
               or alg.tr("qgis_process ended with code {0} and no message.").format(proc.returncode))
    feedback.pushWarning(alg.tr("Municipality {0} failed: {1}").format(job["name"], row["message"]))
