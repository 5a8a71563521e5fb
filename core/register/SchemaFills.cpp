// The data fills of the schema migrations (storage/SchemaMigrations.h), set before main().
//
// This file is not part of ogi_core's archive but an INTERFACE source of it
// (core/CMakeLists.txt): every program that links ogi_core compiles it in. A static
// library's linker pulls in only the objects something refers to, and nothing refers to a
// registration, so inside the archive it would silently be left out and old registers would
// migrate without their reply deadlines and short-text index.

#include "Progress.h"
#include "deadline/ReplyDeadlineStore.h"
#include "register/CaseSearchIndex.h"
#include "storage/SchemaMigrations.h"

#include <QDate>
#include <QSqlDatabase>

namespace {

// Version 4 created reply_deadlines: every case gets its row, computed as of today.
void fillReplyDeadlines(const QSqlDatabase& db, ogi::Progress* progress)
{
    ogi::refreshReplyDeadlines(db, true, QDate::currentDate(), progress);
}

[[maybe_unused]] const bool kFillsSet = [] {
    ogi::setSchemaFill(ogi::SchemaFill::ReplyDeadlines, &fillReplyDeadlines);
    ogi::setSchemaFill(ogi::SchemaFill::GramIndex, &ogi::fillGramIndex);
    return true;
}();

} // namespace
