# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_documents_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout, QWidget)

class Ui_MeetingDocumentsPanel(object):
    def setupUi(self, MeetingDocumentsPanel):
        if not MeetingDocumentsPanel.objectName():
            MeetingDocumentsPanel.setObjectName(u"MeetingDocumentsPanel")
        self.piecesLayout = QVBoxLayout(MeetingDocumentsPanel)
        self.piecesLayout.setObjectName(u"piecesLayout")
        self.piecesLayout.setContentsMargins(0, 0, 0, 0)
        self.documentButtonsPage = QWidget(MeetingDocumentsPanel)
        self.documentButtonsPage.setObjectName(u"documentButtonsPage")
        self.documentButtonsPageLayout = QHBoxLayout(self.documentButtonsPage)
        self.documentButtonsPageLayout.setObjectName(u"documentButtonsPageLayout")
        self.documentButtonsPageLayout.setContentsMargins(0, 0, 0, 0)
        self.previewAgendaButton = QPushButton(self.documentButtonsPage)
        self.previewAgendaButton.setObjectName(u"previewAgendaButton")

        self.documentButtonsPageLayout.addWidget(self.previewAgendaButton)

        self.previewPackButton = QPushButton(self.documentButtonsPage)
        self.previewPackButton.setObjectName(u"previewPackButton")

        self.documentButtonsPageLayout.addWidget(self.previewPackButton)

        self.previewMinutesButton = QPushButton(self.documentButtonsPage)
        self.previewMinutesButton.setObjectName(u"previewMinutesButton")

        self.documentButtonsPageLayout.addWidget(self.previewMinutesButton)

        self.savePdfButton = QPushButton(self.documentButtonsPage)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.documentButtonsPageLayout.addWidget(self.savePdfButton)

        self.printButton = QPushButton(self.documentButtonsPage)
        self.printButton.setObjectName(u"printButton")

        self.documentButtonsPageLayout.addWidget(self.printButton)

        self.wordButton = QToolButton(self.documentButtonsPage)
        self.wordButton.setObjectName(u"wordButton")
        self.wordButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.documentButtonsPageLayout.addWidget(self.wordButton)


        self.piecesLayout.addWidget(self.documentButtonsPage)

        self.copyPage = QWidget(MeetingDocumentsPanel)
        self.copyPage.setObjectName(u"copyPage")
        self.copyPageLayout = QVBoxLayout(self.copyPage)
        self.copyPageLayout.setObjectName(u"copyPageLayout")
        self.copyPageLayout.setContentsMargins(0, 0, 0, 0)
        self.recipientLayout = QHBoxLayout()
        self.recipientLayout.setObjectName(u"recipientLayout")
        self.recipientLabel = QLabel(self.copyPage)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.recipientLayout.addWidget(self.recipientLabel)

        self.recipientEdit = QLineEdit(self.copyPage)
        self.recipientEdit.setObjectName(u"recipientEdit")

        self.recipientLayout.addWidget(self.recipientEdit)

        self.leaveOutCheck = QCheckBox(self.copyPage)
        self.leaveOutCheck.setObjectName(u"leaveOutCheck")

        self.recipientLayout.addWidget(self.leaveOutCheck)


        self.copyPageLayout.addLayout(self.recipientLayout)

        self.finishLayout = QHBoxLayout()
        self.finishLayout.setObjectName(u"finishLayout")
        self.markingLabel = QLabel(self.copyPage)
        self.markingLabel.setObjectName(u"markingLabel")

        self.finishLayout.addWidget(self.markingLabel)

        self.markingCombo = QComboBox(self.copyPage)
        self.markingCombo.setObjectName(u"markingCombo")
        self.markingCombo.setEditable(True)
        self.markingCombo.setMinimumContentsLength(20)

        self.finishLayout.addWidget(self.markingCombo)

        self.dividersCheck = QCheckBox(self.copyPage)
        self.dividersCheck.setObjectName(u"dividersCheck")
        self.dividersCheck.setChecked(True)

        self.finishLayout.addWidget(self.dividersCheck)

        self.coverCheck = QCheckBox(self.copyPage)
        self.coverCheck.setObjectName(u"coverCheck")

        self.finishLayout.addWidget(self.coverCheck)

        self.finishSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.finishLayout.addItem(self.finishSpacer)


        self.copyPageLayout.addLayout(self.finishLayout)


        self.piecesLayout.addWidget(self.copyPage)

#if QT_CONFIG(shortcut)
        self.recipientLabel.setBuddy(self.recipientEdit)
        self.markingLabel.setBuddy(self.markingCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingDocumentsPanel)

        QMetaObject.connectSlotsByName(MeetingDocumentsPanel)
    # setupUi

    def retranslateUi(self, MeetingDocumentsPanel):
        self.previewAgendaButton.setText(QCoreApplication.translate("MeetingDocumentsPanel", u"Preview agenda", None))
        self.previewPackButton.setText(QCoreApplication.translate("MeetingDocumentsPanel", u"Preview pack", None))
        self.previewMinutesButton.setText(QCoreApplication.translate("MeetingDocumentsPanel", u"Preview minutes", None))
        self.savePdfButton.setText(QCoreApplication.translate("MeetingDocumentsPanel", u"Save pack as PDF\u2026", None))
        self.printButton.setText(QCoreApplication.translate("MeetingDocumentsPanel", u"P&rint pack\u2026", None))
        self.wordButton.setText(QCoreApplication.translate("MeetingDocumentsPanel", u"Save in Word\u2026", None))
#if QT_CONFIG(tooltip)
        self.wordButton.setToolTip(QCoreApplication.translate("MeetingDocumentsPanel", u"Save the agenda or the minutes as a Word document, to finish in Word", None))
#endif // QT_CONFIG(tooltip)
        self.recipientLabel.setText(QCoreApplication.translate("MeetingDocumentsPanel", u"Pack is a cop&y for:", None))
        self.recipientEdit.setPlaceholderText(QCoreApplication.translate("MeetingDocumentsPanel", u"Everyone (leave blank)", None))
        self.leaveOutCheck.setText(QCoreApplication.translate("MeetingDocumentsPanel", u"Leave out confidential items", None))
        self.markingLabel.setText(QCoreApplication.translate("MeetingDocumentsPanel", u"Marking:", None))
#if QT_CONFIG(accessibility)
        self.markingCombo.setAccessibleName(QCoreApplication.translate("MeetingDocumentsPanel", u"Protective marking for the agenda, minutes and pack", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.markingCombo.setToolTip(QCoreApplication.translate("MeetingDocumentsPanel", u"Default: OFFICIAL-SENSITIVE when confidential items or papers are inside, else OFFICIAL", None))
#endif // QT_CONFIG(tooltip)
        self.dividersCheck.setText(QCoreApplication.translate("MeetingDocumentsPanel", u"Dividers before papers", None))
        self.coverCheck.setText(QCoreApplication.translate("MeetingDocumentsPanel", u"Cover page on agenda and minutes", None))
        pass
    # retranslateUi

