# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meetings_section.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDateTimeEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTabWidget, QTableView, QVBoxLayout, QWidget)

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
        self.agendaPlaceholder = QWidget(self.agendaTab)
        self.agendaPlaceholder.setObjectName(u"agendaPlaceholder")

        self.agendaLayout.addWidget(self.agendaPlaceholder)

        self.editorTabs.addTab(self.agendaTab, "")
        self.attendeesTab = QWidget()
        self.attendeesTab.setObjectName(u"attendeesTab")
        self.attendeesLayout = QVBoxLayout(self.attendeesTab)
        self.attendeesLayout.setObjectName(u"attendeesLayout")
        self.attendeesPlaceholder = QWidget(self.attendeesTab)
        self.attendeesPlaceholder.setObjectName(u"attendeesPlaceholder")

        self.attendeesLayout.addWidget(self.attendeesPlaceholder)

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

        self.actionsPlaceholder = QWidget(self.minutesTab)
        self.actionsPlaceholder.setObjectName(u"actionsPlaceholder")

        self.minutesLayout.addWidget(self.actionsPlaceholder)

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

        self.documentButtonsPlaceholder = QWidget(self.editorPanel)
        self.documentButtonsPlaceholder.setObjectName(u"documentButtonsPlaceholder")

        self.documentButtons.addWidget(self.documentButtonsPlaceholder)


        self.editorLayout.addLayout(self.documentButtons)

        self.copyPlaceholder = QWidget(self.editorPanel)
        self.copyPlaceholder.setObjectName(u"copyPlaceholder")

        self.editorLayout.addWidget(self.copyPlaceholder)

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
        self.notesLabel.setBuddy(self.notesEdit)
        self.decisionsLabel.setBuddy(self.decisionsEdit)
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
        self.editorTabs.setTabText(self.editorTabs.indexOf(self.agendaTab), QCoreApplication.translate("MeetingsSection", u"A&genda", None))
        self.editorTabs.setTabText(self.editorTabs.indexOf(self.attendeesTab), QCoreApplication.translate("MeetingsSection", u"Attendee&s", None))
        self.notesLabel.setText(QCoreApplication.translate("MeetingsSection", u"General notes:", None))
        self.decisionsLabel.setText(QCoreApplication.translate("MeetingsSection", u"Decisions (one a line):", None))
        self.editorTabs.setTabText(self.editorTabs.indexOf(self.minutesTab), QCoreApplication.translate("MeetingsSection", u"Min&utes", None))
        self.saveButton.setText(QCoreApplication.translate("MeetingsSection", u"Save &changes", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("MeetingsSection", u"Ctrl+S", None))
#endif // QT_CONFIG(tooltip)
        self.savedLabel.setText("")
        pass
    # retranslateUi

