# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QListView, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ContactDialog(object):
    def setupUi(self, ContactDialog):
        if not ContactDialog.objectName():
            ContactDialog.setObjectName(u"ContactDialog")
        ContactDialog.resize(760, 520)
        self.dialogLayout = QVBoxLayout(ContactDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.detailsColumn = QVBoxLayout()
        self.detailsColumn.setObjectName(u"detailsColumn")
        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.nameLabel = QLabel(ContactDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ContactDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.jobTitleLabel = QLabel(ContactDialog)
        self.jobTitleLabel.setObjectName(u"jobTitleLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.jobTitleLabel)

        self.jobTitleEdit = QLineEdit(ContactDialog)
        self.jobTitleEdit.setObjectName(u"jobTitleEdit")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.jobTitleEdit)

        self.organisationLabel = QLabel(ContactDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationCombo = QComboBox(ContactDialog)
        self.organisationCombo.setObjectName(u"organisationCombo")
        self.organisationCombo.setEditable(True)
        self.organisationCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organisationCombo)

        self.kindLabel = QLabel(ContactDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ContactDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.emailLabel = QLabel(ContactDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(ContactDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(ContactDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(ContactDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.addressLabel = QLabel(ContactDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(ContactDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)
        self.addressEdit.setMaximumSize(QSize(16777215, 80))

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.groupLabel = QLabel(ContactDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupEdit = QLineEdit(ContactDialog)
        self.groupEdit.setObjectName(u"groupEdit")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.groupEdit)

        self.notesLabel = QLabel(ContactDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(ContactDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 80))

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.detailsColumn.addLayout(self.detailsForm)

        self.detailsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsColumn.addItem(self.detailsSpacer)


        self.columnsLayout.addLayout(self.detailsColumn)

        self.rolesLayout = QVBoxLayout()
        self.rolesLayout.setObjectName(u"rolesLayout")
        self.rolesLabel = QLabel(ContactDialog)
        self.rolesLabel.setObjectName(u"rolesLabel")

        self.rolesLayout.addWidget(self.rolesLabel)

        self.rolesView = QListView(ContactDialog)
        self.rolesView.setObjectName(u"rolesView")

        self.rolesLayout.addWidget(self.rolesView)


        self.columnsLayout.addLayout(self.rolesLayout)


        self.dialogLayout.addLayout(self.columnsLayout)

        self.privacyNoteLabel = QLabel(ContactDialog)
        self.privacyNoteLabel.setObjectName(u"privacyNoteLabel")
        self.privacyNoteLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.privacyNoteLabel.setWordWrap(True)
        self.privacyNoteLabel.setFrameShape(QFrame.Shape.StyledPanel)
        self.privacyNoteLabel.setMargin(6)

        self.dialogLayout.addWidget(self.privacyNoteLabel)

        self.problemLabel = QLabel(ContactDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet(u"color: #a4262c;")

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(ContactDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.jobTitleLabel.setBuddy(self.jobTitleEdit)
        self.organisationLabel.setBuddy(self.organisationCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.groupLabel.setBuddy(self.groupEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.rolesLabel.setBuddy(self.rolesView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.jobTitleEdit)
        QWidget.setTabOrder(self.jobTitleEdit, self.organisationCombo)
        QWidget.setTabOrder(self.organisationCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.groupEdit)
        QWidget.setTabOrder(self.groupEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.rolesView)

        self.retranslateUi(ContactDialog)

        QMetaObject.connectSlotsByName(ContactDialog)
    # setupUi

    def retranslateUi(self, ContactDialog):
        ContactDialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"Contact", None))
        self.nameLabel.setText(QCoreApplication.translate("ContactDialog", u"&Name:", None))
        self.jobTitleLabel.setText(QCoreApplication.translate("ContactDialog", u"&Job title:", None))
        self.organisationLabel.setText(QCoreApplication.translate("ContactDialog", u"&Organisation:", None))
        self.kindLabel.setText(QCoreApplication.translate("ContactDialog", u"&Kind of body:", None))
        self.emailLabel.setText(QCoreApplication.translate("ContactDialog", u"&Email:", None))
        self.phoneLabel.setText(QCoreApplication.translate("ContactDialog", u"&Phone:", None))
        self.addressLabel.setText(QCoreApplication.translate("ContactDialog", u"Address for &letters:", None))
        self.groupLabel.setText(QCoreApplication.translate("ContactDialog", u"&Group:", None))
        self.groupEdit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"e.g. Champions Board", None))
        self.notesLabel.setText(QCoreApplication.translate("ContactDialog", u"No&tes:", None))
        self.rolesLabel.setText(QCoreApplication.translate("ContactDialog", u"&Roles held (Space ticks a role):", None))
#if QT_CONFIG(accessibility)
        self.rolesView.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Roles held", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

