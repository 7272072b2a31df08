"""Run every benchmark module, print a table and write ``bench/results.json``."""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import traceback
from pathlib import Path

from bench import Report

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make bench")
    parser.add_argument("only", nargs="*", help="run only modules whose name contains one of these")
    args = parser.parse_args(argv)
    report = Report()
    failed = []
    names = sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))
    for name in names:
        if args.only and not any(part in name for part in args.only):
            continue
        print(f"\n== {name}", flush=True)
        try:
            importlib.import_module(f"bench.{name}").run(report)
        except Exception:
            traceback.print_exc()
            failed.append(name)
    (HERE / "results.json").write_text(json.dumps(report.as_json(), indent=2, ensure_ascii=False) + "\n")
    print(f"\n{len(report.figures)} figures written to bench/results.json")
    if failed:
        print("benchmarks that failed: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
