"""The sheets' columns: what each row of Officers, Departments, Daily, Cases and the two lists shows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from console.departments import department_name_hi
from console.domain import Officer
from console.reports.analytics import CaseFigure, Figures, GroupFigures, OfficerFigures, Report
from console.reports.facts import People
from console.reports.workbook_cells import Column, Kind
from console.reports.workbook_words import Words
from console.roster.values import display_number

T = TypeVar("T")


@dataclass(frozen=True)
class Book:
    """What every sheet needs: the words, the register and the report's figures."""

    words: Words
    people: People
    report: Report

    def officer(self, officer_id: int | None) -> Officer | None:
        return None if officer_id is None else self.people.officers.get(officer_id)

    def officer_name(self, officer_id: int | None) -> str:
        officer = self.officer(officer_id)
        return "" if officer is None else self.words.pick(officer.name_en, officer.name_hi)

    def department(self, name: str) -> str:
        return self.words.pick(name, department_name_hi(name)) if name else ""


FIGURES: tuple[tuple[str, Kind, Callable[[Figures], Any]], ...] = (
    ("col.complaints", Kind.INTEGER, lambda f: f.complaints),
    ("col.assessed", Kind.INTEGER, lambda f: f.assessed),
    ("col.on_time", Kind.INTEGER, lambda f: f.on_time),
    ("col.late", Kind.INTEGER, lambda f: f.late),
    ("col.unconfirmed", Kind.INTEGER, lambda f: f.unconfirmed),
    ("col.pending", Kind.INTEGER, lambda f: f.pending),
    ("col.share", Kind.SHARE, lambda f: f.on_time_share),
    ("col.median", Kind.MINUTES, lambda f: f.median_business_minutes),
    ("col.p90", Kind.MINUTES, lambda f: f.p90_business_minutes),
    ("col.median_wall", Kind.MINUTES, lambda f: f.median_wall_minutes),
    ("col.p90_wall", Kind.MINUTES, lambda f: f.p90_wall_minutes),
    ("col.median_instruction", Kind.MINUTES, lambda f: f.median_instruction_minutes),
    ("col.p90_instruction", Kind.MINUTES, lambda f: f.p90_instruction_minutes),
    ("col.reinstructions", Kind.INTEGER, lambda f: f.reinstructions),
    ("col.escalations", Kind.INTEGER, lambda f: f.escalations),
    ("col.redirected", Kind.INTEGER, lambda f: f.redirected),
    ("col.cancelled", Kind.INTEGER, lambda f: f.cancelled),
    ("col.still_open", Kind.INTEGER, lambda f: f.still_open),
)
LIST_FIGURES = ("col.complaints", "col.assessed", "col.on_time", "col.share", "col.median", "col.p90")
NEGLIGENCE_FIGURES = ("col.complaints", "col.assessed", "col.on_time", "col.late", "col.unconfirmed", "col.share",
                      "col.median")


def figure_columns(figures_of: Callable[[T], Figures], keys: Sequence[str] | None = None) -> list[Column[T]]:
    chosen = [entry for entry in FIGURES if keys is None or entry[0] in keys]
    return [Column(key, kind, _composed(getter, figures_of)) for key, kind, getter in chosen]


def _composed(getter: Callable[[Figures], Any], figures_of: Callable[[T], Figures]) -> Callable[[T], Any]:
    return lambda item: getter(figures_of(item))


def officer_identity(book: Book, officer_id: Callable[[T], int], *, short: bool = False) -> list[Column[T]]:
    """Code, name, designation, department, office and CUG number of the row's officer (``short``: the first four,
    folded onto lines, for a list that is printed and signed)."""

    def field(get: Callable[[Officer], str]) -> Callable[[T], str]:
        def value(item: T) -> str:
            officer = book.officer(officer_id(item))
            return "" if officer is None else get(officer)

        return value

    words = book.words
    identity = [
        Column("col.officer_code", Kind.TEXT, lambda item: book.people.officer_codes.get(officer_id(item), "")),
        Column("col.officer", Kind.TEXT, lambda item: book.officer_name(officer_id(item))),
        Column("col.designation", Kind.TEXT, field(lambda o: words.pick(o.designation_en, o.designation_hi)),
               22.0 if short else None, wrap=short),
        Column("col.department", Kind.TEXT, field(lambda o: book.department(o.department)), 16.0 if short else None,
               wrap=short),
    ]
    if short:
        return identity
    return identity + [
        Column("col.office", Kind.TEXT, field(lambda o: o.office)),
        Column("col.number", Kind.TEXT, field(lambda o: display_number(o.official_number) if o.official_number else "")),
    ]


