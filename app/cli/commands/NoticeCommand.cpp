#include "../Commands.h"
#include "../DateArguments.h"

#include "Clock.h"
#include "SavedFile.h"
#include "Timestamps.h"
#include "notices/NoticeStore.h"
#include "notices/NoticeType.h"
#include "print/NoticePdf.h"
#include "register/CaseRepository.h"
#include "settings/OfficeSettings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::NoticeCommand)
    };

    const QString kUsage = u"ogi --db FILE --user NAME notice CASE TYPE [--set NAME=TEXT]... [--date D] "
                           u"[--pdf OUT.pdf | --html OUT.html]\n"
                           u"ogi --db FILE notice CASE envelope --pdf OUT.pdf\n"
                           u"ogi --db FILE notice --reprint NUMBER (--pdf OUT.pdf | --html OUT.html)\n"
                           u"ogi --db FILE notice --service-proof NUMBER (--pdf OUT.pdf | --html OUT.html)\n"
                           u"ogi --db FILE --user NAME notice --void NUMBER --reason TEXT"_s;

    // Writes the notice where the options say; returns whether anything was written.
    bool writeOut(CliContext& context, const Database& database, const QString& pdf, const QString& html,
        const QString& body, const QString& title, const QDateTime& created, print::PaperKind paper)
    {
        if (!html.isEmpty())
            saveFile(html, body.toUtf8());
        if (!pdf.isEmpty())
            print::writeNoticePdf(
                pdf, body, print::resolveNoticeFonts(OfficeSettings(database).noticeFonts()), title, created, paper);
        for (const QString& path : { html, pdf })
            if (!path.isEmpty())
                context.out << Tr::tr("Written: %1").arg(path) << Qt::endl;
        return !pdf.isEmpty() || !html.isEmpty();
    }
} // namespace

