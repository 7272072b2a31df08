"""The simulated network around the modem: delivery reports, incoming SMS, Officers' replies and missed calls."""

from __future__ import annotations

import logging
from collections.abc import Callable

from modem.pdu import Submit, encode_deliver, encode_status_report
from modem.simulator import playback
from modem.simulator.dialects import CallUrcs, ReportRouting
from modem.simulator.engine import Engine
from modem.simulator.officers import DEFAULT_OFFICER, Officer
from modem.simulator.state import Call, CallRecord, SentMessage

log = logging.getLogger(__name__)

SERVICE_CENTRE = "+919810051914"


def officer_for(engine: Engine, number: str) -> Officer:
    return engine.officers.get(number, DEFAULT_OFFICER)


def submitted(engine: Engine, submit: Submit, reference: int, pdu: str) -> None:
    """The network accepted one SMS-SUBMIT: record it, then report, reply and ring as the Officer would."""
    accepted_at = engine.scheduler.wall()
    message = SentMessage(
        reference=reference,
        recipient=submit.recipient,
        text=submit.text,
        concat=submit.concat,
        status_report_requested=submit.status_report_requested,
        pdu=pdu,
        accepted_at=accepted_at,
    )
    engine.sent_messages.append(message)
    engine.on_event("sms-sent", {"reference": reference, "recipient": submit.recipient})
    officer = officer_for(engine, submit.recipient)
    if submit.status_report_requested:
        for order, status in enumerate(officer.delivery_statuses, start=1):
            engine.scheduler.call_later(officer.delivery_after_seconds * order, _reporter(engine, message, status))
    last_part = submit.concat is None or submit.concat.sequence == submit.concat.total
    if last_part and officer.reply_text is not None:
        reply = officer.reply_text
        engine.scheduler.call_later(officer.reply_after_seconds, lambda: incoming_sms(engine, officer.number, reply))
    if last_part and officer.missed_call_after_sms_seconds is not None:
        engine.scheduler.call_later(
            officer.missed_call_after_sms_seconds, lambda: incoming_call(engine, officer.number, ring_seconds=8.0)
        )


def _reporter(engine: Engine, message: SentMessage, status: int) -> Callable[[], None]:
    return lambda: status_report(engine, message, status)


def status_report(engine: Engine, message: SentMessage, status: int) -> None:
    encoded = encode_status_report(
        message.reference,
        message.recipient,
        status,
        message.accepted_at,
        engine.scheduler.wall(),
        smsc=SERVICE_CENTRE,
    )
    engine.on_event("status-report", {"reference": message.reference, "status": status})
    ds = engine.state.settings.cnmi[3]
    routing = engine.dialect.report_routing
    if ds == 0:
        return
    if routing is ReportRouting.DIRECT or (routing is ReportRouting.AS_CONFIGURED and ds == 1):
        engine.urc_with_pdu(f"+CDS: {encoded.tpdu_length}", encoded.pdu)
        return
    memory = engine.dialect.report_memory
    index = engine.state.store(memory, encoded.pdu, encoded.tpdu_length)
    if index is not None:
        engine.urc(f'+CDSI: "{memory}",{index}')


def incoming_sms(engine: Engine, sender: str, text: str) -> None:
    """An SMS arrives from ``sender``: +CMT, or stored and announced with +CMTI, per +CNMI."""
    state = engine.state
    reference = state.next_concat_reference
    state.next_concat_reference = (reference + 1) % 256
    parts = encode_deliver(sender, text, engine.scheduler.wall(), concat_reference=reference, smsc=SERVICE_CENTRE)
    engine.on_event("sms-incoming", {"sender": sender, "parts": len(parts)})
    mode, mt = state.settings.cnmi[0], state.settings.cnmi[1]
    announce = mode > 0 and state.sms_ready
    for part in parts:
        if announce and mt in (2, 3):
            engine.urc_with_pdu(f"+CMT: ,{part.tpdu_length}", part.pdu)
            continue
        index = state.store("SM", part.pdu, part.tpdu_length)
        if index is None:
            log.warning("simulated SIM storage full: incoming part dropped")
        elif announce and mt == 1:
            engine.urc(f'+CMTI: "SM",{index}')


