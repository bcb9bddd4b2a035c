#pragma once

#include "core/usage/usagereport.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;

namespace ScoreDesk::App {

class AppContext;
class MessageBar;

// Usage of one's own calls, as API Management's analytics show a gateway's: calls per hour or
// day by workspace, outcomes by kind, latency, throttling and the time waited, batch jobs by
// state and duration. Read from the history and the job list whenever the page is shown.
class UsagePage : public QWidget
{
    Q_OBJECT
public:
    explicit UsagePage(AppContext *context, QWidget *parent = nullptr);

    void refresh();
    void exportCsv();
    const UsageReport &report() const { return m_report; }
    QComboBox *rangeBox() const { return m_range; }
    QComboBox *workspaceBox() const { return m_workspace; }
    QString figuresText() const;

Q_SIGNALS:
    void refreshed();
    void exported(bool ok, const QString &path);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fillWorkspaces();
    void showCallsChart();
    void showOutcomesChart();
    void showJobsChart();
    QChartView *addChart(const QString &name);
    void themeCharts();

    AppContext *m_context;
    QComboBox *m_range;
    QComboBox *m_workspace;
    MessageBar *m_message;
    QLabel *m_figures;
    QList<QChartView *> m_charts;
    UsageReport m_report;
};

} // namespace ScoreDesk::App
