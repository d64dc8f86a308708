# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meetings_section.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDateEdit,
    QDateTimeEdit, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_MeetingsSection(object):
    def setupUi(self, MeetingsSection):
        if not MeetingsSection.objectName():
            MeetingsSection.setObjectName(u"MeetingsSection")
        MeetingsSection.resize(1200, 700)
        self.sectionLayout = QVBoxLayout(MeetingsSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.sectionLayout.setContentsMargins(6, 6, 6, 6)
        self.splitter = QSplitter(MeetingsSection)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.splitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.meetingsLabel = QLabel(self.listPanel)
        self.meetingsLabel.setObjectName(u"meetingsLabel")

        self.listLayout.addWidget(self.meetingsLabel)

        self.meetingsView = QTableView(self.listPanel)
        self.meetingsView.setObjectName(u"meetingsView")
        self.meetingsView.setTabKeyNavigation(False)
        self.meetingsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.meetingsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meetingsView.setAlternatingRowColors(True)
        self.meetingsView.setWordWrap(False)

        self.listLayout.addWidget(self.meetingsView)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.addMeetingButton = QPushButton(self.listPanel)
        self.addMeetingButton.setObjectName(u"addMeetingButton")

        self.listButtons.addWidget(self.addMeetingButton)

        self.deleteMeetingButton = QPushButton(self.listPanel)
        self.deleteMeetingButton.setObjectName(u"deleteMeetingButton")

        self.listButtons.addWidget(self.deleteMeetingButton)

        self.exportCalendarButton = QPushButton(self.listPanel)
        self.exportCalendarButton.setObjectName(u"exportCalendarButton")

        self.listButtons.addWidget(self.exportCalendarButton)

        self.listButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listButtonsSpacer)


        self.listLayout.addLayout(self.listButtons)

        self.splitter.addWidget(self.listPanel)
        self.editorPanel = QWidget(self.splitter)
        self.editorPanel.setObjectName(u"editorPanel")
        self.editorLayout = QVBoxLayout(self.editorPanel)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.meetingHeading = QLabel(self.editorPanel)
        self.meetingHeading.setObjectName(u"meetingHeading")

        self.editorLayout.addWidget(self.meetingHeading)

        self.editorTabs = QTabWidget(self.editorPanel)
        self.editorTabs.setObjectName(u"editorTabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsForm = QFormLayout(self.detailsTab)
        self.detailsForm.setObjectName(u"detailsForm")
        self.titleLabel = QLabel(self.detailsTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.detailsTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.weekLabel = QLabel(self.detailsTab)
        self.weekLabel.setObjectName(u"weekLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.weekLabel)

        self.weekSpin = QSpinBox(self.detailsTab)
        self.weekSpin.setObjectName(u"weekSpin")
        self.weekSpin.setMaximumSize(QSize(120, 16777215))
        self.weekSpin.setMinimum(0)
        self.weekSpin.setMaximum(60)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.weekSpin)

        self.startsLabel = QLabel(self.detailsTab)
        self.startsLabel.setObjectName(u"startsLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startsLabel)

        self.startsRow = QHBoxLayout()
        self.startsRow.setObjectName(u"startsRow")
        self.datedCheck = QCheckBox(self.detailsTab)
        self.datedCheck.setObjectName(u"datedCheck")

        self.startsRow.addWidget(self.datedCheck)

        self.startsEdit = QDateTimeEdit(self.detailsTab)
        self.startsEdit.setObjectName(u"startsEdit")
        self.startsEdit.setMinimumSize(QSize(300, 0))
        self.startsEdit.setCalendarPopup(True)

        self.startsRow.addWidget(self.startsEdit)

        self.startsRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startsRow.addItem(self.startsRowSpacer)


        self.detailsForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.startsRow)

        self.durationLabel = QLabel(self.detailsTab)
        self.durationLabel.setObjectName(u"durationLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(self.detailsTab)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMaximumSize(QSize(220, 16777215))
        self.durationSpin.setMaximum(600)
        self.durationSpin.setSingleStep(15)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.venueLabel = QLabel(self.detailsTab)
        self.venueLabel.setObjectName(u"venueLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(self.detailsTab)
        self.venueEdit.setObjectName(u"venueEdit")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.purposeLabel = QLabel(self.detailsTab)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeEdit = QPlainTextEdit(self.detailsTab)
        self.purposeEdit.setObjectName(u"purposeEdit")
        self.purposeEdit.setTabChangesFocus(True)

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.editorTabs.addTab(self.detailsTab, "")
        self.agendaTab = QWidget()
        self.agendaTab.setObjectName(u"agendaTab")
        self.agendaLayout = QVBoxLayout(self.agendaTab)
        self.agendaLayout.setObjectName(u"agendaLayout")
        self.agendaSplitter = QSplitter(self.agendaTab)
        self.agendaSplitter.setObjectName(u"agendaSplitter")
        self.agendaSplitter.setOrientation(Qt.Orientation.Vertical)
        self.agendaSplitter.setChildrenCollapsible(False)
        self.agendaTop = QWidget(self.agendaSplitter)
        self.agendaTop.setObjectName(u"agendaTop")
        self.agendaTopLayout = QVBoxLayout(self.agendaTop)
        self.agendaTopLayout.setObjectName(u"agendaTopLayout")
        self.agendaTopLayout.setContentsMargins(0, 0, 0, 0)
        self.agendaView = QTableView(self.agendaTop)
        self.agendaView.setObjectName(u"agendaView")
        self.agendaView.setTabKeyNavigation(False)
        self.agendaView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agendaView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agendaView.setAlternatingRowColors(True)
        self.agendaView.setWordWrap(False)

        self.agendaTopLayout.addWidget(self.agendaView)

        self.agendaButtons = QHBoxLayout()
        self.agendaButtons.setObjectName(u"agendaButtons")
        self.addItemButton = QPushButton(self.agendaTop)
        self.addItemButton.setObjectName(u"addItemButton")

        self.agendaButtons.addWidget(self.addItemButton)

        self.removeItemButton = QPushButton(self.agendaTop)
        self.removeItemButton.setObjectName(u"removeItemButton")

        self.agendaButtons.addWidget(self.removeItemButton)

        self.moveUpButton = QPushButton(self.agendaTop)
        self.moveUpButton.setObjectName(u"moveUpButton")

        self.agendaButtons.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(self.agendaTop)
        self.moveDownButton.setObjectName(u"moveDownButton")

        self.agendaButtons.addWidget(self.moveDownButton)

        self.agendaButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agendaButtons.addItem(self.agendaButtonsSpacer)

        self.totalLabel = QLabel(self.agendaTop)
        self.totalLabel.setObjectName(u"totalLabel")

        self.agendaButtons.addWidget(self.totalLabel)


        self.agendaTopLayout.addLayout(self.agendaButtons)

        self.agendaSplitter.addWidget(self.agendaTop)
        self.itemBox = QGroupBox(self.agendaSplitter)
        self.itemBox.setObjectName(u"itemBox")
        self.itemLayout = QVBoxLayout(self.itemBox)
        self.itemLayout.setObjectName(u"itemLayout")
        self.itemTexts = QHBoxLayout()
        self.itemTexts.setObjectName(u"itemTexts")
        self.itemNotesColumn = QVBoxLayout()
        self.itemNotesColumn.setObjectName(u"itemNotesColumn")
        self.itemNotesColumn.setContentsMargins(0, 0, 0, 0)
        self.itemNotesLabel = QLabel(self.itemBox)
        self.itemNotesLabel.setObjectName(u"itemNotesLabel")

        self.itemNotesColumn.addWidget(self.itemNotesLabel)

        self.itemNotesEdit = QPlainTextEdit(self.itemBox)
        self.itemNotesEdit.setObjectName(u"itemNotesEdit")
        self.itemNotesEdit.setTabChangesFocus(True)

        self.itemNotesColumn.addWidget(self.itemNotesEdit)


        self.itemTexts.addLayout(self.itemNotesColumn)

        self.itemMinutesColumn = QVBoxLayout()
        self.itemMinutesColumn.setObjectName(u"itemMinutesColumn")
        self.itemMinutesColumn.setContentsMargins(0, 0, 0, 0)
        self.itemMinutesLabel = QLabel(self.itemBox)
        self.itemMinutesLabel.setObjectName(u"itemMinutesLabel")

        self.itemMinutesColumn.addWidget(self.itemMinutesLabel)

        self.itemMinutesEdit = QPlainTextEdit(self.itemBox)
        self.itemMinutesEdit.setObjectName(u"itemMinutesEdit")
        self.itemMinutesEdit.setTabChangesFocus(True)

        self.itemMinutesColumn.addWidget(self.itemMinutesEdit)


        self.itemTexts.addLayout(self.itemMinutesColumn)


        self.itemLayout.addLayout(self.itemTexts)

        self.confidentialCheck = QCheckBox(self.itemBox)
        self.confidentialCheck.setObjectName(u"confidentialCheck")

        self.itemLayout.addWidget(self.confidentialCheck)

        self.papersRow = QHBoxLayout()
        self.papersRow.setObjectName(u"papersRow")
        self.papersLabel = QLabel(self.itemBox)
        self.papersLabel.setObjectName(u"papersLabel")

        self.papersRow.addWidget(self.papersLabel)

        self.papersView = QTableView(self.itemBox)
        self.papersView.setObjectName(u"papersView")
        self.papersView.setTabKeyNavigation(False)
        self.papersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.papersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.papersView.setAlternatingRowColors(True)
        self.papersView.setWordWrap(False)

        self.papersRow.addWidget(self.papersView)


        self.itemLayout.addLayout(self.papersRow)

        self.paperButtons = QHBoxLayout()
        self.paperButtons.setObjectName(u"paperButtons")
        self.attachPaperButton = QPushButton(self.itemBox)
        self.attachPaperButton.setObjectName(u"attachPaperButton")

        self.paperButtons.addWidget(self.attachPaperButton)

        self.paperConfidentialButton = QPushButton(self.itemBox)
        self.paperConfidentialButton.setObjectName(u"paperConfidentialButton")

        self.paperButtons.addWidget(self.paperConfidentialButton)

        self.removePaperButton = QPushButton(self.itemBox)
        self.removePaperButton.setObjectName(u"removePaperButton")

        self.paperButtons.addWidget(self.removePaperButton)

        self.paperButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paperButtons.addItem(self.paperButtonsSpacer)


        self.itemLayout.addLayout(self.paperButtons)

        self.agendaSplitter.addWidget(self.itemBox)

        self.agendaLayout.addWidget(self.agendaSplitter)

        self.editorTabs.addTab(self.agendaTab, "")
        self.attendeesTab = QWidget()
        self.attendeesTab.setObjectName(u"attendeesTab")
        self.attendeesLayout = QVBoxLayout(self.attendeesTab)
        self.attendeesLayout.setObjectName(u"attendeesLayout")
        self.attendeesView = QTableView(self.attendeesTab)
        self.attendeesView.setObjectName(u"attendeesView")
        self.attendeesView.setTabKeyNavigation(False)
        self.attendeesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendeesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attendeesView.setAlternatingRowColors(True)
        self.attendeesView.setWordWrap(False)

        self.attendeesLayout.addWidget(self.attendeesView)

        self.attendeeButtons = QHBoxLayout()
        self.attendeeButtons.setObjectName(u"attendeeButtons")
        self.addAttendeeButton = QPushButton(self.attendeesTab)
        self.addAttendeeButton.setObjectName(u"addAttendeeButton")

        self.attendeeButtons.addWidget(self.addAttendeeButton)

        self.nameAttendeeButton = QPushButton(self.attendeesTab)
        self.nameAttendeeButton.setObjectName(u"nameAttendeeButton")

        self.attendeeButtons.addWidget(self.nameAttendeeButton)

        self.presentButton = QPushButton(self.attendeesTab)
        self.presentButton.setObjectName(u"presentButton")

        self.attendeeButtons.addWidget(self.presentButton)

        self.apologiesButton = QPushButton(self.attendeesTab)
        self.apologiesButton.setObjectName(u"apologiesButton")

        self.attendeeButtons.addWidget(self.apologiesButton)

        self.expectedButton = QPushButton(self.attendeesTab)
        self.expectedButton.setObjectName(u"expectedButton")

        self.attendeeButtons.addWidget(self.expectedButton)

        self.removeAttendeeButton = QPushButton(self.attendeesTab)
        self.removeAttendeeButton.setObjectName(u"removeAttendeeButton")

        self.attendeeButtons.addWidget(self.removeAttendeeButton)

        self.attendeeButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendeeButtons.addItem(self.attendeeButtonsSpacer)


        self.attendeesLayout.addLayout(self.attendeeButtons)

        self.editorTabs.addTab(self.attendeesTab, "")
        self.minutesTab = QWidget()
        self.minutesTab.setObjectName(u"minutesTab")
        self.minutesLayout = QVBoxLayout(self.minutesTab)
        self.minutesLayout.setObjectName(u"minutesLayout")
        self.notesLabel = QLabel(self.minutesTab)
        self.notesLabel.setObjectName(u"notesLabel")

        self.minutesLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.minutesTab)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 80))

        self.minutesLayout.addWidget(self.notesEdit)

        self.decisionsLabel = QLabel(self.minutesTab)
        self.decisionsLabel.setObjectName(u"decisionsLabel")

        self.minutesLayout.addWidget(self.decisionsLabel)

        self.decisionsEdit = QPlainTextEdit(self.minutesTab)
        self.decisionsEdit.setObjectName(u"decisionsEdit")
        self.decisionsEdit.setTabChangesFocus(True)
        self.decisionsEdit.setMaximumSize(QSize(16777215, 80))

        self.minutesLayout.addWidget(self.decisionsEdit)

        self.actionsLabel = QLabel(self.minutesTab)
        self.actionsLabel.setObjectName(u"actionsLabel")

        self.minutesLayout.addWidget(self.actionsLabel)

        self.actionsView = QTableView(self.minutesTab)
        self.actionsView.setObjectName(u"actionsView")
        self.actionsView.setTabKeyNavigation(False)
        self.actionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actionsView.setAlternatingRowColors(True)
        self.actionsView.setWordWrap(False)

        self.minutesLayout.addWidget(self.actionsView)

        self.newActionRow = QHBoxLayout()
        self.newActionRow.setObjectName(u"newActionRow")
        self.actionDescriptionEdit = QLineEdit(self.minutesTab)
        self.actionDescriptionEdit.setObjectName(u"actionDescriptionEdit")

        self.newActionRow.addWidget(self.actionDescriptionEdit)

        self.actionOwnerEdit = QLineEdit(self.minutesTab)
        self.actionOwnerEdit.setObjectName(u"actionOwnerEdit")

        self.newActionRow.addWidget(self.actionOwnerEdit)

        self.actionDueCheck = QCheckBox(self.minutesTab)
        self.actionDueCheck.setObjectName(u"actionDueCheck")

        self.newActionRow.addWidget(self.actionDueCheck)

        self.actionDueEdit = QDateEdit(self.minutesTab)
        self.actionDueEdit.setObjectName(u"actionDueEdit")
        self.actionDueEdit.setCalendarPopup(True)

        self.newActionRow.addWidget(self.actionDueEdit)

        self.addActionButton = QPushButton(self.minutesTab)
        self.addActionButton.setObjectName(u"addActionButton")

        self.newActionRow.addWidget(self.addActionButton)


        self.minutesLayout.addLayout(self.newActionRow)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.addToChecklistButton = QPushButton(self.minutesTab)
        self.addToChecklistButton.setObjectName(u"addToChecklistButton")

        self.actionButtons.addWidget(self.addToChecklistButton)

        self.removeActionButton = QPushButton(self.minutesTab)
        self.removeActionButton.setObjectName(u"removeActionButton")

        self.actionButtons.addWidget(self.removeActionButton)

        self.actionButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.actionButtonsSpacer)


        self.minutesLayout.addLayout(self.actionButtons)

        self.editorTabs.addTab(self.minutesTab, "")

        self.editorLayout.addWidget(self.editorTabs)

        self.documentButtons = QHBoxLayout()
        self.documentButtons.setObjectName(u"documentButtons")
        self.saveButton = QPushButton(self.editorPanel)
        self.saveButton.setObjectName(u"saveButton")

        self.documentButtons.addWidget(self.saveButton)

        self.savedLabel = QLabel(self.editorPanel)
        self.savedLabel.setObjectName(u"savedLabel")

        self.documentButtons.addWidget(self.savedLabel)

        self.documentButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documentButtons.addItem(self.documentButtonsSpacer)

        self.previewAgendaButton = QPushButton(self.editorPanel)
        self.previewAgendaButton.setObjectName(u"previewAgendaButton")

        self.documentButtons.addWidget(self.previewAgendaButton)

        self.previewPackButton = QPushButton(self.editorPanel)
        self.previewPackButton.setObjectName(u"previewPackButton")

        self.documentButtons.addWidget(self.previewPackButton)

        self.previewMinutesButton = QPushButton(self.editorPanel)
        self.previewMinutesButton.setObjectName(u"previewMinutesButton")

        self.documentButtons.addWidget(self.previewMinutesButton)

        self.savePdfButton = QPushButton(self.editorPanel)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.documentButtons.addWidget(self.savePdfButton)

        self.printButton = QPushButton(self.editorPanel)
        self.printButton.setObjectName(u"printButton")

        self.documentButtons.addWidget(self.printButton)


        self.editorLayout.addLayout(self.documentButtons)

        self.copyRow = QHBoxLayout()
        self.copyRow.setObjectName(u"copyRow")
        self.recipientLabel = QLabel(self.editorPanel)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.copyRow.addWidget(self.recipientLabel)

        self.recipientEdit = QLineEdit(self.editorPanel)
        self.recipientEdit.setObjectName(u"recipientEdit")

        self.copyRow.addWidget(self.recipientEdit)

        self.leaveOutCheck = QCheckBox(self.editorPanel)
        self.leaveOutCheck.setObjectName(u"leaveOutCheck")

        self.copyRow.addWidget(self.leaveOutCheck)


        self.editorLayout.addLayout(self.copyRow)

        self.splitter.addWidget(self.editorPanel)

        self.sectionLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.meetingsLabel.setBuddy(self.meetingsView)
        self.titleLabel.setBuddy(self.titleEdit)
        self.weekLabel.setBuddy(self.weekSpin)
        self.startsLabel.setBuddy(self.datedCheck)
        self.durationLabel.setBuddy(self.durationSpin)
        self.venueLabel.setBuddy(self.venueEdit)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.itemNotesLabel.setBuddy(self.itemNotesEdit)
        self.itemMinutesLabel.setBuddy(self.itemMinutesEdit)
        self.papersLabel.setBuddy(self.papersView)
        self.notesLabel.setBuddy(self.notesEdit)
        self.decisionsLabel.setBuddy(self.decisionsEdit)
        self.actionsLabel.setBuddy(self.actionsView)
        self.recipientLabel.setBuddy(self.recipientEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingsSection)

        QMetaObject.connectSlotsByName(MeetingsSection)
    # setupUi

    def retranslateUi(self, MeetingsSection):
        self.meetingsLabel.setText(QCoreApplication.translate("MeetingsSection", u"Meetings", None))
        self.addMeetingButton.setText(QCoreApplication.translate("MeetingsSection", u"&Add meeting\u2026", None))
        self.deleteMeetingButton.setText(QCoreApplication.translate("MeetingsSection", u"Delete meeting", None))
        self.exportCalendarButton.setText(QCoreApplication.translate("MeetingsSection", u"E&xport calendar\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportCalendarButton.setToolTip(QCoreApplication.translate("MeetingsSection", u"Save every meeting and deadline as an .ics file for Outlook and other calendars", None))
#endif // QT_CONFIG(tooltip)
        self.meetingHeading.setText("")
        self.titleLabel.setText(QCoreApplication.translate("MeetingsSection", u"&Title:", None))
        self.weekLabel.setText(QCoreApplication.translate("MeetingsSection", u"Wee&k:", None))
        self.weekSpin.setSpecialValueText(QCoreApplication.translate("MeetingsSection", u"Not set", None))
        self.startsLabel.setText(QCoreApplication.translate("MeetingsSection", u"&When:", None))
        self.datedCheck.setText(QCoreApplication.translate("MeetingsSection", u"Agreed", None))
        self.startsEdit.setDisplayFormat(QCoreApplication.translate("MeetingsSection", u"dddd d MMMM yyyy, HH:mm", None))
        self.durationLabel.setText(QCoreApplication.translate("MeetingsSection", u"Durati&on:", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("MeetingsSection", u" minutes", None))
        self.durationSpin.setSpecialValueText(QCoreApplication.translate("MeetingsSection", u"As long as the agenda", None))
        self.venueLabel.setText(QCoreApplication.translate("MeetingsSection", u"Venue:", None))
        self.purposeLabel.setText(QCoreApplication.translate("MeetingsSection", u"Purpose:", None))
        self.editorTabs.setTabText(self.editorTabs.indexOf(self.detailsTab), QCoreApplication.translate("MeetingsSection", u"&Details", None))
        self.addItemButton.setText(QCoreApplication.translate("MeetingsSection", u"Add i&tem", None))
        self.removeItemButton.setText(QCoreApplication.translate("MeetingsSection", u"Remove item", None))
        self.moveUpButton.setText(QCoreApplication.translate("MeetingsSection", u"Move up", None))
#if QT_CONFIG(tooltip)
        self.moveUpButton.setToolTip(QCoreApplication.translate("MeetingsSection", u"Ctrl+Up", None))
#endif // QT_CONFIG(tooltip)
        self.moveDownButton.setText(QCoreApplication.translate("MeetingsSection", u"Move down", None))
#if QT_CONFIG(tooltip)
        self.moveDownButton.setToolTip(QCoreApplication.translate("MeetingsSection", u"Ctrl+Down", None))
#endif // QT_CONFIG(tooltip)
        self.totalLabel.setText("")
        self.itemBox.setTitle(QCoreApplication.translate("MeetingsSection", u"Selected item", None))
        self.itemNotesLabel.setText(QCoreApplication.translate("MeetingsSection", u"Notes for the agenda:", None))
        self.itemMinutesLabel.setText(QCoreApplication.translate("MeetingsSection", u"Minutes of the item:", None))
        self.itemMinutesEdit.setPlaceholderText(QCoreApplication.translate("MeetingsSection", u"What was said, written during or after the meeting", None))
        self.confidentialCheck.setText(QCoreApplication.translate("MeetingsSection", u"C&onfidential: leave its notes and papers out of a recipient's copy", None))
        self.papersLabel.setText(QCoreApplication.translate("MeetingsSection", u"Papers:", None))
        self.attachPaperButton.setText(QCoreApplication.translate("MeetingsSection", u"Attach paper\u2026", None))
        self.paperConfidentialButton.setText(QCoreApplication.translate("MeetingsSection", u"Mark confidential / not", None))
        self.removePaperButton.setText(QCoreApplication.translate("MeetingsSection", u"Remove paper", None))
        self.editorTabs.setTabText(self.editorTabs.indexOf(self.agendaTab), QCoreApplication.translate("MeetingsSection", u"A&genda", None))
        self.addAttendeeButton.setText(QCoreApplication.translate("MeetingsSection", u"Add person\u2026", None))
        self.nameAttendeeButton.setText(QCoreApplication.translate("MeetingsSection", u"Name\u2026", None))
#if QT_CONFIG(tooltip)
        self.nameAttendeeButton.setToolTip(QCoreApplication.translate("MeetingsSection", u"Name the person who fills this role", None))
#endif // QT_CONFIG(tooltip)
        self.presentButton.setText(QCoreApplication.translate("MeetingsSection", u"Present", None))
        self.apologiesButton.setText(QCoreApplication.translate("MeetingsSection", u"Apologies", None))
        self.expectedButton.setText(QCoreApplication.translate("MeetingsSection", u"Expected", None))
        self.removeAttendeeButton.setText(QCoreApplication.translate("MeetingsSection", u"Remove", None))
        self.editorTabs.setTabText(self.editorTabs.indexOf(self.attendeesTab), QCoreApplication.translate("MeetingsSection", u"Attendee&s", None))
        self.notesLabel.setText(QCoreApplication.translate("MeetingsSection", u"General notes:", None))
        self.decisionsLabel.setText(QCoreApplication.translate("MeetingsSection", u"Decisions (one a line):", None))
        self.actionsLabel.setText(QCoreApplication.translate("MeetingsSection", u"Actions:", None))
        self.actionDescriptionEdit.setPlaceholderText(QCoreApplication.translate("MeetingsSection", u"What is to be done", None))
        self.actionOwnerEdit.setPlaceholderText(QCoreApplication.translate("MeetingsSection", u"Owner", None))
        self.actionDueCheck.setText(QCoreApplication.translate("MeetingsSection", u"Due", None))
        self.actionDueEdit.setDisplayFormat(QCoreApplication.translate("MeetingsSection", u"d MMM yyyy", None))
        self.addActionButton.setText(QCoreApplication.translate("MeetingsSection", u"Add ac&tion", None))
        self.addToChecklistButton.setText(QCoreApplication.translate("MeetingsSection", u"Add to the checklist", None))
#if QT_CONFIG(tooltip)
        self.addToChecklistButton.setToolTip(QCoreApplication.translate("MeetingsSection", u"Make the action a checklist item, linked back to this meeting", None))
#endif // QT_CONFIG(tooltip)
        self.removeActionButton.setText(QCoreApplication.translate("MeetingsSection", u"Remove action", None))
        self.editorTabs.setTabText(self.editorTabs.indexOf(self.minutesTab), QCoreApplication.translate("MeetingsSection", u"Min&utes", None))
        self.saveButton.setText(QCoreApplication.translate("MeetingsSection", u"Save &changes", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("MeetingsSection", u"Ctrl+S", None))
#endif // QT_CONFIG(tooltip)
        self.savedLabel.setText("")
        self.previewAgendaButton.setText(QCoreApplication.translate("MeetingsSection", u"Preview agenda", None))
        self.previewPackButton.setText(QCoreApplication.translate("MeetingsSection", u"Preview pack", None))
        self.previewMinutesButton.setText(QCoreApplication.translate("MeetingsSection", u"Preview minutes", None))
        self.savePdfButton.setText(QCoreApplication.translate("MeetingsSection", u"Save pack as PDF\u2026", None))
        self.printButton.setText(QCoreApplication.translate("MeetingsSection", u"P&rint pack\u2026", None))
        self.recipientLabel.setText(QCoreApplication.translate("MeetingsSection", u"Pack is a cop&y for:", None))
        self.recipientEdit.setPlaceholderText(QCoreApplication.translate("MeetingsSection", u"Everyone (leave blank)", None))
        self.leaveOutCheck.setText(QCoreApplication.translate("MeetingsSection", u"Leave out confidential items", None))
        pass
    # retranslateUi

