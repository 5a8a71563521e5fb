ogi_add_test(test_translations ${CMAKE_CURRENT_LIST_DIR}/TranslationTest.cpp)

# zh_CN is the default language and must be complete.
add_test(NAME zh_CN_translation_complete
    COMMAND ${CMAKE_COMMAND} -DTS_FILE=${PROJECT_SOURCE_DIR}/translations/ogi_zh_CN.ts
            -P ${CMAKE_CURRENT_LIST_DIR}/check_translation_complete.cmake)
