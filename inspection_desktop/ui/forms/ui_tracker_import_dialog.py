# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tracker_import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout)

class Ui_TrackerImportDialog(object):
    def setupUi(self, TrackerImportDialog):
        if not TrackerImportDialog.objectName():
            TrackerImportDialog.setObjectName(u"TrackerImportDialog")
        TrackerImportDialog.resize(860, 600)
        self.layout = QVBoxLayout(TrackerImportDialog)
        self.layout.setObjectName(u"layout")
        self.fileLabel = QLabel(TrackerImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.fileLabel.setWordWrap(True)

        self.layout.addWidget(self.fileLabel)

        self.mappingGroup = QGroupBox(TrackerImportDialog)
        self.mappingGroup.setObjectName(u"mappingGroup")
        self.mappingForm = QFormLayout(self.mappingGroup)
        self.mappingForm.setObjectName(u"mappingForm")
        self.titleColumnLabel = QLabel(self.mappingGroup)
        self.titleColumnLabel.setObjectName(u"titleColumnLabel")

        self.mappingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleColumnLabel)

        self.titleCombo = QComboBox(self.mappingGroup)
        self.titleCombo.setObjectName(u"titleCombo")

        self.mappingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleCombo)

        self.dueColumnLabel = QLabel(self.mappingGroup)
        self.dueColumnLabel.setObjectName(u"dueColumnLabel")

        self.mappingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dueColumnLabel)

        self.dueCombo = QComboBox(self.mappingGroup)
        self.dueCombo.setObjectName(u"dueCombo")

        self.mappingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dueCombo)

        self.ownerColumnLabel = QLabel(self.mappingGroup)
        self.ownerColumnLabel.setObjectName(u"ownerColumnLabel")

        self.mappingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ownerColumnLabel)

        self.ownerCombo = QComboBox(self.mappingGroup)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.mappingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.statusColumnLabel = QLabel(self.mappingGroup)
        self.statusColumnLabel.setObjectName(u"statusColumnLabel")

        self.mappingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusColumnLabel)

        self.statusCombo = QComboBox(self.mappingGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.mappingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.notesColumnLabel = QLabel(self.mappingGroup)
        self.notesColumnLabel.setObjectName(u"notesColumnLabel")

        self.mappingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesColumnLabel)

        self.notesCombo = QComboBox(self.mappingGroup)
        self.notesCombo.setObjectName(u"notesCombo")

        self.mappingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesCombo)


        self.layout.addWidget(self.mappingGroup)

        self.previewBar = QHBoxLayout()
        self.previewBar.setObjectName(u"previewBar")
        self.summaryLabel = QLabel(TrackerImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.previewBar.addWidget(self.summaryLabel)

        self.refusedOnlyCheck = QCheckBox(TrackerImportDialog)
        self.refusedOnlyCheck.setObjectName(u"refusedOnlyCheck")

        self.previewBar.addWidget(self.refusedOnlyCheck)


        self.layout.addLayout(self.previewBar)

        self.previewView = QTableView(TrackerImportDialog)
        self.previewView.setObjectName(u"previewView")
        self.previewView.setTabKeyNavigation(False)
        self.previewView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewView.setWordWrap(True)

        self.layout.addWidget(self.previewView)

        self.buttonBox = QDialogButtonBox(TrackerImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleColumnLabel.setBuddy(self.titleCombo)
        self.dueColumnLabel.setBuddy(self.dueCombo)
        self.ownerColumnLabel.setBuddy(self.ownerCombo)
        self.statusColumnLabel.setBuddy(self.statusCombo)
        self.notesColumnLabel.setBuddy(self.notesCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TrackerImportDialog)

        QMetaObject.connectSlotsByName(TrackerImportDialog)
    # setupUi

    def retranslateUi(self, TrackerImportDialog):
        TrackerImportDialog.setWindowTitle(QCoreApplication.translate("TrackerImportDialog", u"Import a tracker", None))
        self.mappingGroup.setTitle(QCoreApplication.translate("TrackerImportDialog", u"Which column holds what", None))
        self.titleColumnLabel.setText(QCoreApplication.translate("TrackerImportDialog", u"&Title:", None))
        self.dueColumnLabel.setText(QCoreApplication.translate("TrackerImportDialog", u"&Due date:", None))
        self.ownerColumnLabel.setText(QCoreApplication.translate("TrackerImportDialog", u"&Owner:", None))
        self.statusColumnLabel.setText(QCoreApplication.translate("TrackerImportDialog", u"&Status:", None))
        self.notesColumnLabel.setText(QCoreApplication.translate("TrackerImportDialog", u"&Notes:", None))
        self.refusedOnlyCheck.setText(QCoreApplication.translate("TrackerImportDialog", u"Show &refused rows only", None))
    # retranslateUi

