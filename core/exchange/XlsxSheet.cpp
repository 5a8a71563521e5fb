#include "SheetTable.h"

#include "Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <Poco/Exception.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <fstream>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::SheetTable)
    };

    QString number(qint64 n) { return QString::number(n); }

    // A bound passed: the message names the limit; readXlsxSheet adds the file.
    [[noreturn]] void beyondLimit(const QString& what) { throw Error(ErrorCode::InvalidInput, what); }

    // An .xlsx is a zip of XML parts (ECMA-376): the workbook names its sheets, its
    // relationships say which part holds each, shared strings hold the text cells.
    class XlsxParts
    {
    public:
        explicit XlsxParts(const QString& path)
            : m_in(QFile::encodeName(path).constData(), std::ios::binary)
            , m_archive(m_in)
        {
        }

        // The part's bytes, unpacked up to SheetLimits::kMaxPartBytes (a zip bomb stops
        // there, whatever its header claims); empty when the workbook has no such part.
        QByteArray read(const QString& name)
        {
            const auto header = m_archive.findHeader(name.toStdString());
            if (header == m_archive.headerEnd())
                return {};
            const QString tooLarge = Tr::tr("its part %1 unpacks to more than %2 MB (the limit)")
                                         .arg(name, number(SheetLimits::kMaxPartBytes / (1024 * 1024)));
            if (header->second.getUncompressedSize() > quint64(SheetLimits::kMaxPartBytes))
                beyondLimit(tooLarge);
            m_in.clear();
            Poco::Zip::ZipInputStream part(m_in, header->second);
            QByteArray bytes;
            char block[1 << 16];
            while (part) {
                part.read(block, sizeof block);
                const std::streamsize n = part.gcount();
                if (n <= 0)
                    break;
                if (bytes.size() + n > SheetLimits::kMaxPartBytes)
                    beyondLimit(tooLarge);
                bytes.append(block, qsizetype(n));
            }
            return bytes;
        }

    private:
        std::ifstream m_in;
        Poco::Zip::ZipArchive m_archive;
    };

    QString firstSheetRelation(const QByteArray& workbook)
    {
        QXmlStreamReader xml(workbook);
        while (xml.readNextStartElement() || !xml.atEnd()) {
            if (xml.isStartElement() && xml.name() == u"sheet")
                for (const QXmlStreamAttribute& a : xml.attributes())
                    if (a.name() == u"id") // r:id, whatever the prefix
                        return a.value().toString();
            if (xml.hasError())
                break;
        }
        return {};
    }

    QString relationTarget(const QByteArray& relations, const QString& id)
    {
        QXmlStreamReader xml(relations);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"Relationship"
                && xml.attributes().value(u"Id"_s) == id) {
                const QString target = xml.attributes().value(u"Target"_s).toString();
                return target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
            }
        }
        return {};
    }

    void checkCellText(const QString& text)
    {
        if (text.size() > SheetLimits::kMaxCellText)
            beyondLimit(Tr::tr("a cell holds %1 characters, more than the %2 a cell can hold")
                            .arg(number(text.size()), number(SheetLimits::kMaxCellText)));
    }

    // The text of every <si>, runs joined, phonetic guides (<rPh>) left out.
    QStringList sharedStrings(const QByteArray& part)
    {
        QStringList strings;
        QXmlStreamReader xml(part);
        QString current;
        int phonetic = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == u"si")
                    current.clear();
                else if (xml.name() == u"rPh")
                    ++phonetic;
                else if (xml.name() == u"t" && phonetic == 0) {
                    current += xml.readElementText();
                    checkCellText(current);
                }
            } else if (xml.isEndElement()) {
                if (xml.name() == u"si") {
                    if (strings.size() >= SheetLimits::kMaxSharedStrings)
                        beyondLimit(Tr::tr("it has more than %1 shared strings (the limit)")
                                        .arg(number(SheetLimits::kMaxSharedStrings)));
                    strings << current;
                } else if (xml.name() == u"rPh") {
                    --phonetic;
                }
            }
        }
        return strings;
    }

    // "BC12" -> 54 (0-based column); -1 when the reference has no letters. Past the last
    // column the count stops growing (a reference like ZZZZZZZZZZZZ3 must not overflow).
    qint64 columnOf(QStringView reference)
    {
        qint64 column = 0;
        qsizetype i = 0;
        for (; i < reference.size() && reference.at(i).isLetter(); ++i)
            if (column <= SheetLimits::kMaxColumns)
                column = column * 26 + (reference.at(i).toUpper().unicode() - u'A' + 1);
        return i == 0 ? -1 : column - 1;
    }

    // The sheet's cells as rows of text, every bound checked before anything is allocated.
    class SheetGrid
    {
    public:
        void put(qint64 row, qint64 column, const QString& text)
        {
            if (row >= SheetLimits::kMaxRows)
                beyondLimit(Tr::tr("it has a row %1, past Excel's last row %2")
                                .arg(number(row + 1), number(SheetLimits::kMaxRows)));
            if (column >= SheetLimits::kMaxColumns)
                beyondLimit(Tr::tr("it has a cell in column %1, past Excel's last column %2 (XFD)")
                                .arg(number(column + 1), number(SheetLimits::kMaxColumns)));
            checkCellText(text);
            while (rows.size() <= row)
                rows << QStringList();
            QStringList& cells = rows[row];
            if (cells.size() <= column) {
                m_cells += column + 1 - cells.size();
                if (m_cells > SheetLimits::kMaxCells)
                    beyondLimit(Tr::tr("its first sheet spans more than %1 cells (the limit); split it into "
                                       "smaller workbooks")
                                    .arg(number(SheetLimits::kMaxCells)));
                cells.resize(column + 1);
            }
            cells[column] = text;
        }

        QList<QStringList> rows;

    private:
        qint64 m_cells = 0;
    };

    QList<QStringList> sheetRows(const QByteArray& part, const QStringList& strings)
    {
        SheetGrid grid;
        QXmlStreamReader xml(part);
        qint64 row = -1;
        qint64 nextColumn = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"row") {
                const qint64 r = xml.attributes().value(u"r"_s).toLongLong();
                row = r > 0 ? r - 1 : row + 1;
                nextColumn = 0;
            } else if (xml.name() == u"c" && row >= 0) {
                const QXmlStreamAttributes attributes = xml.attributes();
                const qint64 referenced = columnOf(attributes.value(u"r"_s));
                const qint64 column = referenced >= 0 ? referenced : nextColumn;
                nextColumn = column + 1;
                const QString type = attributes.value(u"t"_s).toString();
                QString value;
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"v")
                        value = xml.readElementText();
                    else if (xml.name() == u"is")
                        value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    else
                        xml.skipCurrentElement();
                }
                if (type == u"s") {
                    const int index = value.toInt();
                    value = index >= 0 && index < strings.size() ? strings.at(index) : QString();
                }
                if (!value.isEmpty())
                    grid.put(row, column, value);
            }
        }
        if (xml.hasError())
            throw Error(ErrorCode::InvalidInput, Tr::tr("its XML is damaged (%1)").arg(xml.errorString()));
        return std::move(grid.rows);
    }
} // namespace

