#include "ApplicationElements.h"

#include "register/Application.h"
#include "register/ApplicationParties.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::ApplicationElements)
    };

    struct ElementTerm
    {
        ApplicationElement element;
        const char* code;
        const char* legal; // UTF-8, Art. 29 第二款's words for the 补正申请告知书
        const char* label; // short English source for tr(), for list columns
    };

    const QList<ElementTerm>& terms()
    {
        using E = ApplicationElement;
        static const QList<ElementTerm> list = {
            { E::ApplicantName, "name", "姓名或者名称", QT_TRANSLATE_NOOP("ogi::ApplicationElements", "name") },
            { E::IdentityProof, "identity", "身份证明", QT_TRANSLATE_NOOP("ogi::ApplicationElements", "identity") },
            { E::Contact, "contact", "联系方式", QT_TRANSLATE_NOOP("ogi::ApplicationElements", "contact") },
            { E::PostalAddress, "postal_address", "联系方式（以邮寄方式获取信息所需的邮寄地址）",
                QT_TRANSLATE_NOOP("ogi::ApplicationElements", "postal address") },
            { E::EmailAddress, "email_address", "联系方式（以电子邮件方式获取信息所需的电子邮箱）",
                QT_TRANSLATE_NOOP("ogi::ApplicationElements", "email address") },
            { E::Description, "description", "申请公开的政府信息的名称、文号或者便于行政机关查询的其他特征性描述",
                QT_TRANSLATE_NOOP("ogi::ApplicationElements", "description of the information") },
            { E::FormAndWay, "form", "申请公开的政府信息的形式要求，包括获取信息的方式、途径",
                QT_TRANSLATE_NOOP("ogi::ApplicationElements", "form and way of receiving") },
        };
        return list;
    }

    const ElementTerm& termOf(ApplicationElement element)
    {
        for (const ElementTerm& term : terms())
            if (term.element == element)
                return term;
        return terms().front();
    }

    bool blank(const QString& text) { return text.trimmed().isEmpty(); }

    // The applicant's own elements name the applicant when there are several.
    bool concernsApplicant(ApplicationElement element)
    {
        return element == ApplicationElement::ApplicantName || element == ApplicationElement::IdentityProof
            || element == ApplicationElement::Contact;
    }
} // namespace

QList<MissingElement> missingElements(const Application& app)
{
    using E = ApplicationElement;
    QList<MissingElement> missing;
    if (app.kind != CaseKind::Disclosure)
        return missing; // Art. 29 and the supplement of Art. 30 are about applications
    for (int i = 0; i < int(app.applicants.size()); ++i) {
        const Applicant& a = app.applicants.at(i);
        if (blank(a.name))
            missing.append({ E::ApplicantName, i });
        if (blank(a.kind == ApplicantKind::Person ? a.idNumber : a.creditCode))
            missing.append({ E::IdentityProof, i });
        if (blank(a.phone) && blank(a.email) && blank(a.address))
            missing.append({ E::Contact, i });
    }
    // The way of receiving chosen needs its address (where the reply goes: replyAddress).
    if (!app.applicants.isEmpty()) {
        const ReplyAddress to = replyAddress(app);
        const bool noContact = missing.contains(MissingElement { E::Contact, 0 }) && !app.agent;
        if (app.deliveryWay == DeliveryWay::Post && blank(to.address) && !noContact)
            missing.append({ E::PostalAddress, -1 });
        if (app.deliveryWay == DeliveryWay::Email && blank(to.email) && !noContact)
            missing.append({ E::EmailAddress, -1 });
    }
    if (blank(app.description))
        missing.append({ E::Description, -1 });
    if (!app.requestedForm || !app.deliveryWay)
        missing.append({ E::FormAndWay, -1 });
    return missing;
}

QString missingElementsCode(const QList<MissingElement>& missing)
{
    QStringList codes;
    for (const MissingElement& m : missing) {
        QString code = QLatin1String(termOf(m.element).code);
        if (m.applicant >= 0)
            code += u'@' + QString::number(m.applicant);
        codes << code;
    }
    return codes.join(u',');
}

