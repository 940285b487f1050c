"""The file edge: read the package's sources; write the changed files as one transaction.

A write (`write_atomically`) changes every file or none, even when it is killed:

1. check every target: not a folder, not read-only;
2. stage: write each new text to a temporary file beside its target, with the target's
   mode and owner, and fsync it;
3. compare each target with the bytes it was read as (a file saved by an editor in the
   meantime stops everything: nothing is written);
4. record the intent: a journal in the package folder, fsynced and renamed into place.
   From here on the write counts as done;
5. commit: rename each staged file over its target (copy into it when the target has
   other hard links, which a rename would break), fsync the folders, remove the journal.

`recover` runs before anything reads the package: a journal left by a run killed in step
5 is completed, and staged files left by a run killed before step 4 are deleted.
Symlinks are written through, to their target.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import stat
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from codemod.errors import SchemasyncError

BOM = b"\xef\xbb\xbf"
JOURNAL = ".schemasync-journal.json"
_STAGED = ".schemasync-"  # in every staged file's name: `.enums.py.schemasync-k2j4.tmp`
_STAGED_SUFFIX = ".tmp"
# Signals that would stop a commit halfway: held back until it is done.
_COMMIT_SIGNALS = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}


@dataclass(frozen=True)
class PackageFiles:
    """The package as read: text to work on, and the bytes it was read from."""

    texts: Mapping[str, str]  # path -> text (without a BOM), for the files that exist
    raw: Mapping[str, bytes | None]  # path -> bytes as read; None: the file did not exist


def read_files(root: Path, paths: Iterable[str]) -> PackageFiles:
    """Read each of `paths` under `root` (a missing file is None in `raw`)."""
    texts: dict[str, str] = {}
    raw: dict[str, bytes | None] = {}
    for path in paths:
        file = root / path
        data = _read_bytes(file)
        raw[path] = data
        if data is not None:
            try:
                texts[path] = data.removeprefix(BOM).decode("utf-8")
            except UnicodeDecodeError as err:
                raise SchemasyncError(
                    f"{shown(file)}: not UTF-8 text ({err.reason} at byte {err.start}). "
                    "schemasync reads and writes UTF-8 only; save the file as UTF-8."
                ) from None
    return PackageFiles(texts, raw)


def read_sources(root: Path, paths: Iterable[str]) -> dict[str, str]:
    """Text of each existing file under `root`, keyed by its path relative to root."""
    return dict(read_files(root, paths).texts)


def _read_bytes(file: Path) -> bytes | None:
    try:
        return file.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise _is_a_folder(file) from None
    except OSError as err:
        raise SchemasyncError(f"Could not read {shown(file)}: {err.strerror}.") from None


@dataclass(frozen=True)
class _Staged:
    staged: Path
    target: Path
    in_place: bool  # copy into the target (it has other hard links) instead of renaming
    old_sha256: str | None  # the target before; None: it did not exist


def write_atomically(
    root: Path,
    files: Mapping[str, str],
    original: Mapping[str, bytes | None] | None = None,
) -> None:
    """Write every file under `root`, or none (see the module docstring).

    `original` holds the bytes each file was read as: a file that no longer has them
    was changed by someone else meanwhile, and nothing is written. A file that had a
    BOM keeps it.
    """
    original = original or {}
    plans = [(_real_target(root / path), text, original.get(path)) for path, text in files.items()]
    staged: list[_Staged] = []
    try:
        for target, text, before in plans:
            data = (BOM if before and before.startswith(BOM) else b"") + text.encode("utf-8")
            path, in_place = _stage(target, data)
            staged.append(_Staged(path, target, in_place, None))
        # Compared as late as can be: right before the point of no return.
        for index, (target, _, before) in enumerate(plans):
            now = _read_bytes(target)
            if original and now != before:
                raise SchemasyncError(
                    f"{shown(target)} changed while schemasync was working on it (saved by "
                    "an editor?). No file was changed; run the command again."
                )
            staged[index] = replace(staged[index], old_sha256=_sha256(now))
        if len(staged) == 1 and not staged[0].in_place:
            _commit(staged)  # one rename is atomic on its own: no journal needed
        else:
            with _held_signals():
                try:
                    _write_journal(root, staged)
                except OSError as err:
                    raise _failed(err, "No file was changed.") from None
                try:
                    _commit(staged)
                    _remove_journal(root)
                except OSError as err:
                    raise _failed(err, "The next run of schemasync completes it.") from None
    finally:
        for entry in staged:
            entry.staged.unlink(missing_ok=True)


def _failed(err: OSError, outcome: str) -> SchemasyncError:
    where = shown(Path(err.filename)) if err.filename else "the package"
    return SchemasyncError(f"Writing {where} failed: {err.strerror}. {outcome}")


def _real_target(path: Path) -> Path:
    """The file a write must change: a symlink's target (folders' links resolved too)."""
    target = Path(os.path.realpath(path))
    if target.is_dir():
        raise _is_a_folder(path)
    return target


def _is_a_folder(path: Path) -> SchemasyncError:
    return SchemasyncError(
        f"{shown(path)} is a folder, but schemasync keeps a module there. Move the folder "
        "away, or set another file name in [tool.schemasync]. No file was changed."
    )


def _stage(target: Path, data: bytes) -> tuple[Path, bool]:
    """`data` in a temporary file beside `target`, with its mode and owner, on disk;
    and whether it must be copied into the target (which has other hard links)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        current = target.stat() if target.exists() else None
        if current is not None and not current.st_mode & 0o222:
            raise SchemasyncError(
                f"{shown(target)} is read-only (mode {stat.filemode(current.st_mode)}); "
                "schemasync does not overwrite it. Make it writable (chmod u+w) and run "
                "again. No file was changed."
            )
        fd, name = _temporary_file(target.parent, f".{target.name}{_STAGED}")
        staged = Path(name)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            _copy_metadata(current, staged, target)
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
    except OSError as err:
        raise SchemasyncError(
            f"Could not write {shown(Path(err.filename or target))}: {err.strerror}. "
            "No file was changed."
        ) from None
    return staged, current is not None and current.st_nlink > 1


