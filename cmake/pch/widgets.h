// Precompiled for the targets that use Qt Widgets: core.h and the widgets most pages include.
#pragma once
#include "core.h"
#ifdef __cplusplus
#include <QAbstractTableModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QWidget>
#endif
