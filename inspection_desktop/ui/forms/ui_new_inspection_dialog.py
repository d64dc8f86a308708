# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_inspection_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout)

class Ui_NewInspectionDialog(object):
    def setupUi(self, NewInspectionDialog):
        if not NewInspectionDialog.objectName():
            NewInspectionDialog.setObjectName(u"NewInspectionDialog")
        NewInspectionDialog.resize(600, 560)
        self.layout = QVBoxLayout(NewInspectionDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(NewInspectionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.areaLabel = QLabel(NewInspectionDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaEdit = QLineEdit(NewInspectionDialog)
        self.areaEdit.setObjectName(u"areaEdit")
        self.areaEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.areaEdit)

        self.notifiedLabel = QLabel(NewInspectionDialog)
        self.notifiedLabel.setObjectName(u"notifiedLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.notifiedLabel)

        self.notifiedEdit = QDateEdit(NewInspectionDialog)
        self.notifiedEdit.setObjectName(u"notifiedEdit")
        self.notifiedEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notifiedEdit)


        self.layout.addLayout(self.form)

        self.weekOneLabel = QLabel(NewInspectionDialog)
        self.weekOneLabel.setObjectName(u"weekOneLabel")
        self.weekOneLabel.setWordWrap(True)

        self.layout.addWidget(self.weekOneLabel)

        self.holidaysGroup = QGroupBox(NewInspectionDialog)
        self.holidaysGroup.setObjectName(u"holidaysGroup")
        self.holidaysLayout = QVBoxLayout(self.holidaysGroup)
        self.holidaysLayout.setObjectName(u"holidaysLayout")
        self.holidaysIntroLabel = QLabel(self.holidaysGroup)
        self.holidaysIntroLabel.setObjectName(u"holidaysIntroLabel")
        self.holidaysIntroLabel.setWordWrap(True)

        self.holidaysLayout.addWidget(self.holidaysIntroLabel)

        self.offerLayout = QHBoxLayout()
        self.offerLayout.setObjectName(u"offerLayout")
        self.offerLabel = QLabel(self.holidaysGroup)
        self.offerLabel.setObjectName(u"offerLabel")
        self.offerLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.offerLabel.setWordWrap(True)

        self.offerLayout.addWidget(self.offerLabel)

        self.offerButton = QPushButton(self.holidaysGroup)
        self.offerButton.setObjectName(u"offerButton")

        self.offerLayout.addWidget(self.offerButton)


        self.holidaysLayout.addLayout(self.offerLayout)

        self.holidaysView = QTableView(self.holidaysGroup)
        self.holidaysView.setObjectName(u"holidaysView")
        self.holidaysView.setTabKeyNavigation(False)
        self.holidaysView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holidaysView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.holidaysLayout.addWidget(self.holidaysView)

        self.addLayout = QHBoxLayout()
        self.addLayout.setObjectName(u"addLayout")
        self.fromLabel = QLabel(self.holidaysGroup)
        self.fromLabel.setObjectName(u"fromLabel")

        self.addLayout.addWidget(self.fromLabel)

        self.fromEdit = QDateEdit(self.holidaysGroup)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.addLayout.addWidget(self.fromEdit)

        self.toLabel = QLabel(self.holidaysGroup)
        self.toLabel.setObjectName(u"toLabel")

        self.addLayout.addWidget(self.toLabel)

        self.toEdit = QDateEdit(self.holidaysGroup)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.addLayout.addWidget(self.toEdit)

        self.labelLabel = QLabel(self.holidaysGroup)
        self.labelLabel.setObjectName(u"labelLabel")

        self.addLayout.addWidget(self.labelLabel)

        self.labelEdit = QLineEdit(self.holidaysGroup)
        self.labelEdit.setObjectName(u"labelEdit")

        self.addLayout.addWidget(self.labelEdit)

        self.addButton = QPushButton(self.holidaysGroup)
        self.addButton.setObjectName(u"addButton")

        self.addLayout.addWidget(self.addButton)

        self.removeButton = QPushButton(self.holidaysGroup)
        self.removeButton.setObjectName(u"removeButton")

        self.addLayout.addWidget(self.removeButton)


        self.holidaysLayout.addLayout(self.addLayout)


        self.layout.addWidget(self.holidaysGroup)

        self.lastWeekLabel = QLabel(NewInspectionDialog)
        self.lastWeekLabel.setObjectName(u"lastWeekLabel")
        self.lastWeekLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.lastWeekLabel.setWordWrap(True)

        self.layout.addWidget(self.lastWeekLabel)

        self.buttonBox = QDialogButtonBox(NewInspectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.areaLabel.setBuddy(self.areaEdit)
        self.notifiedLabel.setBuddy(self.notifiedEdit)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.labelLabel.setBuddy(self.labelEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewInspectionDialog)

        QMetaObject.connectSlotsByName(NewInspectionDialog)
    # setupUi

    def retranslateUi(self, NewInspectionDialog):
        NewInspectionDialog.setWindowTitle(QCoreApplication.translate("NewInspectionDialog", u"New inspection", None))
        self.introLabel.setText(QCoreApplication.translate("NewInspectionDialog", u"Create the plan from the date on the Care Inspectorate's notification letter. Week 1 is the week that holds that date.", None))
        self.areaLabel.setText(QCoreApplication.translate("NewInspectionDialog", u"&Partnership:", None))
        self.areaEdit.setPlaceholderText(QCoreApplication.translate("NewInspectionDialog", u"e.g. Glenmorven Community Planning Partnership", None))
        self.notifiedLabel.setText(QCoreApplication.translate("NewInspectionDialog", u"&Date of the notification letter:", None))
        self.notifiedEdit.setDisplayFormat(QCoreApplication.translate("NewInspectionDialog", u"d MMMM yyyy", None))
        self.weekOneLabel.setText("")
        self.holidaysGroup.setTitle(QCoreApplication.translate("NewInspectionDialog", u"Holiday periods (weeks not counted)", None))
        self.holidaysIntroLabel.setText(QCoreApplication.translate("NewInspectionDialog", u"Record your council's school holidays now, so every date lands where it will. You can change them later under Inspection \u203a Holiday periods.", None))
        self.offerButton.setText(QCoreApplication.translate("NewInspectionDialog", u"Add these &weeks", None))
        self.fromLabel.setText(QCoreApplication.translate("NewInspectionDialog", u"F&rom:", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("NewInspectionDialog", u"d MMM yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("NewInspectionDialog", u"&To:", None))
        self.toEdit.setDisplayFormat(QCoreApplication.translate("NewInspectionDialog", u"d MMM yyyy", None))
        self.labelLabel.setText(QCoreApplication.translate("NewInspectionDialog", u"&Name:", None))
        self.labelEdit.setPlaceholderText(QCoreApplication.translate("NewInspectionDialog", u"e.g. October school holidays", None))
        self.addButton.setText(QCoreApplication.translate("NewInspectionDialog", u"Add &holiday", None))
        self.removeButton.setText(QCoreApplication.translate("NewInspectionDialog", u"Re&move", None))
    # retranslateUi

