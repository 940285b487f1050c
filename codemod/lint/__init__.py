"""`schemasync lint`: a migration linter on PostgreSQL's own parser (pglast).

Nothing is imported here: `codemod.config` reads `codemod.lint.config`, and the
parser is loaded only on the lint path (`codemod.lint.api`).
"""
