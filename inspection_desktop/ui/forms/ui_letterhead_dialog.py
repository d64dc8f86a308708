# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letterhead_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout)

class Ui_LetterheadDialog(object):
    def setupUi(self, LetterheadDialog):
        if not LetterheadDialog.objectName():
            LetterheadDialog.setObjectName(u"LetterheadDialog")
        LetterheadDialog.resize(560, 520)
        self.layout = QVBoxLayout(LetterheadDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(LetterheadDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.logoLabel = QLabel(LetterheadDialog)
        self.logoLabel.setObjectName(u"logoLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoLayout = QHBoxLayout()
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoEdit = QLineEdit(LetterheadDialog)
        self.logoEdit.setObjectName(u"logoEdit")

        self.logoLayout.addWidget(self.logoEdit)

        self.browseButton = QPushButton(LetterheadDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.logoLayout.addWidget(self.browseButton)

        self.clearLogoButton = QPushButton(LetterheadDialog)
        self.clearLogoButton.setObjectName(u"clearLogoButton")

        self.logoLayout.addWidget(self.clearLogoButton)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.logoLayout)

        self.addressLabel = QLabel(LetterheadDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(LetterheadDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.nameLabel = QLabel(LetterheadDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(LetterheadDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.postLabel = QLabel(LetterheadDialog)
        self.postLabel.setObjectName(u"postLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.postLabel)

        self.postEdit = QLineEdit(LetterheadDialog)
        self.postEdit.setObjectName(u"postEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.postEdit)

        self.baseLabel = QLabel(LetterheadDialog)
        self.baseLabel.setObjectName(u"baseLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.baseLabel)

        self.baseEdit = QPlainTextEdit(LetterheadDialog)
        self.baseEdit.setObjectName(u"baseEdit")
        self.baseEdit.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.baseEdit)


        self.layout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(LetterheadDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.logoLabel.setBuddy(self.logoEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.postLabel.setBuddy(self.postEdit)
        self.baseLabel.setBuddy(self.baseEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LetterheadDialog)

        QMetaObject.connectSlotsByName(LetterheadDialog)
    # setupUi

    def retranslateUi(self, LetterheadDialog):
        LetterheadDialog.setWindowTitle(QCoreApplication.translate("LetterheadDialog", u"Letterhead and signature", None))
        self.introLabel.setText(QCoreApplication.translate("LetterheadDialog", u"Set once for the inspection: every letter carries this logo, address and signature.", None))
        self.logoLabel.setText(QCoreApplication.translate("LetterheadDialog", u"&Logo:", None))
        self.logoEdit.setPlaceholderText(QCoreApplication.translate("LetterheadDialog", u"No logo (PNG or JPEG)", None))
        self.browseButton.setText(QCoreApplication.translate("LetterheadDialog", u"&Browse\u2026", None))
        self.clearLogoButton.setText(QCoreApplication.translate("LetterheadDialog", u"&Clear", None))
        self.addressLabel.setText(QCoreApplication.translate("LetterheadDialog", u"&Address:", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("LetterheadDialog", u"One line each: office, street, town, postcode, email", None))
        self.nameLabel.setText(QCoreApplication.translate("LetterheadDialog", u"Signed &by:", None))
        self.postLabel.setText(QCoreApplication.translate("LetterheadDialog", u"&Post:", None))
        self.postEdit.setPlaceholderText(QCoreApplication.translate("LetterheadDialog", u"e.g. Inspection co-ordinator", None))
        self.baseLabel.setText(QCoreApplication.translate("LetterheadDialog", u"File-&reading base:", None))
        self.baseEdit.setPlaceholderText(QCoreApplication.translate("LetterheadDialog", u"Rooms and address where the case files are read", None))
    # retranslateUi

