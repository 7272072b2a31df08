"""The screenshots' story runs on the fake clock with the simulated modems in lockstep: what it shows is what the
live demo shows at that instant (no call still queued twenty minutes after its instruction)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from console.domain import EscalationState, OutboxKind, OutboxStatus
from console.views import ModemAudio
from ui.screenshots import MORNING, NEVER, PROMPT, Scene, end_story, play_story


def test_a_short_story_ends_where_the_live_demo_would_be(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("SAMVAD_SETU_CONFIG", raising=False)
    scenes = (Scene(6, NEVER, instructed=5), Scene(5, PROMPT, instructed=4))
    center, cases = play_story(MORNING, tmp_path / "story", scenes, minutes=7)
    try:
        assert center.service.clock.now() == MORNING
        unanswered, prompt = (center.desk.case(cases[index]) for index in (0, 1))
        assert unanswered.state is EscalationState.INSTRUCTED
        assert prompt.state is EscalationState.CONFIRMED  # the officer's SMS reply, within the four minutes
        assert prompt.callback_at is not None and prompt.callback_at - prompt.instructed_at < timedelta(minutes=4)
        for record in (unanswered, prompt):
            rows = {row.kind: row for row in center.desk.outbox_of(record.id)}
            assert rows[OutboxKind.SMS].status is OutboxStatus.DELIVERED
            assert rows[OutboxKind.CALL].status in (OutboxStatus.SENT, OutboxStatus.DELIVERED)  # the call is over
            assert rows[OutboxKind.CALL].updated_at - record.instructed_at < timedelta(minutes=2)  # ...when it was
        with center.database.reading() as work:
            outcomes = work.outbox.last_outcomes([row.id for row in center.desk.outbox_of(unanswered.id)])
        assert "no_answer" in outcomes.values()
        call = next(row for row in center.desk.outbox_of(prompt.id) if row.kind is OutboxKind.CALL)
        # The demo's voice modem plays the district's clip: the officer who answered heard it twice, to its end.
        assert (call.status, call.audio_mode, call.audio_heard, call.audio_plays) == (
            OutboxStatus.DELIVERED, "recorded", "recording", 2)
        modems = {row.name: row.call_audio for row in center.service.load_live_state().modems}
        assert modems == {"demo-sms": None, "demo-voice": ModemAudio.RECORDED}
    finally:
        end_story(center)
