#include "usagepage.h"

#include "../appcontext.h"
#include "../batch/jobdetails.h"
#include "../messagebar.h"

#include "core/filenames.h"
#include "core/savefile.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QValueAxis>
#include <QVBoxLayout>

namespace ScoreDesk::App {

namespace {

QString seconds(qint64 ms)
{
    return QLocale().toString(ms / 1000.0, 'f', ms < 10000 ? 1 : 0);
}

// A duration in the largest unit that keeps it readable.
QString duration(qint64 ms)
{
    if (ms < 60'000)
        return UsagePage::tr("%1 s").arg(seconds(ms));
    if (ms < 3'600'000)
        return UsagePage::tr("%1 min").arg(QLocale().toString(ms / 60'000.0, 'f', 1));
    return UsagePage::tr("%1 h").arg(QLocale().toString(ms / 3'600'000.0, 'f', 1));
}

// removeAllSeries() deletes the series, removeAxis() hands the axis back to be deleted.
void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QValueAxis *countAxis(int largest)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, qMax(1, largest));
    axis->setTickCount(qMin(6, qMax(2, largest + 1)));
    return axis;
}

// One horizontal bar per name, the first at the top, each with its count written on it.
void showBars(QChart *chart, const QString &what, const QList<QPair<QString, int>> &bars)
{
    clearChart(chart);
    auto *set = new QBarSet(what);
    QStringList names;
    int largest = 0;
    for (auto it = bars.crbegin(); it != bars.crend(); ++it) { // a bar axis counts from the bottom
        names.append(it->first);
        *set << it->second;
        largest = qMax(largest, it->second);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *namesAxis = new QBarCategoryAxis;
    namesAxis->append(names);
    chart->addAxis(namesAxis, Qt::AlignLeft);
    series->attachAxis(namesAxis);
    auto *counts = countAxis(largest);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    chart->legend()->setVisible(false);
}

} // namespace

UsagePage::UsagePage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_range(new QComboBox(this))
    , m_workspace(new QComboBox(this))
    , m_message(new MessageBar(this))
    , m_figures(new QLabel(this))
{
    auto *title = new QLabel(tr("<b>Usage</b> of your calls and batch jobs, from this computer's history"), this);
    title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_range->setObjectName(QStringLiteral("usageRange"));
    m_range->addItem(tr("Last 24 hours"), int(UsageRange::Day));
    m_range->addItem(tr("Last 7 days"), int(UsageRange::Week));
    m_range->addItem(tr("Last 30 days"), int(UsageRange::Month));
    m_range->setCurrentIndex(1);
    m_range->setAccessibleName(tr("Range"));
    m_workspace->setObjectName(QStringLiteral("usageWorkspace"));
    m_workspace->setAccessibleName(tr("Workspace"));
    m_workspace->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_range);
    auto *workspaceLabel = new QLabel(tr("W&orkspace:"), this);
    workspaceLabel->setBuddy(m_workspace);
    auto *exportButton = new QPushButton(tr("E&xport CSV…"), this);
    exportButton->setObjectName(QStringLiteral("usageExport"));
    exportButton->setToolTip(tr("Write the calls per period and workspace, and the totals, as CSV"));
    connect(exportButton, &QPushButton::clicked, this, &UsagePage::exportCsv);
    connect(m_range, &QComboBox::currentIndexChanged, this, &UsagePage::refresh);
    connect(m_workspace, &QComboBox::currentIndexChanged, this, &UsagePage::refresh);

    auto *top = new QHBoxLayout;
    top->addWidget(title, 1);
    top->addWidget(rangeLabel);
    top->addWidget(m_range);
    top->addWidget(workspaceLabel);
    top->addWidget(m_workspace);
    top->addWidget(exportButton);

    m_figures->setObjectName(QStringLiteral("usageFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *charts = new QGridLayout;
    charts->addWidget(addChart(tr("Calls per period")), 0, 0, 1, 2);
    charts->addWidget(addChart(tr("Calls by outcome")), 1, 0);
    charts->addWidget(addChart(tr("Batch jobs by state")), 1, 1);
    charts->setRowStretch(0, 3);
    charts->setRowStretch(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_figures);
    layout->addLayout(charts, 1);
    if (!m_context->history())
        m_message->showError(tr("History is off, so there is nothing to count: %1").arg(m_context->historyError()));
}

QChartView *UsagePage::addChart(const QString &name)
{
    auto *chart = new QChart;
    chart->setTitle(name);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(name);
    view->setMinimumHeight(160);
    m_charts.append(view);
    return view;
}

void UsagePage::themeCharts()
{
    // The charts follow the window's palette, dark or light, instead of a fixed white.
    const QPalette palette = this->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    for (QChartView *view : std::as_const(m_charts)) {
        QChart *chart = view->chart();
        const QString title = chart->title();
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setTitle(title);
        chart->setBackgroundBrush(palette.brush(QPalette::Base));
        chart->setTitleBrush(palette.brush(QPalette::Text));
        chart->legend()->setLabelColor(palette.color(QPalette::Text));
        const QList<QAbstractAxis *> axes = chart->axes();
        for (QAbstractAxis *axis : axes)
            axis->setLabelsColor(palette.color(QPalette::Text));
    }
}

void UsagePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        themeCharts();
}

void UsagePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // calls made since it was last shown
}

void UsagePage::fillWorkspaces()
{
    const QString chosen = m_workspace->currentData().toString();
    QStringList names;
    for (const Workspace &workspace : m_context->workspaces()->store()->workspaces())
        names.append(workspace.name);
    for (const QString &name : std::as_const(m_report.workspaces)) {
        if (!names.contains(name))
            names.append(name); // a workspace deleted since, still in the history
    }
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    const QSignalBlocker quiet(m_workspace);
    m_workspace->clear();
    m_workspace->addItem(tr("All workspaces"), QString());
    for (const QString &name : std::as_const(names))
        m_workspace->addItem(name, name);
    m_workspace->setCurrentIndex(qMax(0, m_workspace->findData(chosen)));
}

void UsagePage::refresh()
{
    UsageFilter filter;
    filter.range = static_cast<UsageRange>(m_range->currentData().toInt());
    filter.workspaceName = m_workspace->currentData().toString();
    const QList<JobRecord> jobs = m_context->jobs() ? m_context->jobs()->all() : QList<JobRecord>();
    m_report = buildUsageReport(m_context->history() ? m_context->history()->database() : QSqlDatabase(), jobs, filter);
    fillWorkspaces();

    const QLocale locale;
    const int percent = m_report.total ? int(100.0 * m_report.succeeded / m_report.total + 0.5) : 0;
    const QString jobsText = m_report.jobMedianMs ? tr("<b>%1</b> batch jobs, half of those that ended took under %2")
                                                    .arg(locale.toString(m_report.jobs), duration(m_report.jobMedianMs))
                                              : tr("<b>%1</b> batch jobs").arg(locale.toString(m_report.jobs));
    m_figures->setText(tr("<b>%1</b> calls, %2% succeeded · latency <b>%3 ms</b> median, <b>%4 ms</b> for the slowest 5% · "
                          "<b>%5</b> throttled (429/503), %6 waited out a limit for %7 in all · %8")
                           .arg(locale.toString(m_report.total))
                           .arg(percent)
                           .arg(locale.toString(m_report.latencyP50Ms), locale.toString(m_report.latencyP95Ms), locale.toString(m_report.throttled),
                                locale.toString(m_report.waitedCalls), duration(m_report.waitedMs), jobsText));
    showCallsChart();
    showOutcomesChart();
    showJobsChart();
    themeCharts();
    Q_EMIT refreshed();
}

QString UsagePage::figuresText() const
{
    return m_figures->text();
}

void UsagePage::showCallsChart()
{
    QChart *chart = m_charts.at(0)->chart();
    clearChart(chart);
    auto *series = new QStackedBarSeries;
    QList<int> totals(m_report.buckets.size(), 0);
    for (const QString &workspace : std::as_const(m_report.workspaces)) {
        auto *set = new QBarSet(workspace);
        const QList<int> counts = m_report.calls.value(workspace);
        for (int i = 0; i < counts.size(); ++i) {
            *set << counts.at(i);
            totals[i] += counts.at(i);
        }
        series->append(set);
    }
    chart->addSeries(series);
    QStringList labels;
    const QLocale locale;
    for (const QDateTime &start : std::as_const(m_report.buckets))
        labels.append(m_report.hourly ? start.toString(QStringLiteral("HH")) : locale.toString(start.date(), QStringLiteral("d MMM")));
    auto *periods = new QBarCategoryAxis;
    periods->append(labels);
    chart->addAxis(periods, Qt::AlignBottom);
    series->attachAxis(periods);
    auto *counts = countAxis(totals.isEmpty() ? 0 : *std::max_element(totals.begin(), totals.end()));
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    chart->legend()->setVisible(!m_report.workspaces.isEmpty());
}

void UsagePage::showOutcomesChart()
{
    showBars(m_charts.at(1)->chart(), tr("Calls"),
             {{tr("Succeeded"), m_report.succeeded},
              {tr("Refused (4xx)"), m_report.clientErrors},
              {tr("Throttled (429/503)"), m_report.throttled},
              {tr("Service failed (5xx)"), m_report.serverErrors},
              {tr("No answer"), m_report.noResponse},
              {tr("Answer not readable"), m_report.unreadable}});
}

void UsagePage::showJobsChart()
{
    QList<QPair<QString, int>> bars;
    for (BesJobState state : {BesJobState::NotStarted, BesJobState::Running, BesJobState::Finished, BesJobState::Failed, BesJobState::Cancelled})
        bars.append({jobStateText(state), m_report.jobsByState.value(state)});
    showBars(m_charts.at(2)->chart(), tr("Jobs"), bars);
}

void UsagePage::exportCsv()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("scoredesk-usage.csv"));
    const QString path = m_context->prompter()->saveFileName(this, tr("Export Usage"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = writeFileAtomically(path, usageReportCsv(m_report), &error);
    if (ok)
        m_message->showSuccess(tr("Wrote the usage to %1.").arg(QDir::toNativeSeparators(path)));
    else
        m_message->showError(tr("The usage was not written: %1").arg(error));
    Q_EMIT exported(ok, path);
}

} // namespace ScoreDesk::App
