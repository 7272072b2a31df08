"""The reports' sort proxy ranks a column once per sort; its order must stay the pairwise comparison's, ties and all."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ui.report_table_models import SortProxy, _less_than
from ui.row_table_model import SORT_ROLE

NUMBERS, TEXT, MIXED, INSTANTS = range(4)


class PairwiseProxy(QSortFilterProxyModel):
    """The proxy as it was: every comparison asks the model for both values."""

    def __init__(self) -> None:
        super().__init__()
        self.setDynamicSortFilter(False)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:  # type: ignore[override]
        return _less_than(left, right)


def item(text: str, value: object) -> QStandardItem:
    made = QStandardItem(text)
    made.setData(value, SORT_ROLE)
    return made


def filled(rng: random.Random, rows: int) -> QStandardItemModel:
    model = QStandardItemModel(0, 4)
    for row in range(rows):
        number = rng.choice([1, 2, 2, 3, 5.5, float("inf"), -1.0])  # ties on purpose
        mixed = None if rng.random() < 0.3 else rng.randint(0, 3)
        model.appendRow([
            item(f"n{row}", number),
            item(rng.choice(["Revenue", "Police", "पुलिस", "Health", ""]), None),
            item(f"m{row % 7}", mixed),
            item(f"t{row}", rng.randint(0, 5) * 1_700_000_000.5),
        ])
    return model


def order(proxy: QSortFilterProxyModel, column: int) -> list[str]:
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


@pytest.mark.parametrize("seed", range(5))
def test_the_ranked_order_is_the_pairwise_order(qapp, seed: int) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    model = filled(rng, 300)
    ranked, pairwise = SortProxy(), PairwiseProxy()
    ranked.setSourceModel(model)
    pairwise.setSourceModel(model)
    for column in (NUMBERS, TEXT, MIXED, INSTANTS):
        for direction in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            ranked.sort(column, direction)
            pairwise.sort(column, direction)
            assert order(ranked, column) == order(pairwise, column), (column, direction)


def test_new_rows_and_changed_values_are_ranked_afresh(qapp) -> None:  # type: ignore[no-untyped-def]
    model = filled(random.Random(7), 50)
    ranked, pairwise = SortProxy(), PairwiseProxy()
    ranked.setSourceModel(model)
    pairwise.setSourceModel(model)
    ranked.sort(NUMBERS, Qt.SortOrder.AscendingOrder)
    model.item(0, NUMBERS).setData(-100, SORT_ROLE)  # the first row now sorts first
    model.appendRow([item("late", -200), item("x", None), item("y", 1), item("z", 0.0)])
    model.removeRow(5)
    ranked.sort(NUMBERS, Qt.SortOrder.AscendingOrder)
    pairwise.sort(NUMBERS, Qt.SortOrder.AscendingOrder)
    assert order(ranked, NUMBERS)[:2] == ["late", "n0"]
    assert order(ranked, NUMBERS) == order(pairwise, NUMBERS)
