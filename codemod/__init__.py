"""schemasync: keep a Python schema package in step with a PostgreSQL database."""

__version__ = "0.2.0"
