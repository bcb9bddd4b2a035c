#include "jsontext.h"

namespace ScoreDesk {

void appendJsonString(QByteArray *out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out->append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out->append('\\');
            out->append(c);
        } else if (byte < 0x20) {
            switch (c) {
            case '\n': out->append("\\n"); break;
            case '\r': out->append("\\r"); break;
            case '\t': out->append("\\t"); break;
            default:
                out->append("\\u00");
                out->append(hex[byte >> 4]);
                out->append(hex[byte & 0xf]);
            }
        } else {
            out->append(c);
        }
    }
    out->append('"');
}

} // namespace ScoreDesk
