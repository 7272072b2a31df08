"""``python -m winbuild msi|check``: what ``make msi`` and ``make msi-check`` run.

Settings come as options or, as make passes them, from the environment:
DISTRICT, MSI_VERSION, PYTHON_EMBED, PYTHON_EMBED_SHA256, SIGN_CERT, SIGN_KEY,
SIGN_PASSFILE, SIGN_TIMESTAMP.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path

from winbuild.msi import BuildRequest, build, districts_of
from winbuild.sign import Signing


def signing_from(options: argparse.Namespace) -> Signing | None:
    if not options.sign_cert and not options.sign_key:
        return None
    if not options.sign_cert or not options.sign_key:
        raise SystemExit("signing needs both SIGN_CERT (the certificate) and SIGN_KEY (its private key)")
    return Signing(Path(options.sign_cert), Path(options.sign_key),
                   Path(options.sign_passfile) if options.sign_passfile else None, options.sign_timestamp or None)


def parser() -> argparse.ArgumentParser:
    environment = os.environ.get
    main = argparse.ArgumentParser(prog="python -m winbuild", description="Samvad Setu's Windows MSIs, built on Linux")
    commands = main.add_subparsers(dest="command", required=True)
    msi = commands.add_parser("msi", help="build dist/samvad-setu-<version>-<district>.msi")
    msi.add_argument("--district", default=environment("DISTRICT") or "kannauj", help="a district code, or all")
    msi.add_argument("--version", default=environment("MSI_VERSION") or None, help="default: setup.cfg's")
    msi.add_argument("--out", type=Path, default=None, help="default: dist/")
    msi.add_argument("--python-embed", default=environment("PYTHON_EMBED"),
                     help="python.org's embeddable zip for Windows amd64, Python 3.12")
    msi.add_argument("--python-embed-sha256", default=environment("PYTHON_EMBED_SHA256"),
                     help="its SHA-256 as python.org publishes it")
    msi.add_argument("--sign-cert", default=environment("SIGN_CERT"))
    msi.add_argument("--sign-key", default=environment("SIGN_KEY"))
    msi.add_argument("--sign-passfile", default=environment("SIGN_PASSFILE"))
    msi.add_argument("--sign-timestamp", default=environment("SIGN_TIMESTAMP"))
    wxs = commands.add_parser("wxs", help="the WiX source over a PyInstaller folder (the Windows build host route)")
    wxs.add_argument("--district", default=environment("DISTRICT") or "kannauj")
    wxs.add_argument("--frozen", type=Path, required=True, help="PyInstaller's dist/samvad-setu folder")
    wxs.add_argument("--out", type=Path, default=Path("build") / "wix")
    wxs.add_argument("--version", default=environment("MSI_VERSION") or None)
    check = commands.add_parser("check", help="build one district and check it: tables, then install under wine")
    check.add_argument("--district", default=environment("DISTRICT") or "kannauj")
    check.add_argument("--python-embed", default=environment("PYTHON_EMBED"))
    check.add_argument("--python-embed-sha256", default=environment("PYTHON_EMBED_SHA256"))
    return main


def main(argv: Sequence[str] | None = None) -> int:
    options = parser().parse_args(argv)
    if options.command == "msi":
        request = BuildRequest(districts_of(options.district), version=options.version,
                               embed=options.python_embed, embed_sha256=options.python_embed_sha256,
                               signing=signing_from(options))
        if options.out is not None:
            request = BuildRequest(**{**request.__dict__, "out": options.out})
        build(request)
        return 0
    if options.command == "wxs":
        from winbuild.frozen import write_frozen_wix

        write_frozen_wix(districts_of(options.district)[0], options.frozen, options.out, options.version)
        return 0
    from winbuild.check import run_checks

    return run_checks(districts_of(options.district)[0], options.python_embed, options.python_embed_sha256)


if __name__ == "__main__":
    raise SystemExit(main())
