#pragma once

#include "Term.h"

#include <QComboBox>

namespace ogi::ui {

// A box of a vocabulary's terms, shown translated, holding their codes.
template <typename E>
QComboBox* termBox(const QList<Term<E>>& terms, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    for (const Term<E>& term : terms)
        box->addItem(displayTerm(term.english), QLatin1String(term.code));
    return box;
}

// A box for a term the applicant may leave out (Art. 29 (3)): "not stated" first.
template <typename E>
QComboBox* optionalTermBox(const QList<Term<E>>& terms, QWidget* parent)
{
    QComboBox* box = termBox(terms, parent);
    box->insertItem(0, notStatedTerm(), QString());
    return box;
}

template <typename E>
E termValue(const QList<Term<E>>& terms, const QComboBox* box)
{
    return parseTerm(terms, box->currentData().toString()).value_or(terms.front().value);
}

// Selects `value`'s term in a box made by termBox.
template <typename E>
void setTermValue(const QList<Term<E>>& terms, QComboBox* box, E value)
{
    box->setCurrentIndex(box->findData(codeOf(terms, value)));
}

} // namespace ogi::ui
