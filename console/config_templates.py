"""Message templates of a district: the SMS texts sent to officers and superiors.

Templates use ``{placeholders}``. The names allowed in each template are fixed
here and checked when the config loads, so a typo such as ``{case_cod}`` stops
the console at start instead of sending a broken SMS to an officer.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from console.config_reader import Reader, describe


class TemplateName(str, Enum):
    INSTRUCTION = "instruction"  # to the officer: call the representative back at once
    REINSTRUCTION = "reinstruction"  # to the officer again, after the confirmation time lapsed
    ESCALATION = "escalation"  # to the officer's superior
    ACKNOWLEDGEMENT = "acknowledgement"  # to whoever confirmed the callback


class Language(str, Enum):
    HINDI = "hi"
    ENGLISH = "en"


_COMMON = frozenset(
    {
        "case_code",
        "representative",  # kind and name together, e.g. "विधायक राम प्रकाश"
        "representative_kind",
        "representative_name",
        "representative_number",
        "officer_name",
        "officer_designation",
        "center_number",
        "district_name",
        "called_at",  # local time of the representative's call, HH:MM
    }
)

PLACEHOLDERS: Mapping[TemplateName, frozenset[str]] = {
    TemplateName.INSTRUCTION: _COMMON,
    TemplateName.REINSTRUCTION: _COMMON | {"attempt", "minutes_waiting"},
    TemplateName.ESCALATION: _COMMON
    | {"attempt", "minutes_waiting", "officer_number", "superior_name", "superior_designation"},
    TemplateName.ACKNOWLEDGEMENT: _COMMON | {"confirmed_at"},
}

REQUIRED_PLACEHOLDERS: Mapping[TemplateName, frozenset[str]] = {
    TemplateName.INSTRUCTION: frozenset({"case_code", "representative_number"}),
    TemplateName.REINSTRUCTION: frozenset({"case_code", "representative_number"}),
    TemplateName.ESCALATION: frozenset({"case_code"}),
    TemplateName.ACKNOWLEDGEMENT: frozenset({"case_code"}),
}


def placeholders_of(text: str) -> list[str]:
    """The placeholder names in ``text``; ValueError for anything but plain ``{name}``."""
    names = []
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as error:
        raise ValueError(f"broken braces ({error}); write a literal brace as {{{{ or }}}}") from None
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            written = name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            raise ValueError(f"expected plain {{name}} placeholders, got {{{written}}}")
        names.append(name)
    return names


@dataclass(frozen=True)
class MessageTemplate:
    name: TemplateName
    language: Language
    text: str
    placeholders: frozenset[str] = field(default=frozenset())

    def render(self, values: Mapping[str, object]) -> str:
        missing = sorted(self.placeholders - set(values))
        if missing:
            raise ValueError(f"{self.name.value} ({self.language.value}) needs values for: {', '.join(missing)}")
        return self.text.format_map({key: values[key] for key in self.placeholders})


@dataclass(frozen=True)
class MessageTemplates:
    default_language: Language
    reply_words: tuple[str, ...]  # what an officer may reply after the case code to confirm
    templates: Mapping[tuple[TemplateName, Language], MessageTemplate]

    def get(self, name: TemplateName | str, language: Language | str | None = None) -> MessageTemplate:
        return self.templates[(TemplateName(name), Language(language or self.default_language))]

    def render(self, name: TemplateName | str, language: Language | str | None = None, **values: object) -> str:
        return self.get(name, language).render(values)


def read_messages(reader: Reader) -> MessageTemplates:
    """``[messages]`` with ``default_language``, ``reply_words`` and one table per language."""
    default = Language(reader.choice("default_language", [language.value for language in Language]))
    reply_words = tuple(reader.strings("reply_words", allow_empty_list=False))
    templates: dict[tuple[TemplateName, Language], MessageTemplate] = {}
    for language in Language:
        table = reader.table(language.value)
        for name in TemplateName:
            text = table.string(name.value)
            template = _check_template(table, name, language, text)
            templates[(name, language)] = template
        table.finish()
    reader.finish()
    return MessageTemplates(default, reply_words, templates)


def _check_template(table: Reader, name: TemplateName, language: Language, text: str) -> MessageTemplate:
    try:
        used = placeholders_of(text)
    except ValueError as error:
        table.problem(name.value, str(error))
        used = []
    allowed = PLACEHOLDERS[name]
    for unknown in sorted(set(used) - allowed):
        table.problem(
            name.value,
            f"unknown placeholder {{{unknown}}} (allowed: {', '.join(sorted(allowed))})",
        )
    if text:
        for missing in sorted(REQUIRED_PLACEHOLDERS[name] - set(used)):
            table.problem(name.value, f"expected the placeholder {{{missing}}} in {describe(text)}")
    return MessageTemplate(name, language, text, frozenset(used) & allowed)
