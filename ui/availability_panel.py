"""The availability grid: every officer's status today, with filters, counts and period editing."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from console.domain import AvailabilityStatus
from console.views import LiveState, OfficerRow
from ui.formatting import format_count
from ui.i18n import department
from ui.labels import label
from ui.officer_table_model import OfficerFilterProxy, OfficerTableModel
from ui.row_table_model import ROW_ROLE
from ui.table_view import make_table
from ui.widgets import Retranslating, refill_combo

OFFICER_WIDTHS = (150, 200, 112, 92, 200, 118, 150)  # to the number within 1366×768; the rest scrolls


class AvailabilityPanel(Retranslating, QWidget):
    period_edit_requested = Signal(object)  # the OfficerRow, or None when none is selected
    import_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("availability_panel")
        self.model = OfficerTableModel(self)
        self.proxy = OfficerFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.title = QLabel(self)
        self.title.setObjectName("availability_title")
        self.counts = QLabel(self)
        self.counts.setObjectName("availability_counts")
        self.text_filter = QLineEdit(self)
        self.text_filter.setObjectName("availability_text_filter")
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.setMinimumWidth(200)
        self.department_filter = QComboBox(self)
        self.department_filter.setObjectName("availability_department_filter")
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("availability_status_filter")
        for combo in (self.department_filter, self.status_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.text_filter.textChanged.connect(self._on_filter_changed)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit_period_button")
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("import_roster_button")
        self.import_button.clicked.connect(self.import_requested)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export_roster_button")
        self.export_button.clicked.connect(self.export_requested)
        self.table = make_table("officer_table", self.proxy, OFFICER_WIDTHS, self)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self._on_table_activated)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.counts)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        filters = QHBoxLayout()
        filters.addWidget(self.text_filter, 1)
        filters.addWidget(self.department_filter)
        filters.addWidget(self.status_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self._departments: tuple[str, ...] = ()
        self._read = False  # no officer read yet: the counts say so rather than "on duty 0"
        self.retranslate()

    def show_state(self, state: LiveState) -> None:
        if not state.complete:  # the first screen: the grid comes with the whole state, just after
            return
        self._read = True
        selected = self.selected_officer()
        self.model.set_rows(state.officers)
        if state.departments != self._departments:
            self._departments = state.departments
            self._fill_filters()
        # no invalidate(): the model's reset has the proxy filter and sort its rows again
        self._update_counts()
        if selected is not None:
            self.select_officer(selected.officer_id)

    def selected_officer(self) -> OfficerRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def select_officer(self, officer_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).officer_id == officer_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    def retranslate(self) -> None:
        self.title.setText(self.tr("<b>Availability</b>"))
        self.text_filter.setPlaceholderText(self.tr("Filter by name, office or number"))
        self.edit_button.setText(self.tr("&Leave / training…"))
        self.edit_button.setToolTip(self.tr("Record a leave or training period for the selected officer, with an alternate"))
        self.import_button.setText(self.tr("Import roster…"))
        self.export_button.setText(self.tr("Export roster…"))
        self._fill_filters()
        self._update_counts()
        self.model.retranslate()

    def _update_counts(self) -> None:
        if not self._read:
            self.counts.setText(self.tr("reading the officers…"))
            return
        totals = self.model.counts()
        self.counts.setText(
            self.tr("on duty %1 · on leave %2 · in training %3")
            .replace("%1", format_count(totals[AvailabilityStatus.ON_DUTY]))
            .replace("%2", format_count(totals[AvailabilityStatus.LEAVE]))
            .replace("%3", format_count(totals[AvailabilityStatus.TRAINING]))
        )

    def _fill_filters(self) -> None:
        refill_combo(self.department_filter, [(self.tr("All departments"), "")] + [(department(d), d) for d in self._departments])
        refill_combo(self.status_filter, [(self.tr("All statuses"), None)] + [(label(s), s.value) for s in AvailabilityStatus])

    def _on_filter_changed(self, *_args: object) -> None:
        status = self.status_filter.currentData()
        self.proxy.set_filters(
            self.department_filter.currentData() or "",
            AvailabilityStatus(status) if status else None,
            self.text_filter.text(),
        )

    def _on_edit_button_clicked(self) -> None:
        self.period_edit_requested.emit(self.selected_officer())  # None: the dialog asks for the officer

    def _on_table_activated(self, index: QModelIndex) -> None:
        officer = index.data(ROW_ROLE)
        if officer is not None:
            self.period_edit_requested.emit(officer)
