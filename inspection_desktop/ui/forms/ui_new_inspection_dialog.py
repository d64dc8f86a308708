# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_inspection_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_NewInspectionDialog(object):
    def setupUi(self, NewInspectionDialog):
        if not NewInspectionDialog.objectName():
            NewInspectionDialog.setObjectName(u"NewInspectionDialog")
        NewInspectionDialog.resize(480, 230)
        self.layout = QVBoxLayout(NewInspectionDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(NewInspectionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.areaLabel = QLabel(NewInspectionDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaEdit = QLineEdit(NewInspectionDialog)
        self.areaEdit.setObjectName(u"areaEdit")
        self.areaEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.areaEdit)

        self.notifiedLabel = QLabel(NewInspectionDialog)
        self.notifiedLabel.setObjectName(u"notifiedLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.notifiedLabel)

        self.notifiedEdit = QDateEdit(NewInspectionDialog)
        self.notifiedEdit.setObjectName(u"notifiedEdit")
        self.notifiedEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notifiedEdit)


        self.layout.addLayout(self.form)

        self.weekOneLabel = QLabel(NewInspectionDialog)
        self.weekOneLabel.setObjectName(u"weekOneLabel")
        self.weekOneLabel.setWordWrap(True)

        self.layout.addWidget(self.weekOneLabel)

        self.buttonBox = QDialogButtonBox(NewInspectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.areaLabel.setBuddy(self.areaEdit)
        self.notifiedLabel.setBuddy(self.notifiedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewInspectionDialog)

        QMetaObject.connectSlotsByName(NewInspectionDialog)
    # setupUi

    def retranslateUi(self, NewInspectionDialog):
        NewInspectionDialog.setWindowTitle(QCoreApplication.translate("NewInspectionDialog", u"New inspection", None))
        self.introLabel.setText(QCoreApplication.translate("NewInspectionDialog", u"Create the plan from the date on the Care Inspectorate's notification letter. Week 1 is the week that holds that date.", None))
        self.areaLabel.setText(QCoreApplication.translate("NewInspectionDialog", u"&Partnership:", None))
        self.areaEdit.setPlaceholderText(QCoreApplication.translate("NewInspectionDialog", u"e.g. Glenmorven Community Planning Partnership", None))
        self.notifiedLabel.setText(QCoreApplication.translate("NewInspectionDialog", u"&Date of the notification letter:", None))
        self.notifiedEdit.setDisplayFormat(QCoreApplication.translate("NewInspectionDialog", u"d MMMM yyyy", None))
        self.weekOneLabel.setText("")
    # retranslateUi