SheetTable readXlsxSheet(const QString& path)
{
    const QString fileName = QFileInfo(path).fileName();
    try {
        if (QFileInfo(path).size() > SheetLimits::kMaxFileBytes)
            beyondLimit(Tr::tr("it is larger than %1 MB (the limit)").arg(number(SheetLimits::kMaxFileBytes / (1024 * 1024))));
        XlsxParts parts(path);
        const QString sheetPart = relationTarget(
            parts.read(u"xl/_rels/workbook.xml.rels"_s), firstSheetRelation(parts.read(u"xl/workbook.xml"_s)));
        const QByteArray sheet = sheetPart.isEmpty() ? QByteArray() : parts.read(sheetPart);
        if (sheet.isEmpty())
            throw Error(ErrorCode::InvalidInput, Tr::tr("it has no worksheet"));
        SheetTable table;
        table.rows = sheetRows(sheet, sharedStrings(parts.read(u"xl/sharedStrings.xml"_s)));
        table.format = u"xlsx"_s;
        return table;
    } catch (const Error& e) {
        throw Error(ErrorCode::InvalidInput, Tr::tr("%1 is not a readable .xlsx workbook: %2").arg(fileName, e.message()));
    } catch (const Poco::Exception&) {
        // Poco's own words ("Assertion violation: …", "Bad CRC") say nothing to a clerk.
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("%1 is not a readable .xlsx workbook: it is damaged, cut short or not a zip archive; open it in "
                   "Excel or WPS and save it again")
                .arg(fileName));
    } catch (const std::bad_alloc&) {
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("%1 is not a readable .xlsx workbook: it needs more memory than this computer has").arg(fileName));
    } catch (const std::exception&) { // a stream failing inside Poco
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("%1 is not a readable .xlsx workbook: it is damaged, cut short or not a zip archive; open it in "
                   "Excel or WPS and save it again")
                .arg(fileName));
    }
}

} // namespace ogi
