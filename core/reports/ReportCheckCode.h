#pragma once

#include "storage/Database.h"

#include <QString>

namespace ogi {

// The 校验码 every report and tally carries (issue 18): the anchor of the register's audit
// chain when the output is made, so an auditor can later run `ogi verify --anchor CODE` to
// check that the history the figures came from was not rewritten since.

// The check code of an output made now from `database`: AuditLog::anchorCode of its
// connection, e.g. "ABCD-1234-EF56".
QString reportCheckCode(const Database& database);

// The line printed with it: "校验码：%1（可用 ogi verify --anchor 核对）".
QString checkCodeLine(const QString& code);

// Whether `text` is such a line, in whichever language it was written: a reader of an
// exported table passes over it.
bool isCheckCodeLine(const QString& text);

} // namespace ogi
