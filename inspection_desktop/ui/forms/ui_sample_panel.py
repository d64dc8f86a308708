# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sample_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_SamplePanel(object):
    def setupUi(self, SamplePanel):
        if not SamplePanel.objectName():
            SamplePanel.setObjectName(u"SamplePanel")
        SamplePanel.resize(1100, 560)
        self.samplePageLayout = QVBoxLayout(SamplePanel)
        self.samplePageLayout.setObjectName(u"samplePageLayout")
        self.sampleButtons = QHBoxLayout()
        self.sampleButtons.setObjectName(u"sampleButtons")
        self.importButton = QPushButton(SamplePanel)
        self.importButton.setObjectName(u"importButton")

        self.sampleButtons.addWidget(self.importButton)

        self.allocateButton = QPushButton(SamplePanel)
        self.allocateButton.setObjectName(u"allocateButton")

        self.sampleButtons.addWidget(self.allocateButton)

        self.siblingButton = QPushButton(SamplePanel)
        self.siblingButton.setObjectName(u"siblingButton")

        self.sampleButtons.addWidget(self.siblingButton)

        self.placeButton = QPushButton(SamplePanel)
        self.placeButton.setObjectName(u"placeButton")

        self.sampleButtons.addWidget(self.placeButton)

        self.clearButton = QPushButton(SamplePanel)
        self.clearButton.setObjectName(u"clearButton")

        self.sampleButtons.addWidget(self.clearButton)

        self.timetableButton = QPushButton(SamplePanel)
        self.timetableButton.setObjectName(u"timetableButton")

        self.sampleButtons.addWidget(self.timetableButton)

        self.sampleButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sampleButtons.addItem(self.sampleButtonsSpacer)


        self.samplePageLayout.addLayout(self.sampleButtons)

        self.sampleSummary = QLabel(SamplePanel)
        self.sampleSummary.setObjectName(u"sampleSummary")
        self.sampleSummary.setWordWrap(True)

        self.samplePageLayout.addWidget(self.sampleSummary)

        self.sampleView = QTableView(SamplePanel)
        self.sampleView.setObjectName(u"sampleView")
        self.sampleView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sampleView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.sampleView.setSortingEnabled(True)
        self.sampleView.setAlternatingRowColors(True)
        self.sampleView.setWordWrap(False)
        self.sampleView.setTabKeyNavigation(False)

        self.samplePageLayout.addWidget(self.sampleView)

        self.statusButtons = QHBoxLayout()
        self.statusButtons.setObjectName(u"statusButtons")
        self.statusLabel = QLabel(SamplePanel)
        self.statusLabel.setObjectName(u"statusLabel")

        self.statusButtons.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(SamplePanel)
        self.statusCombo.setObjectName(u"statusCombo")

        self.statusButtons.addWidget(self.statusCombo)

        self.concernButton = QPushButton(SamplePanel)
        self.concernButton.setObjectName(u"concernButton")

        self.statusButtons.addWidget(self.concernButton)

        self.statusButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusButtons.addItem(self.statusButtonsSpacer)


        self.samplePageLayout.addLayout(self.statusButtons)

        self.samplePageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SamplePanel)

        QMetaObject.connectSlotsByName(SamplePanel)
    # setupUi

    def retranslateUi(self, SamplePanel):
        self.importButton.setText(QCoreApplication.translate("SamplePanel", u"Imp&ort sample\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("SamplePanel", u"The CSV or Excel list the Care Inspectorate sends: case-record references only", None))
#endif // QT_CONFIG(tooltip)
        self.allocateButton.setText(QCoreApplication.translate("SamplePanel", u"&Allocate", None))
#if QT_CONFIG(tooltip)
        self.allocateButton.setToolTip(QCoreApplication.translate("SamplePanel", u"Place every record not placed by hand with a pair and a session", None))
#endif // QT_CONFIG(tooltip)
        self.siblingButton.setText(QCoreApplication.translate("SamplePanel", u"Sibling gro&up\u2026", None))
        self.placeButton.setText(QCoreApplication.translate("SamplePanel", u"Place b&y hand\u2026", None))
        self.clearButton.setText(QCoreApplication.translate("SamplePanel", u"Clear placement", None))
        self.timetableButton.setText(QCoreApplication.translate("SamplePanel", u"Print &timetable\u2026", None))
#if QT_CONFIG(accessibility)
        self.sampleView.setAccessibleName(QCoreApplication.translate("SamplePanel", u"Sample records", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("SamplePanel", u"Mar&k as:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("SamplePanel", u"Reading status of the selected records", None))
#endif // QT_CONFIG(accessibility)
        self.concernButton.setText(QCoreApplication.translate("SamplePanel", u"&Concern passed on\u2026", None))
#if QT_CONFIG(tooltip)
        self.concernButton.setToolTip(QCoreApplication.translate("SamplePanel", u"Record only the date a concern was passed on to the inspection lead", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

