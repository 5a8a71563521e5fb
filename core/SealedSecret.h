#pragma once

#include <QString>

#include <optional>

namespace ogi {

// Secrets the office must store but not show — the mail server's password — are kept in the
// database sealed: AES-256-CBC with a random IV, under a 256-bit key that lives outside the
// database in the user's config folder (secretKeyPath(), created on first use, mode 0600).
// Whoever reads the database file or a backup of it does not see the secret; whoever can
// read both that file and the key (the same system account, root) can.

// $XDG_CONFIG_HOME/ogi-desk/secret.key (usually ~/.config/ogi-desk/secret.key).
QString secretKeyPath();

// The secret sealed as printable text ("aes1:<iv>:<ciphertext>", base64). Creates the key
// when there is none. Throws Error(NotWritable) naming the key file if it cannot be made.
QString sealSecret(const QString& secret);

// The secret back; nullopt when it was sealed under another key (another computer or
// account, a key file deleted) or the text is not a sealed secret.
std::optional<QString> openSecret(const QString& sealed);

// The key that seals the audit chain (HMAC-SHA-256, AuditLog), derived from the same key
// file so that the office keeps one file outside the register. `create`: make the key file
// when missing (throws as sealSecret does); otherwise nullopt when there is none.
std::optional<QByteArray> auditChainKey(bool create);

} // namespace ogi
