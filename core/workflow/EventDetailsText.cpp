#include "EventDetailsText.h"

#include "workflow/ActionSpec.h"
#include "workflow/ReceiptEvidence.h"
#include "workflow/WorkflowVocabulary.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::EventDetailsText)
    };

    // Facts the rules add to what the user typed.
    QString computedLabel(const QString& key)
    {
        if (key == u"due")
            return Tr::tr("Due");
        if (key == u"amount")
            return Tr::tr("Amount (yuan)");
        if (key == u"explanation")
            return Tr::tr("Fee basis");
        if (key == u"drafter")
            return Tr::tr("Drafted by");
        if (key == u"four_eyes")
            return Tr::tr("Four eyes");
        if (key == u"days")
            return Tr::tr("Working days");
        if (key == u"notice")
            return Tr::tr("Notice");
        if (key == u"title")
            return Tr::tr("Document");
        if (key == u"reason")
            return Tr::tr("Reason");
        if (key == u"recipient")
            return Tr::tr("Sent to");
        if (key == u"message_id")
            return Tr::tr("Message-ID");
        if (key == u"server_reply")
            return Tr::tr("Mail server's answer");
        if (key == u"proof")
            return Tr::tr("Receipt proved by");
        if (key == u"receipt_known_by")
            return Tr::tr("Receipt known only by");
        return {};
    }

    // A computed fact's value as the user reads it: codes of a vocabulary by their name.
    QString computedValue(const QString& key, const QJsonValue& value)
    {
        const QString text = value.toVariant().toString();
        if (key == u"proof" || key == u"receipt_known_by") {
            if (text == u"none")
                return Tr::tr("none recorded");
            if (const auto proof = parseTerm(receiptEvidence(), text))
                return displayName(receiptEvidence(), *proof);
        }
        return text;
    }
} // namespace

QString describeEventDetails(const CaseEvent& event)
{
    const ActionSpec* spec = findActionSpec(event.action);
    QStringList parts;
    QStringList shown;
    if (spec) {
        for (const ActionParam& param : spec->params) {
            if (!event.details.contains(param.name))
                continue;
            QString value = event.details.value(param.name).toVariant().toString();
            if (param.kind == ParamKind::Choice)
                for (const ParamChoice& choice : param.choices())
                    if (choice.code == value)
                        value = choice.displayName;
            parts << Tr::tr("%1: %2").arg(paramLabel(param), value);
            shown << param.name;
        }
    }
    for (auto it = event.details.begin(); it != event.details.end(); ++it) {
        const QString label = computedLabel(it.key());
        if (!label.isEmpty() && !shown.contains(it.key()))
            parts << Tr::tr("%1: %2").arg(label, computedValue(it.key(), it.value()));
    }
    return parts.join(Tr::tr("; "));
}

} // namespace ogi
