#include "PdfTextLayer.h"

#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::PdfTextLayer)
    };

    [[noreturn]] void unexpected(const char* what)
    {
        throw Error(
            ErrorCode::Internal, Tr::tr("The PDF cannot be given its text layer: %1.").arg(QString::fromLatin1(what)));
    }

    struct Edit
    {
        qsizetype begin;
        qsizetype end; // exclusive
        QByteArray bytes;
    };

    QByteArray hex4(unsigned value) { return QByteArray::number(value, 16).rightJustified(4, '0').toUpper(); }

    // One destination: a single BMP code point is replaced when the map has it.
    QByteArray mapDestination(const QByteArray& hex, const QHash<char16_t, char16_t>& replacements)
    {
        if (hex.size() != 4)
            return hex;
        bool ok = false;
        const auto code = static_cast<char16_t>(hex.toUInt(&ok, 16));
        if (!ok || !replacements.contains(code))
            return hex;
        return hex4(replacements.value(code));
    }

    // The CMap text with its destinations mapped.
    QByteArray rewriteCMap(const QByteArray& cmap, const QHash<char16_t, char16_t>& replacements)
    {
        static const QRegularExpression section(
            u"(beginbfrange|beginbfchar)(.*?)(endbfrange|endbfchar)"_s, QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression range(
            u"<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*(?:<([0-9A-Fa-f]+)>|\\[([^\\]]*)\\])"_s);
        static const QRegularExpression pair(u"<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>"_s);
        static const QRegularExpression token(u"<([0-9A-Fa-f]+)>"_s);

        const QString text = QString::fromLatin1(cmap);
        QString out;
        qsizetype last = 0;
        for (auto it = section.globalMatch(text); it.hasNext();) {
            const auto s = it.next();
            out += text.mid(last, s.capturedStart(2) - last);
            const QString body = s.captured(2);
            QString newBody;
            qsizetype bodyLast = 0;
            const bool isRange = s.captured(1) == u"beginbfrange";
            for (auto e = (isRange ? range : pair).globalMatch(body); e.hasNext();) {
                const auto m = e.next();
                newBody += body.mid(bodyLast, m.capturedStart() - bodyLast);
                bodyLast = m.capturedEnd();
                if (!isRange) {
                    newBody += u'<' + m.captured(1) + u"> <"_s
                        + QString::fromLatin1(mapDestination(m.captured(2).toLatin1(), replacements)) + u'>';
                    continue;
                }
                const uint lo = m.captured(1).toUInt(nullptr, 16);
                const uint hi = m.captured(2).toUInt(nullptr, 16);
                QList<QByteArray> destinations;
                if (!m.captured(3).isEmpty()) {
                    // <lo> <hi> <start>: lo..hi map to start, start+1, ... Written out only when
                    // one of them changes.
                    const uint start = m.captured(3).toUInt(nullptr, 16);
                    bool touched = false;
                    for (uint i = 0; i <= hi - lo && m.captured(3).size() == 4; ++i)
                        touched = touched || replacements.contains(static_cast<char16_t>(start + i));
                    if (!touched) {
                        newBody += m.captured(0);
                        continue;
                    }
                    for (uint i = 0; i <= hi - lo; ++i)
                        destinations << hex4(start + i);
                } else {
                    for (auto t = token.globalMatch(m.captured(4)); t.hasNext();)
                        destinations << t.next().captured(1).toLatin1();
                }
                QString list;
                bool changed = !m.captured(3).isEmpty();
                for (const QByteArray& d : destinations) {
                    const QByteArray mapped = mapDestination(d, replacements);
                    changed = changed || mapped != d;
                    list += u'<' + QString::fromLatin1(mapped) + u"> "_s;
                }
                newBody += changed ? u'<' + m.captured(1) + u"> <"_s + m.captured(2) + u"> ["_s + list.trimmed() + u']'
                                   : m.captured(0);
            }
            newBody += body.mid(bodyLast);
            out += newBody;
            last = s.capturedStart(3);
        }
        out += text.mid(last);
        return out.toLatin1();
    }

    struct XrefTable
    {
        qsizetype position = 0; // of "xref"
        qsizetype end = 0; // just after the last entry
        QList<qsizetype> offsets; // by object number; -1: free
    };

    XrefTable readXref(const QByteArray& pdf)
    {
        const qsizetype startxref = pdf.lastIndexOf("startxref");
        if (startxref < 0)
            unexpected("no startxref");
        static const QRegularExpression number(u"startxref\\s+(\\d+)"_s);
        const auto m = number.match(QString::fromLatin1(pdf.mid(startxref, 40)));
        if (!m.hasMatch())
            unexpected("unreadable startxref");
        XrefTable table;
        table.position = m.captured(1).toLongLong();
        static const QRegularExpression head(u"^xref\\s+0\\s+(\\d+)\\s*\\n"_s);
        const auto h = head.match(QString::fromLatin1(pdf.mid(table.position, 40)));
        if (!h.hasMatch())
            unexpected("no single cross-reference section");
        const int count = h.captured(1).toInt();
        const qsizetype first = table.position + h.capturedLength();
        for (int i = 0; i < count; ++i) {
            const QByteArray entry = pdf.mid(first + qsizetype(i) * 20, 20);
            if (entry.size() != 20)
                unexpected("a short cross-reference entry");
            table.offsets << (entry.at(17) == 'n' ? entry.left(10).toLongLong() : -1);
        }
        table.end = first + qsizetype(count) * 20;
        return table;
    }
} // namespace

