#include "columntype.h"

#include <QDateTime>

namespace ScoreDesk {

QString columnTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::String:
        return QStringLiteral("String");
    case ColumnType::Integer:
        return QStringLiteral("Integer");
    case ColumnType::Double:
        return QStringLiteral("Double");
    case ColumnType::Boolean:
        return QStringLiteral("Boolean");
    case ColumnType::DateTime:
        return QStringLiteral("DateTime");
    }
    return QStringLiteral("String");
}

ColumnType columnTypeFromServiceName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower.startsWith(QLatin1String("int")) || lower.startsWith(QLatin1String("uint"))
        || lower == QLatin1String("integer") || lower == QLatin1String("long")
        || lower == QLatin1String("byte") || lower == QLatin1String("sbyte"))
        return ColumnType::Integer;
    if (lower == QLatin1String("double") || lower == QLatin1String("single")
        || lower == QLatin1String("float") || lower == QLatin1String("decimal")
        || lower == QLatin1String("numeric") || lower == QLatin1String("number"))
        return ColumnType::Double;
    if (lower == QLatin1String("boolean") || lower == QLatin1String("bool"))
        return ColumnType::Boolean;
    if (lower == QLatin1String("datetime") || lower == QLatin1String("date-time")
        || lower == QLatin1String("datetimeoffset"))
        return ColumnType::DateTime;
    return ColumnType::String;
}

ColumnType columnTypeFromSwagger(const QString &type, const QString &format)
{
    if (type == QLatin1String("integer"))
        return ColumnType::Integer;
    if (type == QLatin1String("number"))
        return ColumnType::Double;
    if (type == QLatin1String("boolean"))
        return ColumnType::Boolean;
    if (type == QLatin1String("string") && (format == QLatin1String("date-time") || format == QLatin1String("date")))
        return ColumnType::DateTime;
    return ColumnType::String;
}

bool isNumeric(ColumnType type)
{
    return type == ColumnType::Integer || type == ColumnType::Double;
}

bool isValidValue(ColumnType type, const QString &text)
{
    if (text.isEmpty())
        return true;
    bool ok = false;
    switch (type) {
    case ColumnType::String:
        return true;
    case ColumnType::Integer:
        text.trimmed().toLongLong(&ok);
        return ok;
    case ColumnType::Double:
        text.trimmed().toDouble(&ok);
        return ok;
    case ColumnType::Boolean: {
        const QString lower = text.trimmed().toLower();
        return lower == QLatin1String("true") || lower == QLatin1String("false")
            || lower == QLatin1String("1") || lower == QLatin1String("0");
    }
    case ColumnType::DateTime:
        return QDateTime::fromString(text.trimmed(), Qt::ISODate).isValid()
            || QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs).isValid();
    }
    return false;
}

} // namespace ScoreDesk
