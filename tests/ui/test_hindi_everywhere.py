"""The Hindi window speaks Hindi: the timeline's own words, operators by name, offices and constituencies, the demo's
notes. Over the real desk service; only case codes, numbers and what people wrote themselves keep their script."""

from __future__ import annotations

import re

from console.demo.availability import _LEAVE_ORDER, _OTHER_NOTES, _TRAINING_NOTES
from console.demo.escalations import _CANCEL_REASONS, _NOTES
from console.domain import UserRole
from console.views import ConfirmationSource
from tests.desk.people import ADO, BDO, MLA, MP, SDM
from tests.ui.desk_window import World
from ui.i18n import Translations
from tests.ui.window_setup import open_case
from ui.main_window import MainWindow
from ui.people_text import officer_line, representative_line
from ui.queue_table_model import COL_OPERATOR
from ui.timeline_table_model import T_COL_ACTOR, T_COL_DETAIL, T_COL_WHAT

LATIN = re.compile(r"[A-Za-z]")
CODE_OR_NUMBER = re.compile(r"HRD-\d+|\+91[\d ]+|IST")


def latin_words(text: str) -> list[str]:
    return LATIN.findall(CODE_OR_NUMBER.sub("", text))


def test_the_timeline_speaks_hindi(desk_window: MainWindow, world: World, translations: Translations, qtbot) -> None:  # type: ignore[no-untyped-def]
    with world.database.unit_of_work() as work:
        work.users.add("asha", display_name="आशा वर्मा", role=UserRole.OPERATOR, actor="admin", at=world.clock.now())
    away = world.log(MLA.id, BDO.id)  # on leave: redirected to the ADO
    redirected = world.service.redirect(away, world.version(away))
    assert redirected.case_id is not None
    alternate = redirected.case_id
    world.clock.advance(minutes=10)
    world.instruct(alternate)
    told = world.service.record_confirmation(alternate, world.version(alternate), ConfirmationSource.REPRESENTATIVE)
    assert told.succeeded
    by_sms = world.log(MP.id, SDM.id)
    world.instruct(by_sms)
    code = world.service.case_detail(by_sms).row.case_code  # type: ignore[union-attr]
    world.desk.receive_sms(sender=SDM.official_number, text=f"{code} OK", received_at=world.clock.now())
    translations.switch("hi", remember=False)
    qtbot.waitUntil(lambda: desk_window.windowTitle().startswith("संवाद सेतु"), timeout=3000)
    desk_window.load_now()
    for case_id in (away, alternate, by_sms):
        timeline = open_case(qtbot, desk_window, case_id).timeline_model
        for row in range(timeline.rowCount()):
            entry = timeline.row_at(row)
            for column in (T_COL_ACTOR, T_COL_WHAT, T_COL_DETAIL):
                text = timeline.index(row, column).data()
                if entry.evidence:
                    text = text.replace(entry.evidence, "")  # the officer's own reply, as he wrote it
                if entry.actor.startswith("modem") or entry.actor == "test":
                    continue
                assert latin_words(text) == [], f"case {case_id}, {entry.kind.value}: {text!r}"
    alternate_timeline = open_case(qtbot, desk_window, alternate).timeline_model
    details = [alternate_timeline.index(row, T_COL_DETAIL).data() for row in range(alternate_timeline.rowCount())]
    assert any(detail.startswith("HRD-") and "से प्रतिस्थानी को भेजा गया" in detail for detail in details)
    assert "जनप्रतिनिधि ने बताया" in details
    queue = desk_window.queue_panel.model
    assert {queue.index(row, COL_OPERATOR).data() for row in range(queue.rowCount())} == {"आशा वर्मा"}


def test_offices_and_constituencies_in_hindi(desk_window: MainWindow, world: World, translations: Translations) -> None:
    translations.switch("hi", remember=False)
    officer = world.service.search_officers(ADO.name_en, 1)[0]
    representative = world.service.search_representatives("Sandila", 1)[0]
    assert officer.office_hi == "बावन" and "बावन" in officer_line(officer)[0]
    assert representative.constituency_hi == "संडीला" and "संडीला" in representative_line(representative)[0]
    assert "Bawan" not in officer_line(officer)[0] and "Sandila" not in representative_line(representative)[0]


def test_the_demo_writes_its_notes_in_hindi() -> None:
    for note in (*_NOTES, *_CANCEL_REASONS, *_TRAINING_NOTES, *_OTHER_NOTES, _LEAVE_ORDER):
        assert latin_words(note.replace("{number}", "").replace("{year}", "")) == [], note
