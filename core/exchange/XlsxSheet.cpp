#include "SheetTable.h"

#include "Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <Poco/Exception.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <fstream>
#include <iterator>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::SheetTable)
    };

    // An .xlsx is a zip of XML parts (ECMA-376): the workbook names its sheets, its
    // relationships say which part holds each, shared strings hold the text cells.
    class XlsxParts
    {
    public:
        explicit XlsxParts(const QString& path)
            : m_path(path)
            , m_in(QFile::encodeName(path).constData(), std::ios::binary)
            , m_archive(m_in)
        {
        }

        // The part's bytes; empty when the workbook has no such part.
        QByteArray read(const QString& name)
        {
            const auto header = m_archive.findHeader(name.toStdString());
            if (header == m_archive.headerEnd())
                return {};
            m_in.clear();
            Poco::Zip::ZipInputStream part(m_in, header->second);
            const std::string bytes((std::istreambuf_iterator<char>(part)), std::istreambuf_iterator<char>());
            return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
        }

    private:
        QString m_path;
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
                else if (xml.name() == u"t" && phonetic == 0)
                    current += xml.readElementText();
            } else if (xml.isEndElement()) {
                if (xml.name() == u"si")
                    strings << current;
                else if (xml.name() == u"rPh")
                    --phonetic;
            }
        }
        return strings;
    }

    // "BC12" -> 54 (0-based column); -1 when the reference has no letters.
    int columnOf(QStringView reference)
    {
        int column = 0;
        qsizetype i = 0;
        for (; i < reference.size() && reference.at(i).isLetter(); ++i)
            column = column * 26 + (reference.at(i).toUpper().unicode() - u'A' + 1);
        return i == 0 ? -1 : column - 1;
    }

    void putCell(QList<QStringList>& rows, int row, int column, const QString& text)
    {
        while (rows.size() <= row)
            rows << QStringList();
        QStringList& cells = rows[row];
        while (cells.size() <= column)
            cells << QString();
        cells[column] = text;
    }

    QList<QStringList> sheetRows(const QByteArray& part, const QStringList& strings)
    {
        QList<QStringList> rows;
        QXmlStreamReader xml(part);
        int row = -1;
        int nextColumn = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"row") {
                const int r = xml.attributes().value(u"r"_s).toInt();
                row = r > 0 ? r - 1 : row + 1;
                nextColumn = 0;
            } else if (xml.name() == u"c" && row >= 0) {
                const QXmlStreamAttributes attributes = xml.attributes();
                const int referenced = columnOf(attributes.value(u"r"_s));
                const int column = referenced >= 0 ? referenced : nextColumn;
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
                    putCell(rows, row, column, value);
            }
        }
        if (xml.hasError())
            throw Error(ErrorCode::InvalidInput, xml.errorString());
        return rows;
    }
} // namespace

SheetTable readXlsxSheet(const QString& path)
{
    const QString fileName = QFileInfo(path).fileName();
    try {
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
    } catch (const Poco::Exception& e) {
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("%1 is not a readable .xlsx workbook: %2").arg(fileName, QString::fromStdString(e.displayText())));
    }
}

} // namespace ogi
