#pragma once

#include <QSet>
#include <QString>

namespace ogi {

// How alike two requests read, for repeat hints. Requests are Chinese with no spaces, so
// words are not available; overlapping character trigrams are (the same idea as SQLite's
// trigram tokenizer). Normalising drops spaces and punctuation and folds full-width
// letters and digits, so "２０２５年" and "2025年" agree.
QString normaliseRequestText(const QString& text);

// The distinct trigrams of normalised text; a text under 3 characters is its own gram.
QSet<QString> trigramsOf(const QString& normalised);

// Dice coefficient of the two trigram sets: 2|A∩B| / (|A|+|B|), from 0 (nothing shared) to 1.
double requestSimilarity(const QSet<QString>& a, const QSet<QString>& b);

} // namespace ogi
