"""The sync pipeline, in one place: source -> Schema, files -> LocalSchema, plan,
transform, write. `compute` returns an Outcome (the plan, the files before and after),
which the commands in `codemod.api` report or write. Nothing here prints.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from codemod.config import UNDECLARED, Config, TargetPython
from codemod.errors import NoSourceError, PackageParseError, SourceError
from codemod.feedback import SILENT, Feedback
from codemod.files import shown
from codemod.introspect import (
    ShadowOptions,
    Source,
    load_catalog,
    load_schema,
    register_conninfo_secrets,
)
from codemod.introspect.supabase import (
    HOW_TO_SET,
    SUPABASE_VARIABLES,
    supabase_source,
    unusable_credentials,
)
from codemod.notify.config import NotificationsConfig
from codemod.plan.result import Plan

if TYPE_CHECKING:
    from codemod.local_model import LocalSchema
    from codemod.model import Schema
    from codemod.transform.templates import ClassTemplates


URL_VARIABLES = ("SCHEMASYNC_DB_URL", "SUPABASE_DB_URL", "DATABASE_URL")
# Every variable that can name the source (tests run without them).
SOURCE_VARIABLES = (*URL_VARIABLES, *SUPABASE_VARIABLES)
SUPABASE_MIGRATIONS = "supabase/migrations"


@dataclass(frozen=True)
class Options:
    """What one run works on: resolved from the command line, config and environment."""

    root: Path  # project folder; config paths are relative to it
    config: Config
    source: Source
    repo_root: Path | None = None  # where diff paths are relative to (git top level)
    shadow: ShadowOptions = field(default_factory=ShadowOptions)
    feedback: Feedback = SILENT
    target: TargetPython = UNDECLARED  # what the project's Python has (ReadOnly's module)
    notifications: NotificationsConfig = field(default_factory=NotificationsConfig)

    @property
    def schemas_dir(self) -> Path:
        return self.root / self.config.schemas_dir

    def shown(self, path: str) -> str:
        """A package file's path in messages: relative to the working directory."""
        return shown(self.schemas_dir / path)

    def display_path(self, path: str) -> str:
        """A package file's path as the repository names it (`schemas/enums.py`), for
        diffs: git's paths, whatever folder the command ran in."""
        full = self.schemas_dir / path
        base = self.repo_root or self.root
        try:
            return full.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            return full.as_posix()


@dataclass(frozen=True)
class Outcome:
    plan: Plan
    before: Mapping[str, str | None]  # package path -> text (None: file did not exist)
    after: Mapping[str, str] = field(default_factory=dict)  # files that change
    # package path -> bytes as read, so that apply writes nothing over a file saved meanwhile
    originals: Mapping[str, bytes | None] = field(default_factory=dict)
    written: bool = False
    #: files apply writes with the changes without showing them (schema_objects.txt)
    generated: Mapping[str, str] = field(default_factory=dict)
    fast_path: bool = False  # both hashes matched: the package was not even read
    proportional: bool = False  # only the classes of objects that changed were read
    schema: Schema | None = None  # the database side, None on the fast path (not built)

    @property
    def changed(self) -> bool:
        return bool(self.after)


def resolve_source(
    root: Path,
    config: Config,
    *,
    db_url: str | None = None,
    migrations: str | None = None,
    snapshot: str | None = None,
    environ: Mapping[str, str] = os.environ,
) -> Source:
    """The first of: --db-url, --migrations, --snapshot, the URL variables, the Supabase
    project's credentials (its database password, else an access token), the configured
    migrations folder, `supabase/migrations`. Paths given on the command line are
    relative to the working directory, paths in the config to the project folder."""
    if db_url:
        register_conninfo_secrets(db_url)
        return Source("url", db_url)
    if migrations:
        return Source("migrations", shown(Path(migrations).absolute()))
    if snapshot:
        return Source("snapshot", shown(Path(snapshot).absolute()))
    for variable in URL_VARIABLES:
        if environ.get(variable):
            register_conninfo_secrets(environ[variable])
            return Source("url", environ[variable])
    supabase = supabase_source(environ)
    if supabase is not None:
        return supabase
    for folder in (config.migrations, SUPABASE_MIGRATIONS):
        if folder and (root / folder).is_dir():
            return Source("migrations", shown(root / folder))
    if config.migrations:
        raise SourceError(
            f"The configured migrations folder {root / config.migrations} does not exist."
        )
    # Supabase variables that name no source: what is missing comes first, and says
    # what to set instead.
    unusable = unusable_credentials(environ)
    raise NoSourceError(
        (f"{unusable} Or pass" if unusable else "Pass")
        + f" --db-url or set one of {', '.join(URL_VARIABLES)}"
        + ("" if unusable else f", or {HOW_TO_SET}")
        + "; or pass --migrations DIR, or set `migrations` in [tool.schemasync], or keep "
        f"migrations in {SUPABASE_MIGRATIONS}."
    )


