"""What openpyxl's fast reader does not tell: what kind of file this is, and where the
formulas and merged cells are.

Read-only openpyxl gives cached values only, so a formula Excel never computed
looks like an empty cell, and it does not report merged ranges at all. A byte
scan of the sheet XML finds out whether either exists; only then is the sheet
parsed a second time, in a stream, for their positions. Everything here is the
standard library.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.etree import ElementTree

from console.roster.model import ProblemCode, RosterProblem

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
_CHUNK = 1 << 20
_FORMULA_OR_MERGE = re.compile(rb"<(?:\w+:)?(?:f|mergeCell)[\s>/]")
_REFERENCE = re.compile(r"([A-Z]{1,3})(\d+)")
_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def file_problem(path: Path) -> RosterProblem | None:
    """Refuse at once what is not an .xlsx workbook, saying what it looks like instead."""
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(4096)
    except OSError as error:
        return _problem(ProblemCode.NOT_XLSX, f"cannot read {path.name}: {error.strerror or error}")
    if size == 0:
        return _problem(ProblemCode.EMPTY_FILE, f"{path.name} is empty (0 bytes)")
    if head.startswith(OLE2_MAGIC):
        if _contains(path, _ENCRYPTION_STREAM):
            return _problem(ProblemCode.PASSWORD_PROTECTED,
                            f"{path.name} is password-protected: open it in Excel, remove the password and save")
        return _problem(ProblemCode.OLD_XLS_FORMAT,
                        f"{path.name} is an old Excel 97-2003 (.xls) file: save it as an Excel Workbook (.xlsx)")
    if head.startswith(b"PK"):
        if not zipfile.is_zipfile(path):
            return _problem(ProblemCode.CORRUPT_FILE, f"{path.name} is damaged or incomplete (a broken zip archive)")
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
        if "[Content_Types].xml" not in names or not any(name.endswith("workbook.xml") for name in names):
            kind = "an OpenDocument spreadsheet" if "mimetype" in names else "a zip archive"
            return _problem(ProblemCode.NOT_XLSX, f"{path.name} is {kind}, not an Excel workbook: save it as .xlsx")
        return None
    return _problem(ProblemCode.NOT_XLSX, f"{path.name} is not an Excel workbook; it looks like {_looks_like(head)}")


def _problem(code: ProblemCode, message: str) -> RosterProblem:
    return RosterProblem("", None, None, code, message)


def _looks_like(head: bytes) -> str:
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError:
        return "some other binary file"
    lowered = text.lower()
    if "<html" in lowered or "<table" in lowered:
        return "a web page (HTML) saved with an Excel name; open it in Excel and save as .xlsx"
    if "," in text or "\t" in text or ";" in text:
        return "CSV text; open it in Excel and save it as an Excel Workbook (.xlsx)"
    return "plain text"


def _chunks(stream: IO[bytes]) -> Iterator[bytes]:
    while chunk := stream.read(_CHUNK):
        yield chunk


def _contains(path: Path, needle: bytes) -> bool:
    tail = b""
    with path.open("rb") as stream:
        for chunk in _chunks(stream):
            if needle in tail + chunk:
                return True
            tail = chunk[-len(needle):]
    return False


def sheet_members(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet title → the archive member holding its XML, from the workbook's relationships."""
    workbook = _office_document(archive)
    base = posixpath.dirname(workbook)
    rels_name = posixpath.join(base, "_rels", posixpath.basename(workbook) + ".rels")
    targets = {
        rel.get("Id"): rel.get("Target", "")
        for rel in ElementTree.fromstring(archive.read(rels_name)).iter(f"{_RELATIONSHIPS}Relationship")
    }
    members: dict[str, str] = {}
    for sheet in ElementTree.fromstring(archive.read(workbook)).iter():
        if sheet.tag.rsplit("}", 1)[-1] != "sheet":
            continue
        target = targets.get(sheet.get(_OFFICE_RELATIONSHIP_ID), "")
        if target:
            member = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
            members[sheet.get("name", "")] = member
    return members


def _office_document(archive: zipfile.ZipFile) -> str:
    for rel in ElementTree.fromstring(archive.read("_rels/.rels")).iter(f"{_RELATIONSHIPS}Relationship"):
        if rel.get("Type", "").endswith("/officeDocument"):
            return rel.get("Target", "xl/workbook.xml").lstrip("/")
    return "xl/workbook.xml"


@dataclass(frozen=True)
class MergedRange:
    reference: str  # as Excel writes it, "B5:D5"
    first_row: int
    first_column: int  # 0-based
    last_row: int
    last_column: int

    def covers_hidden(self, row: int, column: int) -> bool:
        """True for a cell inside the range other than its top-left one (whose value it shows)."""
        inside = self.first_row <= row <= self.last_row and self.first_column <= column <= self.last_column
        return inside and (row, column) != (self.first_row, self.first_column)


@dataclass(frozen=True)
class SheetMarks:
    formulas: frozenset[tuple[int, int]] = frozenset()  # (row, 0-based column) of cells holding a formula
    merged: tuple[MergedRange, ...] = field(default=())


def scan_sheet(archive: zipfile.ZipFile, member: str | None) -> SheetMarks:
    if member is None or not _has_formula_or_merge(archive, member):
        return SheetMarks()
    formulas: set[tuple[int, int]] = set()
    merged: list[MergedRange] = []
    with archive.open(member) as stream:
        for _, element in ElementTree.iterparse(stream):
            tag = element.tag.rsplit("}", 1)[-1]
            if tag == "c":
                if any(child.tag.rsplit("}", 1)[-1] == "f" for child in element):
                    cell = _cell(element.get("r", ""))
                    if cell is not None:
                        formulas.add(cell)
            elif tag == "mergeCell":
                found = _range(element.get("ref", ""))
                if found is not None:
                    merged.append(found)
            elif tag == "row":
                element.clear()
    return SheetMarks(frozenset(formulas), tuple(merged))


def _has_formula_or_merge(archive: zipfile.ZipFile, member: str) -> bool:
    tail = b""
    with archive.open(member) as stream:
        for chunk in _chunks(stream):
            if _FORMULA_OR_MERGE.search(tail + chunk):
                return True
            tail = chunk[-32:]
    return False


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def _cell(reference: str) -> tuple[int, int] | None:
    found = _REFERENCE.fullmatch(reference.replace("$", ""))
    return (int(found.group(2)), _column_index(found.group(1))) if found else None


def _range(reference: str) -> MergedRange | None:
    first, _, last = reference.partition(":")
    start, end = _cell(first), _cell(last or first)
    if start is None or end is None:
        return None
    return MergedRange(reference, start[0], start[1], end[0], end[1])
