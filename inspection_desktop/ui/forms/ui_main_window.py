# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtGui import (QAction)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QMenu, QMenuBar, QPushButton, QSizePolicy, QSpacerItem, QStatusBar, QTabWidget, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 720)
        self.actionNewInspection = QAction(MainWindow)
        self.actionNewInspection.setObjectName(u"actionNewInspection")
        self.actionSwitchInspection = QAction(MainWindow)
        self.actionSwitchInspection.setObjectName(u"actionSwitchInspection")
        self.actionAddDemo = QAction(MainWindow)
        self.actionAddDemo.setObjectName(u"actionAddDemo")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.headingLayout = QHBoxLayout()
        self.headingLayout.setObjectName(u"headingLayout")
        self.inspectionHeading = QLabel(self.centralwidget)
        self.inspectionHeading.setObjectName(u"inspectionHeading")

        self.headingLayout.addWidget(self.inspectionHeading)

        self.headingSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headingLayout.addItem(self.headingSpacer)

        self.weekSummaryLabel = QLabel(self.centralwidget)
        self.weekSummaryLabel.setObjectName(u"weekSummaryLabel")

        self.headingLayout.addWidget(self.weekSummaryLabel)


        self.centralLayout.addLayout(self.headingLayout)

        self.demoBanner = QFrame(self.centralwidget)
        self.demoBanner.setObjectName(u"demoBanner")
        self.demoBannerLayout = QHBoxLayout(self.demoBanner)
        self.demoBannerLayout.setObjectName(u"demoBannerLayout")
        self.demoBannerLayout.setContentsMargins(-1, 4, -1, 4)
        self.demoBannerLabel = QLabel(self.demoBanner)
        self.demoBannerLabel.setObjectName(u"demoBannerLabel")
        self.demoBannerLabel.setWordWrap(True)

        self.demoBannerLayout.addWidget(self.demoBannerLabel)

        self.startOwnButton = QPushButton(self.demoBanner)
        self.startOwnButton.setObjectName(u"startOwnButton")

        self.demoBannerLayout.addWidget(self.startOwnButton)

        self.demoBannerLayout.setStretch(0, 1)

        self.centralLayout.addWidget(self.demoBanner)

        self.sectionTabs = QTabWidget(self.centralwidget)
        self.sectionTabs.setObjectName(u"sectionTabs")
        self.sectionTabs.setDocumentMode(True)

        self.centralLayout.addWidget(self.sectionTabs)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menubar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuInspection = QMenu(self.menubar)
        self.menuInspection.setObjectName(u"menuInspection")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuEdit.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuInspection.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewInspection)
        self.menuFile.addAction(self.actionSwitchInspection)
        self.menuFile.addAction(self.actionAddDemo)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Inspection Desktop", None))
        self.actionNewInspection.setText(QCoreApplication.translate("MainWindow", u"&New inspection\u2026", None))
        self.actionSwitchInspection.setText(QCoreApplication.translate("MainWindow", u"&Open inspection\u2026", None))
        self.actionAddDemo.setText(QCoreApplication.translate("MainWindow", u"Add &demo inspection", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Inspection Desktop", None))
        self.inspectionHeading.setText(QCoreApplication.translate("MainWindow", u"No inspection open", None))
        self.weekSummaryLabel.setText("")
        self.demoBanner.setStyleSheet(QCoreApplication.translate("MainWindow", u"QFrame#demoBanner { background: #FFF4CE; border: 1px solid #E0C060; border-radius: 3px; }", None))
        self.demoBannerLabel.setText(QCoreApplication.translate("MainWindow", u"This is a demo inspection of made-up people and dates, to look around in. Nothing you do here touches a real plan.", None))
        self.startOwnButton.setText(QCoreApplication.translate("MainWindow", u"Start your own inspection\u2026", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuInspection.setTitle(QCoreApplication.translate("MainWindow", u"I&nspection", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

