"""The escalation queue panel: filters, the live table and the alarm banner."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from console.domain import BusinessHours, EscalationState
from console.views import LiveState
from ui.alarm import Alarm, AlarmBanner
from ui.i18n import department
from ui.labels import label
from ui.people_text import actor_name, remember_names
from ui.queue_table_model import COL_COUNTDOWN, COL_DEPARTMENT, COL_OFFICER, QueueFilterProxy, QueueTableModel
from ui.row_table_model import ROW_ROLE
from ui.table_view import make_table
from ui.widgets import Retranslating, refill_combo

QUEUE_WIDTHS = (72, 150, 200, 120, 84, 154, 120, 96)  # the officer's column stretches: fits 1366×768
OPEN_STATES = [s for s in EscalationState if s.is_open]


class QueuePanel(Retranslating, QWidget):
    case_activated = Signal(int)

    def __init__(self, calendar: BusinessHours, alarm: Alarm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queue_panel")
        self.model = QueueTableModel(calendar, self)
        self.proxy = QueueFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.alarm = alarm
        self.banner = AlarmBanner(alarm, self)
        self.title = QLabel(self)
        self.title.setObjectName("queue_title")
        self.state_filter = QComboBox(self)
        self.state_filter.setObjectName("queue_state_filter")
        self.department_filter = QComboBox(self)
        self.department_filter.setObjectName("queue_department_filter")
        self.operator_filter = QComboBox(self)
        self.operator_filter.setObjectName("queue_operator_filter")
        for combo in (self.state_filter, self.department_filter, self.operator_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.table = make_table("queue_table", self.proxy, QUEUE_WIDTHS, self)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_COUNTDOWN, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_OFFICER, QHeaderView.ResizeMode.Stretch)  # the rest stay fixed and readable
        # 1366 px hold seven readable columns: the department is the officer's tooltip and the filter above
        self.table.setColumnHidden(COL_DEPARTMENT, True)
        self.table.activated.connect(self._on_table_activated)
        filters = QHBoxLayout()
        filters.addWidget(self.title)
        filters.addStretch(1)
        filters.addWidget(self.state_filter)
        filters.addWidget(self.department_filter)
        filters.addWidget(self.operator_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self._departments: tuple[str, ...] = ()
        self._operators: tuple[str, ...] = ()
        self._people: dict[str, str] = {}
        alarm.changed.connect(self._on_alarm_changed)
        self.retranslate()

    # -- data
    def show_state(self, state: LiveState, now: datetime) -> None:
        selected = self.selected_case_id()
        if dict(state.people) != self._people:
            self._people = dict(state.people)
            remember_names(state.people)
            self._operators = ()  # re-worded below
        self.model.set_queue(state.queue, now)
        operators = state.operators
        if state.departments != self._departments or operators != self._operators:
            self._departments, self._operators = state.departments, operators
            self._fill_filters()
        # no invalidate(): the model's reset has the proxy filter and sort its rows again (a second sort was a
        # tenth of the first screen's paint over 663 open cases)
        self._update_title()
        self.alarm.update(self.model.board.alarming_case_ids())
        if selected is None or not self.select_case(selected):
            # the chosen case left the queue (or nothing was chosen): no row is under the cursor, so Enter
            # cannot open a case the operator never saw selected
            self.table.selectionModel().clear()

    def tick(self, now: datetime) -> None:
        if self.model.tick(now):
            self.alarm.update(self.model.board.alarming_case_ids())

    def selected_case_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return int(indexes[0].data(ROW_ROLE).case_id)

    def select_case(self, case_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).case_id == case_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    # -- words
    def retranslate(self) -> None:
        self._fill_filters()
        self._update_title()
        self.model.retranslate()
        self.banner.set_case_codes(self._alarming_codes())

    def _update_title(self) -> None:
        self.title.setText(self.tr("<b>Escalation queue</b> — %1 open").replace("%1", str(self.model.rowCount())))

    def _fill_filters(self) -> None:
        refill_combo(self.state_filter, [(self.tr("All states"), None)] + [(label(s), s.value) for s in OPEN_STATES])
        refill_combo(self.department_filter, [(self.tr("All departments"), "")] + [(department(d), d) for d in self._departments])
        refill_combo(self.operator_filter,
                     [(self.tr("All operators"), "")] + [(actor_name(login), login) for login in self._operators])

    def _alarming_codes(self) -> list[str]:
        alarming = self.alarm.unacknowledged
        return sorted(row.case_code for row in self.model.rows if row.case_id in alarming)

    # -- slots
    def _on_filter_changed(self, _index: int) -> None:
        state_value = self.state_filter.currentData()
        self.proxy.set_filters(
            EscalationState(state_value) if state_value else None,
            self.department_filter.currentData() or "",
            self.operator_filter.currentData() or "",
        )

    def _on_table_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None and row.case_id == self.selected_case_id():  # only the case the operator sees selected
            self.case_activated.emit(row.case_id)

    def _on_alarm_changed(self) -> None:
        self.banner.set_case_codes(self._alarming_codes())
