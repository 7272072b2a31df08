"""The alarm bell ("खतरे की घंटी"): a sound and a flashing banner until an operator acknowledges.

QtMultimedia is not in PySide6-Essentials, so the sound is the platform beep,
repeated while the alarm stands; the sound is injectable so tests can count it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.style import ALARM_DIM, ALARM_FLASH
from ui.widgets import Retranslating

log = logging.getLogger(__name__)

RING_INTERVAL_MS = 5000
FLASH_INTERVAL_MS = 500


class Alarm(QObject):
    rang = Signal(object)  # frozenset of the case ids that newly lapsed
    acknowledged = Signal()
    changed = Signal()  # the set of unacknowledged cases changed: rang, recovered or acknowledged

    def __init__(self, sound: Callable[[], None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sound = sound or QApplication.beep
        self._known: frozenset[int] = frozenset()
        self.unacknowledged: set[int] = set()
        self.rings = 0
        self._repeat = QTimer(self)
        self._repeat.setInterval(RING_INTERVAL_MS)
        self._repeat.timeout.connect(self._on_repeat_timeout)

    @property
    def ringing(self) -> bool:
        return bool(self.unacknowledged)

    def update(self, alarming_case_ids: Iterable[int]) -> None:
        """Ring for cases that were not alarming before; a case that recovers and lapses again rings again.

        The alarm follows the live set: a case confirmed (or closed) before anyone acknowledged it leaves the
        alarm, and when none is left the bell stops and the banner goes.
        """
        current = frozenset(alarming_case_ids)
        fresh = current - self._known
        self._known = current
        before = frozenset(self.unacknowledged)
        self.unacknowledged &= current
        if fresh:
            self.unacknowledged |= fresh
            log.info("alarm for %d case(s)", len(fresh))
            self._ring()
            self._repeat.start()
            self.rang.emit(frozenset(fresh))
        elif not self.unacknowledged:
            self._repeat.stop()
        if self.unacknowledged != before:
            self.changed.emit()

    def acknowledge(self) -> None:
        if not self.unacknowledged:
            return
        self.unacknowledged.clear()
        self._repeat.stop()
        self.acknowledged.emit()
        self.changed.emit()

    def _ring(self) -> None:
        self.rings += 1
        self._sound()

    def _on_repeat_timeout(self) -> None:
        if self.unacknowledged:
            self._ring()


class AlarmBanner(Retranslating, QFrame):
    """A red band above the queue, flashing while the alarm is unacknowledged."""

    def __init__(self, alarm: Alarm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alarm_banner")
        self._alarm = alarm
        self._bright = True
        self._codes: list[str] = []
        self.message = QLabel(self)
        self.message.setObjectName("alarm_message")
        self.message.setWordWrap(True)
        self.acknowledge_button = QPushButton(self)
        self.acknowledge_button.setObjectName("alarm_acknowledge_button")
        self.acknowledge_button.clicked.connect(alarm.acknowledge)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.acknowledge_button)
        self._flash = QTimer(self)
        self._flash.setInterval(FLASH_INTERVAL_MS)
        self._flash.timeout.connect(self._on_flash_timeout)
        alarm.rang.connect(self._on_alarm_rang)
        alarm.changed.connect(self._on_alarm_changed)
        self.retranslate()
        self.hide()

    def set_case_codes(self, codes: list[str]) -> None:
        self._codes = codes
        self.retranslate()

    def retranslate(self) -> None:
        self.acknowledge_button.setText(self.tr("Acknowledge (F9)"))
        shown = ", ".join(self._codes[:6]) + (" …" if len(self._codes) > 6 else "")
        self.message.setText(
            self.tr("Alarm: callback overdue — %1 case(s): %2").replace("%1", str(len(self._codes))).replace("%2", shown)
        )

    def _paint(self) -> None:
        background, foreground = ALARM_FLASH if self._bright else ALARM_DIM
        self.setStyleSheet(
            f"QFrame#alarm_banner {{ background: {background}; border-radius: 4px; }}"
            f" QLabel#alarm_message {{ color: {foreground}; font-weight: bold; }}"
        )

    def _on_alarm_rang(self, _case_ids: object) -> None:
        self._bright = True
        self._paint()
        self.show()
        self._flash.start()

    def _on_alarm_changed(self) -> None:
        if not self._alarm.ringing:  # acknowledged, or every lapsed case recovered meanwhile
            self._flash.stop()
            self.hide()

    def _on_flash_timeout(self) -> None:
        self._bright = not self._bright
        self._paint()
