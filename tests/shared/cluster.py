"""A PostgreSQL server of the test's own, to stop and start at will: never the machine's server.

``initdb`` into a temporary folder (owned by the ``postgres`` account, as the
server refuses to run as root), ``pg_ctl start`` on a free port with its socket
in the same folder, trust authentication on 127.0.0.1 only. ``stop()`` is a fast
shutdown: every connection is cut, as when the database machine restarts.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

BIN_ROOT = Path("/usr/lib/postgresql")
SERVER_ACCOUNT = "postgres"


def postgres_bin() -> Path | None:
    versions = sorted(BIN_ROOT.glob("*/bin/pg_ctl"), key=lambda path: int(path.parent.parent.name))
    return versions[-1].parent if versions else None


def available() -> str | None:
    """None when a throwaway cluster can be made here, else why not."""
    if postgres_bin() is None:
        return "no PostgreSQL server binaries under /usr/lib/postgresql"
    if os.geteuid() != 0 or shutil.which("runuser") is None:
        return "making a cluster needs root and runuser (the server runs as the postgres account)"
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ThrowawayCluster:
    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="samvad-pg-"))
        self.folder.chmod(0o755)
        self.data = self.folder / "data"
        self.port = free_port()
        bin_dir = postgres_bin()
        assert bin_dir is not None, available()
        self._bin = bin_dir
        shutil.chown(self.folder, SERVER_ACCOUNT)
        self._as_server(str(bin_dir / "initdb"), "-D", str(self.data), "--auth=trust", "-U", "postgres",
                        "--encoding=UTF8", "--locale=C.UTF-8")

    def _as_server(self, *command: str) -> None:
        subprocess.run(["runuser", "-u", SERVER_ACCOUNT, "--", *command], check=True, capture_output=True,
                       timeout=120)

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._as_server(str(self._bin / "pg_ctl"), "-D", str(self.data), "-o", options,
                        "-l", str(self.folder / "server.log"), "-w", "-t", "60", "start")

    def stop(self) -> None:
        self._as_server(str(self._bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "-t", "60", "stop")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        with psycopg.connect(f"postgresql://postgres@127.0.0.1:{self.port}/postgres", autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def remove(self) -> None:
        try:
            self.stop()
        except subprocess.CalledProcessError:
            pass  # already stopped
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture
def cluster() -> Iterator[ThrowawayCluster]:
    """A started throwaway server (skipped where one cannot be made); removed after the test."""
    reason = available()
    if reason:
        pytest.skip(reason)
    made = ThrowawayCluster()
    made.start()
    yield made
    made.remove()
