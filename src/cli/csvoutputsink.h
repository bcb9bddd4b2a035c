#pragma once

#include "core/service/rrstablesink.h"

#include <QString>

#include <memory>
#include <vector>

class QFile;

namespace ScoreDesk {
class AtomicFile;
class CsvWriter;
}

namespace ScoreDesk::Cli {

// Writes the tables of a scoring answer as CSV while the answer is read, so that a 130 MB
// answer never becomes a table in memory: the first table to a file or to stdout, or every table
// into a folder as NAME.csv (the name made safe). Files appear only at commit(), after the
// whole answer was read; stdout gets the rows as they come.
class CsvOutputSink : public RrsTableSink
{
public:
    enum class Target { Stdout, File, Folder };
    CsvOutputSink(Target target, const QString &path);
    ~CsvOutputSink() override;

    bool beginTable(const QString &name, const QStringList &columns) override;
    void setColumnTypes(const QList<ColumnType> &) override {}
    void appendCell(QByteArrayView utf8) override;
    void appendNull() override;
    void endRow() override;
    bool endTable() override;
    QString error() const override { return m_error; }

    int tableCount() const { return m_tables; }
    // A write failed (a full disk, a folder that cannot be made): not the service's fault.
    bool writeFailed() const { return !m_error.isEmpty(); }
    bool commit(QString *error);

private:
    bool openOutput(const QString &name);

    struct Output
    {
        std::unique_ptr<AtomicFile> file;
        std::unique_ptr<CsvWriter> writer;
    };
    Target m_target;
    QString m_path;
    std::unique_ptr<QFile> m_stdout;
    std::vector<Output> m_outputs;
    CsvWriter *m_writer = nullptr; // null while a table is skipped
    int m_tables = 0;
    QString m_error;
};

} // namespace ScoreDesk::Cli
