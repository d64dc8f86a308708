# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inspection_edit_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListView, QVBoxLayout)

class Ui_InspectionEditDialog(object):
    def setupUi(self, InspectionEditDialog):
        if not InspectionEditDialog.objectName():
            InspectionEditDialog.setObjectName(u"InspectionEditDialog")
        InspectionEditDialog.resize(620, 480)
        self.layout = QVBoxLayout(InspectionEditDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.areaLabel = QLabel(InspectionEditDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaEdit = QLineEdit(InspectionEditDialog)
        self.areaEdit.setObjectName(u"areaEdit")
        self.areaEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.areaEdit)

        self.notifiedLabel = QLabel(InspectionEditDialog)
        self.notifiedLabel.setObjectName(u"notifiedLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.notifiedLabel)

        self.notifiedEdit = QDateEdit(InspectionEditDialog)
        self.notifiedEdit.setObjectName(u"notifiedEdit")
        self.notifiedEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notifiedEdit)


        self.layout.addLayout(self.form)

        self.movesLabel = QLabel(InspectionEditDialog)
        self.movesLabel.setObjectName(u"movesLabel")
        self.movesLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.movesLabel.setWordWrap(True)

        self.layout.addWidget(self.movesLabel)

        self.movesView = QListView(InspectionEditDialog)
        self.movesView.setObjectName(u"movesView")
        self.movesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.movesView.setWordWrap(True)

        self.layout.addWidget(self.movesView)

        self.buttonBox = QDialogButtonBox(InspectionEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.areaLabel.setBuddy(self.areaEdit)
        self.notifiedLabel.setBuddy(self.notifiedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InspectionEditDialog)

        QMetaObject.connectSlotsByName(InspectionEditDialog)
    # setupUi

    def retranslateUi(self, InspectionEditDialog):
        InspectionEditDialog.setWindowTitle(QCoreApplication.translate("InspectionEditDialog", u"Edit the inspection", None))
        self.areaLabel.setText(QCoreApplication.translate("InspectionEditDialog", u"&Partnership:", None))
        self.notifiedLabel.setText(QCoreApplication.translate("InspectionEditDialog", u"&Date of the notification letter:", None))
        self.notifiedEdit.setDisplayFormat(QCoreApplication.translate("InspectionEditDialog", u"d MMMM yyyy", None))
    # retranslateUi

