#pragma once

#include "lifecycle/CaseEvent.h"
#include "register/Application.h"

#include <QByteArray>
#include <QJsonObject>

namespace ogi {

// The JSON form of an application, as `ogi add --json` reads it (field names in README).
// Throws Error(InvalidInput) when the text is not a JSON object, or with one FieldIssue per
// field that has the wrong type, an unknown value or is not a known field at all. Content
// rules (ID check digits, dates) are validateApplication()'s job.
Application applicationFromJson(const QByteArray& json);

// The JSON form of a case for `ogi show --json`; ID numbers masked unless `unmasked`.
QJsonObject caseToJson(const CaseRecord& record, const QList<CaseEvent>& events, bool unmasked = false);

} // namespace ogi
