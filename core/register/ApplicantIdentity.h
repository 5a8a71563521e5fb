#pragma once

#include "register/Application.h"

#include <QString>

namespace ogi {

// The normalised identity of an applicant ("resident_id:110101…", "uscc:9111…"), stored
// with each applicants row, by which the same applicant is found across cases (repeats,
// fees, the earlier applicants offered at registration).
QString applicantIdentityKey(const Applicant& applicant);

// Whether the applicant gave the number the identity is made of: without it, the key is
// shared by everyone who gave none and identifies nobody.
bool hasIdentityNumber(const Applicant& applicant);

} // namespace ogi
