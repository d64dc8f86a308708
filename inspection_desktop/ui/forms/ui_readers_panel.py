# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'readers_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_ReadersPanel(object):
    def setupUi(self, ReadersPanel):
        if not ReadersPanel.objectName():
            ReadersPanel.setObjectName(u"ReadersPanel")
        ReadersPanel.resize(1100, 560)
        self.readersPageLayout = QVBoxLayout(ReadersPanel)
        self.readersPageLayout.setObjectName(u"readersPageLayout")
        self.readersHint = QLabel(ReadersPanel)
        self.readersHint.setObjectName(u"readersHint")
        self.readersHint.setWordWrap(True)

        self.readersPageLayout.addWidget(self.readersHint)

        self.readersView = QTableView(ReadersPanel)
        self.readersView.setObjectName(u"readersView")
        self.readersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.readersView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.readersView.setSortingEnabled(True)
        self.readersView.setAlternatingRowColors(True)
        self.readersView.setWordWrap(False)
        self.readersView.setTabKeyNavigation(False)

        self.readersPageLayout.addWidget(self.readersView)

        self.readerButtons = QHBoxLayout()
        self.readerButtons.setObjectName(u"readerButtons")
        self.editReaderButton = QPushButton(ReadersPanel)
        self.editReaderButton.setObjectName(u"editReaderButton")

        self.readerButtons.addWidget(self.editReaderButton)

        self.makePairsButton = QPushButton(ReadersPanel)
        self.makePairsButton.setObjectName(u"makePairsButton")

        self.readerButtons.addWidget(self.makePairsButton)

        self.pairWithButton = QPushButton(ReadersPanel)
        self.pairWithButton.setObjectName(u"pairWithButton")

        self.readerButtons.addWidget(self.pairWithButton)

        self.unpairButton = QPushButton(ReadersPanel)
        self.unpairButton.setObjectName(u"unpairButton")

        self.readerButtons.addWidget(self.unpairButton)

        self.sheetsButton = QPushButton(ReadersPanel)
        self.sheetsButton.setObjectName(u"sheetsButton")

        self.readerButtons.addWidget(self.sheetsButton)

        self.readerButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.readerButtons.addItem(self.readerButtonsSpacer)


        self.readersPageLayout.addLayout(self.readerButtons)

        self.readersPageLayout.setStretch(1, 1)

        self.retranslateUi(ReadersPanel)

        QMetaObject.connectSlotsByName(ReadersPanel)
    # setupUi

    def retranslateUi(self, ReadersPanel):
        self.readersHint.setText(QCoreApplication.translate("ReadersPanel", u"Readers come from People: anyone with the local file reader role, and the inspectors (inspection lead, depute, link inspectors, scrutiny partners). Training counts as attended when the person is marked present at the week-11 training meeting.", None))
#if QT_CONFIG(accessibility)
        self.readersView.setAccessibleName(QCoreApplication.translate("ReadersPanel", u"Readers", None))
#endif // QT_CONFIG(accessibility)
        self.editReaderButton.setText(QCoreApplication.translate("ReadersPanel", u"&Update reader\u2026", None))
        self.makePairsButton.setText(QCoreApplication.translate("ReadersPanel", u"Ma&ke pairs", None))
#if QT_CONFIG(tooltip)
        self.makePairsButton.setToolTip(QCoreApplication.translate("ReadersPanel", u"Pair each inspector not yet in a pair with a local reader not yet in one", None))
#endif // QT_CONFIG(tooltip)
        self.pairWithButton.setText(QCoreApplication.translate("ReadersPanel", u"Pair &with\u2026", None))
        self.unpairButton.setText(QCoreApplication.translate("ReadersPanel", u"Unpair", None))
        self.sheetsButton.setText(QCoreApplication.translate("ReadersPanel", u"Print reader shee&ts\u2026", None))
        pass
    # retranslateUi

