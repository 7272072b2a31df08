"""A district's places: tehsils, development blocks and constituencies, in Hindi and English.

The demo generator and the officer search use these names; a block points to
its tehsil and an assembly constituency to its Lok Sabha constituency by code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from console.config_reader import Reader, describe

_CODE = re.compile(r"^[a-z][a-z0-9_-]*$")


@dataclass(frozen=True)
class Place:
    code: str
    name_en: str
    name_hi: str
    parent: str = ""  # a block's tehsil; an assembly constituency's Lok Sabha constituency
    reserved: str = ""  # "SC" or "ST" for a reserved constituency
    number: int | None = None
    note: str = ""


@dataclass(frozen=True)
class Geography:
    tehsils: tuple[Place, ...] = ()
    blocks: tuple[Place, ...] = ()
    assembly_constituencies: tuple[Place, ...] = ()
    lok_sabha_constituencies: tuple[Place, ...] = ()


def read_geography(reader: Reader) -> Geography:
    tehsils = _read_places(reader, "tehsils", parent_key=None, parents=())
    lok_sabha = _read_places(reader, "lok_sabha_constituencies", parent_key=None, parents=())
    blocks = _read_places(reader, "blocks", parent_key="tehsil", parents=tehsils)
    assembly = _read_places(reader, "assembly_constituencies", parent_key="lok_sabha", parents=lok_sabha)
    reader.finish()
    return Geography(tehsils, blocks, assembly, lok_sabha)


def _read_places(
    reader: Reader, key: str, *, parent_key: str | None, parents: tuple[Place, ...]
) -> tuple[Place, ...]:
    places: list[Place] = []
    seen: set[str] = set()
    parent_codes = {parent.code for parent in parents}
    for entry in reader.tables(key, []):
        code = entry.string("code")
        if code and not _CODE.match(code):
            entry.problem("code", f"expected a lower-case code like \"sadar\", got {describe(code)}")
        elif code in seen:
            entry.problem("code", f"expected a code not used before in {key}, got {describe(code)}")
        seen.add(code)
        parent = ""
        if parent_key is not None:
            parent = entry.string(parent_key, "", allow_empty=True)
            if parent and parent not in parent_codes:
                entry.problem(parent_key, f"expected one of {', '.join(sorted(parent_codes))}, got {describe(parent)}")
        reserved = entry.choice("reserved", ["", "SC", "ST"], "")
        number = entry.integer("number", 0, minimum=0) or None
        places.append(
            Place(
                code=code,
                name_en=entry.string("name_en"),
                name_hi=entry.string("name_hi"),
                parent=parent,
                reserved=reserved,
                number=number,
                note=entry.string("note", "", allow_empty=True),
            )
        )
        entry.finish()
    return tuple(places)
