"""The window's writes to a case and its decisions on the outbox, each one desk use case.

A case write refused because another operator moved the case first comes back
with the case and who moved it last (:class:`Conflict`), so the window can say so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from console.desk import window_rows as views
from console.desk.records import short_code
from console.desk.window_outcomes import ServiceActions
from console.domain import ComplaintDraft
from console.views import ConfirmationSource
from console.window_interface import ActionOutcome, ActionResult, Conflict, ManualCall
from db.errors import StorageError
from db.repositories.escalations import EscalationRecord
from db.repositories.outbox import UncertainDecision


class CaseWrites(ServiceActions):
    """The case and outbox part of :class:`~console.desk.window_adapter.DeskService`."""

    # -- the escalation desk ---------------------------------------------------------------------

    def log_complaint(self, draft: ComplaintDraft) -> ActionResult:
        def act() -> ActionResult:
            logged = self.desk.log_complaint(draft, actor=self._login)
            outcome = ActionOutcome.JOINED_OPEN_CASE if logged.joined else ActionOutcome.OK
            return ActionResult(outcome, logged.record.id, str(logged.case_code))

        return self._act(act)

    def instruct(self, case_id: int, version: int) -> ActionResult:
        return self._case(lambda: self.desk.instruct(case_id, version, actor=self._login).record,
                          case_id=case_id)

    def record_confirmation(self, case_id: int, version: int, source: ConfirmationSource, note: str = "",
                            callback_at: datetime | None = None) -> ActionResult:
        method, party = views.confirmation_of(source)
        return self._case(lambda: self.desk.confirm(case_id, version, actor=self._login, method=method,
                                                    evidence=note.strip(), callback_at=callback_at, party=party),
                          case_id=case_id)

    def redirect(self, case_id: int, version: int) -> ActionResult:
        def act() -> ActionResult:
            redirected = self.desk.redirect(case_id, version, actor=self._login)
            new = redirected.alternate_case
            if new is None:
                return ActionResult(ActionOutcome.OK, case_id, str(short_code(redirected.record)))
            return ActionResult(ActionOutcome.OK, new.record.id, str(new.case_code))

        result = self._act(act)
        if result.outcome in (ActionOutcome.STALE, ActionOutcome.NOT_ALLOWED):
            return replace(result, case_id=case_id, conflict=self._conflict(case_id))
        return result

    def reinstruct(self, case_id: int, version: int) -> ActionResult:
        return self._case(lambda: self.desk.reinstruct(case_id, version, actor=self._login).record,
                          case_id=case_id)

    def escalate(self, case_id: int, version: int) -> ActionResult:
        return self._case(lambda: self.desk.escalate(case_id, version, actor=self._login).record,
                          case_id=case_id)

    def close(self, case_id: int, version: int, reason: str = "") -> ActionResult:
        return self._case(lambda: self.desk.close(case_id, version, actor=self._login, note=reason),
                          case_id=case_id)

    def cancel(self, case_id: int, version: int, reason: str) -> ActionResult:
        return self._case(lambda: self.desk.cancel(case_id, version, actor=self._login, reason=reason),
                          case_id=case_id)

    def reopen(self, case_id: int, version: int, reason: str) -> ActionResult:
        return self._case(lambda: self.desk.reopen(case_id, version, actor=self._login, reason=reason),
                          case_id=case_id)

    def add_note(self, case_id: int, text: str) -> ActionResult:
        return self._case(lambda: self.desk.add_note(case_id, actor=self._login, text=text), case_id=case_id)

    def record_manual_call(self, case_id: int, call: ManualCall) -> ActionResult:
        return self._case(lambda: self.desk.record_manual_call(
            case_id, actor=self._login, party=call.party, number=call.number,
            outcome=call.outcome, at=call.at, note=call.note))

    # -- the outbox ------------------------------------------------------------------------------

    def retry_outbox(self, outbox_id: int) -> ActionResult:
        return self._act(lambda: self._ok(self.desk.retry_outbox(outbox_id, actor=self._login)))

    def cancel_outbox(self, outbox_id: int) -> ActionResult:
        return self._act(lambda: self._ok(self.desk.cancel_outbox(outbox_id, actor=self._login)))

    def resolve_uncertain(self, outbox_id: int, was_sent: bool) -> ActionResult:
        decision = UncertainDecision.MARK_SENT if was_sent else UncertainDecision.RESEND
        return self._act(lambda: self._ok(self.desk.resolve_uncertain(outbox_id, decision, actor=self._login)))

    def resend_missing_parts(self, outbox_id: int) -> ActionResult:
        decision = UncertainDecision.RESEND_MISSING
        return self._act(lambda: self._ok(self.desk.resolve_uncertain(outbox_id, decision, actor=self._login)))

    # -- helpers ---------------------------------------------------------------------------------

    @staticmethod
    def _ok(_record: object) -> ActionResult:
        return ActionResult(ActionOutcome.OK)

    def _case(self, act: Callable[[], EscalationRecord], *, case_id: int | None = None) -> ActionResult:
        def wrapped() -> ActionResult:
            record = act()
            return ActionResult(ActionOutcome.OK, record.id, str(short_code(record)))

        result = self._act(wrapped)
        if case_id is not None and result.outcome in (ActionOutcome.STALE, ActionOutcome.NOT_ALLOWED):
            return replace(result, case_id=case_id, conflict=self._conflict(case_id))
        return result

    def _conflict(self, case_id: int) -> Conflict | None:
        try:
            with self.desk.database.reading() as work:
                timeline = work.escalations.timeline(case_id)
        except StorageError:
            return None
        if not timeline:
            return None
        last = timeline[-1]
        return Conflict(last.actor, last.action, last.at, last.to_state)
