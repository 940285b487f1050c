"""Supabase credentials in the environment, as the original system named them.

- SUPABASE_PROJECT_ID with SUPABASE_DB_PASSWORD: the direct connection (as documented by
  Supabase: host db.<ref>.supabase.co, port 5432, user and database postgres), TLS
  required.
- SUPABASE_PROJECT_ID with SUPABASE_ACCESS_TOKEN: the Management API's SQL endpoint
  (codemod.introspect.management_api), at SUPABASE_API_URL when set.
- SUPABASE_URL and SUPABASE_SERVICE_KEY reach PostgREST, which serves table rows and not
  the system catalogs: they name no source, and the message says what to set instead.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final
from urllib.parse import urlsplit

from codemod.errors import ConfigError, register_secret
from codemod.introspect import Source

PROJECT_ID: Final = "SUPABASE_PROJECT_ID"
DB_PASSWORD: Final = "SUPABASE_DB_PASSWORD"
ACCESS_TOKEN: Final = "SUPABASE_ACCESS_TOKEN"
API_URL: Final = "SUPABASE_API_URL"
REST_URL: Final = "SUPABASE_URL"
SERVICE_KEY: Final = "SUPABASE_SERVICE_KEY"
SUPABASE_VARIABLES: Final = (PROJECT_ID, DB_PASSWORD, ACCESS_TOKEN, API_URL, REST_URL, SERVICE_KEY)
# What the no-source message offers, in the order resolve_source tries them.
HOW_TO_SET: Final = f"{PROJECT_ID} with {DB_PASSWORD} or with {ACCESS_TOKEN}"

_PROJECT_REF: Final = re.compile(r"[a-z0-9]+")
_PROJECT_HOST: Final = re.compile(r"([a-z0-9]+)\.supabase\.co")


def supabase_source(environ: Mapping[str, str]) -> Source | None:
    """The source SUPABASE_PROJECT_ID and a password (first) or an access token name,
    if they do; their secrets are kept out of every output of this run."""
    ref = environ.get(PROJECT_ID, "")
    password = environ.get(DB_PASSWORD, "")
    token = environ.get(ACCESS_TOKEN, "")
    if not ref or not (password or token):
        return None
    if not _PROJECT_REF.fullmatch(ref):
        raise ConfigError(
            f"{PROJECT_ID} = {ref!r} is not a Supabase project ref: the lowercase letters "
            "and digits of https://<ref>.supabase.co."
        )
    if password:
        register_secret(password)
        return Source("url", direct_conninfo(ref, password))
    register_secret(token)
    return Source("management_api", ref, token=token, api_url=_api_url(environ))


def direct_conninfo(project_ref: str, password: str) -> str:
    """The direct connection to a project's database, with TLS required."""
    from psycopg.conninfo import make_conninfo

    return make_conninfo(
        host=f"db.{project_ref}.supabase.co",
        port=5432,
        user="postgres",
        dbname="postgres",
        password=password,
        sslmode="require",
    )


def _api_url(environ: Mapping[str, str]) -> str:
    from codemod.introspect.management_api import DEFAULT_API_URL

    url = environ.get(API_URL) or DEFAULT_API_URL
    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
        raise ConfigError(f"{API_URL} = {url!r} is not an http or https URL.")
    return url


def unusable_credentials(environ: Mapping[str, str]) -> str:
    """What the no-source message says first about Supabase variables that are set but
    name no source, and what to set instead ("" when none is set)."""
    ref = environ.get(PROJECT_ID, "")
    if ref:
        return (
            f"{PROJECT_ID} is set, but neither {DB_PASSWORD} (the direct connection) nor "
            f"{ACCESS_TOKEN} (the Management API): set one of them."
        )
    given = [name for name in (DB_PASSWORD, ACCESS_TOKEN) if environ.get(name)]
    if given:
        return f"{given[0]} is set, but not {PROJECT_ID}: set it to the project's ref."
    rest = [name for name in (REST_URL, SERVICE_KEY) if environ.get(name)]
    if not rest:
        return ""
    host = _PROJECT_HOST.fullmatch(urlsplit(environ.get(REST_URL, "")).hostname or "")
    example = f"={host.group(1)}" if host else ""
    verb = "reach" if len(rest) > 1 else "reaches"
    return (
        f"{' and '.join(rest)} {verb} Supabase's REST API (PostgREST), which serves table "
        "rows, not the system catalogs schemasync reads. Set "
        f"{PROJECT_ID}{example} with {ACCESS_TOKEN} (a personal access token: the "
        f"Management API, no database password) or with {DB_PASSWORD} (the direct "
        "connection)."
    )
