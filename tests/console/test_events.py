"""The domain's event bus: typed subscriptions, handlers that fail alone, unsubscribing."""

from __future__ import annotations

import logging

import pytest

from console.events import CaseChanged, DomainEvent, EventBus, ModemChanged, OutboxChanged


def test_a_handler_hears_only_its_event_type() -> None:
    bus = EventBus()
    cases: list[CaseChanged] = []
    everything: list[DomainEvent] = []
    bus.subscribe(CaseChanged, cases.append)
    bus.subscribe(DomainEvent, everything.append)
    bus.publish(CaseChanged(7))
    bus.publish(OutboxChanged(3, 7))
    assert cases == [CaseChanged(7)]
    assert everything == [CaseChanged(7), OutboxChanged(3, 7)]


def test_a_failing_handler_is_logged_and_the_others_still_run(caplog: pytest.LogCaptureFixture) -> None:
    bus = EventBus()
    heard: list[ModemChanged] = []

    def broken(_event: ModemChanged) -> None:
        raise ValueError("boom")

    bus.subscribe(ModemChanged, broken)
    bus.subscribe(ModemChanged, heard.append)
    with caplog.at_level(logging.ERROR, logger="console.events"):
        bus.publish(ModemChanged("sms-1"))  # the publisher never sees the error
    assert heard == [ModemChanged("sms-1")]
    assert "ModemChanged" in caplog.text


def test_an_unsubscribed_handler_hears_nothing_more() -> None:
    bus = EventBus()
    heard: list[CaseChanged] = []
    unsubscribe = bus.subscribe(CaseChanged, heard.append)
    bus.publish(CaseChanged(1))
    unsubscribe()
    unsubscribe()  # twice is harmless
    bus.publish(CaseChanged(2))
    assert heard == [CaseChanged(1)]
