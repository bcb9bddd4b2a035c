// Precompiled for the test executables of one folder (the PCH is valid only where Qt Test's
// QT_TESTCASE_* definitions are the same): core.h and what most tests include.
#pragma once
#include "core.h"
#ifdef __cplusplus
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#endif
