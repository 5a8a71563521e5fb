#include "LedgerImportDialog.h"

#include "Error.h"
#include "progress/WorkProgressDialog.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ogi::ui {

namespace {
    constexpr int kPreviewRows = 200;

    QWidget* withButton(QLineEdit* edit, QPushButton* button, QWidget* parent)
    {
        auto* row = new QWidget(parent);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(edit, 1);
        layout->addWidget(button);
        return row;
    }
} // namespace

LedgerImportDialog::LedgerImportDialog(const Database& database, const UserAccount& user, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_user(user)
    , m_file(new QLineEdit(this))
    , m_encoding(new QComboBox(this))
    , m_mapping(new QLineEdit(this))
    , m_preview(new QTableWidget(this))
    , m_problems(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_skipInvalid(new QCheckBox(this))
    , m_copiesRow(new QWidget(this))
    , m_copies(new QComboBox(this))
    , m_import(new QPushButton(tr("&Import"), this))
{
    setWindowTitle(tr("Import a ledger"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr(".csv, .xlsx or .xls with a header row (编号, 收到日期, 申请人, 申请内容 …)"));
    m_mapping->setReadOnly(true);
    m_mapping->setPlaceholderText(tr("none: the headers are found by name"));
    m_encoding->addItem(tr("Found from the file"), QString());
    m_encoding->addItem(u"UTF-8"_s, u"UTF-8"_s);
    m_encoding->addItem(tr("GB18030 / GBK (Excel on Chinese Windows)"), u"GB18030"_s);
    m_encoding->setObjectName(u"encoding"_s);

    auto* browse = new QPushButton(tr("&Choose…"), this);
    auto* browseMapping = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &LedgerImportDialog::chooseFile);
    connect(browseMapping, &QPushButton::clicked, this, &LedgerImportDialog::chooseMapping);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &LedgerImportDialog::reread);

    auto* form = new QFormLayout;
    form->addRow(tr("Ledger file"), withButton(m_file, browse, this));
    form->addRow(tr("Text encoding (CSV)"), m_encoding);
    form->addRow(tr("Column mapping"), withButton(m_mapping, browseMapping, this));

    m_preview->setObjectName(u"preview"_s);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->horizontalHeader()->setDefaultSectionSize(110);
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    connect(m_problems, &QListWidget::currentRowChanged, this, [this](int index) {
        // Jump to the row of a problem when it is in the preview.
        const int row = index < 0 ? -1 : m_problems->item(index)->data(Qt::UserRole).toInt();
        for (int r = 0; r < m_preview->rowCount(); ++r)
            if (m_preview->verticalHeaderItem(r) && m_preview->verticalHeaderItem(r)->text().toInt() == row) {
                m_preview->selectRow(r);
                m_preview->scrollToItem(m_preview->item(r, 0));
            }
    });
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_preview);
    split->addWidget(m_problems);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    m_summary->setWordWrap(true);
    m_summary->setObjectName(u"summary"_s);
    m_skipInvalid->setText(tr("Import the other rows and set the rows with problems aside (a .rejected.csv beside "
                              "the ledger)"));
    connect(m_skipInvalid, &QCheckBox::toggled, this, &LedgerImportDialog::updateButton);
    // Skipping first: it can be undone (the same file imported again with the other choice
    // adds just the copies), a case once made cannot.
    m_copies->setObjectName(u"copies"_s);
    m_copies->addItem(tr("Leave them out: import only the first of identical rows"), u"skip"_s);
    m_copies->addItem(tr("Import them too: each is an application of its own"), u"import"_s);
    connect(m_copies, &QComboBox::currentIndexChanged, this, &LedgerImportDialog::updateSummary);
    auto* copiesLayout = new QHBoxLayout(m_copiesRow);
    copiesLayout->setContentsMargins(0, 0, 0, 0);
    copiesLayout->addWidget(new QLabel(tr("Rows the same in every cell as an earlier row (probable copies):"), this));
    copiesLayout->addWidget(m_copies, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &LedgerImportDialog::runImport);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_skipInvalid);
    layout->addWidget(m_copiesRow);
    layout->addWidget(buttons);
    resize(1000, 620);
    updateButton();
}

void LedgerImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the ledger"), QString(), tr("Ledgers (*.csv *.xlsx *.xls *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void LedgerImportDialog::chooseMapping()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Choose the column mapping"), QString(), tr("Mapping (*.json)"));
    m_mapping->setText(path);
    reread();
}

void LedgerImportDialog::setFile(const QString& path)
{
    m_file->setText(path);
    reread();
}

LedgerImportOptions LedgerImportDialog::options() const
{
    LedgerImportOptions o;
    o.encoding = m_encoding->currentData().toString();
    o.mappingPath = m_mapping->text();
    o.skipInvalid = m_skipInvalid->isChecked();
    o.copies = m_copies->currentData().toString() == u"import" ? CopyRows::Import : CopyRows::Skip;
    return o;
}

