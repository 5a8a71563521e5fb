# Notices: templates, numbering, notices as issued (issue 6).
ogi_add_test(test_notices BOTH_ENGINES
    ${CMAKE_CURRENT_LIST_DIR}/NoticeStoreTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NoticeWordingTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PdfTextLayerTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AddresseeNoticeTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NoticeCases.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../workflow/WorkflowFixture.cpp)
target_include_directories(test_notices PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../workflow)
