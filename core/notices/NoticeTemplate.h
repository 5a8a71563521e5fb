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
// Names are lower-case letters, digits and '_'.

struct TemplateField
{
    QString name;
    QString label; // editable parts: the label the template gives; facts: empty
    bool editable = false;
};

// `text` with every {{> name}} replaced by partial(name), recursively. Throws
// Error(InvalidInput) naming an unknown shared template or one that includes itself.
QString composeTemplate(const QString& text, const std::function<std::optional<QString>(const QString&)>& partial);

// The facts and editable parts of a composed template, each once, in order of appearance.
QList<TemplateField> templateFields(const QString& composed);

// What is wrong with a composed template, one translated line each: a "{{" without its
// "}}", a marker that is none of the three forms, a fact not in `knownFacts`, an editable
// part without a label. Empty when it can be rendered.
QStringList templateProblems(const QString& composed, const QStringList& knownFacts);

// The composed template with every marker replaced by its value, HTML-escaped (line breaks
// in edited text become <br/>). Every fact and every editable part must have a non-blank
// value: otherwise throws Error(InvalidInput) with one FieldIssue per missing value, named
// by `factLabels` (facts) or the template's label (editable parts), and nothing is returned.
QString renderTemplate(const QString& composed, const QMap<QString, QString>& facts,
    const QMap<QString, QString>& edits, const QMap<QString, QString>& factLabels);

} // namespace ogi
