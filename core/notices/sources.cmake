# Notices (文书): templates, document numbers, notices as issued (issue 6).
target_sources(ogi_core PRIVATE
    notices/CorrectionNoticeFacts.cpp notices/CorrectionNoticeFacts.h
    notices/IssuedNotice.h
    notices/NoticeFacts.cpp notices/NoticeFacts.h
    notices/NoticeStore.cpp notices/NoticeStore.h
    notices/NoticeTemplate.cpp notices/NoticeTemplate.h
    notices/NoticeTemplates.cpp notices/NoticeTemplates.h
    notices/NoticeType.cpp notices/NoticeType.h
    notices/PdfTextLayer.cpp notices/PdfTextLayer.h)

# The shipped templates are data: compiled in as :/templates/<name>.html.
file(GLOB OGI_NOTICE_TEMPLATES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/templates/*.html)
qt_add_resources(ogi_core "ogi_notice_templates"
    PREFIX /templates
    BASE ${PROJECT_SOURCE_DIR}/resources/templates
    FILES ${OGI_NOTICE_TEMPLATES})
install(FILES ${OGI_NOTICE_TEMPLATES} DESTINATION share/ogi-desk/templates)