def compute(
    options: Options,
    *,
    prune: bool = False,
    transform: bool = True,
    now: datetime | None = None,
) -> Outcome:
    """Plan and (unless `transform` is false) transform, without writing: the Outcome
    that `check` reports and `apply` writes.

    Fast path: when DB_HASH and PACKAGE_HASH in the version module both match, nothing
    can have drifted, and neither the package is parsed nor libcst imported. From a live
    database, a recorded CATALOG_DIGEST equal to the fetched rows' digest stands for
    DB_HASH, and the model is not even built.

    Proportional path: when the package is settled and schema_objects.txt matches it,
    only the classes of the objects that changed are read, compared and edited.
    """
    from codemod.files import read_files, recover
    from codemod.history_files import HISTORY_DIR, record_name
    from codemod.objects import objects_path
    from codemod.version import VersionInfo, package_hash, read_recorded

    config = options.config
    catalog = load_catalog(options.source, config.db_schemas)
    schema = None
    if catalog is None:
        schema = load_schema(
            options.source, config.db_schemas, shadow=options.shadow, feedback=options.feedback
        )
    paths = (*config.module_files, config.version_file)
    objects = objects_path(config.version_file)
    # An apply that was killed: finish it first (the history folder is searched too).
    recover(options.schemas_dir, (*paths, objects, f"{HISTORY_DIR}/{record_name(1)}"))
    files = read_files(options.schemas_dir, paths)
    sources = files.texts
    package = {p: t for p, t in sources.items() if p != config.version_file}
    recorded = read_recorded(sources.get(config.version_file))
    # Not when pruning: flagged entries are in sync, yet --prune has work to do.
    settings = config.package_settings
    settled = not prune and recorded.get("PACKAGE_HASH") == package_hash(package, settings)
    recorded_digest = recorded.get("CATALOG_DIGEST")
    if settled and catalog is not None and recorded_digest == catalog.digest:
        fast = _recorded_plan(recorded)
        if fast is not None:
            return Outcome(fast, {}, fast_path=True)
    if schema is None:
        assert catalog is not None  # one of the two was read above
        schema = catalog.schema()
    db_hash = schema.sha256
    if settled and recorded.get("DB_HASH") == db_hash:
        counts = (len(schema.tables), len(schema.enums), schema.column_count)
        return Outcome(Plan(db_hash=db_hash, counts=counts), {}, fast_path=True)
    from codemod.read import read_local_schema

    recorded_hash = recorded.get("DB_HASH")
    known_hash = recorded_hash if isinstance(recorded_hash, str) else ""
    object_file = read_files(options.schemas_dir, (objects,))
    partial = None
    if settled:
        record = object_file.texts.get(objects)
        partial = _partial(
            options, schema, package, record, known_hash, recorded.get("PACKAGE_HASH")
        )
    if partial is not None:
        the_plan, local = partial
    else:
        try:
            local = read_local_schema(package)
        except PackageParseError as err:
            raise err.shown_as(options.shown(err.path)) from None
        the_plan = _plan(options, schema, local, known_hash)
    creating = not package  # no module yet: apply creates the package
    after: dict[str, str] = {}
    if transform:
        from codemod.transform import apply_plan

        after = apply_plan(
            package,
            the_plan,
            local,
            prune=prune,
            local_modules=[config.enums_file, config.types_file],
            templates=load_templates(options.schemas_dir / config.templates_dir),
        )
        if creating:
            after.update(_missing_modules(config.package_files, after))
    # Rewritten only when something changed, so an in-sync apply changes no byte (a
    # version module from before PACKAGE_HASH existed is brought up to date once).
    # A digest stays only beside the DB_HASH it was read with: a sync from a snapshot or
    # migrations keeps it while DB_HASH stays, and drops it when DB_HASH changes.
    if catalog is not None:
        digest = catalog.digest
    elif recorded_hash == db_hash and isinstance(recorded_digest, str):
        digest = recorded_digest
    else:
        digest = ""
    if (
        after
        or recorded_hash != db_hash
        or "PACKAGE_HASH" not in recorded
        or digest != (recorded_digest or "")
    ):
        tables, enums, columns = the_plan.counts
        # No PACKAGE_HASH while drift is left for a person: the next run must not take
        # the fast path and call the package in sync.
        unsettled = bool(the_plan.unwritten)
        new_package_hash = "" if unsettled else package_hash({**package, **after}, settings)
        version = VersionInfo(
            db_hash,
            new_package_hash,
            tables,
            enums,
            columns,
            differences=len(the_plan.to_apply(prune)),
            synced_at=now or sync_time(),
            catalog_digest=digest,
        )
        after[config.version_file] = version.render()
    generated: dict[str, str] = {}
    if transform and config.version_file in after:
        text = _objects_text(options, schema, the_plan, local, new_package_hash)
        if text != object_file.texts.get(objects):
            generated[objects] = text
    if transform and creating:
        after.update(_missing_inits(options.schemas_dir, list(after)))
    before = {p: sources.get(p) for p in after}
    originals = {**{p: files.raw.get(p) for p in after}, objects: object_file.raw[objects]}
    return Outcome(
        the_plan,
        before,
        after,
        originals,
        schema=schema,
        generated=generated,
        proportional=partial is not None,
    )


