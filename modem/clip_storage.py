"""Clips in a module's own storage: list them, upload one (checked by size, and checksum where told).

SIMCom (flash ``C:``): ``AT+FSCD=C:`` selects the drive, ``AT+FSLS`` lists it, ``AT+FSATTRI``
gives a file's size, ``AT+FSDEL`` deletes, ``AT+CFTRANRX="c:/<file>",<length>`` takes the bytes
after a ``>`` prompt; it reports no checksum, so the size read back is the check.
Quectel (UFS): ``AT+QFLST`` lists with sizes, ``AT+QFDEL`` deletes, ``AT+QFUPL="<file>",<length>,
<timeout>`` takes the bytes after ``CONNECT`` and answers ``+QFUPL: <size>,<checksum>`` with a
16-bit XOR checksum, compared here with our own.

An upload never overwrites a clip silently: replacing one is asked for explicitly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from modem.call_audio import CLIP_NAME, Storage
from modem.channel import AtChannel, DataReady, Response
from modem.clip_format import quectel_checksum
from modem.config import Timing
from modem.errors import CommandTimeout, PromptTimeout
from modem.replies import fields, to_int

log = logging.getLogger(__name__)

AUDIO_SUFFIXES = (".amr", ".wav", ".mp3", ".pcm")
QFUPL_IDLE_SECONDS = 10  # how long the module waits for more bytes before it ends the upload
UPLOAD_BYTES_PER_SECOND = 5000.0  # a slow UART, for the upload's time limit


@dataclass(frozen=True)
class StoredClip:
    name: str
    size: int | None


@dataclass(frozen=True)
class ClipListing:
    storage: Storage | None
    clips: tuple[StoredClip, ...]
    free_bytes: int | None = None  # where the module tells
    refused: str | None = None  # why the listing could not be read


@dataclass(frozen=True)
class UploadReport:
    name: str
    size: int
    checksum: int  # ours, the way Quectel computes it
    stored_size: int | None = None  # read back from the module after the upload
    module_checksum: int | None = None  # the module's own, where it reports one
    replaced: bool = False
    refused: str | None = None  # why nothing (or not the whole clip) was stored
    existing_size: int | None = None  # refused because a clip of that name is stored (this size)

    @property
    def verified(self) -> bool:
        checksum_agrees = self.module_checksum is None or self.module_checksum == self.checksum
        return self.refused is None and self.stored_size == self.size and checksum_agrees


class _Refused(Exception):
    def __init__(self, reason: str, existing_size: int | None = None) -> None:
        super().__init__(reason)
        self.existing_size = existing_size


def list_clips(channel: AtChannel, storage: Storage, timing: Timing) -> ClipListing:
    try:
        if storage is Storage.SIMCOM_FLASH:
            return _simcom_list(channel, timing)
        return _quectel_list(channel, timing)
    except (_Refused, CommandTimeout) as error:
        return ClipListing(storage, (), refused=str(error))


def upload_clip(
    channel: AtChannel, storage: Storage, name: str, data: bytes, *, replace: bool, timing: Timing
) -> UploadReport:
    if not CLIP_NAME.fullmatch(name):
        raise ValueError(f"clip name {name!r}: letters, digits, '_' and '-' then .amr or .wav")
    report = UploadReport(name, len(data), quectel_checksum(data))
    try:
        return _upload(channel, _FILE_COMMANDS[storage], report, data, replace=replace, timing=timing)
    except _Refused as error:
        return UploadReport(
            report.name, report.size, report.checksum, refused=str(error), existing_size=error.existing_size
        )
    except (CommandTimeout, PromptTimeout) as error:
        return UploadReport(report.name, report.size, report.checksum, refused=str(error))


@dataclass(frozen=True)
class _FileCommands:
    """One maker's file commands; {name} is a name already checked against CLIP_NAME, {size} its length."""

    select: str | None  # the drive to work in, before anything else
    delete: str
    upload: str
    ready: DataReady
    size: Callable[[AtChannel, str, Timing], int | None]
    checksum_prefix: str | None  # the upload's reply line that carries the module's checksum


