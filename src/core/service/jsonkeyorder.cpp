#include "jsonkeyorder.h"

#include "jsontext.h"

#include <algorithm>
#include <limits>

namespace ScoreDesk {

QStringList orderByAppearance(QStringList names, const QByteArray &raw, qsizetype from)
{
    auto position = [&raw, from](const QString &name) {
        // The name as a key, written as JSON writes it: quoted and escaped, then optional
        // spaces and a colon (a value is followed by , ] or } instead).
        QByteArray needle;
        appendJsonString(&needle, name);
        for (qsizetype at = raw.indexOf(needle, from); at >= 0; at = raw.indexOf(needle, at + 1)) {
            qsizetype next = at + needle.size();
            while (next < raw.size() && (raw.at(next) == ' ' || raw.at(next) == '\t' || raw.at(next) == '\n' || raw.at(next) == '\r'))
                ++next;
            if (next < raw.size() && raw.at(next) == ':')
                return at;
        }
        return std::numeric_limits<qsizetype>::max();
    };
    QList<QPair<qsizetype, QString>> positioned;
    for (const QString &name : names)
        positioned.append({position(name), name});
    std::stable_sort(positioned.begin(), positioned.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    names.clear();
    for (const auto &entry : positioned)
        names.append(entry.second);
    return names;
}

} // namespace ScoreDesk
