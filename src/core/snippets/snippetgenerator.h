#pragma once

#include "../http/httpmessage.h"

#include <QString>

namespace ScoreDesk {

enum class SnippetLanguage { Curl, Python, CSharp, R, Count };

QString snippetLanguageName(SnippetLanguage language);

// Code that sends the same request from a terminal or a program: curl, Python 3 (standard
// library only), C# (HttpClient) and R (httr). Keys are read from environment variables
// (SCOREDESK_API_KEY, SCOREDESK_SUBSCRIPTION_KEY) unless the user explicitly asks to reveal
// them, so that a snippet can be pasted into a ticket or a notebook safely.
class SnippetGenerator
{
public:
    static constexpr const char *ApiKeyVariable = "SCOREDESK_API_KEY";
    static constexpr const char *SubscriptionKeyVariable = "SCOREDESK_SUBSCRIPTION_KEY";

    static QString generate(SnippetLanguage language, const HttpRequest &request, bool revealSecrets = false);
};

} // namespace ScoreDesk
