#include "ReportCheckCode.h"

#include "audit/AuditLog.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::ReportCheckCode)
    };
} // namespace

QString reportCheckCode(const Database& database) { return AuditLog::anchorCode(database.connection()); }

QString checkCodeLine(const QString& code)
{
    return Tr::tr("Check code: %1 (ogi verify --anchor checks it)").arg(code);
}

bool isCheckCodeLine(const QString& text)
{
    // The command and a code as anchorCode() groups it; no label of the formats has either.
    static const QRegularExpression code(u"(^|[^0-9A-Fa-f-])[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}($|[^0-9A-Fa-f-])"_s);
    return text.contains(u"verify --anchor"_s) && code.match(text).hasMatch();
}

} // namespace ogi
