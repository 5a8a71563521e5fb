#pragma once

#include "exchange/LedgerImport.h"
#include "users/UserAccount.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace ogi {
class Database;
}

namespace ogi::ui {

// 导入台账: an old ledger (.csv, .xlsx, .xls) shown before anything is written — its first
// rows with the ones that have problems marked, every problem by row and column, the rows
// that repeat an earlier one in every cell (probable copies: the clerk chooses whether they
// are imported), and how many rows would become cases — then imported in one go
// (LedgerImport), all valid rows or none, with a stop button that keeps nothing.
class LedgerImportDialog : public QDialog
{
    Q_OBJECT
public:
    LedgerImportDialog(const Database& database, const UserAccount& user, QWidget* parent = nullptr);

    // Reads `path` and shows the preview (what choosing a file does).
    void setFile(const QString& path);

    QTableWidget* preview() const { return m_preview; }
    QListWidget* problems() const { return m_problems; }
    QLabel* summary() const { return m_summary; }
    QCheckBox* skipInvalid() const { return m_skipInvalid; }
    // What becomes of probable copies (data: "skip" or "import"); shown when there are any.
    QComboBox* copies() const { return m_copies; }
    QPushButton* importButton() const { return m_import; }
    QComboBox* encoding() const { return m_encoding; }
    // The result of the import made by the dialog, once it has run.
    const std::optional<LedgerImportResult>& result() const { return m_result; }

private:
    void chooseFile();
    void chooseMapping();
    void reread();
    void runImport();
    LedgerImportOptions options() const;
    void updateButton();
    void updateSummary();

    const Database& m_database;
    UserAccount m_user;
    QLineEdit* m_file;
    QComboBox* m_encoding;
    QLineEdit* m_mapping;
    QTableWidget* m_preview;
    QListWidget* m_problems;
    QLabel* m_summary;
    QCheckBox* m_skipInvalid;
    QWidget* m_copiesRow;
    QComboBox* m_copies;
    QPushButton* m_import;
    std::optional<LedgerReading> m_reading;
    std::optional<LedgerImportResult> m_result;
};

} // namespace ogi::ui
