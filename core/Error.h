#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <exception>

namespace ogi {

// What kind of failure an Error reports; the CLI maps it to an exit code, the UI to an icon.
enum class ErrorCode {
    InvalidInput, // the caller's data is wrong (a field, a JSON document, an argument)
    NotFound, // a case, file or record named by the caller does not exist
    Refused, // the action is not allowed (state, role, duplicate)
    NotOurFile, // a file that is not an OGI Desk database
    Corrupt, // a damaged database file
    NewerSchema, // a database written by a newer OGI Desk
    NotWritable, // a location or file that cannot be written
    Storage, // SQLite / Qt Sql reported an error
    Internal, // a broken invariant inside OGI Desk
    Cancelled, // the person waiting stopped long work; nothing of it was kept
    Network, // another computer (the mail server) could not be reached, refused, or did not answer
    PasswordNeeded, // a database server asks for a password none was given for
};

// One problem with one field of the input, for messages beside the field.
struct FieldIssue
{
    QString field; // dotted path as in the JSON, e.g. "applicants[0].id_number"
    QString message; // translated, names what is wrong
};

// The one exception type of OGI Desk. The message is translated and meant for the user.
class Error : public std::exception
{
public:
    Error(ErrorCode code, QString message, QList<FieldIssue> issues = {});

    ErrorCode code() const { return m_code; }
    const QString& message() const { return m_message; }
    const QList<FieldIssue>& issues() const { return m_issues; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    ErrorCode m_code;
    QString m_message;
    QList<FieldIssue> m_issues;
    QByteArray m_utf8;
};

} // namespace ogi
