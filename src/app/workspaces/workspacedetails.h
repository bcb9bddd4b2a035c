#pragma once

#include <QWidget>

#include <memory>

class QPushButton;

namespace Ui {
class WorkspaceDetails;
}

namespace ScoreDesk {
struct ConnectionReport;
struct Workspace;
}

namespace ScoreDesk::App {

// One workspace's definition and the outcome of its connection test (ui/workspacedetails.ui).
class WorkspaceDetails : public QWidget
{
    Q_OBJECT
public:
    explicit WorkspaceDetails(QWidget *parent = nullptr);
    ~WorkspaceDetails() override;

    void showWorkspace(const Workspace &workspace);
    void showTesting(const QString &name);
    void showReport(const ConnectionReport &report);
    void showFailure(const QString &message);

    QPushButton *testButton() const;
    QString text() const;       // the definition as shown
    QString resultText() const; // the test's summary and steps

private:
    std::unique_ptr<Ui::WorkspaceDetails> m_ui;
};

} // namespace ScoreDesk::App