def officers_columns(book: Book) -> list[Column[OfficerFigures]]:
    return [
        Column[OfficerFigures]("col.rank", Kind.INTEGER, lambda item: item.rank, 7.0),
        *officer_identity(book, lambda item: item.officer_id),
        *figure_columns(lambda item: item.figures),
        Column("col.standing", Kind.WORD, lambda item: book.words.code(item.standing), 16.0),
    ]


def departments_columns(book: Book) -> list[Column[GroupFigures]]:
    officers = Counter(book.people.department_of(item.officer_id) for item in book.report.officers)
    return [
        Column[GroupFigures]("col.department", Kind.TEXT, lambda item: book.department(str(item.key))),
        Column("col.officers", Kind.INTEGER, lambda item: officers[str(item.key)]),
        *figure_columns(lambda item: item.figures),
    ]


def daily_columns(book: Book) -> list[Column[GroupFigures]]:
    def day(item: GroupFigures) -> date:
        assert isinstance(item.key, date)
        return item.key

    return [
        Column[GroupFigures]("col.date", Kind.DATE, day),
        Column("col.weekday", Kind.WORD, lambda item: book.words.weekday(day(item).weekday()), 7.0),
        *figure_columns(lambda item: item.figures),
    ]


def list_columns(book: Book, items: Sequence[OfficerFigures], figures: Sequence[str], *,
                 ranked: bool) -> list[Column[OfficerFigures]]:
    """The commendation list (by rank) or the negligence list (numbered, worst first)."""
    serials = {item.officer_id: number for number, item in enumerate(items, start=1)}
    first: Column[OfficerFigures] = (
        Column("col.rank", Kind.INTEGER, lambda item: item.rank, 7.0) if ranked
        else Column("col.serial", Kind.INTEGER, lambda item: serials[item.officer_id], 7.0)
    )
    rules = book.report.rules
    return [
        first,
        *officer_identity(book, lambda item: item.officer_id, short=True),
        *figure_columns(lambda item: item.figures, figures),
        Column("col.why", Kind.WORD, lambda item: book.words.reasons(item.reasons, item.figures, rules), 36.0,
               wrap=True),
    ]


def cases_columns(book: Book) -> list[Column[CaseFigure]]:
    words, people = book.words, book.people

    def representative(item: CaseFigure) -> str:
        person = people.representatives.get(item.facts.representative_id)
        if person is None:
            return ""
        return f"{words.pick(person.name_en, person.name_hi)} ({words.code(person.kind)}, {person.constituency})"

    def designation(item: CaseFigure) -> str:
        officer = book.officer(item.facts.officer_id)
        return "" if officer is None else words.pick(officer.designation_en, officer.designation_hi)

    return [
        Column[CaseFigure]("col.case", Kind.TEXT, lambda item: item.facts.case_code, 16.0),
        Column("col.called", Kind.INSTANT, lambda item: item.facts.representative_called_at),
        Column("col.officer", Kind.TEXT, lambda item: book.officer_name(item.facts.officer_id)),
        Column("col.designation", Kind.TEXT, designation),
        Column("col.department", Kind.TEXT, lambda item: book.department(people.department_of(item.facts.officer_id))),
        Column("col.representative", Kind.TEXT, representative),
        Column("col.channel", Kind.WORD, lambda item: words.code(item.facts.channel) if item.facts.channel else "",
               12.0),
        Column("col.logged", Kind.INSTANT, lambda item: item.facts.logged_at),
        Column("col.operator", Kind.TEXT, lambda item: item.facts.operator),
        Column("col.instructed", Kind.INSTANT, lambda item: item.facts.instructed_at),
        Column("col.reinstructions", Kind.INTEGER, lambda item: item.facts.reinstruction_count),
        Column("col.escalated", Kind.INSTANT, lambda item: item.facts.escalated_at),
        Column("col.redirected_to", Kind.TEXT, lambda item: book.officer_name(item.facts.redirected_to_officer_id)),
        Column("col.callback", Kind.INSTANT, lambda item: item.facts.callback_at),
        Column("col.method", Kind.WORD, lambda item: words.method(item.facts.confirmation_method), 14.0),
        Column("col.response", Kind.MINUTES, lambda item: item.timed.business_minutes),
        Column("col.response_wall", Kind.MINUTES, lambda item: item.timed.wall_minutes),
        Column("col.instruction", Kind.MINUTES, lambda item: item.timed.instruction_business_minutes),
        Column("col.outcome", Kind.WORD, lambda item: words.code(item.outcome), 14.0),
        Column("col.state", Kind.WORD, lambda item: words.code(item.facts.state), 12.0),
        Column("col.closed", Kind.INSTANT, lambda item: item.facts.closed_at),
        Column("col.cancel_reason", Kind.TEXT, lambda item: item.facts.cancel_reason),
        Column("col.note", Kind.TEXT, lambda item: item.facts.note),
    ]
