# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'move_item_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout)

class Ui_MoveItemDialog(object):
    def setupUi(self, MoveItemDialog):
        if not MoveItemDialog.objectName():
            MoveItemDialog.setObjectName(u"MoveItemDialog")
        MoveItemDialog.resize(440, 200)
        self.layout = QVBoxLayout(MoveItemDialog)
        self.layout.setObjectName(u"layout")
        self.itemLabel = QLabel(MoveItemDialog)
        self.itemLabel.setObjectName(u"itemLabel")
        self.itemLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.itemLabel.setWordWrap(True)

        self.layout.addWidget(self.itemLabel)

        self.planDateLabel = QLabel(MoveItemDialog)
        self.planDateLabel.setObjectName(u"planDateLabel")
        self.planDateLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.planDateLabel.setWordWrap(True)

        self.layout.addWidget(self.planDateLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dateLabel = QLabel(MoveItemDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(MoveItemDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.layout.addLayout(self.form)

        self.warningLabel = QLabel(MoveItemDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.warningLabel.setWordWrap(True)

        self.layout.addWidget(self.warningLabel)

        self.buttonBox = QDialogButtonBox(MoveItemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok|QDialogButtonBox.StandardButton.Reset)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MoveItemDialog)

        QMetaObject.connectSlotsByName(MoveItemDialog)
    # setupUi

    def retranslateUi(self, MoveItemDialog):
        MoveItemDialog.setWindowTitle(QCoreApplication.translate("MoveItemDialog", u"Move to another date", None))
        self.dateLabel.setText(QCoreApplication.translate("MoveItemDialog", u"&New date:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("MoveItemDialog", u"dddd d MMMM yyyy", None))
    # retranslateUi

