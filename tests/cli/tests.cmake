# `ogi` end to end, and crash safety of `ogi add` under SIGKILL (issue 2).
ogi_add_test(test_cli BOTH_ENGINES ${CMAKE_CURRENT_LIST_DIR}/CliEndToEndTest.cpp ${CMAKE_CURRENT_LIST_DIR}/ApplicantsCliTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HostileTextCliTest.cpp ${CMAKE_CURRENT_LIST_DIR}/PrivateFilesCliTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CheckCodeCliTest.cpp)
ogi_add_test(test_crash_safety BOTH_ENGINES ${CMAKE_CURRENT_LIST_DIR}/CrashSafetyTest.cpp)
