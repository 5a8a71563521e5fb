#pragma once

#include "Clock.h"
#include "storage/Database.h"

namespace ogi {

struct DemoSummary
{
    int cases = 0; // cases added
    int concluded = 0; // of them, replied, closed or archived
};

// Fills the register with `count` realistic demo cases: Chinese names, organisations with
// valid unified social credit codes, requests of the kinds offices receive, received over
// the 18 months before clock.today(), moved along the workflow table to plausible states
// and outcomes. Same seed, same data. Goes through CaseRepository like any other writer,
// committing every 500 cases; a reply is issued as its notice (NoticeStore, as `actor` acting
// as a clerk) before it is delivered, so a register whose agency has no document number
// pattern gets no delivered demo cases.
DemoSummary generateDemoData(const Database& database, int count, const Clock& clock, quint32 seed,
    const QString& actor);

} // namespace ogi
