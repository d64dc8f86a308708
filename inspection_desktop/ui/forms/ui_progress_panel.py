# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'progress_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QTableView, QVBoxLayout)

class Ui_ProgressPanel(object):
    def setupUi(self, ProgressPanel):
        if not ProgressPanel.objectName():
            ProgressPanel.setObjectName(u"ProgressPanel")
        ProgressPanel.resize(1100, 560)
        self.progressPageLayout = QVBoxLayout(ProgressPanel)
        self.progressPageLayout.setObjectName(u"progressPageLayout")
        self.progressSummary = QLabel(ProgressPanel)
        self.progressSummary.setObjectName(u"progressSummary")
        self.progressSummary.setWordWrap(True)

        self.progressPageLayout.addWidget(self.progressSummary)

        self.byDayLabel = QLabel(ProgressPanel)
        self.byDayLabel.setObjectName(u"byDayLabel")

        self.progressPageLayout.addWidget(self.byDayLabel)

        self.byDayView = QTableView(ProgressPanel)
        self.byDayView.setObjectName(u"byDayView")
        self.byDayView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.byDayView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.byDayView.setSortingEnabled(True)
        self.byDayView.setAlternatingRowColors(True)
        self.byDayView.setWordWrap(False)
        self.byDayView.setTabKeyNavigation(False)

        self.progressPageLayout.addWidget(self.byDayView)

        self.byPairLabel = QLabel(ProgressPanel)
        self.byPairLabel.setObjectName(u"byPairLabel")

        self.progressPageLayout.addWidget(self.byPairLabel)

        self.byReaderView = QTableView(ProgressPanel)
        self.byReaderView.setObjectName(u"byReaderView")
        self.byReaderView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.byReaderView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.byReaderView.setSortingEnabled(True)
        self.byReaderView.setAlternatingRowColors(True)
        self.byReaderView.setWordWrap(False)
        self.byReaderView.setTabKeyNavigation(False)

        self.progressPageLayout.addWidget(self.byReaderView)

        self.progressPageLayout.setStretch(2, 1)
        self.progressPageLayout.setStretch(4, 2)

        self.retranslateUi(ProgressPanel)

        QMetaObject.connectSlotsByName(ProgressPanel)
    # setupUi

    def retranslateUi(self, ProgressPanel):
        self.byDayLabel.setText(QCoreApplication.translate("ProgressPanel", u"By day", None))
#if QT_CONFIG(accessibility)
        self.byDayView.setAccessibleName(QCoreApplication.translate("ProgressPanel", u"Progress by day", None))
#endif // QT_CONFIG(accessibility)
        self.byPairLabel.setText(QCoreApplication.translate("ProgressPanel", u"By reader", None))
#if QT_CONFIG(accessibility)
        self.byReaderView.setAccessibleName(QCoreApplication.translate("ProgressPanel", u"Progress by reader", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

