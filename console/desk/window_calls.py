"""The instruction call the operator speaks on, and who is calling the center (caller ID).

Both arrive on a modem's thread as events: an answered call is remembered for
the window's "speak now" prompt, a caller is looked up on the roster and
published again as the window shows it. Nothing is written until the operator acts.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from console.desk import speaking
from console.desk import window_rows as views
from console.desk.records import short_code
from console.desk.window_outcomes import ServiceActions
from console.desk.window_reads import officer_rows
from console.domain import SpokenOutcome
from console.events import CallAnswered, CallerIdentified, CallerLookedUp, EventBus
from console.lifecycle import Action, operator_actions
from console.permissions import Permission
from console.place_names import PlaceNames
from console.views import IncomingCaller, SpeakingCall
from console.window_interface import ActionOutcome, ActionResult, ServiceUnavailable
from db.errors import DatabaseUnavailableError, StorageError
from db.repositories.escalations import EscalationRecord

log = logging.getLogger(__name__)


class Calls(ServiceActions):
    """The calls' part of :class:`~console.desk.window_adapter.DeskService`."""

    events: EventBus
    _end_call: Callable[[int], bool]
    _answered: dict[int, datetime]  # operator-mode calls answered while this window ran
    _lock: threading.Lock
    _places: PlaceNames

    # -- the instruction call the operator speaks on -------------------------------------------------

    def _on_call_answered(self, event: CallAnswered) -> None:
        """A call of a modem in operator mode was answered: remembered for the window's "speak now" prompt."""
        with self._lock:
            self._answered[event.outbox_id] = event.at

    def speaking_call(self, outbox_id: int) -> SpeakingCall | None:
        with self._lock:
            answered_at = self._answered.get(outbox_id)
        try:
            return speaking.speaking_call(self.desk, outbox_id, answered_at)
        except DatabaseUnavailableError as error:
            raise ServiceUnavailable(str(error)) from error

    def end_call(self, outbox_id: int) -> bool:
        if not self._may(Permission.WORK_CASES):
            return False
        return self._end_call(outbox_id)

    def record_call_outcome(self, outbox_id: int, outcome: SpokenOutcome) -> ActionResult:
        def act() -> ActionResult:
            speaking.record_spoken_outcome(self.desk, outbox_id, outcome, actor=self._login)
            return ActionResult(ActionOutcome.OK)

        return self._act(act)

    # -- who is calling --------------------------------------------------------------------------

    def _on_caller_identified(self, caller: CallerIdentified) -> None:
        """On a modem's thread: the caller as the window shows it, published for it; nothing is written."""
        try:
            incoming = self._incoming_caller(caller)
        except StorageError as error:  # who the roster says it is still helps the operator
            log.warning("the open cases of a calling officer could not be read: %s", error)
            incoming = self._incoming_caller(caller, with_case=False)
        self.events.publish(CallerLookedUp(incoming))

    def _incoming_caller(self, caller: CallerIdentified, *, with_case: bool = True) -> IncomingCaller:
        roster = self.desk.roster()
        person = roster.representatives.get(caller.representative_id) if caller.representative_id else None
        officer = officer_rows(self.desk, self._places, [caller.officer_id]).get(caller.officer_id) \
            if caller.officer_id else None
        case: EscalationRecord | None = None
        if officer is not None and with_case:
            with self.desk.database.reading() as work:
                awaiting = [record for record in work.escalations.open_cases_of_officer(officer.officer_id)
                            if Action.CONFIRM in operator_actions(record.state)]
            case = min(awaiting, key=lambda record: record.representative_called_at, default=None)
        return IncomingCaller(
            number=caller.number or "",
            at=caller.at,
            representative=views.representative_row(person, self._places) if person is not None else None,
            officer=officer,
            callback_case_id=case.id if case is not None else None,
            callback_case_code=str(short_code(case)) if case is not None else "",
        )
