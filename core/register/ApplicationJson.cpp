#include "ApplicationJson.h"

#include "Error.h"
#include "Timestamps.h"
#include "register/IdentityMasking.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::ApplicationJson)
    };

    // Reads fields off one JSON object, collecting a FieldIssue for each problem.
    class ObjectReader
    {
    public:
        ObjectReader(const QJsonObject& object, QString prefix, QList<FieldIssue>& issues)
            : m_object(object)
            , m_prefix(std::move(prefix))
            , m_issues(issues)
        {
        }

        QString text(const QString& key)
        {
            m_known.insert(key);
            const QJsonValue value = m_object.value(key);
            if (value.isUndefined() || value.isNull())
                return {};
            if (!value.isString()) {
                issue(key, Tr::tr("must be text"));
                return {};
            }
            return value.toString().trimmed();
        }

        bool boolean(const QString& key)
        {
            m_known.insert(key);
            const QJsonValue value = m_object.value(key);
            if (value.isUndefined() || value.isNull())
                return false;
            if (!value.isBool())
                issue(key, Tr::tr("must be true or false"));
            return value.toBool();
        }

        QDate date(const QString& key)
        {
            const QString value = text(key);
            if (value.isEmpty())
                return {};
            const QDate date = parseIsoDate(value);
            if (!date.isValid())
                issue(key, Tr::tr("\"%1\" is not a date of the form YYYY-MM-DD").arg(value));
            return date;
        }

        template <typename E>
        E term(const QString& key, const QList<Term<E>>& terms, E fallback, bool required)
        {
            const QString value = text(key);
            if (value.isEmpty()) {
                if (required)
                    issue(key, Tr::tr("required; one of: %1").arg(acceptedCodes(terms)));
                return fallback;
            }
            const std::optional<E> parsed = parseTerm(terms, value);
            if (!parsed) {
                issue(key, Tr::tr("\"%1\" is not one of: %2").arg(value, acceptedCodes(terms)));
                return fallback;
            }
            return *parsed;
        }

        // A term the applicant may leave out: nullopt when absent, an issue when not a term.
        template <typename E>
        std::optional<E> optionalTerm(const QString& key, const QList<Term<E>>& terms)
        {
            const QString value = text(key);
            if (value.isEmpty())
                return std::nullopt;
            const std::optional<E> parsed = parseTerm(terms, value);
            if (!parsed)
                issue(key, Tr::tr("\"%1\" is not one of: %2").arg(value, acceptedCodes(terms)));
            return parsed;
        }

        void markKnown(const QString& key) { m_known.insert(key); }

        void rejectUnknownFields()
        {
            for (const QString& key : m_object.keys())
                if (!m_known.contains(key))
                    issue(key, Tr::tr("unknown field"));
        }

        void issue(const QString& key, const QString& message) { m_issues.push_back({ m_prefix + key, message }); }

    private:
        const QJsonObject& m_object;
        QString m_prefix;
        QList<FieldIssue>& m_issues;
        QSet<QString> m_known;
    };

    Applicant readApplicant(const QJsonObject& object, const QString& prefix, QList<FieldIssue>& issues)
    {
        ObjectReader r(object, prefix, issues);
        Applicant a;
        a.kind = r.term(u"kind"_s, applicantKinds(), ApplicantKind::Person, true);
        a.name = r.text(u"name"_s);
        a.phone = r.text(u"phone"_s);
        a.email = r.text(u"email"_s);
        a.address = r.text(u"address"_s);
        a.postcode = r.text(u"postcode"_s);
        if (a.kind == ApplicantKind::Person) {
            a.idType = r.term(u"id_type"_s, idDocumentTypes(), IdDocumentType::ResidentId, false);
            a.idNumber = r.text(u"id_number"_s);
        } else {
            a.organisationType = r.term(u"org_type"_s, organisationTypes(), OrganisationType::Other, true);
            a.creditCode = r.text(u"credit_code"_s);
            a.legalRepresentative = r.text(u"legal_representative"_s);
            a.contactPerson = r.text(u"contact_person"_s);
        }
        a.representative = r.boolean(u"representative"_s);
        r.rejectUnknownFields();
        return a;
    }

    Agent readAgent(const QJsonObject& object, QList<FieldIssue>& issues)
    {
        ObjectReader r(object, u"agent."_s, issues);
        Agent a;
        a.name = r.text(u"name"_s);
        a.idType = r.term(u"id_type"_s, idDocumentTypes(), IdDocumentType::ResidentId, false);
        a.idNumber = r.text(u"id_number"_s);
        a.phone = r.text(u"phone"_s);
        a.email = r.text(u"email"_s);
        a.address = r.text(u"address"_s);
        a.postcode = r.text(u"postcode"_s);
        r.rejectUnknownFields();
        return a;
    }

    QJsonObject agentToJson(const Agent& a, bool unmasked)
    {
        return { { u"name"_s, a.name }, { u"id_type"_s, codeOf(idDocumentTypes(), a.idType) },
            { u"id_number"_s, unmasked ? a.idNumber : maskIdentityNumber(a.idNumber) }, { u"phone"_s, a.phone },
            { u"email"_s, a.email }, { u"address"_s, a.address }, { u"postcode"_s, a.postcode } };
    }

    QJsonObject applicantToJson(const Applicant& a, bool unmasked)
    {
        QJsonObject o;
        o[u"kind"_s] = codeOf(applicantKinds(), a.kind);
        o[u"name"_s] = a.name;
        if (a.kind == ApplicantKind::Person) {
            o[u"id_type"_s] = codeOf(idDocumentTypes(), a.idType);
            o[u"id_number"_s] = unmasked ? a.idNumber : maskIdentityNumber(a.idNumber);
        } else {
            o[u"org_type"_s] = codeOf(organisationTypes(), a.organisationType);
            o[u"credit_code"_s] = a.creditCode;
            o[u"legal_representative"_s] = a.legalRepresentative;
            o[u"contact_person"_s] = a.contactPerson;
        }
        o[u"phone"_s] = a.phone;
        o[u"email"_s] = a.email;
        o[u"address"_s] = a.address;
        o[u"postcode"_s] = a.postcode;
        o[u"representative"_s] = a.representative;
        return o;
    }
} // namespace

