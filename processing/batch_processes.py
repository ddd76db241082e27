"""carebatch's child processes: each municipality's care map run in its own
``qgis_process run caremap:carepipeline`` (finding qgis_process, the child's plugin
folder, profile and language, starting it in its own process group, killing that group,
and a failed child's message). No rule of the method here; no qgis import at load."""
import os
import shutil
import signal
import subprocess
import sys

PIPELINE = "caremap:carepipeline"
# the plugin's own folder (processing/batch_processes.py -> the plugin root)
PLUGIN_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# how often running children are polled for an end and the batch for a cancel (s)
POLL_SECONDS = 0.1


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
