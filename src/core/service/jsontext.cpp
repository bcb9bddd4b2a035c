#include "jsontext.h"

namespace ScoreDesk {

void appendJsonString(QByteArray *out, const QString &text)
{
    appendJsonString(out, QByteArrayView(text.toUtf8()));
}

void appendJsonString(QByteArray *out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out->append('"');
    // Runs of bytes that need no escape go in one append: most cells are nothing but.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        out->append(utf8.data() + runStart, i - runStart);
        runStart = i + 1;
        switch (byte) {
        case '"': out->append("\\\"", 2); break;
        case '\\': out->append("\\\\", 2); break;
        case '\n': out->append("\\n", 2); break;
        case '\r': out->append("\\r", 2); break;
        case '\t': out->append("\\t", 2); break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xf]};
            out->append(escape, 6);
        }
        }
    }
    out->append(utf8.data() + runStart, utf8.size() - runStart);
    out->append('"');
}

} // namespace ScoreDesk
