ogi_add_test(test_ui
    ${CMAKE_CURRENT_LIST_DIR}/GuiApp.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MainWindowTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DesktopSmokeTest.cpp)
target_link_libraries(test_ui PRIVATE ogi_ui Qt6::Widgets)
