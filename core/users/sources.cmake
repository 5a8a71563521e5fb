# Users, roles and sign-in (DESIGN.md §3, issue 4).
target_sources(ogi_core PRIVATE
    users/ClerkChoice.cpp users/ClerkChoice.h
    users/PasswordHash.cpp users/PasswordHash.h
    users/Role.cpp users/Role.h
    users/RoleCheck.cpp users/RoleCheck.h
    users/SignIn.cpp users/SignIn.h
    users/UserAccount.h
    users/UserRepository.cpp users/UserRepository.h)
