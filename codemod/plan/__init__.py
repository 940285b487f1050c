"""Planning: what differs between the database and the package, and what to do about it.

`codemod.plan.changes` holds what a plan is made of (light: the in-sync path builds a
`Plan` without planning anything); `codemod.plan.planner` makes one.
"""
