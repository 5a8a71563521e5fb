#include "Term.h"

#include <QCoreApplication>

namespace ogi {

// Every vocabulary marks its English names in the one context "ogi::Vocabulary", wherever it
// is defined, so that one lookup here translates them all.
QString displayTerm(const char* english)
{
    return QCoreApplication::translate("ogi::Vocabulary", english);
}

QString notStatedTerm() { return QCoreApplication::translate("ogi::Vocabulary", "not stated"); }

} // namespace ogi