int runNotice(CliContext& context)
{
    if (context.takeFlag(u"help"_s)) {
        context.out << kUsage << Qt::endl << Qt::endl << Tr::tr("Types:") << Qt::endl;
        for (const NoticeType& type : noticeTypes())
            context.out << u"  "_s << QString::fromLatin1(type.code).leftJustified(24) << noticeTypeName(type) << u"  ("_s
                        << QString::fromUtf8(type.article) << u')' << Qt::endl;
        context.out << u"  "_s << QString::fromLatin1(kEnvelopeTemplate).leftJustified(24)
                    << Tr::tr("mailing label for postal delivery (not numbered, not stored)") << Qt::endl;
        context.out << u"  --service-proof NUMBER"_s.leftJustified(26)
                    << Tr::tr("送达回证 (proof of service) of an issued notice (not numbered, not stored)") << Qt::endl;
        return ExitOk;
    }
    const QString pdf = context.takeOption(u"pdf"_s);
    const QString html = context.takeOption(u"html"_s);
    const QString reprint = context.takeOption(u"reprint"_s);
    const QString serviceProof = context.takeOption(u"service-proof"_s);
    const QString voidNumber = context.takeOption(u"void"_s);
    const QString reason = context.takeOption(u"reason"_s);
    const QString dateText = context.takeOption(u"date"_s);
    const QStringList sets = context.takeOptions(u"set"_s);

    if (!voidNumber.isEmpty()) {
        context.takePositionals(0, kUsage);
        const Database database = context.openDatabase();
        const UserAccount user = context.signIn(database);
        NoticeStore store(database);
        const std::optional<IssuedNotice> notice = store.findByNumber(voidNumber);
        if (!notice)
            throw Error(ErrorCode::NotFound, Tr::tr("There is no notice numbered %1.").arg(voidNumber));
        store.voidNotice(notice->id, reason, user);
        context.out << Tr::tr("Voided %1; its number stays used.").arg(voidNumber) << Qt::endl;
        return ExitOk;
    }
    if (!serviceProof.isEmpty()) {
        context.takePositionals(0, kUsage);
        if (pdf.isEmpty() && html.isEmpty())
            throw UsageError { Tr::tr("--service-proof needs --pdf OUT.pdf or --html OUT.html") };
        const Database database = context.openDatabase(OpenMode::ExistingOnly);
        NoticeStore store(database);
        const std::optional<IssuedNotice> notice = store.findByNumber(serviceProof);
        if (!notice)
            throw Error(ErrorCode::NotFound, Tr::tr("There is no notice numbered %1.").arg(serviceProof));
        writeOut(context, database, pdf, html, store.serviceProof(notice->id), notice->number, QDateTime(),
            print::PaperKind::NoticeA4);
        return ExitOk;
    }
    if (!reprint.isEmpty()) {
        context.takePositionals(0, kUsage);
        if (pdf.isEmpty() && html.isEmpty())
            throw UsageError { Tr::tr("--reprint needs --pdf OUT.pdf or --html OUT.html") };
        const Database database = context.openDatabase(OpenMode::ExistingOnly);
        const std::optional<IssuedNotice> notice = NoticeStore(database).findByNumber(reprint);
        if (!notice)
            throw Error(ErrorCode::NotFound, Tr::tr("There is no notice numbered %1.").arg(reprint));
        if (!notice->intact)
            throw Error(ErrorCode::Corrupt,
                Tr::tr("The stored notice %1 is no longer the one issued (its SHA-256 differs); it is not reprinted.")
                    .arg(reprint));
        writeOut(
            context, database, pdf, html, notice->html, notice->number, notice->issuedAt, print::PaperKind::NoticeA4);
        if (notice->voided)
            context.err << Tr::tr("Note: %1 was voided on %2 (%3).")
                               .arg(reprint, isoDate(notice->voidedAt.date()), notice->voidReason)
                        << Qt::endl;
        return ExitOk;
    }

    const QStringList positionals = context.takePositionals(2, kUsage);
    const QString caseNumber = positionals.at(0);
    const QString type = positionals.at(1);
    if (type == QLatin1String(kEnvelopeTemplate)) {
        if (pdf.isEmpty() && html.isEmpty())
            throw UsageError { Tr::tr("the envelope needs --pdf OUT.pdf or --html OUT.html") };
        const Database database = context.openDatabase(OpenMode::ExistingOnly);
        writeOut(context, database, pdf, html, NoticeStore(database).envelope(caseNumber), caseNumber, QDateTime(),
            print::PaperKind::EnvelopeDL);
        return ExitOk;
    }
    QMap<QString, QString> edits;
    for (const QString& set : sets) {
        const qsizetype eq = set.indexOf(u'=');
        if (eq <= 0)
            throw UsageError { Tr::tr("--set takes NAME=TEXT, not \"%1\"").arg(set) };
        edits.insert(set.left(eq).trimmed(), set.mid(eq + 1));
    }
    const QDate date = dateText.isEmpty() ? SystemClock::instance().today() : parseDateArgument(u"date"_s, dateText);
    const Database database = context.openDatabase();
    const UserAccount user = context.signIn(database);
    const IssuedNotice notice = NoticeStore(database).issue(caseNumber, type, edits, date, user);
    context.out << Tr::tr("Issued %1 (%2) for case %3 on %4; SHA-256 %5")
                       .arg(notice.number, noticeTypeName(*findNoticeType(notice.type)), caseNumber,
                           isoDate(notice.issuedOn), notice.sha256)
                << Qt::endl;
    writeOut(context, database, pdf, html, notice.html, notice.number, notice.issuedAt, print::PaperKind::NoticeA4);
    return ExitOk;
}

int runNotices(CliContext& context)
{
    const QStringList positionals = context.takePositionals(1, u"ogi --db FILE notices CASE"_s);
    const Database database = context.openDatabase(OpenMode::ExistingOnly);
    const std::optional<CaseRecord> record = CaseRepository(database).find(positionals.at(0));
    if (!record)
        throw Error(ErrorCode::NotFound, Tr::tr("There is no case %1.").arg(positionals.at(0)));
    const QList<IssuedNotice> notices = NoticeStore(database).list(record->id);
    if (notices.isEmpty())
        context.out << Tr::tr("Case %1 has no notices yet.").arg(record->caseNumber) << Qt::endl;
    bool allIntact = true;
    for (const IssuedNotice& n : notices) {
        const NoticeType* type = findNoticeType(n.type);
        QString line
            = u"%1  %2  %3  %4"_s.arg(n.number, isoDate(n.issuedOn), type ? noticeTypeName(*type) : n.type, n.issuedBy);
        if (n.voided)
            line += u"  "_s + Tr::tr("[voided %1: %2]").arg(isoDate(n.voidedAt.date()), n.voidReason);
        if (!n.intact)
            line += u"  "_s + Tr::tr("[CHANGED SINCE ISSUE: SHA-256 differs]");
        allIntact = allIntact && n.intact;
        context.out << line << Qt::endl;
    }
    return allIntact ? ExitOk : ExitFinding;
}

} // namespace ogi::cli
