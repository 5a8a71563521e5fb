#include "HostileZip.h"

#include <Poco/DateTime.h>
#include <Poco/Zip/Compress.h>

#include <QFile>

#include <fstream>
#include <istream>
#include <sstream>
#include <streambuf>
#include <tuple>

namespace ogi::test {

namespace {
    // `count` zero bytes, read in blocks.
    class ZeroBuffer : public std::streambuf
    {
    public:
        explicit ZeroBuffer(qint64 count)
            : m_left(count)
        {
        }

    protected:
        int_type underflow() override
        {
            if (m_left <= 0)
                return traits_type::eof();
            const qint64 n = std::min<qint64>(m_left, sizeof m_block);
            m_left -= n;
            setg(m_block, m_block, m_block + n);
            return traits_type::to_int_type(m_block[0]);
        }

    private:
        qint64 m_left;
        char m_block[1 << 16] {};
    };
} // namespace

void writeZip(const QString& path, const QList<ZipEntry>& entries)
{
    std::ofstream out(QFile::encodeName(path).constData(), std::ios::binary | std::ios::trunc);
    Poco::Zip::Compress zip(out, true);
    for (const ZipEntry& e : entries) {
        if (e.zeros > 0) {
            ZeroBuffer buffer(e.zeros);
            std::istream in(&buffer);
            zip.addFile(in, Poco::DateTime(), Poco::Path(e.name.toStdString(), Poco::Path::PATH_UNIX),
                Poco::Zip::ZipCommon::CM_DEFLATE, Poco::Zip::ZipCommon::CL_SUPERFAST);
        } else {
            std::istringstream in(e.bytes.toStdString());
            zip.addFile(in, Poco::DateTime(), Poco::Path(e.name.toStdString(), Poco::Path::PATH_UNIX));
        }
    }
    zip.close();
}

void claimUnpackedSize(const QString& path, const QString& name, quint32 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QByteArray bytes = file.readAll();
    file.close();
    const QByteArray wanted = name.toUtf8();
    const auto u16 = [&](qsizetype at) { return quint16(uchar(bytes[at]) | uchar(bytes[at + 1]) << 8); };
    const auto put32 = [&](qsizetype at) {
        for (int i = 0; i < 4; ++i)
            bytes[at + i] = char((size >> (8 * i)) & 0xFF);
    };
    // Local header: name length at 26, name at 30, size at 22. Central: 28, 46, 24.
    for (const auto& [signature, nameLength, nameAt, sizeAt] :
        { std::tuple { QByteArray("PK\x03\x04"), 26, 30, 22 }, std::tuple { QByteArray("PK\x01\x02"), 28, 46, 24 } })
        for (qsizetype at = bytes.indexOf(signature); at >= 0; at = bytes.indexOf(signature, at + 4))
            if (at + nameAt <= bytes.size() && bytes.mid(at + nameAt, u16(at + nameLength)) == wanted)
                put32(at + sizeAt);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

void writeXlsx(const QString& path, const QByteArray& sheetXml, const QByteArray& sharedStrings,
    const QList<ZipEntry>& extra)
{
    QList<ZipEntry> entries {
        { QStringLiteral("xl/workbook.xml"),
            R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
            R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
            R"(<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)" },
        { QStringLiteral("xl/_rels/workbook.xml.rels"),
            R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
            R"(<Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)" },
    };
    if (!sheetXml.isNull())
        entries << ZipEntry { QStringLiteral("xl/worksheets/sheet1.xml"),
            R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" + sheetXml
                + "</sheetData></worksheet>" };
    if (!sharedStrings.isEmpty())
        entries << ZipEntry { QStringLiteral("xl/sharedStrings.xml"), sharedStrings };
    entries << extra;
    writeZip(path, entries);
}

} // namespace ogi::test
