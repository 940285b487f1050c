"""Run the real CLI and stop it at a chosen point: just before its N-th change to the
file system (a file opened for writing, a rename, a removal, a mode or owner change, a
folder made), found with an audit hook (PEP 578), the process sends itself a signal.
With SIGKILL nothing of schemasync runs after that point, as after a power cut."""

from __future__ import annotations

import subprocess

from e2e.project import Project

_DRIVER = r"""
import os, signal, sys

stop_at, signame, root = int(sys.argv[1]), sys.argv[2], sys.argv[3]
events = ("open", "os.rename", "os.remove", "os.chmod", "os.chown", "os.mkdir")
seen = 0


def writes(event, args):
    if event not in events or not str(args[0]).startswith(root):
        return False
    if event != "open":
        return True
    mode, flags = args[1], args[2]
    return bool((mode and set(mode) & set("wax+")) or (flags or 0) & (os.O_WRONLY | os.O_RDWR))


def hook(event, args):
    global seen
    if writes(event, args):
        seen += 1
        if seen == stop_at:
            os.kill(os.getpid(), getattr(signal, signame))
        if stop_at == 0:
            print(f"schemasync-test: {event}", file=sys.stderr)


sys.addaudithook(hook)
from codemod.cli import main

sys.argv = ["schemasync", *sys.argv[4:]]
main()
"""


def run_until(
    project: Project, stop_at: int, signame: str, *args: str
) -> subprocess.CompletedProcess[str]:
    """Run `schemasync ARGS` in the project, sending `signame` just before its
    `stop_at`-th change under the project folder (0: never; each change is then listed
    on stderr)."""
    return project.run_python(_DRIVER, str(stop_at), signame, str(project.root), *args)


def changes(result: subprocess.CompletedProcess[str]) -> list[str]:
    """The changes a run with stop_at=0 made, in order (`os.rename`, `open`, ...)."""
    marker = "schemasync-test: "
    return [
        line.removeprefix(marker) for line in result.stderr.splitlines() if line.startswith(marker)
    ]
