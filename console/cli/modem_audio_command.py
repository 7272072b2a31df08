"""``samvad-setu modem audio upload|list|play-test``: the recorded instruction on the voice modem, for IT staff.

A ``recorded`` voice modem plays a clip from its own storage when the officer answers. IT staff
put the district's clip there once per module (``upload``), see what is stored (``list``), and
place a test call to their own phone that plays it (``play-test``) — the same code path the
dispatcher uses. Which modules can do this at all is shown by ``modem probe``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from console.cli import CommandError
from console.cli.modem_command import EXIT_NOT_READY, EXIT_REFUSED, checked_number, opened_modem, port_argument
from console.config import DEFAULT_AUDIO_CLIP, available_districts
from console.resources import resource_path
from modem.call_audio import CLIP_NAME, AudioCapability, CallAudio, CallProgressed, CallStage, Heard, Storage
from modem.clip_format import ClipError, ClipInfo, describe_clip
from modem.clip_storage import UploadReport
from modem.events import CallResult, ModemEvent

UPLOAD_SECONDS = 180.0
STORAGE_WORDS = {Storage.SIMCOM_FLASH: "the module's flash (C:/)", Storage.QUECTEL_UFS: "the module's UFS"}
HEARD_WORDS = {
    Heard.NOTHING: "nothing (not answered)",
    Heard.OPERATOR: "the operator (open line)",
    Heard.RECORDING: "the recording",
    Heard.RECORDING_CUT: "part of the recording (the call ended during the first play)",
    Heard.ALERT_ONLY: "nothing: alert only",
}


def register(actions: Any) -> None:
    """Adds ``audio`` beside probe/sms/call/listen under ``samvad-setu modem``."""
    audio: argparse.ArgumentParser = actions.add_parser(
        "audio", help="the recorded instruction on a voice modem: upload, list, play-test"
    )
    steps = audio.add_subparsers(dest="audio_action", metavar="STEP", required=True)

    upload = steps.add_parser("upload", help="store a clip in the module (checked by size, and checksum if offered)")
    port_argument(upload)
    source = upload.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", type=Path, help="a WAV (8/16 kHz mono 16-bit) or AMR-NB file")
    source.add_argument("--district", choices=available_districts(), help="the district's bundled clip")
    upload.add_argument("--language", choices=("hi", "en"), default="hi", help="with --district (default hi)")
    upload.add_argument("--name", help=f"its name in the module (default {DEFAULT_AUDIO_CLIP} for --district hi)")
    upload.add_argument("--replace", action="store_true", help="overwrite a clip of the same name")
    upload.set_defaults(handler=run_upload)

    listing = steps.add_parser("list", help="the clips stored in the module, with their sizes")
    port_argument(listing)
    listing.set_defaults(handler=run_list)

    play = steps.add_parser("play-test", help="call a number and play a stored clip to it, as a recorded call does")
    port_argument(play)
    play.add_argument("--to", required=True, help="+91XXXXXXXXXX or a 10-digit Indian mobile number (your own)")
    play.add_argument("--clip", default=DEFAULT_AUDIO_CLIP, help=f"its name in the module ({DEFAULT_AUDIO_CLIP})")
    play.add_argument("--plays", type=int, default=2, choices=range(1, 6), metavar="1-5")
    play.add_argument("--ring-timeout", type=float, default=45.0, metavar="SECONDS")
    play.add_argument("--talk-limit", type=float, default=120.0, metavar="SECONDS", help="hang up after this")
    play.set_defaults(handler=run_play_test)


def audio_summary(capability: AudioCapability | None) -> str:
    """One line for ``modem probe``: what the module can make the officer hear."""
    if capability is None:
        return "unknown (the modem went offline)"
    if not capability.plays_recordings:
        return "no clip playback: alert or operator (a recorded call falls back to an alert)"
    where = STORAGE_WORDS.get(capability.storage, "the module") if capability.storage else "the module"
    commands = ", ".join(f"AT{name}" for name in capability.players)
    return f"plays clips from {where} with {commands}: recorded, alert or operator"


# ---- upload ----------------------------------------------------------------------------------


def run_upload(args: argparse.Namespace) -> int:
    data, origin = _clip_bytes(args)
    info = _checked_clip(data, origin)
    name = _clip_name(args, info)
    print(f"{'clip:':<15}{name} ({_kind(info)}, {info.seconds:.1f} s, {info.size} bytes, from {origin})", flush=True)
    with opened_modem(args) as modem:
        report = modem.upload_clip(name, data, replace=args.replace).result(args.timeout + UPLOAD_SECONDS)
    if report.existing_size is not None:
        raise CommandError(
            f"{name} is already on the module ({report.existing_size} bytes): add --replace to overwrite it",
            EXIT_REFUSED,
        )
    if report.refused is not None:
        raise CommandError(f"{name} not stored: {report.refused}", EXIT_REFUSED)
    _print_checks(report)
    if not report.verified:
        raise CommandError(f"{name} reached the module damaged or incomplete; upload it again", EXIT_REFUSED)
    print(f"stored: {name}{' (replaced the old one)' if report.replaced else ''}")
    return 0


def _clip_bytes(args: argparse.Namespace) -> tuple[bytes, str]:
    path: Path = args.file or resource_path("audio", args.district, f"instruction_{args.language}.amr")
    try:
        return path.read_bytes(), str(path)
    except OSError as error:
        raise CommandError(f"cannot read {path}: {error.strerror or error}", 2) from error


def _checked_clip(data: bytes, origin: str) -> ClipInfo:
    try:
        return describe_clip(data)
    except ClipError as error:
        raise CommandError(f"{origin} is not a clip the modules play: {error}", 2) from error


def _clip_name(args: argparse.Namespace, info: ClipInfo) -> str:
    if args.name:
        name = str(args.name)
    elif args.district:
        name = DEFAULT_AUDIO_CLIP if args.language == "hi" else f"samvad_{args.language}.amr"
    else:
        name = Path(args.file).name
    if not CLIP_NAME.fullmatch(name):
        raise CommandError(
            f"name {name!r}: give --name of letters, digits, _ and - ending in .amr or .wav (at most 44 characters)", 2
        )
    if not name.lower().endswith(f".{info.kind}"):
        raise CommandError(f"name {name!r} must end in .{info.kind}: the clip is {_kind(info)}", 2)
    return name


def _kind(info: ClipInfo) -> str:
    return "AMR-NB" if info.kind == "amr" else f"WAV {info.sample_rate} Hz"


def _print_checks(report: UploadReport) -> None:
    size_word = "verified" if report.stored_size == report.size else f"expected {report.size}"
    stored = "not readable" if report.stored_size is None else f"{report.stored_size} bytes"
    print(f"{'size:':<15}{stored} on the module — {size_word}")
    if report.module_checksum is None:
        print(f"{'checksum:':<15}not offered by this module (the size is the check)")
    else:
        agrees = "verified" if report.module_checksum == report.checksum else "DIFFERS"
        print(f"{'checksum:':<15}0x{report.checksum:04x}, the module's 0x{report.module_checksum:04x} — {agrees}")


# ---- list ------------------------------------------------------------------------------------


def run_list(args: argparse.Namespace) -> int:
    with opened_modem(args) as modem:
        listing = modem.list_clips().result(args.timeout + 60)
    if listing.refused is not None:
        raise CommandError(listing.refused, EXIT_REFUSED)
    if not listing.clips:
        print("no clips on the module")
    for clip in listing.clips:
        size = "?" if clip.size is None else f"{clip.size} bytes"
        print(f"{clip.name:<44} {size}")
    if listing.free_bytes is not None:
        print(f"free: {listing.free_bytes} bytes")
    return 0


# ---- play-test -------------------------------------------------------------------------------


def run_play_test(args: argparse.Namespace) -> int:
    number = checked_number(args.to)
    try:
        audio = CallAudio.recorded(args.clip, plays=args.plays)
    except ValueError as error:
        raise CommandError(str(error), 2) from error
    with opened_modem(args, _print_progress) as modem:
        modem.probe_audio().result(args.timeout)
        result = modem.call(
            number,
            ring_limit=args.ring_timeout,
            talk_limit=args.talk_limit,
            audio=audio,
            timeout=args.ring_timeout + args.talk_limit + 120,
        )
    _print_result(result)
    if result.audio is not None and result.audio.heard is Heard.RECORDING:
        return 0
    return EXIT_NOT_READY if result.modem_fault else EXIT_REFUSED


def _print_progress(event: ModemEvent) -> None:
    if not isinstance(event, CallProgressed):
        return
    if event.stage is CallStage.ANSWERED:
        line = "answered"
    elif event.stage is CallStage.PLAYBACK_STARTED:
        line = f"play {event.play}: started"
    elif event.stage is CallStage.PLAYBACK_FINISHED:
        line = f"play {event.play}: {'played to the end' if event.complete else 'cut short'}"
    else:
        line = f"cannot play ({event.detail or 'no playback command'}): alert only"
    print(line, flush=True)


def _print_result(result: CallResult) -> None:
    print(f"{'outcome:':<15}{result.outcome.value}")
    print(f"{'ring:':<15}{result.ring_seconds:.1f} s")
    print(f"{'talk:':<15}{result.talk_seconds:.1f} s")
    audio = result.audio
    if audio is not None:
        print(f"{'heard:':<15}{HEARD_WORDS[audio.heard]}")
        print(f"{'plays:':<15}{audio.plays_completed} of {audio.plays_requested}")
        if audio.player:
            print(f"{'played with:':<15}AT{audio.player}")
        if audio.fallback is not None:
            print(f"{'fell back:':<15}{audio.fallback.value}" + (f" ({audio.detail})" if audio.detail else ""))
        if audio.ended_by is not None:
            print(f"{'ended by:':<15}{audio.ended_by.value.replace('_', ' ')}")
    if result.detail:
        print(f"detail: {result.detail}", file=sys.stderr)
