# The Debian package (issue 9): built from this build with cpack, validated, unpacked with
# dpkg -x and run from there.
add_test(NAME package_deb COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/package_test.sh ${CMAKE_BINARY_DIR})
set_tests_properties(package_deb PROPERTIES TIMEOUT 120 ENVIRONMENT "LANG=C.UTF-8")
