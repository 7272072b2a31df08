"""An answered call keeps what the officer heard; the operator's spoken outcome is recorded once, on purpose."""

from __future__ import annotations

from datetime import timedelta

import pytest

from console.domain import CallHeard, OutboxKind, OutboxStatus, SpokenOutcome
from db.database import Database
from db.errors import ConflictError
from db.repositories.outbox import AttemptResult, CallAudioOutcome
from tests.db.factories import T0
from tests.db.test_outbox import claim, enqueue, finish, message


def answered(status: OutboxStatus, audio: CallAudioOutcome) -> AttemptResult:
    return AttemptResult(status, modem_name="voice-1", outcome="answered", ring_seconds=4.0, talk_seconds=6.5,
                         audio=audio)


def test_an_alert_only_call_is_kept_as_answered_not_as_heard(database: Database) -> None:
    (row_id,) = enqueue(database, message("c1:call", OutboxKind.CALL))
    (claimed,) = claim(database)
    finish(database, claimed, answered(OutboxStatus.SENT, CallAudioOutcome("alert", CallHeard.ALERT_ONLY, 0,
                                                                          "refused")))
    with database.reading() as work:
        row = work.outbox.get(row_id)
    assert (row.status, row.audio_mode, row.audio_heard, row.audio_fallback) == (
        OutboxStatus.SENT, "alert", "alert_only", "refused")
    assert row.delivered_at is None and row.talk_seconds == 6.5
    with pytest.raises(ConflictError), database.unit_of_work() as work:  # nobody spoke on an alert
        work.outbox.record_spoken_outcome(row_id, SpokenOutcome.INSTRUCTED, actor="asha", at=T0)


def test_the_recording_played_twice_is_delivered_with_its_plays(database: Database) -> None:
    (row_id,) = enqueue(database, message("c1:call", OutboxKind.CALL))
    (claimed,) = claim(database)
    finish(database, claimed, answered(OutboxStatus.DELIVERED, CallAudioOutcome("recorded", CallHeard.RECORDING, 2)))
    with database.reading() as work:
        row = work.outbox.get(row_id)
    assert (row.status, row.audio_heard, row.audio_plays) == (OutboxStatus.DELIVERED, "recording", 2)


@pytest.mark.parametrize(("outcome", "status"), [(SpokenOutcome.INSTRUCTED, OutboxStatus.DELIVERED),
                                                 (SpokenOutcome.CALL_BACK_LATER, OutboxStatus.DELIVERED),
                                                 (SpokenOutcome.WRONG_PERSON, OutboxStatus.SENT)])
def test_the_operator_records_what_came_of_speaking_once(database: Database, outcome: SpokenOutcome,
                                                        status: OutboxStatus) -> None:
    (row_id,) = enqueue(database, message("c1:call", OutboxKind.CALL))
    (claimed,) = claim(database)
    finish(database, claimed, answered(OutboxStatus.SENT, CallAudioOutcome("operator", CallHeard.OPERATOR)))
    at = T0 + timedelta(minutes=1)
    with database.unit_of_work() as work:
        row = work.outbox.record_spoken_outcome(row_id, outcome, actor="asha", at=at)
    assert (row.status, row.spoken_by, row.spoken_outcome, row.spoken_at) == (status, "asha", outcome.value, at)
    assert row.updated_by == "asha"
    with pytest.raises(ConflictError, match="outcome"), database.unit_of_work() as work:
        work.outbox.record_spoken_outcome(row_id, SpokenOutcome.WRONG_PERSON, actor="ravi", at=at)
    with database.reading() as work:
        assert work.outbox.get(row_id).spoken_by == "asha"


def test_no_outcome_is_recorded_while_the_call_is_up(database: Database) -> None:
    (row_id,) = enqueue(database, message("c1:call", OutboxKind.CALL))
    claim(database)
    with pytest.raises(ConflictError, match="sending"), database.unit_of_work() as work:
        work.outbox.record_spoken_outcome(row_id, SpokenOutcome.INSTRUCTED, actor="asha", at=T0)