QList<MissingElement> parseMissingElements(const QString& code)
{
    QList<MissingElement> missing;
    for (const QString& part : code.split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.section(u'@', 0, 0).trimmed();
        bool hasIndex = false;
        const int index = part.section(u'@', 1).toInt(&hasIndex);
        for (const ElementTerm& term : terms())
            if (name == QLatin1String(term.code))
                missing.append({ term.element, hasIndex ? index : -1 });
    }
    return missing;
}

QString missingElementField(const MissingElement& m)
{
    const QString applicant = u"applicants[%1]."_s.arg(std::max(m.applicant, 0));
    switch (m.element) {
    case ApplicationElement::ApplicantName:
        return applicant + u"name"_s;
    case ApplicationElement::IdentityProof:
        return applicant + u"id_number"_s;
    case ApplicationElement::Contact:
        return applicant + u"phone"_s;
    case ApplicationElement::PostalAddress:
        return u"applicants[0].address"_s;
    case ApplicationElement::EmailAddress:
        return u"applicants[0].email"_s;
    case ApplicationElement::Description:
        return u"description"_s;
    case ApplicationElement::FormAndWay:
        return u"requested_form"_s;
    }
    return {};
}

QString supplementItemsText(const Application& app, const QList<MissingElement>& missing)
{
    QStringList items;
    const bool several = app.applicants.size() > 1;
    for (const MissingElement& m : missing) {
        const QString legal = QString::fromUtf8(termOf(m.element).legal);
        if (!concernsApplicant(m.element) && m.element != ApplicationElement::PostalAddress
            && m.element != ApplicationElement::EmailAddress) {
            items << legal;
            continue;
        }
        // Art. 29 (一): 申请人的姓名或者名称、身份证明、联系方式. With co-applicants, whose.
        QString who = u"申请人"_s;
        if (several && m.applicant >= 0 && m.applicant < app.applicants.size()) {
            const QString name = app.applicants.at(m.applicant).name.trimmed();
            who = name.isEmpty() ? u"第%1位申请人"_s.arg(m.applicant + 1) : u"申请人"_s + name;
        }
        items << who + u"的"_s + legal;
    }
    return items.join(u"；"_s);
}

QString describeMissingElement(const MissingElement& m, const Application& app)
{
    QString whose;
    if (concernsApplicant(m.element) && app.applicants.size() > 1 && m.applicant >= 0
        && m.applicant < app.applicants.size()) {
        const QString name = app.applicants.at(m.applicant).name.trimmed();
        whose = name.isEmpty() ? Tr::tr("applicant %1").arg(m.applicant + 1) : name;
    }
    QString text;
    switch (m.element) {
    case ApplicationElement::ApplicantName:
        text = Tr::tr("the applicant's name (Art. 29 (1))");
        break;
    case ApplicationElement::IdentityProof:
        text = Tr::tr("proof of identity: ID number, or the organisation's credit code (Art. 29 (1))");
        break;
    case ApplicationElement::Contact:
        text = Tr::tr("a way to reach the applicant: phone, email or address (Art. 29 (1))");
        break;
    case ApplicationElement::PostalAddress:
        text = Tr::tr("the postal address the reply is to be posted to (Art. 29 (1))");
        break;
    case ApplicationElement::EmailAddress:
        text = Tr::tr("the email address the reply is to be sent to (Art. 29 (1))");
        break;
    case ApplicationElement::Description:
        text = Tr::tr("the name, document number or a description of the information sought (Art. 29 (2))");
        break;
    case ApplicationElement::FormAndWay:
        text = Tr::tr("the form of the information and how to receive it (Art. 29 (3))");
        break;
    }
    return whose.isEmpty() ? text : Tr::tr("%1: %2").arg(whose, text);
}

QString missingElementsSummary(const QList<MissingElement>& missing)
{
    QStringList labels;
    for (const MissingElement& m : missing) {
        const QString label = QCoreApplication::translate("ogi::ApplicationElements", termOf(m.element).label);
        if (!labels.contains(label))
            labels << label;
    }
    return labels.join(QCoreApplication::translate("ogi::ApplicationElements", ", "));
}

} // namespace ogi
