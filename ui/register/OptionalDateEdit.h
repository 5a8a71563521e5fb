#pragma once

#include <QDate>
#include <QDateEdit>

namespace ogi::ui {

// A date filter that may be off: its minimum shows as "any". One Tab stop: Tab leaves it
// (QDateEdit would step through its sections, and on "any" not move at all, trapping the
// focus); typing a date still moves from year to month to day by itself.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    // The chosen date, or a null date when the filter is off.
    QDate chosenDate() const;
    void clearDate();

protected:
    bool focusNextPrevChild(bool next) override;
};

} // namespace ogi::ui
