#include "ApplicationValidator.h"

#include "register/ReceiptDateRule.h"
#include "validation/ContactFormat.h"
#include "validation/CreditCode.h"
#include "validation/ResidentIdNumber.h"
#include "validation/TextFieldCheck.h"

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
        QList<FieldIssue> take() { return std::move(m_issues); }

    private:
        QList<FieldIssue> m_issues;
    };

    // Every typed text: no control characters, no more than the field keeps.
    void checkText(IssueList& issues, const QString& field, const QString& text, const QString& label,
        TextLines lines = TextLines::Single)
    {
        if (const std::optional<QString> problem = textFieldProblem(text, label, lines))
            issues.add(field, *problem);
    }

    void checkApplicantText(const Applicant& a, const QString& prefix, IssueList& issues)
    {
        checkText(issues, prefix + u"name", a.name, Tr::tr("The applicant's name"));
        checkText(issues, prefix + u"id_number", a.idNumber, Tr::tr("The ID number"));
        checkText(issues, prefix + u"credit_code", a.creditCode, Tr::tr("The credit code"));
        checkText(issues, prefix + u"legal_representative", a.legalRepresentative, Tr::tr("The legal representative"));
        checkText(issues, prefix + u"contact_person", a.contactPerson, Tr::tr("The contact person"));
        checkText(issues, prefix + u"phone", a.phone, Tr::tr("The phone number"));
        checkText(issues, prefix + u"email", a.email, Tr::tr("The email address"));
        checkText(issues, prefix + u"address", a.address, Tr::tr("The address"));
        checkText(issues, prefix + u"postcode", a.postcode, Tr::tr("The postcode"));
    }

    void checkAgentText(const Agent& a, IssueList& issues)
    {
        checkText(issues, u"agent.name"_s, a.name, Tr::tr("The agent's name"));
        checkText(issues, u"agent.id_number"_s, a.idNumber, Tr::tr("The agent's ID number"));
        checkText(issues, u"agent.phone"_s, a.phone, Tr::tr("The agent's phone number"));
        checkText(issues, u"agent.email"_s, a.email, Tr::tr("The agent's email address"));
        checkText(issues, u"agent.address"_s, a.address, Tr::tr("The agent's address"));
        checkText(issues, u"agent.postcode"_s, a.postcode, Tr::tr("The agent's postcode"));
    }

    void checkApplicationText(const Application& application, IssueList& issues)
    {
        for (qsizetype i = 0; i < application.applicants.size(); ++i)
            checkApplicantText(application.applicants.at(i), u"applicants[%1]."_s.arg(i), issues);
        if (application.agent)
            checkAgentText(*application.agent, issues);
        checkText(issues, u"description"_s, application.description, Tr::tr("The description of the request"),
            TextLines::Multi);
        checkText(issues, u"document_number"_s, application.documentNumber, Tr::tr("The document number"));
        checkText(issues, u"department"_s, application.department, Tr::tr("The department"));
        checkText(issues, u"clerk"_s, application.clerk, Tr::tr("The clerk"));
        checkText(issues, u"note"_s, application.note, Tr::tr("The note"), TextLines::Multi);
    }

    bool hasContact(const Applicant& a)
    {
        return !a.phone.trimmed().isEmpty() || !a.email.trimmed().isEmpty() || !a.address.trimmed().isEmpty();
    }

    // A missing element is asked for (Art. 30); a value that is given must be right.
    void validateApplicant(const Applicant& a, const QString& prefix, const QDate& today, IssueList& issues)
    {
        // The least that makes a letter an application to log: someone the office can answer.
        if (a.name.trimmed().isEmpty() && !hasContact(a))
            issues.add(prefix + u"name",
                Tr::tr("give the applicant's name or a way to reach them: an application from nobody who can be "
                       "answered cannot be registered"));
        if (a.kind == ApplicantKind::Person) {
            if (a.idType == IdDocumentType::ResidentId && !a.idNumber.trimmed().isEmpty()) {
                const IdNumberProblem problem = checkResidentIdNumber(a.idNumber, today);
                if (problem != IdNumberProblem::None)
                    issues.add(prefix + u"id_number", describe(problem));
            }
        } else if (!a.creditCode.trimmed().isEmpty()) {
            const CreditCodeProblem problem = checkCreditCode(a.creditCode);
            if (problem != CreditCodeProblem::None)
                issues.add(prefix + u"credit_code", describe(problem));
        }
        if (!a.phone.trimmed().isEmpty() && !isValidPhoneNumber(a.phone))
            issues.add(prefix + u"phone",
                Tr::tr("not a phone number (mobile: 11 digits starting with 1; landline: area code and number)"));
        if (!a.email.trimmed().isEmpty() && !isValidEmail(a.email))
            issues.add(prefix + u"email", Tr::tr("not an email address"));
        if (!a.postcode.trimmed().isEmpty() && !isValidPostcode(a.postcode))
            issues.add(prefix + u"postcode", Tr::tr("a postcode has six digits"));
    }

    // An agent recorded is recorded rightly: who it is, and any number or contact given.
    void validateAgent(const Agent& agent, const QDate& today, IssueList& issues)
    {
        if (agent.name.trimmed().isEmpty())
            issues.add(u"agent.name"_s, Tr::tr("the agent's name is required when an agent is recorded"));
        if (agent.idType == IdDocumentType::ResidentId && !agent.idNumber.trimmed().isEmpty()) {
            const IdNumberProblem problem = checkResidentIdNumber(agent.idNumber, today);
            if (problem != IdNumberProblem::None)
                issues.add(u"agent.id_number"_s, describe(problem));
        }
        if (!agent.phone.trimmed().isEmpty() && !isValidPhoneNumber(agent.phone))
            issues.add(u"agent.phone"_s,
                Tr::tr("not a phone number (mobile: 11 digits starting with 1; landline: area code and number)"));
        if (!agent.email.trimmed().isEmpty() && !isValidEmail(agent.email))
            issues.add(u"agent.email"_s, Tr::tr("not an email address"));
        if (!agent.postcode.trimmed().isEmpty() && !isValidPostcode(agent.postcode))
            issues.add(u"agent.postcode"_s, Tr::tr("a postcode has six digits"));
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
    checkApplicationText(application, issues);
    if (application.applicants.isEmpty())
        issues.add(u"applicant"_s, Tr::tr("at least one applicant is required"));
    for (qsizetype i = 0; i < application.applicants.size(); ++i)
        validateApplicant(application.applicants.at(i), u"applicants[%1]."_s.arg(i), today, issues);

    // One representative at most, and only among several applicants (a representative of
    // oneself would address nobody else).
    qsizetype representatives = 0;
    for (qsizetype i = 0; i < application.applicants.size(); ++i)
        if (application.applicants.at(i).representative) {
            ++representatives;
            if (application.applicants.size() < 2)
                issues.add(u"applicants[%1].representative"_s.arg(i),
                    Tr::tr("a representative is named among several applicants; this application has one"));
            else if (representatives > 1)
                issues.add(u"applicants[%1].representative"_s.arg(i),
                    Tr::tr("only one of the applicants can be the representative"));
        }
    if (application.agent)
        validateAgent(*application.agent, today, issues);
    // A correction request has no supplement step to ask what it is about (Art. 41 is not
    // Art. 29–30): the record to correct must be named.
    if (application.kind == CaseKind::Correction && application.description.trimmed().isEmpty())
        issues.add(u"description"_s, Tr::tr("name the record to be corrected and what is inaccurate in it (Art. 41)"));

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

    return issues.take();
}

} // namespace ogi
