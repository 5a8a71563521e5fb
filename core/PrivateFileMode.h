#pragma once

#include <QFileDevice>
#include <QString>

namespace ogi {

// Registers, backups, exports (which may hold full ID numbers) and logs are for their owner
// only, whatever the umask (issue 18): 0600, or 0640 when the folder is group-shared (its
// setgid bit is set, so the files take the office group).

// The permissions a new private file in `folder` gets: owner read/write, and group read when
// `folder` has its setgid bit.
QFileDevice::Permissions privateFilePermissions(const QString& folder);

// Gives `path` the permissions above for its folder. Throws Error(NotWritable) naming the
// file when they cannot be set.
void makeFilePrivate(const QString& path);

// Creates `path` empty (or cuts an existing one to nothing) with those permissions set before
// any byte is written. Throws Error(NotWritable) naming the file.
void createPrivateFile(const QString& path);

// For the mains: files this process creates without the calls above (rotated logs, PDFs,
// folders) get no access for others, whatever umask the process was started with (027
// added; the group keeps read so that a group-shared folder still works).
void denyOthersByDefault();

} // namespace ogi
