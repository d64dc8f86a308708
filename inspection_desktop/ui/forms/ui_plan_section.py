# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_section.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QSplitter, QTreeView, QVBoxLayout, QWidget)

class Ui_PlanSection(object):
    def setupUi(self, PlanSection):
        if not PlanSection.objectName():
            PlanSection.setObjectName(u"PlanSection")
        PlanSection.resize(1280, 700)
        self.actionToggleDone = QAction(PlanSection)
        self.actionToggleDone.setObjectName(u"actionToggleDone")
        self.actionNotStarted = QAction(PlanSection)
        self.actionNotStarted.setObjectName(u"actionNotStarted")
        self.actionInProgress = QAction(PlanSection)
        self.actionInProgress.setObjectName(u"actionInProgress")
        self.actionDone = QAction(PlanSection)
        self.actionDone.setObjectName(u"actionDone")
        self.actionNotApplicable = QAction(PlanSection)
        self.actionNotApplicable.setObjectName(u"actionNotApplicable")
        self.actionMoveDate = QAction(PlanSection)
        self.actionMoveDate.setObjectName(u"actionMoveDate")
        self.actionViewByWeek = QAction(PlanSection)
        self.actionViewByWeek.setObjectName(u"actionViewByWeek")
        self.actionViewByWeek.setCheckable(True)
        self.actionViewThisWeek = QAction(PlanSection)
        self.actionViewThisWeek.setObjectName(u"actionViewThisWeek")
        self.actionViewThisWeek.setCheckable(True)
        self.actionViewOverdue = QAction(PlanSection)
        self.actionViewOverdue.setObjectName(u"actionViewOverdue")
        self.actionViewOverdue.setCheckable(True)
        self.actionViewByOwner = QAction(PlanSection)
        self.actionViewByOwner.setObjectName(u"actionViewByOwner")
        self.actionViewByOwner.setCheckable(True)
        self.actionFocusFilter = QAction(PlanSection)
        self.actionFocusFilter.setObjectName(u"actionFocusFilter")
        self.actionFocusChecklist = QAction(PlanSection)
        self.actionFocusChecklist.setObjectName(u"actionFocusChecklist")
        self.actionFocusTimeline = QAction(PlanSection)
        self.actionFocusTimeline.setObjectName(u"actionFocusTimeline")
        self.actionShowTimeline = QAction(PlanSection)
        self.actionShowTimeline.setObjectName(u"actionShowTimeline")
        self.actionShowTimeline.setCheckable(True)
        self.actionShowTimeline.setChecked(True)
        self.actionHolidays = QAction(PlanSection)
        self.actionHolidays.setObjectName(u"actionHolidays")
        self.planTabLayout = QVBoxLayout(PlanSection)
        self.planTabLayout.setObjectName(u"planTabLayout")
        self.planTabLayout.setContentsMargins(0, 6, 0, 0)
        self.mainSplitter = QSplitter(PlanSection)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Vertical)
        self.mainSplitter.setChildrenCollapsible(False)
        self.topSplitter = QSplitter(self.mainSplitter)
        self.topSplitter.setObjectName(u"topSplitter")
        self.topSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.topSplitter.setChildrenCollapsible(False)
        self.checklistPane = QWidget(self.topSplitter)
        self.checklistPane.setObjectName(u"checklistPane")
        self.checklistLayout = QVBoxLayout(self.checklistPane)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.checklistLayout.setContentsMargins(0, 0, 0, 0)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.viewLabel = QLabel(self.checklistPane)
        self.viewLabel.setObjectName(u"viewLabel")

        self.filterLayout.addWidget(self.viewLabel)

        self.viewCombo = QComboBox(self.checklistPane)
        self.viewCombo.setObjectName(u"viewCombo")

        self.filterLayout.addWidget(self.viewCombo)

        self.filterLabel = QLabel(self.checklistPane)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterLayout.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(self.checklistPane)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)


        self.checklistLayout.addLayout(self.filterLayout)

        self.checklistView = QTreeView(self.checklistPane)
        self.checklistView.setObjectName(u"checklistView")
        self.checklistView.setAlternatingRowColors(True)
        self.checklistView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checklistView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.checklistView.setUniformRowHeights(True)
        self.checklistView.setAllColumnsShowFocus(True)

        self.checklistLayout.addWidget(self.checklistView)

        self.checklistNoticeLabel = QLabel(self.checklistPane)
        self.checklistNoticeLabel.setObjectName(u"checklistNoticeLabel")
        self.checklistNoticeLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.checklistNoticeLabel.setWordWrap(True)
        self.checklistNoticeLabel.setVisible(False)

        self.checklistLayout.addWidget(self.checklistNoticeLabel)

        self.topSplitter.addWidget(self.checklistPane)
        self.detailPlaceholder = QWidget(self.topSplitter)
        self.detailPlaceholder.setObjectName(u"detailPlaceholder")
        self.topSplitter.addWidget(self.detailPlaceholder)
        self.mainSplitter.addWidget(self.topSplitter)
        self.timelineContainer = QWidget(self.mainSplitter)
        self.timelineContainer.setObjectName(u"timelineContainer")
        self.timelineLayout = QVBoxLayout(self.timelineContainer)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineLayout.setContentsMargins(0, 0, 0, 0)
        self.mainSplitter.addWidget(self.timelineContainer)

        self.planTabLayout.addWidget(self.mainSplitter)

