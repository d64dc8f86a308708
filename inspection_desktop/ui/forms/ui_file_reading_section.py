# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'file_reading_section.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QTabWidget, QVBoxLayout, QWidget)

class Ui_FileReadingSection(object):
    def setupUi(self, FileReadingSection):
        if not FileReadingSection.objectName():
            FileReadingSection.setObjectName(u"FileReadingSection")
        FileReadingSection.resize(1100, 560)
        self.sectionLayout = QVBoxLayout(FileReadingSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.pages = QTabWidget(FileReadingSection)
        self.pages.setObjectName(u"pages")
        self.basePage = QWidget()
        self.basePage.setObjectName(u"basePage")
        self.basePageLayout = QVBoxLayout(self.basePage)
        self.basePageLayout.setObjectName(u"basePageLayout")
        self.basePageLayout.setContentsMargins(0, 0, 0, 0)
        self.basePlaceholder = QWidget(self.basePage)
        self.basePlaceholder.setObjectName(u"basePlaceholder")

        self.basePageLayout.addWidget(self.basePlaceholder)

        self.pages.addTab(self.basePage, "")
        self.readersPage = QWidget()
        self.readersPage.setObjectName(u"readersPage")
        self.readersPageLayout = QVBoxLayout(self.readersPage)
        self.readersPageLayout.setObjectName(u"readersPageLayout")
        self.readersPageLayout.setContentsMargins(0, 0, 0, 0)
        self.readersPlaceholder = QWidget(self.readersPage)
        self.readersPlaceholder.setObjectName(u"readersPlaceholder")

        self.readersPageLayout.addWidget(self.readersPlaceholder)

        self.pages.addTab(self.readersPage, "")
        self.samplePage = QWidget()
        self.samplePage.setObjectName(u"samplePage")
        self.samplePageLayout = QVBoxLayout(self.samplePage)
        self.samplePageLayout.setObjectName(u"samplePageLayout")
        self.samplePageLayout.setContentsMargins(0, 0, 0, 0)
        self.samplePlaceholder = QWidget(self.samplePage)
        self.samplePlaceholder.setObjectName(u"samplePlaceholder")

        self.samplePageLayout.addWidget(self.samplePlaceholder)

        self.pages.addTab(self.samplePage, "")
        self.progressPage = QWidget()
        self.progressPage.setObjectName(u"progressPage")
        self.progressPageLayout = QVBoxLayout(self.progressPage)
        self.progressPageLayout.setObjectName(u"progressPageLayout")
        self.progressPageLayout.setContentsMargins(0, 0, 0, 0)
        self.progressPlaceholder = QWidget(self.progressPage)
        self.progressPlaceholder.setObjectName(u"progressPlaceholder")

        self.progressPageLayout.addWidget(self.progressPlaceholder)

        self.pages.addTab(self.progressPage, "")

        self.sectionLayout.addWidget(self.pages)


        self.retranslateUi(FileReadingSection)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(FileReadingSection)
    # setupUi

    def retranslateUi(self, FileReadingSection):
        self.pages.setTabText(self.pages.indexOf(self.basePage), QCoreApplication.translate("FileReadingSection", u"&Base", None))
        self.pages.setTabText(self.pages.indexOf(self.readersPage), QCoreApplication.translate("FileReadingSection", u"Reader&s", None))
        self.pages.setTabText(self.pages.indexOf(self.samplePage), QCoreApplication.translate("FileReadingSection", u"Sample an&d allocation", None))
        self.pages.setTabText(self.pages.indexOf(self.progressPage), QCoreApplication.translate("FileReadingSection", u"Pro&gress", None))
        pass
    # retranslateUi

