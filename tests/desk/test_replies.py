from __future__ import annotations

import pytest

from console.desk.replies import ReplyReader, ReplyVerdict, fold, tokens

READER = ReplyReader("HRD", ["OK", "हाँ", "हां", "HAAN", "HAN"])


@pytest.mark.parametrize(
    ("text", "prefix_given"),
    [
        ("0421 ok", False),
        ("HRD 0421 OK", True),
        ("hrd-0421 हाँ", True),
        ("०४२१ हां", False),
        ("Hrd0421ok.", True),
        ("  HRD-0421   OK!! ", True),
        ("ok 0421", False),
        ("0421 HRD haan", True),
        ("HRD-0421 हाँ जी", True),
        ("0421 ok sir", False),
        ("HRD-2026-0421 OK", True),
        ("४२१ han", False),
        ("ＨＲＤ－０４２１ ＯＫ", True),  # full-width forms from some keyboards
    ],
)
def test_a_confirmation_is_read_however_it_is_typed(text: str, prefix_given: bool) -> None:
    reply = READER.read(text)
    assert reply.verdict is ReplyVerdict.CONFIRMATION, reply
    assert reply.confirms
    assert reply.number == 421
    assert reply.prefix_given is prefix_given


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("ok", ReplyVerdict.NO_CODE),
        ("हाँ जी", ReplyVerdict.NO_CODE),
        ("", ReplyVerdict.NO_CODE),
        ("0421", ReplyVerdict.NO_KEYWORD),
        ("HRD-0421", ReplyVerdict.NO_KEYWORD),
        ("0421 0422 ok", ReplyVerdict.SEVERAL_CODES),
        ("GZB-0421 OK", ReplyVerdict.OTHER_PREFIX),
        ("0421 not ok", ReplyVerdict.UNEXPECTED_WORDS),
        ("0421 ok नहीं", ReplyVerdict.UNEXPECTED_WORDS),
        ("meeting me hoon 0421", ReplyVerdict.UNEXPECTED_WORDS),
        ("0421 ok 98765432101", ReplyVerdict.UNEXPECTED_WORDS),
    ],
)
def test_anything_else_is_not_a_confirmation(text: str, verdict: ReplyVerdict) -> None:
    reply = READER.read(text)
    assert reply.verdict is verdict
    assert not reply.confirms


def test_the_two_spellings_of_haan_fold_to_one() -> None:
    assert fold("हाँ") == fold("हां")
    assert fold("HaAn") == "haan"


def test_vowel_signs_stay_on_their_letters() -> None:
    assert tokens("नहीं, 0421!") == ["नहीं", "0421"]
    assert tokens("hrd0421ok") == ["hrd", "0421", "ok"]


def test_a_reader_without_reply_words_is_refused() -> None:
    with pytest.raises(ValueError, match="reply word"):
        ReplyReader("HRD", [" "])


def test_the_district_reply_words_are_the_ones_accepted() -> None:
    reader = ReplyReader("KNJ", ["done"])
    assert reader.read("KNJ-0007 done").confirms
    assert reader.read("0007 ok").verdict is ReplyVerdict.UNEXPECTED_WORDS
