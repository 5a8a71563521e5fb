#include "attachments/Attachment.h"

namespace ogi {

const QList<Term<AttachmentKind>>& attachmentKinds()
{
    static const QList<Term<AttachmentKind>> terms = {
        { AttachmentKind::Application, "application", "申请材料",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Application papers") },
        { AttachmentKind::Reply, "reply", "答复文书", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Reply") },
        { AttachmentKind::Other, "other", "其他材料", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Other papers") },
    };
    return terms;
}

} // namespace ogi
