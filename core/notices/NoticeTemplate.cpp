#include "NoticeTemplate.h"

#include "Error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::NoticeTemplate)
    };

    const QRegularExpression& markerPattern()
    {
        static const QRegularExpression re(u"\\{\\{(.*?)\\}\\}"_s, QRegularExpression::DotMatchesEverythingOption);
        return re;
    }
    const QRegularExpression& partialPattern()
    {
        static const QRegularExpression re(u"\\{\\{>\\s*([a-z0-9_]+)\\s*\\}\\}"_s);
        return re;
    }

    struct Marker
    {
        TemplateField field;
        bool valid = false;
    };

    // One marker's inside ("agency_name", "edit:reasons|理由") read as a field.
    Marker readMarker(const QString& inside)
    {
        static const QRegularExpression fact(u"^\\s*([a-z0-9_]+)\\s*$"_s);
        static const QRegularExpression edit(
            u"^\\s*edit:([a-z0-9_]+)\\s*\\|(.*)$"_s, QRegularExpression::DotMatchesEverythingOption);
        if (const auto m = fact.match(inside); m.hasMatch())
            return { { m.captured(1), QString(), false }, true };
        if (const auto m = edit.match(inside); m.hasMatch())
            return { { m.captured(1), m.captured(2).trimmed(), true }, !m.captured(2).trimmed().isEmpty() };
        return {};
    }

    QString compose(
        const QString& text, const std::function<std::optional<QString>(const QString&)>& partial, QStringList& chain)
    {
        QString result;
        qsizetype last = 0;
        for (auto it = partialPattern().globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const QString name = m.captured(1);
            if (chain.contains(name))
                throw Error(ErrorCode::InvalidInput,
                    Tr::tr("The shared template \"%1\" includes itself (%2).")
                        .arg(name, (chain + QStringList { name }).join(u" → ")));
            const std::optional<QString> body = partial(name);
            if (!body)
                throw Error(ErrorCode::InvalidInput, Tr::tr("There is no shared template \"%1\".").arg(name));
            result += text.mid(last, m.capturedStart() - last);
            chain.append(name);
            result += compose(*body, partial, chain);
            chain.removeLast();
            last = m.capturedEnd();
        }
        return result + text.mid(last);
    }

    QString escaped(const QString& value)
    {
        QString html = value.trimmed().toHtmlEscaped();
        html.replace(u"\r\n"_s, u"\n"_s);
        html.replace(u'\n', u"<br/>"_s);
        return html;
    }
} // namespace

QString composeTemplate(const QString& text, const std::function<std::optional<QString>(const QString&)>& partial)
{
    QStringList chain;
    return compose(text, partial, chain);
}

QList<TemplateField> templateFields(const QString& composed)
{
    QList<TemplateField> fields;
    QSet<QString> seen;
    for (auto it = markerPattern().globalMatch(composed); it.hasNext();) {
        const Marker marker = readMarker(it.next().captured(1));
        if (marker.valid && !seen.contains(marker.field.name)) {
            seen.insert(marker.field.name);
            fields.append(marker.field);
        }
    }
    return fields;
}

QStringList templateProblems(const QString& composed, const QStringList& knownFacts)
{
    QStringList problems;
    for (auto it = markerPattern().globalMatch(composed); it.hasNext();) {
        const auto m = it.next();
        const Marker marker = readMarker(m.captured(1));
        if (!marker.valid)
            problems << Tr::tr("\"%1\" is not a field: write {{name}}, {{edit:name|label}} or {{> shared}}.")
                            .arg(m.captured(0));
        else if (!marker.field.editable && !knownFacts.contains(marker.field.name))
            problems
                << Tr::tr("\"%1\" names no known fact; the facts are: %2.").arg(m.captured(0), knownFacts.join(u", "));
    }
    // An opening marker left without its end would print "{{" in a letter.
    QString rest = composed;
    rest.remove(markerPattern());
    if (rest.contains(u"{{"_s) || rest.contains(u"}}"_s))
        problems << Tr::tr("A \"{{\" or \"}}\" is not part of a complete field.");
    return problems;
}

QString renderTemplate(const QString& composed, const QMap<QString, QString>& facts,
    const QMap<QString, QString>& edits, const QMap<QString, QString>& factLabels)
{
    if (const QStringList problems = templateProblems(composed, factLabels.keys()); !problems.isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("The template cannot be used: %1").arg(problems.join(u' ')));
    QList<FieldIssue> missing;
    QStringList labels;
    for (const TemplateField& field : templateFields(composed)) {
        const QString value = (field.editable ? edits : facts).value(field.name).trimmed();
        if (!value.isEmpty())
            continue;
        const QString label = field.editable ? field.label : factLabels.value(field.name);
        labels << label;
        missing.append({ field.name,
            field.editable ? Tr::tr("%1 must be written for this notice.").arg(label)
                           : Tr::tr("%1 is not known for this case.").arg(label) });
    }
    if (!missing.isEmpty())
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("The notice cannot be written: %n value(s) missing: %1.", nullptr, int(missing.size()))
                .arg(labels.join(u"; ")),
            missing);

    QString html;
    qsizetype last = 0;
    for (auto it = markerPattern().globalMatch(composed); it.hasNext();) {
        const auto m = it.next();
        const Marker marker = readMarker(m.captured(1));
        html += composed.mid(last, m.capturedStart() - last);
        html += escaped((marker.field.editable ? edits : facts).value(marker.field.name));
        last = m.capturedEnd();
    }
    return html + composed.mid(last);
}

} // namespace ogi
