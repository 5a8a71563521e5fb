# The PostgreSQL engine's tests (issue 19) run against a real server: a throw-away cluster
# that the fixture below starts before the first of them and stops after the last, even when
# tests fail (ctest runs FIXTURES_CLEANUP regardless).
add_test(NAME pg_test_cluster_start COMMAND ${CMAKE_CURRENT_LIST_DIR}/test-cluster.sh start ${OGI_PG_TEST_STATE})
add_test(NAME pg_test_cluster_stop COMMAND ${CMAKE_CURRENT_LIST_DIR}/test-cluster.sh stop ${OGI_PG_TEST_STATE})
set_tests_properties(pg_test_cluster_start PROPERTIES FIXTURES_SETUP pg)
set_tests_properties(pg_test_cluster_stop PROPERTIES FIXTURES_CLEANUP pg)

ogi_add_test(test_postgresql NEEDS_POSTGRESQL ${CMAKE_CURRENT_LIST_DIR}/PgConnectionTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PgSchemaTest.cpp ${CMAKE_CURRENT_LIST_DIR}/CopyCliTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PgSearchTest.cpp ${CMAKE_CURRENT_LIST_DIR}/PgRegisterCliTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PgBackupTest.cpp)
