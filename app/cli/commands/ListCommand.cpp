#include "../Commands.h"

#include "Timestamps.h"
#include "lifecycle/Outcome.h"
#include "register/CaseRepository.h"
#include "validation/TextFieldCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::ListCommand)
    };

    QString oneLine(const QString& text, int width)
    {
        // An escape sequence stored by an older version is shown, not run.
        QString line = printableText(text.simplified(), true);
        return line.size() > width ? line.left(width - 1) + u'…' : line;
    }
} // namespace

int runList(CliContext& context)
{
    const QString stateText = context.takeOption(u"state"_s);
    const bool json = context.takeFlag(u"json"_s);
    context.takePositionals(0, u"ogi --db FILE list [--state S] [--json]"_s);
    std::optional<CaseState> state;
    if (!stateText.isEmpty()) {
        state = parseCaseState(stateText);
        if (!state) {
            QStringList codes;
            for (CaseState s : allCaseStates())
                codes << caseStateCode(s);
            throw UsageError { Tr::tr("unknown state \"%1\"; one of: %2").arg(stateText, codes.join(u", ")) };
        }
    }
    const Database database = context.openDatabase();
    const QList<CaseSummary> rows = CaseRepository(database).list(state);
    if (json) {
        QJsonArray array;
        for (const CaseSummary& row : rows)
            array.append(QJsonObject { { u"case_number"_s, row.caseNumber }, { u"applicant"_s, row.applicantName },
                { u"applicant_kind"_s, codeOf(applicantKinds(), row.applicantKind) },
                { u"description"_s, row.description }, { u"receipt_date"_s, isoDate(row.receiptDate) },
                { u"state"_s, caseStateCode(row.state) }, { u"kind"_s, codeOf(caseKinds(), row.kind) },
                { u"missing_elements"_s, missingElementsCode(row.missing) },
                { u"outcome"_s, row.outcome.isEmpty() ? QJsonValue() : QJsonValue(row.outcome) } });
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const CaseSummary& row : rows) {
        context.out << row.caseNumber << u"  "_s << isoDate(row.receiptDate) << u"  "_s << caseStateName(row.state);
        // What sets a row apart: a correction request (Art. 41), or what the application lacks.
        if (row.kind == CaseKind::Correction)
            context.out << u" ["_s << Tr::tr("correction") << u']';
        if (!row.missing.isEmpty()
            && (row.state == CaseState::Registered || row.state == CaseState::AwaitingSupplement))
            context.out << u" ["_s << Tr::tr("missing %1").arg(missingElementsSummary(row.missing)) << u']';
        context.out << u"  "_s << oneLine(row.applicantName, 20) << u"  "_s << oneLine(row.description, 40) << Qt::endl;
    }
    context.out << Tr::tr("%n case(s)", nullptr, int(rows.size())) << Qt::endl;
    return ExitOk;
}

} // namespace ogi::cli
