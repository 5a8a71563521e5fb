#include "DeadlineOutput.h"

#include <QStringList>

namespace ogi::cli {

void printDeadlineReport(QTextStream& out, const DeadlineReport& report)
{
    for (const QString& line : deadlineReportLines(report))
        out << line << Qt::endl;
}

} // namespace ogi::cli
