# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reading_base_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableView, QTimeEdit, QVBoxLayout)

class Ui_ReadingBasePanel(object):
    def setupUi(self, ReadingBasePanel):
        if not ReadingBasePanel.objectName():
            ReadingBasePanel.setObjectName(u"ReadingBasePanel")
        ReadingBasePanel.resize(1100, 560)
        self.basePageLayout = QVBoxLayout(ReadingBasePanel)
        self.basePageLayout.setObjectName(u"basePageLayout")
        self.baseColumns = QHBoxLayout()
        self.baseColumns.setObjectName(u"baseColumns")
        self.baseForm = QFormLayout()
        self.baseForm.setObjectName(u"baseForm")
        self.baseLabel = QLabel(ReadingBasePanel)
        self.baseLabel.setObjectName(u"baseLabel")

        self.baseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.baseLabel)

        self.baseCombo = QComboBox(ReadingBasePanel)
        self.baseCombo.setObjectName(u"baseCombo")

        self.baseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.baseCombo)

        self.venueLabel = QLabel(ReadingBasePanel)
        self.venueLabel.setObjectName(u"venueLabel")

        self.baseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(ReadingBasePanel)
        self.venueEdit.setObjectName(u"venueEdit")

        self.baseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.addressLabel = QLabel(ReadingBasePanel)
        self.addressLabel.setObjectName(u"addressLabel")

        self.baseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(ReadingBasePanel)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)
        self.addressEdit.setMaximumSize(QSize(16777215, 64))

        self.baseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.accessLabel = QLabel(ReadingBasePanel)
        self.accessLabel.setObjectName(u"accessLabel")

        self.baseForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.accessLabel)

        self.accessEdit = QPlainTextEdit(ReadingBasePanel)
        self.accessEdit.setObjectName(u"accessEdit")
        self.accessEdit.setTabChangesFocus(True)
        self.accessEdit.setMaximumSize(QSize(16777215, 64))

        self.baseForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.accessEdit)

        self.printersLabel = QLabel(ReadingBasePanel)
        self.printersLabel.setObjectName(u"printersLabel")

        self.baseForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.printersLabel)

        self.printersEdit = QLineEdit(ReadingBasePanel)
        self.printersEdit.setObjectName(u"printersEdit")

        self.baseForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.printersEdit)

        self.contactLabel = QLabel(ReadingBasePanel)
        self.contactLabel.setObjectName(u"contactLabel")

        self.baseForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactLayout = QHBoxLayout()
        self.contactLayout.setObjectName(u"contactLayout")
        self.contactNameEdit = QLineEdit(ReadingBasePanel)
        self.contactNameEdit.setObjectName(u"contactNameEdit")

        self.contactLayout.addWidget(self.contactNameEdit)

        self.contactPhoneEdit = QLineEdit(ReadingBasePanel)
        self.contactPhoneEdit.setObjectName(u"contactPhoneEdit")

        self.contactLayout.addWidget(self.contactPhoneEdit)


        self.baseForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.contactLayout)

        self.firstDayLabel = QLabel(ReadingBasePanel)
        self.firstDayLabel.setObjectName(u"firstDayLabel")

        self.baseForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.firstDayLabel)

        self.daysLayout = QHBoxLayout()
        self.daysLayout.setObjectName(u"daysLayout")
        self.firstDayEdit = QDateEdit(ReadingBasePanel)
        self.firstDayEdit.setObjectName(u"firstDayEdit")
        self.firstDayEdit.setCalendarPopup(True)

        self.daysLayout.addWidget(self.firstDayEdit)

        self.dayCountLabel = QLabel(ReadingBasePanel)
        self.dayCountLabel.setObjectName(u"dayCountLabel")

        self.daysLayout.addWidget(self.dayCountLabel)

        self.dayCountSpin = QSpinBox(ReadingBasePanel)
        self.dayCountSpin.setObjectName(u"dayCountSpin")
        self.dayCountSpin.setMinimum(1)
        self.dayCountSpin.setMaximum(10)
        self.dayCountSpin.setValue(3)

        self.daysLayout.addWidget(self.dayCountSpin)

        self.daysSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.daysLayout.addItem(self.daysSpacer)


        self.baseForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.daysLayout)

        self.opensLabel = QLabel(ReadingBasePanel)
        self.opensLabel.setObjectName(u"opensLabel")

        self.baseForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.opensLabel)

        self.hoursLayout = QHBoxLayout()
        self.hoursLayout.setObjectName(u"hoursLayout")
        self.opensEdit = QTimeEdit(ReadingBasePanel)
        self.opensEdit.setObjectName(u"opensEdit")

        self.hoursLayout.addWidget(self.opensEdit)

        self.closesLabel = QLabel(ReadingBasePanel)
        self.closesLabel.setObjectName(u"closesLabel")

        self.hoursLayout.addWidget(self.closesLabel)

        self.closesEdit = QTimeEdit(ReadingBasePanel)
        self.closesEdit.setObjectName(u"closesEdit")

        self.hoursLayout.addWidget(self.closesEdit)

        self.hoursSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hoursLayout.addItem(self.hoursSpacer)


        self.baseForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.hoursLayout)


        self.baseColumns.addLayout(self.baseForm)

        self.baseRightLayout = QVBoxLayout()
        self.baseRightLayout.setObjectName(u"baseRightLayout")
        self.roomsLabel = QLabel(ReadingBasePanel)
        self.roomsLabel.setObjectName(u"roomsLabel")

        self.baseRightLayout.addWidget(self.roomsLabel)

        self.roomsView = QTableView(ReadingBasePanel)
        self.roomsView.setObjectName(u"roomsView")
        self.roomsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roomsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.roomsView.setTabKeyNavigation(False)
        self.roomsView.setMaximumSize(QSize(16777215, 120))

        self.baseRightLayout.addWidget(self.roomsView)

        self.roomButtons = QHBoxLayout()
        self.roomButtons.setObjectName(u"roomButtons")
        self.addRoomButton = QPushButton(ReadingBasePanel)
        self.addRoomButton.setObjectName(u"addRoomButton")

        self.roomButtons.addWidget(self.addRoomButton)

        self.removeRoomButton = QPushButton(ReadingBasePanel)
        self.removeRoomButton.setObjectName(u"removeRoomButton")

        self.roomButtons.addWidget(self.removeRoomButton)

        self.roomButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roomButtons.addItem(self.roomButtonsSpacer)


        self.baseRightLayout.addLayout(self.roomButtons)

        self.ictLabel = QLabel(ReadingBasePanel)
        self.ictLabel.setObjectName(u"ictLabel")

        self.baseRightLayout.addWidget(self.ictLabel)

        self.ictEdit = QPlainTextEdit(ReadingBasePanel)
        self.ictEdit.setObjectName(u"ictEdit")
        self.ictEdit.setTabChangesFocus(True)

        self.baseRightLayout.addWidget(self.ictEdit)


        self.baseColumns.addLayout(self.baseRightLayout)

        self.baseColumns.setStretch(0, 1)
        self.baseColumns.setStretch(1, 1)

        self.basePageLayout.addLayout(self.baseColumns)

        self.baseButtons = QHBoxLayout()
        self.baseButtons.setObjectName(u"baseButtons")
        self.saveBaseButton = QPushButton(ReadingBasePanel)
        self.saveBaseButton.setObjectName(u"saveBaseButton")

        self.baseButtons.addWidget(self.saveBaseButton)

        self.removeBaseButton = QPushButton(ReadingBasePanel)
        self.removeBaseButton.setObjectName(u"removeBaseButton")

        self.baseButtons.addWidget(self.removeBaseButton)

        self.baseMessage = QLabel(ReadingBasePanel)
        self.baseMessage.setObjectName(u"baseMessage")
        self.baseMessage.setWordWrap(True)

        self.baseButtons.addWidget(self.baseMessage)

        self.baseButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.baseButtons.addItem(self.baseButtonsSpacer)


        self.basePageLayout.addLayout(self.baseButtons)

        self.notReadyLabel = QLabel(ReadingBasePanel)
        self.notReadyLabel.setObjectName(u"notReadyLabel")

        self.basePageLayout.addWidget(self.notReadyLabel)

        self.notReadyView = QTableView(ReadingBasePanel)
        self.notReadyView.setObjectName(u"notReadyView")
        self.notReadyView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notReadyView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.notReadyView.setSortingEnabled(True)
        self.notReadyView.setAlternatingRowColors(True)
        self.notReadyView.setWordWrap(False)
        self.notReadyView.setTabKeyNavigation(False)

        self.basePageLayout.addWidget(self.notReadyView)

        self.basePageLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.baseLabel.setBuddy(self.baseCombo)
        self.venueLabel.setBuddy(self.venueEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.accessLabel.setBuddy(self.accessEdit)
        self.printersLabel.setBuddy(self.printersEdit)
        self.contactLabel.setBuddy(self.contactNameEdit)
        self.firstDayLabel.setBuddy(self.firstDayEdit)
        self.dayCountLabel.setBuddy(self.dayCountSpin)
        self.opensLabel.setBuddy(self.opensEdit)
        self.closesLabel.setBuddy(self.closesEdit)
        self.roomsLabel.setBuddy(self.roomsView)
        self.ictLabel.setBuddy(self.ictEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReadingBasePanel)

        QMetaObject.connectSlotsByName(ReadingBasePanel)
    # setupUi

    def retranslateUi(self, ReadingBasePanel):
        self.baseLabel.setText(QCoreApplication.translate("ReadingBasePanel", u"Base:", None))
#if QT_CONFIG(accessibility)
        self.baseCombo.setAccessibleName(QCoreApplication.translate("ReadingBasePanel", u"Reading base", None))
#endif // QT_CONFIG(accessibility)
        self.venueLabel.setText(QCoreApplication.translate("ReadingBasePanel", u"Ven&ue:", None))
#if QT_CONFIG(accessibility)
        self.venueEdit.setAccessibleName(QCoreApplication.translate("ReadingBasePanel", u"Venue", None))
#endif // QT_CONFIG(accessibility)
        self.venueEdit.setPlaceholderText(QCoreApplication.translate("ReadingBasePanel", u"Building and floor, e.g. Council Offices, second floor", None))
        self.addressLabel.setText(QCoreApplication.translate("ReadingBasePanel", u"Address:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("ReadingBasePanel", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.accessLabel.setText(QCoreApplication.translate("ReadingBasePanel", u"Access:", None))
#if QT_CONFIG(accessibility)
        self.accessEdit.setAccessibleName(QCoreApplication.translate("ReadingBasePanel", u"Access arrangements", None))
#endif // QT_CONFIG(accessibility)
        self.accessEdit.setPlaceholderText(QCoreApplication.translate("ReadingBasePanel", u"Signing in, passes, parking, opening times", None))
        self.printersLabel.setText(QCoreApplication.translate("ReadingBasePanel", u"Printers:", None))
#if QT_CONFIG(accessibility)
        self.printersEdit.setAccessibleName(QCoreApplication.translate("ReadingBasePanel", u"Printers", None))
#endif // QT_CONFIG(accessibility)
        self.printersEdit.setPlaceholderText(QCoreApplication.translate("ReadingBasePanel", u"Secure printers, confidential waste", None))
        self.contactLabel.setText(QCoreApplication.translate("ReadingBasePanel", u"On-site con&tact:", None))
#if QT_CONFIG(accessibility)
        self.contactNameEdit.setAccessibleName(QCoreApplication.translate("ReadingBasePanel", u"On-site contact", None))
#endif // QT_CONFIG(accessibility)
        self.contactNameEdit.setPlaceholderText(QCoreApplication.translate("ReadingBasePanel", u"Name", None))
#if QT_CONFIG(accessibility)
        self.contactPhoneEdit.setAccessibleName(QCoreApplication.translate("ReadingBasePanel", u"On-site contact's phone", None))
#endif // QT_CONFIG(accessibility)
        self.contactPhoneEdit.setPlaceholderText(QCoreApplication.translate("ReadingBasePanel", u"Phone", None))
        self.firstDayLabel.setText(QCoreApplication.translate("ReadingBasePanel", u"First reading da&y:", None))
        self.firstDayEdit.setDisplayFormat(QCoreApplication.translate("ReadingBasePanel", u"ddd d MMMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.firstDayEdit.setAccessibleName(QCoreApplication.translate("ReadingBasePanel", u"First reading day", None))
#endif // QT_CONFIG(accessibility)
        self.dayCountLabel.setText(QCoreApplication.translate("ReadingBasePanel", u"for", None))
        self.dayCountSpin.setSuffix(QCoreApplication.translate("ReadingBasePanel", u" working days", None))
#if QT_CONFIG(accessibility)
        self.dayCountSpin.setAccessibleName(QCoreApplication.translate("ReadingBasePanel", u"Number of reading days", None))
#endif // QT_CONFIG(accessibility)
        self.opensLabel.setText(QCoreApplication.translate("ReadingBasePanel", u"&Opens:", None))
        self.opensEdit.setDisplayFormat(QCoreApplication.translate("ReadingBasePanel", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.opensEdit.setAccessibleName(QCoreApplication.translate("ReadingBasePanel", u"Opens at", None))
#endif // QT_CONFIG(accessibility)
        self.closesLabel.setText(QCoreApplication.translate("ReadingBasePanel", u"closes", None))
        self.closesEdit.setDisplayFormat(QCoreApplication.translate("ReadingBasePanel", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.closesEdit.setAccessibleName(QCoreApplication.translate("ReadingBasePanel", u"Closes at", None))
#endif // QT_CONFIG(accessibility)
        self.roomsLabel.setText(QCoreApplication.translate("ReadingBasePanel", u"Rooms and des&ks:", None))
#if QT_CONFIG(accessibility)
        self.roomsView.setAccessibleName(QCoreApplication.translate("ReadingBasePanel", u"Rooms and desks", None))
#endif // QT_CONFIG(accessibility)
        self.addRoomButton.setText(QCoreApplication.translate("ReadingBasePanel", u"&Add room", None))
        self.removeRoomButton.setText(QCoreApplication.translate("ReadingBasePanel", u"Remove room", None))
        self.ictLabel.setText(QCoreApplication.translate("ReadingBasePanel", u"Ho&w to log in (ICT):", None))
#if QT_CONFIG(accessibility)
        self.ictEdit.setAccessibleName(QCoreApplication.translate("ReadingBasePanel", u"ICT login process", None))
#endif // QT_CONFIG(accessibility)
        self.ictEdit.setPlaceholderText(QCoreApplication.translate("ReadingBasePanel", u"For each agency system: the account, how to log in, who to call", None))
        self.saveBaseButton.setText(QCoreApplication.translate("ReadingBasePanel", u"Save &changes", None))
        self.removeBaseButton.setText(QCoreApplication.translate("ReadingBasePanel", u"Remove base\u2026", None))
        self.notReadyLabel.setText(QCoreApplication.translate("ReadingBasePanel", u"Who is not ready yet", None))
#if QT_CONFIG(accessibility)
        self.notReadyView.setAccessibleName(QCoreApplication.translate("ReadingBasePanel", u"Readers not ready", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

