# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pir_guard_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_PirGuardDialog(object):
    def setupUi(self, PirGuardDialog):
        if not PirGuardDialog.objectName():
            PirGuardDialog.setObjectName(u"PirGuardDialog")
        PirGuardDialog.resize(900, 620)
        self.mainLayout = QVBoxLayout(PirGuardDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(PirGuardDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(PirGuardDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(PirGuardDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(PirGuardDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileLayout.addWidget(self.chooseButton)


        self.mainLayout.addLayout(self.fileLayout)

        self.optionsLayout = QHBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.separatorLabel = QLabel(PirGuardDialog)
        self.separatorLabel.setObjectName(u"separatorLabel")

        self.optionsLayout.addWidget(self.separatorLabel)

        self.separatorCombo = QComboBox(PirGuardDialog)
        self.separatorCombo.setObjectName(u"separatorCombo")

        self.optionsLayout.addWidget(self.separatorCombo)

        self.encodingLabel = QLabel(PirGuardDialog)
        self.encodingLabel.setObjectName(u"encodingLabel")

        self.optionsLayout.addWidget(self.encodingLabel)

        self.encodingCombo = QComboBox(PirGuardDialog)
        self.encodingCombo.setObjectName(u"encodingCombo")

        self.optionsLayout.addWidget(self.encodingCombo)

        self.sheetLabel = QLabel(PirGuardDialog)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.optionsLayout.addWidget(self.sheetLabel)

        self.sheetCombo = QComboBox(PirGuardDialog)
        self.sheetCombo.setObjectName(u"sheetCombo")
        self.sheetCombo.setMinimumContentsLength(12)

        self.optionsLayout.addWidget(self.sheetCombo)

        self.recheckButton = QPushButton(PirGuardDialog)
        self.recheckButton.setObjectName(u"recheckButton")

        self.optionsLayout.addWidget(self.recheckButton)

        self.optionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsLayout.addItem(self.optionsSpacer)


        self.mainLayout.addLayout(self.optionsLayout)

        self.progressLayout = QHBoxLayout()
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressBar = QProgressBar(PirGuardDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.progressLayout.addWidget(self.progressBar)

        self.cancelCheckButton = QPushButton(PirGuardDialog)
        self.cancelCheckButton.setObjectName(u"cancelCheckButton")

        self.progressLayout.addWidget(self.cancelCheckButton)


        self.mainLayout.addLayout(self.progressLayout)

        self.summaryLabel = QLabel(PirGuardDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.flaggedOnlyCheck = QCheckBox(PirGuardDialog)
        self.flaggedOnlyCheck.setObjectName(u"flaggedOnlyCheck")

        self.mainLayout.addWidget(self.flaggedOnlyCheck)

        self.columnsView = QTableView(PirGuardDialog)
        self.columnsView.setObjectName(u"columnsView")
        self.columnsView.setTabKeyNavigation(False)
        self.columnsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.columnsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.columnsView.setWordWrap(True)
        self.columnsView.setSortingEnabled(True)

        self.mainLayout.addWidget(self.columnsView)

        self.reasonLabel = QLabel(PirGuardDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.mainLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(PirGuardDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaximumSize(QSize(16777215, 70))
        self.reasonEdit.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.reasonEdit)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(PirGuardDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.closeButton = QPushButton(PirGuardDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.separatorLabel.setBuddy(self.separatorCombo)
        self.encodingLabel.setBuddy(self.encodingCombo)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.chooseButton, self.separatorCombo)
        QWidget.setTabOrder(self.separatorCombo, self.encodingCombo)
        QWidget.setTabOrder(self.encodingCombo, self.sheetCombo)
        QWidget.setTabOrder(self.sheetCombo, self.recheckButton)
        QWidget.setTabOrder(self.recheckButton, self.cancelCheckButton)
        QWidget.setTabOrder(self.cancelCheckButton, self.flaggedOnlyCheck)
        QWidget.setTabOrder(self.flaggedOnlyCheck, self.columnsView)
        QWidget.setTabOrder(self.columnsView, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.closeButton)

        self.retranslateUi(PirGuardDialog)

        QMetaObject.connectSlotsByName(PirGuardDialog)
    # setupUi

    def retranslateUi(self, PirGuardDialog):
        PirGuardDialog.setWindowTitle(QCoreApplication.translate("PirGuardDialog", u"Check the PIR population list", None))
        self.introLabel.setText(QCoreApplication.translate("PirGuardDialog", u"The Care Inspectorate does not want personal identifiers. Choose the population list you will send; each column is checked for names, dates of birth, CHI numbers and other identifiers. Keep only what the sample needs, then export a minimised copy.", None))
        self.fileLabel.setText(QCoreApplication.translate("PirGuardDialog", u"Fi&le:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("PirGuardDialog", u"No file chosen", None))
        self.chooseButton.setText(QCoreApplication.translate("PirGuardDialog", u"C&hoose file\u2026", None))
        self.separatorLabel.setText(QCoreApplication.translate("PirGuardDialog", u"&Separator:", None))
        self.encodingLabel.setText(QCoreApplication.translate("PirGuardDialog", u"E&ncoding:", None))
        self.sheetLabel.setText(QCoreApplication.translate("PirGuardDialog", u"Shee&t:", None))
        self.recheckButton.setText(QCoreApplication.translate("PirGuardDialog", u"Check &again", None))
        self.cancelCheckButton.setText(QCoreApplication.translate("PirGuardDialog", u"Cancel chec&k", None))
        self.summaryLabel.setText(QCoreApplication.translate("PirGuardDialog", u"Choose a file to check.", None))
        self.flaggedOnlyCheck.setText(QCoreApplication.translate("PirGuardDialog", u"Show &flagged columns only", None))
        self.reasonLabel.setText(QCoreApplication.translate("PirGuardDialog", u"If flagged columns will be sent, &record why (required to mark the PIR done):", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("PirGuardDialog", u"For example: agreed with the inspection lead on 3 November that legal status dates are needed", None))
        self.exportButton.setText(QCoreApplication.translate("PirGuardDialog", u"&Export minimised file\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PirGuardDialog", u"&Close", None))
    # retranslateUi

