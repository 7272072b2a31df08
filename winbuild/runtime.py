"""The Windows Python runtime: python.org's embeddable zip, an input of the build (it cannot be downloaded here).

With ``PYTHON_EMBED`` (the zip) and ``PYTHON_EMBED_SHA256`` (the hash python.org
publishes beside it) the zip is checked and unpacked into the install folder's
root, where the embeddable distribution expects to live. Without them the
build goes on with a stand-in: files named as the runtime's, each saying that
it is not, so the package layout is complete and every check but a real start
can run; the MSI says NO-RUNTIME in its name and refuses to install unless
``ALLOW_NO_RUNTIME=1`` is given (the Linux checks give it).
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from winbuild.cache import cached_folder
from winbuild.product import NO_RUNTIME, WINDOWS_PYTHON

TAG = WINDOWS_PYTHON.replace(".", "")
REQUIRED = ("python.exe", "pythonw.exe", f"python{TAG}.dll", f"python{TAG}.zip", f"python{TAG}._pth")
STAND_IN_FILES = ("python.exe", "pythonw.exe", f"python{TAG}.dll", "python3.dll", f"python{TAG}.zip",
                  "vcruntime140.dll", "vcruntime140_1.dll")
STAND_IN_TEXT = ("NO-RUNTIME stand-in for {name}: this build carries no Windows Python runtime and cannot run.\n"
                 "Rebuild with PYTHON_EMBED=python-{version}-embed-amd64.zip "
                 "PYTHON_EMBED_SHA256=<python.org's hash>.\n")
_PTH = re.compile(r"^python(\d+)\._pth$")


class RuntimeRefused(SystemExit):
    """The runtime given cannot be used; the message says why."""


@dataclass(frozen=True)
class Runtime:
    folder: Path  # its files, laid out as in the install folder's root
    real: bool
    describe: str


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def prepare_runtime(cache: Path, embed: str | None, expected_sha256: str | None) -> Runtime:
    if not embed and not expected_sha256:
        return _stand_in(cache)
    if not embed or not expected_sha256:
        raise RuntimeRefused("give both PYTHON_EMBED (the embeddable zip) and PYTHON_EMBED_SHA256 (its published hash)")
    path = Path(embed)
    if not path.is_file():
        raise RuntimeRefused(f"PYTHON_EMBED: no such file {path}")
    actual = sha256_of(path)
    if actual.lower() != expected_sha256.strip().lower():
        raise RuntimeRefused(f"PYTHON_EMBED: {path.name} has SHA-256 {actual}, not the expected {expected_sha256}; "
                             "refusing it (download it again from python.org and compare the published hash)")
    folder, _ = cached_folder(cache, "runtime", actual[:16], lambda target: _unpack(path, target))
    return Runtime(folder, True, f"Windows Python runtime {path.name} (SHA-256 {actual[:16]}...)")


def _unpack(path: Path, folder: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            versions = {match.group(1) for name in names if (match := _PTH.match(name))}
            if versions and versions != {TAG}:
                raise RuntimeRefused(f"PYTHON_EMBED: {path.name} is Python {'/'.join(sorted(versions))}, "
                                     f"the bundle's wheels are for {WINDOWS_PYTHON}")
            missing = [name for name in REQUIRED if name not in names]
            if missing:
                raise RuntimeRefused(f"PYTHON_EMBED: {path.name} is not an embeddable Python (missing "
                                     f"{', '.join(missing)})")
            archive.extractall(folder)
    except zipfile.BadZipFile:
        raise RuntimeRefused(f"PYTHON_EMBED: {path.name} is not a zip file") from None
    (folder / f"python{TAG}._pth").unlink()  # the bundle writes its own search path


def _stand_in(cache: Path) -> Runtime:
    def make(folder: Path) -> None:
        for name in STAND_IN_FILES:
            (folder / name).write_text(STAND_IN_TEXT.format(name=name, version=WINDOWS_PYTHON), encoding="ascii")

    folder, _ = cached_folder(cache, "runtime", NO_RUNTIME, make)
    return Runtime(folder, False, "NO-RUNTIME stand-in (PYTHON_EMBED and PYTHON_EMBED_SHA256 not given)")
