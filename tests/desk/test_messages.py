from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import pytest

from console.config import DistrictConfig, load_district_config
from console.config_templates import Language, TemplateName
from console.desk.case_code import CaseCode
from console.desk.messages import (
    MessageComposer,
    MessageContext,
    MessageProblem,
    MessageRefused,
    sms_number,
)
from console.desk.names import NameForm, initial, shorten
from modem.pdu import split_text
from tests.desk.people import CENTER_NUMBER, DM, LONG_MLC, LONG_NAMED, MLA, NO_NUMBER, SDM, TEHSILDAR, register

CALLED_AT = datetime(2026, 3, 2, 5, 7, tzinfo=timezone.utc)  # 10:37 IST
CODE = CaseCode("HRD", 421)


def split_parts(text: str) -> list[str]:
    return split_text(text)[1]


def count_parts(text: str) -> int:
    return len(split_parts(text))


@pytest.fixture(scope="module")
def config() -> DistrictConfig:
    return load_district_config("hardoi", environ={}, user_folder=None)


def composer(config: DistrictConfig, center_number: str = CENTER_NUMBER) -> MessageComposer:
    return MessageComposer(
        config.messages,
        register(),
        center_number=center_number,
        district_name_hi=config.name_hi,
        district_name_en=config.name_en,
        split_parts=split_parts,
    )


def context(**changes: object) -> MessageContext:
    base = MessageContext(CODE, SDM, MLA, CALLED_AT, superior=DM, attempt=2, minutes_waiting=45)
    return replace(base, **changes)  # type: ignore[arg-type]


def test_the_hindi_instruction_says_who_called_their_number_the_code_and_how_to_confirm(
    config: DistrictConfig,
) -> None:
    message = composer(config).compose(TemplateName.INSTRUCTION, context())
    assert message.language is Language.HINDI
    assert message.to_number == SDM.official_number
    assert message.recipient_officer_id == SDM.id
    for expected in ("विधायक राम प्रकाश वर्मा", "9838012345", "HRD-0421 हाँ", "05852230001", "कॉल बैक"):
        assert expected in message.text
    assert message.parts == 2
    assert message.name_form is NameForm.FULL


def test_english_is_available(config: DistrictConfig) -> None:
    message = composer(config).compose(TemplateName.INSTRUCTION, context(), language=Language.ENGLISH)
    assert message.text.startswith("HRD-0421: call back MLA Ram Prakash Verma (9838012345) at once")
    assert "'HRD-0421 OK'" in message.text
    assert message.parts == 1


def test_an_escalation_goes_to_the_superior_and_names_the_officer(config: DistrictConfig) -> None:
    message = composer(config).compose(TemplateName.ESCALATION, context(), language=Language.ENGLISH)
    assert message.to_number == DM.official_number
    assert message.recipient_officer_id == DM.id
    assert "Sub-Divisional Magistrate Ramesh Kumar Verma" in message.text
    assert "in 45 min" in message.text


@pytest.mark.parametrize("template", list(TemplateName))
@pytest.mark.parametrize("language", list(Language))
def test_long_names_are_cut_rather_than_sending_a_third_part(
    config: DistrictConfig, template: TemplateName, language: Language
) -> None:
    message = composer(config).compose(
        template, context(officer=LONG_NAMED, representative=LONG_MLC), language=language
    )
    assert message.parts <= 2
    assert count_parts(message.text) == message.parts
    assert "HRD-0421" in message.text
    assert "9838099999" in message.text or template is TemplateName.ACKNOWLEDGEMENT


@pytest.mark.parametrize("district", ["hardoi", "ghaziabad", "kannauj"])
@pytest.mark.parametrize("template", [TemplateName.INSTRUCTION, TemplateName.REINSTRUCTION, TemplateName.ESCALATION])
@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("people", [{}, {"officer": LONG_NAMED, "representative": LONG_MLC}], ids=["short", "long"])
def test_the_first_part_alone_says_the_case_who_to_call_back_and_the_number(
    district: str, template: TemplateName, language: Language, people: dict[str, object]
) -> None:
    """A two-part SMS may arrive in pieces, or only its first part get through: that part must do the job."""
    settings = load_district_config(district, environ={}, user_folder=None)
    message = composer(settings).compose(template, context(**people), language=language)
    first = split_parts(message.text)[0]
    representative = people.get("representative", MLA)
    assert isinstance(representative, type(MLA))
    number = representative.registered_numbers[0][3:]
    assert "HRD-0421" in first and number in first
    name = representative.name_hi if language is Language.HINDI else representative.name_en
    surname = name.split()[-1]
    assert surname in first or message.name_form is NameForm.OMITTED


def test_a_template_that_puts_the_number_after_the_first_part_is_refused(config: DistrictConfig) -> None:
    text = ("कृपया ध्यान दें, यह संदेश जिला संपर्क एवं कमांड सेंटर की ओर से भेजा गया है। {representative} "
            "({representative_number}) को कॉल बैक करें, मामला {case_code}")
    key = (TemplateName.INSTRUCTION, Language.HINDI)
    template = replace(config.messages.templates[key], text=text)
    late = replace(config.messages, templates={**config.messages.templates, key: template})
    tight = MessageComposer(late, register(), center_number=CENTER_NUMBER, district_name_hi="हरदोई",
                            district_name_en="Hardoi", split_parts=split_parts)
    with pytest.raises(MessageRefused) as refused:
        tight.compose(TemplateName.INSTRUCTION, context())
    assert refused.value.problem is MessageProblem.FIRST_PART_INCOMPLETE


