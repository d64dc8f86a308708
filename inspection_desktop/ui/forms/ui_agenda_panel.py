# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agenda_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_AgendaPanel(object):
    def setupUi(self, AgendaPanel):
        if not AgendaPanel.objectName():
            AgendaPanel.setObjectName(u"AgendaPanel")
        self.piecesLayout = QVBoxLayout(AgendaPanel)
        self.piecesLayout.setObjectName(u"piecesLayout")
        self.piecesLayout.setContentsMargins(0, 0, 0, 0)
        self.agendaPage = QWidget(AgendaPanel)
        self.agendaPage.setObjectName(u"agendaPage")
        self.agendaPageLayout = QVBoxLayout(self.agendaPage)
        self.agendaPageLayout.setObjectName(u"agendaPageLayout")
        self.agendaPageLayout.setContentsMargins(0, 0, 0, 0)
        self.agendaSplitter = QSplitter(self.agendaPage)
        self.agendaSplitter.setObjectName(u"agendaSplitter")
        self.agendaSplitter.setOrientation(Qt.Orientation.Vertical)
        self.agendaSplitter.setChildrenCollapsible(False)
        self.agendaTop = QWidget(self.agendaSplitter)
        self.agendaTop.setObjectName(u"agendaTop")
        self.agendaTopLayout = QVBoxLayout(self.agendaTop)
        self.agendaTopLayout.setObjectName(u"agendaTopLayout")
        self.agendaTopLayout.setContentsMargins(0, 0, 0, 0)
        self.agendaView = QTableView(self.agendaTop)
        self.agendaView.setObjectName(u"agendaView")
        self.agendaView.setTabKeyNavigation(False)
        self.agendaView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agendaView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agendaView.setAlternatingRowColors(True)
        self.agendaView.setWordWrap(False)

        self.agendaTopLayout.addWidget(self.agendaView)

        self.agendaButtons = QHBoxLayout()
        self.agendaButtons.setObjectName(u"agendaButtons")
        self.addItemButton = QPushButton(self.agendaTop)
        self.addItemButton.setObjectName(u"addItemButton")

        self.agendaButtons.addWidget(self.addItemButton)

        self.removeItemButton = QPushButton(self.agendaTop)
        self.removeItemButton.setObjectName(u"removeItemButton")

        self.agendaButtons.addWidget(self.removeItemButton)

        self.moveUpButton = QPushButton(self.agendaTop)
        self.moveUpButton.setObjectName(u"moveUpButton")

        self.agendaButtons.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(self.agendaTop)
        self.moveDownButton.setObjectName(u"moveDownButton")

        self.agendaButtons.addWidget(self.moveDownButton)

        self.agendaButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agendaButtons.addItem(self.agendaButtonsSpacer)

        self.totalLabel = QLabel(self.agendaTop)
        self.totalLabel.setObjectName(u"totalLabel")

        self.agendaButtons.addWidget(self.totalLabel)


        self.agendaTopLayout.addLayout(self.agendaButtons)

        self.agendaSplitter.addWidget(self.agendaTop)
        self.itemBox = QGroupBox(self.agendaSplitter)
        self.itemBox.setObjectName(u"itemBox")
        self.itemLayout = QVBoxLayout(self.itemBox)
        self.itemLayout.setObjectName(u"itemLayout")
        self.itemTexts = QHBoxLayout()
        self.itemTexts.setObjectName(u"itemTexts")
        self.itemNotesColumn = QVBoxLayout()
        self.itemNotesColumn.setObjectName(u"itemNotesColumn")
        self.itemNotesColumn.setContentsMargins(0, 0, 0, 0)
        self.itemNotesLabel = QLabel(self.itemBox)
        self.itemNotesLabel.setObjectName(u"itemNotesLabel")

        self.itemNotesColumn.addWidget(self.itemNotesLabel)

        self.itemNotesEdit = QPlainTextEdit(self.itemBox)
        self.itemNotesEdit.setObjectName(u"itemNotesEdit")
        self.itemNotesEdit.setTabChangesFocus(True)

        self.itemNotesColumn.addWidget(self.itemNotesEdit)


        self.itemTexts.addLayout(self.itemNotesColumn)

        self.itemMinutesColumn = QVBoxLayout()
        self.itemMinutesColumn.setObjectName(u"itemMinutesColumn")
        self.itemMinutesColumn.setContentsMargins(0, 0, 0, 0)
        self.itemMinutesLabel = QLabel(self.itemBox)
        self.itemMinutesLabel.setObjectName(u"itemMinutesLabel")

        self.itemMinutesColumn.addWidget(self.itemMinutesLabel)

        self.itemMinutesEdit = QPlainTextEdit(self.itemBox)
        self.itemMinutesEdit.setObjectName(u"itemMinutesEdit")
        self.itemMinutesEdit.setTabChangesFocus(True)

        self.itemMinutesColumn.addWidget(self.itemMinutesEdit)


        self.itemTexts.addLayout(self.itemMinutesColumn)


        self.itemLayout.addLayout(self.itemTexts)

        self.confidentialCheck = QCheckBox(self.itemBox)
        self.confidentialCheck.setObjectName(u"confidentialCheck")

        self.itemLayout.addWidget(self.confidentialCheck)

        self.papersRow = QHBoxLayout()
        self.papersRow.setObjectName(u"papersRow")
        self.papersLabel = QLabel(self.itemBox)
        self.papersLabel.setObjectName(u"papersLabel")

        self.papersRow.addWidget(self.papersLabel)

        self.papersView = QTableView(self.itemBox)
        self.papersView.setObjectName(u"papersView")
        self.papersView.setTabKeyNavigation(False)
        self.papersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.papersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.papersView.setAlternatingRowColors(True)
        self.papersView.setWordWrap(False)

        self.papersRow.addWidget(self.papersView)


        self.itemLayout.addLayout(self.papersRow)

        self.paperButtons = QHBoxLayout()
        self.paperButtons.setObjectName(u"paperButtons")
        self.attachPaperButton = QPushButton(self.itemBox)
        self.attachPaperButton.setObjectName(u"attachPaperButton")

        self.paperButtons.addWidget(self.attachPaperButton)

        self.paperConfidentialButton = QPushButton(self.itemBox)
        self.paperConfidentialButton.setObjectName(u"paperConfidentialButton")

        self.paperButtons.addWidget(self.paperConfidentialButton)

        self.removePaperButton = QPushButton(self.itemBox)
        self.removePaperButton.setObjectName(u"removePaperButton")

        self.paperButtons.addWidget(self.removePaperButton)

        self.paperButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paperButtons.addItem(self.paperButtonsSpacer)


        self.itemLayout.addLayout(self.paperButtons)

        self.agendaSplitter.addWidget(self.itemBox)

        self.agendaPageLayout.addWidget(self.agendaSplitter)


        self.piecesLayout.addWidget(self.agendaPage)

