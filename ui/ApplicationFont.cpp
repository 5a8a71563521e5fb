#include "ApplicationFont.h"

#include <QApplication>
#include <QFont>

using namespace Qt::StringLiterals;

namespace ogi::ui {

void applyChineseFont(QApplication& app)
{
    QFont font = QApplication::font();
    font.setFamilies({ u"Noto Sans CJK SC"_s, u"Source Han Sans SC"_s, u"Microsoft YaHei"_s, u"WenQuanYi Micro Hei"_s,
        font.family() });
    app.setFont(font);
}

} // namespace ogi::ui
