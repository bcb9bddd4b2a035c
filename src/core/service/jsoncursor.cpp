#include "jsoncursor.h"

#include <QCoreApplication>
#include <QLocale>

#include <charconv>
#include <cmath>

namespace ScoreDesk {

namespace {

// The messages' translation context, declared so that lupdate files them under it too.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(JsonCursor)
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray *out, char32_t code)
{
    if (code < 0x80) {
        out->append(char(code));
    } else if (code < 0x800) {
        out->append(char(0xC0 | (code >> 6)));
        out->append(char(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out->append(char(0xE0 | (code >> 12)));
        out->append(char(0x80 | ((code >> 6) & 0x3F)));
        out->append(char(0x80 | (code & 0x3F)));
    } else {
        out->append(char(0xF0 | (code >> 18)));
        out->append(char(0x80 | ((code >> 12) & 0x3F)));
        out->append(char(0x80 | ((code >> 6) & 0x3F)));
        out->append(char(0x80 | (code & 0x3F)));
    }
}

// The length of the valid UTF-8 sequence starting at text[i] (a byte of 0x80 or more), or 0.
qsizetype utf8SequenceLength(QByteArrayView text, qsizetype i)
{
    const auto lead = uchar(text[i]);
    qsizetype length = 0;
    uchar low = 0x80, high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (i + length > text.size())
        return 0;
    for (qsizetype k = 1; k < length; ++k) {
        const auto byte = uchar(text[i + k]);
        if (byte < (k == 1 ? low : 0x80) || byte > (k == 1 ? high : 0xBF))
            return 0;
    }
    return length;
}

} // namespace

JsonCursor::JsonCursor(QByteArrayView text)
    : m_text(text)
{
}

bool JsonCursor::fail(const QString &message)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorOffset = m_pos;
    }
    m_pos = m_text.size(); // nothing more is read
    return false;
}

void JsonCursor::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return;
        ++m_pos;
    }
}

bool JsonCursor::expect(char c)
{
    skipSpace();
    if (m_pos >= m_text.size())
        return fail(Texts::tr("the text ends too early"));
    if (m_text[m_pos] != c)
        return fail(Texts::tr("expected '%1'").arg(QLatin1Char(c)));
    ++m_pos;
    return true;
}

void JsonCursor::seek(qsizetype position)
{
    if (hasError())
        return;
    m_pos = position;
}

JsonCursor::Type JsonCursor::peek()
{
    skipSpace();
    if (hasError() || m_pos >= m_text.size())
        return Type::None;
    switch (m_text[m_pos]) {
    case '{':
        return Type::Object;
    case '[':
        return Type::Array;
    case '"':
        return Type::String;
    case 't':
    case 'f':
        return Type::Bool;
    case 'n':
        return Type::Null;
    default:
        return (m_text[m_pos] == '-' || isDigit(m_text[m_pos])) ? Type::Number : Type::None;
    }
}

bool JsonCursor::enterObject()
{
    if (m_openers.size() >= MaxDepth)
        return fail(Texts::tr("the values are nested too deeply"));
    if (!expect('{'))
        return false;
    m_openers.append('{');
    m_first = true;
    return true;
}

bool JsonCursor::enterArray()
{
    if (m_openers.size() >= MaxDepth)
        return fail(Texts::tr("the values are nested too deeply"));
    if (!expect('['))
        return false;
    m_openers.append('[');
    m_first = true;
    return true;
}

bool JsonCursor::afterValue()
{
    // Inside a container: the end, or a comma before the next element.
    skipSpace();
    if (m_pos >= m_text.size())
        return fail(Texts::tr("the text ends too early"));
    const char closer = m_openers.back() == '{' ? '}' : ']';
    if (m_text[m_pos] == closer) {
        ++m_pos;
        m_openers.chop(1);
        m_first = false; // the container was an element of its parent
        return false;
    }
    if (!m_first && !expect(','))
        return false;
    m_first = false;
    return true;
}

