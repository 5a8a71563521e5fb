# Files attached to cases, kept under their SHA-256 beside the register (issue 5).
target_sources(ogi_core PRIVATE
    attachments/Attachment.h
    attachments/AttachmentStore.cpp attachments/AttachmentStore.h
    attachments/AttachmentVocabulary.cpp)
