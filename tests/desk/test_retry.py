from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from console.desk.retry import RULES, Verdict, decide, next_day_in_india

AT = datetime(2026, 3, 9, 6, 0, tzinfo=timezone.utc)  # 11:30 IST


@pytest.mark.parametrize("error_class", ["timeout", "port_lost"])
def test_a_try_that_may_have_gone_out_waits_for_an_operator(error_class: str) -> None:
    assert decide(error_class, 1, AT).verdict is Verdict.UNCERTAIN


@pytest.mark.parametrize("error_class", ["internal", "rejected", "invalid_number", "partial", "never-heard-of"])
def test_what_a_retry_cannot_mend_fails_at_once(error_class: str) -> None:
    assert decide(error_class, 1, AT).verdict is Verdict.FAILED


def test_congestion_is_retried_with_a_growing_backoff_then_given_up() -> None:
    delays = [decide("retryable", attempt, AT).retry_at for attempt in range(1, 5)]
    assert [d - AT for d in delays if d is not None] == [timedelta(minutes=m) for m in (1, 2, 4, 8)]
    assert decide("retryable", 5, AT).verdict is Verdict.FAILED


def test_backoff_is_capped() -> None:
    assert RULES["offline"].delay(50) == timedelta(minutes=5)


def test_an_offline_modem_never_uses_up_the_attempts() -> None:
    decision = decide("offline", 1000, AT)
    assert decision.verdict is Verdict.RETRY
    assert decision.retry_at == AT + timedelta(minutes=5)


def test_a_sim_at_its_cap_waits_for_midnight_in_india() -> None:
    decision = decide("cap_reached", 1, AT)
    assert decision.verdict is Verdict.RETRY
    assert decision.retry_at == datetime(2026, 3, 9, 18, 30, tzinfo=timezone.utc)  # 00:00 IST on the 10th


def test_just_before_midnight_in_india_the_next_day_is_minutes_away() -> None:
    late = datetime(2026, 3, 9, 18, 29, tzinfo=timezone.utc)  # 23:59 IST
    assert next_day_in_india(late) - late == timedelta(minutes=1)