def _upload(
    channel: AtChannel, commands: _FileCommands, report: UploadReport, data: bytes, *, replace: bool, timing: Timing
) -> UploadReport:
    name = report.name
    if commands.select is not None:
        _ok(channel, commands.select, timing, f"open its storage ({commands.select})")
    existing = commands.size(channel, name, timing)
    if existing is not None:
        if not replace:
            raise _Refused(f"{name} is already on the module ({existing} bytes); replace it only on purpose", existing)
        _ok(channel, commands.delete.format(name=name), timing, f"delete the old {name}")
    prompt = commands.ready is DataReady.PROMPT
    reply = channel.command_with_data(
        commands.upload.format(name=name, size=len(data)),
        data,
        ready=commands.ready,
        ready_timeout=timing.prompt_timeout if prompt else timing.command_timeout,
        timeout=timing.send_timeout + len(data) / UPLOAD_BYTES_PER_SECOND,
        chunk_size=timing.upload_chunk,
        chunk_pause=timing.upload_chunk_pause,
    )
    if not reply.ok:
        raise _Refused(f"the module refused the upload ({reply.final.text})")
    told = reply.values(commands.checksum_prefix) if commands.checksum_prefix else []
    told_fields = fields(told[0]) if told else []
    module_checksum = _hex(told_fields[1]) if len(told_fields) > 1 else None
    stored = commands.size(channel, name, timing)
    return UploadReport(name, report.size, report.checksum, stored, module_checksum, existing is not None)


def _ok(channel: AtChannel, command: str, timing: Timing, what: str) -> Response:
    reply = channel.command(command, timeout=timing.command_timeout)
    if not reply.ok:
        raise _Refused(f"the module refused to {what} ({reply.final.text})")
    return reply


# ---- SIMCom ----------------------------------------------------------------------------------


def _simcom_list(channel: AtChannel, timing: Timing) -> ClipListing:
    _ok(channel, "AT+FSCD=C:", timing, "open its flash drive C:")
    reply = _ok(channel, "AT+FSLS", timing, "list its flash drive C:")
    names: list[str] = []
    in_files = False
    for line in reply.lines:
        if line.startswith("+FSLS:"):
            in_files = "FILES" in line.upper()
        elif in_files and line.lower().endswith(AUDIO_SUFFIXES):
            names.append(line.strip())
    clips = tuple(StoredClip(name, _simcom_size(channel, name, timing)) for name in names)
    return ClipListing(Storage.SIMCOM_FLASH, clips)


def _simcom_size(channel: AtChannel, name: str, timing: Timing) -> int | None:
    reply = channel.command(f'AT+FSATTRI="{name}"', timeout=timing.command_timeout)
    values = reply.values("+FSATTRI:") if reply.ok else []
    return to_int(fields(values[0])[0]) if values else None


# ---- Quectel ---------------------------------------------------------------------------------


def _quectel_entries(reply: Response) -> list[StoredClip]:
    entries = []
    for value in reply.values("+QFLST:"):
        parts = fields(value)
        if parts and parts[0]:
            entries.append(StoredClip(parts[0].removeprefix("UFS:"), to_int(parts[1]) if len(parts) > 1 else None))
    return entries


def _quectel_list(channel: AtChannel, timing: Timing) -> ClipListing:
    reply = _ok(channel, 'AT+QFLST="*"', timing, "list its storage")
    clips = tuple(entry for entry in _quectel_entries(reply) if entry.name.lower().endswith(AUDIO_SUFFIXES))
    space = channel.command('AT+QFLDS="UFS"', timeout=timing.command_timeout)
    free = to_int(fields(space.values("+QFLDS:")[0])[0]) if space.ok and space.values("+QFLDS:") else None
    return ClipListing(Storage.QUECTEL_UFS, clips, free)


def _quectel_size(channel: AtChannel, name: str, timing: Timing) -> int | None:
    reply = channel.command(f'AT+QFLST="{name}"', timeout=timing.command_timeout)
    entries = _quectel_entries(reply) if reply.ok else []
    return next((entry.size for entry in entries if entry.name == name), None)


def _hex(text: str) -> int | None:
    try:
        return int(text.strip().lower().removeprefix("0x"), 16)
    except ValueError:
        return None


_FILE_COMMANDS = {
    Storage.SIMCOM_FLASH: _FileCommands(
        select="AT+FSCD=C:",
        delete='AT+FSDEL="{name}"',
        upload='AT+CFTRANRX="c:/{name}",{size}',
        ready=DataReady.PROMPT,
        size=_simcom_size,
        checksum_prefix=None,  # SIMCom reports none: the size read back is the check
    ),
    Storage.QUECTEL_UFS: _FileCommands(
        select=None,
        delete='AT+QFDEL="{name}"',
        upload='AT+QFUPL="{name}",{size},' + str(QFUPL_IDLE_SECONDS),
        ready=DataReady.CONNECT,
        size=_quectel_size,
        checksum_prefix="+QFUPL:",
    ),
}
