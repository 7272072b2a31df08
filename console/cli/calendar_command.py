"""``samvad-setu calendar``: is the office open now, and when does it open next."""

from __future__ import annotations

import argparse
from typing import Any

from console.clock import SystemClock


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "calendar", help="show whether the district office is open now"
    )
    parser.add_argument("--district", default="hardoi", help="district code (default: hardoi)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    now = SystemClock().now()
    print(f"{args.district}: now {now.isoformat()}")
    return 0
