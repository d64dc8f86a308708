"""The Surveys tab: each survey's details, its response counts, and the chart of them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QDate, QItemSelection, QObject, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHeaderView, QSizePolicy, QWidget

from inspection_desktop.domain import clock
from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.surveys.surveys import (
    ChartFigure,
    Survey,
    SurveyFields,
    chart_figures,
    responses_text,
)
from inspection_desktop.errors import UserFacingError
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.common.date_limits import EARLIEST, limit_date_fields
from inspection_desktop.ui.common.model_roles import RECORD_KEY_ROLE, SORT_KEY_ROLE
from inspection_desktop.ui.common.row_table_model import ModelIndex, RowTableModel
from inspection_desktop.ui.forms.ui_surveys_section import Ui_SurveysSection
from inspection_desktop.usecases.changes import Change
from inspection_desktop.usecases.surveys import survey_edits

if TYPE_CHECKING:
    from inspection_desktop.usecases.services import Services

CHART_WIDTH, CHART_HEIGHT = 420, 230
# A date field at its earliest date shows "Not set": a survey may not have its dates yet.
NOT_SET = EARLIEST


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _optional_date(value: QDate) -> dt.date | None:
    return None if value <= NOT_SET else _date(value)


class SurveysModel(RowTableModel[Survey]):
    """The surveys, one row each: name, dates, responses and state."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(("Survey", "Closes", "Responses", "State"), parent)
        self.today = clock.today()

    def row_of(self, survey_id: int) -> int | None:
        """The model row showing a survey."""
        return next((row for row, s in enumerate(self._rows) if s.id == survey_id), None)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt: each cell's text."""
        if not index.isValid():
            return None
        survey = self._rows[index.row()]
        if role == RECORD_KEY_ROLE:
            return survey.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_KEY_ROLE):
            return None
        column = index.column()
        if column == 0:
            return survey.name
        if column == 1:
            day = survey.closes_on
            if role == SORT_KEY_ROLE:
                return day.isoformat() if day else ""
            if role == Qt.ItemDataRole.ToolTipRole:
                return long_date(day) if day else "Not set"
            return f"{day.day} {day:%b %Y}" if day else "Not set"
        if column == 2:
            if role == Qt.ItemDataRole.DisplayRole:
                return responses_text(survey.responses, survey.target)
            return survey.responses if role == SORT_KEY_ROLE else survey.summary(self.today)
        return survey.state(self.today).label


class FiguresModel(RowTableModel[ChartFigure]):
    """The chart's figures: each count's date, responses and response rate."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(("Counted on", "Responses", "Rate"), parent)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt: each cell's text, numbers right-aligned."""
        if not index.isValid():
            return None
        figure = self._rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RECORD_KEY_ROLE:
            return figure.counted_on
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (long_date(figure.counted_on), f"{figure.responses:,}", figure.rate)[index.column()]


