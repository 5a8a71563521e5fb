#pragma once

#include <QMap>
#include <QString>

namespace ogi::demo {

// What a clerk would write into the editable parts ({{edit:name|label}}) of a demo case's
// notice: a plausible sentence for the parts the shipped templates have, the part's own label
// for any other, so that every demo notice issues with nothing left blank.
QMap<QString, QString> demoNoticeEdits(const QString& composedTemplate);

} // namespace ogi::demo
