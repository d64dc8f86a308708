# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_section.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTreeView, QVBoxLayout)

class Ui_HomeSection(object):
    def setupUi(self, HomeSection):
        if not HomeSection.objectName():
            HomeSection.setObjectName(u"HomeSection")
        HomeSection.resize(1000, 520)
        self.sectionLayout = QVBoxLayout(HomeSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.whereLabel = QLabel(HomeSection)
        self.whereLabel.setObjectName(u"whereLabel")
        self.whereLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.whereLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.whereLabel)

        self.homeView = QTreeView(HomeSection)
        self.homeView.setObjectName(u"homeView")
        self.homeView.setAlternatingRowColors(True)
        self.homeView.setUniformRowHeights(True)
        self.homeView.setTabKeyNavigation(False)

        self.sectionLayout.addWidget(self.homeView)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.hintLabel = QLabel(HomeSection)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.buttonsLayout.addWidget(self.hintLabel)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.reportPdfButton = QPushButton(HomeSection)
        self.reportPdfButton.setObjectName(u"reportPdfButton")

        self.buttonsLayout.addWidget(self.reportPdfButton)

        self.reportWordButton = QPushButton(HomeSection)
        self.reportWordButton.setObjectName(u"reportWordButton")

        self.buttonsLayout.addWidget(self.reportWordButton)


        self.sectionLayout.addLayout(self.buttonsLayout)

        self.sectionLayout.setStretch(1, 1)

        self.retranslateUi(HomeSection)

        QMetaObject.connectSlotsByName(HomeSection)
    # setupUi

    def retranslateUi(self, HomeSection):
#if QT_CONFIG(accessibility)
        self.whereLabel.setAccessibleName(QCoreApplication.translate("HomeSection", u"Where the inspection stands", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.homeView.setAccessibleName(QCoreApplication.translate("HomeSection", u"What needs attention", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.homeView.setToolTip(QCoreApplication.translate("HomeSection", u"Press Enter or double-click an entry to open it", None))
#endif // QT_CONFIG(tooltip)
        self.hintLabel.setText(QCoreApplication.translate("HomeSection", u"Enter or double-click opens the item, meeting, role, survey or reader.", None))
        self.reportPdfButton.setText(QCoreApplication.translate("HomeSection", u"Status &report (PDF)\u2026", None))
        self.reportWordButton.setText(QCoreApplication.translate("HomeSection", u"Status report (&Word)\u2026", None))
        pass
    # retranslateUi

