#pragma once

#include "Term.h"

#include <QDateTime>
#include <QString>

namespace ogi {

// What a file attached to a case is.
enum class AttachmentKind
{
    Application,
    Reply,
    Authorisation,
    Evidence,
    Other
};

// application: 申请材料, reply: 答复文书, authorisation: 授权委托书 (an agent applies for the
// applicant), evidence: 证据材料 (a correction request's proof, Art. 41), other: 其他材料.
const QList<Term<AttachmentKind>>& attachmentKinds();

// A file attached to a case. The bytes live in the attachment folder under their SHA-256;
// the row keeps the name the user gave them.
struct Attachment
{
    qint64 id = 0;
    qint64 caseId = 0;
    AttachmentKind kind = AttachmentKind::Other;
    QString fileName; // the original file's name, without its folder
    QString sha256; // 64 lower-case hex digits
    qint64 size = 0; // bytes
    QString addedBy; // login
    QDateTime addedAt;
};

// A file to attach, named by its path on this computer.
struct FileToAttach
{
    AttachmentKind kind = AttachmentKind::Other;
    QString path;
};

} // namespace ogi
