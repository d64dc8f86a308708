# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'item_editor_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QRadioButton, QSpinBox, QVBoxLayout, QWidget)

class Ui_ItemEditorDialog(object):
    def setupUi(self, ItemEditorDialog):
        if not ItemEditorDialog.objectName():
            ItemEditorDialog.setObjectName(u"ItemEditorDialog")
        ItemEditorDialog.resize(560, 560)
        self.layout = QVBoxLayout(ItemEditorDialog)
        self.layout.setObjectName(u"layout")
        self.originLabel = QLabel(ItemEditorDialog)
        self.originLabel.setObjectName(u"originLabel")
        self.originLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.originLabel.setWordWrap(True)

        self.layout.addWidget(self.originLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(ItemEditorDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ItemEditorDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.descriptionLabel = QLabel(ItemEditorDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ItemEditorDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.weekRadio = QRadioButton(ItemEditorDialog)
        self.weekRadio.setObjectName(u"weekRadio")
        self.weekRadio.setChecked(True)

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.weekRadio)

        self.weekSpin = QSpinBox(ItemEditorDialog)
        self.weekSpin.setObjectName(u"weekSpin")
        self.weekSpin.setMinimum(1)
        self.weekSpin.setMaximum(60)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.weekSpin)

        self.dateRadio = QRadioButton(ItemEditorDialog)
        self.dateRadio.setObjectName(u"dateRadio")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateRadio)

        self.dateEdit = QDateEdit(ItemEditorDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.kindLabel = QLabel(ItemEditorDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ItemEditorDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.ownerLabel = QLabel(ItemEditorDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerCombo = QComboBox(ItemEditorDialog)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.personLabel = QLabel(ItemEditorDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personCombo = QComboBox(ItemEditorDialog)
        self.personCombo.setObjectName(u"personCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.durationLabel = QLabel(ItemEditorDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(ItemEditorDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMaximum(30)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.notesLabel = QLabel(ItemEditorDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(ItemEditorDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.layout.addLayout(self.form)

        self.dueLabel = QLabel(ItemEditorDialog)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.dueLabel.setWordWrap(True)

        self.layout.addWidget(self.dueLabel)

        self.problemLabel = QLabel(ItemEditorDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(ItemEditorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.personLabel.setBuddy(self.personCombo)
        self.durationLabel.setBuddy(self.durationSpin)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.weekRadio)
        QWidget.setTabOrder(self.weekRadio, self.weekSpin)
        QWidget.setTabOrder(self.weekSpin, self.dateRadio)
        QWidget.setTabOrder(self.dateRadio, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.personCombo)
        QWidget.setTabOrder(self.personCombo, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.notesEdit)

        self.retranslateUi(ItemEditorDialog)

        QMetaObject.connectSlotsByName(ItemEditorDialog)
    # setupUi

    def retranslateUi(self, ItemEditorDialog):
        ItemEditorDialog.setWindowTitle(QCoreApplication.translate("ItemEditorDialog", u"Checklist item", None))
        self.titleLabel.setText(QCoreApplication.translate("ItemEditorDialog", u"&Title:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ItemEditorDialog", u"D&escription:", None))
        self.weekRadio.setText(QCoreApplication.translate("ItemEditorDialog", u"In &week:", None))
        self.dateRadio.setText(QCoreApplication.translate("ItemEditorDialog", u"On a d&ate:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ItemEditorDialog", u"dddd d MMMM yyyy", None))
        self.kindLabel.setText(QCoreApplication.translate("ItemEditorDialog", u"&Kind:", None))
        self.ownerLabel.setText(QCoreApplication.translate("ItemEditorDialog", u"&Owner role:", None))
        self.personLabel.setText(QCoreApplication.translate("ItemEditorDialog", u"&Person:", None))
        self.durationLabel.setText(QCoreApplication.translate("ItemEditorDialog", u"&Runs for:", None))
        self.durationSpin.setSpecialValueText(QCoreApplication.translate("ItemEditorDialog", u"One day (not a window)", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("ItemEditorDialog", u" more weeks", None))
#if QT_CONFIG(tooltip)
        self.durationSpin.setToolTip(QCoreApplication.translate("ItemEditorDialog", u"For a window such as a survey: how many weeks it stays open after its start week.", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("ItemEditorDialog", u"&Notes:", None))
        self.problemLabel.setStyleSheet(QCoreApplication.translate("ItemEditorDialog", u"color: #A4262C;", None))
    # retranslateUi

