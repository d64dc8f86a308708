# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'minutes_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_MinutesPanel(object):
    def setupUi(self, MinutesPanel):
        if not MinutesPanel.objectName():
            MinutesPanel.setObjectName(u"MinutesPanel")
        self.piecesLayout = QVBoxLayout(MinutesPanel)
        self.piecesLayout.setObjectName(u"piecesLayout")
        self.piecesLayout.setContentsMargins(0, 0, 0, 0)
        self.attendeesPage = QWidget(MinutesPanel)
        self.attendeesPage.setObjectName(u"attendeesPage")
        self.attendeesPageLayout = QVBoxLayout(self.attendeesPage)
        self.attendeesPageLayout.setObjectName(u"attendeesPageLayout")
        self.attendeesPageLayout.setContentsMargins(0, 0, 0, 0)
        self.attendeesView = QTableView(self.attendeesPage)
        self.attendeesView.setObjectName(u"attendeesView")
        self.attendeesView.setTabKeyNavigation(False)
        self.attendeesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendeesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attendeesView.setAlternatingRowColors(True)
        self.attendeesView.setWordWrap(False)

        self.attendeesPageLayout.addWidget(self.attendeesView)

        self.attendeeButtons = QHBoxLayout()
        self.attendeeButtons.setObjectName(u"attendeeButtons")
        self.addAttendeeButton = QPushButton(self.attendeesPage)
        self.addAttendeeButton.setObjectName(u"addAttendeeButton")

        self.attendeeButtons.addWidget(self.addAttendeeButton)

        self.nameAttendeeButton = QPushButton(self.attendeesPage)
        self.nameAttendeeButton.setObjectName(u"nameAttendeeButton")

        self.attendeeButtons.addWidget(self.nameAttendeeButton)

        self.presentButton = QPushButton(self.attendeesPage)
        self.presentButton.setObjectName(u"presentButton")

        self.attendeeButtons.addWidget(self.presentButton)

        self.apologiesButton = QPushButton(self.attendeesPage)
        self.apologiesButton.setObjectName(u"apologiesButton")

        self.attendeeButtons.addWidget(self.apologiesButton)

        self.expectedButton = QPushButton(self.attendeesPage)
        self.expectedButton.setObjectName(u"expectedButton")

        self.attendeeButtons.addWidget(self.expectedButton)

        self.removeAttendeeButton = QPushButton(self.attendeesPage)
        self.removeAttendeeButton.setObjectName(u"removeAttendeeButton")

        self.attendeeButtons.addWidget(self.removeAttendeeButton)

        self.attendeeButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendeeButtons.addItem(self.attendeeButtonsSpacer)


        self.attendeesPageLayout.addLayout(self.attendeeButtons)


        self.piecesLayout.addWidget(self.attendeesPage)

        self.actionsPage = QWidget(MinutesPanel)
        self.actionsPage.setObjectName(u"actionsPage")
        self.actionsPageLayout = QVBoxLayout(self.actionsPage)
        self.actionsPageLayout.setObjectName(u"actionsPageLayout")
        self.actionsPageLayout.setContentsMargins(0, 0, 0, 0)
        self.actionsLabel = QLabel(self.actionsPage)
        self.actionsLabel.setObjectName(u"actionsLabel")

        self.actionsPageLayout.addWidget(self.actionsLabel)

        self.actionsView = QTableView(self.actionsPage)
        self.actionsView.setObjectName(u"actionsView")
        self.actionsView.setTabKeyNavigation(False)
        self.actionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actionsView.setAlternatingRowColors(True)
        self.actionsView.setWordWrap(False)

        self.actionsPageLayout.addWidget(self.actionsView)

        self.newActionRow = QHBoxLayout()
        self.newActionRow.setObjectName(u"newActionRow")
        self.actionDescriptionEdit = QLineEdit(self.actionsPage)
        self.actionDescriptionEdit.setObjectName(u"actionDescriptionEdit")

        self.newActionRow.addWidget(self.actionDescriptionEdit)

        self.actionOwnerEdit = QLineEdit(self.actionsPage)
        self.actionOwnerEdit.setObjectName(u"actionOwnerEdit")

        self.newActionRow.addWidget(self.actionOwnerEdit)

        self.actionDueCheck = QCheckBox(self.actionsPage)
        self.actionDueCheck.setObjectName(u"actionDueCheck")

        self.newActionRow.addWidget(self.actionDueCheck)

        self.actionDueEdit = QDateEdit(self.actionsPage)
        self.actionDueEdit.setObjectName(u"actionDueEdit")
        self.actionDueEdit.setCalendarPopup(True)

        self.newActionRow.addWidget(self.actionDueEdit)

        self.addActionButton = QPushButton(self.actionsPage)
        self.addActionButton.setObjectName(u"addActionButton")

        self.newActionRow.addWidget(self.addActionButton)


        self.actionsPageLayout.addLayout(self.newActionRow)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.addToChecklistButton = QPushButton(self.actionsPage)
        self.addToChecklistButton.setObjectName(u"addToChecklistButton")

        self.actionButtons.addWidget(self.addToChecklistButton)

        self.removeActionButton = QPushButton(self.actionsPage)
        self.removeActionButton.setObjectName(u"removeActionButton")

        self.actionButtons.addWidget(self.removeActionButton)

        self.actionButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.actionButtonsSpacer)


        self.actionsPageLayout.addLayout(self.actionButtons)


        self.piecesLayout.addWidget(self.actionsPage)

