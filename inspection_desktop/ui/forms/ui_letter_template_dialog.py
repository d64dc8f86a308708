# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letter_template_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout)

class Ui_LetterTemplateDialog(object):
    def setupUi(self, LetterTemplateDialog):
        if not LetterTemplateDialog.objectName():
            LetterTemplateDialog.setObjectName(u"LetterTemplateDialog")
        LetterTemplateDialog.resize(760, 600)
        self.layout = QVBoxLayout(LetterTemplateDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(LetterTemplateDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(LetterTemplateDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.subjectLabel = QLabel(LetterTemplateDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(LetterTemplateDialog)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.bodyLabel = QLabel(LetterTemplateDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEdit = QPlainTextEdit(LetterTemplateDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bodyEdit)

        self.signOffLabel = QLabel(LetterTemplateDialog)
        self.signOffLabel.setObjectName(u"signOffLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.signOffLabel)

        self.signOffEdit = QLineEdit(LetterTemplateDialog)
        self.signOffEdit.setObjectName(u"signOffEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.signOffEdit)

        self.markingLabel = QLabel(LetterTemplateDialog)
        self.markingLabel.setObjectName(u"markingLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.markingLabel)

        self.markingCombo = QComboBox(LetterTemplateDialog)
        self.markingCombo.setObjectName(u"markingCombo")
        self.markingCombo.setEditable(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.markingCombo)


        self.layout.addLayout(self.form)

        self.fieldsLabel = QLabel(LetterTemplateDialog)
        self.fieldsLabel.setObjectName(u"fieldsLabel")
        self.fieldsLabel.setWordWrap(True)
        self.fieldsLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.fieldsLabel)

        self.buttonBox = QDialogButtonBox(LetterTemplateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.bodyLabel.setBuddy(self.bodyEdit)
        self.signOffLabel.setBuddy(self.signOffEdit)
        self.markingLabel.setBuddy(self.markingCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LetterTemplateDialog)

        QMetaObject.connectSlotsByName(LetterTemplateDialog)
    # setupUi

    def retranslateUi(self, LetterTemplateDialog):
        LetterTemplateDialog.setWindowTitle(QCoreApplication.translate("LetterTemplateDialog", u"Edit your letter", None))
        self.titleLabel.setText(QCoreApplication.translate("LetterTemplateDialog", u"&Title:", None))
        self.subjectLabel.setText(QCoreApplication.translate("LetterTemplateDialog", u"&Subject:", None))
        self.bodyLabel.setText(QCoreApplication.translate("LetterTemplateDialog", u"&Letter:", None))
        self.signOffLabel.setText(QCoreApplication.translate("LetterTemplateDialog", u"Sign-&off:", None))
        self.markingLabel.setText(QCoreApplication.translate("LetterTemplateDialog", u"&Marking:", None))
    # retranslateUi

