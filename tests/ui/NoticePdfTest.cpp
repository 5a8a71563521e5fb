// The PDF of every notice: fonts embedded, the text layer gives back the notice's own
// characters (pdftotext), a reprint is the same bytes. The PDFs and a few pages as PNG stay
// in notices/ of the test folder to be looked at.
#include "NoticeCases.h"
#include "TestApp.h"
#include "WorkflowFixture.h"

#include "notices/NoticeStore.h"
#include "notices/NoticeTemplates.h"
#include "notices/NoticeType.h"
#include "print/NoticePdf.h"
#include "settings/OfficeSettings.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextDocument>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;
using ogi::test::day;

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    const QString path = QStandardPaths::findExecutable(program);
    INFO(program.toStdString() << " is installed by packaging/install-deps.sh (poppler-utils)");
    REQUIRE_FALSE(path.isEmpty());
    QProcess process;
    process.start(path, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Text without layout: no white space, no page numbers ("— 2 —").
QString bareText(QString text)
{
    static const QRegularExpression pageNumber(u"—\\s*\\d+\\s*—"_s);
    text.remove(pageNumber);
    text.remove(QRegularExpression(u"\\s+"_s));
    return text;
}

bool hasRadical(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            return true;
    return false;
}

} // namespace

TEST_CASE("every notice as PDF: its own text comes back out, reprints are identical", "[ui][notices][pdf]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    test::setTestAgency(f);
    NoticeStore store(*f.database, f.clock);
    NoticeTemplates templates(*f.database, f.clock);
    const print::NoticeFontFamilies fonts = print::resolveNoticeFonts(OfficeSettings(*f.database).noticeFonts());
    QDir().mkpath(u"notices"_s);
    const QStringList looked { u"receipt"_s, u"reply_withhold"_s, u"reply_partly_disclose"_s, u"extension"_s };

    for (const NoticeType& type : noticeTypes()) {
        const QString code = QLatin1String(type.code);
        INFO(code.toStdString());
        const QString number = test::caseReadyFor(f, type);
        const IssuedNotice notice
            = store.issue(number, code, test::completeEdits(templates.composed(code)), day("2026-11-20"), f.clerk);
        const QByteArray pdf = print::noticePdf(notice.html, fonts, notice.number, notice.issuedAt);
        CHECK(pdf.startsWith("%PDF-"));
        CHECK(print::noticePdf(notice.html, fonts, notice.number, notice.issuedAt) == pdf);
        const QString path = u"notices/%1.pdf"_s.arg(code);
        print::writeNoticePdf(path, notice.html, fonts, notice.number, notice.issuedAt);

        const QString extracted = run(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, path, u"-"_s });
        QTextDocument document;
        document.setHtml(notice.html);
        CHECK_FALSE(hasRadical(extracted));
        CHECK(bareText(extracted) == bareText(document.toPlainText()));
        CHECK(bareText(extracted).contains(u"《中华人民共和国政府信息公开条例》"_s));
        if (looked.contains(code))
            run(u"pdftoppm"_s, { u"-r"_s, u"60"_s, u"-png"_s, path, u"notices/"_s + code });
    }
    const QString fontList = run(u"pdffonts"_s, { u"notices/receipt.pdf"_s });
    // Every font embedded with a Unicode map: the columns emb, sub, uni of pdffonts.
    static const QRegularExpression fontLine(
        u"^(\\S+).*\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"_s, QRegularExpression::MultilineOption);
    int fontCount = 0;
    for (auto it = fontLine.globalMatch(fontList); it.hasNext(); ++fontCount) {
        const auto m = it.next();
        INFO(m.captured(0).toStdString());
        CHECK(m.captured(1).contains(u"CJK"_s));
        CHECK(m.captured(2) == u"yes");
        CHECK(m.captured(4) == u"yes");
    }
    CHECK(fontCount >= 1);

    // The envelope carries the applicant's address.
    const QString envelope = store.envelope(f.newCase("2026-07-01"));
    print::writeNoticePdf(
        u"notices/envelope.pdf"_s, envelope, fonts, u"envelope"_s, QDateTime(), print::PaperKind::EnvelopeDL);
    const QString label = run(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, u"notices/envelope.pdf"_s, u"-"_s });
    CHECK(bareText(label).contains(u"北京市西城区西长安街1号"_s));
    CHECK(bareText(label).contains(u"100032"_s));
    run(u"pdftoppm"_s, { u"-r"_s, u"60"_s, u"-png"_s, u"notices/envelope.pdf"_s, u"notices/envelope"_s });

    // The 送达回证 of an issued notice prints on one A4 page, its text searchable.
    const IssuedNotice served = store.issue(f.newCase("2026-07-01"), u"receipt"_s, {}, day("2026-11-20"), f.clerk);
    print::writeNoticePdf(
        u"notices/service_proof.pdf"_s, store.serviceProof(served.id), fonts, served.number, QDateTime());
    const QString proof = bareText(run(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, u"notices/service_proof.pdf"_s, u"-"_s }));
    CHECK(proof.contains(u"送达回证"_s));
    CHECK(proof.contains(bareText(served.number)));
    CHECK(proof.contains(u"受送达人签名（盖章）"_s));
    CHECK_FALSE(hasRadical(proof));
    CHECK(run(u"pdfinfo"_s, { u"notices/service_proof.pdf"_s }).contains(QRegularExpression(u"Pages:\\s+1\\n"_s)));
    run(u"pdftoppm"_s, { u"-r"_s, u"60"_s, u"-png"_s, u"notices/service_proof.pdf"_s, u"notices/service_proof"_s });
}

