#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace ogi::test {

// One entry of a zip written for a test: its name, and its bytes or (when `zeros` > 0) that
// many zero bytes streamed through deflate, never held in memory: a zip bomb of a few MB.
struct ZipEntry
{
    QString name;
    QByteArray bytes;
    qint64 zeros = 0;
};

// Writes `entries` as a zip archive at `path` (deflated).
void writeZip(const QString& path, const QList<ZipEntry>& entries);

// Rewrites the zip at `path` so that the entry `name` claims `size` unpacked bytes in its local
// and central headers: a zip bomb that lies about itself.
void claimUnpackedSize(const QString& path, const QString& name, quint32 size);

// A minimal .xlsx whose first sheet is `sheetXml` (the <sheetData> inside), with
// `sharedStrings` as xl/sharedStrings.xml when not empty; `extra` entries added as they are.
void writeXlsx(const QString& path, const QByteArray& sheetXml, const QByteArray& sharedStrings = {},
    const QList<ZipEntry>& extra = {});

} // namespace ogi::test
