"""Make each district's instruction clips: the words the officer hears when a recorded call is answered.

    python resources/audio/make_clips.py            # every district, AMR-NB (what is committed)
    python resources/audio/make_clips.py --format wav --district hardoi --out /tmp/clips

The speech is SYNTHETIC (espeak-ng's Hindi and English voices), made so the path from the
center's modem to the officer's ear can be built and tested end to end. A district should
replace it with a real recording of a calm human voice, saved in the same format: AMR-NB
(8 kHz mono, 12.2 kbit/s) or WAV (8 kHz, mono, 16-bit PCM), which SIMCom's ``AT+CCMXPLAY``
and Quectel's ``AT+QPSND`` both play. Needs ``espeak-ng`` and ``sox`` (with the AMR-NB
format: Debian's ``libsox-fmt-all``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
DISTRICTS = HERE.parent / "districts"
WORDS = {
    "hi": (
        "नमस्कार। यह जिला कमांड सेंटर, {name_hi} से कॉल है। "
        "एक जनप्रतिनिधि आपके कॉल बैक की प्रतीक्षा कर रहे हैं। "
        "विवरण अभी भेजे गए एसएमएस में है।"
    ),
    "en": (
        "This is the district command center, {name_en}. "
        "A public representative is waiting for your call back. "
        "The details are in the SMS just sent."
    ),
}
VOICES = {"hi": "hi", "en": "en-gb"}
WORDS_PER_MINUTE = 135


def districts() -> dict[str, dict[str, str]]:
    found = {}
    for path in sorted(DISTRICTS.glob("*.toml")):
        if path.name.startswith("_"):
            continue
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        found[path.stem] = {"name_hi": data["name_hi"], "name_en": data["name_en"]}
    return found


def make_clip(text: str, voice: str, target: Path, kind: str) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        spoken = Path(scratch) / "spoken.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(WORDS_PER_MINUTE), "-w", str(spoken), text], check=True)
        # 8 kHz mono 16-bit, a little quieter than espeak's full scale, a short pause before and after.
        encoding = ["-t", "amr-nb", "-C", "7"] if kind == "amr" else ["-t", "wav", "-e", "signed-integer", "-b", "16"]
        subprocess.run(
            ["sox", str(spoken), "-r", "8000", "-c", "1", *encoding, str(target),
             "gain", "-n", "-3", "pad", "0.4", "0.6"],
            check=True,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--format", choices=("amr", "wav"), default="amr")
    parser.add_argument("--district", action="append", help="only this district (repeatable)")
    parser.add_argument("--out", type=Path, default=HERE, help="folder for <district>/instruction_<lang>.<format>")
    args = parser.parse_args(argv)
    missing = [tool for tool in ("espeak-ng", "sox") if shutil.which(tool) is None]
    if missing:
        print(f"make_clips: install {' and '.join(missing)} first (apt-get install espeak-ng sox libsox-fmt-all)",
              file=sys.stderr)
        return 2
    known = districts()
    for code in args.district or sorted(known):
        if code not in known:
            print(f"make_clips: no district {code!r} (known: {', '.join(sorted(known))})", file=sys.stderr)
            return 2
        folder = args.out / code
        folder.mkdir(parents=True, exist_ok=True)
        for language, words in WORDS.items():
            target = folder / f"instruction_{language}.{args.format}"
            make_clip(words.format(**known[code]), VOICES[language], target, args.format)
            print(f"{target}: {target.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