def incoming_call(engine: Engine, caller: str, ring_seconds: float) -> None:
    """``caller`` rings for ``ring_seconds`` then gives up, unless the client answers (ATA) first."""
    call = new_call(engine, caller, incoming=True)
    engine.on_event("call-incoming", {"number": caller})
    interval = engine.dialect.ring_interval_seconds
    rings = max(1, int(ring_seconds // interval) + 1)
    for ring in range(rings):
        engine.scheduler.call_later(ring * interval, lambda: _ring(engine, call))
    engine.scheduler.call_later(ring_seconds, lambda: _caller_gave_up(engine, call))


def new_call(engine: Engine, number: str, *, incoming: bool, dial_string: str = "") -> Call:
    """A call on the line: ringing us (stat 4) or being dialled by us (stat 2)."""
    state = engine.state
    call = Call(
        call_id=state.next_call_id,
        incoming=incoming,
        stat=4 if incoming else 2,
        number=number,
        officer=officer_for(engine, number),
        started_at=engine.scheduler.seconds,
        dial_string=dial_string,
    )
    state.next_call_id += 1
    state.calls.append(call)
    return call


def _ring(engine: Engine, call: Call) -> None:
    if call not in engine.state.calls or call.stat != 4:
        return
    settings = engine.state.settings
    lines = ["+CRING: VOICE" if settings.crc else "RING"]
    if settings.clip:
        lines.append(f'+CLIP: "{call.number}",145,"",0,"",0')
    engine.urc(*lines)


def _caller_gave_up(engine: Engine, call: Call) -> None:
    if call not in engine.state.calls or call.stat != 4:
        return
    ring = engine.scheduler.seconds - call.started_at
    end_call(engine, call, "missed", ring_seconds=ring, talk_seconds=0.0, final="NO CARRIER")
    if engine.dialect.call_urcs in (CallUrcs.SIMCOM, CallUrcs.SIMCOM_MISSED_ONLY):
        stamp = engine.scheduler.wall().strftime("%I:%M%p")
        engine.urc(f"MISSED_CALL: {stamp} {call.number}")


def end_call(
    engine: Engine, call: Call, outcome: str, *, ring_seconds: float, talk_seconds: float, final: str | None
) -> None:
    """Remove the call, say so in the dialect's words, and record it; a clip playing into it is cut."""
    playback_end = playback.cut_by_call_end(engine, call)
    if call in engine.state.calls:
        engine.state.calls.remove(call)
    lines = [final] if final else []
    urcs = engine.dialect.call_urcs
    if urcs is CallUrcs.SIMCOM and call.answered_at is not None:
        lines.append(f"VOICE CALL: END: {_hhmmss(talk_seconds)}")
    elif urcs is CallUrcs.HUAWEI:
        # ^CEND:<id>,<duration>,<end status>,<call-control cause (24.008)>
        lines.append(f"^CEND:{call.call_id},{int(talk_seconds)},104,{_call_control_cause(outcome)}")
    if lines:
        engine.urc(*lines)
    engine.call_records.append(
        CallRecord(
            number=call.number,
            incoming=call.incoming,
            outcome=outcome,
            ring_seconds=round(ring_seconds, 3),
            talk_seconds=round(talk_seconds, 3),
            dial_string=call.dial_string,
            clips_heard=tuple(call.clips_heard),
            clips_cut=call.clips_cut,
        )
    )
    engine.on_event("call-ended", {"number": call.number, "outcome": outcome})
    if playback_end is not None:
        engine.urc(playback_end)  # after the call's own end: the module stops playing because the call went


def _hhmmss(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600:02d}{whole % 3600 // 60:02d}{whole % 60:02d}"


def _call_control_cause(outcome: str) -> int:
    return {"busy": 17, "no-answer": 19, "unreachable": 20}.get(outcome, 16)
