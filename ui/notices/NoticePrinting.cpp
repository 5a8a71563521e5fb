#include "NoticePrinting.h"

#include "settings/OfficeSettings.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

namespace ogi::ui {

print::NoticeFontFamilies noticeFontFamilies(const Database& database)
{
    return print::resolveNoticeFonts(OfficeSettings(database).noticeFonts());
}

void showPrintPreview(const QString& html, const print::NoticeFontFamilies& fonts, print::PaperKind paper,
    const QString& title, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        print::NoticeLayout layout(html, fonts, paper);
        layout.paint(*target);
    });
    dialog.resize(900, 700);
    dialog.exec();
}

} // namespace ogi::ui