Application applicationFromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("The application is not valid JSON: %1 at character %2.")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!document.isObject())
        throw Error(ErrorCode::InvalidInput, Tr::tr("The application must be one JSON object."));

    const QJsonObject object = document.object();
    QList<FieldIssue> issues;
    ObjectReader r(object, QString(), issues);
    Application app;

    // One applicant as "applicant", or several as "applicants".
    r.markKnown(u"applicant"_s);
    r.markKnown(u"applicants"_s);
    if (object.value(u"applicant"_s).isObject())
        app.applicants << readApplicant(object.value(u"applicant"_s).toObject(), u"applicant."_s, issues);
    else if (object.contains(u"applicant"_s))
        r.issue(u"applicant"_s, Tr::tr("must be an object"));
    if (object.value(u"applicants"_s).isArray()) {
        const QJsonArray list = object.value(u"applicants"_s).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString prefix = u"applicants[%1]."_s.arg(i);
            if (list.at(i).isObject())
                app.applicants << readApplicant(list.at(i).toObject(), prefix, issues);
            else
                issues.push_back({ prefix.chopped(1), Tr::tr("must be an object") });
        }
    } else if (object.contains(u"applicants"_s)) {
        r.issue(u"applicants"_s, Tr::tr("must be a list of objects"));
    }

    r.markKnown(u"agent"_s);
    if (object.value(u"agent"_s).isObject())
        app.agent = readAgent(object.value(u"agent"_s).toObject(), issues);
    else if (object.contains(u"agent"_s) && !object.value(u"agent"_s).isNull())
        r.issue(u"agent"_s, Tr::tr("must be an object"));

    app.kind = r.term(u"kind"_s, caseKinds(), CaseKind::Disclosure, false);
    app.channel = r.term(u"channel"_s, channels(), Channel::InPerson, true);
    app.submittedDate = r.date(u"submitted_date"_s);
    app.receiptDate = r.date(u"receipt_date"_s);
    // Art. 31: in person, the day submitted is the day received.
    if (!app.receiptDate.isValid() && app.channel == Channel::InPerson)
        app.receiptDate = app.submittedDate;
    app.description = r.text(u"description"_s);
    app.documentNumber = r.text(u"document_number"_s);
    // Left out, they are an element the application lacks (Art. 29 (3)), not a default.
    app.requestedForm = r.optionalTerm(u"requested_form"_s, requestedForms());
    app.deliveryWay = r.optionalTerm(u"delivery_way"_s, deliveryWays());
    app.department = r.text(u"department"_s);
    app.clerk = r.text(u"clerk"_s);
    app.note = r.text(u"note"_s);
    r.rejectUnknownFields();

    if (!issues.isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("The application has %n problem(s):", nullptr, int(issues.size())),
            issues);
    return app;
}

