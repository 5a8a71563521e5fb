# Users, roles and sign-in (DESIGN.md §3, issue 4).
target_sources(ogi_core PRIVATE
    users/Role.cpp users/Role.h
    users/UserAccount.h)
