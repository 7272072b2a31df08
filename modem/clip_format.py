"""The clip formats the modules play into a call, read from the bytes alone.

SIMCom's ``AT+CCMXPLAY`` and Quectel's ``AT+QPSND`` both take WAV (PCM, 16-bit, mono, 8 or
16 kHz) and AMR-NB files from their own storage. A clip is checked before it is uploaded (so
what goes over the port in data mode is a real clip, not whatever file was at hand) and its
length is measured, so a playback that stopped early can be told from one that finished.
"""

from __future__ import annotations

import io
import wave
from dataclasses import dataclass

AMR_MAGIC = b"#!AMR\n"
AMR_FRAME_SECONDS = 0.02
# AMR-NB storage format (RFC 4867 §5): speech bytes per frame type, after the one-byte frame header.
_AMR_FRAME_BYTES = {0: 12, 1: 13, 2: 15, 3: 17, 4: 19, 5: 20, 6: 26, 7: 31, 8: 5, 15: 0}
WAV_RATES = (8000, 16000)
MAX_CLIP_BYTES = 512 * 1024  # a minute of 8 kHz WAV; the modules' storage is a few MB at most


class ClipError(ValueError):
    """Bytes that are not a clip a module can play; the message says what is wrong and what is expected."""


@dataclass(frozen=True)
class ClipInfo:
    kind: str  # "wav" or "amr"
    seconds: float
    sample_rate: int
    size: int


def describe_clip(data: bytes) -> ClipInfo:
    """The clip's kind and length; :class:`ClipError` for anything a module would not play."""
    if not data:
        raise ClipError("the file is empty")
    if len(data) > MAX_CLIP_BYTES:
        raise ClipError(f"the file has {len(data)} bytes; a clip may have at most {MAX_CLIP_BYTES}")
    if data.startswith(AMR_MAGIC):
        return ClipInfo("amr", _amr_seconds(data), 8000, len(data))
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return _wav(data)
    raise ClipError("not a WAV (RIFF) or AMR-NB (#!AMR) file")


def clip_seconds(data: bytes) -> float | None:
    """The clip's length, or None for bytes that are not a playable clip (the simulator's lenient view)."""
    try:
        return describe_clip(data).seconds
    except ClipError:
        return None


def _amr_seconds(data: bytes) -> float:
    offset, frames = len(AMR_MAGIC), 0
    while offset < len(data):
        frame_type = (data[offset] >> 3) & 0x0F
        size = _AMR_FRAME_BYTES.get(frame_type)
        if size is None:
            raise ClipError(f"AMR frame {frames + 1} has frame type {frame_type}, which AMR-NB does not define")
        offset += 1 + size
        frames += 1
    if offset != len(data):
        raise ClipError("the AMR file ends in the middle of a frame")
    if frames == 0:
        raise ClipError("the AMR file holds no frames")
    return frames * AMR_FRAME_SECONDS


def _wav(data: bytes) -> ClipInfo:
    try:
        with wave.open(io.BytesIO(data), "rb") as reader:
            channels, width, rate, frames = (
                reader.getnchannels(),
                reader.getsampwidth(),
                reader.getframerate(),
                reader.getnframes(),
            )
    except (wave.Error, EOFError) as error:
        raise ClipError(f"not a PCM WAV file the modules play ({error})") from None
    if channels != 1 or width != 2 or rate not in WAV_RATES:
        raise ClipError(
            f"the WAV is {channels} channel(s), {8 * width}-bit, {rate} Hz; the modules play mono 16-bit at 8000"
            " or 16000 Hz"
        )
    if frames == 0:
        raise ClipError("the WAV file holds no sound")
    return ClipInfo("wav", frames / rate, rate, len(data))


def quectel_checksum(data: bytes) -> int:
    """The 16-bit XOR checksum Quectel's ``AT+QFUPL`` reports: big-endian words, an odd last byte as the high half."""
    checksum = 0
    for offset in range(0, len(data) - 1, 2):
        checksum ^= (data[offset] << 8) | data[offset + 1]
    if len(data) % 2:
        checksum ^= data[-1] << 8
    return checksum
