"""The speaking prompt for ``make screenshots``: the demo's voice modem in operator mode, an officer who answers.

The window at 1366×768 with the prompt over it, as the operator sees it: "Answered — speak now" while the call is
up, then the outcome question after Ctrl+H; in Hindi and English.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from console.clock import FakeClock
from console.config import CallAudioMode
from ui.i18n import LANGUAGES, Translations

if TYPE_CHECKING:
    from ui.speak_prompt import SpeakPrompt

WAIT_SECONDS = 30.0
ANSWER_SECONDS = 12.0  # the demo's officers answer 5 s after the first ring
TALKED_SECONDS = 23.0  # the picture's talk time runs a little
FRAME = "#5a6270"


def render_speaking(folder: Path, scratch: Path, translations: Translations, settings_file: Path,
                    app: QApplication) -> list[Path]:
    from ui import screenshots as story  # the story's helpers (it imports this module's function)

    center, _cases = story.play_story(story.MORNING, scratch, (story.Scene(1, story.PROMPT, instructed=0),),
                                      minutes=2, audio=CallAudioMode.OPERATOR)
    written: list[Path] = []
    try:
        clock = center.service.clock
        assert isinstance(clock, FakeClock)
        translations.switch(LANGUAGES[0], remember=False)
        window = story.open_window(center.service, translations, settings_file)
        window.timer.stop()
        story.run_until(center, clock, clock.now() + timedelta(seconds=ANSWER_SECONDS))
        _wait(app, lambda: bool(window.speak_prompts.prompts), "the answered call's prompt")
        (prompt,) = window.speak_prompts.prompts.values()
        clock.advance(TALKED_SECONDS)
        for language in LANGUAGES:
            translations.switch(language, remember=False)
            window.tick()
            written.append(_save(window, prompt, folder, f"speak_now_{language}", app))
        prompt.end_call()
        _wait(app, lambda: prompt.ended and prompt.painted_ended, "the end of the call")
        for language in reversed(LANGUAGES):
            translations.switch(language, remember=False)
            window.tick()
            written.append(_save(window, prompt, folder, f"speak_outcome_{language}", app))
        prompt.reject()
        story.close(window, app)
    finally:
        story.end_story(center)
    return written


def _save(window: QWidget, prompt: SpeakPrompt, folder: Path, name: str, app: QApplication) -> Path:
    """The window with the prompt where the operator sees it: centred over it."""
    prompt.adjustSize()
    story_settle(app)
    picture = QPixmap(window.grab())
    over = prompt.grab()
    painter = QPainter(picture)
    corner = QPoint((picture.width() - over.width()) // 2, (picture.height() - over.height()) // 2)
    painter.drawPixmap(corner, over)
    painter.setPen(QPen(QColor(FRAME), 2))  # the dialog's frame, which a grab leaves out
    painter.drawRect(QRect(corner, over.size()).adjusted(-1, -1, 0, 0))
    painter.end()
    path = folder / f"{name}.png"
    if not picture.save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"wrote {path}")
    return path


def story_settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _wait(app: QApplication, done: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not come within {WAIT_SECONDS:g} s")
        app.processEvents()
        time.sleep(0.01)
