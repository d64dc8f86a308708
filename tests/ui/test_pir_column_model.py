"""Tests for the table model of checked columns, without a view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inspection_desktop.domain.pir.kinds import IdentifierKind
from inspection_desktop.domain.pir.verdicts import ColumnStatus, ColumnVerdict, Finding
from inspection_desktop.ui.pir.pir_column_model import (
    KEEP,
    VERDICT,
    FlaggedOnlyProxy,
    PirColumnModel,
)

VERDICTS = (
    ColumnVerdict(0, "Case ref", ColumnStatus.ALLOWED, values_checked=5),
    ColumnVerdict(
        1,
        "Ref2",
        ColumnStatus.FLAGGED,
        (Finding(IdentifierKind.CHI_NUMBER, "10 digits", 1.0, "27••••••59"),),
        values_checked=5,
    ),
    ColumnVerdict(2, "Notes", ColumnStatus.NOT_RECOGNISED, values_checked=5),
)


def _model() -> PirColumnModel:
    model = PirColumnModel()
    model.set_verdicts(VERDICTS)
    return model


def test_flagged_columns_unticked_by_default() -> None:
    """Only columns the guard did not flag are ticked to keep at first."""
    assert _model().kept_headings() == ("Case ref", "Notes")


def test_ticking_a_flagged_column_keeps_it(qtbot: QtBot) -> None:
    """Ticking Keep on a flagged column adds it to the kept and flagged-kept lists."""
    model = _model()
    with qtbot.waitSignal(model.keep_changed):
        assert model.setData(
            model.index(1, KEEP), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
    assert model.flagged_kept_headings() == ("Ref2",)
    assert model.data(model.index(1, KEEP), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_reason_shows_masked_example() -> None:
    """The reason column shows the finding with its masked example."""
    model = _model()
    assert "27••••••59" in model.data(model.index(1, 3))


def test_flagged_only_proxy_hides_other_columns() -> None:
    """With flagged-only on, the proxy shows just the flagged column."""
    model = _model()
    proxy = FlaggedOnlyProxy()
    proxy.setSourceModel(model)
    proxy.set_flagged_only(True)
    assert proxy.rowCount() == 1
    assert proxy.data(proxy.index(0, 1)) == "Ref2"


def test_verdict_sorts_flagged_first() -> None:
    """Sorting on the verdict puts flagged columns first."""
    model = _model()
    proxy = FlaggedOnlyProxy()
    proxy.setSourceModel(model)
    proxy.sort(VERDICT, Qt.SortOrder.AscendingOrder)
    assert proxy.data(proxy.index(0, 1)) == "Ref2"
