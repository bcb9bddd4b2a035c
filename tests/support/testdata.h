#pragma once

#include <QByteArray>
#include <QString>

// Request bodies shared by tests. Kept out of test files because moc misreads JSON in raw
// string literals inside files it scans.
QByteArray guideRequestBody(); // the guide's single row, "This is a good day", table form
QByteArray importableWorkspacesJson(); // one workspace named "Imported", as an export file
QByteArray classicSwaggerJson(); // a classic service description: two inputs, typed columns, enums, bounds
QByteArray md5OfFile(const QString &path); // empty when the file cannot be read
