"""A throwaway PostgreSQL server for the tests: Debian's postgresql, initdb + pg_ctl as the
postgres user on a private port, stopped afterwards. ``start()`` returns a URL or a reason."""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile


def _bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self) -> None:
        self.dir = None
        self.url = None
        self.reason = None

    def start(self) -> "Server":
        initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
        if not initdb or not pg_ctl:
            self.reason = "PostgreSQL tests skipped: no initdb/pg_ctl (apt-get install postgresql)"
            return self
        as_root = os.geteuid() == 0
        self.dir = tempfile.mkdtemp(prefix="tollbook-pg-")
        data = os.path.join(self.dir, "data")
        port = _free_port()

        def run(*cmd):
            if as_root:
                shutil.chown(self.dir, "postgres")
                cmd = ("runuser", "-u", "postgres", "--", *cmd)
            return subprocess.run(cmd, capture_output=True, text=True, timeout=60)

        r = run(initdb, "-D", data, "-A", "trust", "-U", "postgres", "--no-sync")
        if r.returncode:
            self.reason = f"PostgreSQL tests skipped: initdb failed: {r.stderr.strip()[-300:]}"
            return self
        r = run(pg_ctl, "-D", data, "-w", "-l", os.path.join(self.dir, "log"), "-o",
                f"-p {port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off", "start")
        if r.returncode:
            self.reason = f"PostgreSQL tests skipped: pg_ctl start failed: {r.stderr.strip()[-300:]}"
            return self
        self.url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
        self._run = run
        self._stop = (pg_ctl, data)
        return self

    def fresh_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url.rsplit("/", 1)[0] + f"/{name}"

    def stop(self) -> None:
        if self.url:
            pg_ctl, data = self._stop
            self._run(pg_ctl, "-D", data, "-m", "immediate", "stop")
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)
