# Files attached to cases, kept under their SHA-256 beside the register (issue 5), or in a
# server register's database (issue 19).
target_sources(ogi_core PRIVATE
    attachments/Attachment.h
    attachments/AttachmentBytes.cpp attachments/AttachmentBytes.h
    attachments/AttachmentStore.cpp attachments/AttachmentStore.h
    attachments/AttachmentVocabulary.cpp)
