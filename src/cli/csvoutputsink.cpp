#include "csvoutputsink.h"

#include "core/filenames.h"
#include "core/savefile.h"
#include "core/table/csvwriter.h"

#include <QDir>
#include <QFile>

#include <cstdio>

namespace ScoreDesk::Cli {

CsvOutputSink::CsvOutputSink(Target target, const QString &path)
    : m_target(target)
    , m_path(path)
{
}

CsvOutputSink::~CsvOutputSink() = default;

bool CsvOutputSink::openOutput(const QString &name)
{
    Output output;
    if (m_target == Target::Stdout) {
        std::fflush(stdout);
        m_stdout = std::make_unique<QFile>();
        if (!m_stdout->open(fileno(stdout), QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            m_error = QStringLiteral("cannot write to stdout: ") + m_stdout->errorString();
            return false;
        }
        output.writer = std::make_unique<CsvWriter>(m_stdout.get());
    } else {
        // The name comes from the service: one file name inside the folder, whatever it holds.
        const QString path = m_target == Target::File
            ? m_path
            : QDir(m_path).filePath(safeFileName(name + QStringLiteral(".csv")));
        output.file = std::make_unique<AtomicFile>(path);
        if (!output.file->open(&m_error))
            return false;
        output.writer = std::make_unique<CsvWriter>(output.file->device());
    }
    m_writer = output.writer.get();
    m_outputs.push_back(std::move(output));
    return true;
}

bool CsvOutputSink::beginTable(const QString &name, const QStringList &columns)
{
    m_writer = nullptr;
    if (m_tables++ > 0 && m_target != Target::Folder)
        return true; // only the first output is wanted; the rest is read and dropped
    if (!openOutput(name))
        return false;
    for (const QString &column : columns)
        m_writer->field(QByteArrayView(column.toUtf8()));
    m_writer->endRecord();
    return true;
}

void CsvOutputSink::appendCell(QByteArrayView utf8)
{
    if (m_writer)
        m_writer->field(utf8);
}

void CsvOutputSink::appendNull()
{
    if (m_writer)
        m_writer->field({}, true);
}

void CsvOutputSink::endRow()
{
    if (m_writer)
        m_writer->endRecord();
}

bool CsvOutputSink::endTable()
{
    if (!m_writer || m_writer->flush())
        return true;
    const Output &output = m_outputs.back();
    const QIODevice *device = output.file ? output.file->device() : m_stdout.get();
    m_error = (output.file ? output.file->path() : QStringLiteral("stdout")) + QStringLiteral(": ") + device->errorString();
    return false;
}

bool CsvOutputSink::commit(QString *error)
{
    for (Output &output : m_outputs) {
        if (output.file && !output.file->commit(error))
            return false;
    }
    return true;
}

} // namespace ScoreDesk::Cli