bool JsonCursor::nextKey(QByteArrayView *key, QByteArray *storage)
{
    if (hasError() || m_openers.isEmpty() || m_openers.back() != '{' || !afterValue())
        return false;
    if (peek() != Type::String)
        return fail(Texts::tr("expected a name in quotes"));
    return readString(key, storage) && expect(':');
}

bool JsonCursor::nextElement()
{
    if (hasError() || m_openers.isEmpty() || m_openers.back() != '[')
        return false;
    return afterValue();
}

bool JsonCursor::readString(QByteArrayView *text, QByteArray *storage)
{
    if (!expect('"'))
        return false;
    const qsizetype start = m_pos;
    bool escaped = false;
    storage->clear();
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        const auto byte = uchar(c);
        if (c == '"') {
            *text = escaped ? QByteArrayView(*storage) : m_text.sliced(start, m_pos - start);
            ++m_pos;
            return true;
        }
        if (byte < 0x20)
            return fail(Texts::tr("a control character inside a string"));
        if (c == '\\') {
            if (!escaped) {
                storage->append(m_text.data() + start, m_pos - start);
                escaped = true;
            }
            if (m_pos + 1 >= m_text.size())
                return fail(Texts::tr("the text ends too early"));
            const char kind = m_text[m_pos + 1];
            m_pos += 2;
            switch (kind) {
            case '"': storage->append('"'); break;
            case '\\': storage->append('\\'); break;
            case '/': storage->append('/'); break;
            case 'b': storage->append('\b'); break;
            case 'f': storage->append('\f'); break;
            case 'n': storage->append('\n'); break;
            case 'r': storage->append('\r'); break;
            case 't': storage->append('\t'); break;
            case 'u': {
                auto readHex = [this](char32_t *unit) {
                    if (m_pos + 4 > m_text.size())
                        return false;
                    char32_t value = 0;
                    for (int k = 0; k < 4; ++k) {
                        const int digit = hexValue(m_text[m_pos + k]);
                        if (digit < 0)
                            return false;
                        value = value * 16 + char32_t(digit);
                    }
                    m_pos += 4;
                    *unit = value;
                    return true;
                };
                char32_t unit = 0;
                if (!readHex(&unit))
                    return fail(Texts::tr("an invalid \\u escape"));
                if (unit >= 0xD800 && unit <= 0xDBFF && m_pos + 1 < m_text.size() && m_text[m_pos] == '\\' && m_text[m_pos + 1] == 'u') {
                    m_pos += 2;
                    char32_t low = 0;
                    if (!readHex(&low))
                        return fail(Texts::tr("an invalid \\u escape"));
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        appendUtf8(storage, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
                        break;
                    }
                    appendUtf8(storage, 0xFFFD);
                    unit = low;
                }
                appendUtf8(storage, (unit >= 0xD800 && unit <= 0xDFFF) ? 0xFFFD : unit); // a lone half of a pair
                break;
            }
            default:
                return fail(Texts::tr("an invalid escape sequence"));
            }
            continue;
        }
        qsizetype length = 1;
        if (byte >= 0x80 && (length = utf8SequenceLength(m_text, m_pos)) == 0)
            return fail(Texts::tr("the text is not valid UTF-8"));
        if (escaped)
            storage->append(m_text.data() + m_pos, length);
        m_pos += length;
    }
    return fail(Texts::tr("a string is never closed"));
}

bool JsonCursor::readNumber(QByteArrayView *text)
{
    skipSpace();
    const qsizetype start = m_pos;
    auto digits = [this] {
        const qsizetype from = m_pos;
        while (m_pos < m_text.size() && isDigit(m_text[m_pos]))
            ++m_pos;
        return m_pos > from;
    };
    if (m_pos < m_text.size() && m_text[m_pos] == '-')
        ++m_pos;
    if (m_pos < m_text.size() && m_text[m_pos] == '0')
        ++m_pos;
    else if (!digits())
        return fail(Texts::tr("a number is not valid"));
    if (m_pos < m_text.size() && m_text[m_pos] == '.') {
        ++m_pos;
        if (!digits())
            return fail(Texts::tr("a number is not valid"));
    }
    if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
            ++m_pos;
        if (!digits())
            return fail(Texts::tr("a number is not valid"));
    }
    *text = m_text.sliced(start, m_pos - start);
    return true;
}