void LedgerImportDialog::reread()
{
    m_reading.reset();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_problems->clear();
    m_summary->clear();
    if (m_file->text().isEmpty()) {
        updateButton();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_reading = readLedger(m_database, m_file->text(), options(), QDate::currentDate());
    } catch (const Error& error) {
        QApplication::restoreOverrideCursor();
        m_summary->setText(u"<span style='color:#b00020'>%1</span>"_s.arg(error.message().toHtmlEscaped()));
        updateButton();
        return;
    }
    QApplication::restoreOverrideCursor();
    const LedgerReading& reading = *m_reading;

    QHash<int, QStringList> byRow;
    for (const LedgerProblem& p : reading.problems) {
        auto* item = new QListWidgetItem(p.text(), m_problems);
        item->setData(Qt::UserRole, p.row);
        byRow[p.row] << p.text();
    }
    const QColor copyColour(0xff, 0xf4, 0xce);
    QHash<int, QString> copyOf;
    for (const LedgerEntry& e : reading.entries) {
        if (e.copyOf == 0)
            continue;
        const QString text = tr("row %1: the same as row %2 in every cell (a probable copy)").arg(e.row).arg(e.copyOf);
        auto* item = new QListWidgetItem(text, m_problems);
        item->setData(Qt::UserRole, e.row);
        item->setBackground(copyColour);
        copyOf.insert(e.row, text);
    }
    m_preview->setColumnCount(int(reading.header.size()));
    m_preview->setHorizontalHeaderLabels(reading.header);
    const int shown = int(std::min<qsizetype>(reading.rows.size(), kPreviewRows));
    m_preview->setRowCount(shown);
    const QColor problemColour(0xfd, 0xe2, 0xe1);
    for (int r = 0; r < shown; ++r) {
        const int fileRow = reading.rowNumbers.at(r);
        m_preview->setVerticalHeaderItem(r, new QTableWidgetItem(QString::number(fileRow)));
        const bool bad = byRow.contains(fileRow);
        const QStringList& cells = reading.rows.at(r);
        for (int c = 0; c < m_preview->columnCount(); ++c) {
            auto* item = new QTableWidgetItem(c < cells.size() ? cells.at(c) : QString());
            if (bad) {
                item->setBackground(problemColour);
                item->setToolTip(byRow.value(fileRow).join(u'\n'));
            } else if (copyOf.contains(fileRow)) {
                item->setBackground(copyColour);
                item->setToolTip(copyOf.value(fileRow));
            }
            m_preview->setItem(r, c, item);
        }
    }
    updateSummary();
}

void LedgerImportDialog::updateSummary()
{
    if (!m_reading) {
        updateButton();
        return;
    }
    const LedgerReading& reading = *m_reading;
    QString text = tr("%1 (%2): header in row %3. %4 can be imported, %5 have problems, %6 were imported before.")
                       .arg(QFileInfo(reading.path).fileName(), reading.format)
                       .arg(reading.headerRow)
                       .arg(tr("%n row(s)", nullptr, reading.importable(options().copies)),
                           tr("%n row(s)", nullptr, int(reading.invalidRows.size())),
                           tr("%n row(s)", nullptr, reading.alreadyImported));
    if (reading.copies > 0)
        text += u' '
            + (options().copies == CopyRows::Skip
                    ? tr("%n row(s) the same as an earlier row in every cell are left out.", nullptr, reading.copies)
                    : tr("%n row(s) the same as an earlier row in every cell are imported too.", nullptr,
                        reading.copies));
    if (reading.rows.size() > kPreviewRows)
        text += u' ' + tr("The first %1 rows are shown.").arg(kPreviewRows);
    m_summary->setText(text.toHtmlEscaped());
    updateButton();
}

void LedgerImportDialog::updateButton()
{
    const bool ready = m_reading && m_reading->importable(options().copies) > 0
        && (m_reading->problems.isEmpty() || m_skipInvalid->isChecked());
    m_import->setEnabled(ready);
    m_skipInvalid->setVisible(m_reading && !m_reading->problems.isEmpty());
    m_copiesRow->setVisible(m_reading && m_reading->copies > 0);
}

void LedgerImportDialog::runImport()
{
    try {
        WorkProgressDialog progress(tr("Importing the ledger…"), this);
        m_result = importLedger(m_database, m_file->text(), options(), m_user, SystemClock::instance(), &progress);
    } catch (const Error& error) {
        if (error.code() != ErrorCode::Cancelled)
            QMessageBox::warning(this, windowTitle(), error.message());
        reread(); // the file or the register may have changed; nothing of the import is kept
        return;
    }
    QString text = tr("Imported %n case(s).", nullptr, m_result->imported);
    if (m_result->imported > 0)
        text += u' ' + tr("Case numbers %1 to %2.").arg(m_result->firstCase, m_result->lastCase);
    if (m_result->skippedCopies > 0)
        text += u"\n"_s
            + tr("%n probable copy(ies) left out; importing the file again with the other choice adds only them.",
                nullptr, m_result->skippedCopies);
    if (!m_result->rejectedFile.isEmpty())
        text += u"\n"_s + tr("The rows with problems are in %1.").arg(m_result->rejectedFile);
    QMessageBox::information(this, windowTitle(), text);
    accept();
}

} // namespace ogi::ui
