# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'surveys_section.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDateEdit, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableView, QVBoxLayout)

class Ui_SurveysSection(object):
    def setupUi(self, SurveysSection):
        if not SurveysSection.objectName():
            SurveysSection.setObjectName(u"SurveysSection")
        SurveysSection.resize(1100, 540)
        self.sectionLayout = QHBoxLayout(SurveysSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.listLayout = QVBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.surveysView = QTableView(SurveysSection)
        self.surveysView.setObjectName(u"surveysView")
        self.surveysView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.surveysView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.surveysView.setAlternatingRowColors(True)
        self.surveysView.setWordWrap(False)
        self.surveysView.setTabKeyNavigation(False)

        self.listLayout.addWidget(self.surveysView)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.addSurveyButton = QPushButton(SurveysSection)
        self.addSurveyButton.setObjectName(u"addSurveyButton")

        self.listButtons.addWidget(self.addSurveyButton)

        self.deleteSurveyButton = QPushButton(SurveysSection)
        self.deleteSurveyButton.setObjectName(u"deleteSurveyButton")

        self.listButtons.addWidget(self.deleteSurveyButton)


        self.listLayout.addLayout(self.listButtons)


        self.sectionLayout.addLayout(self.listLayout)

        self.detailLayout = QVBoxLayout()
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailsBox = QGroupBox(SurveysSection)
        self.detailsBox.setObjectName(u"detailsBox")
        self.detailsGrid = QGridLayout(self.detailsBox)
        self.detailsGrid.setObjectName(u"detailsGrid")
        self.nameLabel = QLabel(self.detailsBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.detailsGrid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(self.detailsBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.detailsGrid.addWidget(self.nameEdit, 0, 1, 1, 3)

        self.linkLabel = QLabel(self.detailsBox)
        self.linkLabel.setObjectName(u"linkLabel")

        self.detailsGrid.addWidget(self.linkLabel, 1, 0, 1, 1)

        self.linkEdit = QLineEdit(self.detailsBox)
        self.linkEdit.setObjectName(u"linkEdit")

        self.detailsGrid.addWidget(self.linkEdit, 1, 1, 1, 3)

        self.distributionLabel = QLabel(self.detailsBox)
        self.distributionLabel.setObjectName(u"distributionLabel")

        self.detailsGrid.addWidget(self.distributionLabel, 2, 0, 1, 1)

        self.distributionEdit = QLineEdit(self.detailsBox)
        self.distributionEdit.setObjectName(u"distributionEdit")

        self.detailsGrid.addWidget(self.distributionEdit, 2, 1, 1, 3)

        self.audienceLabel = QLabel(self.detailsBox)
        self.audienceLabel.setObjectName(u"audienceLabel")

        self.detailsGrid.addWidget(self.audienceLabel, 3, 0, 1, 1)

        self.audienceEdit = QLineEdit(self.detailsBox)
        self.audienceEdit.setObjectName(u"audienceEdit")

        self.detailsGrid.addWidget(self.audienceEdit, 3, 1, 1, 3)

        self.targetLabel = QLabel(self.detailsBox)
        self.targetLabel.setObjectName(u"targetLabel")

        self.detailsGrid.addWidget(self.targetLabel, 4, 0, 1, 1)

        self.targetSpin = QSpinBox(self.detailsBox)
        self.targetSpin.setObjectName(u"targetSpin")
        self.targetSpin.setMaximum(10000000)
        self.targetSpin.setGroupSeparatorShown(True)

        self.detailsGrid.addWidget(self.targetSpin, 4, 1, 1, 1)

        self.opensLabel = QLabel(self.detailsBox)
        self.opensLabel.setObjectName(u"opensLabel")

        self.detailsGrid.addWidget(self.opensLabel, 5, 0, 1, 1)

        self.opensEdit = QDateEdit(self.detailsBox)
        self.opensEdit.setObjectName(u"opensEdit")
        self.opensEdit.setCalendarPopup(True)

        self.detailsGrid.addWidget(self.opensEdit, 5, 1, 1, 1)

        self.opensPlanCheck = QCheckBox(self.detailsBox)
        self.opensPlanCheck.setObjectName(u"opensPlanCheck")

        self.detailsGrid.addWidget(self.opensPlanCheck, 5, 2, 1, 1)

        self.closesLabel = QLabel(self.detailsBox)
        self.closesLabel.setObjectName(u"closesLabel")

        self.detailsGrid.addWidget(self.closesLabel, 6, 0, 1, 1)

        self.closesEdit = QDateEdit(self.detailsBox)
        self.closesEdit.setObjectName(u"closesEdit")
        self.closesEdit.setCalendarPopup(True)

        self.detailsGrid.addWidget(self.closesEdit, 6, 1, 1, 1)

        self.closesPlanCheck = QCheckBox(self.detailsBox)
        self.closesPlanCheck.setObjectName(u"closesPlanCheck")

        self.detailsGrid.addWidget(self.closesPlanCheck, 6, 2, 1, 1)

        self.saveButton = QPushButton(self.detailsBox)
        self.saveButton.setObjectName(u"saveButton")

        self.detailsGrid.addWidget(self.saveButton, 6, 3, 1, 1)


        self.detailLayout.addWidget(self.detailsBox)

        self.responsesBox = QGroupBox(SurveysSection)
        self.responsesBox.setObjectName(u"responsesBox")
        self.responsesGrid = QGridLayout(self.responsesBox)
        self.responsesGrid.setObjectName(u"responsesGrid")
        self.chartLayout = QVBoxLayout()
        self.chartLayout.setObjectName(u"chartLayout")

        self.responsesGrid.addLayout(self.chartLayout, 0, 0, 1, 1)

        self.countsView = QTableView(self.responsesBox)
        self.countsView.setObjectName(u"countsView")
        self.countsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.countsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.countsView.setTabKeyNavigation(False)

        self.responsesGrid.addWidget(self.countsView, 0, 1, 1, 1)

        self.countButtons = QHBoxLayout()
        self.countButtons.setObjectName(u"countButtons")
        self.countOnLabel = QLabel(self.responsesBox)
        self.countOnLabel.setObjectName(u"countOnLabel")

        self.countButtons.addWidget(self.countOnLabel)

        self.countDateEdit = QDateEdit(self.responsesBox)
        self.countDateEdit.setObjectName(u"countDateEdit")
        self.countDateEdit.setCalendarPopup(True)

        self.countButtons.addWidget(self.countDateEdit)

        self.countLabel = QLabel(self.responsesBox)
        self.countLabel.setObjectName(u"countLabel")

        self.countButtons.addWidget(self.countLabel)

        self.countSpin = QSpinBox(self.responsesBox)
        self.countSpin.setObjectName(u"countSpin")
        self.countSpin.setMaximum(10000000)
        self.countSpin.setGroupSeparatorShown(True)

        self.countButtons.addWidget(self.countSpin)

        self.recordButton = QPushButton(self.responsesBox)
        self.recordButton.setObjectName(u"recordButton")

        self.countButtons.addWidget(self.recordButton)

        self.pasteButton = QPushButton(self.responsesBox)
        self.pasteButton.setObjectName(u"pasteButton")

        self.countButtons.addWidget(self.pasteButton)

        self.removeCountButton = QPushButton(self.responsesBox)
        self.removeCountButton.setObjectName(u"removeCountButton")

        self.countButtons.addWidget(self.removeCountButton)

        self.countSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countButtons.addItem(self.countSpacer)


        self.responsesGrid.addLayout(self.countButtons, 1, 0, 1, 2)

        self.responsesGrid.setColumnStretch(0, 3)
        self.responsesGrid.setColumnStretch(1, 2)

        self.detailLayout.addWidget(self.responsesBox)

        self.detailLayout.setStretch(1, 1)

        self.sectionLayout.addLayout(self.detailLayout)

        self.sectionLayout.setStretch(0, 4)
        self.sectionLayout.setStretch(1, 5)
#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.linkLabel.setBuddy(self.linkEdit)
        self.distributionLabel.setBuddy(self.distributionEdit)
        self.audienceLabel.setBuddy(self.audienceEdit)
        self.targetLabel.setBuddy(self.targetSpin)
        self.opensLabel.setBuddy(self.opensEdit)
        self.closesLabel.setBuddy(self.closesEdit)
        self.countOnLabel.setBuddy(self.countDateEdit)
        self.countLabel.setBuddy(self.countSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SurveysSection)

        QMetaObject.connectSlotsByName(SurveysSection)
    # setupUi

    def retranslateUi(self, SurveysSection):
#if QT_CONFIG(accessibility)
        self.surveysView.setAccessibleName(QCoreApplication.translate("SurveysSection", u"Surveys", None))
#endif // QT_CONFIG(accessibility)
        self.addSurveyButton.setText(QCoreApplication.translate("SurveysSection", u"&Add survey\u2026", None))
        self.deleteSurveyButton.setText(QCoreApplication.translate("SurveysSection", u"Dele&te survey", None))
        self.detailsBox.setTitle(QCoreApplication.translate("SurveysSection", u"Survey", None))
        self.nameLabel.setText(QCoreApplication.translate("SurveysSection", u"&Survey name:", None))
        self.linkLabel.setText(QCoreApplication.translate("SurveysSection", u"Lin&k:", None))
        self.linkEdit.setPlaceholderText(QCoreApplication.translate("SurveysSection", u"The address people answer it at", None))
        self.distributionLabel.setText(QCoreApplication.translate("SurveysSection", u"Distri&buted by:", None))
        self.audienceLabel.setText(QCoreApplication.translate("SurveysSection", u"For (&who):", None))
        self.targetLabel.setText(QCoreApplication.translate("SurveysSection", u"Tar&get population:", None))
        self.targetSpin.setSpecialValueText(QCoreApplication.translate("SurveysSection", u"Not known", None))
        self.opensLabel.setText(QCoreApplication.translate("SurveysSection", u"&Opens:", None))
        self.opensEdit.setDisplayFormat(QCoreApplication.translate("SurveysSection", u"d MMMM yyyy", None))
        self.opensPlanCheck.setText(QCoreApplication.translate("SurveysSection", u"As the plan says", None))
        self.closesLabel.setText(QCoreApplication.translate("SurveysSection", u"Closes:", None))
        self.closesEdit.setDisplayFormat(QCoreApplication.translate("SurveysSection", u"d MMMM yyyy", None))
        self.closesPlanCheck.setText(QCoreApplication.translate("SurveysSection", u"As the plan says", None))
        self.saveButton.setText(QCoreApplication.translate("SurveysSection", u"&Update details", None))
        self.responsesBox.setTitle(QCoreApplication.translate("SurveysSection", u"Responses", None))
#if QT_CONFIG(accessibility)
        self.countsView.setAccessibleName(QCoreApplication.translate("SurveysSection", u"Response counts: the chart's figures", None))
#endif // QT_CONFIG(accessibility)
        self.countOnLabel.setText(QCoreApplication.translate("SurveysSection", u"Count on &date:", None))
        self.countDateEdit.setDisplayFormat(QCoreApplication.translate("SurveysSection", u"d MMMM yyyy", None))
        self.countLabel.setText(QCoreApplication.translate("SurveysSection", u"Total responses:", None))
        self.recordButton.setText(QCoreApplication.translate("SurveysSection", u"Record &count", None))
        self.pasteButton.setText(QCoreApplication.translate("SurveysSection", u"Paste from e&xport\u2026", None))
        self.removeCountButton.setText(QCoreApplication.translate("SurveysSection", u"Remove count", None))
        pass
    # retranslateUi