bool JsonCursor::readBool(bool *value)
{
    skipSpace();
    if (m_text.sliced(m_pos).startsWith("true")) {
        m_pos += 4;
        *value = true;
        return true;
    }
    if (m_text.sliced(m_pos).startsWith("false")) {
        m_pos += 5;
        *value = false;
        return true;
    }
    return fail(Texts::tr("an unknown word"));
}

bool JsonCursor::readNull()
{
    skipSpace();
    if (!m_text.sliced(m_pos).startsWith("null"))
        return fail(Texts::tr("an unknown word"));
    m_pos += 4;
    return true;
}

bool JsonCursor::skipInDepth(int depth)
{
    if (depth > MaxDepth)
        return fail(Texts::tr("the values are nested too deeply"));
    QByteArrayView ignored;
    QByteArray storage;
    bool flag = false;
    switch (peek()) {
    case Type::Object: {
        if (!enterObject())
            return false;
        QByteArrayView key;
        while (nextKey(&key, &storage)) {
            if (!skipInDepth(depth + 1))
                return false;
        }
        return !hasError();
    }
    case Type::Array:
        if (!enterArray())
            return false;
        while (nextElement()) {
            if (!skipInDepth(depth + 1))
                return false;
        }
        return !hasError();
    case Type::String:
        return readString(&ignored, &storage);
    case Type::Number:
        return readNumber(&ignored);
    case Type::Bool:
        return readBool(&flag);
    case Type::Null:
        return readNull();
    case Type::None:
        break;
    }
    return fail(m_pos >= m_text.size() ? Texts::tr("the text ends too early") : Texts::tr("an unexpected character"));
}

bool JsonCursor::skipValue()
{
    return skipInDepth(int(m_openers.size()));
}

bool JsonCursor::skipValue(qsizetype *begin, qsizetype *end)
{
    skipSpace();
    *begin = m_pos;
    const bool ok = skipValue();
    *end = m_pos;
    return ok;
}

QString JsonCursor::where(qsizetype offset) const
{
    offset = qBound<qsizetype>(0, offset, m_text.size());
    const QByteArrayView before = m_text.first(offset);
    qsizetype line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    qsizetype column = 1;
    for (qsizetype i = lineStart; i < before.size(); ++i) {
        if ((uchar(before[i]) & 0xC0) != 0x80) // not a UTF-8 continuation byte
            ++column;
    }
    return Texts::tr("line %1, column %2").arg(line).arg(column);
}

bool JsonCursor::atEnd()
{
    skipSpace();
    return !hasError() && m_pos == m_text.size();
}

// Whole numbers as integers ("1.0" and "1e2" read as 1 and 100, as a grid shows them), other
// numbers in the shortest form that reads back to the same double.
QByteArrayView normalizedJsonNumber(QByteArrayView text, QByteArray *storage)
{
    const bool negative = text.startsWith('-');
    bool plainInteger = true;
    for (qsizetype i = negative ? 1 : 0; i < text.size() && plainInteger; ++i)
        plainInteger = text[i] >= '0' && text[i] <= '9';
    // Up to 15 digits an integer is exactly a double already: nothing to do but "-0".
    if (plainInteger && text.size() - (negative ? 1 : 0) <= 15)
        return text == "-0" ? QByteArrayView("0") : text;
    double value = 0;
    const auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (problem != std::errc() || end != text.data() + text.size())
        return text; // beyond a double's range: kept as the service wrote it
    // In range before the cast: casting 1e300 to an integer is undefined.
    if (std::fabs(value) < 9.0e15 && std::trunc(value) == value)
        *storage = QByteArray::number(static_cast<qint64>(value));
    else
        *storage = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    return *storage;
}

} // namespace ScoreDesk
