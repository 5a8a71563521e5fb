#pragma once

#include "lifecycle/CaseKind.h"
#include "lifecycle/CaseState.h"
#include "register/ApplicationElements.h"
#include "register/Vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ogi {

// An applicant as given on one application (Art. 29 (1)).
struct Applicant
{
    ApplicantKind kind = ApplicantKind::Person;
    OrganisationType organisationType = OrganisationType::Other; // organisations only
    QString name; // person's name or organisation's title
    IdDocumentType idType = IdDocumentType::ResidentId; // persons only
    QString idNumber; // persons only
    QString creditCode; // organisations: 统一社会信用代码
    QString legalRepresentative; // organisations
    QString contactPerson; // organisations
    QString phone;
    QString email;
    QString address;
    QString postcode;
    // With co-applicants, the one named to act for all (代表人): notices are addressed to them.
    bool representative = false;
};

// An authorised agent (委托代理人) who applies for the applicant. The 条例 is silent on agents;
// the office's practice (docs/legal-rules.md): notices go to the applicant, care of the agent,
// and the 委托书 is kept as an attachment of its own kind. The ID number is personal
// information, masked as an applicant's is.
struct Agent
{
    QString name;
    IdDocumentType idType = IdDocumentType::ResidentId;
    QString idNumber;
    QString phone;
    QString email;
    QString address;
    QString postcode;
};

// An application for government information as registered (Art. 29, Art. 31), or a request
// to correct a record (Art. 41): who asks, for what, when it arrived.
struct Application
{
    CaseKind kind = CaseKind::Disclosure; // or a correction request (Art. 41)
    // Co-applicants in the order given; the first decides the annual report's column, and the
    // application is counted once (not once per applicant).
    QList<Applicant> applicants;
    std::optional<Agent> agent;
    Channel channel = Channel::InPerson;
    QDate submittedDate; // the day the applicant handed in / sent / submitted it
    QDate receiptDate; // the legal receipt date of Art. 31, from which the clock runs
    QString description; // name, document number or description of the information sought
    QString documentNumber; // 文号 of the information, when the applicant gave one
    // Art. 29 (3); nullopt when the applicant did not say (a missing element, not a default).
    std::optional<RequestedForm> requestedForm = RequestedForm::Paper;
    std::optional<DeliveryWay> deliveryWay = DeliveryWay::Post;
    QString department; // handling department
    QString clerk; // handling clerk
    QString note;
};

// A registered case.
struct CaseRecord
{
    qint64 id = 0;
    QString caseNumber; // "2026-0001"
    Application application;
    CaseState state = CaseState::Registered;
    QString outcome; // outcome code, empty while open
    QList<MissingElement> missing; // the Art. 29 elements the application lacked when registered
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace ogi
