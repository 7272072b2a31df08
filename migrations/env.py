"""Alembic environment, driven from :mod:`db.migrate` with a Config built in code.

The caller passes an open connection in ``config.attributes["connection"]``;
nothing here reads an ini file or the environment. SQLite gets batch mode,
since it cannot ALTER most things in place.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from db.models import Base

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError("run migrations through db.migrate, which passes the connection")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        compare_server_default=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported; run db.migrate.upgrade_to_head")
run_migrations_online()
