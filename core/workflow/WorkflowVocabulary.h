#pragma once

#include "Term.h"

namespace ogi {

// The small controlled terms that workflow actions carry.

enum class ReviewResult { Pass, Partial, Withhold }; // the confidentiality review (Art. 17)
enum class ConsultParty { ThirdParty, Agency }; // Art. 32 / Art. 34
enum class ConsultAnswer { Consent, Objection, NoAnswer };
enum class DeliveryMethod { Post, Ems, InPerson, Email, Fax, Online };
// The office's finding on the reasons an applicant gave (Art. 35).
enum class ReasonsFinding { Reasonable, Unreasonable };

const QList<Term<ReviewResult>>& reviewResults();
const QList<Term<ConsultParty>>& consultParties();
const QList<Term<ConsultAnswer>>& consultAnswers();
const QList<Term<DeliveryMethod>>& deliveryMethods();
const QList<Term<ReasonsFinding>>& reasonsFindings();

} // namespace ogi