namespace {

int pageCount(const QString& pdf)
{
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    return pages.match(run(u"pdfinfo"_s, { pdf })).captured(1).toInt();
}

QString pageText(const QString& pdf, int page)
{
    const QString n = QString::number(page);
    return run(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, u"-f"_s, n, u"-l"_s, n, pdf, u"-"_s });
}

// The lowest edge (in points from the top) of the words on `page` containing `text`; -1 if none.
double wordBottom(const QString& pdf, int page, const QString& text)
{
    const QString n = QString::number(page);
    const QString boxes = run(u"pdftotext"_s, { u"-bbox"_s, u"-enc"_s, u"UTF-8"_s, u"-f"_s, n, u"-l"_s, n, pdf, u"-"_s });
    static const QRegularExpression word(u"<word xMin=\"[\\d.]+\" yMin=\"[\\d.]+\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)</word>"_s);
    double bottom = -1;
    for (auto it = word.globalMatch(boxes); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(2).contains(text))
            bottom = std::max(bottom, m.captured(1).toDouble());
    }
    return bottom;
}

} // namespace

TEST_CASE("every notice prints without a page of its own for the colophon, the 版记 is at the foot of the last page",
    "[ui][notices][pdf]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    test::setTestAgency(f);
    NoticeStore store(*f.database, f.clock);
    NoticeTemplates templates(*f.database, f.clock);
    const print::NoticeFontFamilies fonts = print::resolveNoticeFonts(OfficeSettings(*f.database).noticeFonts());
    QDir().mkpath(u"notices/pages"_s);
    // GB/T 9704: the text area ends 37 + 225 mm from the top of A4 (742 pt); the 版记's last
    // line sits at its foot, whatever the length of the body.
    const double areaBottom = (37.0 + 225.0) / 25.4 * 72.0;
    for (const NoticeType& type : noticeTypes()) {
        const QString code = QLatin1String(type.code);
        INFO(code.toStdString());
        // Typical content: each part a sentence or two, as clerks write them.
        QMap<QString, QString> edits = test::completeEdits(templates.composed(code));
        for (auto it = edits.begin(); it != edits.end(); ++it)
            it.value() = it.value() + u"，具体情况见所附材料，请予知悉"_s;
        const IssuedNotice notice = store.issue(test::caseReadyFor(f, type), code, edits, day("2026-11-20"), f.clerk);
        const QString path = u"notices/pages/%1.pdf"_s.arg(code);
        print::writeNoticePdf(path, notice.html, fonts, notice.number, notice.issuedAt);
        const int pages = pageCount(path);
        REQUIRE(pages >= 1);
        for (int page = 1; page <= pages; ++page) {
            INFO("page " << page << " of " << pages);
            CHECK_FALSE(bareText(pageText(path, page)).isEmpty()); // not only "— n —" and a rule
        }
        CHECK(bareText(pageText(path, pages)).contains(u"印发"_s));
        const double colophon = wordBottom(path, pages, u"印发"_s);
        CHECK(colophon > areaBottom - 40); // within the last two lines of the text area
        CHECK(colophon <= areaBottom + 1);
        if (code == u"receipt" || code == u"reply_withhold")
            run(u"pdftoppm"_s, { u"-r"_s, u"60"_s, u"-png"_s, path, u"notices/pages/"_s + code });
    }
}

TEST_CASE("the 版记 goes to the foot of a page of its own only when the body leaves no room for it",
    "[ui][notices][pdf]")
{
    test::ensureGuiApp();
    test::WorkflowFixture f;
    const print::NoticeFontFamilies fonts = print::resolveNoticeFonts(OfficeSettings(*f.database).noticeFonts());
    struct Row
    {
        int bodyLines; // one-line paragraphs before the 版记, 22 to a page
        int pages;
    };
    const Row row = GENERATE(Row { 5, 1 }, Row { 20, 1 }, Row { 22, 2 }, Row { 30, 2 }, Row { 43, 2 });
    INFO(row.bodyLines << " lines");
    QString html;
    for (int line = 1; line <= row.bodyLines; ++line)
        html += u"<p class=\"addressee\">第%1行</p>\n"_s.arg(line);
    html += u"<hr/>\n<p class=\"colophon\">某某区人民政府办公室　　　　2026年11月20日印发</p>\n<hr/>\n"_s;
    QDir().mkpath(u"notices/flow"_s);
    const QString path = u"notices/flow/%1.pdf"_s.arg(row.bodyLines);
    print::writeNoticePdf(path, html, fonts, u"flow"_s, QDateTime());
    const int pages = pageCount(path);
    CHECK(pages == row.pages);
    for (int page = 1; page <= pages; ++page)
        CHECK_FALSE(bareText(pageText(path, page)).isEmpty());
    CHECK(bareText(pageText(path, pages)).contains(u"印发"_s));
    CHECK(bareText(pageText(path, pages)).contains(u"第%1行"_s.arg(row.bodyLines))
        == (row.bodyLines != 22)); // 22 full lines: the 版记 alone at the foot of page 2
    CHECK(wordBottom(path, pages, u"印发"_s) > (37.0 + 225.0) / 25.4 * 72.0 - 40);
}
