"""No output of any command, in success or failure, with or without --traceback, holds
the connection string's password or the webhook's token, whichever form they come in."""

from __future__ import annotations

import itertools
from pathlib import Path
from urllib.parse import quote

import pytest
from helpers_db import run_sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from e2e.project import Project, new_project

PASSWORD = "ab' cd LEAK-pa55 \\ end"  # a quote, a backslash, spaces: every escape
TOKEN = "XOXB-SECRET-TOKEN-7"
NOTIFY = '\n[tool.schemasync.notifications]\nslack_webhook_env = "SLACK_WEBHOOK_URL"\n'


def forms(conninfo: str) -> dict[str, str]:
    """The server's conninfo with PASSWORD, as a keyword string and as a URL."""
    parts = {k: str(v) for k, v in conninfo_to_dict(conninfo).items()}
    keyword = make_conninfo(**parts, password=PASSWORD)
    url = (
        f"postgresql://{parts['user']}:{quote(PASSWORD, safe='')}@/{parts['dbname']}"
        f"?host={quote(parts['host'], safe='')}&port={parts['port']}"
    )
    return {"keyword": keyword, "url": url}


@pytest.fixture
def project(tmp_path: Path, fresh_db: str) -> Project:
    run_sql(fresh_db, "create type mood as enum ('happy', 'sad');")
    project = new_project(tmp_path, NOTIFY)
    project.write(
        "schemas/enums.py",
        'from enum import Enum\n\n\nclass Mood(str, Enum):\n    HAPPY = "happy"\n',
    )
    return project


WEBHOOKS = {
    "dead": f"http://127.0.0.1:1/services/T000/B000/{TOKEN}",
    "malformed": f"http://127.0.0.1:bad/services/T000/B000/{TOKEN} x",
}
COMMANDS = [
    ("check",),
    ("report", "--format", "json"),
    ("apply", "--dry-run"),
    ("apply",),
    ("snapshot", "db.json"),
    ("inspect",),
]


def test_no_output_holds_the_password_or_the_token(project: Project, fresh_db: str) -> None:
    good = forms(fresh_db)
    wrong_database = {
        "keyword": good["keyword"].replace("dbname=", "dbname=nosuch_"),
        "url": good["url"].replace("@/", "@/nosuch_"),
    }
    escaped = PASSWORD.replace("\\", "\\\\").replace("'", "\\'")
    unparsable = {
        "keyword": f"host=localhost password='{escaped}' oops",
        "url": f"postgresql://u:{quote(PASSWORD, safe='')}@h:99999999/x",
    }
    sources = [
        *((f"good {k}", v, (0, 1)) for k, v in good.items()),
        *((f"wrong database {k}", v, (2,)) for k, v in wrong_database.items()),
        *((f"unparsable {k}", v, (2,)) for k, v in unparsable.items()),
    ]
    # Each source with each command, with and without --traceback; the way the URL
    # comes in (option or variable) and the webhook (dead or malformed) take turns.
    turns = itertools.cycle(itertools.product(("option", "environment"), WEBHOOKS.values()))
    runs = 0
    for (name, conninfo, codes), command, traceback in itertools.product(
        sources, COMMANDS, ((), ("--traceback",))
    ):
        how, webhook = next(turns)
        env = {"SLACK_WEBHOOK_URL": webhook}
        if how == "option":
            result = project.run(*command, "--db-url", conninfo, *traceback, env=env)
        else:
            result = project.run(*command, *traceback, env={**env, "DATABASE_URL": conninfo})
        runs += 1
        output = result.stdout + result.stderr
        where = f"{name} {command} {traceback} {how}: {output}"
        for secret in (PASSWORD, quote(PASSWORD, safe=""), "LEAK-pa55", TOKEN):
            assert secret not in output, where
        if not traceback or name.startswith("good"):
            assert result.returncode in codes, where
    assert runs == len(sources) * len(COMMANDS) * 2