QJsonObject caseToJson(const CaseRecord& record, const QList<CaseEvent>& events, bool unmasked)
{
    const Application& app = record.application;
    QJsonObject o;
    o[u"case_number"_s] = record.caseNumber;
    o[u"kind"_s] = codeOf(caseKinds(), app.kind);
    o[u"state"_s] = caseStateCode(record.state);
    o[u"outcome"_s] = record.outcome.isEmpty() ? QJsonValue() : QJsonValue(record.outcome);
    QJsonArray applicants;
    for (const Applicant& a : app.applicants)
        applicants.append(applicantToJson(a, unmasked));
    o[u"applicants"_s] = applicants;
    o[u"agent"_s] = app.agent ? QJsonValue(agentToJson(*app.agent, unmasked)) : QJsonValue();
    o[u"channel"_s] = codeOf(channels(), app.channel);
    o[u"submitted_date"_s] = isoDate(app.submittedDate);
    o[u"receipt_date"_s] = isoDate(app.receiptDate);
    o[u"description"_s] = app.description;
    o[u"document_number"_s] = app.documentNumber;
    o[u"requested_form"_s]
        = app.requestedForm ? QJsonValue(codeOf(requestedForms(), *app.requestedForm)) : QJsonValue();
    o[u"delivery_way"_s] = app.deliveryWay ? QJsonValue(codeOf(deliveryWays(), *app.deliveryWay)) : QJsonValue();
    o[u"department"_s] = app.department;
    o[u"clerk"_s] = app.clerk;
    o[u"note"_s] = app.note;
    // Art. 29 elements the application lacked when registered, for the supplement (Art. 30).
    QJsonArray missing;
    for (const MissingElement& m : record.missing)
        missing.append(QJsonObject { { u"element"_s, missingElementsCode({ m }).section(u'@', 0, 0) },
            { u"field"_s, missingElementField(m) }, { u"text"_s, describeMissingElement(m, app) } });
    o[u"missing_elements"_s] = missing;
    o[u"supplement_items"_s]
        = record.missing.isEmpty() ? QJsonValue() : QJsonValue(supplementItemsText(app, record.missing));
    o[u"created_at"_s] = isoTimestamp(record.createdAt);
    o[u"updated_at"_s] = isoTimestamp(record.updatedAt);
    QJsonArray timeline;
    for (const CaseEvent& e : events) {
        QJsonObject event;
        event[u"seq"_s] = e.seq;
        event[u"action"_s] = e.action;
        event[u"from_state"_s] = e.fromState ? QJsonValue(caseStateCode(*e.fromState)) : QJsonValue();
        event[u"to_state"_s] = caseStateCode(e.toState);
        event[u"outcome"_s] = e.outcome.isEmpty() ? QJsonValue() : QJsonValue(e.outcome);
        event[u"date"_s] = isoDate(e.eventDate);
        event[u"recorded_at"_s] = isoTimestamp(e.recordedAt);
        event[u"actor"_s] = e.actor;
        event[u"note"_s] = e.note;
        event[u"details"_s] = e.details;
        timeline.append(event);
    }
    o[u"events"_s] = timeline;
    return o;
}

} // namespace ogi
