"""Connection strings: read by libpq's own parser (through psycopg), never by pattern,
so that the password is found exactly and never shown."""

from __future__ import annotations

from codemod.errors import register_secret


def parse_conninfo(conninfo: str) -> dict[str, object] | None:
    """The parts of a connection string, URL or `key=value` form, as libpq reads them
    (None when it does not parse)."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        return dict(conninfo_to_dict(conninfo))
    except psycopg.Error:
        return None


def register_conninfo_secrets(conninfo: str) -> None:
    """Keep the connection string's password out of every output of this run."""
    parts = parse_conninfo(conninfo)
    register_secret(str(parts.get("password") or "") if parts else None)


def describe_conninfo(conninfo: str) -> str:
    """'database "app" on db.example.com:5432 as "postgres"', from what the connection
    string says; never its password (it is not even read)."""
    given = parse_conninfo(conninfo)
    if given is None:
        return "a database whose connection string does not parse"
    where = str(given.get("host") or given.get("hostaddr") or "the default host")
    if given.get("port"):
        where += f":{given['port']}"
    label = f'database "{given["dbname"]}"' if given.get("dbname") else "the database"
    user = f' as "{given["user"]}"' if given.get("user") else ""
    return f"{label} on {where}{user}"
