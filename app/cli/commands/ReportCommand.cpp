#include "../Commands.h"

#include "Error.h"
#include "reports/AnnualApplications.h"
#include "reports/ApplicationTable.h"
#include "reports/ApplicationTableCsv.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::ReportCommand)
    };

    const QString kUsage = u"ogi --db FILE report annual YYYY [--format text|csv|json] [--out FILE]\n"
                           u"ogi report check FILE.csv"_s;

    QByteArray asText(const ApplicationTable& table, int year)
    {
        QString text = Tr::tr("Annual report %1, section 三: applications received and handled").arg(year) + u"\n"_s;
        text += QString().leftJustified(40) + applicantColumnLabels().join(u"  "_s) + u'\n';
        for (const ApplicationTableRow& row : applicationTableRows()) {
            text += row.label;
            if (!row.heading) {
                text += u"  "_s;
                QStringList figures;
                for (int column = 0; column < kApplicantColumns; ++column)
                    figures << QString::number(table.value(row.code, column));
                text += figures.join(u"  "_s);
            }
            text += u'\n';
        }
        return text.toUtf8();
    }

    QByteArray asJson(const ApplicationTable& table, int year)
    {
        QJsonArray rows;
        for (const ApplicationTableRow& row : applicationTableRows()) {
            QJsonObject object { { u"code"_s, row.code }, { u"label"_s, row.label } };
            if (!row.heading) {
                QJsonArray values;
                for (int column = 0; column < kApplicantColumns; ++column)
                    values.append(table.value(row.code, column));
                object.insert(u"values"_s, values);
            }
            rows.append(object);
        }
        const QJsonObject report { { u"year"_s, year }, { u"section"_s, u"三"_s },
            { u"columns"_s, QJsonArray::fromStringList(applicantColumnLabels()) }, { u"rows"_s, rows },
            { u"reconciled"_s, true } };
        return QJsonDocument(report).toJson();
    }

    // Prints the failures; true when there were none.
    bool reportReconciliation(CliContext& context, const ApplicationTable& table)
    {
        const QList<ReconciliationFailure> failures = reconcile(table);
        for (const ReconciliationFailure& failure : failures)
            context.out << failure.message() << Qt::endl;
        if (!failures.isEmpty())
            context.err << Tr::tr("%n figure(s) do not add up.", nullptr, int(failures.size())) << Qt::endl;
        return failures.isEmpty();
    }

    int annual(CliContext& context)
    {
        const QString format = context.takeOption(u"format"_s);
        const QString out = context.takeOption(u"out"_s);
        const QStringList positionals = context.takePositionals(1, kUsage);
        bool ok = false;
        const int year = positionals.at(0).toInt(&ok);
        if (!ok || year < 2000 || year > 2100)
            throw UsageError { Tr::tr("the year is four digits, e.g. 2026, not \"%1\"").arg(positionals.at(0)) };
        if (!format.isEmpty() && format != u"text" && format != u"csv" && format != u"json")
            throw UsageError { Tr::tr("--format takes text, csv or json, not \"%1\"").arg(format) };
        const Database database = context.openDatabase();
        const ApplicationTable table = annualApplications(database, year);
        // Nothing is shown or written that does not add up.
        if (!reportReconciliation(context, table))
            return ExitFinding;
        const QByteArray bytes = format == u"csv" ? applicationTableCsv(table)
            : format == u"json"                   ? asJson(table, year)
                                                  : asText(table, year);
        if (out.isEmpty()) {
            context.out << QString::fromUtf8(bytes);
            context.out.flush();
            return ExitOk;
        }
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            throw Error(ErrorCode::NotWritable, Tr::tr("Cannot write %1: %2").arg(out, file.errorString()));
        context.out << Tr::tr("Written: %1").arg(out) << Qt::endl;
        return ExitOk;
    }

    int check(CliContext& context)
    {
        const QStringList positionals = context.takePositionals(1, kUsage);
        QFile file(positionals.at(0));
        if (!file.open(QIODevice::ReadOnly))
            throw Error(ErrorCode::NotFound, Tr::tr("Cannot read %1: %2").arg(positionals.at(0), file.errorString()));
        const ApplicationTable table = parseApplicationTableCsv(file.readAll());
        if (!reportReconciliation(context, table))
            return ExitFinding;
        context.out << Tr::tr("%1: every total equals the sum of its parts, and 一 + 二 = （七） + 四 in every column.")
                           .arg(positionals.at(0))
                    << Qt::endl;
        return ExitOk;
    }
} // namespace

int runReport(CliContext& context)
{
    const QString what = context.args().isEmpty() ? QString() : context.args().takeFirst();
    if (what == u"annual")
        return annual(context);
    if (what == u"check")
        return check(context);
    throw UsageError { Tr::tr("usage: %1").arg(kUsage) };
}

} // namespace ogi::cli
