#pragma once

#include "lifecycle/CaseEvent.h"
#include "lifecycle/WorkflowFacts.h"
#include "notices/NoticeType.h"
#include "register/Application.h"
#include "settings/OfficeSettings.h"
#include "storage/Database.h"

#include <QDate>
#include <QMap>
#include <QString>

namespace ogi {

// What a notice may say about one case: the case, its timeline and the agency.
struct NoticeContext
{
    CaseRecord record;
    QList<CaseEvent> events;
    WorkflowFacts facts;
    OfficeSettings::AgencyProfile agency;
};

// Reads the case `caseNumber` for a notice. Throws Error(NotFound) for an unknown case.
NoticeContext loadNoticeContext(const Database& database, const QString& caseNumber);

// Why a notice of `type` cannot be issued for the case yet (translated, naming the step that
// must come first), or empty when it can.
QString noticePrerequisiteProblem(const NoticeType& type, const NoticeContext& context);

// The facts a template's {{name}} fields take, by name. Only facts the case has are present
// (no supplement_items without a supplement request): a template that needs a missing one
// fails to render with that name. Dates in the Chinese form of official documents.
QMap<QString, QString> noticeFacts(
    const Database& database, const NoticeContext& context, const QDate& issueDate, const QString& documentNumber);

// Every fact name with its translated label, for template errors and the template editor.
QMap<QString, QString> noticeFactLabels();

// What the editable parts start with before the clerk writes them: the reasons of the
// draft reply, the basis the confidentiality review gave, the fee's explanation.
QMap<QString, QString> defaultNoticeEdits(const NoticeContext& context);

// How a notice addresses the applicant where the text says "you" ({{applicant_you}}): 您 for
// a person, 贵单位 for an organisation, the names joined by 、 for several applicants. The
// one place that decides it.
QString applicantYou(const Application& application);

// "2026年3月16日": dates in notices (GB/T 9704: Arabic numerals, no leading zeros).
QString chineseDate(const QDate& date);

} // namespace ogi
