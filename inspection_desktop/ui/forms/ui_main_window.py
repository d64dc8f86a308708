# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMainWindow, QMenu, QMenuBar,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QStatusBar, QTabWidget, QTextBrowser,
    QTreeView, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.actionNewInspection = QAction(MainWindow)
        self.actionNewInspection.setObjectName(u"actionNewInspection")
        self.actionSwitchInspection = QAction(MainWindow)
        self.actionSwitchInspection.setObjectName(u"actionSwitchInspection")
        self.actionAddDemo = QAction(MainWindow)
        self.actionAddDemo.setObjectName(u"actionAddDemo")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionToggleDone = QAction(MainWindow)
        self.actionToggleDone.setObjectName(u"actionToggleDone")
        self.actionNotStarted = QAction(MainWindow)
        self.actionNotStarted.setObjectName(u"actionNotStarted")
        self.actionInProgress = QAction(MainWindow)
        self.actionInProgress.setObjectName(u"actionInProgress")
        self.actionDone = QAction(MainWindow)
        self.actionDone.setObjectName(u"actionDone")
        self.actionNotApplicable = QAction(MainWindow)
        self.actionNotApplicable.setObjectName(u"actionNotApplicable")
        self.actionMoveDate = QAction(MainWindow)
        self.actionMoveDate.setObjectName(u"actionMoveDate")
        self.actionViewByWeek = QAction(MainWindow)
        self.actionViewByWeek.setObjectName(u"actionViewByWeek")
        self.actionViewByWeek.setCheckable(True)
        self.actionViewThisWeek = QAction(MainWindow)
        self.actionViewThisWeek.setObjectName(u"actionViewThisWeek")
        self.actionViewThisWeek.setCheckable(True)
        self.actionViewOverdue = QAction(MainWindow)
        self.actionViewOverdue.setObjectName(u"actionViewOverdue")
        self.actionViewOverdue.setCheckable(True)
        self.actionViewByOwner = QAction(MainWindow)
        self.actionViewByOwner.setObjectName(u"actionViewByOwner")
        self.actionViewByOwner.setCheckable(True)
        self.actionFocusFilter = QAction(MainWindow)
        self.actionFocusFilter.setObjectName(u"actionFocusFilter")
        self.actionFocusChecklist = QAction(MainWindow)
        self.actionFocusChecklist.setObjectName(u"actionFocusChecklist")
        self.actionFocusTimeline = QAction(MainWindow)
        self.actionFocusTimeline.setObjectName(u"actionFocusTimeline")
        self.actionShowTimeline = QAction(MainWindow)
        self.actionShowTimeline.setObjectName(u"actionShowTimeline")
        self.actionShowTimeline.setCheckable(True)
        self.actionShowTimeline.setChecked(True)
        self.actionHolidays = QAction(MainWindow)
        self.actionHolidays.setObjectName(u"actionHolidays")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.headingLayout = QHBoxLayout()
        self.headingLayout.setObjectName(u"headingLayout")
        self.inspectionHeading = QLabel(self.centralwidget)
        self.inspectionHeading.setObjectName(u"inspectionHeading")
        self.inspectionHeading.setTextFormat(Qt.TextFormat.PlainText)

        self.headingLayout.addWidget(self.inspectionHeading)

        self.headingSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headingLayout.addItem(self.headingSpacer)

        self.weekSummaryLabel = QLabel(self.centralwidget)
        self.weekSummaryLabel.setObjectName(u"weekSummaryLabel")
        self.weekSummaryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headingLayout.addWidget(self.weekSummaryLabel)


        self.centralLayout.addLayout(self.headingLayout)

        self.sectionTabs = QTabWidget(self.centralwidget)
        self.sectionTabs.setObjectName(u"sectionTabs")
        self.sectionTabs.setDocumentMode(True)
        self.planTab = QWidget()
        self.planTab.setObjectName(u"planTab")
        self.planTabLayout = QVBoxLayout(self.planTab)
        self.planTabLayout.setObjectName(u"planTabLayout")
        self.planTabLayout.setContentsMargins(0, 6, 0, 0)
        self.mainSplitter = QSplitter(self.planTab)
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
        self.checklistView.setUniformRowHeights(True)
        self.checklistView.setAllColumnsShowFocus(True)

        self.checklistLayout.addWidget(self.checklistView)

        self.topSplitter.addWidget(self.checklistPane)
        self.detailBox = QGroupBox(self.topSplitter)
        self.detailBox.setObjectName(u"detailBox")
        self.detailLayout = QVBoxLayout(self.detailBox)
        self.detailLayout.setObjectName(u"detailLayout")
        self.itemTitleLabel = QLabel(self.detailBox)
        self.itemTitleLabel.setObjectName(u"itemTitleLabel")
        self.itemTitleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.itemTitleLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.itemTitleLabel)

        self.detailForm = QFormLayout()
        self.detailForm.setObjectName(u"detailForm")
        self.whenCaption = QLabel(self.detailBox)
        self.whenCaption.setObjectName(u"whenCaption")

        self.detailForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whenCaption)

        self.whenLabel = QLabel(self.detailBox)
        self.whenLabel.setObjectName(u"whenLabel")
        self.whenLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.whenLabel.setWordWrap(True)

        self.detailForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.whenLabel)

        self.ownerCaption = QLabel(self.detailBox)
        self.ownerCaption.setObjectName(u"ownerCaption")

        self.detailForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownerCaption)

        self.ownerLabel = QLabel(self.detailBox)
        self.ownerLabel.setObjectName(u"ownerLabel")
        self.ownerLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ownerLabel.setWordWrap(True)

        self.detailForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ownerLabel)

        self.kindCaption = QLabel(self.detailBox)
        self.kindCaption.setObjectName(u"kindCaption")

        self.detailForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.kindLabel = QLabel(self.detailBox)
        self.kindLabel.setObjectName(u"kindLabel")
        self.kindLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindLabel)

        self.statusCaption = QLabel(self.detailBox)
        self.statusCaption.setObjectName(u"statusCaption")

        self.detailForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusCaption)

        self.statusCombo = QComboBox(self.detailBox)
        self.statusCombo.setObjectName(u"statusCombo")

        self.detailForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.completedCaption = QLabel(self.detailBox)
        self.completedCaption.setObjectName(u"completedCaption")

        self.detailForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.completedCaption)

        self.completedLabel = QLabel(self.detailBox)
        self.completedLabel.setObjectName(u"completedLabel")
        self.completedLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.completedLabel)


        self.detailLayout.addLayout(self.detailForm)

        self.descriptionBrowser = QTextBrowser(self.detailBox)
        self.descriptionBrowser.setObjectName(u"descriptionBrowser")

        self.detailLayout.addWidget(self.descriptionBrowser)

        self.notesLabel = QLabel(self.detailBox)
        self.notesLabel.setObjectName(u"notesLabel")

        self.detailLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.detailBox)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.detailLayout.addWidget(self.notesEdit)

        self.detailButtons = QHBoxLayout()
        self.detailButtons.setObjectName(u"detailButtons")
        self.saveNotesButton = QPushButton(self.detailBox)
        self.saveNotesButton.setObjectName(u"saveNotesButton")

        self.detailButtons.addWidget(self.saveNotesButton)

        self.pirCheckButton = QPushButton(self.detailBox)
        self.pirCheckButton.setObjectName(u"pirCheckButton")

        self.detailButtons.addWidget(self.pirCheckButton)

        self.moveButton = QPushButton(self.detailBox)
        self.moveButton.setObjectName(u"moveButton")

        self.detailButtons.addWidget(self.moveButton)


        self.detailLayout.addLayout(self.detailButtons)

        self.topSplitter.addWidget(self.detailBox)
        self.mainSplitter.addWidget(self.topSplitter)
        self.timelineContainer = QWidget(self.mainSplitter)
        self.timelineContainer.setObjectName(u"timelineContainer")
        self.timelineLayout = QVBoxLayout(self.timelineContainer)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineLayout.setContentsMargins(0, 0, 0, 0)
        self.mainSplitter.addWidget(self.timelineContainer)

        self.planTabLayout.addWidget(self.mainSplitter)

        self.sectionTabs.addTab(self.planTab, "")

        self.centralLayout.addWidget(self.sectionTabs)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menubar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuItem = QMenu(self.menubar)
        self.menuItem.setObjectName(u"menuItem")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuInspection = QMenu(self.menubar)
        self.menuInspection.setObjectName(u"menuInspection")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.viewLabel.setBuddy(self.viewCombo)
        self.filterLabel.setBuddy(self.filterEdit)
        self.statusCaption.setBuddy(self.statusCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuEdit.menuAction())
        self.menubar.addAction(self.menuItem.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuInspection.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewInspection)
        self.menuFile.addAction(self.actionSwitchInspection)
        self.menuFile.addAction(self.actionAddDemo)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuItem.addAction(self.actionToggleDone)
        self.menuItem.addSeparator()
        self.menuItem.addAction(self.actionNotStarted)
        self.menuItem.addAction(self.actionInProgress)
        self.menuItem.addAction(self.actionDone)
        self.menuItem.addAction(self.actionNotApplicable)
        self.menuItem.addSeparator()
        self.menuItem.addAction(self.actionMoveDate)
        self.menuView.addAction(self.actionViewByWeek)
        self.menuView.addAction(self.actionViewThisWeek)
        self.menuView.addAction(self.actionViewOverdue)
        self.menuView.addAction(self.actionViewByOwner)
        self.menuView.addSeparator()
        self.menuView.addAction(self.actionFocusFilter)
        self.menuView.addAction(self.actionFocusChecklist)
        self.menuView.addAction(self.actionFocusTimeline)
        self.menuView.addAction(self.actionShowTimeline)
        self.menuInspection.addAction(self.actionHolidays)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Inspection Desktop", None))
        self.actionNewInspection.setText(QCoreApplication.translate("MainWindow", u"&New inspection\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionNewInspection.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionSwitchInspection.setText(QCoreApplication.translate("MainWindow", u"&Open inspection\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionSwitchInspection.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionAddDemo.setText(QCoreApplication.translate("MainWindow", u"Add &demo inspection", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionToggleDone.setText(QCoreApplication.translate("MainWindow", u"&Tick or untick done", None))
#if QT_CONFIG(shortcut)
        self.actionToggleDone.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+D", None))
#endif // QT_CONFIG(shortcut)
        self.actionNotStarted.setText(QCoreApplication.translate("MainWindow", u"Mark &not started", None))
#if QT_CONFIG(shortcut)
        self.actionNotStarted.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+1", None))
#endif // QT_CONFIG(shortcut)
        self.actionInProgress.setText(QCoreApplication.translate("MainWindow", u"Mark &in progress", None))
#if QT_CONFIG(shortcut)
        self.actionInProgress.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+2", None))
#endif // QT_CONFIG(shortcut)
        self.actionDone.setText(QCoreApplication.translate("MainWindow", u"Mark &done", None))
#if QT_CONFIG(shortcut)
        self.actionDone.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+3", None))
#endif // QT_CONFIG(shortcut)
        self.actionNotApplicable.setText(QCoreApplication.translate("MainWindow", u"Mark not &applicable", None))
#if QT_CONFIG(shortcut)
        self.actionNotApplicable.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+4", None))
#endif // QT_CONFIG(shortcut)
        self.actionMoveDate.setText(QCoreApplication.translate("MainWindow", u"&Move to another date\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionMoveDate.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+M", None))
#endif // QT_CONFIG(shortcut)
        self.actionViewByWeek.setText(QCoreApplication.translate("MainWindow", u"All items by &week", None))
#if QT_CONFIG(shortcut)
        self.actionViewByWeek.setShortcut(QCoreApplication.translate("MainWindow", u"Alt+1", None))
#endif // QT_CONFIG(shortcut)
        self.actionViewThisWeek.setText(QCoreApplication.translate("MainWindow", u"&This week", None))
#if QT_CONFIG(shortcut)
        self.actionViewThisWeek.setShortcut(QCoreApplication.translate("MainWindow", u"Alt+2", None))
#endif // QT_CONFIG(shortcut)
        self.actionViewOverdue.setText(QCoreApplication.translate("MainWindow", u"&Overdue", None))
#if QT_CONFIG(shortcut)
        self.actionViewOverdue.setShortcut(QCoreApplication.translate("MainWindow", u"Alt+3", None))
#endif // QT_CONFIG(shortcut)
        self.actionViewByOwner.setText(QCoreApplication.translate("MainWindow", u"By o&wner", None))
#if QT_CONFIG(shortcut)
        self.actionViewByOwner.setShortcut(QCoreApplication.translate("MainWindow", u"Alt+4", None))
#endif // QT_CONFIG(shortcut)
        self.actionFocusFilter.setText(QCoreApplication.translate("MainWindow", u"&Find\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionFocusFilter.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionFocusChecklist.setText(QCoreApplication.translate("MainWindow", u"Go to &checklist", None))
#if QT_CONFIG(shortcut)
        self.actionFocusChecklist.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.actionFocusTimeline.setText(QCoreApplication.translate("MainWindow", u"Go to time&line", None))
#if QT_CONFIG(shortcut)
        self.actionFocusTimeline.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+T", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowTimeline.setText(QCoreApplication.translate("MainWindow", u"&Show timeline", None))
#if QT_CONFIG(shortcut)
        self.actionShowTimeline.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+T", None))
#endif // QT_CONFIG(shortcut)
        self.actionHolidays.setText(QCoreApplication.translate("MainWindow", u"&Holiday periods\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionHolidays.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+H", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Inspection Desktop", None))
        self.inspectionHeading.setText(QCoreApplication.translate("MainWindow", u"No inspection open", None))
        self.weekSummaryLabel.setText("")
        self.viewLabel.setText(QCoreApplication.translate("MainWindow", u"&Show:", None))
#if QT_CONFIG(tooltip)
        self.viewCombo.setToolTip(QCoreApplication.translate("MainWindow", u"Which items the checklist shows, and how they are grouped", None))
#endif // QT_CONFIG(tooltip)
        self.filterLabel.setText(QCoreApplication.translate("MainWindow", u"Fin&d:", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Filter by title, owner or notes (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.checklistView.setAccessibleName(QCoreApplication.translate("MainWindow", u"Checklist", None))
#endif // QT_CONFIG(accessibility)
        self.detailBox.setTitle(QCoreApplication.translate("MainWindow", u"Selected item", None))
        self.itemTitleLabel.setText(QCoreApplication.translate("MainWindow", u"Select an item in the checklist.", None))
        self.whenCaption.setText(QCoreApplication.translate("MainWindow", u"When:", None))
        self.ownerCaption.setText(QCoreApplication.translate("MainWindow", u"Owner:", None))
        self.kindCaption.setText(QCoreApplication.translate("MainWindow", u"Kind:", None))
        self.statusCaption.setText(QCoreApplication.translate("MainWindow", u"Stat&us:", None))
        self.completedCaption.setText(QCoreApplication.translate("MainWindow", u"Completed:", None))
#if QT_CONFIG(accessibility)
        self.descriptionBrowser.setAccessibleName(QCoreApplication.translate("MainWindow", u"What the item involves", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("MainWindow", u"N&otes:", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Your notes on this item", None))
        self.saveNotesButton.setText(QCoreApplication.translate("MainWindow", u"Save no&tes", None))
        self.pirCheckButton.setText(QCoreApplication.translate("MainWindow", u"&Check the population list\u2026", None))
#if QT_CONFIG(tooltip)
        self.pirCheckButton.setToolTip(QCoreApplication.translate("MainWindow", u"Run the PIR data guard: find personal identifiers before the list is sent", None))
#endif // QT_CONFIG(tooltip)
        self.moveButton.setText(QCoreApplication.translate("MainWindow", u"Move d&ate\u2026", None))
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.planTab), QCoreApplication.translate("MainWindow", u"&Plan", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuItem.setTitle(QCoreApplication.translate("MainWindow", u"&Item", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuInspection.setTitle(QCoreApplication.translate("MainWindow", u"I&nspection", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

