"""Optional Authenticode signing of the MSI with ``osslsigncode``, when IT gives a certificate and its key."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from winbuild.product import PRODUCT_NAME


@dataclass(frozen=True)
class Signing:
    certificate: Path  # PEM or SPC
    key: Path  # PEM or PVK
    password_file: Path | None = None
    timestamp_url: str | None = None


def sign(msi: Path, signing: Signing) -> None:
    """Sign ``msi`` in place; SystemExit with osslsigncode's words when it refuses."""
    signed = msi.with_suffix(".signed.msi")
    command = ["osslsigncode", "sign", "-certs", str(signing.certificate), "-key", str(signing.key),
               "-n", PRODUCT_NAME, "-h", "sha256", "-in", str(msi), "-out", str(signed)]
    if signing.password_file is not None:
        command[2:2] = ["-readpass", str(signing.password_file)]
    if signing.timestamp_url:
        command[2:2] = ["-ts", signing.timestamp_url]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        signed.unlink(missing_ok=True)
        raise SystemExit(f"signing {msi.name} failed: {(result.stderr or result.stdout).strip()}")
    signed.replace(msi)


def verify(msi: Path, ca_file: Path | None = None) -> str:
    """osslsigncode's verdict (its output); SystemExit when the signature does not hold."""
    command = ["osslsigncode", "verify", "-in", str(msi)]
    if ca_file is not None:
        command += ["-CAfile", str(ca_file)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"signature of {msi.name} does not verify: {(result.stdout + result.stderr).strip()[-400:]}")
    return result.stdout
