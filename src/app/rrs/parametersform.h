#pragma once

#include "core/service/serviceschema.h"

#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace ScoreDesk::App {

// The service's global parameters as a form: a typed editor per parameter with its default
// filled in, bounds and allowed values enforced, and a line of help from the description.
class ParametersForm : public QWidget
{
    Q_OBJECT
public:
    explicit ParametersForm(QWidget *parent = nullptr);

    void setParameters(const QList<SchemaParameter> &parameters);
    // Values to send, as strings (as the documentation's samples do); empty ones left out.
    QJsonObject values() const;
    void setValues(const QJsonObject &values);
    // Why the current values would be refused, or empty.
    QStringList problems() const;

Q_SIGNALS:
    // The user changed a value (not setParameters() or setValues()).
    void valuesChanged();

private:
    void checkField(int index);

    QFormLayout *m_layout;
    QLabel *m_empty;
    QList<SchemaParameter> m_parameters;
    QList<QWidget *> m_editors;
    QList<QAction *> m_warnings; // a warning sign inside each line edit, shown while its value is refused
};

} // namespace ScoreDesk::App
