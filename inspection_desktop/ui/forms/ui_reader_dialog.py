# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reader_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_ReaderDialog(object):
    def setupUi(self, ReaderDialog):
        if not ReaderDialog.objectName():
            ReaderDialog.setObjectName(u"ReaderDialog")
        ReaderDialog.resize(820, 430)
        self.dialogLayout = QVBoxLayout(ReaderDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.readerHeading = QLabel(ReaderDialog)
        self.readerHeading.setObjectName(u"readerHeading")

        self.dialogLayout.addWidget(self.readerHeading)

        self.dialogColumns = QHBoxLayout()
        self.dialogColumns.setObjectName(u"dialogColumns")
        self.readerForm = QFormLayout()
        self.readerForm.setObjectName(u"readerForm")
        self.agencyLabel = QLabel(ReaderDialog)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.readerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agencyLabel)

        self.agencyEdit = QLineEdit(ReaderDialog)
        self.agencyEdit.setObjectName(u"agencyEdit")

        self.readerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agencyEdit)

        self.serviceLabel = QLabel(ReaderDialog)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.readerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.serviceEdit = QLineEdit(ReaderDialog)
        self.serviceEdit.setObjectName(u"serviceEdit")

        self.readerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.serviceEdit)

        self.teamLabel = QLabel(ReaderDialog)
        self.teamLabel.setObjectName(u"teamLabel")

        self.readerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.teamEdit = QLineEdit(ReaderDialog)
        self.teamEdit.setObjectName(u"teamEdit")

        self.readerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.teamEdit)

        self.daysLabel = QLabel(ReaderDialog)
        self.daysLabel.setObjectName(u"daysLabel")

        self.readerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.daysView = QListView(ReaderDialog)
        self.daysView.setObjectName(u"daysView")
        self.daysView.setMaximumSize(QSize(16777215, 80))

        self.readerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.daysView)

        self.conflictTeamsLabel = QLabel(ReaderDialog)
        self.conflictTeamsLabel.setObjectName(u"conflictTeamsLabel")

        self.readerForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.conflictTeamsLabel)

        self.conflictTeamsEdit = QPlainTextEdit(ReaderDialog)
        self.conflictTeamsEdit.setObjectName(u"conflictTeamsEdit")
        self.conflictTeamsEdit.setTabChangesFocus(True)
        self.conflictTeamsEdit.setMaximumSize(QSize(16777215, 56))

        self.readerForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.conflictTeamsEdit)

        self.conflictRecordsLabel = QLabel(ReaderDialog)
        self.conflictRecordsLabel.setObjectName(u"conflictRecordsLabel")

        self.readerForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.conflictRecordsLabel)

        self.conflictRecordsEdit = QPlainTextEdit(ReaderDialog)
        self.conflictRecordsEdit.setObjectName(u"conflictRecordsEdit")
        self.conflictRecordsEdit.setTabChangesFocus(True)
        self.conflictRecordsEdit.setMaximumSize(QSize(16777215, 56))

        self.readerForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.conflictRecordsEdit)

        self.agreementLabel = QLabel(ReaderDialog)
        self.agreementLabel.setObjectName(u"agreementLabel")

        self.readerForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.agreementLabel)

        self.agreementCheck = QCheckBox(ReaderDialog)
        self.agreementCheck.setObjectName(u"agreementCheck")

        self.readerForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.agreementCheck)

        self.trainingCaption = QLabel(ReaderDialog)
        self.trainingCaption.setObjectName(u"trainingCaption")

        self.readerForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.trainingCaption)

        self.trainingLabel = QLabel(ReaderDialog)
        self.trainingLabel.setObjectName(u"trainingLabel")
        self.trainingLabel.setWordWrap(True)
        self.trainingLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.readerForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.trainingLabel)


        self.dialogColumns.addLayout(self.readerForm)

        self.loginsBox = QGroupBox(ReaderDialog)
        self.loginsBox.setObjectName(u"loginsBox")
        self.loginsLayout = QVBoxLayout(self.loginsBox)
        self.loginsLayout.setObjectName(u"loginsLayout")
        self.loginsForm = QFormLayout()
        self.loginsForm.setObjectName(u"loginsForm")
        self.socialWorkLabel = QLabel(self.loginsBox)
        self.socialWorkLabel.setObjectName(u"socialWorkLabel")

        self.loginsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.socialWorkLabel)

        self.socialWorkCombo = QComboBox(self.loginsBox)
        self.socialWorkCombo.setObjectName(u"socialWorkCombo")

        self.loginsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.socialWorkCombo)

        self.healthLabel = QLabel(self.loginsBox)
        self.healthLabel.setObjectName(u"healthLabel")

        self.loginsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.healthLabel)

        self.healthCombo = QComboBox(self.loginsBox)
        self.healthCombo.setObjectName(u"healthCombo")

        self.loginsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.healthCombo)

        self.educationLabel = QLabel(self.loginsBox)
        self.educationLabel.setObjectName(u"educationLabel")

        self.loginsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.educationLabel)

        self.educationCombo = QComboBox(self.loginsBox)
        self.educationCombo.setObjectName(u"educationCombo")

        self.loginsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.educationCombo)

        self.policeLabel = QLabel(self.loginsBox)
        self.policeLabel.setObjectName(u"policeLabel")

        self.loginsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.policeLabel)

        self.policeCombo = QComboBox(self.loginsBox)
        self.policeCombo.setObjectName(u"policeCombo")

        self.loginsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.policeCombo)

        self.scraLabel = QLabel(self.loginsBox)
        self.scraLabel.setObjectName(u"scraLabel")

        self.loginsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scraLabel)

        self.scraCombo = QComboBox(self.loginsBox)
        self.scraCombo.setObjectName(u"scraCombo")

        self.loginsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scraCombo)


        self.loginsLayout.addLayout(self.loginsForm)

        self.loginsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.loginsLayout.addItem(self.loginsSpacer)


        self.dialogColumns.addWidget(self.loginsBox)

        self.dialogColumns.setStretch(0, 3)
        self.dialogColumns.setStretch(1, 2)

        self.dialogLayout.addLayout(self.dialogColumns)

        self.buttonBox = QDialogButtonBox(ReaderDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.agencyLabel.setBuddy(self.agencyEdit)
        self.serviceLabel.setBuddy(self.serviceEdit)
        self.teamLabel.setBuddy(self.teamEdit)
        self.daysLabel.setBuddy(self.daysView)
        self.conflictTeamsLabel.setBuddy(self.conflictTeamsEdit)
        self.conflictRecordsLabel.setBuddy(self.conflictRecordsEdit)
        self.socialWorkLabel.setBuddy(self.socialWorkCombo)
        self.healthLabel.setBuddy(self.healthCombo)
        self.educationLabel.setBuddy(self.educationCombo)
        self.policeLabel.setBuddy(self.policeCombo)
        self.scraLabel.setBuddy(self.scraCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReaderDialog)

        QMetaObject.connectSlotsByName(ReaderDialog)
    # setupUi

    def retranslateUi(self, ReaderDialog):
        self.agencyLabel.setText(QCoreApplication.translate("ReaderDialog", u"&Agency:", None))
#if QT_CONFIG(accessibility)
        self.agencyEdit.setAccessibleName(QCoreApplication.translate("ReaderDialog", u"Agency", None))
#endif // QT_CONFIG(accessibility)
        self.serviceLabel.setText(QCoreApplication.translate("ReaderDialog", u"Ser&vice:", None))
#if QT_CONFIG(accessibility)
        self.serviceEdit.setAccessibleName(QCoreApplication.translate("ReaderDialog", u"Service", None))
#endif // QT_CONFIG(accessibility)
        self.teamLabel.setText(QCoreApplication.translate("ReaderDialog", u"&Team:", None))
#if QT_CONFIG(accessibility)
        self.teamEdit.setAccessibleName(QCoreApplication.translate("ReaderDialog", u"Team", None))
#endif // QT_CONFIG(accessibility)
        self.teamEdit.setPlaceholderText(QCoreApplication.translate("ReaderDialog", u"The team they work in: they read no record of it", None))
        self.daysLabel.setText(QCoreApplication.translate("ReaderDialog", u"&Days available:", None))
#if QT_CONFIG(accessibility)
        self.daysView.setAccessibleName(QCoreApplication.translate("ReaderDialog", u"Reading days available", None))
#endif // QT_CONFIG(accessibility)
        self.conflictTeamsLabel.setText(QCoreApplication.translate("ReaderDialog", u"Conflict t&eams:", None))
#if QT_CONFIG(accessibility)
        self.conflictTeamsEdit.setAccessibleName(QCoreApplication.translate("ReaderDialog", u"Teams they must not read", None))
#endif // QT_CONFIG(accessibility)
        self.conflictTeamsEdit.setPlaceholderText(QCoreApplication.translate("ReaderDialog", u"One a line", None))
        self.conflictRecordsLabel.setText(QCoreApplication.translate("ReaderDialog", u"Conflict &records:", None))
#if QT_CONFIG(accessibility)
        self.conflictRecordsEdit.setAccessibleName(QCoreApplication.translate("ReaderDialog", u"Record references they must not read", None))
#endif // QT_CONFIG(accessibility)
        self.conflictRecordsEdit.setPlaceholderText(QCoreApplication.translate("ReaderDialog", u"One reference a line", None))
        self.agreementLabel.setText("")
        self.agreementCheck.setText(QCoreApplication.translate("ReaderDialog", u"Confidentiality a&greement signed", None))
        self.trainingCaption.setText(QCoreApplication.translate("ReaderDialog", u"Training:", None))
        self.loginsBox.setTitle(QCoreApplication.translate("ReaderDialog", u"&Logins to each agency system", None))
        self.socialWorkLabel.setText(QCoreApplication.translate("ReaderDialog", u"Social work:", None))
#if QT_CONFIG(accessibility)
        self.socialWorkCombo.setAccessibleName(QCoreApplication.translate("ReaderDialog", u"Social work login", None))
#endif // QT_CONFIG(accessibility)
        self.healthLabel.setText(QCoreApplication.translate("ReaderDialog", u"Health:", None))
#if QT_CONFIG(accessibility)
        self.healthCombo.setAccessibleName(QCoreApplication.translate("ReaderDialog", u"Health login", None))
#endif // QT_CONFIG(accessibility)
        self.educationLabel.setText(QCoreApplication.translate("ReaderDialog", u"Education:", None))
#if QT_CONFIG(accessibility)
        self.educationCombo.setAccessibleName(QCoreApplication.translate("ReaderDialog", u"Education login", None))
#endif // QT_CONFIG(accessibility)
        self.policeLabel.setText(QCoreApplication.translate("ReaderDialog", u"Police:", None))
#if QT_CONFIG(accessibility)
        self.policeCombo.setAccessibleName(QCoreApplication.translate("ReaderDialog", u"Police login", None))
#endif // QT_CONFIG(accessibility)
        self.scraLabel.setText(QCoreApplication.translate("ReaderDialog", u"SCRA:", None))
#if QT_CONFIG(accessibility)
        self.scraCombo.setAccessibleName(QCoreApplication.translate("ReaderDialog", u"SCRA login", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

