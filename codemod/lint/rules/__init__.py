"""Every lint rule, one per module, in the order the docs list them."""

from __future__ import annotations

from codemod.lint.rule import Rule
from codemod.lint.rules.change_column_type import ChangeColumnType
from codemod.lint.rules.cluster import Cluster
from codemod.lint.rules.concurrently_in_transaction import ConcurrentlyInTransaction
from codemod.lint.rules.constraint_name import ConstraintName
from codemod.lint.rules.constraint_without_not_valid import ConstraintWithoutNotValid
from codemod.lint.rules.detach_partition_without_concurrently import (
    DetachPartitionWithoutConcurrently,
)
from codemod.lint.rules.drop_column import DropColumn
from codemod.lint.rules.drop_database import DropDatabase
from codemod.lint.rules.drop_index_without_concurrently import DropIndexWithoutConcurrently
from codemod.lint.rules.drop_not_null import DropNotNull
from codemod.lint.rules.drop_object import DropObject
from codemod.lint.rules.drop_schema import DropSchema
from codemod.lint.rules.drop_table import DropTable
from codemod.lint.rules.duplicate_column_assignment import DuplicateColumnAssignment
from codemod.lint.rules.duplicate_migration_version import DuplicateMigrationVersion
from codemod.lint.rules.enum_type_name import EnumTypeName
from codemod.lint.rules.enum_value_used_in_transaction import EnumValueUsedInTransaction
from codemod.lint.rules.enum_value_without_position import EnumValueWithoutPosition
from codemod.lint.rules.identifier_too_long import IdentifierTooLong
from codemod.lint.rules.index_name import IndexName
from codemod.lint.rules.index_without_concurrently import IndexWithoutConcurrently
from codemod.lint.rules.migration_file_name import MigrationFileName
from codemod.lint.rules.migration_out_of_order import MigrationOutOfOrder
from codemod.lint.rules.missing_if_exists import MissingIfExists
from codemod.lint.rules.missing_lock_timeout import MissingLockTimeout
from codemod.lint.rules.nested_transaction import NestedTransaction
from codemod.lint.rules.not_null_column_without_default import NotNullColumnWithoutDefault
from codemod.lint.rules.plural_table_name import PluralTableName
from codemod.lint.rules.prefer_bigint_primary_key import PreferBigintPrimaryKey
from codemod.lint.rules.prefer_identity import PreferIdentity
from codemod.lint.rules.prefer_text import PreferText
from codemod.lint.rules.prefer_text_over_char import PreferTextOverChar
from codemod.lint.rules.prefer_timestamptz import PreferTimestamptz
from codemod.lint.rules.python_impact import PythonImpact
from codemod.lint.rules.reindex_without_concurrently import ReindexWithoutConcurrently
from codemod.lint.rules.rename_column import RenameColumn
from codemod.lint.rules.rename_object import RenameObject
from codemod.lint.rules.rename_table import RenameTable
from codemod.lint.rules.reserved_word_identifier import ReservedWordIdentifier
from codemod.lint.rules.set_not_null import SetNotNull
from codemod.lint.rules.snake_case_identifier import SnakeCaseIdentifier
from codemod.lint.rules.syntax_error import InvalidSyntax
from codemod.lint.rules.table_without_primary_key import TableWithoutPrimaryKey
from codemod.lint.rules.truncate import Truncate
from codemod.lint.rules.unique_without_index import UniqueWithoutIndex
from codemod.lint.rules.unsupported_syntax import UnsupportedSyntax
from codemod.lint.rules.vacuum_full import VacuumFull
from codemod.lint.rules.volatile_default import VolatileDefault

ALL_RULES: tuple[Rule, ...] = (
    # syntax
    InvalidSyntax(),
    UnsupportedSyntax(),
    DuplicateColumnAssignment(),
    # unsafe: data loss
    DropTable(),
    DropColumn(),
    DropSchema(),
    DropDatabase(),
    Truncate(),
    # unsafe: broken clients, locks and rewrites
    RenameTable(),
    RenameColumn(),
    RenameObject(),
    DropObject(),
    ChangeColumnType(),
    SetNotNull(),
    DropNotNull(),
    NotNullColumnWithoutDefault(),
    VolatileDefault(),
    ConstraintWithoutNotValid(),
    UniqueWithoutIndex(),
    IndexWithoutConcurrently(),
    DropIndexWithoutConcurrently(),
    ReindexWithoutConcurrently(),
    DetachPartitionWithoutConcurrently(),
    ConcurrentlyInTransaction(),
    NestedTransaction(),
    EnumValueUsedInTransaction(),
    EnumValueWithoutPosition(),
    VacuumFull(),
    Cluster(),
    MissingLockTimeout(),
    # hygiene
    PreferText(),
    PreferTimestamptz(),
    PreferIdentity(),
    PreferBigintPrimaryKey(),
    PreferTextOverChar(),
    IdentifierTooLong(),
    TableWithoutPrimaryKey(),
    MissingIfExists(),
    # naming
    SnakeCaseIdentifier(),
    PluralTableName(),
    EnumTypeName(),
    IndexName(),
    ConstraintName(),
    ReservedWordIdentifier(),
    # migration files, as the Supabase CLI reads them
    MigrationFileName(),
    DuplicateMigrationVersion(),
    MigrationOutOfOrder(),
    # what no other linter knows
    PythonImpact(),
)
