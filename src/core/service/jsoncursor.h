#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace ScoreDesk {

// A pull reader of JSON text for answers too large to hold as a QJsonDocument tree (a 130 MB
// answer makes a tree of gigabytes): it walks the text once, hands out strings as UTF-8 (a view
// into the text itself when there is nothing to unescape) and numbers as their text, and keeps
// nothing else. It checks what it reads as strictly as QJsonDocument does (UTF-8, escapes,
// control characters, nesting up to 1024 deep); an error stops it and says where.
class JsonCursor
{
public:
    enum class Type { Object, Array, String, Number, Bool, Null, None };

    explicit JsonCursor(QByteArrayView text);

    Type peek(); // the next value's type, or None at the end (or on an error)

    bool enterObject();
    // The next key of the object entered last, or false at its end (which is then left). The
    // key is a view of the text, or of `storage` when it had escapes.
    bool nextKey(QByteArrayView *key, QByteArray *storage);
    bool enterArray();
    // True when another element follows in the array entered last; false at its end (left).
    bool nextElement();

    // A string's text as UTF-8: a view of the JSON text, or of `storage` when it had escapes.
    bool readString(QByteArrayView *text, QByteArray *storage);
    bool readNumber(QByteArrayView *text);
    bool readBool(bool *value);
    bool readNull();
    bool skipValue();
    // Skips a value and tells where its text lies, to read it again (seek()) or keep it.
    bool skipValue(qsizetype *begin, qsizetype *end);

    // Whole text read: nothing but white space after the top value.
    bool atEnd();

    qsizetype position() const { return m_pos; }
    void seek(qsizetype position);
    QByteArrayView text() const { return m_text; }

    bool hasError() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }
    // "line 3, column 17" for a byte offset of the text (columns count characters).
    QString where(qsizetype offset) const;

    static constexpr int MaxDepth = 1024;

private:
    void skipSpace();
    bool fail(const QString &message);
    bool expect(char c);
    bool afterValue();
    bool skipInDepth(int depth);

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    QByteArray m_openers; // the containers entered: '{' or '['
    bool m_first = true;  // no element of the current container read yet
    QString m_error;
    qsizetype m_errorOffset = -1;
};

// A JSON number's text as a grid shows it: whole numbers as integers ("1.0" and "1e2" read as 1
// and 100), other numbers in the shortest form that reads back to the same double. The result
// views `text` or `storage`.
QByteArrayView normalizedJsonNumber(QByteArrayView text, QByteArray *storage);

} // namespace ScoreDesk
