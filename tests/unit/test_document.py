"""`schemasync inspect`'s documents, from schemas built in memory: the metrics, the
Mermaid diagram (checked by Mermaid's own parser), markdown that stays markdown whatever
the names and comments hold, and JSON."""

from __future__ import annotations

import json
import re

from helpers_mermaid import parse_mermaid

from codemod.document import render_document
from codemod.document.mermaid import render_mermaid
from codemod.document.metrics import measure
from codemod.model import Column, ColumnType, Constraint, EnumType, ForeignKey, Schema, Table

UUID = ColumnType("uuid", "uuid")
TEXT = ColumnType("text", "text")
TIMESTAMPTZ = ColumnType("timestamptz", "timestamp with time zone")


def fk(name: str, column: str, target: str, schema: str = "public") -> ForeignKey:
    return ForeignKey(name, (column,), schema, target, ("id",))


SCHEMA = Schema(
    enums=(EnumType("public", "mood", ("ok", "so-so"), "How it went."),),
    tables=(
        Table(
            "public",
            "teams",
            (Column("id", UUID, False, default="gen_random_uuid()"), Column("name", TEXT, False)),
            primary_key=("id",),
            constraints=(Constraint("teams_name_key", "unique", ("name",)),),
            row_security=True,
        ),
        Table(
            "public",
            "people",
            (
                Column("id", UUID, False),
                Column("team_id", UUID, False),
                Column("boss_id", UUID),
                Column("user_id", UUID),
                Column("seen", TIMESTAMPTZ, default="now()", comment="Last | <seen>"),
            ),
            primary_key=("id",),
            foreign_keys=(
                fk("people_boss_id_fkey", "boss_id", "people"),
                fk("people_team_id_fkey", "team_id", "teams"),
                fk("people_user_id_fkey", "user_id", "users", "auth"),
            ),
            comment="Who works where.",
        ),
        Table(
            "public",
            "memberships",
            (Column("person_id", UUID, False), Column("team_id", UUID, False)),
            primary_key=("person_id", "team_id"),
            foreign_keys=(
                fk("memberships_person_id_fkey", "person_id", "people"),
                fk("memberships_team_id_fkey", "team_id", "teams"),
            ),
        ),
        Table("public", "log", (Column("line", TEXT),)),
        Table("public", "roster", (Column("name", TEXT),), kind="view"),
    ),
)


def test_metrics_count_and_rank() -> None:
    metrics = measure(SCHEMA)

    assert (metrics.tables, metrics.views, metrics.enums) == (4, 1, 1)
    assert metrics.columns == 2 + 5 + 2 + 1 + 1
    assert metrics.foreign_keys == 5
    assert metrics.widest[:2] == (("people", 5), ("memberships", 2))
    assert metrics.most_referenced == (("people", 2), ("teams", 2), ("auth.users", 1))
    assert metrics.without_primary_key == ("log",)
    assert metrics.junction == ("memberships",)
    assert metrics.row_security_off == ("log", "memberships", "people")


def test_the_diagram_names_every_table_and_foreign_key_once() -> None:
    diagram = render_mermaid(SCHEMA)

    assert diagram.startswith("erDiagram\n")
    blocks = re.findall(r"^    (\S+) \{$", diagram, flags=re.MULTILINE)
    assert sorted(blocks) == ["log", "memberships", "people", "teams"]  # not the view
    labels = re.findall(r' : "([^"]+)"$', diagram, flags=re.MULTILINE)
    assert sorted(labels) == sorted(f.name for t in SCHEMA.tables for f in t.foreign_keys)
    # A table outside the schema is named once, by its real name.
    assert diagram.count('_auth_users["auth.users"]') == 1
    # Many people to one team (required), to at most one boss (nullable); a junction's
    # key columns are its primary key's, so many rows each.
    assert '    people }o--|| teams : "people_team_id_fkey"' in diagram
    assert '    people }o--o| people : "people_boss_id_fkey"' in diagram
    assert "        uuid person_id PK, FK" in diagram
    assert "        text name UK" in diagram
    assert parse_mermaid(diagram) == (True, "er")


