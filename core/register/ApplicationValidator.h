#pragma once

#include "Error.h"
#include "register/Application.h"

#include <QDate>
#include <QList>

namespace ogi {

// Checks an application before it is registered. Returns one FieldIssue per problem, with
// the field named as in the JSON format ("applicants[0].id_number", "receipt_date"); an
// empty list means it may be stored. `today` bounds every date (nothing in the future).
//
// Refused: what is not an application at all — no applicant, or an applicant with neither a
// name nor any way to reach them (nobody could be answered or asked for a supplement) — and
// the receipt date Art. 31 fixes missing or wrong. A value that is given must be right (an ID
// number's check digit, a phone number, a postcode): a typo is never stored. What Art. 29
// asks for but the application lacks (ID number, contact, description, form) is no refusal:
// missingElements() names it, and the office asks for it (Art. 30).
QList<FieldIssue> validateApplication(const Application& application, const QDate& today);

} // namespace ogi