def test_the_hindi_escalation_with_long_names_drops_names_but_keeps_the_facts(config: DistrictConfig) -> None:
    message = composer(config).compose(
        TemplateName.ESCALATION, context(officer=LONG_NAMED, representative=LONG_MLC)
    )
    assert message.name_form is not NameForm.FULL
    assert message.text.startswith("HRD-0421: एमएलसी")
    assert "(9838099999) को अपर जिलाधिकारी (वित्त एवं राजस्व)" in message.text


def test_a_template_too_long_even_without_names_is_refused(config: DistrictConfig) -> None:
    tight = MessageComposer(
        config.messages, register(), center_number=CENTER_NUMBER, district_name_hi="हरदोई",
        district_name_en="Hardoi", split_parts=split_parts, max_parts=1,
    )
    with pytest.raises(MessageRefused) as refused:
        tight.compose(TemplateName.INSTRUCTION, context())
    assert refused.value.problem is MessageProblem.TOO_LONG
    assert "2 SMS parts" in refused.value.detail


def test_without_the_center_number_nothing_is_composed(config: DistrictConfig) -> None:
    assert config.center_number == ""  # bundled configs leave it to the machine
    with pytest.raises(MessageRefused) as refused:
        composer(config, center_number=config.center_number).compose(TemplateName.INSTRUCTION, context())
    assert refused.value.problem is MessageProblem.CENTER_NUMBER_UNSET
    assert "center.number" in str(refused.value)


def test_an_officer_whose_number_is_not_on_the_register_gets_nothing(config: DistrictConfig) -> None:
    stranger = replace(SDM, official_number="+919000000001")
    with pytest.raises(MessageRefused) as refused:
        composer(config).compose(TemplateName.INSTRUCTION, context(officer=stranger))
    assert refused.value.problem is MessageProblem.RECIPIENT_NOT_ON_REGISTER


def test_a_number_kept_for_the_record_only_is_never_messaged(config: DistrictConfig) -> None:
    on_other_number = replace(TEHSILDAR, official_number=TEHSILDAR.other_numbers[0])
    with pytest.raises(MessageRefused) as refused:
        composer(config).compose(TemplateName.INSTRUCTION, context(officer=on_other_number))
    assert refused.value.problem is MessageProblem.RECIPIENT_NOT_ON_REGISTER
    assert "not_diallable" in refused.value.detail


def test_an_officer_given_another_officers_number_is_refused(config: DistrictConfig) -> None:
    impostor = replace(TEHSILDAR, official_number=SDM.official_number)
    with pytest.raises(MessageRefused) as refused:
        composer(config).compose(TemplateName.INSTRUCTION, context(officer=impostor))
    assert "registered to officer 2" in refused.value.detail


def test_the_representative_needs_a_registered_number(config: DistrictConfig) -> None:
    with pytest.raises(MessageRefused) as refused:
        composer(config).compose(TemplateName.INSTRUCTION, context(representative=NO_NUMBER))
    assert refused.value.problem is MessageProblem.REPRESENTATIVE_NUMBER_MISSING
    with pytest.raises(MessageRefused):
        composer(config).compose(TemplateName.INSTRUCTION, context(representative_number="+919000000002"))


def test_the_representative_number_chosen_is_the_one_shown(config: DistrictConfig) -> None:
    message = composer(config).compose(TemplateName.INSTRUCTION, context(representative_number="05852-220011"))
    assert "(05852220011)" in message.text


def test_numbers_read_as_a_phone_dials_them() -> None:
    assert sms_number("+919838012345") == "9838012345"
    assert sms_number("+915852230001") == "05852230001"
    assert sms_number("+4420794600") == "+4420794600"


@pytest.mark.parametrize(
    ("name", "form", "short"),
    [
        ("राम प्रकाश वर्मा", NameForm.INITIALS, "रा. प्र. वर्मा"),
        ("Ram Prakash Verma", NameForm.INITIALS, "R. P. Verma"),
        ("Ram Prakash Verma", NameForm.SURNAME, "Verma"),
        ("Ram  Prakash", NameForm.FULL, "Ram Prakash"),
        ("Verma", NameForm.INITIALS, "Verma"),
        ("Verma", NameForm.OMITTED, ""),
        ("", NameForm.SURNAME, ""),
    ],
)
def test_names_shorten_step_by_step(name: str, form: NameForm, short: str) -> None:
    assert shorten(name, form) == short


def test_a_hindi_initial_keeps_its_conjunct_and_vowel_sign() -> None:
    assert initial("प्रकाश") == "प्र"
    assert initial("श्रीवास्तव") == "श्री"
    assert initial("अनीता") == "अ"
    assert initial("") == ""


def test_no_sms_carries_an_invisible_character_whatever_the_names_and_the_template_hold(config: DistrictConfig) -> None:
    """A right-to-left override would show the callback number and the case code reversed on the officer's phone."""
    key = (TemplateName.INSTRUCTION, Language.ENGLISH)
    text = "\u202e{case_code}: call back {representative} ({representative_number})\u2066 at once\u200b."
    template = replace(config.messages.templates[key], text=text)
    hostile = replace(config.messages, templates={**config.messages.templates, key: template})
    representative = replace(MLA, name_en="Ram \u202ePrakash\u2067 Verma")  # cleaned as it is made
    sms = MessageComposer(hostile, register(), center_number=CENTER_NUMBER, district_name_hi="हरदोई",
                          district_name_en="Hardoi", split_parts=split_parts).compose(
        TemplateName.INSTRUCTION, context(representative=representative), language=Language.ENGLISH)
    assert sms.text == "HRD-0421: call back MLA Ram Prakash Verma (9838012345) at once."
