#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ogi {

// A controlled term: one value of a closed vocabulary (a channel, a role, a reply type ...).
// Each term has a stable code (stored in the database and used in JSON), the Chinese term
// offices use in ledgers (accepted on input), and a display name through tr() (zh_CN: the
// same Chinese term). Every vocabulary of core/ is a list of these; this file sits below
// the folders that define them so that none of them needs another's terms to have its own.

template <typename E>
struct Term
{
    E value;
    const char* code;
    const char* chinese; // UTF-8, the term as offices write it
    const char* english; // source text for tr() in context "ogi::Vocabulary"
};

// Lookup by code or by the Chinese term (either is accepted on input); nullopt if unknown.
template <typename E>
std::optional<E> parseTerm(const QList<Term<E>>& terms, const QString& text)
{
    const QString t = text.trimmed();
    for (const Term<E>& term : terms)
        if (t == QLatin1String(term.code) || t == QString::fromUtf8(term.chinese))
            return term.value;
    return std::nullopt;
}

template <typename E>
const Term<E>& termOf(const QList<Term<E>>& terms, E value)
{
    for (const Term<E>& term : terms)
        if (term.value == value)
            return term;
    return terms.front(); // unreachable: every enumerator has a term (tested)
}

template <typename E>
QString codeOf(const QList<Term<E>>& terms, E value)
{
    return QLatin1String(termOf(terms, value).code);
}

// Display name in the user's language.
QString displayTerm(const char* english);

template <typename E>
QString displayName(const QList<Term<E>>& terms, E value)
{
    return displayTerm(termOf(terms, value).english);
}

// The display name of a term the applicant may leave out (Art. 29 (3)); "not stated" when absent.
QString notStatedTerm();
template <typename E>
QString displayName(const QList<Term<E>>& terms, const std::optional<E>& value)
{
    return value ? displayName(terms, *value) : notStatedTerm();
}

// "in_person, post, ..." — for messages that list what is accepted.
template <typename E>
QString acceptedCodes(const QList<Term<E>>& terms)
{
    QStringList codes;
    for (const Term<E>& term : terms)
        codes << QLatin1String(term.code);
    return codes.join(u", ");
}

} // namespace ogi
