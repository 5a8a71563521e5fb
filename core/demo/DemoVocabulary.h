#pragma once

#include "register/Application.h"

#include <QRandomGenerator>

namespace ogi::demo {

// Made-up but realistic applicants and requests for demo data.
Applicant randomPerson(QRandomGenerator& random, const QDate& today);
Applicant randomOrganisation(QRandomGenerator& random);
QString randomRequest(QRandomGenerator& random);
QString randomDepartment(QRandomGenerator& random);
QString randomClerk(QRandomGenerator& random);

} // namespace ogi::demo