def _partial(
    options: Options,
    schema: Schema,
    package: Mapping[str, str],
    record: str | None,
    known: str,
    settled_hash: object,
) -> tuple[Plan, LocalSchema] | None:
    """The plan of only the objects that changed since the apply that wrote `record`
    (schema_objects.txt), and the classes the edits need; None when anything is
    unusual, and the whole package is read instead. The package is settled: each file
    is what that apply wrote."""
    from codemod.errors import NamingConflictError
    from codemod.kinds import enabled_kinds
    from codemod.local_model import LocalSchema
    from codemod.objects import changed_refs, read_objects, ref_digests, settings_digest
    from codemod.plan.changes import AddEnum, AddTable
    from codemod.plan.planner import Scope, plan
    from codemod.read.slices import PackageIndex

    config = options.config
    found = read_objects(record)
    settings = settings_digest(config.package_settings, options.target)
    if found is None or found.settings != settings:
        return None
    if found.package_hash != settled_hash:
        return None
    refs = [s.ref for k in enabled_kinds(config) for s in k.subjects(schema, config)]
    changed = changed_refs(found, ref_digests(schema, refs))
    index = PackageIndex.build(package)
    if index is None:
        return None
    wanted = {found.entries[r][1] for r in changed if r in found.entries}
    classes = [index.read_class(path, name) for path, name in sorted(wanted)]
    modules = [index.module(path) for path in package]
    if any(c is None for c in classes) or any(m is None for m in modules):
        return None
    local = LocalSchema(tuple(c for c in classes if c), tuple(m for m in modules if m))
    known_classes = {r: entry[1] for r, entry in found.entries.items() if r not in changed}
    scope = Scope(frozenset(changed), known_classes)
    try:
        the_plan = plan(
            schema, local, config, recorded_hash=known, target=options.target, scope=scope
        )
    except NamingConflictError:
        return None  # the whole package's message
    # What the edits read besides: the classes new ones go after, and in a file that
    # gets a new class, those that show whether it writes `T | None`.
    have = {(c.path, c.name) for c in local.classes}
    have |= {(c.path, c.class_name) for c in the_plan.changes if isinstance(c, AddEnum | AddTable)}
    extra = []
    for change in the_plan.changes:
        after = change.after if isinstance(change, AddEnum | AddTable) else None
        if after is not None and (change.path, after) not in have:
            extra.append(index.read_class(change.path, after))
            have.add((change.path, after))
    for path in sorted({c.path for c in the_plan.changes if isinstance(c, AddTable)}):
        if path in package:
            union = index.union_classes(path)
            if union is None:
                return None
            extra.extend(c for c in union if (c.path, c.name) not in have)
    if any(c is None for c in extra):
        return None
    return the_plan, LocalSchema((*local.classes, *(c for c in extra if c)), local.modules)


def _objects_text(
    options: Options, schema: Schema, the_plan: Plan, local: LocalSchema, package_hash: str
) -> str:
    """schema_objects.txt for the package this run leaves: usable by the next run only
    when every class is then in sync with nothing else to say."""
    from codemod.objects import ref_digests, render_objects, settings_digest

    usable = not (
        the_plan.notes
        or any(c.is_stale for c in the_plan.changes)
        or any(c.inherited or c.is_base for c in local.classes)
    )
    locations = the_plan.locations
    return render_objects(
        package_hash,
        settings_digest(options.config.package_settings, options.target),
        ref_digests(schema, locations),
        locations,
        usable,
    )


def compare_schemas(options: Options, old: Schema, new: Schema) -> Outcome:
    """What turns `old`'s package into `new`'s (`schemasync diff`): the plan of `new`
    against the package a fresh apply of `old` writes, and the two packages. Neither
    the files nor the templates are read: this compares schemas, not a package."""
    from codemod.read import read_local_schema

    before = fresh_package(options, old)
    after = fresh_package(options, new)
    the_plan = _plan(options, new, read_local_schema(before), recorded_hash=old.sha256)
    changed = {p: t for p, t in after.items() if before.get(p) != t}
    return Outcome(the_plan, {p: before.get(p) for p in changed}, changed)


