"""The AT channel on a real pseudo-terminal: echo, URCs anywhere, the prompt, garbage, timeouts, a lost port."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator

import pytest

from modem.channel import AtChannel
from modem.errors import ChannelClosed, CommandTimeout, PortLost, PromptTimeout
from modem.lines import Final, Urc
from tests.modem.peer import Expect, Hangup, ScriptedPeer, Send, WaitFor, crlf, exchange, ok

WAIT = 5.0


@pytest.fixture
def peer() -> Iterator[ScriptedPeer]:
    scripted = ScriptedPeer()
    yield scripted
    scripted.close()


@pytest.fixture
def channel(peer: ScriptedPeer) -> Iterator[AtChannel]:
    opened = AtChannel(peer.path, name="test")
    opened.open()
    yield opened
    opened.close()


def collect(channel: AtChannel) -> queue.Queue[Urc]:
    urcs: queue.Queue[Urc] = queue.Queue()
    channel.subscribe(urcs.put)
    return urcs


def test_a_command_returns_its_lines_and_final(peer: ScriptedPeer, channel: AtChannel) -> None:
    peer.play([ok("AT+CSQ", "+CSQ: 20,99")])
    response = channel.command("AT+CSQ", timeout=WAIT)
    peer.finish()
    assert response.ok
    assert response.lines == ("+CSQ: 20,99",)
    assert response.values("+CSQ:") == ["20,99"]


def test_the_echo_of_each_command_is_dropped(peer: ScriptedPeer, channel: AtChannel) -> None:
    peer.play(
        [
            Expect(b"ATE0\r"),
            Send(b"ATE0\r\r\nOK\r\n"),  # echo still on while ATE0 is obeyed
            Expect(b"AT+CMGS=26\r"),
            Send(b"AT+CMGS=26\r\r\n> "),
            Expect(b"0011\x1a"),
            Send(b"0011\x1a\r\n+CMGS: 77\r\n\r\nOK\r\n"),  # and the PDU echoed back
        ]
    )
    assert channel.command("ATE0", timeout=WAIT).lines == ()
    response = channel.command_with_prompt("AT+CMGS=26", "0011", prompt_timeout=WAIT, timeout=WAIT)
    peer.finish()
    assert response.lines == ("+CMGS: 77",)


def test_urcs_inside_a_response_and_before_the_prompt_are_lifted_out(peer: ScriptedPeer, channel: AtChannel) -> None:
    urcs = collect(channel)
    peer.play(
        [
            Expect(b"AT+CMGL=4\r"),
            Send(b'\r\n+CMGL: 1,0,,26\r\n0011\r\n\r\n+CMTI: "SM",2\r\n\r\nRING\r\n\r\nOK\r\n'),
            Expect(b"AT+CMGS=26\r"),
            Send(b'\r\n+CDSI: "SR",4\r\n\r\n> '),
            Expect(b"0011\x1a"),
            Send(crlf("+CMGS: 5", "OK")),
        ]
    )
    listing = channel.command("AT+CMGL=4", timeout=WAIT)
    sent = channel.command_with_prompt("AT+CMGS=26", "0011", prompt_timeout=WAIT, timeout=WAIT)
    peer.finish()
    assert listing.lines == ("+CMGL: 1,0,,26", "0011")
    assert sent.lines == ("+CMGS: 5",)
    assert [urcs.get(timeout=WAIT).name for _ in range(3)] == ["+CMTI", "RING", "+CDSI"]


def test_a_two_line_urc_carries_its_pdu(peer: ScriptedPeer, channel: AtChannel) -> None:
    urcs = collect(channel)
    peer.play([Send(b"\r\n+CDS: 25\r\n07911326040000F0060B911326880736F4\r\n")])
    urc = urcs.get(timeout=WAIT)
    assert (urc.name, urc.pdu) == ("+CDS", "07911326040000F0060B911326880736F4")


def test_a_two_line_urc_without_its_pdu_does_not_swallow_the_next_line(
    peer: ScriptedPeer, channel: AtChannel
) -> None:
    urcs = collect(channel)
    peer.play([Send(b"\r\n+CDS: 25\r\n"), *ok("AT")])
    assert channel.command("AT", timeout=WAIT).ok
    peer.finish()
    urc = urcs.get(timeout=WAIT)
    assert (urc.name, urc.pdu) == ("+CDS", None)


def test_garbage_bytes_do_not_break_the_channel(peer: ScriptedPeer, channel: AtChannel) -> None:
    urcs = collect(channel)
    peer.play(
        [
            Send(b"\xff\xfe\x00\x81garbage\r\n\x00\x00"),
            Expect(b"AT+CSQ\r"),
            Send(b"\r\n\xc3(+CMTI: junk\r\n+CSQ: 12,99\r\n\xfe\r\n+CMTI: \"SM\",9\r\nOK\r\n"),
        ]
    )
    response = channel.command("AT+CSQ", timeout=WAIT)
    peer.finish()
    assert response.ok
    assert "+CSQ: 12,99" in response.lines
    assert urcs.get(timeout=WAIT).body == '"SM",9'


def test_huawei_command_not_support_is_a_final(peer: ScriptedPeer, channel: AtChannel) -> None:
    peer.play([exchange("AT+CEREG?", "COMMAND NOT SUPPORT")])
    response = channel.command("AT+CEREG?", timeout=WAIT)
    peer.finish()
    assert not response.ok
    assert response.final.final is Final.NOT_SUPPORTED


def test_a_missing_prompt_sends_esc_and_never_the_body(peer: ScriptedPeer, channel: AtChannel) -> None:
    peer.play([Expect(b"AT+CMGS=26\r"), Expect(b"\x1b"), Send(crlf("OK")), *ok("AT")])
    with pytest.raises(PromptTimeout):
        channel.command_with_prompt("AT+CMGS=26", "0011", prompt_timeout=0.3, timeout=WAIT, escape_grace=WAIT)
    assert channel.command("AT", timeout=WAIT).ok  # in step again: no resynchronisation needed
    peer.finish()
    assert peer.unread() == b""


def test_a_late_final_after_a_timeout_cannot_complete_the_next_command(
    peer: ScriptedPeer, channel: AtChannel
) -> None:
    released = threading.Event()
    peer.play(
        [
            Expect(b"AT+CMGD=1\r"),
            WaitFor(released),
            Expect(b"\x1b\r"),  # a prompt left open is cancelled first (no answer here)
            Expect(b"AT+CSQ\r"),  # the channel realigns with a command that must carry a line
            Send(crlf("OK")),  # the late OK of AT+CMGD: ignored
            Send(crlf("+CSQ: 20,99", "OK")),
            *ok("AT+CPIN?", "+CPIN: READY"),
        ]
    )
    with pytest.raises(CommandTimeout):
        channel.command("AT+CMGD=1", timeout=0.2)
    released.set()
    response = channel.command("AT+CPIN?", timeout=WAIT)
    peer.finish()
    assert response.lines == ("+CPIN: READY",)


def test_a_vanished_port_is_reported_once_and_fails_the_command_in_flight(
    peer: ScriptedPeer, channel: AtChannel
) -> None:
    lost: queue.Queue[str] = queue.Queue()
    channel.on_lost(lost.put)
    peer.play([Expect(b"AT+CSQ\r"), Hangup()])
    with pytest.raises(PortLost):
        channel.command("AT+CSQ", timeout=WAIT)
    assert "port lost" in lost.get(timeout=WAIT)
    assert lost.empty()
    with pytest.raises(PortLost):
        channel.command("AT", timeout=WAIT)
    assert not channel.is_open


def test_close_joins_the_reader_and_fails_later_commands(peer: ScriptedPeer) -> None:
    channel = AtChannel(peer.path, name="closing")
    channel.open()
    reader = channel._reader
    assert reader is not None and reader.is_alive()
    channel.close()
    assert not reader.is_alive()
    with pytest.raises(ChannelClosed):
        channel.command("AT", timeout=WAIT)
    channel.close()  # twice is fine


def test_a_missing_port_cannot_be_opened() -> None:
    with pytest.raises(PortLost, match="cannot open"):
        AtChannel("/dev/nonexistent-modem-port").open()


def test_loop_url_works_as_a_port() -> None:
    channel = AtChannel("loop://", name="loop")
    channel.open()
    try:
        with pytest.raises(CommandTimeout):
            channel.command("AT", timeout=0.2)  # a loop echoes: the echo is dropped, no final comes
    finally:
        channel.close()
