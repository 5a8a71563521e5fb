#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ogi {

// A notice as it was issued: the exact HTML the applicant was sent, with its SHA-256.
struct IssuedNotice
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString caseNumber;
    QString type; // NoticeType code
    QString number; // 文号
    QDate issuedOn; // the date printed on it
    QString issuedBy;
    QDateTime issuedAt; // when it was recorded (UTC)
    QString html;
    QString sha256; // of html as UTF-8, recorded at issue
    QString templateSha256; // of the composed template it was written from
    QJsonObject edits; // what the clerk wrote into the template's editable parts

    bool voided = false;
    QString voidReason;
    QString voidedBy;
    QDateTime voidedAt;

    // The stored HTML still has the SHA-256 recorded when it was issued.
    bool intact = true;
};

} // namespace ogi