#if QT_CONFIG(shortcut)
        self.actionsLabel.setBuddy(self.actionsView)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MinutesPanel)

        QMetaObject.connectSlotsByName(MinutesPanel)
    # setupUi

    def retranslateUi(self, MinutesPanel):
        self.addAttendeeButton.setText(QCoreApplication.translate("MinutesPanel", u"Add person\u2026", None))
        self.nameAttendeeButton.setText(QCoreApplication.translate("MinutesPanel", u"Name\u2026", None))
#if QT_CONFIG(tooltip)
        self.nameAttendeeButton.setToolTip(QCoreApplication.translate("MinutesPanel", u"Name the person who fills this role", None))
#endif // QT_CONFIG(tooltip)
        self.presentButton.setText(QCoreApplication.translate("MinutesPanel", u"Present", None))
        self.apologiesButton.setText(QCoreApplication.translate("MinutesPanel", u"Apologies", None))
        self.expectedButton.setText(QCoreApplication.translate("MinutesPanel", u"Expected", None))
        self.removeAttendeeButton.setText(QCoreApplication.translate("MinutesPanel", u"Remove", None))
        self.actionsLabel.setText(QCoreApplication.translate("MinutesPanel", u"Actions:", None))
        self.actionDescriptionEdit.setPlaceholderText(QCoreApplication.translate("MinutesPanel", u"What is to be done", None))
        self.actionOwnerEdit.setPlaceholderText(QCoreApplication.translate("MinutesPanel", u"Owner", None))
        self.actionDueCheck.setText(QCoreApplication.translate("MinutesPanel", u"Due", None))
        self.actionDueEdit.setDisplayFormat(QCoreApplication.translate("MinutesPanel", u"d MMM yyyy", None))
        self.addActionButton.setText(QCoreApplication.translate("MinutesPanel", u"Add ac&tion", None))
        self.addToChecklistButton.setText(QCoreApplication.translate("MinutesPanel", u"Add to the checklist", None))
#if QT_CONFIG(tooltip)
        self.addToChecklistButton.setToolTip(QCoreApplication.translate("MinutesPanel", u"Make the action a checklist item, linked back to this meeting", None))
#endif // QT_CONFIG(tooltip)
        self.removeActionButton.setText(QCoreApplication.translate("MinutesPanel", u"Remove action", None))
        pass
    # retranslateUi

