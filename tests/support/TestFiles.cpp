#include "TestFiles.h"

#include "TestApp.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <catch2/catch.hpp>

#include <functional>

using namespace Qt::StringLiterals;

namespace ogi::test {

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

Application samplePersonApplication(const QDate& receipt)
{
    Application app;
    Applicant a;
    a.kind = ApplicantKind::Person;
    a.name = u"张三"_s;
    a.idType = IdDocumentType::ResidentId;
    a.idNumber = u"11010519491231002X"_s;
    a.phone = u"13812345678"_s;
    a.address = u"北京市西城区西长安街1号"_s;
    a.postcode = u"100032"_s;
    app.applicants << a;
    app.channel = Channel::Post;
    app.submittedDate = receipt.addDays(-2);
    app.receiptDate = receipt;
    app.description = u"申请公开2025年度本区征地补偿安置方案"_s;
    app.requestedForm = RequestedForm::Paper;
    app.deliveryWay = DeliveryWay::Post;
    return app;
}

QByteArray samplePersonJson(const QDate& receipt)
{
    return uR"({"applicant": {"kind": "person", "name": "张三", "id_type": "resident_id",
                  "id_number": "11010519491231002X", "phone": "13812345678",
                  "address": "北京市西城区西长安街1号", "postcode": "100032"},
      "channel": "post", "submitted_date": "%1", "receipt_date": "%2",
      "description": "申请公开2025年度本区征地补偿安置方案",
      "requested_form": "paper", "delivery_way": "post"})"_s
        .arg(receipt.addDays(-2).toString(Qt::ISODate), receipt.toString(Qt::ISODate))
        .toUtf8();
}

std::unique_ptr<QProcess> startCli(const QStringList& args, const QByteArray& input, const QStringList& extraEnv)
{
    auto started = std::make_unique<QProcess>();
    QProcess& process = *started;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"LC_ALL"_s);
    env.insert(u"OGI_PASSWORD"_s, QLatin1String(kTestPassword));
    env.insert(u"OGI_NEW_PASSWORD"_s, QLatin1String(kTestPassword));
    for (const QString& pair : extraEnv)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(OGI_CLI_PATH_VALUE), args);
    REQUIRE(process.waitForStarted());
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    return started;
}

ProcessResult finishCli(QProcess& process)
{
    REQUIRE(process.waitForFinished(60000));
    ProcessResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

ProcessResult runCli(const QStringList& args, const QByteArray& input, const QStringList& extraEnv)
{
    return finishCli(*startCli(args, input, extraEnv));
}

void initRegisterWithUsers(const QString& db)
{
    const ProcessResult init = runCli({ u"--db"_s, db, u"init"_s, u"--admin"_s, u"admin"_s });
    INFO(init.out.toStdString() << init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const ProcessResult clerk
        = runCli({ u"--db"_s, db, u"--user"_s, u"admin"_s, u"user"_s, u"add"_s, u"clerk"_s, u"--role"_s, u"clerk"_s });
    INFO(clerk.out.toStdString() << clerk.err.toStdString());
    REQUIRE(clerk.exitCode == 0);
}

void onRawConnection(const QString& path, const std::function<void(QSqlQuery&)>& use)
{
    ensureCoreApp();
    {
        QSqlDatabase db;
        if (path.startsWith(u"postgresql://"_s)) {
            const QUrl url(path);
            db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"raw"_s);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(path);
        }
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
        QSqlQuery query(db);
        use(query);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

void execOrFail(QSqlQuery& query, const QString& statement)
{
    INFO(statement.toStdString());
    const bool ok = query.exec(statement);
    INFO(query.lastError().text().toStdString());
    REQUIRE(ok);
}

void rawSql(const QString& path, const QString& statement)
{
    onRawConnection(path, [&](QSqlQuery& query) { execOrFail(query, statement); });
}

QByteArray storedContents(const QString& location)
{
    if (!location.startsWith(u"postgresql://"_s))
        return readBytes(location);
    QByteArray contents;
    onRawConnection(location, [&](QSqlQuery& query) {
        execOrFail(query,
            u"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
            u"AND table_type = 'BASE TABLE' ORDER BY 1"_s);
        QStringList tables;
        while (query.next())
            tables << query.value(0).toString();
        for (const QString& table : tables) {
            execOrFail(query, u"SELECT t::text FROM %1 t ORDER BY 1"_s.arg(table));
            contents += "\n" + table.toUtf8() + ":";
            while (query.next())
                contents += "\n" + query.value(0).toString().toUtf8();
        }
    });
    return contents;
}

QStringList xlsxCellsHolding(const QString& path, const QString& needle)
{
    QProcess python;
    python.start(u"/usr/bin/python3"_s,
        { u"-c"_s, uR"(import sys, openpyxl
for ws in openpyxl.load_workbook(sys.argv[1]).worksheets:
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str) and sys.argv[2] in c.value:
                print(ws.title + "!" + c.coordinate + ": " + c.value))"_s,
            path, needle });
    REQUIRE(python.waitForFinished(30000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    return QString::fromUtf8(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

std::string describe(const ProcessResult& result)
{
    return "exit " + std::to_string(result.exitCode) + "\n--- stdout\n" + result.out.toStdString() + "--- stderr\n"
        + result.err.toStdString();
}

} // namespace ogi::test
