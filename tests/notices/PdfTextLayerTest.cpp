// rewritePdfTextLayer on a small PDF laid out as Qt writes one: the text layer names the
// characters, the cross-reference table still points at every object.
#include "notices/PdfTextLayer.h"
#include "Error.h"

#include <QList>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

QByteArray buildPdf(const QByteArray& cmap)
{
    QList<QByteArray> objects = {
        "<< /Type /Catalog >>",
        "<< /Type /Font /Subtype /Type0 /ToUnicode 3 0 R >>",
        "<< /Length " + QByteArray::number(cmap.size()) + " >>\nstream\n" + cmap + "\nendstream",
        "<< /Creator (OGI Desk) /CreationDate (D:20261130012212Z) >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size 5 /Root 1 0 R /Info 4 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// Every xref entry points at its object, startxref at the table, each stream's /Length fits.
void requireWellFormed(const QByteArray& pdf)
{
    const qsizetype start = pdf.lastIndexOf("startxref");
    const qsizetype xref = pdf.mid(start + 10).split('\n').front().toLongLong();
    REQUIRE(pdf.mid(xref, 4) == "xref");
    const QList<QByteArray> lines = pdf.mid(xref).split('\n');
    const int count = lines.at(1).split(' ').at(1).toInt();
    for (int i = 1; i < count; ++i) {
        const qsizetype offset = lines.at(2 + i).left(10).toLongLong();
        CHECK(pdf.mid(offset, QByteArray::number(i).size() + 6) == QByteArray::number(i) + " 0 obj");
    }
    static const QRegularExpression stream(u"/Length (\\d+) >>\\nstream\\n"_s);
    for (auto it = stream.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
        const auto m = it.next();
        CHECK(pdf.mid(m.capturedEnd() + m.captured(1).toInt(), 10) == "\nendstream");
    }
}

} // namespace

TEST_CASE("the text layer gets the characters back, the file stays well formed", "[notices][pdf]")
{
    const QByteArray cmap = "/CIDInit /ProcSet findresource begin\n2 beginbfrange\n<0000> <0000> <0000>\n"
                            "<0001> <0003> [<2F08> <653F> <2EA0> ]\nendbfrange\n"
                            "1 beginbfrange\n<0004> <0006> <2F07>\nendbfrange\n"
                            "1 beginbfchar\n<0007> <2F47>\nendbfchar\nendcmap\n";
    const QByteArray pdf = buildPdf(cmap);
    requireWellFormed(pdf);
    const QHash<char16_t, char16_t> map { { 0x2F08, 0x4EBA }, { 0x2EA0, 0x6C11 }, { 0x2F47, 0x65E5 } };
    const QDateTime issued(QDate(2026, 3, 16), QTime(8, 30, 5), Qt::UTC);
    const QByteArray fixed = rewritePdfTextLayer(pdf, map, issued);
    requireWellFormed(fixed);
    CHECK(fixed.contains("<0001> <0003> [<4EBA> <653F> <6C11>]"));
    // A range through a replaced code point is written out entry by entry.
    CHECK(fixed.contains("<0004> <0006> [<2F07> <4EBA> <2F09>]"));
    CHECK(fixed.contains("<0007> <65E5>"));
    CHECK_FALSE(fixed.contains("2F08"));
    CHECK(fixed.contains("/CreationDate (D:20260316083005Z)"));
    CHECK(fixed.size() != pdf.size()); // the table moved and still fits (requireWellFormed)
    // Nothing to replace, no date: the same bytes.
    CHECK(rewritePdfTextLayer(pdf, {}) == pdf);
    CHECK_THROWS_AS(rewritePdfTextLayer("not a pdf", map), Error);
}
