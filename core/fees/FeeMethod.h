#pragma once

#include "Term.h"

namespace ogi {

// How an information-processing fee is computed (reference/fees.md): one method per application.
enum class FeeMethod {
    ByCount, // 按件计收: by the applicant's applications in one calendar month
    ByVolume, // 按量计收: by the pages of one application
};

const QList<Term<FeeMethod>>& feeMethods();

} // namespace ogi
