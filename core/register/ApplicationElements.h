#pragma once

#include <QList>
#include <QString>

namespace ogi {

struct Application;

// The contents Art. 29 第二款 requires of an application for government information. An
// application lacking one is still registered on its receipt day (Art. 31); what it lacks is
// what the office asks the applicant to supplement (Art. 30, within 7 working days).
enum class ApplicationElement
{
    ApplicantName, // （一）申请人的姓名或者名称
    IdentityProof, // （一）身份证明: ID number, or an organisation's credit code
    Contact, // （一）联系方式: no phone, email or address at all
    PostalAddress, // （一）联系方式: the reply is to be posted, but there is no address
    EmailAddress, // （一）联系方式: the reply is to be emailed, but there is no email address
    Description, // （二）政府信息的名称、文号或者便于行政机关查询的其他特征性描述
    FormAndWay, // （三）形式要求，包括获取信息的方式、途径
};

// One element an application lacks.
struct MissingElement
{
    ApplicationElement element = ApplicationElement::Description;
    int applicant = -1; // the applicant it concerns (index), for the applicant's own elements; else -1

    bool operator==(const MissingElement&) const = default;
};

// What `application` lacks of Art. 29, in the order of the article; empty when it is complete
// and for a correction request (Art. 41 is not an Art. 29 application).
QList<MissingElement> missingElements(const Application& application);

// "identity@0,form": the stored form (cases.missing_elements); empty for none.
QString missingElementsCode(const QList<MissingElement>& missing);
// The stored form read back; unknown codes are skipped.
QList<MissingElement> parseMissingElements(const QString& code);

// The element's field in the JSON form and the registration dialog ("applicants[1].id_number").
QString missingElementField(const MissingElement& missing);

// What to supplement, in the words of Art. 29 (Chinese: the text goes into the 补正申请告知书),
// one element after the other, separated by "；"; an applicant named when there are several.
QString supplementItemsText(const Application& application, const QList<MissingElement>& missing);

// The element as one translated phrase for the desktop and `ogi show` ("proof of identity of 李四").
QString describeMissingElement(const MissingElement& missing, const Application& application);
// The elements as short translated labels joined by "、", for a list column ("身份证明、联系方式").
QString missingElementsSummary(const QList<MissingElement>& missing);

} // namespace ogi