class SurveysSection(QWidget):
    """Surveys of the open inspection; every edit is undoable and announced by the window."""

    def __init__(
        self,
        services: Services,
        push_change: Callable[[Change], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._push_change = push_change
        self._inspection_id: int | None = None
        self._surveys: list[Survey] = []
        self._svg = b""
        self.ui = Ui_SurveysSection()
        self.ui.setupUi(self)
        self._model = SurveysModel(self)
        self._figures = FiguresModel(self)
        self.ui.surveysView.setModel(self._model)
        self.ui.countsView.setModel(self._figures)
        self.chart = QSvgWidget(self)
        self.chart.setAccessibleName("Chart of responses over time against the target")
        self.chart.setMinimumSize(300, 170)
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.chart.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.ui.chartLayout.addWidget(self.chart)
        self._set_up_widgets()
        self._connect_signals()
        self._show_survey(None)

    def _set_up_widgets(self) -> None:
        header = self.ui.surveysView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 85), (2, 130), (3, 75)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.ui.surveysView.verticalHeader().hide()
        counts = self.ui.countsView.horizontalHeader()
        counts.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        counts.resizeSection(1, 80)
        counts.resizeSection(2, 50)
        self.ui.countsView.verticalHeader().hide()
        limit_date_fields(self)
        self.ui.countDateEdit.setDate(_qdate(clock.today()))
        for edit in (self.ui.opensEdit, self.ui.closesEdit):
            edit.setSpecialValueText("Not set")

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.surveysView.selectionModel().selectionChanged.connect(self._on_surveys_selection_changed)
        ui.addSurveyButton.clicked.connect(self._on_add_survey_button_clicked)
        ui.deleteSurveyButton.clicked.connect(self._on_delete_survey_button_clicked)
        ui.saveButton.clicked.connect(self._on_save_button_clicked)
        ui.recordButton.clicked.connect(self._on_record_button_clicked)
        ui.pasteButton.clicked.connect(self._on_paste_button_clicked)
        ui.removeCountButton.clicked.connect(self._on_remove_count_button_clicked)
        ui.opensPlanCheck.toggled.connect(self._on_plan_check_toggled)
        ui.closesPlanCheck.toggled.connect(self._on_plan_check_toggled)
        remove = QShortcut(QKeySequence(Qt.Key.Key_Delete), ui.countsView)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self._on_remove_count_button_clicked)

    # Public API --------------------------------------------------------------------------

    @property
    def surveys_model(self) -> SurveysModel:
        """The list of surveys."""
        return self._model

    @property
    def figures_model(self) -> FiguresModel:
        """The selected survey's figures, as the chart draws them."""
        return self._figures

    def set_inspection(self, inspection_id: int) -> None:
        """Show another inspection's surveys (the window tells the tab once it is shown)."""
        self._inspection_id = inspection_id
        self.refresh()

    def refresh(self) -> None:
        """Read the surveys again, keeping the one selected."""
        if self._inspection_id is None:
            return
        selected = self.selected_survey_id()
        try:
            self._surveys = survey_edits.list_surveys(self._services, self._inspection_id)
        except UserFacingError as exc:
            dialogs.show_error(self, "Cannot read the surveys", str(exc))
            return
        self._model.today = clock.today()
        self._model.set_rows(self._surveys)
        if not self.select_survey(selected or (self._surveys[0].id if self._surveys else 0)):
            self._show_survey(None)

    def selected_survey_id(self) -> int | None:
        """The survey selected."""
        index = self.ui.surveysView.currentIndex()
        return self._model.row_at(index.row()).id if index.isValid() else None

    def selected_survey(self) -> Survey | None:
        """The selected survey, as last read."""
        survey_id = self.selected_survey_id()
        return next((s for s in self._surveys if s.id == survey_id), None)

    def select_survey(self, survey_id: int) -> bool:
        """Select a survey and show it; False when there is no such survey."""
        row = self._model.row_of(survey_id)
        if row is None:
            return False
        self.ui.surveysView.setCurrentIndex(self._model.index(row, 0))
        self._show_survey(self.selected_survey())
        return True

    def record_count(self, responses: int, on: dt.date) -> None:
        """Record the selected survey's total on a day, undoably."""
        survey = self.selected_survey()
        if survey is not None:
            self._run(lambda: survey_edits.record_count(self._services, survey.id, responses, on))

    def paste_counts(self, text: str) -> None:
        """Add counts pasted from the survey tool's export, undoably."""
        survey = self.selected_survey()
        if survey is not None:
            self._run(lambda: survey_edits.paste_counts(self._services, survey.id, text))

    def chart_svg(self) -> bytes:
        """The SVG the chart shows now."""
        return self._svg

    # Helpers -----------------------------------------------------------------------------

    def _run(self, operation: Callable[[], Change]) -> None:
        try:
            change = operation()
        except UserFacingError as exc:
            dialogs.show_error(self, "The change was not saved", str(exc))
            return
        # The window puts it on the undo stack and announces it: this tab and Home refresh.
        self._push_change(change)

    def _show_survey(self, survey: Survey | None) -> None:
        ui = self.ui
        for widget in (ui.detailsBox, ui.responsesBox, ui.deleteSurveyButton):
            widget.setEnabled(survey is not None)
        today = clock.today()
        if survey is None:
            ui.detailsBox.setTitle("Survey: none selected")
            self._figures.set_rows([])
            self._svg = b""
            self.chart.load(QByteArray())
            return
        ui.detailsBox.setTitle(
            f"{survey.name}: {survey.state(today).label} · {survey.summary(today)}"
        )
        ui.deleteSurveyButton.setEnabled(survey.plan_key is None)
        fields = survey.fields
        ui.nameEdit.setText(fields.name)
        ui.linkEdit.setText(fields.link)
        ui.distributionEdit.setText(fields.distribution)
        ui.audienceEdit.setText(fields.audience)
        for edit in (ui.nameEdit, ui.linkEdit, ui.distributionEdit, ui.audienceEdit):
            edit.setCursorPosition(0)  # long text reads from its start
        ui.targetSpin.setValue(fields.target or 0)
        self._show_date(
            ui.opensPlanCheck, ui.opensEdit, survey.plan_opens_on, fields.opens_on, survey.opens_on
        )
        self._show_date(
            ui.closesPlanCheck,
            ui.closesEdit,
            survey.plan_closes_on,
            fields.closes_on,
            survey.closes_on,
        )
        # reportlab is imported here, when a chart is first drawn, not at start-up.
        from inspection_desktop.documents.home.survey_chart import chart_svg, survey_chart

        self._figures.set_rows(chart_figures(survey))
        self._svg = chart_svg(survey_chart(survey, today, CHART_WIDTH, CHART_HEIGHT))
        self.chart.load(QByteArray(self._svg))
        self.chart.setAccessibleDescription(
            f"{survey.name}: {survey.summary(today)}. The figures are in the table beside it."
        )

    @staticmethod
    def _show_date(
        check: QCheckBox,
        edit: QDateEdit,
        plan_day: dt.date | None,
        own_day: dt.date | None,
        day: dt.date | None,
    ) -> None:
        """A date and whether it follows the plan (offered only where the plan gives one)."""
        follows = plan_day is not None and own_day is None
        check.blockSignals(True)
        check.setVisible(plan_day is not None)
        if plan_day is not None:
            check.setToolTip(f"The plan says {long_date(plan_day)}")
        check.setChecked(follows)
        check.blockSignals(False)
        edit.setDate(_qdate(day) if day else NOT_SET)
        if day is None:
            # An unset date's calendar opens on this month, not on January 2000.
            today = clock.today()
            edit.calendarWidget().setCurrentPage(today.year, today.month)
        edit.setEnabled(not follows)

    def _form_fields(self, survey: Survey) -> SurveyFields:
        ui = self.ui
        opens = _optional_date(ui.opensEdit.date())
        if survey.plan_opens_on is not None and ui.opensPlanCheck.isChecked():
            opens = None
        closes = _optional_date(ui.closesEdit.date())
        if survey.plan_closes_on is not None and ui.closesPlanCheck.isChecked():
            closes = None
        return SurveyFields(
            name=ui.nameEdit.text(),
            link=ui.linkEdit.text(),
            distribution=ui.distributionEdit.text(),
            audience=ui.audienceEdit.text(),
            target=ui.targetSpin.value() or None,
            opens_on=opens,
            closes_on=closes,
        )

    # Slots -------------------------------------------------------------------------------

    @Slot(QItemSelection, QItemSelection)
    def _on_surveys_selection_changed(self, *_args: object) -> None:
        self._show_survey(self.selected_survey())

    @Slot()
    def _on_add_survey_button_clicked(self) -> None:
        if self._inspection_id is None:
            return
        name = dialogs.ask_text(self, "Add a survey", "The survey's name:")
        if not name:
            return
        inspection_id = self._inspection_id
        today = clock.today()
        fields = SurveyFields(name, opens_on=today)
        before = {s.id for s in self._surveys}
        self._run(lambda: survey_edits.add_survey(self._services, inspection_id, fields))
        added = [s.id for s in self._surveys if s.id not in before]
        if added:
            self.select_survey(added[0])
            self.ui.linkEdit.setFocus()

    @Slot()
    def _on_delete_survey_button_clicked(self) -> None:
        survey = self.selected_survey()
        if survey is None or survey.plan_key is not None:
            return
        if dialogs.ask_yes_no(
            self, "Delete the survey", f"Delete “{survey.name}” and its counts? (Ctrl+Z undoes it.)"
        ):
            self._run(lambda: survey_edits.delete_survey(self._services, survey.id))

    @Slot()
    def _on_save_button_clicked(self) -> None:
        survey = self.selected_survey()
        if survey is not None:
            fields = self._form_fields(survey)
            self._run(lambda: survey_edits.update_survey(self._services, survey.id, fields))

    @Slot()
    def _on_record_button_clicked(self) -> None:
        self.record_count(self.ui.countSpin.value(), _date(self.ui.countDateEdit.date()))

    @Slot()
    def _on_paste_button_clicked(self) -> None:
        text = dialogs.ask_multiline_text(
            self,
            "Paste counts",
            "Paste lines from the survey tool's export: a date and the total on each line,\n"
            "or one response's date (and time) on each line.",
        )
        if text:
            self.paste_counts(text)

    @Slot()
    def _on_remove_count_button_clicked(self) -> None:
        survey = self.selected_survey()
        index = self.ui.countsView.currentIndex()
        if survey is None or not index.isValid():
            return
        day = self._figures.row_at(index.row()).counted_on
        self._run(lambda: survey_edits.remove_count(self._services, survey.id, day))

    @Slot(bool)
    def _on_plan_check_toggled(self, _checked: bool) -> None:
        self.ui.opensEdit.setEnabled(not self.ui.opensPlanCheck.isChecked())
        self.ui.closesEdit.setEnabled(not self.ui.closesPlanCheck.isChecked())