def fresh_package(options: Options, schema: Schema) -> dict[str, str]:
    """The package files a first apply of `schema` creates (no version module)."""
    from codemod.read import read_local_schema
    from codemod.transform import apply_plan

    local = read_local_schema({})
    local_modules = [options.config.enums_file, options.config.types_file]
    files = apply_plan({}, _plan(options, schema, local), local, local_modules=local_modules)
    return {**files, **_missing_modules(options.config.package_files, files)}


def _plan(options: Options, schema: Schema, local: LocalSchema, recorded_hash: str = "") -> Plan:
    from codemod.plan.planner import plan

    return plan(schema, local, options.config, recorded_hash=recorded_hash, target=options.target)


def _recorded_plan(recorded: Mapping[str, object]) -> Plan | None:
    """The in-sync plan the version module describes, when its constants are whole."""
    db_hash = recorded.get("DB_HASH")
    tables, enums, columns = (
        recorded.get(n) for n in ("TABLES_COUNT", "ENUMS_COUNT", "COLUMNS_COUNT")
    )
    if not isinstance(db_hash, str):
        return None
    if isinstance(tables, int) and isinstance(enums, int) and isinstance(columns, int):
        return Plan(db_hash=db_hash, counts=(tables, enums, columns))
    return None


def _missing_modules(paths: Sequence[str], after: Mapping[str, str]) -> dict[str, str]:
    """A package that apply creates gets every module, even one with nothing in it, so
    that `import schemas.enums` works for a database without enums."""
    from codemod.transform import new_module_text

    return {p: new_module_text(p) for p in paths if p not in after}


def _missing_inits(root: Path, new_files: Sequence[str]) -> dict[str, str]:
    """An empty `__init__.py` in each folder of a package being created that has none,
    up to the package folder: it then imports (and mypy reads it) as a package."""
    inits = {
        (folder / "__init__.py").as_posix()
        for path in new_files
        if path.endswith(".py")
        for folder in PurePosixPath(path).parents
    }
    return {init: "" for init in sorted(inits) if not (root / init).exists()}


def apply_changes(
    options: Options, *, dry_run: bool = False, prune: bool = False, now: datetime | None = None
) -> Outcome:
    """Compute, then write the changed files atomically unless `dry_run`. A write
    that changes the schema records a version (codemod.history) in the same write."""
    from codemod.files import write_atomically

    now = now or sync_time()  # one date for schema_version.py and the record
    outcome = compute(options, prune=prune, now=now)
    if dry_run or not outcome.changed:
        return outcome
    assert outcome.schema is not None  # a change is never found on the fast path
    outcome = _with_record(options, outcome, outcome.schema, now)
    write_atomically(options.schemas_dir, {**outcome.after, **outcome.generated}, outcome.originals)
    return dataclasses.replace(outcome, written=True)


def _with_record(options: Options, outcome: Outcome, schema: Schema, now: datetime) -> Outcome:
    """`outcome` with the history record of `schema` among its files, unless the last
    recorded version has this schema. A rollback says so in the summary."""
    from codemod.history import render_record
    from codemod.history_files import HISTORY_DIR, record_name, record_number
    from codemod.introspect.history import history_folder, next_record, read_history

    history = read_history(history_folder(options.schemas_dir))
    rolled_back = options.source.kind == "history"
    note = f"rollback to v{record_number(Path(options.source.value).name)}" if rolled_back else ""
    record = next_record(history, schema, f"{now:%Y-%m-%dT%H:%M:%SZ}", note)
    if record is None:
        return outcome
    path = f"{HISTORY_DIR}/{record_name(record.version.number)}"
    return dataclasses.replace(
        outcome,
        before={**outcome.before, path: None},
        after={**outcome.after, path: render_record(record)},
        originals={**outcome.originals, path: None},
    )


def load_templates(folder: Path) -> ClassTemplates:
    """The class templates in `folder` (enum.py.j2, typeddict.py.j2), if there are any."""
    from codemod.files import read_files
    from codemod.transform.templates import ENUM_TEMPLATE, TYPEDDICT_TEMPLATE, ClassTemplates

    found = read_files(folder, (ENUM_TEMPLATE, TYPEDDICT_TEMPLATE)).texts
    return ClassTemplates(found.get(ENUM_TEMPLATE), found.get(TYPEDDICT_TEMPLATE), shown(folder))


def sync_time(environ: Mapping[str, str] = os.environ) -> datetime:
    """Now, or SOURCE_DATE_EPOCH when set (reproducible output, as build tools do)."""
    epoch = environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC)
    return datetime.now(UTC)


def find_repo_root(start: Path) -> Path | None:
    for folder in [start, *start.parents]:
        if (folder / ".git").exists():
            return folder
    return None
