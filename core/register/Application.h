#pragma once

#include "register/Vocabulary.h"
#include "workflow/CaseState.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

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
};

// An application for government information as registered (Art. 29, Art. 31).
struct Application
{
    QList<Applicant> applicants; // the first one decides the report column
    Channel channel = Channel::InPerson;
    QDate submittedDate; // the day the applicant handed in / sent / submitted it
    QDate receiptDate; // the legal receipt date of Art. 31, from which the clock runs
    QString description; // name, document number or description of the information sought
    QString documentNumber; // 文号 of the information, when the applicant gave one
    RequestedForm requestedForm = RequestedForm::Paper;
    DeliveryWay deliveryWay = DeliveryWay::Post;
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
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace ogi
