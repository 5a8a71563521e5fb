#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ogi {

// The outcome categories of the national annual-report table (section 三, rows （一）–（六）
// and their numbered sub-rows). The report counts these; nothing else.
enum class OutcomeCategory { Disclosed, PartlyDisclosed, Withheld, Unavailable, NotProcessed, OtherHandling };

struct Outcome
{
    QString code; // stable code, e.g. "withheld_4"
    OutcomeCategory category;
    int item; // the numbered sub-row (1-based), 0 for （一） and （二）
    QString legalLabel; // the report's label, verbatim (e.g. "保护第三方合法权益")
};

// Every outcome, in the order of the report's rows.
const QList<Outcome>& allOutcomes();
std::optional<Outcome> findOutcome(const QString& codeOrLabel);

// The category row's label, verbatim ("予以公开", "不予公开", ...).
QString categoryLegalLabel(OutcomeCategory category);

// "不予公开 / 保护第三方合法权益" style text for lists.
QString outcomeDisplayText(const Outcome& outcome);

} // namespace ogi
