"""The number policy: every number is parsed to E.164, and only registered ones are dialled.

Operators type numbers as they see them: "098765-43210", "+91 98765 43210",
Devanagari digits, a landline with its STD code ("05852-234567"). Parsing is
``phonenumbers``' with India as the default region, plus two rules of our own:
an Indian mobile is ten digits starting 6–9 (accepted even where the library's
range data lags a new series), and letters or ``*``/``#`` are refused outright,
since the library would read letters as keypad digits and ``*#`` as a USSD code
has no place on a register.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

from console.domain import ContactNumberKind, Officer, Representative

log = logging.getLogger(__name__)

INDIA = "IN"
INDIA_CODE = 91
_DIAL_PATTERN = re.compile(r"^\+[0-9]{6,15}$")
_SEPARATORS = frozenset(" -().+/")
_MOBILE_LEADS = frozenset("6789")
# An Indian mobile already in E.164: what phonenumbers would answer for it (tests hold the two together).
_E164_MOBILE = re.compile(r"\+91[6-9][0-9]{9}")
_NOT_PERSONAL = frozenset(
    {
        PhoneNumberType.TOLL_FREE,
        PhoneNumberType.PREMIUM_RATE,
        PhoneNumberType.SHARED_COST,
        PhoneNumberType.VOIP,
        PhoneNumberType.PERSONAL_NUMBER,
        PhoneNumberType.PAGER,
        PhoneNumberType.UAN,
        PhoneNumberType.VOICEMAIL,
    }
)


class NumberProblem(str, Enum):
    EMPTY = "empty"
    LETTERS = "letters"
    SERVICE_CODE = "service_code"  # "*" or "#": a USSD or feature code
    INVALID_CHARACTERS = "invalid_characters"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    NOT_A_NUMBER = "not_a_number"
    INVALID = "invalid"  # the right length, but no such Indian number
    FOREIGN = "foreign"
    UNSUPPORTED_TYPE = "unsupported_type"  # toll-free, premium, shared-cost…
    NOT_E164 = "not_e164"
    NOT_ON_REGISTER = "not_on_register"
    NOT_DIALLABLE = "not_diallable"  # on the register, but kept for the record only


class NumberKind(str, Enum):
    MOBILE = "mobile"
    LANDLINE = "landline"
    FOREIGN = "foreign"


class InvalidNumber(ValueError):
    def __init__(self, text: str, problem: NumberProblem) -> None:
        super().__init__(f"{text!r}: {problem.value.replace('_', ' ')}")
        self.text = text
        self.problem = problem


class NotOnRegister(InvalidNumber):
    """Refused by the register: unknown, kept for the record only, or not a number at all."""


@dataclass(frozen=True)
class ParsedNumber:
    e164: str
    kind: NumberKind
    national: str  # national significant number: "9876543210", "5852234567"


def parse_number(text: str, *, allow_foreign: bool = False) -> ParsedNumber:
    """Parse what an operator typed, or raise :class:`InvalidNumber` with the reason."""
    if _E164_MOBILE.fullmatch(text):  # how the roster stores mobiles: the register reads thousands at start
        return ParsedNumber(text, NumberKind.MOBILE, text[3:])
    return _parse_with_metadata(text, allow_foreign=allow_foreign)


def _parse_with_metadata(text: str, *, allow_foreign: bool) -> ParsedNumber:
    cleaned = _ascii_digits(text).strip()
    _check_characters(text, cleaned)
    digit_count = sum(ch.isdigit() for ch in cleaned)
    if digit_count < 6:
        raise InvalidNumber(text, NumberProblem.TOO_SHORT)
    if digit_count > 17:
        raise InvalidNumber(text, NumberProblem.TOO_LONG)
    try:
        number = phonenumbers.parse(cleaned, INDIA)
    except NumberParseException as error:
        problem = {
            NumberParseException.TOO_SHORT_NSN: NumberProblem.TOO_SHORT,
            NumberParseException.TOO_SHORT_AFTER_IDD: NumberProblem.TOO_SHORT,
            NumberParseException.TOO_LONG: NumberProblem.TOO_LONG,
        }.get(error.error_type, NumberProblem.NOT_A_NUMBER)
        raise InvalidNumber(text, problem) from None
    national = phonenumbers.national_significant_number(number)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    if number.country_code != INDIA_CODE:
        if not allow_foreign:
            raise InvalidNumber(text, NumberProblem.FOREIGN)
        if not phonenumbers.is_valid_number(number):
            raise InvalidNumber(text, NumberProblem.INVALID)
        return ParsedNumber(e164, NumberKind.FOREIGN, national)
    if phonenumbers.number_type(number) in _NOT_PERSONAL:
        raise InvalidNumber(text, NumberProblem.UNSUPPORTED_TYPE)
    if len(national) < 10:
        raise InvalidNumber(text, NumberProblem.TOO_SHORT)
    if len(national) > 10:
        raise InvalidNumber(text, NumberProblem.TOO_LONG)
    if national[0] in _MOBILE_LEADS:
        return ParsedNumber(e164, NumberKind.MOBILE, national)
    if not phonenumbers.is_valid_number(number):
        raise InvalidNumber(text, NumberProblem.INVALID)
    return ParsedNumber(e164, NumberKind.LANDLINE, national)


def normalise(text: str) -> str:
    """E.164 of ``text``, e.g. ``"098765-43210"`` → ``"+919876543210"``."""
    return parse_number(text).e164


def check_number(text: str) -> NumberProblem | None:
    """The reason ``text`` is refused, or None: for a form field's live check."""
    try:
        parse_number(text)
    except InvalidNumber as error:
        return error.problem
    return None


