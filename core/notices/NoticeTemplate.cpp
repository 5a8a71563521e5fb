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

    enum class MarkerKind
    {
        Fact,
        Edit,
        Open, // {{#name}}: kept when name has a value
        OpenInverted, // {{^name}}: kept when it has none
        Close,
    };

    struct Marker
    {
        TemplateField field;
        MarkerKind kind = MarkerKind::Fact;
        bool valid = false;
        bool isField() const { return kind == MarkerKind::Fact || kind == MarkerKind::Edit; }
        bool opens() const { return kind == MarkerKind::Open || kind == MarkerKind::OpenInverted; }
    };

    // One marker's inside ("agency_name", "edit:reasons|理由", "#responsible_agency") read.
    Marker readMarker(const QString& inside)
    {
        static const QRegularExpression fact(u"^\\s*([a-z0-9_]+)\\s*$"_s);
        static const QRegularExpression edit(
            u"^\\s*edit:([a-z0-9_]+)\\s*\\|(.*)$"_s, QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression section(u"^\\s*([#^/])\\s*([a-z0-9_]+)\\s*$"_s);
        if (const auto m = fact.match(inside); m.hasMatch())
            return { { m.captured(1), QString(), false }, MarkerKind::Fact, true };
        if (const auto m = edit.match(inside); m.hasMatch())
            return { { m.captured(1), m.captured(2).trimmed(), true }, MarkerKind::Edit,
                !m.captured(2).trimmed().isEmpty() };
        if (const auto m = section.match(inside); m.hasMatch()) {
            const QChar sign = m.captured(1).front();
            const MarkerKind kind = sign == u'#' ? MarkerKind::Open
                : sign == u'^'                   ? MarkerKind::OpenInverted
                                                 : MarkerKind::Close;
            return { { m.captured(2), QString(), false }, kind, true };
        }
        return {};
    }

    // The section names enclosing each marker, in order (outermost first); problems of
    // nesting are appended to `problems` when given.
    QList<QStringList> enclosingSections(const QList<Marker>& markers, QStringList* problems)
    {
        QList<QStringList> result;
        QStringList open;
        for (const Marker& marker : markers) {
            result.append(open);
            if (marker.opens()) {
                open.append(marker.field.name);
            } else if (marker.kind == MarkerKind::Close) {
                if (!open.isEmpty() && open.last() == marker.field.name) {
                    open.removeLast();
                } else if (problems) {
                    *problems << (open.isEmpty()
                            ? Tr::tr("\"{{/%1}}\" closes a section that was not opened.").arg(marker.field.name)
                            : Tr::tr("\"{{/%1}}\" closes a section that was not opened; the open one is \"%2\".")
                                  .arg(marker.field.name, open.last()));
                }
            }
        }
        if (problems)
            for (const QString& name : std::as_const(open))
                *problems << Tr::tr("The section \"{{#%1}}\" (or \"{{^%1}}\") is not closed with \"{{/%1}}\".")
                                 .arg(name);
        return result;
    }

    QList<Marker> markersOf(const QString& composed)
    {
        QList<Marker> markers;
        for (auto it = markerPattern().globalMatch(composed); it.hasNext();)
            markers.append(readMarker(it.next().captured(1)));
        return markers;
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
        QString html = insertedValue(value).toHtmlEscaped();
        html.replace(u"\r\n"_s, u"\n"_s);
        html.replace(u'\n', u"<br/>"_s);
        return html;
    }

    // The value a marker names: the edit when the template's part is editable, else the fact.
    QString valueOf(const TemplateField& field, const QMap<QString, QString>& facts, const QMap<QString, QString>& edits)
    {
        return insertedValue((field.editable ? edits : facts).value(field.name));
    }

    // A section's name has a value: an editable part of that name, or else a fact.
    bool hasValue(const QString& name, const QMap<QString, QString>& facts, const QMap<QString, QString>& edits)
    {
        return !insertedValue(edits.contains(name) ? edits.value(name) : facts.value(name)).isEmpty();
    }

    // The composed template with its sections kept or left out, their markers removed.
    QString resolveSections(
        const QString& composed, const QMap<QString, QString>& facts, const QMap<QString, QString>& edits)
    {
        QString text;
        QList<bool> kept; // per open section: it and everything around it is printed
        const auto printing = [&] { return kept.isEmpty() || kept.last(); };
        qsizetype last = 0;
        for (auto it = markerPattern().globalMatch(composed); it.hasNext();) {
            const auto m = it.next();
            const Marker marker = readMarker(m.captured(1));
            if (printing())
                text += composed.mid(last, m.capturedStart() - last);
            last = m.capturedEnd();
            if (marker.opens()) {
                const bool given = hasValue(marker.field.name, facts, edits);
                kept.append(printing() && given == (marker.kind == MarkerKind::Open));
            } else if (marker.kind == MarkerKind::Close) {
                if (!kept.isEmpty()) // templateProblems() has refused a stray close already
                    kept.removeLast();
            } else if (printing()) {
                text += m.captured(0);
            }
        }
        return text + composed.mid(last);
    }
} // namespace

