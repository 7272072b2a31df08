"""Switching the language at run time re-words what is on screen and is remembered."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from tests.desk.people import MLA, TEHSILDAR
from tests.ui.desk_window import World
from ui.i18n import SETTINGS_KEY, Translations
from ui.main_window import MainWindow
from ui.queue_table_model import COL_STATE


def header(window: MainWindow, column: int) -> str:
    return str(window.queue_panel.model.headerData(column, Qt.Orientation.Horizontal))


def test_switching_to_hindi_and_back_rewords_the_window(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = desk_window
    world.log(MLA.id, TEHSILDAR.id)
    window.load_now()
    window.timer.stop()
    model = window.queue_panel.model
    assert window.windowTitle().startswith("Samvad Setu")
    assert header(window, COL_STATE) == "State"
    assert model.index(0, COL_STATE).data() == "Due"
    assert model.index(0, 1).data().startswith("Ram Prakash Verma")
    window.menus.actions["language_hi"].trigger()
    qtbot.waitUntil(lambda: window.windowTitle().startswith("संवाद सेतु"), timeout=3000)  # LanguageChange is posted
    assert header(window, COL_STATE) == "स्थिति"
    assert model.index(0, COL_STATE).data() == "कार्यवाही देय"
    assert model.index(0, 1).data() == "राम प्रकाश वर्मा (विधायक)"
    assert window.menus.menus["case"].title() == "प्रकरण (&C)"
    assert window.accounts.menu.title() == "खाता (&A)"
    assert window.availability_panel.import_button.text() == "रोस्टर आयात…"
    assert window.modem_panel.tabs.tabText(1) == "प्राप्त"
    assert "कार्यालय खुला" in window.status.office.text()
    assert window.queue_panel.state_filter.itemText(0) == "सभी स्थितियाँ"
    assert QSettings().value(SETTINGS_KEY) == "hi"
    window.toggle_language()
    qtbot.waitUntil(lambda: window.queue_panel.state_filter.itemText(0) == "All states", timeout=3000)
    assert header(window, COL_STATE) == "State"
    assert window.accounts.menu.title() == "&Account"  # the account menu, a QObject's, follows too
    assert QSettings().value(SETTINGS_KEY) == "en"


def test_an_open_dialog_follows_the_switch(desk_window: MainWindow, translations: Translations, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = desk_window.new_complaint()
    assert dialog.windowTitle() == "New complaint"
    translations.switch("hi", remember=False)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "नई शिकायत", timeout=3000)
    assert dialog.log_button.text().startswith("शिकायत दर्ज करें")
    dialog.reject()


def test_every_hindi_message_is_translated() -> None:
    from xml.etree import ElementTree

    from console.resources import resource_path

    tree = ElementTree.parse(resource_path("translations", "samvad_hi.ts"))
    untranslated = [
        message.findtext("source")
        for message in tree.iter("message")
        if not (message.findtext("translation") or "").strip()
        or message.find("translation").get("type") in ("unfinished", "obsolete")  # type: ignore[union-attr]
    ]
    assert untranslated == []


def test_every_string_the_window_writes_is_in_the_hindi_translation(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Qt's own lupdate reads every tr() and QT_TRANSLATE_NOOP of ui/ against a copy of the Hindi file: nothing new."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path
    from xml.etree import ElementTree

    from console.resources import resource_path

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    copy = tmp_path / "samvad_hi.ts"
    shutil.copy(resource_path("translations", "samvad_hi.ts"), copy)
    ui = Path(__file__).resolve().parents[2] / "ui"
    sources = sorted(str(path) for path in ui.glob("*.py") if not path.name.startswith("screenshots"))
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(copy)], check=True)
    missing = [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in ElementTree.parse(copy).iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert missing == []
