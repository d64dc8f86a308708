# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'file_reading_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableView,
    QTimeEdit, QVBoxLayout, QWidget)

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
        self.baseColumns = QHBoxLayout()
        self.baseColumns.setObjectName(u"baseColumns")
        self.baseForm = QFormLayout()
        self.baseForm.setObjectName(u"baseForm")
        self.baseLabel = QLabel(self.basePage)
        self.baseLabel.setObjectName(u"baseLabel")

        self.baseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.baseLabel)

        self.baseCombo = QComboBox(self.basePage)
        self.baseCombo.setObjectName(u"baseCombo")

        self.baseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.baseCombo)

        self.venueLabel = QLabel(self.basePage)
        self.venueLabel.setObjectName(u"venueLabel")

        self.baseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(self.basePage)
        self.venueEdit.setObjectName(u"venueEdit")

        self.baseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.addressLabel = QLabel(self.basePage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.baseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(self.basePage)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)
        self.addressEdit.setMaximumSize(QSize(16777215, 64))

        self.baseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.accessLabel = QLabel(self.basePage)
        self.accessLabel.setObjectName(u"accessLabel")

        self.baseForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.accessLabel)

        self.accessEdit = QPlainTextEdit(self.basePage)
        self.accessEdit.setObjectName(u"accessEdit")
        self.accessEdit.setTabChangesFocus(True)
        self.accessEdit.setMaximumSize(QSize(16777215, 64))

        self.baseForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.accessEdit)

        self.printersLabel = QLabel(self.basePage)
        self.printersLabel.setObjectName(u"printersLabel")

        self.baseForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.printersLabel)

        self.printersEdit = QLineEdit(self.basePage)
        self.printersEdit.setObjectName(u"printersEdit")

        self.baseForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.printersEdit)

        self.contactLabel = QLabel(self.basePage)
        self.contactLabel.setObjectName(u"contactLabel")

        self.baseForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactLayout = QHBoxLayout()
        self.contactLayout.setObjectName(u"contactLayout")
        self.contactNameEdit = QLineEdit(self.basePage)
        self.contactNameEdit.setObjectName(u"contactNameEdit")

        self.contactLayout.addWidget(self.contactNameEdit)

        self.contactPhoneEdit = QLineEdit(self.basePage)
        self.contactPhoneEdit.setObjectName(u"contactPhoneEdit")

        self.contactLayout.addWidget(self.contactPhoneEdit)


        self.baseForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.contactLayout)

        self.firstDayLabel = QLabel(self.basePage)
        self.firstDayLabel.setObjectName(u"firstDayLabel")

        self.baseForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.firstDayLabel)

        self.daysLayout = QHBoxLayout()
        self.daysLayout.setObjectName(u"daysLayout")
        self.firstDayEdit = QDateEdit(self.basePage)
        self.firstDayEdit.setObjectName(u"firstDayEdit")
        self.firstDayEdit.setCalendarPopup(True)

        self.daysLayout.addWidget(self.firstDayEdit)

        self.dayCountLabel = QLabel(self.basePage)
        self.dayCountLabel.setObjectName(u"dayCountLabel")

        self.daysLayout.addWidget(self.dayCountLabel)

        self.dayCountSpin = QSpinBox(self.basePage)
        self.dayCountSpin.setObjectName(u"dayCountSpin")
        self.dayCountSpin.setMinimum(1)
        self.dayCountSpin.setMaximum(10)
        self.dayCountSpin.setValue(3)

        self.daysLayout.addWidget(self.dayCountSpin)

        self.daysSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.daysLayout.addItem(self.daysSpacer)


        self.baseForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.daysLayout)

        self.opensLabel = QLabel(self.basePage)
        self.opensLabel.setObjectName(u"opensLabel")

        self.baseForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.opensLabel)

        self.hoursLayout = QHBoxLayout()
        self.hoursLayout.setObjectName(u"hoursLayout")
        self.opensEdit = QTimeEdit(self.basePage)
        self.opensEdit.setObjectName(u"opensEdit")

        self.hoursLayout.addWidget(self.opensEdit)

        self.closesLabel = QLabel(self.basePage)
        self.closesLabel.setObjectName(u"closesLabel")

        self.hoursLayout.addWidget(self.closesLabel)

        self.closesEdit = QTimeEdit(self.basePage)
        self.closesEdit.setObjectName(u"closesEdit")

        self.hoursLayout.addWidget(self.closesEdit)

        self.hoursSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hoursLayout.addItem(self.hoursSpacer)


        self.baseForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.hoursLayout)


        self.baseColumns.addLayout(self.baseForm)

        self.baseRightLayout = QVBoxLayout()
        self.baseRightLayout.setObjectName(u"baseRightLayout")
        self.roomsLabel = QLabel(self.basePage)
        self.roomsLabel.setObjectName(u"roomsLabel")

        self.baseRightLayout.addWidget(self.roomsLabel)

        self.roomsView = QTableView(self.basePage)
        self.roomsView.setObjectName(u"roomsView")
        self.roomsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roomsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.roomsView.setTabKeyNavigation(False)
        self.roomsView.setMaximumSize(QSize(16777215, 120))

        self.baseRightLayout.addWidget(self.roomsView)

        self.roomButtons = QHBoxLayout()
        self.roomButtons.setObjectName(u"roomButtons")
        self.addRoomButton = QPushButton(self.basePage)
        self.addRoomButton.setObjectName(u"addRoomButton")

        self.roomButtons.addWidget(self.addRoomButton)

        self.removeRoomButton = QPushButton(self.basePage)
        self.removeRoomButton.setObjectName(u"removeRoomButton")

        self.roomButtons.addWidget(self.removeRoomButton)

        self.roomButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roomButtons.addItem(self.roomButtonsSpacer)


        self.baseRightLayout.addLayout(self.roomButtons)

        self.ictLabel = QLabel(self.basePage)
        self.ictLabel.setObjectName(u"ictLabel")

        self.baseRightLayout.addWidget(self.ictLabel)

        self.ictEdit = QPlainTextEdit(self.basePage)
        self.ictEdit.setObjectName(u"ictEdit")
        self.ictEdit.setTabChangesFocus(True)

        self.baseRightLayout.addWidget(self.ictEdit)


        self.baseColumns.addLayout(self.baseRightLayout)

        self.baseColumns.setStretch(0, 1)
        self.baseColumns.setStretch(1, 1)

        self.basePageLayout.addLayout(self.baseColumns)

        self.baseButtons = QHBoxLayout()
        self.baseButtons.setObjectName(u"baseButtons")
        self.saveBaseButton = QPushButton(self.basePage)
        self.saveBaseButton.setObjectName(u"saveBaseButton")

        self.baseButtons.addWidget(self.saveBaseButton)

        self.baseMessage = QLabel(self.basePage)
        self.baseMessage.setObjectName(u"baseMessage")
        self.baseMessage.setWordWrap(True)

        self.baseButtons.addWidget(self.baseMessage)

        self.baseButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.baseButtons.addItem(self.baseButtonsSpacer)


        self.basePageLayout.addLayout(self.baseButtons)

        self.notReadyLabel = QLabel(self.basePage)
        self.notReadyLabel.setObjectName(u"notReadyLabel")

        self.basePageLayout.addWidget(self.notReadyLabel)

        self.notReadyView = QTableView(self.basePage)
        self.notReadyView.setObjectName(u"notReadyView")
        self.notReadyView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notReadyView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.notReadyView.setSortingEnabled(True)
        self.notReadyView.setAlternatingRowColors(True)
        self.notReadyView.setWordWrap(False)
        self.notReadyView.setTabKeyNavigation(False)

        self.basePageLayout.addWidget(self.notReadyView)

        self.basePageLayout.setStretch(3, 1)
        self.pages.addTab(self.basePage, "")
        self.readersPage = QWidget()
        self.readersPage.setObjectName(u"readersPage")
        self.readersPageLayout = QVBoxLayout(self.readersPage)
        self.readersPageLayout.setObjectName(u"readersPageLayout")
        self.readersHint = QLabel(self.readersPage)
        self.readersHint.setObjectName(u"readersHint")
        self.readersHint.setWordWrap(True)

        self.readersPageLayout.addWidget(self.readersHint)

        self.readersView = QTableView(self.readersPage)
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
        self.editReaderButton = QPushButton(self.readersPage)
        self.editReaderButton.setObjectName(u"editReaderButton")

        self.readerButtons.addWidget(self.editReaderButton)

        self.makePairsButton = QPushButton(self.readersPage)
        self.makePairsButton.setObjectName(u"makePairsButton")

        self.readerButtons.addWidget(self.makePairsButton)

        self.pairWithButton = QPushButton(self.readersPage)
        self.pairWithButton.setObjectName(u"pairWithButton")

        self.readerButtons.addWidget(self.pairWithButton)

        self.unpairButton = QPushButton(self.readersPage)
        self.unpairButton.setObjectName(u"unpairButton")

        self.readerButtons.addWidget(self.unpairButton)

        self.sheetsButton = QPushButton(self.readersPage)
        self.sheetsButton.setObjectName(u"sheetsButton")

        self.readerButtons.addWidget(self.sheetsButton)

        self.readerButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.readerButtons.addItem(self.readerButtonsSpacer)


        self.readersPageLayout.addLayout(self.readerButtons)

        self.readersPageLayout.setStretch(1, 1)
        self.pages.addTab(self.readersPage, "")
        self.samplePage = QWidget()
        self.samplePage.setObjectName(u"samplePage")
        self.samplePageLayout = QVBoxLayout(self.samplePage)
        self.samplePageLayout.setObjectName(u"samplePageLayout")
        self.sampleButtons = QHBoxLayout()
        self.sampleButtons.setObjectName(u"sampleButtons")
        self.importButton = QPushButton(self.samplePage)
        self.importButton.setObjectName(u"importButton")

        self.sampleButtons.addWidget(self.importButton)

        self.allocateButton = QPushButton(self.samplePage)
        self.allocateButton.setObjectName(u"allocateButton")

        self.sampleButtons.addWidget(self.allocateButton)

        self.siblingButton = QPushButton(self.samplePage)
        self.siblingButton.setObjectName(u"siblingButton")

        self.sampleButtons.addWidget(self.siblingButton)

        self.placeButton = QPushButton(self.samplePage)
        self.placeButton.setObjectName(u"placeButton")

        self.sampleButtons.addWidget(self.placeButton)

        self.clearButton = QPushButton(self.samplePage)
        self.clearButton.setObjectName(u"clearButton")

        self.sampleButtons.addWidget(self.clearButton)

        self.timetableButton = QPushButton(self.samplePage)
        self.timetableButton.setObjectName(u"timetableButton")

        self.sampleButtons.addWidget(self.timetableButton)

        self.sampleButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sampleButtons.addItem(self.sampleButtonsSpacer)


        self.samplePageLayout.addLayout(self.sampleButtons)

        self.sampleSummary = QLabel(self.samplePage)
        self.sampleSummary.setObjectName(u"sampleSummary")
        self.sampleSummary.setWordWrap(True)

        self.samplePageLayout.addWidget(self.sampleSummary)

        self.sampleView = QTableView(self.samplePage)
        self.sampleView.setObjectName(u"sampleView")
        self.sampleView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sampleView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.sampleView.setSortingEnabled(True)
        self.sampleView.setAlternatingRowColors(True)
        self.sampleView.setWordWrap(False)
        self.sampleView.setTabKeyNavigation(False)

        self.samplePageLayout.addWidget(self.sampleView)

        self.statusButtons = QHBoxLayout()
        self.statusButtons.setObjectName(u"statusButtons")
        self.statusLabel = QLabel(self.samplePage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.statusButtons.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(self.samplePage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.statusButtons.addWidget(self.statusCombo)

        self.concernButton = QPushButton(self.samplePage)
        self.concernButton.setObjectName(u"concernButton")

        self.statusButtons.addWidget(self.concernButton)

        self.statusButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusButtons.addItem(self.statusButtonsSpacer)


        self.samplePageLayout.addLayout(self.statusButtons)

        self.samplePageLayout.setStretch(2, 1)
        self.pages.addTab(self.samplePage, "")
        self.progressPage = QWidget()
        self.progressPage.setObjectName(u"progressPage")
        self.progressPageLayout = QVBoxLayout(self.progressPage)
        self.progressPageLayout.setObjectName(u"progressPageLayout")
        self.progressSummary = QLabel(self.progressPage)
        self.progressSummary.setObjectName(u"progressSummary")
        self.progressSummary.setWordWrap(True)

        self.progressPageLayout.addWidget(self.progressSummary)

        self.byDayLabel = QLabel(self.progressPage)
        self.byDayLabel.setObjectName(u"byDayLabel")

        self.progressPageLayout.addWidget(self.byDayLabel)

        self.byDayView = QTableView(self.progressPage)
        self.byDayView.setObjectName(u"byDayView")
        self.byDayView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.byDayView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.byDayView.setSortingEnabled(True)
        self.byDayView.setAlternatingRowColors(True)
        self.byDayView.setWordWrap(False)
        self.byDayView.setTabKeyNavigation(False)

        self.progressPageLayout.addWidget(self.byDayView)

        self.byPairLabel = QLabel(self.progressPage)
        self.byPairLabel.setObjectName(u"byPairLabel")

        self.progressPageLayout.addWidget(self.byPairLabel)

        self.byReaderView = QTableView(self.progressPage)
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
        self.pages.addTab(self.progressPage, "")

        self.sectionLayout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.baseLabel.setBuddy(self.baseCombo)
        self.venueLabel.setBuddy(self.venueEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.accessLabel.setBuddy(self.accessEdit)
        self.printersLabel.setBuddy(self.printersEdit)
        self.contactLabel.setBuddy(self.contactNameEdit)
        self.firstDayLabel.setBuddy(self.firstDayEdit)
        self.dayCountLabel.setBuddy(self.dayCountSpin)
        self.opensLabel.setBuddy(self.opensEdit)
        self.closesLabel.setBuddy(self.closesEdit)
        self.roomsLabel.setBuddy(self.roomsView)
        self.ictLabel.setBuddy(self.ictEdit)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FileReadingSection)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(FileReadingSection)
    # setupUi

    def retranslateUi(self, FileReadingSection):
        self.baseLabel.setText(QCoreApplication.translate("FileReadingSection", u"Base:", None))
#if QT_CONFIG(accessibility)
        self.baseCombo.setAccessibleName(QCoreApplication.translate("FileReadingSection", u"Reading base", None))
#endif // QT_CONFIG(accessibility)
        self.venueLabel.setText(QCoreApplication.translate("FileReadingSection", u"Ven&ue:", None))
#if QT_CONFIG(accessibility)
        self.venueEdit.setAccessibleName(QCoreApplication.translate("FileReadingSection", u"Venue", None))
#endif // QT_CONFIG(accessibility)
        self.venueEdit.setPlaceholderText(QCoreApplication.translate("FileReadingSection", u"Building and floor, e.g. Council Offices, second floor", None))
        self.addressLabel.setText(QCoreApplication.translate("FileReadingSection", u"Address:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("FileReadingSection", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.accessLabel.setText(QCoreApplication.translate("FileReadingSection", u"Access:", None))
#if QT_CONFIG(accessibility)
        self.accessEdit.setAccessibleName(QCoreApplication.translate("FileReadingSection", u"Access arrangements", None))
#endif // QT_CONFIG(accessibility)
        self.accessEdit.setPlaceholderText(QCoreApplication.translate("FileReadingSection", u"Signing in, passes, parking, opening times", None))
        self.printersLabel.setText(QCoreApplication.translate("FileReadingSection", u"Printers:", None))
#if QT_CONFIG(accessibility)
        self.printersEdit.setAccessibleName(QCoreApplication.translate("FileReadingSection", u"Printers", None))
#endif // QT_CONFIG(accessibility)
        self.printersEdit.setPlaceholderText(QCoreApplication.translate("FileReadingSection", u"Secure printers, confidential waste", None))
        self.contactLabel.setText(QCoreApplication.translate("FileReadingSection", u"On-site con&tact:", None))
#if QT_CONFIG(accessibility)
        self.contactNameEdit.setAccessibleName(QCoreApplication.translate("FileReadingSection", u"On-site contact", None))
#endif // QT_CONFIG(accessibility)
        self.contactNameEdit.setPlaceholderText(QCoreApplication.translate("FileReadingSection", u"Name", None))
#if QT_CONFIG(accessibility)
        self.contactPhoneEdit.setAccessibleName(QCoreApplication.translate("FileReadingSection", u"On-site contact's phone", None))
#endif // QT_CONFIG(accessibility)
        self.contactPhoneEdit.setPlaceholderText(QCoreApplication.translate("FileReadingSection", u"Phone", None))
        self.firstDayLabel.setText(QCoreApplication.translate("FileReadingSection", u"First reading da&y:", None))
        self.firstDayEdit.setDisplayFormat(QCoreApplication.translate("FileReadingSection", u"ddd d MMMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.firstDayEdit.setAccessibleName(QCoreApplication.translate("FileReadingSection", u"First reading day", None))
#endif // QT_CONFIG(accessibility)
        self.dayCountLabel.setText(QCoreApplication.translate("FileReadingSection", u"for", None))
        self.dayCountSpin.setSuffix(QCoreApplication.translate("FileReadingSection", u" working days", None))
#if QT_CONFIG(accessibility)
        self.dayCountSpin.setAccessibleName(QCoreApplication.translate("FileReadingSection", u"Number of reading days", None))
#endif // QT_CONFIG(accessibility)
        self.opensLabel.setText(QCoreApplication.translate("FileReadingSection", u"&Opens:", None))
        self.opensEdit.setDisplayFormat(QCoreApplication.translate("FileReadingSection", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.opensEdit.setAccessibleName(QCoreApplication.translate("FileReadingSection", u"Opens at", None))
#endif // QT_CONFIG(accessibility)
        self.closesLabel.setText(QCoreApplication.translate("FileReadingSection", u"closes", None))
        self.closesEdit.setDisplayFormat(QCoreApplication.translate("FileReadingSection", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.closesEdit.setAccessibleName(QCoreApplication.translate("FileReadingSection", u"Closes at", None))
#endif // QT_CONFIG(accessibility)
        self.roomsLabel.setText(QCoreApplication.translate("FileReadingSection", u"Rooms and des&ks:", None))
#if QT_CONFIG(accessibility)
        self.roomsView.setAccessibleName(QCoreApplication.translate("FileReadingSection", u"Rooms and desks", None))
#endif // QT_CONFIG(accessibility)
        self.addRoomButton.setText(QCoreApplication.translate("FileReadingSection", u"&Add room", None))
        self.removeRoomButton.setText(QCoreApplication.translate("FileReadingSection", u"Remove room", None))
        self.ictLabel.setText(QCoreApplication.translate("FileReadingSection", u"Ho&w to log in (ICT):", None))
#if QT_CONFIG(accessibility)
        self.ictEdit.setAccessibleName(QCoreApplication.translate("FileReadingSection", u"ICT login process", None))
#endif // QT_CONFIG(accessibility)
        self.ictEdit.setPlaceholderText(QCoreApplication.translate("FileReadingSection", u"For each agency system: the account, how to log in, who to call", None))
        self.saveBaseButton.setText(QCoreApplication.translate("FileReadingSection", u"Save &changes", None))
        self.notReadyLabel.setText(QCoreApplication.translate("FileReadingSection", u"Who is not ready yet", None))
#if QT_CONFIG(accessibility)
        self.notReadyView.setAccessibleName(QCoreApplication.translate("FileReadingSection", u"Readers not ready", None))
#endif // QT_CONFIG(accessibility)
        self.pages.setTabText(self.pages.indexOf(self.basePage), QCoreApplication.translate("FileReadingSection", u"&Base", None))
        self.readersHint.setText(QCoreApplication.translate("FileReadingSection", u"Readers come from People: anyone with the local file reader role, and the inspectors (inspection lead, depute, link inspectors, scrutiny partners). Training counts as attended when the person is marked present at the week-11 training meeting.", None))
#if QT_CONFIG(accessibility)
        self.readersView.setAccessibleName(QCoreApplication.translate("FileReadingSection", u"Readers", None))
#endif // QT_CONFIG(accessibility)
        self.editReaderButton.setText(QCoreApplication.translate("FileReadingSection", u"&Update reader\u2026", None))
        self.makePairsButton.setText(QCoreApplication.translate("FileReadingSection", u"Ma&ke pairs", None))
#if QT_CONFIG(tooltip)
        self.makePairsButton.setToolTip(QCoreApplication.translate("FileReadingSection", u"Pair each inspector not yet in a pair with a local reader not yet in one", None))
#endif // QT_CONFIG(tooltip)
        self.pairWithButton.setText(QCoreApplication.translate("FileReadingSection", u"Pair &with\u2026", None))
        self.unpairButton.setText(QCoreApplication.translate("FileReadingSection", u"Unpair", None))
        self.sheetsButton.setText(QCoreApplication.translate("FileReadingSection", u"Print reader shee&ts\u2026", None))
        self.pages.setTabText(self.pages.indexOf(self.readersPage), QCoreApplication.translate("FileReadingSection", u"Reader&s", None))
        self.importButton.setText(QCoreApplication.translate("FileReadingSection", u"Imp&ort sample\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("FileReadingSection", u"The CSV or Excel list the Care Inspectorate sends: case-record references only", None))
#endif // QT_CONFIG(tooltip)
        self.allocateButton.setText(QCoreApplication.translate("FileReadingSection", u"&Allocate", None))
#if QT_CONFIG(tooltip)
        self.allocateButton.setToolTip(QCoreApplication.translate("FileReadingSection", u"Place every record not placed by hand with a pair and a session", None))
#endif // QT_CONFIG(tooltip)
        self.siblingButton.setText(QCoreApplication.translate("FileReadingSection", u"Sibling gro&up\u2026", None))
        self.placeButton.setText(QCoreApplication.translate("FileReadingSection", u"Place b&y hand\u2026", None))
        self.clearButton.setText(QCoreApplication.translate("FileReadingSection", u"Clear placement", None))
        self.timetableButton.setText(QCoreApplication.translate("FileReadingSection", u"Print &timetable\u2026", None))
#if QT_CONFIG(accessibility)
        self.sampleView.setAccessibleName(QCoreApplication.translate("FileReadingSection", u"Sample records", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("FileReadingSection", u"Mar&k as:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("FileReadingSection", u"Reading status of the selected records", None))
#endif // QT_CONFIG(accessibility)
        self.concernButton.setText(QCoreApplication.translate("FileReadingSection", u"&Concern passed on\u2026", None))
#if QT_CONFIG(tooltip)
        self.concernButton.setToolTip(QCoreApplication.translate("FileReadingSection", u"Record only the date a concern was passed on to the inspection lead", None))
#endif // QT_CONFIG(tooltip)
        self.pages.setTabText(self.pages.indexOf(self.samplePage), QCoreApplication.translate("FileReadingSection", u"Sample an&d allocation", None))
        self.byDayLabel.setText(QCoreApplication.translate("FileReadingSection", u"By day", None))
#if QT_CONFIG(accessibility)
        self.byDayView.setAccessibleName(QCoreApplication.translate("FileReadingSection", u"Progress by day", None))
#endif // QT_CONFIG(accessibility)
        self.byPairLabel.setText(QCoreApplication.translate("FileReadingSection", u"By reader", None))
#if QT_CONFIG(accessibility)
        self.byReaderView.setAccessibleName(QCoreApplication.translate("FileReadingSection", u"Progress by reader", None))
#endif // QT_CONFIG(accessibility)
        self.pages.setTabText(self.pages.indexOf(self.progressPage), QCoreApplication.translate("FileReadingSection", u"Pro&gress", None))
        pass
    # retranslateUi

