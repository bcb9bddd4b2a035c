#pragma once

#include <QByteArray>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ScoreDesk::App {

// The request body as JSON text, for scoring scripts that take something other than a table:
// checked as the user types (where it breaks, in line and column) and formatted on request.
class RawBodyEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RawBodyEditor(QWidget *parent = nullptr);

    QByteArray body() const;
    void setBody(const QByteArray &body);
    bool isEmpty() const;
    // Empty when the text is valid JSON; otherwise where and why it is not.
    QString problem() const;
    // Re-indents the text; false (and nothing changed) when it is not valid JSON.
    bool format();

    QPlainTextEdit *editor() const { return m_editor; }

Q_SIGNALS:
    void edited();

private:
    void check();

    QPlainTextEdit *m_editor;
    QLabel *m_status;
    QPushButton *m_format;
    QTimer m_checkLater;
};

} // namespace ScoreDesk::App
