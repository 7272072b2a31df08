"""Another workstation, in its own process: log one complaint on the given database and print its case code.

    python -m tests.ui.second_workstation DATABASE_URL OFFICER_ID
"""

from __future__ import annotations

import sys

from console.clock import FakeClock
from console.config import load_district_config
from console.desk.desk import Desk
from console.desk.window_adapter import DeskService
from console.desk.settings import DeskSettings
from console.domain import ComplaintDraft, UserRole
from console.window_interface import ActionOutcome
from console.views import OperatorSession
from db.database import Database
from tests.desk.conftest import T0


def main(url: str, officer_id: int) -> int:
    database = Database.open(url)
    try:
        desk = Desk(database, DeskSettings.for_district(load_district_config("hardoi")), FakeClock(T0))
        service = DeskService(desk, OperatorSession("ravi", "Ravi Kumar", UserRole.OPERATOR))
        queue = service.load_live_state().queue  # a representative with no open case against this officer
        busy = {row.representative_id for row in queue if row.officer_id == officer_id}
        chosen = min(set(desk.roster().representatives) - busy)
        result = service.log_complaint(ComplaintDraft(chosen, officer_id))
        if result.outcome is not ActionOutcome.OK:
            print(f"not logged: {result}", file=sys.stderr)
            return 1
        print(result.case_code)
        return 0
    finally:
        database.dispose()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], int(sys.argv[2])))
