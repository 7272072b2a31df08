"""The schema revision the code's migration files declare, read as text: no Alembic, no SQLAlchemy.

Start-up compares it with the database's ``alembic_version`` (:func:`db.migrate.is_up_to_date`, and the first
screen's read in :mod:`db.first_screen`); whenever the files say anything less plain, Alembic itself decides.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.*?)\s*$", re.MULTILINE)
_PLAIN_VALUE = re.compile(r"""^(?:None|"([0-9A-Za-z_]+)"|'([0-9A-Za-z_]+)')$""")


@lru_cache(maxsize=1)
def declared_head() -> str | None:
    """The one head the version files declare, read as text (no Alembic); None when they say anything less plain
    (a merge, a computed value, a revision named twice): then only Alembic may say."""
    parents: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        if path.name == "__init__.py":
            continue
        found = {name: _PLAIN_VALUE.match(value) for name, value in _REVISION_LINE.findall(path.read_text("utf-8"))}
        revision, down = found.get("revision"), found.get("down_revision")
        if revision is None or down is None or revision.group(0) == "None":
            return None
        name = revision.group(1) or revision.group(2)
        if name in parents:
            return None
        parents[name] = down.group(1) or down.group(2)
    heads = set(parents) - set(parents.values())
    return heads.pop() if len(heads) == 1 else None
