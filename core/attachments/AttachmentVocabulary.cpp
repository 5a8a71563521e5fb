#include "attachments/Attachment.h"

namespace ogi {

const QList<Term<AttachmentKind>>& attachmentKinds()
{
    static const QList<Term<AttachmentKind>> terms = {
        { AttachmentKind::Application, "application", "申请材料",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Application papers") },
        { AttachmentKind::Reply, "reply", "答复文书", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Reply") },
        { AttachmentKind::Authorisation, "authorisation", "授权委托书",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Letter of authorisation") },
        { AttachmentKind::Evidence, "evidence", "证据材料", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Evidence") },
        { AttachmentKind::Other, "other", "其他材料", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Other papers") },
    };
    return terms;
}

} // namespace ogi
