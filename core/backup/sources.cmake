# Backup and restore of a register with its attachments (issue 8).
target_sources(ogi_core PRIVATE
    backup/RegisterBackup.cpp backup/RegisterBackup.h
    backup/RegisterRestore.cpp backup/RegisterRestore.h
    backup/RegisterCopy.cpp backup/RegisterCopy.h
    backup/DailyBackup.cpp backup/DailyBackup.h)
target_link_libraries(ogi_core PRIVATE Poco::Zip)
