#pragma once

#include <QString>

namespace ogi {

// The agency's pattern for the numbers of the notices it issues (文号), e.g.
// "X政公开〔{year}〕第{n}号": {year} is the year of issue, {n} the number in its sequence,
// {type} the word of the notice's own sequence ("答", "补", ...) when each type is numbered
// apart.

// Why `pattern` cannot number notices, or empty when it can: {n} exactly once, no other
// {…} than {year} and {type}, at most 60 characters.
QString documentNumberPatternProblem(const QString& pattern);

// The number `n` of `year` written by a valid `pattern` ("X政公开〔2026〕第7号"), with
// `typeWord` for {type}.
QString formatDocumentNumber(const QString& pattern, int year, qint64 n, const QString& typeWord = {});

} // namespace ogi
