#include "ApplicationValidator.h"

#include "register/ReceiptDateRule.h"
#include "validation/ContactFormat.h"
#include "validation/CreditCode.h"
#include "validation/ResidentIdNumber.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::ApplicationValidator)
    };

    class IssueList
    {
    public:
        void add(const QString& field, const QString& message) { m_issues.push_back({ field, message }); }
        void required(const QString& field, const QString& value)
        {
            if (value.trimmed().isEmpty())
                add(field, Tr::tr("required"));
        }
        QList<FieldIssue> take() { return std::move(m_issues); }

    private:
        QList<FieldIssue> m_issues;
    };

    void validateApplicant(const Applicant& a, const QString& prefix, const QDate& today, IssueList& issues)
    {
        issues.required(prefix + u"name", a.name);
        if (a.kind == ApplicantKind::Person) {
            issues.required(prefix + u"id_number", a.idNumber);
            if (a.idType == IdDocumentType::ResidentId && !a.idNumber.trimmed().isEmpty()) {
                const IdNumberProblem problem = checkResidentIdNumber(a.idNumber, today);
                if (problem != IdNumberProblem::None)
                    issues.add(prefix + u"id_number", describe(problem));
            }
        } else {
            issues.required(prefix + u"credit_code", a.creditCode);
            if (!a.creditCode.trimmed().isEmpty()) {
                const CreditCodeProblem problem = checkCreditCode(a.creditCode);
                if (problem != CreditCodeProblem::None)
                    issues.add(prefix + u"credit_code", describe(problem));
            }
        }
        if (a.phone.trimmed().isEmpty() && a.email.trimmed().isEmpty() && a.address.trimmed().isEmpty())
            issues.add(prefix + u"phone", Tr::tr("give at least one way to reach the applicant: phone, email or address"));
        if (!a.phone.trimmed().isEmpty() && !isValidPhoneNumber(a.phone))
            issues.add(prefix + u"phone",
                Tr::tr("not a phone number (mobile: 11 digits starting with 1; landline: area code and number)"));
        if (!a.email.trimmed().isEmpty() && !isValidEmail(a.email))
            issues.add(prefix + u"email", Tr::tr("not an email address"));
        if (!a.postcode.trimmed().isEmpty() && !isValidPostcode(a.postcode))
            issues.add(prefix + u"postcode", Tr::tr("a postcode has six digits"));
    }

    void validateDate(const QString& field, const QDate& date, const QDate& today, IssueList& issues)
    {
        if (!date.isValid())
            issues.add(field, Tr::tr("required, as YYYY-MM-DD"));
        else if (date > today)
            issues.add(field, Tr::tr("%1 is in the future").arg(date.toString(Qt::ISODate)));
    }
} // namespace

QList<FieldIssue> validateApplication(const Application& application, const QDate& today)
{
    IssueList issues;
    if (application.applicants.isEmpty())
        issues.add(u"applicant"_s, Tr::tr("at least one applicant is required"));
    for (qsizetype i = 0; i < application.applicants.size(); ++i)
        validateApplicant(application.applicants.at(i), u"applicants[%1]."_s.arg(i), today, issues);

    validateDate(u"submitted_date"_s, application.submittedDate, today, issues);
    validateDate(u"receipt_date"_s, application.receiptDate, today, issues);
    if (application.submittedDate.isValid() && application.receiptDate.isValid()) {
        if (application.receiptDate < application.submittedDate)
            issues.add(u"receipt_date"_s, Tr::tr("the receipt date %1 is before the submission date %2")
                                              .arg(application.receiptDate.toString(Qt::ISODate),
                                                  application.submittedDate.toString(Qt::ISODate)));
        else if (receiptIsSubmissionDay(application.channel) && application.receiptDate != application.submittedDate)
            issues.add(u"receipt_date"_s, receiptDateRule(application.channel));
    }

    issues.required(u"description"_s, application.description);
    if (!application.applicants.isEmpty()) {
        const Applicant& first = application.applicants.front();
        if (application.deliveryWay == DeliveryWay::Post && first.address.trimmed().isEmpty())
            issues.add(u"applicants[0].address"_s, Tr::tr("required when the reply is to be posted"));
        if (application.deliveryWay == DeliveryWay::Email && first.email.trimmed().isEmpty())
            issues.add(u"applicants[0].email"_s, Tr::tr("required when the reply is to be sent by email"));
    }
    return issues.take();
}

} // namespace ogi
