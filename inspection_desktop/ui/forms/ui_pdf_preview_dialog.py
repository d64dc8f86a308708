# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_preview_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PdfPreviewDialog(object):
    def setupUi(self, PdfPreviewDialog):
        if not PdfPreviewDialog.objectName():
            PdfPreviewDialog.setObjectName(u"PdfPreviewDialog")
        PdfPreviewDialog.resize(900, 720)
        self.layout = QVBoxLayout(PdfPreviewDialog)
        self.layout.setObjectName(u"layout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.previousButton = QPushButton(PdfPreviewDialog)
        self.previousButton.setObjectName(u"previousButton")

        self.toolbar.addWidget(self.previousButton)

        self.nextButton = QPushButton(PdfPreviewDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.toolbar.addWidget(self.nextButton)

        self.pageLabel = QLabel(PdfPreviewDialog)
        self.pageLabel.setObjectName(u"pageLabel")
        self.pageLabel.setMinimumSize(QSize(110, 0))

        self.toolbar.addWidget(self.pageLabel)

        self.zoomOutButton = QPushButton(PdfPreviewDialog)
        self.zoomOutButton.setObjectName(u"zoomOutButton")

        self.toolbar.addWidget(self.zoomOutButton)

        self.zoomInButton = QPushButton(PdfPreviewDialog)
        self.zoomInButton.setObjectName(u"zoomInButton")

        self.toolbar.addWidget(self.zoomInButton)

        self.fitWidthButton = QPushButton(PdfPreviewDialog)
        self.fitWidthButton.setObjectName(u"fitWidthButton")
        self.fitWidthButton.setCheckable(True)

        self.toolbar.addWidget(self.fitWidthButton)

        self.toolbarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbarSpacer)

        self.printButton = QPushButton(PdfPreviewDialog)
        self.printButton.setObjectName(u"printButton")

        self.toolbar.addWidget(self.printButton)

        self.saveButton = QPushButton(PdfPreviewDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.toolbar.addWidget(self.saveButton)

        self.closeButton = QPushButton(PdfPreviewDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.toolbar.addWidget(self.closeButton)


        self.layout.addLayout(self.toolbar)

        self.viewHost = QWidget(PdfPreviewDialog)
        self.viewHost.setObjectName(u"viewHost")
        self.viewLayout = QVBoxLayout(self.viewHost)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(0, 0, 0, 0)

        self.layout.addWidget(self.viewHost)


        self.retranslateUi(PdfPreviewDialog)

        QMetaObject.connectSlotsByName(PdfPreviewDialog)
    # setupUi

    def retranslateUi(self, PdfPreviewDialog):
        PdfPreviewDialog.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", u"Preview", None))
        self.previousButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Previous page", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Page Up", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Next page", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Page Down", None))
#endif // QT_CONFIG(tooltip)
        self.zoomOutButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"Zoom &out", None))
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Ctrl+-", None))
#endif // QT_CONFIG(tooltip)
        self.zoomInButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"Zoom &in", None))
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Ctrl++", None))
#endif // QT_CONFIG(tooltip)
        self.fitWidthButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Fit width", None))
        self.printButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"P&rint\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Save\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Close", None))
    # retranslateUi

