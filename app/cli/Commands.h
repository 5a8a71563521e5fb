#pragma once

#include "CliContext.h"

// One function per `ogi` command; each returns the process exit code. Errors are thrown
// (ogi::Error, UsageError) and turned into messages and exit codes by main.
namespace ogi::cli {

int runInit(CliContext& context);
int runAdd(CliContext& context);
int runList(CliContext& context);
int runShow(CliContext& context);
int runVerify(CliContext& context);
int runDemo(CliContext& context);
int runCalendar(CliContext& context);
int runDeadline(CliContext& context);
int runDue(CliContext& context);
int runAct(CliContext& context);
int runSettings(CliContext& context);
int runUser(CliContext& context);
int runAttach(CliContext& context);
int runNotice(CliContext& context);
int runNotices(CliContext& context);
int runReport(CliContext& context);
int runBackup(CliContext& context);
int runRestore(CliContext& context);
int runCopy(CliContext& context);
int runExport(CliContext& context);
int runImport(CliContext& context);
int runDeliverEmail(CliContext& context);

} // namespace ogi::cli
