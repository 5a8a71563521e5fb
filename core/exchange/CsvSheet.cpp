#include "SheetTable.h"

#include "Error.h"
#include "exchange/CsvText.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::SheetTable)
    };

    // The names offices use for the encodings Excel and WPS write, as the decoder knows them.
    QByteArray decoderName(const QString& encoding)
    {
        const QString e = encoding.trimmed().toUpper().remove(u'-').remove(u'_');
        if (e == u"UTF8" || e == u"UTF8BOM")
            return "UTF-8";
        if (e == u"GB18030" || e == u"GBK" || e == u"GB2312" || e == u"CP936" || e == u"ANSI")
            return "GB18030"; // a superset of both, byte for byte
        return {};
    }

    bool decode(const QByteArray& bytes, const QByteArray& name, QString& text)
    {
        QStringDecoder decoder(name.constData(), QStringDecoder::Flag::Stateless);
        if (!decoder.isValid())
            return false;
        text = decoder.decode(bytes);
        return !decoder.hasError();
    }
} // namespace

SheetTable readCsvSheet(const QByteArray& bytes, const QString& encoding, const QString& fileName)
{
    static const QByteArray bom = "\xEF\xBB\xBF";
    QByteArray name;
    if (!encoding.trimmed().isEmpty()) {
        name = decoderName(encoding);
        if (name.isEmpty())
            throw Error(ErrorCode::InvalidInput,
                Tr::tr("Unknown encoding \"%1\": give UTF-8 or GB18030 (GBK).").arg(encoding));
    }
    const bool hasBom = bytes.startsWith(bom);
    const QByteArray body = hasBom ? bytes.mid(bom.size()) : bytes;
    QString text;
    if (name.isEmpty()) {
        // Valid UTF-8 is almost never an accident in Chinese text; GB18030 decodes anything.
        name = hasBom || decode(body, "UTF-8", text) ? QByteArray("UTF-8") : QByteArray("GB18030");
        if (name == "GB18030" && !decode(body, name, text))
            throw Error(ErrorCode::InvalidInput,
                Tr::tr("%1 is neither UTF-8 nor GB18030 text; save it from Excel as CSV and try again.")
                    .arg(fileName));
        if (hasBom)
            decode(body, name, text);
    } else if (!decode(body, name, text)) {
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("%1 is not valid %2 text; try the other encoding (--encoding GB18030 or UTF-8).")
                .arg(fileName, QString::fromLatin1(name)));
    }
    SheetTable table;
    try {
        table.rows = parseCsvRecords(text, SheetLimits::kMaxCells);
    } catch (const Error& e) {
        throw Error(ErrorCode::InvalidInput, Tr::tr("%1 cannot be read: %2").arg(fileName, e.message()));
    }
    for (QStringList& row : table.rows)
        for (QString& cell : row)
            cell = csvCellText(cell);
    table.format = u"CSV (%1)"_s.arg(QString::fromLatin1(name));
    return table;
}

} // namespace ogi