def test_names_mermaid_cannot_spell_get_safe_ids_and_keep_their_names() -> None:
    odd = Schema(
        tables=(
            Table("crm", "accounts", (Column("id", UUID, False),), primary_key=("id",)),
            Table(
                "public",
                'order "lines"',
                (
                    Column("naïve name", ColumnType("varchar", "character varying(5)")),
                    Column("2nd", ColumnType("int4", "integer[]", array_dims=1)),
                    Column("account", UUID),
                ),
                foreign_keys=(ForeignKey('a "b"', ("account",), "crm", "accounts", ("id",)),),
            ),
            Table("public", "crm_accounts", ()),  # the plain spelling of crm.accounts
            Table("public", "_crm_accounts", ()),
            Table("public", "empty", ()),
        ),
    )

    diagram = render_mermaid(odd)

    assert '    _crm_accounts_2["crm.accounts"] {' in diagram
    assert "    _crm_accounts\n" in diagram
    assert "    crm_accounts\n" in diagram
    assert "    empty\n" in diagram
    assert "        varchar na_ve_name" in diagram
    assert "        int4[] _2nd" in diagram
    assert ''' _crm_accounts_2 : "a 'b'"''' in diagram
    assert parse_mermaid(diagram) == (True, "er")


def test_mermaid_s_parser_refuses_what_is_not_a_diagram() -> None:
    """The check above is not vacuous: the same parser refuses a broken diagram."""
    accepted, message = parse_mermaid("erDiagram\n    a {\n        timestamp with time zone at\n")

    assert accepted is False
    assert "Parse error" in message


def test_markdown_holds_every_fact_in_cells_that_stay_cells() -> None:
    markdown = render_document(SCHEMA, "markdown", "snapshot db.json")

    assert markdown.startswith("# Database schema\n\nGenerated by `schemasync inspect` from ")
    assert f"DB_HASH: `{SCHEMA.sha256}`" in markdown
    assert "| Foreign keys | 5 |" in markdown
    assert "- Junction tables: `memberships`" in markdown
    assert "- Tables without a primary key: `log`" in markdown
    assert "```mermaid\nerDiagram\n" in markdown
    assert "Table; row-level security on; primary key (`id`)." in markdown
    assert "Table; row-level security off; primary key (`id`)." in markdown
    assert "View, read-only." in markdown
    assert (
        "| `seen` | `timestamp with time zone` | yes | `now()` |  | Last \\| &lt;seen> |"
        in markdown
    )
    assert "| `team_id` | `uuid` | no |  | FK → `teams.id` |  |" in markdown
    assert "- `people_user_id_fkey`: (`user_id`) → `auth.users` (`id`)" in markdown
    assert "| `name` | `text` | no |  | unique |  |" in markdown
    assert "### `mood`\n\nHow it went.\n\n`ok`, `so-so`.\n" in markdown
    # Every row of a column table has the header's six cells.
    rows = [line for line in markdown.splitlines() if line.startswith("| `")]
    assert rows
    assert all(len(re.split(r"(?<!\\)\|", row)) == 8 for row in rows if "| no |" in row)


def test_code_spans_survive_backticks_and_pipes() -> None:
    column = Column("odd", TEXT, default="'a`b|c'::text")
    schema = Schema(tables=(Table("public", "t", (column,)),))

    markdown = render_document(schema, "markdown", "x")

    assert "| `odd` | `text` | yes | ``'a`b\\|c'::text`` |  |  |" in markdown


def test_json_is_the_snapshot_form_with_metrics() -> None:
    data = json.loads(render_document(SCHEMA, "json", "snapshot db.json"))

    assert data["source"] == "snapshot db.json"
    assert data["db_hash"] == SCHEMA.sha256
    assert data["metrics"]["junction"] == ["memberships"]
    assert data["metrics"]["most_referenced"][0] == ["people", 2]
    assert {k: v for k, v in data.items() if k in ("enums", "tables")} == json.loads(
        SCHEMA.to_json()
    )
    assert [t["row_security"] for t in data["tables"]] == [False, False, False, False, True]


def test_other_kinds_of_relation_have_their_own_sections() -> None:
    schema = Schema(
        tables=(
            Table("public", "remote", (Column("id", UUID),), kind="foreign_table"),
            Table("public", "totals", (Column("n", TEXT),), kind="materialized_view"),
            Table(
                "public",
                "writable",
                (Column("id", UUID),),
                kind="view",
                view_insertable=True,
                view_updatable=True,
            ),
            Table("public", "address", (Column("zip", TEXT),), kind="composite", comment="Post."),
        ),
    )

    markdown = render_document(schema, "markdown", "x")

    assert "## Tables\n\n### `remote`\n\nForeign table.\n" in markdown
    assert "### `totals`\n\nMaterialized view, read-only.\n" in markdown
    assert "### `writable`\n\nView, takes inserts and updates.\n" in markdown
    assert "## Composite types\n\n### `address`\n\nPost.\n\nComposite type.\n" in markdown
    assert "- Tables without a primary key: `remote`" in markdown
    assert "- Tables without row-level security: none" in markdown  # foreign tables have none
    assert render_mermaid(schema) == "erDiagram\n    remote {\n        uuid id\n    }\n"
