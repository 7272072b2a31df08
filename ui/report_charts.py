"""The reports screen's three charts (pyqtgraph): each click names what lies behind the bar or point.

* per day — complaints as bars (left axis) and the median response as a line (right axis);
* the distribution of response times in five-minute bins, the district's threshold marked, and the
  cases never confirmed as a bar of their own;
* the slowest officers by median response, coloured by standing, the threshold marked.

A click in a bar's column selects it (a bar of a few cases is easy to miss); the
window then lists the cases behind it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QDate, QPointF, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from console.metrics import Standing
from console.reports.analytics import GroupFigures, OfficerFigures, Report
from console.reports.facts import People
from console.reports.selection import ResponseBin, response_bins, slowest_officers
from ui.formatting import format_count
from ui.i18n import locale, pick

BAR = "#4a7ab5"
LINE = "#c0392b"
THRESHOLD = "#b35900"
UNCONFIRMED = "#c99400"
STANDING_BARS = {Standing.COMMENDABLE: "#2e7d32", Standing.NEGLIGENT: "#c62828"}
OFFICERS_SHOWN = 12
LABEL_WIDTH = 190  # pixels for the officers' names beside their bars
BACKGROUND = "w"
FOREGROUND = "#2b2b2b"


class _Chart(pg.PlotWidget):
    """Turns a click into the index of the column under it (bars stand at 0, 1, 2 …)."""

    def __init__(self, object_name: str, parent: QWidget | None = None, *, horizontal: bool = False) -> None:
        super().__init__(parent, background=BACKGROUND)
        self.setObjectName(object_name)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the tables beside the charts are the keyboard's way in
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.setMinimumHeight(200)
        for name in ("left", "bottom", "right"):
            axis = self.getAxis(name)
            axis.setPen(FOREGROUND)
            axis.setTextPen(FOREGROUND)
            axis.setStyle(textFillLimits=[(0, 0.95)])  # every tick we set is labelled, as long as it fits
        self._horizontal = horizontal
        self._count = 0
        self.scene().sigMouseClicked.connect(self._on_scene_clicked)

    def column_at(self, view_point: QPointF) -> int | None:
        value = view_point.y() if self._horizontal else view_point.x()
        index = round(value)
        return index if 0 <= index < self._count and abs(value - index) <= 0.5 else None

    def scene_point_of(self, index: int, height: float = 0.0) -> QPointF:
        """Where a click on column ``index`` lands in the scene (``height`` up the bar)."""
        point = QPointF(height, index) if self._horizontal else QPointF(index, height)
        return self.getPlotItem().vb.mapViewToScene(point)

    def _on_scene_clicked(self, event: object) -> None:
        if getattr(event, "button", lambda: None)() != Qt.MouseButton.LeftButton:
            return
        view = self.getPlotItem().vb
        scene_point = event.scenePos()  # type: ignore[attr-defined]
        if not view.sceneBoundingRect().contains(scene_point):
            return
        index = self.column_at(view.mapSceneToView(scene_point))
        if index is not None:
            self.column_clicked(index)

    def column_clicked(self, index: int) -> None:
        raise NotImplementedError

    def set_title(self, text: str) -> None:
        self.setTitle(text, color=FOREGROUND, size="9pt")


class DayChart(_Chart):
    day_clicked = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("report_day_chart", parent)
        plot = self.getPlotItem()
        plot.showAxis("right")
        self.median_view = pg.ViewBox()
        self.median_view.setMouseEnabled(x=False, y=False)
        plot.scene().addItem(self.median_view)
        plot.getAxis("right").linkToView(self.median_view)
        self.median_view.setXLink(plot)
        plot.vb.sigResized.connect(self._align_views)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush=BAR, pen=None)
        plot.addItem(self.bars)
        self.median = pg.PlotDataItem([], [], pen=pg.mkPen(LINE, width=2), symbol="o", symbolSize=5,
                                      symbolBrush=LINE, symbolPen=None, connect="finite")
        self.median_view.addItem(self.median)
        self.threshold = pg.InfiniteLine(angle=0, pen=pg.mkPen(THRESHOLD, width=1, style=Qt.PenStyle.DashLine))
        self.median_view.addItem(self.threshold)
        self.days: tuple[date, ...] = ()

    def _align_views(self) -> None:
        self.median_view.setGeometry(self.getPlotItem().vb.sceneBoundingRect())
        self.median_view.linkedViewChanged(self.getPlotItem().vb, self.median_view.XAxis)

    def show_days(self, days: Sequence[GroupFigures], threshold: float) -> None:
        self.days = tuple(day.key for day in days if isinstance(day.key, date))
        self._count = len(self.days)
        indices = list(range(self._count))
        counts = [day.figures.complaints for day in days]
        medians = [float("nan") if day.figures.median_business_minutes is None else day.figures.median_business_minutes
                   for day in days]
        self.bars.setOpts(x=indices, height=counts, width=0.7)
        self.median.setData(indices, medians)
        self.threshold.setValue(threshold)
        step = max(1, round(self._count / 8))
        self.getAxis("bottom").setTicks([[(index, _short_date(day)) for index, day in enumerate(self.days)
                                          if index % step == 0]])
        plot = self.getPlotItem()
        plot.setXRange(-0.6, max(0, self._count - 1) + 0.6, padding=0)
        plot.setYRange(0, max(counts, default=0) * 1.15 + 1, padding=0)
        finite = [value for value in medians if value == value]
        self.median_view.setYRange(0, max([threshold, *finite]) * 1.15, padding=0)
        self._align_views()

    def column_clicked(self, index: int) -> None:
        self.day_clicked.emit(self.days[index])


class ResponseChart(_Chart):
    bin_clicked = Signal(object)  # ResponseBin

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("report_response_chart", parent)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.85, brushes=[], pen=None)
        self.addItem(self.bars)
        self.threshold = pg.InfiniteLine(angle=90, pen=pg.mkPen(THRESHOLD, width=2, style=Qt.PenStyle.DashLine))
        self.addItem(self.threshold)
        self.bins: tuple[ResponseBin, ...] = ()

    def show_report(self, report: Report) -> None:
        self.bins = response_bins(report)
        self._count = len(self.bins)
        bins = self.bins
        self.bars.setOpts(x=list(range(self._count)), height=[item.count for item in bins], width=0.85,
                          brushes=[pg.mkBrush(UNCONFIRMED if item.unconfirmed else BAR) for item in bins])
        width = bins[0].high - bins[0].low if bins and bins[0].high is not None else 5.0
        self.threshold.setValue(report.thresholds.response_within_minutes / width - 0.5)
        edges = [(index - 0.5, f"{item.low:g}") for index, item in enumerate(bins[:-2]) if index % 4 == 0]
        self.getAxis("bottom").setTicks([[*edges, (self._count - 2, self.bin_label(bins[-2])),
                                          (self._count - 1, self.bin_label(bins[-1]))]])
        self.setXRange(-0.6, self._count - 0.4, padding=0)
        self.setYRange(0, max((item.count for item in bins), default=0) * 1.15 + 1, padding=0)

    @staticmethod
    def bin_label(item: ResponseBin) -> str:
        if item.unconfirmed:
            return "✗"
        if item.high is None:
            return f"{item.low:g}+"
        return f"{item.low:g}"

    def column_clicked(self, index: int) -> None:
        self.bin_clicked.emit(self.bins[index])


class OfficerChart(_Chart):
    officer_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("report_officer_chart", parent, horizontal=True)
        self.bars = pg.BarGraphItem(x0=[], y=[], height=0.7, width=[], brushes=[], pen=None)
        self.addItem(self.bars)
        self.threshold = pg.InfiniteLine(angle=90, pen=pg.mkPen(THRESHOLD, width=2, style=Qt.PenStyle.DashLine))
        self.addItem(self.threshold)
        self.officers: tuple[OfficerFigures, ...] = ()

    def show_report(self, report: Report, people: People) -> None:
        slowest = slowest_officers(report, OFFICERS_SHOWN)
        self.officers = tuple(reversed(slowest))  # the slowest at the top
        self._count = len(self.officers)
        medians = [item.figures.median_business_minutes or 0.0 for item in self.officers]
        self.bars.setOpts(x0=[0.0] * self._count, y=list(range(self._count)), height=0.7, width=medians,
                          brushes=[pg.mkBrush(STANDING_BARS.get(item.standing, BAR)) for item in self.officers])
        threshold = report.thresholds.response_within_minutes
        self.threshold.setValue(threshold)
        labels = [_officer_label(people, item.officer_id) for item in self.officers]
        axis = self.getAxis("left")
        metrics = QFontMetrics(axis.style.get("tickFont") or self.font())
        axis.setWidth(min(LABEL_WIDTH, max((metrics.horizontalAdvance(text) for text in labels), default=40) + 16))
        axis.setTicks([list(enumerate(labels))])  # a label wider than the axis would be left out
        self.setYRange(-0.6, max(0, self._count - 1) + 0.6, padding=0)
        self.setXRange(0, max([threshold, *medians]) * 1.1, padding=0)

    def column_clicked(self, index: int) -> None:
        self.officer_clicked.emit(self.officers[index].officer_id)


def _short_date(day: date) -> str:
    return locale().toString(QDate(day.year, day.month, day.day), "dd MMM")


def _officer_label(people: People, officer_id: int) -> str:
    officer = people.officers.get(officer_id)
    if officer is None:
        return format_count(officer_id)
    name = pick(officer.name_en, officer.name_hi)
    return name if len(name) <= 24 else name[:23] + "…"
