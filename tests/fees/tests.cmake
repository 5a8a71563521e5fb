# Fees (reference/fees.md) and the remedies' windows and validation (issue 4).
ogi_add_test(test_fees_remedies BOTH_ENGINES
    ${CMAKE_CURRENT_LIST_DIR}/FeeTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RemedyWindowsTest.cpp)
