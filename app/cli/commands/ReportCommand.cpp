#include "../Commands.h"

#include "../DateArguments.h"
#include "Clock.h"
#include "Error.h"
#include "SavedFile.h"
#include "Timestamps.h"
#include "exchange/CsvText.h"
#include "reports/AnnualApplications.h"
#include "reports/AnnualReportDue.h"
#include "reports/AnnualRemediesAndFees.h"
#include "reports/ApplicationTable.h"
#include "reports/ApplicationTableCsv.h"
#include "reports/ApplicationTableText.h"
#include "reports/MonthlyTally.h"
#include "reports/ProactiveFigures.h"
#include "reports/ReportCheckCode.h"
#include "reports/ReportXlsx.h"
#include "settings/OfficeSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::ReportCommand)
    };

    const QString kUsage
        = u"ogi --db FILE report annual YYYY [--format text|csv|json|xlsx] [--out FILE]\n"
          u"ogi --db FILE report monthly YYYY-MM|--from D --to D [--format text|csv|json|xlsx] [--out FILE]\n"
          u"ogi --db FILE report monthly YYYY-MM --cases FIGURE [--department D] [--clerk LOGIN]\n"
          u"ogi --db FILE [--user NAME] report proactive YYYY [--set 规章/本年制发件数=3]...\n"
          u"ogi report check FILE.csv"_s;

    // --format is text, csv, json or xlsx; xlsx is a file, so it needs --out.
    void checkFormat(const QString& format, const QString& out)
    {
        if (!format.isEmpty() && format != u"text" && format != u"csv" && format != u"json" && format != u"xlsx")
            throw UsageError { Tr::tr("--format takes text, csv, json or xlsx, not \"%1\"").arg(format) };
        if (format == u"xlsx" && out.isEmpty())
            throw UsageError { Tr::tr("--format xlsx needs --out FILE.xlsx") };
    }

    // Writes `bytes` to `out`, or to standard output when it is empty.
    void emit(CliContext& context, const QString& out, const QByteArray& bytes)
    {
        if (out.isEmpty()) {
            context.out << QString::fromUtf8(bytes);
            context.out.flush();
            return;
        }
        saveFile(out, bytes);
        context.out << Tr::tr("Written: %1").arg(out) << Qt::endl;
    }

    QByteArray tallyText(const MonthlyTally& t, const QString& checkCode)
    {
        const QList<TallyFigureSpec> specs = tallyFigureSpecs();
        QString text
            = Tr::tr("Tally %1 to %2 (overdue as of %3)").arg(isoDate(t.from), isoDate(t.to), isoDate(t.today)) + u'\n';
        QString group;
        for (int i = 0; i < specs.size(); ++i) {
            if (specs.at(i).group != group) {
                group = specs.at(i).group;
                text += u'\n' + group + u'\n';
            }
            text += u"  "_s + specs.at(i).label + u": "_s + QString::number(t.all.values.value(i)) + u'\n';
        }
        text += u'\n'
            + Tr::tr("Working days from receipt to reply (%n case(s) replied): median %1, longest %2", nullptr,
                int(t.all.replied))
                  .arg(t.all.medianWorkingDays)
                  .arg(t.all.maxWorkingDays)
            + u'\n';
        for (const auto& [heading, groups] :
            { std::pair { Tr::tr("By department"), &t.byDepartment }, std::pair { Tr::tr("By clerk"), &t.byClerk } }) {
            text += u'\n' + heading + u'\n';
            for (const TallyFigures& f : *groups)
                text += u"  "_s
                    + Tr::tr("%1: received %2, concluded %3 (late %4), open at the end %5, overdue today %6; median %7 "
                             "working days")
                          .arg(f.scopeLabel)
                          .arg(f.value(u"received"_s))
                          .arg(f.value(u"concluded"_s))
                          .arg(f.value(u"replied_late"_s))
                          .arg(f.value(u"pending_at_end"_s))
                          .arg(f.value(u"overdue_today"_s))
                          .arg(f.medianWorkingDays)
                    + u'\n';
        }
        return (text + u'\n' + checkCodeLine(checkCode) + u'\n').toUtf8();
    }

    QByteArray tallyCsv(const MonthlyTally& t, const QString& checkCode)
    {
        QList<const TallyFigures*> columns { &t.all };
        QStringList header { Tr::tr("Figure"), t.all.scopeLabel };
        for (const TallyFigures& f : t.byDepartment) {
            columns << &f;
            header << Tr::tr("Department: %1").arg(f.scopeLabel);
        }
        for (const TallyFigures& f : t.byClerk) {
            columns << &f;
            header << Tr::tr("Clerk: %1").arg(f.scopeLabel);
        }
        QString csv = csvLine(header);
        const QList<TallyFigureSpec> specs = tallyFigureSpecs();
        for (int i = 0; i < specs.size(); ++i) {
            QStringList row { specs.at(i).group + u" / "_s + specs.at(i).label };
            for (const TallyFigures* f : columns)
                row << QString::number(f->values.value(i));
            csv += csvLine(row);
        }
        for (const auto& [label, pick] : { std::pair { Tr::tr("Median working days to reply"), 0 },
                 std::pair { Tr::tr("Longest working days to reply"), 1 } }) {
            QStringList row { label };
            for (const TallyFigures* f : columns)
                row << QString::number(pick == 0 ? f->medianWorkingDays : f->maxWorkingDays);
            csv += csvLine(row);
        }
        QStringList footer(header.size());
        footer[0] = checkCodeLine(checkCode);
        return csvFileBytes(csv + csvLine(footer));
    }

    QJsonObject tallyJson(const TallyFigures& f)
    {
        QJsonObject figures;
        const QList<TallyFigureSpec> specs = tallyFigureSpecs();
        for (int i = 0; i < specs.size(); ++i)
            figures.insert(specs.at(i).code, f.values.value(i));
        return { { u"scope"_s, f.scopeLabel }, { u"figures"_s, figures }, { u"replied"_s, f.replied },
            { u"median_working_days"_s, f.medianWorkingDays }, { u"max_working_days"_s, f.maxWorkingDays } };
    }

    int monthly(CliContext& context)
    {
        const QString format = context.takeOption(u"format"_s);
        const QString out = context.takeOption(u"out"_s);
        const QString fromText = context.takeOption(u"from"_s);
        const QString toText = context.takeOption(u"to"_s);
        const QString figure = context.takeOption(u"cases"_s);
        const TallyScope scope { context.takeOption(u"department"_s), context.takeOption(u"clerk"_s) };
        QDate from;
        QDate to;
        if (!fromText.isEmpty() || !toText.isEmpty()) {
            context.takePositionals(0, kUsage);
            from = parseDateArgument(u"from"_s, fromText);
            to = parseDateArgument(u"to"_s, toText);
        } else {
            const QString month = context.takePositionals(1, kUsage).at(0);
            from = QDate::fromString(month + u"-01"_s, Qt::ISODate);
            if (!from.isValid())
                throw UsageError { Tr::tr("the month is written YYYY-MM, e.g. 2026-03, not \"%1\"").arg(month) };
            to = from.addMonths(1).addDays(-1);
        }
        checkFormat(format, out);
        const QDate today = SystemClock::instance().today();
        const Database database = context.openDatabase();
        if (!figure.isEmpty()) {
            const QStringList numbers = tallyCases(database, figure, from, to, today, scope);
            for (const QString& number : numbers)
                context.out << number << Qt::endl;
            return ExitOk;
        }
        const MonthlyTally tally = monthlyTally(database, from, to, today);
        const QString checkCode = reportCheckCode(database);
        if (format == u"xlsx") {
            writeTallyXlsx(out, tally, checkCode);
            context.out << Tr::tr("Written: %1").arg(out) << Qt::endl;
        } else if (format == u"json") {
            QJsonArray departments;
            for (const TallyFigures& f : tally.byDepartment)
                departments.append(tallyJson(f));
            QJsonArray clerks;
            for (const TallyFigures& f : tally.byClerk)
                clerks.append(tallyJson(f));
            const QJsonObject json { { u"from"_s, isoDate(from) }, { u"to"_s, isoDate(to) },
                { u"today"_s, isoDate(today) }, { u"all"_s, tallyJson(tally.all) }, { u"departments"_s, departments },
                { u"clerks"_s, clerks }, { u"check_code"_s, checkCode } };
            emit(context, out, QJsonDocument(json).toJson());
        } else {
            emit(context, out, format == u"csv" ? tallyCsv(tally, checkCode) : tallyText(tally, checkCode));
        }
        return ExitOk;
    }

    QByteArray asText(const ApplicationTable& table, int year)
    {
        return (Tr::tr("Annual report %1, section 三: applications received and handled").arg(year) + u'\n'
            + applicationTableText(table))
            .toUtf8();
    }

    // Section 二 as text lines: each cell with its value, or "—" when not entered.
    QString proactiveText(const QMap<QString, QString>& values)
    {
        QString text = u"二、主动公开政府信息情况\n"_s;
        QString provision;
        for (const ProactiveCell& cell : proactiveCells()) {
            if (cell.provision != provision) {
                provision = cell.provision;
                text += provision + u'\n';
            }
            text += u"  "_s + cell.item + u" / "_s + cell.measure + u"："_s + values.value(cell.key(), u"—"_s) + u'\n';
        }
        return text;
    }

    int proactive(CliContext& context)
    {
        const QStringList sets = context.takeOptions(u"set"_s);
        const QStringList positionals = context.takePositionals(1, kUsage);
        bool ok = false;
        const int year = positionals.at(0).toInt(&ok);
        if (!ok || year < 2000 || year > 2100)
            throw UsageError { Tr::tr("the year is four digits, e.g. 2026, not \"%1\"").arg(positionals.at(0)) };
        const Database database = context.openDatabase();
        ProactiveFigures figures(database);
        if (!sets.isEmpty()) {
            QMap<QString, QString> values;
            for (const QString& set : sets) {
                const qsizetype eq = set.indexOf(u'=');
                if (eq <= 0)
                    throw UsageError {
                        Tr::tr("--set takes CELL=VALUE, e.g. 规章/本年制发件数=3, not \"%1\"").arg(set)
                    };
                values.insert(set.left(eq).trimmed(), set.mid(eq + 1));
            }
            figures.set(year, values, context.signIn(database));
        }
        context.out << proactiveText(figures.values(year)) + u'\n' + checkCodeLine(reportCheckCode(database)) + u'\n';
        context.out.flush();
        return ExitOk;
    }

    // Sections 四 and 六 as text lines.
    QString remediesAndFeesText(const RemedyTable& remedies, const FeeFigures& fees)
    {
        QString text = u"\n四、政府信息公开行政复议、行政诉讼情况\n"_s;
        for (int g = 0; g < RemedyTable::kGroups; ++g) {
            QStringList cells;
            for (int c = 0; c < RemedyTable::kCounts; ++c)
                cells << remedyCountLabels().at(c) + u' ' + QString::number(remedies.counts[size_t(g)][size_t(c)]);
            text += remedyGroupLabels().at(g) + u"：  "_s + cells.join(u"  "_s) + u'\n';
        }
        text += u"\n六、其他需要报告的事项\n"_s
            + Tr::tr("Information-processing fees: %1 fee notice(s) for %2 yuan; %3 yuan collected")
                  .arg(fees.notices)
                  .arg(fees.amountYuan)
                  .arg(fees.collectedYuan)
            + u'\n';
        return text;
    }

    QJsonObject remediesAndFeesJson(const RemedyTable& remedies, const FeeFigures& fees)
    {
        QJsonArray groups;
        for (int g = 0; g < RemedyTable::kGroups; ++g) {
            QJsonObject counts;
            for (int c = 0; c < RemedyTable::kCounts; ++c)
                counts.insert(remedyCountLabels().at(c), remedies.counts[size_t(g)][size_t(c)]);
            groups.append(QJsonObject { { u"group"_s, remedyGroupLabels().at(g) }, { u"counts"_s, counts } });
        }
        return { { u"remedies"_s, groups },
            { u"fees"_s,
                QJsonObject { { u"notices"_s, fees.notices }, { u"amount_yuan"_s, fees.amountYuan },
                    { u"collected_yuan"_s, fees.collectedYuan } } } };
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
        checkFormat(format, out);
        const Database database = context.openDatabase();
        // When the report is due (Art. 49), on standard error: a note for whoever runs it,
        // not part of the report written.
        const AnnualReportDue due
            = annualReportDue(year, OfficeSettings(database).officeKind(), SystemClock::instance().today());
        context.err << due.text() << Qt::endl;
        const ApplicationTable table = annualApplications(database, year);
        // Nothing is shown or written that does not add up.
        if (!reportReconciliation(context, table))
            return ExitFinding;
        const RemedyTable remedies = annualRemedies(database, year);
        const FeeFigures fees = annualFees(database, year);
        const QString checkCode = reportCheckCode(database);
        QByteArray bytes;
        if (format == u"xlsx") {
            writeAnnualXlsx(out, year, table, remedies, fees, ProactiveFigures(database).values(year), checkCode);
            context.out << Tr::tr("Written: %1").arg(out) << Qt::endl;
            return ExitOk;
        }
        if (format == u"csv") {
            bytes = applicationTableCsv(table, checkCode); // section 三, the shape `report check` reads
        } else if (format == u"json") {
            QJsonObject report = QJsonDocument::fromJson(asJson(table, year)).object();
            QJsonObject more = remediesAndFeesJson(remedies, fees);
            QJsonObject entered;
            const QMap<QString, QString> proactiveValues = ProactiveFigures(database).values(year);
            for (auto it = proactiveValues.cbegin(); it != proactiveValues.cend(); ++it)
                entered.insert(it.key(), it.value());
            more.insert(u"proactive"_s, entered);
            more.insert(u"check_code"_s, checkCode);
            more.insert(u"due"_s,
                QJsonObject { { u"date"_s, isoDate(due.due) }, { u"days_left"_s, due.daysLeft },
                    { u"status"_s, annualReportDueStatusCode(due.status) },
                    { u"office_kind"_s, codeOf(officeKinds(), due.kind) } });
            for (auto it = more.begin(); it != more.end(); ++it)
                report.insert(it.key(), it.value());
            bytes = QJsonDocument(report).toJson();
        } else {
            bytes = (proactiveText(ProactiveFigures(database).values(year)) + u'\n').toUtf8() + asText(table, year)
                + (remediesAndFeesText(remedies, fees) + u'\n' + checkCodeLine(checkCode) + u'\n').toUtf8();
        }
        emit(context, out, bytes);
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
    if (what == u"monthly")
        return monthly(context);
    if (what == u"proactive")
        return proactive(context);
    throw UsageError { Tr::tr("usage: %1").arg(kUsage) };
}

} // namespace ogi::cli
