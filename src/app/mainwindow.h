#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace ScoreDesk::App {

// The application window: a page list on the left (workspaces, request/response, batch jobs)
// and the current page beside it. Each page is its own widget in its own folder.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { WorkspacesPage, RequestResponsePage, BatchJobsPage, PageCount };
    Q_ENUM(Page)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;
    void showPage(Page page);
    QWidget *pageWidget(Page page) const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Page page, const QIcon &icon, const QString &name, QWidget *widget);
    void showAbout();
    void restoreWindowState();

    std::unique_ptr<Ui::MainWindow> m_ui;
};

} // namespace ScoreDesk::App