def display(e164: str) -> str:
    """``"+91 98765 43210"``; the text unchanged when it is not a number."""
    try:
        return phonenumbers.format_number(phonenumbers.parse(e164, INDIA), PhoneNumberFormat.INTERNATIONAL)
    except NumberParseException:
        return e164


def dial_string(e164: str) -> str:
    """The number as a modem dials it; anything but ``+`` and 6–15 digits is refused."""
    if not _DIAL_PATTERN.fullmatch(e164):
        raise InvalidNumber(e164, NumberProblem.NOT_E164)
    return e164


def _ascii_digits(text: str) -> str:
    """Devanagari (and any other) decimal digits to ASCII; full-width forms folded first."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() and not ch.isascii() else ch for ch in folded)


def _check_characters(original: str, cleaned: str) -> None:
    if not cleaned:
        raise InvalidNumber(original, NumberProblem.EMPTY)
    if "*" in cleaned or "#" in cleaned:
        raise InvalidNumber(original, NumberProblem.SERVICE_CODE)
    if any(ch.isalpha() for ch in cleaned):
        raise InvalidNumber(original, NumberProblem.LETTERS)
    if any(not (ch.isdigit() or ch in _SEPARATORS) for ch in cleaned) or "+" in cleaned[1:]:
        raise InvalidNumber(original, NumberProblem.INVALID_CHARACTERS)


# --- the register -----------------------------------------------------------------------------------


class PartyKind(str, Enum):
    OFFICER = "officer"
    REPRESENTATIVE = "representative"


@dataclass(frozen=True)
class RegisteredParty:
    party: PartyKind
    party_id: int
    number_kind: ContactNumberKind
    e164: str

    @property
    def diallable(self) -> bool:
        return self.number_kind in (ContactNumberKind.OFFICIAL, ContactNumberKind.REGISTERED)


@dataclass(frozen=True)
class RegisterProblem:
    """A roster number that could not be put on the register, kept so nothing is lost silently."""

    party: PartyKind
    party_id: int
    text: str
    problem: NumberProblem


@dataclass(frozen=True)
class DuplicateNumber:
    e164: str
    kept: RegisteredParty
    dropped: RegisteredParty


@dataclass
class NumberRegister:
    """Officers' official numbers and representatives' registered numbers, by E.164."""

    entries: dict[str, RegisteredParty] = field(default_factory=dict)
    problems: list[RegisterProblem] = field(default_factory=list)
    duplicates: list[DuplicateNumber] = field(default_factory=list)

    @classmethod
    def build(cls, officers: Iterable[Officer], representatives: Iterable[Representative] = ()) -> NumberRegister:
        register = cls()
        for officer in officers:
            register._add(PartyKind.OFFICER, officer.id, officer.official_number, ContactNumberKind.OFFICIAL)
            for other in officer.other_numbers:
                register._add(PartyKind.OFFICER, officer.id, other, ContactNumberKind.OTHER)
        for representative in representatives:
            for number in representative.registered_numbers:
                register._add(PartyKind.REPRESENTATIVE, representative.id, number, ContactNumberKind.REGISTERED)
        if register.problems or register.duplicates:
            log.warning(
                "number register: %d numbers refused, %d duplicates", len(register.problems), len(register.duplicates)
            )
        return register

    def _add(self, party: PartyKind, party_id: int, text: str, kind: ContactNumberKind) -> None:
        try:
            e164 = parse_number(text, allow_foreign=True).e164
        except InvalidNumber as error:
            self.problems.append(RegisterProblem(party, party_id, text, error.problem))
            return
        entry = RegisteredParty(party, party_id, kind, e164)
        kept = self.entries.get(e164)
        if kept is None:
            self.entries[e164] = entry
        elif kept != entry:
            if entry.diallable and not kept.diallable:
                kept, entry = entry, kept
                self.entries[e164] = kept
            self.duplicates.append(DuplicateNumber(e164, kept, entry))

    def lookup(self, text: str) -> RegisteredParty | None:
        """Whoever holds the number written any way at all; None when unknown or not a number."""
        try:
            return self.entries.get(parse_number(text, allow_foreign=True).e164)
        except InvalidNumber:
            return None

    def identify(self, sender: str) -> RegisteredParty | None:
        """The officer or representative behind an incoming SMS or call; None for an unknown sender."""
        return self.lookup(sender)

    def check_dialable(self, text: str) -> RegisteredParty:
        """The party the center may call or message at ``text``; refuse any other number."""
        try:
            e164 = parse_number(text, allow_foreign=True).e164
        except InvalidNumber as error:
            raise NotOnRegister(text, error.problem) from None
        party = self.entries.get(e164)
        if party is None:
            raise NotOnRegister(text, NumberProblem.NOT_ON_REGISTER)
        if not party.diallable:
            raise NotOnRegister(text, NumberProblem.NOT_DIALLABLE)
        return party