QString composeTemplate(const QString& text, const std::function<std::optional<QString>(const QString&)>& partial)
{
    QStringList chain;
    return compose(text, partial, chain);
}

QList<TemplateField> templateFields(const QString& composed)
{
    const QList<Marker> markers = markersOf(composed);
    const QList<QStringList> sections = enclosingSections(markers, nullptr);
    QList<TemplateField> fields;
    QMap<QString, qsizetype> index;
    for (qsizetype i = 0; i < markers.size(); ++i) {
        const Marker& marker = markers.at(i);
        if (!marker.valid || !marker.isField())
            continue;
        // Optional only where every appearance is guarded by a section on the part itself.
        const bool guarded = marker.field.editable && sections.at(i).contains(marker.field.name);
        if (const auto it = index.constFind(marker.field.name); it != index.cend()) {
            fields[*it].optional = fields[*it].optional && guarded;
            continue;
        }
        index.insert(marker.field.name, fields.size());
        TemplateField field = marker.field;
        field.optional = guarded;
        fields.append(field);
    }
    return fields;
}

QStringList templateProblems(const QString& composed, const QStringList& knownFacts)
{
    QStringList problems;
    QStringList edits;
    for (const TemplateField& field : templateFields(composed))
        if (field.editable)
            edits << field.name;
    for (auto it = markerPattern().globalMatch(composed); it.hasNext();) {
        const auto m = it.next();
        const Marker marker = readMarker(m.captured(1));
        if (!marker.valid)
            problems << Tr::tr("\"%1\" is not a field: write {{name}}, {{edit:name|label}}, {{> shared}} or a "
                               "section {{#name}}…{{/name}}.")
                            .arg(m.captured(0));
        else if (marker.kind == MarkerKind::Fact && !knownFacts.contains(marker.field.name))
            problems
                << Tr::tr("\"%1\" names no known fact; the facts are: %2.").arg(m.captured(0), knownFacts.join(u", "));
        else if (marker.opens() && !knownFacts.contains(marker.field.name) && !edits.contains(marker.field.name))
            problems << Tr::tr("The section \"%1\" names neither a known fact nor an editable part of this template.")
                            .arg(m.captured(0));
    }
    enclosingSections(markersOf(composed), &problems);
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
    const QString resolved = resolveSections(composed, facts, edits);
    QList<FieldIssue> missing;
    QStringList labels;
    for (const TemplateField& field : templateFields(resolved)) {
        if (!valueOf(field, facts, edits).isEmpty())
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
    for (auto it = markerPattern().globalMatch(resolved); it.hasNext();) {
        const auto m = it.next();
        const Marker marker = readMarker(m.captured(1));
        html += resolved.mid(last, m.capturedStart() - last);
        html += escaped((marker.field.editable ? edits : facts).value(marker.field.name));
        last = m.capturedEnd();
    }
    return html + resolved.mid(last);
}

QString insertedValue(const QString& value)
{
    // Full-width sentence punctuation only: an ASCII '.' may end "Co., Ltd." or a number.
    static const QRegularExpression trailing(u"[\\s。，；、]+$"_s);
    QString text = value.trimmed();
    text.remove(trailing);
    return text;
}

} // namespace ogi
