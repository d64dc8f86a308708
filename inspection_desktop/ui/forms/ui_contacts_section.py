# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contacts_section.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_ContactsSection(object):
    def setupUi(self, ContactsSection):
        if not ContactsSection.objectName():
            ContactsSection.setObjectName(u"ContactsSection")
        ContactsSection.resize(1000, 520)
        self.sectionLayout = QVBoxLayout(ContactsSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(ContactsSection)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(ContactsSection)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.countLabel = QLabel(ContactsSection)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.searchLayout.addWidget(self.countLabel)


        self.sectionLayout.addLayout(self.searchLayout)

        self.contentsSplitter = QSplitter(ContactsSection)
        self.contentsSplitter.setObjectName(u"contentsSplitter")
        self.contentsSplitter.setOrientation(Qt.Orientation.Vertical)
        self.contentsSplitter.setChildrenCollapsible(False)
        self.contactsPane = QWidget(self.contentsSplitter)
        self.contactsPane.setObjectName(u"contactsPane")
        self.contactsLayout = QVBoxLayout(self.contactsPane)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsLayout.setContentsMargins(0, 0, 0, 0)
        self.contactsView = QTableView(self.contactsPane)
        self.contactsView.setObjectName(u"contactsView")
        self.contactsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contactsView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.contactsView.setSortingEnabled(True)
        self.contactsView.setAlternatingRowColors(True)
        self.contactsView.setWordWrap(False)
        self.contactsView.setTabKeyNavigation(False)

        self.contactsLayout.addWidget(self.contactsView)

        self.contactButtons = QHBoxLayout()
        self.contactButtons.setObjectName(u"contactButtons")
        self.addButton = QPushButton(self.contactsPane)
        self.addButton.setObjectName(u"addButton")

        self.contactButtons.addWidget(self.addButton)

        self.editButton = QPushButton(self.contactsPane)
        self.editButton.setObjectName(u"editButton")

        self.contactButtons.addWidget(self.editButton)

        self.deleteButton = QPushButton(self.contactsPane)
        self.deleteButton.setObjectName(u"deleteButton")

        self.contactButtons.addWidget(self.deleteButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtons.addItem(self.buttonSpacer)

        self.importButton = QPushButton(self.contactsPane)
        self.importButton.setObjectName(u"importButton")

        self.contactButtons.addWidget(self.importButton)

        self.exportCsvButton = QPushButton(self.contactsPane)
        self.exportCsvButton.setObjectName(u"exportCsvButton")

        self.contactButtons.addWidget(self.exportCsvButton)

        self.exportVcardButton = QPushButton(self.contactsPane)
        self.exportVcardButton.setObjectName(u"exportVcardButton")

        self.contactButtons.addWidget(self.exportVcardButton)


        self.contactsLayout.addLayout(self.contactButtons)

        self.contentsSplitter.addWidget(self.contactsPane)
        self.rolesPane = QWidget(self.contentsSplitter)
        self.rolesPane.setObjectName(u"rolesPane")
        self.rolesLayout = QVBoxLayout(self.rolesPane)
        self.rolesLayout.setObjectName(u"rolesLayout")
        self.rolesLayout.setContentsMargins(0, 0, 0, 0)
        self.rolesLabel = QLabel(self.rolesPane)
        self.rolesLabel.setObjectName(u"rolesLabel")

        self.rolesLayout.addWidget(self.rolesLabel)

        self.rolesColumns = QHBoxLayout()
        self.rolesColumns.setObjectName(u"rolesColumns")
        self.rolesView = QTableView(self.rolesPane)
        self.rolesView.setObjectName(u"rolesView")
        self.rolesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rolesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rolesView.setSortingEnabled(True)
        self.rolesView.setWordWrap(False)
        self.rolesView.setTabKeyNavigation(False)

        self.rolesColumns.addWidget(self.rolesView)

        self.gapsLayout = QVBoxLayout()
        self.gapsLayout.setObjectName(u"gapsLayout")
        self.gapsHeading = QLabel(self.rolesPane)
        self.gapsHeading.setObjectName(u"gapsHeading")

        self.gapsLayout.addWidget(self.gapsHeading)

        self.gapsLabel = QLabel(self.rolesPane)
        self.gapsLabel.setObjectName(u"gapsLabel")
        self.gapsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.gapsLabel.setWordWrap(True)
        self.gapsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.gapsLayout.addWidget(self.gapsLabel)

        self.roleButtons = QHBoxLayout()
        self.roleButtons.setObjectName(u"roleButtons")
        self.nameForRoleButton = QPushButton(self.rolesPane)
        self.nameForRoleButton.setObjectName(u"nameForRoleButton")

        self.roleButtons.addWidget(self.nameForRoleButton)

        self.roleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roleButtons.addItem(self.roleSpacer)


        self.gapsLayout.addLayout(self.roleButtons)

        self.privacyNoteLabel = QLabel(self.rolesPane)
        self.privacyNoteLabel.setObjectName(u"privacyNoteLabel")
        self.privacyNoteLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.privacyNoteLabel.setWordWrap(True)

        self.gapsLayout.addWidget(self.privacyNoteLabel)

        self.gapsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.gapsLayout.addItem(self.gapsSpacer)


        self.rolesColumns.addLayout(self.gapsLayout)

        self.rolesColumns.setStretch(0, 3)
        self.rolesColumns.setStretch(1, 2)

        self.rolesLayout.addLayout(self.rolesColumns)

        self.contentsSplitter.addWidget(self.rolesPane)

        self.sectionLayout.addWidget(self.contentsSplitter)

        self.sectionLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.rolesLabel.setBuddy(self.rolesView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.contactsView)
        QWidget.setTabOrder(self.contactsView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.exportCsvButton)
        QWidget.setTabOrder(self.exportCsvButton, self.exportVcardButton)
        QWidget.setTabOrder(self.exportVcardButton, self.rolesView)
        QWidget.setTabOrder(self.rolesView, self.nameForRoleButton)

        self.retranslateUi(ContactsSection)

        QMetaObject.connectSlotsByName(ContactsSection)
    # setupUi

    def retranslateUi(self, ContactsSection):
        self.searchLabel.setText(QCoreApplication.translate("ContactsSection", u"&Search:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ContactsSection", u"Name, organisation, role or email", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ContactsSection", u"Search the contacts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.contactsView.setAccessibleName(QCoreApplication.translate("ContactsSection", u"Contacts", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("ContactsSection", u"&Add\u2026", None))
        self.editButton.setText(QCoreApplication.translate("ContactsSection", u"E&dit\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("ContactsSection", u"Dele&te", None))
        self.importButton.setText(QCoreApplication.translate("ContactsSection", u"Imp&ort CSV\u2026", None))
        self.exportCsvButton.setText(QCoreApplication.translate("ContactsSection", u"Export &CSV\u2026", None))
        self.exportVcardButton.setText(QCoreApplication.translate("ContactsSection", u"E&xport vCards\u2026", None))
        self.rolesLabel.setText(QCoreApplication.translate("ContactsSection", u"Roles and &who holds them", None))
#if QT_CONFIG(accessibility)
        self.rolesView.setAccessibleName(QCoreApplication.translate("ContactsSection", u"Roles and who holds them", None))
#endif // QT_CONFIG(accessibility)
        self.gapsHeading.setText(QCoreApplication.translate("ContactsSection", u"Still to name", None))
        self.nameForRoleButton.setText(QCoreApplication.translate("ContactsSection", u"Name someone fo&r the selected role\u2026", None))
        pass
    # retranslateUi

