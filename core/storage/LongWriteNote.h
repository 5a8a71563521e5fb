#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QString>

#include <optional>

namespace ogi {

// Who holds a register's write lock for long, for the programs that wait behind it (issue 18):
// a long write (a ledger import) leaves "<register>-writer" beside the file, naming the user,
// what is being done, the host and process, since when and how far it is; the note goes when
// the write ends. A writer kept past the busy timeout then reads it (sql's busy message)
// instead of being told only that "another program" holds the register.
class LongWriteNote
{
public:
    // Writes the note. `what` is already a sentence fragment in the user's language, e.g.
    // "importing the ledger 台账.csv". Throws Error(NotWritable) when the folder cannot be
    // written (then the register could not be written either).
    LongWriteNote(const QString& registerPath, const QString& login, const QString& what);
    LongWriteNote(const LongWriteNote&) = delete;
    LongWriteNote& operator=(const LongWriteNote&) = delete;
    // Removes the note.
    ~LongWriteNote();

    // Records how far the write is: `done` of `total` rows (in the note at most once a second).
    void progress(qint64 done, qint64 total);

    // The note beside `registerPath` as one sentence ("wangfang is importing … on host pc-01,
    // process 4242, since 12:40:05; 4,000 of 100,000 rows done"), or nullopt when there is none,
    // it cannot be read, or its process on this host has ended (a crash left it behind).
    static std::optional<QString> describe(const QString& registerPath);

    static QString notePath(const QString& registerPath);

private:
    void write();

    QString m_path;
    QString m_login;
    QString m_what;
    QDateTime m_since;
    qint64 m_done = -1;
    qint64 m_total = -1;
    QElapsedTimer m_written; // since the note was last written
};

} // namespace ogi
