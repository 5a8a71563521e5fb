// The desktop on a large register (issue 5): from process start to the register showing its
// first rows (< 1.0 s), each keystroke in the search box (< 100 ms), resident memory
// (< 300 MB). Usage: bench_desktop DB OGI_DESK [login]  (OGI_PASSWORD: that user's password)
#include "MainWindow.h"
#include "register/CaseListModel.h"
#include "register/RegisterView.h"
#include "storage/Database.h"
#include "users/SignIn.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

long residentKiB()
{
    FILE* f = std::fopen("/proc/self/status", "r");
    char line[256];
    long kib = 0;
    while (f && std::fgets(line, sizeof line, f))
        if (std::sscanf(line, "VmRSS: %ld", &kib) == 1)
            break;
    if (f)
        std::fclose(f);
    return kib;
}

// Runs ogi-desk until its main window is up with the register loaded, three times; prints
// each wall time and the child's peak resident memory.
void startUp(const char* desk, const char* db, const char* login)
{
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const pid_t pid = fork();
        if (pid == 0) {
            execl(desk, desk, "--db", db, "--user", login, "--quit-after-start", static_cast<char*>(nullptr));
            _exit(127);
        }
        int status = 0;
        rusage usage {};
        wait4(pid, &status, 0, &usage);
        std::printf("start to first rows (process start .. window shown and exited): %.3f s, exit %d, peak RSS %.0f MB\n",
            double(timer.nsecsElapsed()) / 1e9, WEXITSTATUS(status), double(usage.ru_maxrss) / 1024.0);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_desktop DB OGI_DESK [login]  (OGI_PASSWORD set)\n");
        return 2;
    }
    const char* login = argc > 3 ? argv[3] : "admin";
    // Offscreen unless a display is named: the figures are the program's, not the X server's.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    startUp(argv[2], argv[1], login);

    QApplication app(argc, argv);
    const ogi::Database database = ogi::Database::open(QString::fromLocal8Bit(argv[1]));
    const ogi::UserAccount user
        = ogi::SignIn(database).signIn(QString::fromLatin1(login), qEnvironmentVariable("OGI_PASSWORD"));
    ogi::ui::MainWindow window(database, user);
    window.showPage(ogi::ui::MainWindow::Page::Register);
    window.resize(1366, 768);
    window.show();
    QCoreApplication::processEvents();
    ogi::ui::RegisterView* view = window.registerView();
    std::printf("register rows fetched at start: %d\n", view->model()->rowCount());

    // Typed one character at a time: each step is a keystroke (query, first block, repaint).
    const QStringList typed = { u"征地补偿安置"_s, u"欧阳明"_s, u"开发区"_s, u"王芳"_s, u"2026-0123"_s, u"教育局"_s, u"政府信息公开"_s,
        u"学校"_s, u"不存在的内容"_s };
    std::vector<double> all;
    for (const QString& text : typed) {
        std::printf("typing \"%s\":", text.toUtf8().constData());
        for (int n = 1; n <= text.size(); ++n) {
            QElapsedTimer timer;
            timer.start();
            view->searchBox()->setText(text.left(n));
            window.repaint();
            QCoreApplication::processEvents();
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            all.push_back(ms);
            std::printf(" %.0f ms (%d rows)", ms, view->model()->rowCount());
        }
        std::printf("\n");
        view->searchBox()->clear();
    }
    std::sort(all.begin(), all.end());
    std::printf("keystrokes: %zu, median %.1f ms, 95th %.1f ms, max %.1f ms\n", all.size(), all[all.size() / 2],
        all[all.size() * 95 / 100], all.back());
    std::printf("resident memory of this process after all that: %.0f MB\n", double(residentKiB()) / 1024.0);
    return 0;
}
