# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_picker_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QLineEdit, QListView, QVBoxLayout)

class Ui_PersonPickerDialog(object):
    def setupUi(self, PersonPickerDialog):
        if not PersonPickerDialog.objectName():
            PersonPickerDialog.setObjectName(u"PersonPickerDialog")
        PersonPickerDialog.resize(480, 440)
        self.layout = QVBoxLayout(PersonPickerDialog)
        self.layout.setObjectName(u"layout")
        self.searchLabel = QLabel(PersonPickerDialog)
        self.searchLabel.setObjectName(u"searchLabel")

        self.layout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(PersonPickerDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.layout.addWidget(self.searchEdit)

        self.peopleView = QListView(PersonPickerDialog)
        self.peopleView.setObjectName(u"peopleView")
        self.peopleView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.peopleView)

        self.emptyLabel = QLabel(PersonPickerDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.emptyLabel.setWordWrap(True)

        self.layout.addWidget(self.emptyLabel)

        self.freeTextLabel = QLabel(PersonPickerDialog)
        self.freeTextLabel.setObjectName(u"freeTextLabel")
        self.freeTextLabel.setWordWrap(True)

        self.layout.addWidget(self.freeTextLabel)

        self.freeTextEdit = QLineEdit(PersonPickerDialog)
        self.freeTextEdit.setObjectName(u"freeTextEdit")

        self.layout.addWidget(self.freeTextEdit)

        self.buttonBox = QDialogButtonBox(PersonPickerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.freeTextLabel.setBuddy(self.freeTextEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonPickerDialog)

        QMetaObject.connectSlotsByName(PersonPickerDialog)
    # setupUi

    def retranslateUi(self, PersonPickerDialog):
        PersonPickerDialog.setWindowTitle(QCoreApplication.translate("PersonPickerDialog", u"Add a person", None))
        self.searchLabel.setText(QCoreApplication.translate("PersonPickerDialog", u"&Search the register:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PersonPickerDialog", u"Name or organisation", None))
#if QT_CONFIG(accessibility)
        self.peopleView.setAccessibleName(QCoreApplication.translate("PersonPickerDialog", u"People in the register", None))
#endif // QT_CONFIG(accessibility)
        self.freeTextLabel.setText(QCoreApplication.translate("PersonPickerDialog", u"Not in the register? &Type a name, then a comma and the organisation:", None))
    # retranslateUi

