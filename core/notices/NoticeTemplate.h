#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ogi {

// The template language of notices (resources/templates/*.html). Everything outside the
// markers is the locked text of the notice, copied as it is:
//   {{name}}              a fact of the case or the agency (NoticeFacts.h), HTML-escaped
//   {{edit:name|标签}}     a part the clerk writes per case (reasons, where to obtain ...)
//   {{> name}}            the shared template "name" (e.g. the remedies paragraph)
//   {{#name}}…{{/name}}   a section: the text between is printed only when the fact or
//                         editable part "name" has a value (an agency "where known")
//   {{^name}}…{{/name}}   the opposite: printed only when "name" has no value
// Names are lower-case letters, digits and '_'. Sections may nest; each closes the one
// opened last. An editable part that stands only inside sections on its own name is
// optional: left blank, its sentence is left out instead of the notice being refused.
// Every inserted value is trimmed and loses a trailing 。，；、 (the template's own
// punctuation follows it), so "理由是：{{edit:reasons|理由}}。" never prints "。。".

struct TemplateField
{
    QString name;
    QString label; // editable parts: the label the template gives; facts: empty
    bool editable = false;
    bool optional = false; // an editable part only inside sections on its own name
};

// `text` with every {{> name}} replaced by partial(name), recursively. Throws
// Error(InvalidInput) naming an unknown shared template or one that includes itself.
QString composeTemplate(const QString& text, const std::function<std::optional<QString>(const QString&)>& partial);

// The facts and editable parts of a composed template, each once, in order of appearance.
QList<TemplateField> templateFields(const QString& composed);

// What is wrong with a composed template, one translated line each: a "{{" without its
// "}}", a marker that is none of the forms above, a fact not in `knownFacts`, an editable
// part without a label, a section that is not closed (or closed without being opened), a
// section on a name that is neither a known fact nor an editable part of the template.
// Empty when it can be rendered.
QStringList templateProblems(const QString& composed, const QStringList& knownFacts);

// The composed template with its sections resolved and every marker replaced by its value
// (insertedValue(), HTML-escaped; line breaks in edited text become <br/>). Every fact and
// editable part left after the sections must have a non-blank value: otherwise throws
// Error(InvalidInput) with one FieldIssue per missing value, named by `factLabels` (facts)
// or the template's label (editable parts), and nothing is returned.
QString renderTemplate(const QString& composed, const QMap<QString, QString>& facts,
    const QMap<QString, QString>& edits, const QMap<QString, QString>& factLabels);

// A value as a notice prints it: trimmed, without the trailing 。，；、 a clerk or applicant
// typed (the template's punctuation follows). The one place this is done.
QString insertedValue(const QString& value);

} // namespace ogi
