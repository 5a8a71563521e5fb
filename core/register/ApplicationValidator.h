#pragma once

#include "Error.h"
#include "register/Application.h"

#include <QDate>
#include <QList>

namespace ogi {

// Checks an application before it is registered. Returns one FieldIssue per problem, with
// the field named as in the JSON format ("applicants[0].id_number", "receipt_date"); an
// empty list means it may be stored. `today` bounds every date (nothing in the future).
QList<FieldIssue> validateApplication(const Application& application, const QDate& today);

} // namespace ogi