QByteArray rewritePdfTextLayer(
    const QByteArray& pdf, const QHash<char16_t, char16_t>& replacements, const QDateTime& created)
{
    const XrefTable xref = readXref(pdf);
    QList<Edit> edits;

    static const QRegularExpression toUnicode(u"/ToUnicode\\s+(\\d+)\\s+0\\s+R"_s);
    static const QRegularExpression streamHead(
        u"^(\\d+)\\s+0\\s+obj\\s*<<\\s*/Length\\s+(\\d+)\\s*>>\\s*stream\\r?\\n"_s);
    QList<int> seen;
    const QString header = QString::fromLatin1(pdf.left(xref.position));
    for (auto it = toUnicode.globalMatch(header); it.hasNext();) {
        const int object = it.next().captured(1).toInt();
        if (seen.contains(object))
            continue;
        seen << object;
        if (object <= 0 || object >= xref.offsets.size() || xref.offsets.at(object) < 0)
            unexpected("a ToUnicode map missing from the cross-reference table");
        const qsizetype at = xref.offsets.at(object);
        const auto h = streamHead.match(QString::fromLatin1(pdf.mid(at, 120)));
        if (!h.hasMatch() || h.captured(1).toInt() != object)
            unexpected("a ToUnicode map that is not a plain stream");
        const qsizetype length = h.captured(2).toLongLong();
        const qsizetype dataBegin = at + h.capturedLength();
        const QByteArray cmap = rewriteCMap(pdf.mid(dataBegin, length), replacements);
        const QByteArray head
            = QByteArray::number(object) + " 0 obj\n<< /Length " + QByteArray::number(cmap.size()) + " >>\nstream\n";
        edits.append({ at, dataBegin + length, head + cmap });
    }

    if (created.isValid()) {
        static const QRegularExpression creation(u"/CreationDate\\s*\\((D:[^)]*)\\)"_s);
        const auto m = creation.match(header);
        if (m.hasMatch())
            edits.append({ m.capturedStart(1), m.capturedEnd(1),
                "D:" + created.toUTC().toString(u"yyyyMMddHHmmss"_s).toLatin1() + "Z" });
    }

    std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
    QByteArray out;
    out.reserve(pdf.size() + 4096);
    qsizetype last = 0;
    QList<std::pair<qsizetype, qsizetype>> shifts; // (old end of an edit, total shift after it)
    qsizetype shift = 0;
    for (const Edit& edit : edits) {
        if (edit.begin < last)
            unexpected("overlapping objects");
        out += pdf.mid(last, edit.begin - last);
        out += edit.bytes;
        shift += edit.bytes.size() - (edit.end - edit.begin);
        shifts.append({ edit.end, shift });
        last = edit.end;
    }
    out += pdf.mid(last, xref.position - last);
    const auto moved = [&](qsizetype offset) {
        qsizetype by = 0;
        for (const auto& [end, total] : shifts)
            if (end <= offset)
                by = total;
        return offset + by;
    };

    QByteArray table = "xref\n0 " + QByteArray::number(xref.offsets.size()) + "\n";
    for (int i = 0; i < xref.offsets.size(); ++i)
        table += i == 0 || xref.offsets.at(i) < 0
            ? QByteArray("0000000000 65535 f \n")
            : QByteArray::number(moved(xref.offsets.at(i))).rightJustified(10, '0') + " 00000 n \n";
    const qsizetype newXref = out.size();
    out += table;
    // The trailer stays; only the position of the table after it changes.
    QByteArray trailer = pdf.mid(xref.end);
    const qsizetype startxref = trailer.lastIndexOf("startxref");
    trailer = trailer.left(startxref) + "startxref\n" + QByteArray::number(newXref) + "\n%%EOF\n";
    out += trailer;
    return out;
}

} // namespace ogi
