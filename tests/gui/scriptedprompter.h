#pragma once

#include "prompter.h"

#include <QStringList>
#include <QVariantList>

// A Prompter for GUI tests (KeePassXC's pre-answered message boxes, without any static state):
// each question takes the next queued answer (bool for confirm, QString for file and folder
// choices, anything for error) and is written down. A question with no answer queued is
// refused and counted as unexpected, so a test notices a dialog it did not foresee.
class ScriptedPrompter : public ScoreDesk::App::Prompter
{
public:
    void answer(const QVariantList &answers) { m_answers.append(answers); }
    int pending() const { return int(m_answers.size()); }
    const QStringList &asked() const { return m_asked; }      // every question's text, in order
    const QStringList &errors() const { return m_errors; }
    const QStringList &starts() const { return m_starts; }   // where each file dialog opened    // the texts error() showed
    int unexpected() const { return m_unexpected; }

    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override { return next(text).toBool(); }
    void error(QWidget *, const QString &, const QString &text) override
    {
        m_errors.append(text);
        if (!m_answers.isEmpty())
            m_answers.takeFirst();
        m_asked.append(text);
    }
    QString openFileName(QWidget *, const QString &caption, const QString &start, const QString &) override
    {
        m_starts.append(start);
        return next(caption).toString();
    }
    QString saveFileName(QWidget *, const QString &caption, const QString &start, const QString &) override
    {
        m_starts.append(start);
        return next(caption).toString();
    }
    QString existingFolder(QWidget *, const QString &caption, const QString &) override { return next(caption).toString(); }

private:
    QVariant next(const QString &question)
    {
        m_asked.append(question);
        if (m_answers.isEmpty()) {
            ++m_unexpected;
            return {};
        }
        return m_answers.takeFirst();
    }

    QVariantList m_answers;
    QStringList m_asked;
    QStringList m_errors;
    QStringList m_starts;
    int m_unexpected = 0;
};
