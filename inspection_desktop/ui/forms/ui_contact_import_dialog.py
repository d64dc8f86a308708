# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ContactImportDialog(object):
    def setupUi(self, ContactImportDialog):
        if not ContactImportDialog.objectName():
            ContactImportDialog.setObjectName(u"ContactImportDialog")
        ContactImportDialog.resize(1180, 640)
        self.mainLayout = QVBoxLayout(ContactImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fileLabel = QLabel(ContactImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.fileLabel)

        self.readingLayout = QHBoxLayout()
        self.readingLayout.setObjectName(u"readingLayout")
        self.encodingLabel = QLabel(ContactImportDialog)
        self.encodingLabel.setObjectName(u"encodingLabel")

        self.readingLayout.addWidget(self.encodingLabel)

        self.encodingCombo = QComboBox(ContactImportDialog)
        self.encodingCombo.setObjectName(u"encodingCombo")

        self.readingLayout.addWidget(self.encodingCombo)

        self.delimiterLabel = QLabel(ContactImportDialog)
        self.delimiterLabel.setObjectName(u"delimiterLabel")

        self.readingLayout.addWidget(self.delimiterLabel)

        self.delimiterCombo = QComboBox(ContactImportDialog)
        self.delimiterCombo.setObjectName(u"delimiterCombo")

        self.readingLayout.addWidget(self.delimiterCombo)

        self.readingSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.readingLayout.addItem(self.readingSpacer)


        self.mainLayout.addLayout(self.readingLayout)

        self.readProblemLabel = QLabel(ContactImportDialog)
        self.readProblemLabel.setObjectName(u"readProblemLabel")
        self.readProblemLabel.setStyleSheet(u"color: #a4262c;")
        self.readProblemLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.readProblemLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.mappingGroup = QGroupBox(ContactImportDialog)
        self.mappingGroup.setObjectName(u"mappingGroup")
        self.mappingGroupLayout = QVBoxLayout(self.mappingGroup)
        self.mappingGroupLayout.setObjectName(u"mappingGroupLayout")
        self.mappingScroll = QScrollArea(self.mappingGroup)
        self.mappingScroll.setObjectName(u"mappingScroll")
        self.mappingScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mappingScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.mappingScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mappingScroll.setWidgetResizable(True)
        self.mappingContents = QWidget()
        self.mappingContents.setObjectName(u"mappingContents")
        self.mappingForm = QFormLayout(self.mappingContents)
        self.mappingForm.setObjectName(u"mappingForm")
        self.mappingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.mappingScroll.setWidget(self.mappingContents)

        self.mappingGroupLayout.addWidget(self.mappingScroll)


        self.bodyLayout.addWidget(self.mappingGroup)

        self.previewLayout = QVBoxLayout()
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewHeaderLayout = QHBoxLayout()
        self.previewHeaderLayout.setObjectName(u"previewHeaderLayout")
        self.previewLabel = QLabel(ContactImportDialog)
        self.previewLabel.setObjectName(u"previewLabel")

        self.previewHeaderLayout.addWidget(self.previewLabel)

        self.previewSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewHeaderLayout.addItem(self.previewSpacer)

        self.refusedOnlyCheck = QCheckBox(ContactImportDialog)
        self.refusedOnlyCheck.setObjectName(u"refusedOnlyCheck")

        self.previewHeaderLayout.addWidget(self.refusedOnlyCheck)


        self.previewLayout.addLayout(self.previewHeaderLayout)

        self.previewTable = QTableView(ContactImportDialog)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setTabKeyNavigation(False)
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewTable.setSortingEnabled(True)
        self.previewTable.setWordWrap(False)

        self.previewLayout.addWidget(self.previewTable)

        self.countsLabel = QLabel(ContactImportDialog)
        self.countsLabel.setObjectName(u"countsLabel")

        self.previewLayout.addWidget(self.countsLabel)


        self.bodyLayout.addLayout(self.previewLayout)

        self.bodyLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.bodyLayout)

        self.buttonBox = QDialogButtonBox(ContactImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.encodingLabel.setBuddy(self.encodingCombo)
        self.delimiterLabel.setBuddy(self.delimiterCombo)
        self.previewLabel.setBuddy(self.previewTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.encodingCombo, self.delimiterCombo)
        QWidget.setTabOrder(self.delimiterCombo, self.refusedOnlyCheck)
        QWidget.setTabOrder(self.refusedOnlyCheck, self.previewTable)

        self.retranslateUi(ContactImportDialog)

        QMetaObject.connectSlotsByName(ContactImportDialog)
    # setupUi

    def retranslateUi(self, ContactImportDialog):
        ContactImportDialog.setWindowTitle(QCoreApplication.translate("ContactImportDialog", u"Import contacts", None))
        self.fileLabel.setText(QCoreApplication.translate("ContactImportDialog", u"File:", None))
        self.encodingLabel.setText(QCoreApplication.translate("ContactImportDialog", u"&Encoding:", None))
#if QT_CONFIG(tooltip)
        self.encodingCombo.setToolTip(QCoreApplication.translate("ContactImportDialog", u"How the file's letters are stored. If accents look wrong in the preview, try another.", None))
#endif // QT_CONFIG(tooltip)
        self.delimiterLabel.setText(QCoreApplication.translate("ContactImportDialog", u"Columns &separated by:", None))
        self.mappingGroup.setTitle(QCoreApplication.translate("ContactImportDialog", u"Which column fills each detail", None))
        self.previewLabel.setText(QCoreApplication.translate("ContactImportDialog", u"&Preview of what will be imported:", None))
        self.refusedOnlyCheck.setText(QCoreApplication.translate("ContactImportDialog", u"Show &refused rows only", None))
        self.countsLabel.setText(QCoreApplication.translate("ContactImportDialog", u"0 to import, 0 refused", None))
    # retranslateUi

