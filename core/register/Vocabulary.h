#pragma once

#include "Term.h"

#include <QList>

namespace ogi {

// The controlled terms of the register (Term.h says what a term is): how an applicant
// applies, who the applicant is, and how the reply goes out.

enum class ApplicantKind { Person, Organisation };
enum class OrganisationType { Commercial, Research, PublicInterest, LegalService, Other };
enum class IdDocumentType { ResidentId, Passport, HongKongMacaoPermit, TaiwanPermit, ForeignPermanentId, Other };
enum class Channel { InPerson, Post, OrdinaryLetter, Online, Email, Fax };
enum class RequestedForm { Paper, Electronic };
enum class DeliveryWay { Post, Pickup, Email, Fax, Online };

// The full list of terms for each vocabulary, in display order.
const QList<Term<ApplicantKind>>& applicantKinds();
const QList<Term<OrganisationType>>& organisationTypes();
const QList<Term<IdDocumentType>>& idDocumentTypes();
const QList<Term<Channel>>& channels();
const QList<Term<RequestedForm>>& requestedForms();
const QList<Term<DeliveryWay>>& deliveryWays();

} // namespace ogi
