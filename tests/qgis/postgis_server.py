"""A scratch PostgreSQL/PostGIS server for the tests of the PostGIS routes: a cluster of
its own in a temporary folder, on a Unix socket only (no TCP), removed afterwards.
scripts/setup.sh installs the server (Debian's postgresql-15-postgis-3); where it is
missing the tests are skipped, except under CI=true, where they fail (CI must run them)."""
import glob
import os
import shutil
import socket
import subprocess
import tempfile

import pytest


def _bin_dir():
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for d in dirs:
        version = d.split("/")[-2]
        if os.path.exists(os.path.join(d, "initdb")) and glob.glob(
                f"/usr/share/postgresql/{version}/extension/postgis.control"):
            return d
    return None


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self):
        self.bin = _bin_dir()
        if self.bin is None:
            msg = "PostgreSQL with PostGIS is not installed (scripts/setup.sh installs it)"
            if os.environ.get("CI"):
                pytest.fail(msg)
            pytest.skip(msg)
        self.root = tempfile.mkdtemp(prefix="caremap-pg-")
        self.port = _free_port()
        self.prefix = []
        if os.geteuid() == 0:  # the server refuses to run as root
            os.chmod(self.root, 0o777)
            self.prefix = ["runuser", "-u", "postgres", "--"]
        data = os.path.join(self.root, "db")
        self._run("initdb", "-D", data, "-A", "trust", "-U", "postgres", "--no-sync")
        self._run("pg_ctl", "-D", data, "-w", "-l", os.path.join(self.root, "log"), "-o",
                  f"-k {self.root} -p {self.port} -c listen_addresses='' -c fsync=off", "start")
        self.data = data
        self.conninfo = f"host={self.root} port={self.port} dbname=caremap_test user=postgres"
        self._run("createdb", "-h", self.root, "-p", str(self.port), "-U", "postgres", "caremap_test")
        self._run("psql", "-q", "-h", self.root, "-p", str(self.port), "-U", "postgres", "-d", "caremap_test",
                  "-c", "CREATE EXTENSION postgis")

    def _run(self, tool, *args):
        subprocess.run(self.prefix + [os.path.join(self.bin, tool), *args], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def stop(self):
        try:
            self._run("pg_ctl", "-D", self.data, "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="module")
def postgis():
    server = Server()
    try:
        yield server.conninfo
    finally:
        server.stop()
