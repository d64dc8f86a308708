# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'item_detail_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QTextBrowser, QVBoxLayout)

class Ui_ItemDetailPanel(object):
    def setupUi(self, ItemDetailPanel):
        if not ItemDetailPanel.objectName():
            ItemDetailPanel.setObjectName(u"ItemDetailPanel")
        self.detailLayout = QVBoxLayout(ItemDetailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.itemTitleLabel = QLabel(ItemDetailPanel)
        self.itemTitleLabel.setObjectName(u"itemTitleLabel")
        self.itemTitleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.itemTitleLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.itemTitleLabel)

        self.detailForm = QFormLayout()
        self.detailForm.setObjectName(u"detailForm")
        self.whenCaption = QLabel(ItemDetailPanel)
        self.whenCaption.setObjectName(u"whenCaption")

        self.detailForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whenCaption)

        self.whenLabel = QLabel(ItemDetailPanel)
        self.whenLabel.setObjectName(u"whenLabel")
        self.whenLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.whenLabel.setWordWrap(True)

        self.detailForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.whenLabel)

        self.ownerCaption = QLabel(ItemDetailPanel)
        self.ownerCaption.setObjectName(u"ownerCaption")

        self.detailForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownerCaption)

        self.ownerLabel = QLabel(ItemDetailPanel)
        self.ownerLabel.setObjectName(u"ownerLabel")
        self.ownerLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ownerLabel.setWordWrap(True)

        self.detailForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ownerLabel)

        self.kindCaption = QLabel(ItemDetailPanel)
        self.kindCaption.setObjectName(u"kindCaption")

        self.detailForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.kindLabel = QLabel(ItemDetailPanel)
        self.kindLabel.setObjectName(u"kindLabel")
        self.kindLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindLabel)

        self.statusCaption = QLabel(ItemDetailPanel)
        self.statusCaption.setObjectName(u"statusCaption")

        self.detailForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusCaption)

        self.statusCombo = QComboBox(ItemDetailPanel)
        self.statusCombo.setObjectName(u"statusCombo")

        self.detailForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.completedCaption = QLabel(ItemDetailPanel)
        self.completedCaption.setObjectName(u"completedCaption")

        self.detailForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.completedCaption)

        self.completedLabel = QLabel(ItemDetailPanel)
        self.completedLabel.setObjectName(u"completedLabel")
        self.completedLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.detailForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.completedLabel)


        self.detailLayout.addLayout(self.detailForm)

        self.descriptionBrowser = QTextBrowser(ItemDetailPanel)
        self.descriptionBrowser.setObjectName(u"descriptionBrowser")

        self.detailLayout.addWidget(self.descriptionBrowser)

        self.notesLabel = QLabel(ItemDetailPanel)
        self.notesLabel.setObjectName(u"notesLabel")

        self.detailLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(ItemDetailPanel)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.detailLayout.addWidget(self.notesEdit)

        self.detailButtons = QHBoxLayout()
        self.detailButtons.setObjectName(u"detailButtons")
        self.saveNotesButton = QPushButton(ItemDetailPanel)
        self.saveNotesButton.setObjectName(u"saveNotesButton")

        self.detailButtons.addWidget(self.saveNotesButton)

        self.moveButton = QPushButton(ItemDetailPanel)
        self.moveButton.setObjectName(u"moveButton")

        self.detailButtons.addWidget(self.moveButton)


        self.detailLayout.addLayout(self.detailButtons)

#if QT_CONFIG(shortcut)
        self.statusCaption.setBuddy(self.statusCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ItemDetailPanel)

        QMetaObject.connectSlotsByName(ItemDetailPanel)
    # setupUi

    def retranslateUi(self, ItemDetailPanel):
        ItemDetailPanel.setTitle(QCoreApplication.translate("ItemDetailPanel", u"Selected item", None))
        self.itemTitleLabel.setText(QCoreApplication.translate("ItemDetailPanel", u"Select an item in the checklist.", None))
        self.whenCaption.setText(QCoreApplication.translate("ItemDetailPanel", u"When:", None))
        self.ownerCaption.setText(QCoreApplication.translate("ItemDetailPanel", u"Owner:", None))
        self.kindCaption.setText(QCoreApplication.translate("ItemDetailPanel", u"Kind:", None))
        self.statusCaption.setText(QCoreApplication.translate("ItemDetailPanel", u"Stat&us:", None))
        self.completedCaption.setText(QCoreApplication.translate("ItemDetailPanel", u"Completed:", None))
#if QT_CONFIG(accessibility)
        self.descriptionBrowser.setAccessibleName(QCoreApplication.translate("ItemDetailPanel", u"What the item involves", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("ItemDetailPanel", u"N&otes:", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("ItemDetailPanel", u"Your notes on this item", None))
        self.saveNotesButton.setText(QCoreApplication.translate("ItemDetailPanel", u"Save no&tes", None))
        self.moveButton.setText(QCoreApplication.translate("ItemDetailPanel", u"Move d&ate\u2026", None))
    # retranslateUi

