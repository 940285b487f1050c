"""schemasync: keep a Python schema package in step with a PostgreSQL database."""

__version__ = "0.1.0"