#if QT_CONFIG(shortcut)
        self.viewLabel.setBuddy(self.viewCombo)
        self.filterLabel.setBuddy(self.filterEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanSection)

        QMetaObject.connectSlotsByName(PlanSection)
    # setupUi

    def retranslateUi(self, PlanSection):
        self.actionToggleDone.setText(QCoreApplication.translate("PlanSection", u"&Tick or untick done", None))
#if QT_CONFIG(shortcut)
        self.actionToggleDone.setShortcut(QCoreApplication.translate("PlanSection", u"Ctrl+D", None))
#endif // QT_CONFIG(shortcut)
        self.actionNotStarted.setText(QCoreApplication.translate("PlanSection", u"Mark &not started", None))
#if QT_CONFIG(shortcut)
        self.actionNotStarted.setShortcut(QCoreApplication.translate("PlanSection", u"Ctrl+1", None))
#endif // QT_CONFIG(shortcut)
        self.actionInProgress.setText(QCoreApplication.translate("PlanSection", u"Mark &in progress", None))
#if QT_CONFIG(shortcut)
        self.actionInProgress.setShortcut(QCoreApplication.translate("PlanSection", u"Ctrl+2", None))
#endif // QT_CONFIG(shortcut)
        self.actionDone.setText(QCoreApplication.translate("PlanSection", u"Mark &done", None))
#if QT_CONFIG(shortcut)
        self.actionDone.setShortcut(QCoreApplication.translate("PlanSection", u"Ctrl+3", None))
#endif // QT_CONFIG(shortcut)
        self.actionNotApplicable.setText(QCoreApplication.translate("PlanSection", u"Mark not &applicable", None))
#if QT_CONFIG(shortcut)
        self.actionNotApplicable.setShortcut(QCoreApplication.translate("PlanSection", u"Ctrl+4", None))
#endif // QT_CONFIG(shortcut)
        self.actionMoveDate.setText(QCoreApplication.translate("PlanSection", u"&Move to another date\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionMoveDate.setShortcut(QCoreApplication.translate("PlanSection", u"Ctrl+M", None))
#endif // QT_CONFIG(shortcut)
        self.actionViewByWeek.setText(QCoreApplication.translate("PlanSection", u"All items by &week", None))
#if QT_CONFIG(shortcut)
        self.actionViewByWeek.setShortcut(QCoreApplication.translate("PlanSection", u"Alt+1", None))
#endif // QT_CONFIG(shortcut)
        self.actionViewThisWeek.setText(QCoreApplication.translate("PlanSection", u"&This week", None))
#if QT_CONFIG(shortcut)
        self.actionViewThisWeek.setShortcut(QCoreApplication.translate("PlanSection", u"Alt+2", None))
#endif // QT_CONFIG(shortcut)
        self.actionViewOverdue.setText(QCoreApplication.translate("PlanSection", u"&Overdue", None))
#if QT_CONFIG(shortcut)
        self.actionViewOverdue.setShortcut(QCoreApplication.translate("PlanSection", u"Alt+3", None))
#endif // QT_CONFIG(shortcut)
        self.actionViewByOwner.setText(QCoreApplication.translate("PlanSection", u"By o&wner", None))
#if QT_CONFIG(shortcut)
        self.actionViewByOwner.setShortcut(QCoreApplication.translate("PlanSection", u"Alt+4", None))
#endif // QT_CONFIG(shortcut)
        self.actionFocusFilter.setText(QCoreApplication.translate("PlanSection", u"&Find\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionFocusFilter.setShortcut(QCoreApplication.translate("PlanSection", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionFocusChecklist.setText(QCoreApplication.translate("PlanSection", u"Go to &checklist", None))
#if QT_CONFIG(shortcut)
        self.actionFocusChecklist.setShortcut(QCoreApplication.translate("PlanSection", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.actionFocusTimeline.setText(QCoreApplication.translate("PlanSection", u"Go to time&line", None))
#if QT_CONFIG(shortcut)
        self.actionFocusTimeline.setShortcut(QCoreApplication.translate("PlanSection", u"Ctrl+T", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowTimeline.setText(QCoreApplication.translate("PlanSection", u"&Show timeline", None))
#if QT_CONFIG(shortcut)
        self.actionShowTimeline.setShortcut(QCoreApplication.translate("PlanSection", u"Ctrl+Shift+T", None))
#endif // QT_CONFIG(shortcut)
        self.actionHolidays.setText(QCoreApplication.translate("PlanSection", u"&Holiday periods\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionHolidays.setShortcut(QCoreApplication.translate("PlanSection", u"Ctrl+H", None))
#endif // QT_CONFIG(shortcut)
        self.viewLabel.setText(QCoreApplication.translate("PlanSection", u"&Show:", None))
#if QT_CONFIG(tooltip)
        self.viewCombo.setToolTip(QCoreApplication.translate("PlanSection", u"Which items the checklist shows, and how they are grouped", None))
#endif // QT_CONFIG(tooltip)
        self.filterLabel.setText(QCoreApplication.translate("PlanSection", u"Fin&d:", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("PlanSection", u"Filter by title, owner or notes (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.checklistView.setAccessibleName(QCoreApplication.translate("PlanSection", u"Checklist", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