def _temporary_file(folder: Path, prefix: str) -> tuple[int, str]:
    """A new staged file in `folder` (its descriptor and path)."""
    # tempfile (with shutil and random) is imported only by a write: the read side is on
    # the path of every command, `lint` and `check` too.
    import tempfile

    return tempfile.mkstemp(prefix=prefix, suffix=_STAGED_SUFFIX, dir=folder)


def _copy_metadata(current: os.stat_result | None, staged: Path, target: Path) -> None:
    """The replaced file's mode and owner; a new file gets the umask's mode."""
    if current is None:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(staged, 0o666 & ~umask)
        return
    os.chmod(staged, stat.S_IMODE(current.st_mode))
    mine = staged.stat()
    if (mine.st_uid, mine.st_gid) != (current.st_uid, current.st_gid):
        try:
            os.chown(staged, current.st_uid, current.st_gid)
        except PermissionError:
            raise SchemasyncError(
                f"{shown(target)} belongs to another user, whose ownership a rewrite "
                "would take away. Run schemasync as that user. No file was changed."
            ) from None


@contextlib.contextmanager
def _held_signals() -> Iterator[None]:
    """Hold back Ctrl-C, SIGTERM and SIGHUP while the commit runs; they take effect
    right after it (only SIGKILL and power loss remain, which `recover` handles)."""
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _COMMIT_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _write_journal(root: Path, staged: list[_Staged]) -> None:
    entries = [
        {
            "staged": str(e.staged),
            "target": str(e.target),
            "in_place": e.in_place,
            "old_sha256": e.old_sha256,
        }
        for e in staged
    ]
    text = json.dumps({"version": 1, "files": entries}, indent=1) + "\n"
    fd, name = _temporary_file(root, JOURNAL + _STAGED)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(name, root / JOURNAL)
    _fsync_folder(root)


def _commit(staged: Iterable[_Staged]) -> None:
    folders = set()
    for entry in staged:
        if entry.in_place:  # keeps the inode, and so every other hard link to it
            with entry.target.open("r+b") as handle:
                handle.truncate(0)
                handle.write(entry.staged.read_bytes())
                handle.flush()
                os.fsync(handle.fileno())
            entry.staged.unlink()
        else:
            os.replace(entry.staged, entry.target)
        folders.add(entry.target.parent)
    for folder in folders:
        _fsync_folder(folder)


def _remove_journal(root: Path) -> None:
    (root / JOURNAL).unlink()
    _fsync_folder(root)


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def recover(root: Path, paths: Iterable[str]) -> None:
    """Finish what an interrupted write left: complete the journal's commit if there is
    one, and delete staged files that no journal names (the write never began).
    `paths` are the package files, whose folders are searched."""
    journal = root / JOURNAL
    if journal.is_file():
        with _held_signals():
            try:
                _commit(_pending(journal))
                _remove_journal(root)
            except OSError as err:
                raise _failed(err, f"{shown(journal)} still records what is left to do.") from None
    folders = {root, *(Path(os.path.realpath(root / p)).parent for p in paths)}
    for folder in folders:
        for leftover in folder.glob(f".*{_STAGED}*{_STAGED_SUFFIX}") if folder.is_dir() else ():
            leftover.unlink(missing_ok=True)


def _pending(journal: Path) -> list[_Staged]:
    """The journal's files still to commit. A target that is neither what the write
    found nor already written was changed since by someone else: it is kept."""
    try:
        entries = json.loads(journal.read_text(encoding="utf-8"))["files"]
        staged = [
            _Staged(Path(e["staged"]), Path(e["target"]), bool(e["in_place"]), e["old_sha256"])
            for e in entries
        ]
    except (ValueError, KeyError, TypeError) as err:
        raise SchemasyncError(
            f"{shown(journal)} records an interrupted apply but cannot be read ({err}). "
            "Check the package with `git status`, then delete that file."
        ) from None
    pending = []
    for entry in staged:
        if not entry.staged.exists():
            continue  # already committed before the interruption
        unchanged = _sha256(_read_bytes(entry.target)) == entry.old_sha256
        # A copy into a hard-linked file may have stopped halfway: it is always redone.
        if unchanged or entry.in_place:
            pending.append(entry)
    return pending


def _sha256(data: bytes | None) -> str | None:
    return hashlib.sha256(data).hexdigest() if data is not None else None


def shown(path: Path) -> str:
    """How messages name a path: relative to the working directory (`../schemas/enums.py`
    from a subfolder), unless the two have nothing but the root in common."""
    full, cwd = path.resolve(), Path.cwd().resolve()
    if os.path.commonpath([full, cwd]) == full.anchor:
        return str(full)
    return Path(os.path.relpath(full, cwd)).as_posix()
