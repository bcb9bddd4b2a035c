<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ScoreDesk::App::BatchPage</name>
    <message numerus="yes">
        <source>Going on with %n submission(s) that the last session left unfinished…</source>
        <translation>
            <numerusform>Going on with %n submission that the last session left unfinished…</numerusform>
            <numerusform>Going on with %n submissions that the last session left unfinished…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::RawBodyEditor</name>
    <message numerus="yes">
        <source>Valid JSON, %n byte(s).</source>
        <translation>
            <numerusform>Valid JSON, %n byte.</numerusform>
            <numerusform>Valid JSON, %n bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::ResponsePanel</name>
    <message numerus="yes">
        <source> (the service says to wait %n second(s))</source>
        <translation>
            <numerusform> (the service says to wait %n second)</numerusform>
            <numerusform> (the service says to wait %n seconds)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n row)</numerusform>
            <numerusform>%1 (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::RetryCountdown</name>
    <message numerus="yes">
        <source>HTTP 429: the rate limit is reached. Trying again in %n second(s)…</source>
        <translation>
            <numerusform>HTTP 429: the rate limit is reached. Trying again in %n second…</numerusform>
            <numerusform>HTTP 429: the rate limit is reached. Trying again in %n seconds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HTTP %1: the service asks to wait. Trying again in %n second(s)…</source>
        <translation>
            <numerusform>HTTP %1: the service asks to wait. Trying again in %n second…</numerusform>
            <numerusform>HTTP %1: the service asks to wait. Trying again in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::RrsPage</name>
    <message numerus="yes">
        <source>Imported %n row(s) from %1.</source>
        <translation>
            <numerusform>Imported %n row from %1.</numerusform>
            <numerusform>Imported %n rows from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreDesk::App::WorkspacesPage</name>
    <message numerus="yes">
        <source>Imported %n workspace(s). Keys are never part of an export: enter them with Edit.</source>
        <translation>
            <numerusform>Imported %n workspace. Keys are never part of an export: enter them with Edit.</numerusform>
            <numerusform>Imported %n workspaces. Keys are never part of an export: enter them with Edit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreDesk::ConnectionTest</name>
    <message numerus="yes">
        <source>Read the service description: %n input column(s)</source>
        <translation>
            <numerusform>Read the service description: %n input column</numerusform>
            <numerusform>Read the service description: %n input columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n global parameter(s)</source>
        <translation>
            <numerusform>, %n global parameter</numerusform>
            <numerusform>, %n global parameters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>The token of &quot;%1&quot; expires in %n minute(s).</source>
        <translation>
            <numerusform>The token of "%1" expires in %n minute.</numerusform>
            <numerusform>The token of "%1" expires in %n minutes.</numerusform>
        </translation>
    </message>
</context>
</TS>
