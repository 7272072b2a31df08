"""Record a call made from a center smartphone, so the record stays complete."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from console.clock import Clock
from console.views import CaseDetail
from console.window_interface import ManualCall
from console.lifecycle_commands import CALL_OUTCOMES, AttemptOutcome, AttemptParty
from ui.labels import label
from ui.widgets import ClosesAfterWrite, error_label


def numbers_called(detail: CaseDetail) -> dict[AttemptParty, str]:
    """Who a manual call on this case may have gone to, and their numbers (the alternate when there is one)."""
    numbers = {AttemptParty.OFFICER: detail.officer.official_number,
               AttemptParty.REPRESENTATIVE: detail.representative_number}
    contact = detail.availability.contact
    if contact is not None and contact.officer_id != detail.officer.officer_id:
        numbers[AttemptParty.ALTERNATE] = contact.official_number
    return numbers


class ManualCallDialog(ClosesAfterWrite, QDialog):
    def __init__(self, clock: Clock, numbers: dict[AttemptParty, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manual_call_dialog")
        self.setWindowTitle(self.tr("Record a manual call"))
        self._clock = clock
        self._numbers = numbers
        self.party = QComboBox(self)
        self.party.setObjectName("manual_call_party")
        for party in numbers:
            self.party.addItem(label(party), party.value)
        self.number = QLineEdit(self)
        self.number.setObjectName("manual_call_number")
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("manual_call_outcome")
        for outcome in CALL_OUTCOMES:
            self.outcome.addItem(label(outcome), outcome.value)
        self.note = QLineEdit(self)
        self.note.setObjectName("manual_call_note")
        self.message = error_label(self, "manual_call_message")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Called"), self.party)
        form.addRow(self.tr("Number"), self.number)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.message)
        form.addRow(buttons)
        self.party.currentIndexChanged.connect(self._on_party_current_index_changed)
        self._on_party_current_index_changed(0)

    def _on_party_current_index_changed(self, _index: int) -> None:
        value = self.party.currentData()
        if value:
            self.number.setText(self._numbers[AttemptParty(value)])

    def call(self) -> ManualCall:
        return ManualCall(
            party=AttemptParty(self.party.currentData()),
            number=self.number.text().strip(),
            outcome=AttemptOutcome(self.outcome.currentData()),
            at=self._clock.now(),
            note=self.note.text().strip(),
        )
