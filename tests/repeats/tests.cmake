# Repeat detection at registration (issue 4).
ogi_add_test(test_repeats ${CMAKE_CURRENT_LIST_DIR}/RepeatFinderTest.cpp)
