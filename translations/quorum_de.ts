<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Quorum::AskCommand</name>
    <message>
        <source>[options] --target ID/MODEL [--target ID/MODEL ...] PROMPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks one prompt of one or more models at once and streams their answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per target, on its own line, when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most tokens each answer may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling temperature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider account and model, such as openai/gpt-4.1 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id/model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for a response to begin (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt; - reads it from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one PROMPT (quote it, or use - to read standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one --target ID/MODEL is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-tokens needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--temperature needs a number from 0 to 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--response-timeout needs a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a target is ID/MODEL, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no provider &apos;%1&apos; (see quorum providers list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] queued: its provider answers one request at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2 Retrying in %3 (attempt %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 in / %2 out tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · first token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping (Ctrl+C again to quit at once)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::ChatStream</name>
    <message>
        <source>No response within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new text for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer took longer than %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key: set the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send the API key over plain HTTP to %1; use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response exceeded %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::CliContext</name>
    <message>
        <source>Try &apos;quorum %1 --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Keep data and settings in &lt;dir&gt; (default: the XDG locations; the QUORUM_DATA_DIR environment variable does the same).</source>
        <translation>Daten und Einstellungen in &lt;Verzeichnis&gt; ablegen (Vorgabe: die XDG-Orte; die Umgebungsvariable QUORUM_DATA_DIR bewirkt dasselbe).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Quorum asks several large language models at once and compares their answers.
Without a command it opens its window.</source>
        <translation>Quorum stellt mehreren großen Sprachmodellen zugleich eine Frage und vergleicht ihre Antworten.
Ohne Befehl öffnet es sein Fenster.</translation>
    </message>
    <message>
        <source>[command [options]]</source>
        <translation>[Befehl [Optionen]]</translation>
    </message>
    <message>
        <source>Try &apos;quorum --help&apos; for more information.</source>
        <translation>Weitere Informationen mit „quorum --help“.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>A command to run without opening the window:
  ask          ask one prompt of several models
  providers    add, list or remove provider accounts
  models       list the models of a provider account
Each command has its own --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::CompareArea</name>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ask several models at once&lt;/h2&gt;&lt;p&gt;Type a prompt below and choose the models that should answer it.&lt;br&gt;Their answers appear here side by side, each with its tokens, speed and cost.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Mehrere Modelle zugleich fragen&lt;/h2&gt;&lt;p&gt;Schreiben Sie unten eine Frage und wählen Sie die Modelle, die antworten sollen.&lt;br&gt;Ihre Antworten erscheinen hier nebeneinander, jede mit Tokens, Geschwindigkeit und Kosten.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Quorum::Composer</name>
    <message>
        <source>Ask anything…</source>
        <translation>Fragen Sie etwas …</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Choose models</source>
        <translation>Modelle wählen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send prompt</source>
        <translation>Eingabe senden</translation>
    </message>
    <message>
        <source>No models chosen</source>
        <translation>Keine Modelle gewählt</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one model to send the prompt to.</source>
        <translation>Wählen Sie mindestens ein Modell, an das die Eingabe gehen soll.</translation>
    </message>
</context>
<context>
    <name>Quorum::ConversationListPanel</name>
    <message>
        <source>New Conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>No conversations yet.
Your conversations will be listed here.</source>
        <translation>Noch keine Unterhaltungen.
Ihre Unterhaltungen werden hier aufgelistet.</translation>
    </message>
</context>
<context>
    <name>Quorum::MainWindow</name>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Conversation</source>
        <translation>&amp;Neue Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Conversation List</source>
        <translation>&amp;Unterhaltungsliste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Quorum</source>
        <translation>Ü&amp;ber Quorum</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quorum %1&lt;/h3&gt;&lt;p&gt;Ask several large language models at once and compare their answers.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;KDE Frameworks Syntax Highlighting %4&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quorum %1&lt;/h3&gt;&lt;p&gt;Mehrere große Sprachmodelle zugleich fragen und ihre Antworten vergleichen.&lt;/p&gt;&lt;p&gt;Qt %2 (erstellt mit %3)&lt;br&gt;KDE Frameworks Syntax Highlighting %4&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Quorum</source>
        <translation>Über Quorum</translation>
    </message>
</context>
<context>
    <name>Quorum::ModelLister</name>
    <message>
        <source>No API key: set the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::ProviderAccount</name>
    <message>
        <source>The provider id &apos;%1&apos; is not valid: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (up to 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL of %1 must be an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure account %1 needs an api-version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::ProviderConfig</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at offset %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a provider of an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::ProvidersCommand</name>
    <message>
        <source>Usage: quorum providers add|list|remove ...

  add ID --kind KIND [--base-url URL] [--api-key-env VAR]   add or replace an account
  list [--json]                                             list the accounts
  remove ID                                                 remove an account
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (add, list or remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options] ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a provider account, or replaces the one with the same ID. Keys are not stored: Quorum reads them from the environment variable named by --api-key-env (default: the provider&apos;s usual one, such as OPENAI_API_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL (default: the provider&apos;s public one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable that holds the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>var</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure OpenAI api-version (default 2024-10-21).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI: use the Responses API (/v1/responses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests at a time to this account (0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra HTTP header, &quot;Name: value&quot; (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for the account, such as work-openai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is required (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure needs --base-url https://RESOURCE.openai.azure.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-concurrent needs a number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header is &quot;Name: value&quot;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set its key in the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the provider accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key missing: set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a provider account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in Ollama account cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no provider &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--json] ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the models a provider account offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one provider ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no provider &apos;%1&apos; (see quorum providers list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::Settings</name>
    <message>
        <source>Cannot write the settings file %1.</source>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The settings file %1 is not valid.</source>
        <translation>Die Einstellungsdatei %1 ist ungültig.</translation>
    </message>
</context>
<context>
    <name>Quorum::StreamDecoder</name>
    <message>
        <source>malformed JSON (%1 at offset %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON value that is no object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream ended before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::StreamError</name>
    <message>
        <source>The key for %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request for billing reasons (quota or credits used up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know the model %2, or its base URL is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the request for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is rate limiting requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It asks to wait %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a server error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a response Quorum cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 exceeded the size limit and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set up completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::SubcommandParser</name>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished">Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Usage: quorum %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
