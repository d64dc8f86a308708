# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letters_section.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_LettersSection(object):
    def setupUi(self, LettersSection):
        if not LettersSection.objectName():
            LettersSection.setObjectName(u"LettersSection")
        LettersSection.resize(1300, 600)
        self.sectionLayout = QVBoxLayout(LettersSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.contentsSplitter = QSplitter(LettersSection)
        self.contentsSplitter.setObjectName(u"contentsSplitter")
        self.contentsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.contentsSplitter.setChildrenCollapsible(False)
        self.choosePane = QWidget(self.contentsSplitter)
        self.choosePane.setObjectName(u"choosePane")
        self.chooseLayout = QVBoxLayout(self.choosePane)
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.chooseLayout.setContentsMargins(0, 0, 0, 0)
        self.templateGrid = QGridLayout()
        self.templateGrid.setObjectName(u"templateGrid")
        self.templateLabel = QLabel(self.choosePane)
        self.templateLabel.setObjectName(u"templateLabel")

        self.templateGrid.addWidget(self.templateLabel, 0, 0, 1, 1)

        self.templateCombo = QComboBox(self.choosePane)
        self.templateCombo.setObjectName(u"templateCombo")
        self.templateCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.templateCombo.setMinimumContentsLength(20)

        self.templateGrid.addWidget(self.templateCombo, 0, 1, 1, 1)

        self.templateNote = QLabel(self.choosePane)
        self.templateNote.setObjectName(u"templateNote")
        self.templateNote.setWordWrap(True)
        self.templateNote.setTextFormat(Qt.TextFormat.PlainText)

        self.templateGrid.addWidget(self.templateNote, 1, 1, 1, 1)

        self.templateButtons = QHBoxLayout()
        self.templateButtons.setObjectName(u"templateButtons")
        self.copyButton = QPushButton(self.choosePane)
        self.copyButton.setObjectName(u"copyButton")

        self.templateButtons.addWidget(self.copyButton)

        self.editButton = QPushButton(self.choosePane)
        self.editButton.setObjectName(u"editButton")

        self.templateButtons.addWidget(self.editButton)

        self.removeButton = QPushButton(self.choosePane)
        self.removeButton.setObjectName(u"removeButton")

        self.templateButtons.addWidget(self.removeButton)

        self.letterheadButton = QPushButton(self.choosePane)
        self.letterheadButton.setObjectName(u"letterheadButton")

        self.templateButtons.addWidget(self.letterheadButton)

        self.templateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templateButtons.addItem(self.templateSpacer)


        self.templateGrid.addLayout(self.templateButtons, 2, 1, 1, 1)

        self.meetingLabel = QLabel(self.choosePane)
        self.meetingLabel.setObjectName(u"meetingLabel")
        self.meetingLabel.setWordWrap(True)

        self.templateGrid.addWidget(self.meetingLabel, 3, 0, 1, 1)

        self.meetingCombo = QComboBox(self.choosePane)
        self.meetingCombo.setObjectName(u"meetingCombo")
        self.meetingCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meetingCombo.setMinimumContentsLength(20)

        self.templateGrid.addWidget(self.meetingCombo, 3, 1, 1, 1)


        self.chooseLayout.addLayout(self.templateGrid)

        self.recipientsBox = QGroupBox(self.choosePane)
        self.recipientsBox.setObjectName(u"recipientsBox")
        self.recipientsGrid = QGridLayout(self.recipientsBox)
        self.recipientsGrid.setObjectName(u"recipientsGrid")
        self.roleLabel = QLabel(self.recipientsBox)
        self.roleLabel.setObjectName(u"roleLabel")

        self.recipientsGrid.addWidget(self.roleLabel, 0, 0, 1, 1)

        self.roleCombo = QComboBox(self.recipientsBox)
        self.roleCombo.setObjectName(u"roleCombo")
        self.roleCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.roleCombo.setMinimumContentsLength(16)

        self.recipientsGrid.addWidget(self.roleCombo, 0, 1, 1, 1)

        self.tickRoleButton = QPushButton(self.recipientsBox)
        self.tickRoleButton.setObjectName(u"tickRoleButton")

        self.recipientsGrid.addWidget(self.tickRoleButton, 0, 2, 1, 1)

        self.attendeesLabel = QLabel(self.recipientsBox)
        self.attendeesLabel.setObjectName(u"attendeesLabel")

        self.recipientsGrid.addWidget(self.attendeesLabel, 1, 0, 1, 1)

        self.attendeesCombo = QComboBox(self.recipientsBox)
        self.attendeesCombo.setObjectName(u"attendeesCombo")
        self.attendeesCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.attendeesCombo.setMinimumContentsLength(16)

        self.recipientsGrid.addWidget(self.attendeesCombo, 1, 1, 1, 1)

        self.attendanceCombo = QComboBox(self.recipientsBox)
        self.attendanceCombo.setObjectName(u"attendanceCombo")

        self.recipientsGrid.addWidget(self.attendanceCombo, 1, 2, 1, 1)

        self.tickMeetingButton = QPushButton(self.recipientsBox)
        self.tickMeetingButton.setObjectName(u"tickMeetingButton")

        self.recipientsGrid.addWidget(self.tickMeetingButton, 1, 3, 1, 1)

        self.untickButton = QPushButton(self.recipientsBox)
        self.untickButton.setObjectName(u"untickButton")

        self.recipientsGrid.addWidget(self.untickButton, 0, 3, 1, 1)

        self.filterEdit = QLineEdit(self.recipientsBox)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.recipientsGrid.addWidget(self.filterEdit, 2, 0, 1, 4)

        self.recipientsView = QListView(self.recipientsBox)
        self.recipientsView.setObjectName(u"recipientsView")
        self.recipientsView.setUniformItemSizes(True)

        self.recipientsGrid.addWidget(self.recipientsView, 3, 0, 1, 4)

        self.chosenLabel = QLabel(self.recipientsBox)
        self.chosenLabel.setObjectName(u"chosenLabel")
        self.chosenLabel.setWordWrap(True)
        self.chosenLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.recipientsGrid.addWidget(self.chosenLabel, 4, 0, 1, 4)


        self.chooseLayout.addWidget(self.recipientsBox)

        self.contentsSplitter.addWidget(self.choosePane)
        self.rightTabs = QTabWidget(self.contentsSplitter)
        self.rightTabs.setObjectName(u"rightTabs")
        self.previewTab = QWidget()
        self.previewTab.setObjectName(u"previewTab")
        self.previewLayout = QVBoxLayout(self.previewTab)
        self.previewLayout.setObjectName(u"previewLayout")
        self.stepLayout = QHBoxLayout()
        self.stepLayout.setObjectName(u"stepLayout")
        self.previousButton = QPushButton(self.previewTab)
        self.previousButton.setObjectName(u"previousButton")

        self.stepLayout.addWidget(self.previousButton)

        self.positionLabel = QLabel(self.previewTab)
        self.positionLabel.setObjectName(u"positionLabel")
        self.positionLabel.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.positionLabel.sizePolicy().hasHeightForWidth())
        self.positionLabel.setSizePolicy(sizePolicy)
        self.positionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.stepLayout.addWidget(self.positionLabel)

        self.nextButton = QPushButton(self.previewTab)
        self.nextButton.setObjectName(u"nextButton")

        self.stepLayout.addWidget(self.nextButton)


        self.previewLayout.addLayout(self.stepLayout)

        self.warningLabel = QLabel(self.previewTab)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.previewLayout.addWidget(self.warningLabel)

        self.previewBrowser = QTextBrowser(self.previewTab)
        self.previewBrowser.setObjectName(u"previewBrowser")
        self.previewBrowser.setOpenLinks(False)

        self.previewLayout.addWidget(self.previewBrowser)

        self.rightTabs.addTab(self.previewTab, "")
        self.recordTab = QWidget()
        self.recordTab.setObjectName(u"recordTab")
        self.recordLayout = QVBoxLayout(self.recordTab)
        self.recordLayout.setObjectName(u"recordLayout")
        self.notSentLabel = QLabel(self.recordTab)
        self.notSentLabel.setObjectName(u"notSentLabel")
        self.notSentLabel.setWordWrap(True)
        self.notSentLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.recordLayout.addWidget(self.notSentLabel)

        self.recordView = QTableView(self.recordTab)
        self.recordView.setObjectName(u"recordView")
        self.recordView.setTabKeyNavigation(False)
        self.recordView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recordView.setSortingEnabled(True)

        self.recordLayout.addWidget(self.recordView)

        self.rightTabs.addTab(self.recordTab, "")
        self.contentsSplitter.addWidget(self.rightTabs)

        self.sectionLayout.addWidget(self.contentsSplitter)

        self.produceLayout = QHBoxLayout()
        self.produceLayout.setObjectName(u"produceLayout")
        self.pdfCheck = QCheckBox(LettersSection)
        self.pdfCheck.setObjectName(u"pdfCheck")
        self.pdfCheck.setChecked(True)

        self.produceLayout.addWidget(self.pdfCheck)

        self.wordCheck = QCheckBox(LettersSection)
        self.wordCheck.setObjectName(u"wordCheck")

        self.produceLayout.addWidget(self.wordCheck)

        self.joinedCheck = QCheckBox(LettersSection)
        self.joinedCheck.setObjectName(u"joinedCheck")
        self.joinedCheck.setChecked(True)

        self.produceLayout.addWidget(self.joinedCheck)

        self.coverCheck = QCheckBox(LettersSection)
        self.coverCheck.setObjectName(u"coverCheck")

        self.produceLayout.addWidget(self.coverCheck)

        self.markingLabel = QLabel(LettersSection)
        self.markingLabel.setObjectName(u"markingLabel")

        self.produceLayout.addWidget(self.markingLabel)

        self.markingCombo = QComboBox(LettersSection)
        self.markingCombo.setObjectName(u"markingCombo")
        self.markingCombo.setEditable(True)

        self.produceLayout.addWidget(self.markingCombo)

        self.tickCheck = QCheckBox(LettersSection)
        self.tickCheck.setObjectName(u"tickCheck")

        self.produceLayout.addWidget(self.tickCheck)

        self.produceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.produceLayout.addItem(self.produceSpacer)

        self.progressBar = QProgressBar(LettersSection)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setVisible(False)
        self.progressBar.setTextVisible(True)

        self.produceLayout.addWidget(self.progressBar)

        self.cancelButton = QPushButton(LettersSection)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setVisible(False)

        self.produceLayout.addWidget(self.cancelButton)

        self.produceButton = QPushButton(LettersSection)
        self.produceButton.setObjectName(u"produceButton")

        self.produceLayout.addWidget(self.produceButton)


        self.sectionLayout.addLayout(self.produceLayout)

        self.sectionLayout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.templateLabel.setBuddy(self.templateCombo)
        self.meetingLabel.setBuddy(self.meetingCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.attendeesLabel.setBuddy(self.attendeesCombo)
        self.markingLabel.setBuddy(self.markingCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LettersSection)

        self.produceButton.setDefault(True)


        QMetaObject.connectSlotsByName(LettersSection)
    # setupUi

    def retranslateUi(self, LettersSection):
        self.templateLabel.setText(QCoreApplication.translate("LettersSection", u"Templ&ate:", None))
#if QT_CONFIG(accessibility)
        self.templateCombo.setAccessibleName(QCoreApplication.translate("LettersSection", u"Letter template", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("LettersSection", u"C&opy to edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("LettersSection", u"Make your own copy of this letter to change its wording; the original stays as it is", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("LettersSection", u"Edit &copy\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("LettersSection", u"Remove own cop&y", None))
        self.letterheadButton.setText(QCoreApplication.translate("LettersSection", u"Letterhead and signat&ure\u2026", None))
        self.meetingLabel.setText(QCoreApplication.translate("LettersSection", u"Meeting the letter is a&bout:", None))
#if QT_CONFIG(accessibility)
        self.meetingCombo.setAccessibleName(QCoreApplication.translate("LettersSection", u"Meeting whose date, time and venue the letter gives", None))
#endif // QT_CONFIG(accessibility)
        self.recipientsBox.setTitle(QCoreApplication.translate("LettersSection", u"Recipients", None))
        self.roleLabel.setText(QCoreApplication.translate("LettersSection", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("LettersSection", u"Role whose holders to tick", None))
#endif // QT_CONFIG(accessibility)
        self.tickRoleButton.setText(QCoreApplication.translate("LettersSection", u"Tick holders", None))
        self.attendeesLabel.setText(QCoreApplication.translate("LettersSection", u"Invited to meetin&g:", None))
#if QT_CONFIG(accessibility)
        self.attendeesCombo.setAccessibleName(QCoreApplication.translate("LettersSection", u"Meeting whose invited people to tick", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.attendanceCombo.setAccessibleName(QCoreApplication.translate("LettersSection", u"Which of those invited", None))
#endif // QT_CONFIG(accessibility)
        self.tickMeetingButton.setText(QCoreApplication.translate("LettersSection", u"Tick them", None))
        self.untickButton.setText(QCoreApplication.translate("LettersSection", u"Untick all", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("LettersSection", u"Narrow the list: name, organisation or role", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("LettersSection", u"Narrow the list of people", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recipientsView.setAccessibleName(QCoreApplication.translate("LettersSection", u"People in the register; tick those the letter goes to", None))
#endif // QT_CONFIG(accessibility)
        self.previousButton.setText(QCoreApplication.translate("LettersSection", u"\u25c0 Previous", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("LettersSection", u"The letter before (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("LettersSection", u"Next \u25b6", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("LettersSection", u"The next letter (Alt+Right)", None))
#endif // QT_CONFIG(tooltip)
        self.warningLabel.setStyleSheet(QCoreApplication.translate("LettersSection", u"QLabel { background: #FFF4CE; color: #5C4400; padding: 4px; }", None))
#if QT_CONFIG(accessibility)
        self.previewBrowser.setAccessibleName(QCoreApplication.translate("LettersSection", u"The letter as it will read", None))
#endif // QT_CONFIG(accessibility)
        self.rightTabs.setTabText(self.rightTabs.indexOf(self.previewTab), QCoreApplication.translate("LettersSection", u"Preview", None))
#if QT_CONFIG(accessibility)
        self.recordView.setAccessibleName(QCoreApplication.translate("LettersSection", u"Letters produced", None))
#endif // QT_CONFIG(accessibility)
        self.rightTabs.setTabText(self.rightTabs.indexOf(self.recordTab), QCoreApplication.translate("LettersSection", u"Record of letters", None))
        self.pdfCheck.setText(QCoreApplication.translate("LettersSection", u"P&DF", None))
        self.wordCheck.setText(QCoreApplication.translate("LettersSection", u"&Word (.docx)", None))
        self.joinedCheck.setText(QCoreApplication.translate("LettersSection", u"Also a &joined file for printing", None))
        self.coverCheck.setText(QCoreApplication.translate("LettersSection", u"Cover page (e&xtra sheet)", None))
        self.markingLabel.setText(QCoreApplication.translate("LettersSection", u"Mar&king:", None))
#if QT_CONFIG(accessibility)
        self.markingCombo.setAccessibleName(QCoreApplication.translate("LettersSection", u"Protective marking", None))
#endif // QT_CONFIG(accessibility)
        self.tickCheck.setText(QCoreApplication.translate("LettersSection", u"Tick the checklist item", None))
        self.cancelButton.setText(QCoreApplication.translate("LettersSection", u"Cancel", None))
        self.produceButton.setText(QCoreApplication.translate("LettersSection", u"Produce letter&s\u2026", None))
        pass
    # retranslateUi

