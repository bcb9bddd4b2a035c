#include "jsonwriter.h"

namespace ScoreDesk::Sandbox {

void appendJsonString(QByteArray *out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out->append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out->append("\\\"");
            break;
        case '\\':
            out->append("\\\\");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        default:
            if (c < 0x20) {
                out->append("\\u00");
                out->append(hex[c >> 4]);
                out->append(hex[c & 0xf]);
            } else {
                out->append(ch);
            }
        }
    }
    out->append('"');
}

} // namespace ScoreDesk::Sandbox
