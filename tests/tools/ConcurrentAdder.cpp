// Test tool: adds N copies of a sample application to a database, printing each case
// number as soon as it is committed. Two of these at once check that case numbers stay
// unique and gap-free under concurrent writers.
#include "register/CaseRepository.h"
#include "storage/Database.h"
#include "Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 && args.size() != 4) {
        std::fprintf(stderr, "usage: ogi_test_adder DB COUNT [GATE_FILE]\n");
        return 2;
    }
    QTextStream out(stdout);
    try {
        const ogi::Database database = ogi::Database::open(args.at(1));
        ogi::CaseRepository repository(database);
        ogi::Application application;
        ogi::Applicant applicant;
        applicant.name = u"李四"_s;
        applicant.idNumber = u"440524188001010014"_s;
        applicant.phone = u"0731-84567890"_s;
        applicant.address = u"湖南省长沙市芙蓉区五一大道1号"_s;
        application.applicants << applicant;
        application.channel = ogi::Channel::Online;
        application.submittedDate = QDate(2026, 5, 6);
        application.receiptDate = QDate(2026, 5, 6);
        application.description = u"申请公开城区道路改造工程预算"_s;
        const int count = args.at(2).toInt();
        // With a gate: say "ready", then wait for the gate file so that writers start together.
        if (args.size() == 4) {
            out << "ready" << Qt::endl;
            while (!QFile::exists(args.at(3)))
                QThread::msleep(1);
        }
        for (int i = 0; i < count; ++i) {
            out << repository.add(application, u"adder"_s) << Qt::endl;
            // SQLite's busy handler sleeps while it waits; a writer that never pauses would
            // take the lock back every time and the two would not interleave at all.
            QThread::usleep(300);
        }
    } catch (const ogi::Error& error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
    return 0;
}
