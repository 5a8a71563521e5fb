# Repeat detection at registration (issue 4); the earlier applicants offered (issue 17).
ogi_add_test(test_repeats BOTH_ENGINES ${CMAKE_CURRENT_LIST_DIR}/RepeatFinderTest.cpp ${CMAKE_CURRENT_LIST_DIR}/EarlierApplicantsTest.cpp)
