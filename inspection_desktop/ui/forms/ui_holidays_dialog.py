# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'holidays_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout)

class Ui_HolidaysDialog(object):
    def setupUi(self, HolidaysDialog):
        if not HolidaysDialog.objectName():
            HolidaysDialog.setObjectName(u"HolidaysDialog")
        HolidaysDialog.resize(560, 420)
        self.layout = QVBoxLayout(HolidaysDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(HolidaysDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.holidaysView = QTableView(HolidaysDialog)
        self.holidaysView.setObjectName(u"holidaysView")
        self.holidaysView.setTabKeyNavigation(False)
        self.holidaysView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holidaysView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.layout.addWidget(self.holidaysView)

        self.addLayout = QHBoxLayout()
        self.addLayout.setObjectName(u"addLayout")
        self.fromLabel = QLabel(HolidaysDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.addLayout.addWidget(self.fromLabel)

        self.fromEdit = QDateEdit(HolidaysDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.addLayout.addWidget(self.fromEdit)

        self.toLabel = QLabel(HolidaysDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.addLayout.addWidget(self.toLabel)

        self.toEdit = QDateEdit(HolidaysDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.addLayout.addWidget(self.toEdit)

        self.labelLabel = QLabel(HolidaysDialog)
        self.labelLabel.setObjectName(u"labelLabel")

        self.addLayout.addWidget(self.labelLabel)

        self.labelEdit = QLineEdit(HolidaysDialog)
        self.labelEdit.setObjectName(u"labelEdit")

        self.addLayout.addWidget(self.labelEdit)

        self.addButton = QPushButton(HolidaysDialog)
        self.addButton.setObjectName(u"addButton")

        self.addLayout.addWidget(self.addButton)


        self.layout.addLayout(self.addLayout)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.removeButton = QPushButton(HolidaysDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.bottomLayout.addWidget(self.removeButton)

        self.buttonBox = QDialogButtonBox(HolidaysDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomLayout.addWidget(self.buttonBox)


        self.layout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.labelLabel.setBuddy(self.labelEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HolidaysDialog)

        QMetaObject.connectSlotsByName(HolidaysDialog)
    # setupUi

    def retranslateUi(self, HolidaysDialog):
        HolidaysDialog.setWindowTitle(QCoreApplication.translate("HolidaysDialog", u"Holiday periods", None))
        self.introLabel.setText(QCoreApplication.translate("HolidaysDialog", u"A week whose working days all fall in a holiday period is not counted: the plan's later weeks move one week on. Record your council's school holidays here.", None))
#if QT_CONFIG(accessibility)
        self.holidaysView.setAccessibleName(QCoreApplication.translate("HolidaysDialog", u"Holiday periods", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("HolidaysDialog", u"&From:", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("HolidaysDialog", u"d MMM yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("HolidaysDialog", u"&To:", None))
        self.toEdit.setDisplayFormat(QCoreApplication.translate("HolidaysDialog", u"d MMM yyyy", None))
        self.labelLabel.setText(QCoreApplication.translate("HolidaysDialog", u"&Name:", None))
        self.labelEdit.setPlaceholderText(QCoreApplication.translate("HolidaysDialog", u"e.g. October school holidays", None))
        self.addButton.setText(QCoreApplication.translate("HolidaysDialog", u"&Add", None))
        self.removeButton.setText(QCoreApplication.translate("HolidaysDialog", u"&Remove selected", None))
    # retranslateUi

