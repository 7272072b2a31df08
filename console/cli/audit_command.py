"""``samvad-setu audit verify``: is the record as it was written?

Walks the hash chain over case events, roster and account changes and sign-ins
(:mod:`db.chain`), then replays every case from its timeline against its stored
row. Exit 0 with the count and the chain head when all holds; exit 1 naming the
first broken entry (table, id, case code) and every case whose stored fields
disagree with its history. ``--expect HEAD`` also checks that a chain head
printed earlier (on an export's Summary sheet) is still in the chain.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from console.audit import AuditReport, verify_record
from console.cli import CommandError
from console.cli.database_access import add_target_options, open_target
from db.chain_check import BreakKind
from db.errors import DatabaseUnavailableError

_BREAK_WORDS = {
    BreakKind.CHANGED: "was changed after it was written",
    BreakKind.MISSING: "was deleted",
    BreakKind.LINK_ALTERED: "has an altered chain link",
    BreakKind.UNLINKED: "was inserted outside the program (no chain link)",
}


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "audit", help="check that the record (cases, roster, accounts) has not been altered"
    )
    actions = parser.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help="walk the hash chain and replay every case from its events")
    add_target_options(verify)
    verify.add_argument("--expect", metavar="HEAD", help="a chain head printed earlier (position:hash) to look for")
    verify.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    target, database = open_target(args)
    try:
        report = verify_record(database, expect=args.expect)
    except DatabaseUnavailableError as error:
        raise CommandError(f"{target.describe()}: {error}") from None
    finally:
        database.dispose()
    print_report(report, target.describe())
    return 0 if report.intact else 1


def print_report(report: AuditReport, where: str) -> None:
    out = sys.stdout if report.intact else sys.stderr
    broken = report.first_break
    if broken is not None:
        code = f" (case {broken.case_code})" if broken.case_code else ""
        link = f", chain link {broken.position}" if broken.position is not None else ""
        print(f"BROKEN: {broken.table} entry {broken.entry_id}{code} {_BREAK_WORDS[broken.kind]}{link}; "
              f"the {report.entries:,} entries before it hold", file=out)
    for case in report.disagreeing:
        if case.detail:
            print(f"CASE {case.case_code}: its timeline cannot be a case's: {case.detail}", file=out)
        else:
            print(f"CASE {case.case_code}: stored {', '.join(case.fields)} differ from what its timeline records",
                  file=out)
    hidden = report.disagreeing_count - len(report.disagreeing)
    if hidden > 0:
        print(f"... and {hidden:,} more cases that disagree with their timelines", file=out)
    if report.expected_found is False:
        print("EXPECTED HEAD NOT FOUND: that chain head is not in this record (rewritten, or another database)",
              file=out)
    if report.intact:
        found = "; the expected head is in the chain" if report.expected_found else ""
        print(f"Record intact in {where}: {report.entries:,} entries chained, {report.cases:,} cases agree with "
              f"their timelines{found}.")
        print(f"Chain head: {report.head or 'none (the record is empty)'}")
