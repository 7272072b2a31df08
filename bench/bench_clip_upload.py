"""Putting the district's clip on a module: ``Modem.upload_clip`` over the simulator's pseudo-terminal.

What IT staff wait for at ``samvad-setu modem audio upload``: the whole exchange (select, look
for an old copy, the data after the prompt, the size read back), paced in 1 KB chunks as a UART
without flow control needs. Baseline: the same upload without the pacing, in the same run. On a
real module the serial line's own speed adds about 1 s per 11 KB at 115200 baud.
"""

from __future__ import annotations

import io
import time
import wave
from dataclasses import replace

from bench import Report, median
from console.resources import resource_path
from modem.config import ModemConfig, Timing
from modem.modem import Modem
from modem.simulator import Simulator

ROUNDS = 3


def _wav_of(seconds: float) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(8000)
        writer.writeframes(bytes(int(8000 * seconds) * 2))
    return buffer.getvalue()


def _upload_ms(dialect: str, name: str, data: bytes, timing: Timing) -> float:
    with Simulator(dialect) as simulator:
        modem = Modem(ModemConfig(name="bench", url=simulator.device_path), timing=timing)
        modem.start()
        try:
            if not modem.wait_started(30):
                raise RuntimeError("the simulated modem did not start")
            modem.probe_audio().result(30)
            started = time.perf_counter()
            report = modem.upload_clip(name, data).result(120)
            elapsed = (time.perf_counter() - started) * 1000.0
        finally:
            modem.stop()
    if not report.verified:
        raise RuntimeError(f"upload not verified: {report}")
    return elapsed


def run(report: Report) -> None:
    paced = Timing()
    unpaced = replace(paced, upload_chunk_pause=0.0)
    clips = {
        "samvad_hi.amr": resource_path("audio", "hardoi", "instruction_hi.amr").read_bytes(),
        "long_8k.wav": _wav_of(14.0),
    }
    for dialect in ("sim7600", "ec25"):
        for name, data in clips.items():
            ours = [_upload_ms(dialect, name, data, paced) for _ in range(ROUNDS)]
            bare = [_upload_ms(dialect, name, data, unpaced) for _ in range(ROUNDS)]
            report.add(
                f"clip upload {dialect} {name} ({len(data) // 1024} KB)",
                median(ours),
                "ms",
                baseline_name="same upload, no pacing",
                baseline_value=median(bare),
                note=f"median of {ROUNDS}; 1 KB chunks, {paced.upload_chunk_pause * 1000:.0f} ms apart",
            )


if __name__ == "__main__":
    run(Report())
