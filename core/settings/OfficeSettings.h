#pragma once

#include "Clock.h"
#include "Error.h"
#include "storage/Database.h"
#include "users/UserAccount.h"

#include <QString>

namespace ogi {

// The office's settings kept in the database (table settings). Changing one requires the
// administrator role and is audited; reading is free.
class OfficeSettings
{
public:
    explicit OfficeSettings(const Database& database, const Clock& clock = SystemClock::instance());

    // Four eyes (DESIGN.md §4): whoever drafted a reply cannot sign it off. On unless an
    // office of one person switched it off.
    bool fourEyes() const;
    void setFourEyes(bool on, const UserAccount& by);

    // The agency as notices and reports name it, the pattern of its document numbers, and
    // the bodies the remedies paragraph of every reply names (Art. 51: 行政复议机关, 人民法院).
    struct AgencyProfile
    {
        QString name; // 机关名称
        QString code; // 机关代码 (report headers)
        QString reconsiderationBody; // 行政复议机关
        QString court; // 人民法院
        QString documentNumberPattern; // 文号, e.g. "X政公开〔{year}〕第{n}号" (DocumentNumberPattern.h)
    };
    AgencyProfile agencyProfile() const;
    // One FieldIssue per problem (fields "name", "code", "reconsideration_body", "court",
    // "document_number_pattern"): name required, at most 100 characters; code letters, digits
    // and '-' only, at most 32; the bodies at most 100 characters; the pattern empty (not yet
    // chosen) or valid. Values are checked trimmed.
    static QList<FieldIssue> validateAgencyProfile(const AgencyProfile& profile);
    // Stores the profile in one transaction with one audit row per changed value. Throws
    // Error(InvalidInput) with the issues above, Error(Refused) unless `by` administers.
    void setAgencyProfile(const AgencyProfile& profile, const UserAccount& by);

private:
    QString value(const QString& key, const QString& fallback) const;
    void setValue(const QString& key, const QString& value, const UserAccount& by);
    // Writes one value and its audit row inside the caller's transaction.
    void store(const QString& key, const QString& value, const UserAccount& by);

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace ogi
