"""One measured export in a process of its own, so its peak memory is its own (``bench_reports`` runs it).

    python -m bench.report_child ours|pandas DATABASE_URL OUT.xlsx FIRST LAST

Prints one JSON line: seconds, the peak resident memory above what the process
held before the export began (imports done, database open), and the case rows.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date, datetime, timezone
from pathlib import Path

NOW = datetime(2026, 3, 18, 6, 30, tzinfo=timezone.utc)  # as bench_demo_seed builds the year


def status_kib(field: str) -> int:
    """VmRSS (now) or VmHWM (the peak): of this process's own memory since it started the program.

    Not ``getrusage``'s ``ru_maxrss``: Linux carries that over from the parent across fork and exec, so a
    child of a large benchmark process would report the parent's size.
    """
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    return 0


def main(mode: str, url: str, out: str, first: str, last: str) -> None:
    from console.config import load_district_config
    from console.reports.export import export_workbook
    from console.reports.period import ReportPeriod
    from console.reports.query import ReportQuery
    from console.reports.source import district_settings, figures_from, read_people, report_from
    from console.reports.workbook_cells import Kind, excel_instant
    from console.reports.workbook_sheets import Book, cases_columns
    from console.reports.workbook_words import Words
    from db.database import Database

    if mode == "pandas":
        import pandas

    database = Database.open(url)
    settings = district_settings(database, load_district_config("hardoi"))
    query = ReportQuery(ReportPeriod(date.fromisoformat(first), date.fromisoformat(last)))
    before = status_kib("VmRSS")
    started = time.perf_counter()
    if mode == "ours":
        rows = export_workbook(database, settings, query, Path(out), as_of=NOW, generated_by="bench",
                               language="en").cases
    else:
        with database.reading() as work:
            people = read_people(work)
            report = report_from(work, settings, query, people, as_of=NOW, keep_cases=False)
            words = Words("en")
            columns = cases_columns(Book(words, people, report))
            instants = [column.kind is Kind.INSTANT for column in columns]
            table = [
                [excel_instant(value) if instant and value is not None else value
                 for value, instant in zip((column.value(figure) for column in columns), instants)]
                for figure in figures_from(work, settings, query, people, report)
            ]
        frame = pandas.DataFrame(table, columns=[words[column.heading] for column in columns])
        frame.to_excel(out, sheet_name=words["sheet.cases"], index=False)
        rows = len(frame)
    seconds = time.perf_counter() - started
    peak = status_kib("VmHWM")
    print(json.dumps({"seconds": seconds, "peak_mib": (peak - before) / 1024, "rows": rows,
                      "size_mib": Path(out).stat().st_size / 2**20}))


if __name__ == "__main__":
    main(*sys.argv[1:6])