#if QT_CONFIG(shortcut)
        self.itemNotesLabel.setBuddy(self.itemNotesEdit)
        self.itemMinutesLabel.setBuddy(self.itemMinutesEdit)
        self.papersLabel.setBuddy(self.papersView)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AgendaPanel)

        QMetaObject.connectSlotsByName(AgendaPanel)
    # setupUi

    def retranslateUi(self, AgendaPanel):
        self.addItemButton.setText(QCoreApplication.translate("AgendaPanel", u"Add i&tem", None))
        self.removeItemButton.setText(QCoreApplication.translate("AgendaPanel", u"Remove item", None))
        self.moveUpButton.setText(QCoreApplication.translate("AgendaPanel", u"Move up", None))
#if QT_CONFIG(tooltip)
        self.moveUpButton.setToolTip(QCoreApplication.translate("AgendaPanel", u"Ctrl+Up", None))
#endif // QT_CONFIG(tooltip)
        self.moveDownButton.setText(QCoreApplication.translate("AgendaPanel", u"Move down", None))
#if QT_CONFIG(tooltip)
        self.moveDownButton.setToolTip(QCoreApplication.translate("AgendaPanel", u"Ctrl+Down", None))
#endif // QT_CONFIG(tooltip)
        self.totalLabel.setText("")
        self.itemBox.setTitle(QCoreApplication.translate("AgendaPanel", u"Selected item", None))
        self.itemNotesLabel.setText(QCoreApplication.translate("AgendaPanel", u"Notes for the agenda:", None))
        self.itemMinutesLabel.setText(QCoreApplication.translate("AgendaPanel", u"Minutes of the item:", None))
        self.itemMinutesEdit.setPlaceholderText(QCoreApplication.translate("AgendaPanel", u"What was said, written during or after the meeting", None))
        self.confidentialCheck.setText(QCoreApplication.translate("AgendaPanel", u"C&onfidential: leave its notes and papers out of a recipient's copy", None))
        self.papersLabel.setText(QCoreApplication.translate("AgendaPanel", u"Papers:", None))
        self.attachPaperButton.setText(QCoreApplication.translate("AgendaPanel", u"Attach paper\u2026", None))
        self.paperConfidentialButton.setText(QCoreApplication.translate("AgendaPanel", u"Mark confidential / not", None))
        self.removePaperButton.setText(QCoreApplication.translate("AgendaPanel", u"Remove paper", None))
        pass
    # retranslateUi

