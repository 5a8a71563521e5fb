#pragma once

#include "WorkflowFixture.h"
#include "notices/NoticeType.h"

#include <QMap>
#include <QString>

namespace ogi::test {

// The agency settings every notice needs (name, bodies, contact, number pattern).
void setTestAgency(WorkflowFixture& f, bool numberPerType = false);

// A new case taken through the workflow until a notice of `type` may be issued for it
// (supplement asked, extension approved, reply of the type signed off ...).
QString caseReadyFor(WorkflowFixture& f, const NoticeType& type);

// A new correction request (Art. 41) received on `receipt`.
QString newCorrectionCase(WorkflowFixture& f, const char* receipt = "2026-07-01");

} // namespace ogi::test
