#include "OptionalDateEdit.h"

#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace ogi::ui {

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QDateEdit(parent)
{
    setDisplayFormat(u"yyyy-MM-dd"_s);
    setCalendarPopup(true);
    setMinimumDate(QDate(2000, 1, 1));
    setSpecialValueText(tr("any"));
    clearDate();
}

QDate OptionalDateEdit::chosenDate() const { return date() == minimumDate() ? QDate() : date(); }

void OptionalDateEdit::clearDate() { setDate(minimumDate()); }

bool OptionalDateEdit::focusNextPrevChild(bool next) { return QWidget::focusNextPrevChild(next); }

} // namespace ogi::ui
