"""The SMS texts the center sends, from the district's templates, checked before they are queued.

A message is refused, with the reason as a code, when it could not do its job:
the center's own number is not set (the officer could not give the missed call
that confirms), the recipient's number is not the officer's official number on
the register, the representative has no registered number to call back, or the
text cannot fit two SMS parts even with every name cut short.

What the officer must act on — the case code, who to call back and the number —
must all be in the first SMS part: a long message may arrive in pieces, or only
its first part may get through, and that part alone must do the job. Names are
cut short until it does, and a template that cannot is refused.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import Enum

from console.clock import IST
from console.config_templates import Language, MessageTemplates, TemplateName
from console.desk.case_code import CaseCode
from console.desk.names import KIND_WORDS, NameForm, shorten
from console.domain import Officer, Representative
from console.plain_text import plain_line
from console.phone import InvalidNumber, NumberRegister, PartyKind

log = logging.getLogger(__name__)

MAX_PARTS = 2

PartSplitter = Callable[[str], Sequence[str]]
"""The text of each SMS part a text goes out in (GSM 7-bit or UCS2, with concatenation headers)."""


class MessageProblem(str, Enum):
    CENTER_NUMBER_UNSET = "center_number_unset"  # center.number is empty in the district config
    RECIPIENT_NOT_ON_REGISTER = "recipient_not_on_register"
    REPRESENTATIVE_NUMBER_MISSING = "representative_number_missing"
    TOO_LONG = "too_long"  # more than two parts even with names omitted
    FIRST_PART_INCOMPLETE = "first_part_incomplete"  # case code, who and the number do not all fit the first part


class MessageRefused(ValueError):
    def __init__(self, problem: MessageProblem, detail: str) -> None:
        super().__init__(f"{problem.value}: {detail}")
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class MessageContext:
    """What a message is about; ``superior`` only for an escalation, ``attempt`` from the second instruction."""

    case_code: CaseCode
    officer: Officer
    representative: Representative
    representative_called_at: datetime
    representative_number: str = ""  # E.164; default: the representative's first registered number
    superior: Officer | None = None
    attempt: int = 1
    minutes_waiting: int = 0
    confirmed_at: datetime | None = None


@dataclass(frozen=True)
class ComposedMessage:
    template: TemplateName
    language: Language
    recipient_officer_id: int
    to_number: str  # E.164, the recipient's official number, checked against the register
    text: str
    parts: int
    name_form: NameForm  # how far names were cut to fit


class MessageComposer:
    def __init__(
        self,
        templates: MessageTemplates,
        register: NumberRegister,
        *,
        center_number: str,
        district_name_hi: str,
        district_name_en: str,
        split_parts: PartSplitter,
        zone: tzinfo = IST,
        max_parts: int = MAX_PARTS,
    ) -> None:
        self.templates = templates
        self.register = register
        self.center_number = center_number
        self.district_names = {Language.HINDI: district_name_hi, Language.ENGLISH: district_name_en}
        self.split_parts = split_parts
        self.zone = zone
        self.max_parts = max_parts

    def compose(
        self, template: TemplateName, context: MessageContext, *, language: Language | None = None
    ) -> ComposedMessage:
        """The message for ``template`` to the officer it goes to (the superior for an escalation)."""
        language = language or self.templates.default_language
        if not self.center_number:
            raise MessageRefused(
                MessageProblem.CENTER_NUMBER_UNSET,
                "center.number is empty: set the center's number in the district's user-level config file",
            )
        recipient = context.superior if template is TemplateName.ESCALATION else context.officer
        if recipient is None:
            raise ValueError("an escalation message needs the superior")
        to_number = self.recipient_number(recipient)
        representative_number = self._representative_number(context)
        parts = 0
        fitted = False  # some form fitted the parts, but not the first part's duty
        for form in NameForm:
            values = self._values(context, language, form, representative_number)
            text = _tidy(self.templates.render(template, language, **values))
            pieces = self.split_parts(text)
            parts = len(pieces)
            if parts > self.max_parts:
                continue
            fitted = True
            if not _carries_what_to_act_on(text, pieces[0], values):
                continue
            if form is not NameForm.FULL:
                log.info("%s for %s: names shortened (%s) to fit %d parts and the first part", template.value,
                         context.case_code, form.name.lower(), self.max_parts)
            return ComposedMessage(template, language, recipient.id, to_number, text, parts, form)
        if fitted:
            raise MessageRefused(
                MessageProblem.FIRST_PART_INCOMPLETE,
                f"the {language.value} {template.value} template does not put the case code, the representative "
                "and their number in the first SMS part even without names: put them at its start",
            )
        raise MessageRefused(
            MessageProblem.TOO_LONG,
            f"the {language.value} {template.value} template needs {parts} SMS parts even without names;"
            f" at most {self.max_parts} are sent: shorten the template",
        )

    def recipient_number(self, officer: Officer) -> str:
        """The officer's official number, if the register lets the center call or message it."""
        try:
            party = self.register.check_dialable(officer.official_number)
        except InvalidNumber as error:
            raise MessageRefused(
                MessageProblem.RECIPIENT_NOT_ON_REGISTER,
                f"officer {officer.id}: official number {officer.official_number!r} refused ({error.problem.value})",
            ) from None
        if party.party is not PartyKind.OFFICER or party.party_id != officer.id:
            raise MessageRefused(
                MessageProblem.RECIPIENT_NOT_ON_REGISTER,
                f"officer {officer.id}: {party.e164} is registered to {party.party.value} {party.party_id}",
            )
        return party.e164

    def _representative_number(self, context: MessageContext) -> str:
        representative = context.representative
        number = context.representative_number or next(iter(representative.registered_numbers), "")
        if not number:
            raise MessageRefused(
                MessageProblem.REPRESENTATIVE_NUMBER_MISSING,
                f"representative {representative.id} has no registered number for the officer to call back",
            )
        party = self.register.lookup(number)
        if party is None or party.party is not PartyKind.REPRESENTATIVE or party.party_id != representative.id:
            raise MessageRefused(
                MessageProblem.REPRESENTATIVE_NUMBER_MISSING,
                f"representative {representative.id}: {number!r} is not one of their registered numbers",
            )
        return party.e164

    def _values(
        self, context: MessageContext, language: Language, form: NameForm, representative_number: str
    ) -> Mapping[str, object]:
        hindi = language is Language.HINDI
        representative = context.representative
        officer = context.officer
        kind = KIND_WORDS[language.value][representative.kind]
        representative_name = shorten(representative.name_hi if hindi else representative.name_en, form)
        values: dict[str, object] = {
            "case_code": str(context.case_code),
            "representative": f"{kind} {representative_name}".strip(),
            "representative_kind": kind,
            "representative_name": representative_name,
            "representative_number": sms_number(representative_number),
            "officer_name": shorten(officer.name_hi if hindi else officer.name_en, form),
            "officer_designation": officer.designation_hi if hindi else officer.designation_en,
            "officer_number": sms_number(officer.official_number),
            "center_number": sms_number(self.center_number),
            "district_name": self.district_names[language],
            "called_at": f"{context.representative_called_at.astimezone(self.zone):%H:%M}",
            "attempt": context.attempt,
            "minutes_waiting": context.minutes_waiting,
            "confirmed_at": "" if context.confirmed_at is None else f"{context.confirmed_at.astimezone(self.zone):%H:%M}",
        }
        superior = context.superior
        if superior is not None:
            values["superior_name"] = shorten(superior.name_hi if hindi else superior.name_en, form)
            values["superior_designation"] = superior.designation_hi if hindi else superior.designation_en
        else:
            values["superior_name"] = values["superior_designation"] = ""
        return values


_ACT_ON = ("case_code", "representative_name", "representative_number")


def _carries_what_to_act_on(text: str, first_part: str, values: Mapping[str, object]) -> bool:
    """The first part holds each of the case code, the representative and their number that the message holds."""
    wanted = [str(values[key]) for key in _ACT_ON]
    return all(value in first_part for value in wanted if value and value in text)


def sms_number(e164: str) -> str:
    """How a number reads in an SMS: ten digits for an Indian mobile, 0 and the STD code for a landline.

    Short, and a phone turns it into a link that dials.
    """
    if e164.startswith("+91") and len(e164) == 13:
        national = e164[3:]
        return national if national[0] in "6789" else "0" + national
    return e164


def _tidy(text: str) -> str:
    """Spaces left by an omitted name, and a space before punctuation, removed; nothing invisible is sent (a
    right-to-left override would show the number and the case code reversed)."""
    text = plain_line(text)
    text = re.sub(r" ([,.।)])", r"\1", text)
    text = re.sub(r"\( ", "(", text)
    return text.strip()
