<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Quorum</name>
    <message>
        <source>The judge did not answer with the map it was asked for; its answer is shown as it came.</source>
        <translation>Der Richter hat nicht mit der verlangten Karte geantwortet; seine Antwort wird gezeigt, wie sie kam.</translation>
    </message>
    <message>
        <source>The judge&apos;s map could not be read (%1); its answer is shown as it came.</source>
        <translation>Die Karte des Richters ließ sich nicht lesen (%1); seine Antwort wird gezeigt, wie sie kam.</translation>
    </message>
    <message>
        <source>The judge&apos;s answer holds none of what it was asked for; it is shown as it came.</source>
        <translation>Die Antwort des Richters enthält nichts vom Verlangten; sie wird gezeigt, wie sie kam.</translation>
    </message>
    <message>
        <source>Denied %1: there is no terminal to ask on (--allow-tool %1 runs it).</source>
        <translation>%1 abgelehnt: es gibt kein Terminal zum Nachfragen (--allow-tool %1 führt es aus).</translation>
    </message>
    <message>
        <source>%1 wants to call %2 (server “%3”) with:</source>
        <translation>%1 möchte %2 (Server „%3“) aufrufen mit:</translation>
    </message>
    <message>
        <source>Allow it? [y/N] </source>
        <translation>Erlauben? [y/N] </translation>
    </message>
</context>
<context>
    <name>Quorum::AccountListModel</name>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
</context>
<context>
    <name>Quorum::AnswerPane</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Answer of %1</source>
        <translation>Antwort von %1</translation>
    </message>
    <message>
        <source>Pick as the best answer of this turn</source>
        <translation>Als beste Antwort dieser Runde wählen</translation>
    </message>
    <message>
        <source>Ask again (regenerate)</source>
        <translation>Erneut fragen (neu erzeugen)</translation>
    </message>
    <message>
        <source>Stop this answer</source>
        <translation>Diese Antwort anhalten</translation>
    </message>
    <message>
        <source>Maximise this answer</source>
        <translation>Diese Antwort maximieren</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>Continue with This Model Only</source>
        <translation>Nur mit diesem Modell weitermachen</translation>
    </message>
    <message>
        <source>Compare with Another Answer…</source>
        <translation>Mit einer anderen Antwort vergleichen …</translation>
    </message>
    <message>
        <source>What Was It Given?</source>
        <translation>Was hat es bekommen?</translation>
    </message>
    <message>
        <source>Inspect Request and Response…</source>
        <translation>Anfrage und Antwort ansehen …</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>Gedankengang zeigen</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Gedankengang</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry this answer</source>
        <translation>Diese Antwort erneut versuchen</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 (attempt %3).</source>
        <translation>%1 Neuer Versuch in %2 (Versuch %3).</translation>
    </message>
    <message numerus="yes">
        <source>Thinking (%n characters)</source>
        <translation>
            <numerusform>Gedankengang (%n Zeichen)</numerusform>
            <numerusform>Gedankengang (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>This answer was interrupted (Quorum was closed while it streamed); its text is kept as it was.</source>
        <translation>Diese Antwort wurde unterbrochen (Quorum wurde während des Empfangs geschlossen); ihr Text bleibt, wie er war.</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>Die Antwort ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Show all answers of this turn</source>
        <translation>Alle Antworten dieser Runde zeigen</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>Code kopiert</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>~%1 (estimated)</source>
        <translation>~%1 (geschätzt)</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>The model is shown once you pick the best answer.</source>
        <translation>Das Modell wird gezeigt, sobald Sie die beste Antwort gewählt haben.</translation>
    </message>
    <message>
        <source>%1, answered by %2</source>
        <translation>%1, beantwortet von %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Empfängt</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>erstes Token %1</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 Token/s</translation>
    </message>
    <message>
        <source>%1 in · %2%3 out</source>
        <translation>%1 ein · %2%3 aus</translation>
    </message>
    <message>
        <source>Copy Answer</source>
        <translation>Antwort kopieren</translation>
    </message>
    <message>
        <source>Queued: its provider is answering other requests; this one starts when a slot frees.</source>
        <translation>In der Warteschlange: der Anbieter beantwortet andere Anfragen; diese beginnt, sobald ein Platz frei wird.</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartet in Schlange</translation>
    </message>
    <message>
        <source>%1: %2 → answered by %3</source>
        <translation>%1: %2 → beantwortet von %3</translation>
    </message>
    <message>
        <source> (rule “%1”)</source>
        <translation> (Regel „%1“)</translation>
    </message>
    <message>
        <source>Routed by the rule “%1”</source>
        <translation>Geleitet von der Regel „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Sent with %n item(s) redacted (%1), restored here</source>
        <translation>
            <numerusform>Gesendet mit %n geschwärzten Angabe (%1), hier wiederhergestellt</numerusform>
            <numerusform>Gesendet mit %n geschwärzten Angaben (%1), hier wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent past your rule(s): %1</source>
        <translation>An Ihren Regeln vorbei gesendet: %1</translation>
    </message>
    <message>
        <source>The prompt router chose %1</source>
        <translation>Der Prompt-Router wählte %1</translation>
    </message>
    <message>
        <source>Continue the next turn from this synthesis</source>
        <translation>Die nächste Runde von dieser Synthese aus fortsetzen</translation>
    </message>
    <message>
        <source>The answers were cut by %1 characters to fit the judge&apos;s input.</source>
        <translation>Die Antworten wurden um %1 Zeichen gekürzt, damit sie in die Eingabe des Richters passen.</translation>
    </message>
    <message>
        <source>Judge %1</source>
        <translation>Richter %1</translation>
    </message>
    <message>
        <source>Wrap Long Code Lines</source>
        <translation>Lange Codezeilen umbrechen</translation>
    </message>
    <message>
        <source>Number Code Lines</source>
        <translation>Codezeilen nummerieren</translation>
    </message>
    <message>
        <source>%1 not sent (%2)</source>
        <translation>%1 nicht gesendet (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Received %1; about %n token(s)</source>
        <translation>
            <numerusform>Erhalten: %1; etwa %n Token</numerusform>
            <numerusform>Erhalten: %1; etwa %n Token</numerusform>
        </translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
</context>
<context>
    <name>Quorum::AskCommand</name>
    <message>
        <source>Print one JSON object per target, on its own line, when it ends.</source>
        <translation>Ein JSON-Objekt pro Ziel ausgeben, in einer eigenen Zeile, sobald es fertig ist.</translation>
    </message>
    <message>
        <source>A system prompt.</source>
        <translation>Ein Systemprompt.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>id/model</source>
        <translation>id/modell</translation>
    </message>
    <message>
        <source>Seconds to wait for a response to begin (default 60).</source>
        <translation>Sekunden, die auf den Beginn einer Antwort gewartet wird (Vorgabe 60).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>The prompt; - reads it from standard input.</source>
        <translation>Die Frage; - liest sie von der Standardeingabe.</translation>
    </message>
    <message>
        <source>expected one PROMPT (quote it, or use - to read standard input)</source>
        <translation>eine FRAGE erwartet (in Anführungszeichen, oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>--response-timeout needs a positive number of seconds</source>
        <translation>--response-timeout braucht eine positive Zahl von Sekunden</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation>die Eingabe ist leer</translation>
    </message>
    <message>
        <source>a target is ID/MODEL, not &apos;%1&apos;</source>
        <translation>ein Ziel ist ID/MODELL, nicht „%1“</translation>
    </message>
    <message>
        <source>no provider &apos;%1&apos; (see quorum providers list)</source>
        <translation>kein Anbieter „%1“ (siehe quorum providers list)</translation>
    </message>
    <message>
        <source>Stopping (Ctrl+C again to quit at once)…</source>
        <translation>Wird angehalten (nochmals Strg+C beendet sofort) …</translation>
    </message>
    <message>
        <source>Continue this stored conversation (see quorum history).</source>
        <translation>Diese gespeicherte Unterhaltung fortsetzen (siehe quorum history).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Do not keep this conversation.</source>
        <translation>Diese Unterhaltung nicht speichern.</translation>
    </message>
    <message>
        <source>--conversation needs a conversation ID (a number)</source>
        <translation>--conversation braucht eine Unterhaltungs-ID (eine Zahl)</translation>
    </message>
    <message>
        <source>--conversation and --no-store exclude each other</source>
        <translation>--conversation und --no-store schließen einander aus</translation>
    </message>
    <message>
        <source>no conversation %1</source>
        <translation>kein Gespräch %1</translation>
    </message>
    <message>
        <source>To ask without saving the conversation, add --no-store.</source>
        <translation>Um zu fragen, ohne das Gespräch zu speichern, fügen Sie --no-store hinzu.</translation>
    </message>
    <message>
        <source>The answers were not saved: %1</source>
        <translation>Die Antworten wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Asks one prompt of one or more models at once and streams their answers. With --auto the routing rules choose the models (quorum route --explain says why); the --target models, or those last chosen in the window, are the default rule.</source>
        <translation>Stellt eine Frage an ein oder mehrere Modelle zugleich und gibt die Antworten laufend aus. Mit --auto wählen die Routing-Regeln die Modelle (quorum route --explain sagt, warum); die --target-Modelle oder die zuletzt im Fenster gewählten sind die Standardregel.</translation>
    </message>
    <message>
        <source>Let the routing rules choose the models.</source>
        <translation>Die Routing-Regeln wählen die Modelle.</translation>
    </message>
    <message>
        <source>at least one --target ID/MODEL (or --auto) is needed</source>
        <translation>mindestens ein --target ID/MODELL (oder --auto) ist nötig</translation>
    </message>
    <message>
        <source>Tag the conversation (repeatable); routing rules can test its tags.</source>
        <translation>Das Gespräch verschlagworten (wiederholbar); Routing-Regeln können seine Schlagwörter prüfen.</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>schlagwort</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>verfahren</translation>
    </message>
    <message>
        <source>Which earlier answers a follow-up carries: own-thread (each model its own), picked-answer (the one picked as best) or synthesis (each turn&apos;s judge&apos;s synthesis); default: as set in the window.</source>
        <translation>Welche früheren Antworten eine Folgefrage mitnimmt: own-thread (jedes Modell seine eigenen), picked-answer (die als beste gewählte) oder synthesis (die Synthese des Richters jeder Runde); Vorgabe: wie im Fenster eingestellt.</translation>
    </message>
    <message>
        <source>When the answers have ended, ask this judge (a provider account and model) about them.</source>
        <translation>Wenn die Antworten fertig sind, diesen Richter (ein Anbieterkonto und Modell) dazu befragen.</translation>
    </message>
    <message>
        <source>What the judge does: fuse, checklist, table or rank (default fuse), or a custom mode&apos;s name.</source>
        <translation>Was der Richter tut: fuse, checklist, table oder rank (Vorgabe fuse) oder der Name eines eigenen Modus.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>--mode table: a criterion to score (repeatable).</source>
        <translation>--mode table: ein zu bewertendes Kriterium (wiederholbar).</translation>
    </message>
    <message>
        <source>--follow-up is own-thread, picked-answer or synthesis</source>
        <translation>--follow-up ist own-thread, picked-answer oder synthesis</translation>
    </message>
    <message>
        <source>--mode is fuse, checklist, table, rank or a custom mode&apos;s name</source>
        <translation>--mode ist fuse, checklist, table, rank oder der Name eines eigenen Modus</translation>
    </message>
    <message>
        <source>a judge is ID/MODEL, not &apos;%1&apos;</source>
        <translation>ein Richter ist ID/MODELL, nicht „%1“</translation>
    </message>
    <message>
        <source>--mode needs --judge ID/MODEL (only --mode rank goes without)</source>
        <translation>--mode braucht --judge ID/MODELL (nur --mode rank geht ohne)</translation>
    </message>
    <message>
        <source>A provider account and model, such as openai/gpt-4.1, or ID/MODEL#VARIANT for a variant&apos;s parameters (repeatable).</source>
        <translation>Ein Anbieterkonto und Modell, etwa openai/gpt-4.1, oder ID/MODELL#VARIANTE für die Parameter einer Variante (mehrfach möglich).</translation>
    </message>
    <message>
        <source>[options] (--target ID/MODEL [--target ID/MODEL ...] | --auto) (PROMPT | --prompt NAME)</source>
        <translation>[Optionen] (--target ID/MODELL [--target ID/MODELL ...] | --auto) (FRAGE | --prompt NAME)</translation>
    </message>
    <message>
        <source>Ask with the prompt library&apos;s NAME (its latest version, or @N for version N) instead of PROMPT.</source>
        <translation>Statt FRAGE den Eintrag NAME der Prompt-Bibliothek stellen (seine neueste Version, oder @N für Version N).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>A value for a {{variable}} of --prompt or --persona (repeatable).</source>
        <translation>Ein Wert für eine {{Variable}} von --prompt oder --persona (wiederholbar).</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>name=wert</translation>
    </message>
    <message>
        <source>The prompt library&apos;s persona NAME[@N] is the system prompt.</source>
        <translation>Die Persona NAME[@N] der Prompt-Bibliothek ist der Systemprompt.</translation>
    </message>
    <message>
        <source>--prompt and a PROMPT exclude each other</source>
        <translation>--prompt und eine FRAGE schließen einander aus</translation>
    </message>
    <message>
        <source>--persona and --system exclude each other</source>
        <translation>--persona und --system schließen einander aus</translation>
    </message>
    <message>
        <source>--var is NAME=VALUE, not &apos;%1&apos;</source>
        <translation>--var ist NAME=WERT, nicht „%1“</translation>
    </message>
    <message>
        <source>the prompt library is empty (there is no database yet)</source>
        <translation>die Prompt-Bibliothek ist leer (es gibt noch keine Datenbank)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value for: %2 (--var NAME=VALUE)</source>
        <translation>„%1“ braucht einen Wert für: %2 (--var NAME=WERT)</translation>
    </message>
    <message>
        <source>Attach a file: an image, a PDF or a text file (repeatable). Each model receives what it can read of it; --json lists what each received.</source>
        <translation>Eine Datei anhängen: ein Bild, ein PDF oder eine Textdatei (wiederholbar). Jedes Modell erhält, was es davon lesen kann; --json listet, was jedes erhielt.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>cannot attach %1: %2</source>
        <translation>%1 kann nicht angehängt werden: %2</translation>
    </message>
    <message>
        <source>The models may call the tools of these MCP servers (comma-separated, repeatable; see quorum mcp list); &quot;none&quot; for no tools. Default: the conversation&apos;s servers.</source>
        <translation>Die Modelle dürfen die Werkzeuge dieser MCP-Server aufrufen (durch Kommas getrennt, wiederholbar; siehe quorum mcp list); &quot;none&quot; für keine Werkzeuge. Vorgabe: die Server der Unterhaltung.</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>server</translation>
    </message>
    <message>
        <source>Run this tool without asking: SERVER__TOOL, SERVER__* or the tool&apos;s name (repeatable). Other calls are asked about on the terminal, and denied without one.</source>
        <translation>Dieses Werkzeug ohne Nachfrage ausführen: SERVER__WERKZEUG, SERVER__* oder der Name des Werkzeugs (wiederholbar). Bei anderen Aufrufen wird auf dem Terminal nachgefragt, ohne Terminal werden sie abgelehnt.</translation>
    </message>
    <message>
        <source>How many rounds of tool calls an answer may make (default 8).</source>
        <translation>Wie viele Runden von Werkzeugaufrufen eine Antwort machen darf (Vorgabe 8).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--max-tool-rounds takes a number from 1 to 50</source>
        <translation>--max-tool-rounds nimmt eine Zahl von 1 bis 50</translation>
    </message>
    <message>
        <source>no MCP server &apos;%1&apos; (see quorum mcp list)</source>
        <translation>kein MCP-Server „%1“ (siehe quorum mcp list)</translation>
    </message>
    <message>
        <source>--search takes tool, shared or off</source>
        <translation>--search nimmt tool, shared oder off</translation>
    </message>
    <message>
        <source>Web search (see quorum websearch): &quot;tool&quot; offers it to the models as a tool; &quot;shared&quot; searches once with the prompt and gives every model the same results; &quot;off&quot;. Default: the conversation&apos;s.</source>
        <translation>Websuche (siehe quorum websearch): &quot;tool&quot; bietet sie den Modellen als Werkzeug an; &quot;shared&quot; sucht einmal mit der Frage und gibt jedem Modell dieselben Ergebnisse; &quot;off&quot;. Vorgabe: die der Unterhaltung.</translation>
    </message>
    <message>
        <source>no web search service is set up (see quorum websearch set)</source>
        <translation>kein Websuchdienst eingerichtet (siehe quorum websearch set)</translation>
    </message>
</context>
<context>
    <name>Quorum::AskPrinter</name>
    <message>
        <source>[%1] %2 → answered by %3 (rule “%4”)</source>
        <translation>[%1] %2 → beantwortet von %3 (Regel „%4“)</translation>
    </message>
    <message>
        <source>Could not save the answers yet (retrying): %1</source>
        <translation>Die Antworten konnten noch nicht gespeichert werden (neuer Versuch folgt): %1</translation>
    </message>
    <message>
        <source>[%1] queued: its provider answers one request at a time</source>
        <translation>[%1] wartet: sein Anbieter beantwortet eine Anfrage nach der anderen</translation>
    </message>
    <message>
        <source>[%1] %2 Retrying in %3 (attempt %4).</source>
        <translation>[%1] %2 Neuer Versuch in %3 (Versuch %4).</translation>
    </message>
    <message>
        <source>Auto: %1</source>
        <translation>Auto: %1</translation>
    </message>
    <message>
        <source>Not sent to %1: only accounts tagged “%2” may receive this prompt.</source>
        <translation>Nicht an %1 gesendet: nur Konten mit dem Schlagwort „%2“ dürfen diese Frage erhalten.</translation>
    </message>
    <message>
        <source>Redacted before sending (restored in the answers): %1</source>
        <translation>Vor dem Senden geschwärzt (in den Antworten wiederhergestellt): %1</translation>
    </message>
    <message>
        <source> · %1 in / %2 out tokens</source>
        <translation> · %1 Tokens hinein / %2 heraus</translation>
    </message>
    <message>
        <source> · first token %1</source>
        <translation> · erstes Token nach %1</translation>
    </message>
    <message>
        <source> · cost unknown</source>
        <translation> · Kosten unbekannt</translation>
    </message>
    <message>
        <source> · ~%1 (estimated)</source>
        <translation> · ~%1 (geschätzt)</translation>
    </message>
    <message>
        <source>%1 receives %2</source>
        <translation>%1 erhält %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>ran, the tool reports an error (%1)</source>
        <translation>ausgeführt, das Werkzeug meldet einen Fehler (%1)</translation>
    </message>
    <message numerus="yes">
        <source>ran (%1, %n character(s))</source>
        <translation>
            <numerusform>ausgeführt (%1, %n Zeichen)</numerusform>
            <numerusform>ausgeführt (%1, %n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>not run: %1</source>
        <translation>nicht ausgeführt: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::Attachment</name>
    <message>
        <source>image, %1 × %2</source>
        <translation>Bild, %1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>PDF, %n page(s)</source>
        <translation>
            <numerusform>PDF, %n Seite</numerusform>
            <numerusform>PDF, %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>Quorum::AttachmentDelivery</name>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message numerus="yes">
        <source>%n page image(s) + %1 text</source>
        <translation>
            <numerusform>%n Seitenbild + %1 Text</numerusform>
            <numerusform>%n Seitenbilder + %1 Text</numerusform>
        </translation>
    </message>
    <message>
        <source>text only, %1</source>
        <translation>nur Text, %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>the model takes no images</source>
        <translation>das Modell nimmt keine Bilder</translation>
    </message>
    <message>
        <source>scaled to %1 x %2 px</source>
        <translation>auf %1 × %2 px verkleinert</translation>
    </message>
    <message>
        <source>redacted: sent as its redacted text, never as the file or its pages</source>
        <translation>geschwärzt: als geschwärzter Text gesendet, nie als Datei oder als Seitenbilder</translation>
    </message>
    <message>
        <source>over the provider&apos;s limit of %1 pages and %2 for a PDF</source>
        <translation>über der Grenze des Anbieters von %1 Seiten und %2 für ein PDF</translation>
    </message>
    <message>
        <source>the model takes no PDFs</source>
        <translation>das Modell nimmt keine PDFs</translation>
    </message>
    <message>
        <source>pages after %1 as text only</source>
        <translation>Seiten nach %1 nur als Text</translation>
    </message>
    <message>
        <source>the model takes no images or PDFs</source>
        <translation>das Modell nimmt weder Bilder noch PDFs</translation>
    </message>
    <message>
        <source>; the PDF has no text (a scan?)</source>
        <translation>; das PDF enthält keinen Text (ein Scan?)</translation>
    </message>
    <message>
        <source>too large for the provider, and it could not be scaled here</source>
        <translation>zu groß für den Anbieter und hier nicht zu verkleinern</translation>
    </message>
    <message>
        <source>its pages could not be drawn here</source>
        <translation>seine Seiten konnten hier nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>its pages could not be drawn: %1</source>
        <translation>seine Seiten konnten nicht gezeichnet werden: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::AttachmentReader</name>
    <message>
        <source>it is protected by a password; save a copy without the password and attach that</source>
        <translation>es ist durch ein Passwort geschützt; speichern Sie eine Kopie ohne Passwort und hängen Sie diese an</translation>
    </message>
    <message>
        <source>it is damaged or not a PDF</source>
        <translation>es ist beschädigt oder kein PDF</translation>
    </message>
    <message>
        <source>Qt PDF cannot read it</source>
        <translation>Qt PDF kann es nicht lesen</translation>
    </message>
    <message>
        <source>it does not fit in %1 even scaled down</source>
        <translation>es passt auch verkleinert nicht in %1</translation>
    </message>
    <message>
        <source>%1 is not there any more.</source>
        <translation>%1 ist nicht mehr da.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is %2; Quorum attaches files up to %3.</source>
        <translation>%1 ist %2 groß; Quorum hängt Dateien bis %3 an.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2.</source>
        <translation>%1 ist größer als %2.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>it is not an image Quorum can read</source>
        <translation>es ist kein Bild, das Quorum lesen kann</translation>
    </message>
    <message>
        <source>it is %1 x %2 pixels, more than Quorum reads (100 megapixels)</source>
        <translation>es hat %1 × %2 Pixel, mehr als Quorum liest (100 Megapixel)</translation>
    </message>
    <message>
        <source>it has no pages</source>
        <translation>es hat keine Seiten</translation>
    </message>
    <message>
        <source>it has %1 pages; Quorum reads up to %2</source>
        <translation>es hat %1 Seiten; Quorum liest bis zu %2</translation>
    </message>
    <message>
        <source>its text is longer than any model reads (over %1 characters)</source>
        <translation>sein Text ist länger, als ein Modell liest (über %1 Zeichen)</translation>
    </message>
    <message>
        <source>as text it is %1; Quorum sends text files up to %2</source>
        <translation>als Text ist es %1 groß; Quorum sendet Textdateien bis %2</translation>
    </message>
    <message>
        <source>it is %1, which no model reads; attach images, PDFs or text</source>
        <translation>es ist %1, was kein Modell liest; hängen Sie Bilder, PDFs oder Text an</translation>
    </message>
    <message>
        <source>not an image Quorum can read</source>
        <translation>kein Bild, das Quorum lesen kann</translation>
    </message>
    <message>
        <source>not an image Quorum can read (%1)</source>
        <translation>kein Bild, das Quorum lesen kann (%1)</translation>
    </message>
    <message>
        <source>it has no page %1</source>
        <translation>es hat keine Seite %1</translation>
    </message>
    <message>
        <source>page %1 has no size</source>
        <translation>Seite %1 hat keine Größe</translation>
    </message>
    <message>
        <source>page %1 cannot be drawn</source>
        <translation>Seite %1 kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>Qt PDF did not finish reading it in %1 s; the file is damaged or built to stall readers</source>
        <translation>Qt PDF hat es nicht in %1 s zu Ende gelesen; die Datei ist beschädigt oder gebaut, um Leser aufzuhalten</translation>
    </message>
    <message>
        <source>Qt PDF stopped on it; the file is damaged or built to crash readers</source>
        <translation>Qt PDF ist daran abgestürzt; die Datei ist beschädigt oder gebaut, um Leser abstürzen zu lassen</translation>
    </message>
    <message>
        <source>the PDF reader did not start (%1)</source>
        <translation>das PDF-Lesemodul ist nicht gestartet (%1)</translation>
    </message>
    <message>
        <source>the PDF reader answered something Quorum does not understand</source>
        <translation>das PDF-Lesemodul hat etwas geantwortet, das Quorum nicht versteht</translation>
    </message>
</context>
<context>
    <name>Quorum::AttachmentStore</name>
    <message>
        <source>The attachment %1 has no content.</source>
        <translation>Der Anhang %1 hat keinen Inhalt.</translation>
    </message>
</context>
<context>
    <name>Quorum::AwsCredentialChain</name>
    <message>
        <source>profile %1 in %2</source>
        <translation>Profil %1 in %2</translation>
    </message>
    <message>
        <source>the environment (AWS_ACCESS_KEY_ID)</source>
        <translation>die Umgebung (AWS_ACCESS_KEY_ID)</translation>
    </message>
    <message>
        <source>the AWS profile “%1” gets its credentials through %2, which Quorum does not run: put keys in %3 or in the environment</source>
        <translation>das AWS-Profil „%1“ bezieht seine Zugangsdaten über %2, was Quorum nicht ausführt: legen Sie Schlüssel in %3 oder in der Umgebung ab</translation>
    </message>
    <message>
        <source>there is no AWS profile “%1” in %2 or %3</source>
        <translation>es gibt kein AWS-Profil „%1“ in %2 oder %3</translation>
    </message>
    <message>
        <source>a Bedrock API key (AWS_BEARER_TOKEN_BEDROCK)</source>
        <translation>ein Bedrock-API-Schlüssel (AWS_BEARER_TOKEN_BEDROCK)</translation>
    </message>
    <message>
        <source>no AWS region: give --region, or set AWS_REGION, or region in %1</source>
        <translation>keine AWS-Region: geben Sie --region an, setzen Sie AWS_REGION oder region in %1</translation>
    </message>
    <message>
        <source>none found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile in %1, or a Bedrock API key in AWS_BEARER_TOKEN_BEDROCK</source>
        <translation>keine gefunden: AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY setzen, ein Profil in %1 anlegen oder einen Bedrock-API-Schlüssel in AWS_BEARER_TOKEN_BEDROCK setzen</translation>
    </message>
</context>
<context>
    <name>Quorum::Backups</name>
    <message>
        <source>Cannot create the backup directory %1.</source>
        <translation>Das Sicherungsverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Die Sicherung schlug fehl: %1</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>Die Sicherung %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but no Quorum backup.</source>
        <translation>%1 ist eine SQLite-Datei, aber keine Quorum-Sicherung.</translation>
    </message>
</context>
<context>
    <name>Quorum::BedrockAdapter</name>
    <message>
        <source>the access key stored for %1</source>
        <translation>dem für %1 gespeicherten Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>the Bedrock API key of %1</source>
        <translation>dem Bedrock-API-Schlüssel von %1</translation>
    </message>
    <message>
        <source>No AWS credentials for %1: %2. Or store an access key (ACCESS_KEY_ID:SECRET) or a Bedrock API key with: quorum providers set-key %1</source>
        <translation>Keine AWS-Anmeldedaten für %1: %2. Oder einen Zugriffsschlüssel (ACCESS_KEY_ID:SECRET) oder einen Bedrock-API-Schlüssel speichern mit: quorum providers set-key %1</translation>
    </message>
    <message>
        <source>%1 (prompt router)</source>
        <translation>%1 (Prompt-Router)</translation>
    </message>
    <message>
        <source>On Bedrock only Claude takes a budget of thinking tokens; %1 does not.</source>
        <translation>Auf Bedrock nimmt nur Claude ein Budget an Denk-Tokens; %1 nicht.</translation>
    </message>
    <message>
        <source>Quorum knows of no reasoning setting that Bedrock takes for %1.</source>
        <translation>Quorum kennt keine Denk-Einstellung, die Bedrock für %1 annimmt.</translation>
    </message>
    <message>
        <source>%1 takes a reasoning effort of none, low, medium or high.</source>
        <translation>%1 nimmt einen Denkaufwand von none, low, medium oder high.</translation>
    </message>
</context>
<context>
    <name>Quorum::ChatSession</name>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Es gibt kein Gespräch %1.</translation>
    </message>
    <message>
        <source>That turn is not on the conversation&apos;s current branch.</source>
        <translation>Diese Runde liegt nicht auf dem aktuellen Zweig der Unterhaltung.</translation>
    </message>
    <message>
        <source>The prompt is empty.</source>
        <translation>Der Prompt ist leer.</translation>
    </message>
    <message>
        <source>Choose at least one model.</source>
        <translation>Wählen Sie mindestens ein Modell.</translation>
    </message>
    <message>
        <source>There is no provider account &apos;%1&apos;.</source>
        <translation>Es gibt kein Anbieterkonto „%1“.</translation>
    </message>
    <message>
        <source>That answer is still streaming; stop it first.</source>
        <translation>Diese Antwort wird noch empfangen; halten Sie sie zuerst an.</translation>
    </message>
    <message>
        <source>That answer is not on the conversation&apos;s current branch.</source>
        <translation>Diese Antwort liegt nicht auf dem aktuellen Zweig der Unterhaltung.</translation>
    </message>
    <message>
        <source>There is no provider account &apos;%1&apos; any more.</source>
        <translation>Das Anbieterkonto „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The raw response is kept only for answers received since Quorum started.</source>
        <translation>Die Rohantwort wird nur für Antworten aufbewahrt, die seit dem Start von Quorum empfangen wurden.</translation>
    </message>
    <message>
        <source>There is no judge to ask.</source>
        <translation>Es gibt keinen Richter zu befragen.</translation>
    </message>
</context>
<context>
    <name>Quorum::ChatStream</name>
    <message>
        <source>No response within %1 s.</source>
        <translation>Keine Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>No data for %1 s.</source>
        <translation>Seit %1 s keine Daten.</translation>
    </message>
    <message>
        <source>No new text for %1 s.</source>
        <translation>Seit %1 s kein neuer Text.</translation>
    </message>
    <message>
        <source>The answer took longer than %1 s.</source>
        <translation>Die Antwort dauerte länger als %1 s.</translation>
    </message>
    <message>
        <source>The response exceeded %1 MiB.</source>
        <translation>Die Antwort überschritt %1 MiB.</translation>
    </message>
    <message numerus="yes">
        <source>Not run: the answer reached its limit of %n round(s) of tool calls.</source>
        <translation>
            <numerusform>Nicht ausgeführt: die Antwort hat ihre Grenze von %n Runde Werkzeugaufrufe erreicht.</numerusform>
            <numerusform>Nicht ausgeführt: die Antwort hat ihre Grenze von %n Runden Werkzeugaufrufe erreicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Checks</name>
    <message>
        <source>the schema uses $ref, which this check does not follow</source>
        <translation>das Schema nutzt $ref, dem diese Prüfung nicht folgt</translation>
    </message>
    <message>
        <source>is %1, not %2</source>
        <translation>ist %1, nicht %2</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>is not %1</source>
        <translation>ist nicht %1</translation>
    </message>
    <message>
        <source>lacks &quot;%1&quot;</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>has &quot;%1&quot;, which the schema does not allow</source>
        <translation>hat „%1“, was das Schema nicht erlaubt</translation>
    </message>
    <message>
        <source>has %1 items, fewer than %2</source>
        <translation>hat %1 Elemente, weniger als %2</translation>
    </message>
    <message>
        <source>has %1 items, more than %2</source>
        <translation>hat %1 Elemente, mehr als %2</translation>
    </message>
    <message>
        <source>is shorter than %1 characters</source>
        <translation>ist kürzer als %1 Zeichen</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>does not match %1</source>
        <translation>passt nicht zu %1</translation>
    </message>
    <message>
        <source>%1 is below %2</source>
        <translation>%1 liegt unter %2</translation>
    </message>
    <message>
        <source>%1 is above %2</source>
        <translation>%1 liegt über %2</translation>
    </message>
    <message>
        <source>%1 is not above %2</source>
        <translation>%1 liegt nicht über %2</translation>
    </message>
    <message>
        <source>%1 is not below %2</source>
        <translation>%1 liegt nicht unter %2</translation>
    </message>
    <message>
        <source>matches none of anyOf</source>
        <translation>passt zu keinem aus anyOf</translation>
    </message>
    <message>
        <source>matches %1 of oneOf, not exactly one</source>
        <translation>passt zu %1 aus oneOf, nicht zu genau einem</translation>
    </message>
    <message>
        <source>matches what &quot;not&quot; forbids</source>
        <translation>passt zu dem, was „not“ verbietet</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;</source>
        <translation>enthält „%1“</translation>
    </message>
    <message>
        <source>does not contain &quot;%1&quot;</source>
        <translation>enthält „%1“ nicht</translation>
    </message>
    <message>
        <source>bad pattern: %1</source>
        <translation>ungültiges Muster: %1</translation>
    </message>
    <message>
        <source>matches /%1/</source>
        <translation>passt zu /%1/</translation>
    </message>
    <message>
        <source>equals &quot;%1&quot;</source>
        <translation>gleich „%1“</translation>
    </message>
    <message>
        <source>is JSON</source>
        <translation>ist JSON</translation>
    </message>
    <message>
        <source>is not JSON</source>
        <translation>ist kein JSON</translation>
    </message>
    <message>
        <source>follows the schema</source>
        <translation>folgt dem Schema</translation>
    </message>
    <message>
        <source>the output tokens are unknown</source>
        <translation>die Ausgabe-Tokens sind unbekannt</translation>
    </message>
    <message>
        <source>%1 output tokens (at most %2)</source>
        <translation>%1 Ausgabe-Tokens (höchstens %2)</translation>
    </message>
    <message>
        <source>the time is unknown</source>
        <translation>die Zeit ist unbekannt</translation>
    </message>
    <message>
        <source>%1 ms (at most %2)</source>
        <translation>%1 ms (höchstens %2)</translation>
    </message>
    <message>
        <source>the cost is unknown (no price)</source>
        <translation>die Kosten sind unbekannt (kein Preis)</translation>
    </message>
    <message>
        <source>$%1 (at most $%2)</source>
        <translation>$%1 (höchstens $%2)</translation>
    </message>
    <message>
        <source>ROUGE-L %1 (at least %2)</source>
        <translation>ROUGE-L %1 (mindestens %2)</translation>
    </message>
    <message>
        <source>a judge&apos;s grade is asked of a model, not checked here</source>
        <translation>die Note eines Richters wird von einem Modell erfragt, nicht hier geprüft</translation>
    </message>
</context>
<context>
    <name>Quorum::Claim</name>
    <message>
        <source>stated by %1</source>
        <translation>gesagt von %1</translation>
    </message>
    <message>
        <source>contradicted by %1</source>
        <translation>widersprochen von %1</translation>
    </message>
    <message>
        <source>stated by %1; contradicted by %2</source>
        <translation>gesagt von %1; widersprochen von %2</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <source>stated by none</source>
        <translation>von keiner gesagt</translation>
    </message>
</context>
<context>
    <name>Quorum::CliContext</name>
    <message>
        <source>Try &apos;quorum %1 --help&apos; for more information.</source>
        <translation>Weitere Informationen mit „quorum %1 --help“.</translation>
    </message>
    <message>
        <source>this needs quorum-window, which reads and draws documents; run it as quorum-window %1 ...</source>
        <translation>dafür wird quorum-window gebraucht, das Dokumente liest und zeichnet; als quorum-window %1 ... aufrufen</translation>
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
        <translation>Quorum stellt mehreren großen Sprachmodellen zugleich eine Frage und
vergleicht ihre Antworten. Ohne Befehl öffnet es sein Fenster.</translation>
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
        <source>A command to run without opening the window (see Commands below).</source>
        <translation>Ein Befehl, der ohne Fenster ausgeführt wird (siehe Befehle unten).</translation>
    </message>
    <message>
        <source>Commands:
  ask          ask one prompt of several models
  judge        let a judge model fuse, score or rank a turn&apos;s answers
  prompts      the prompt library: prompts and personas with {{variables}}
  variants     named parameters for targets: ACCOUNT/MODEL#NAME
  experiment   run variants x cases x repeats with checks; list, show, export
  providers    add, list or remove provider accounts
  models       list the models of an account; pull or delete Ollama models
  mcp          add, list or remove MCP servers; list a server&apos;s tools
  websearch    set the web search service models may use; search now
  prices       list, import or set model prices
  spend        what the answers cost, by model, provider or day
  budget       set, clear or list monthly budgets
  rules        list, add, remove, move, import or export routing rules
  route        where the routing rules would send a prompt, and why
  history      list the stored conversations
  show         print a stored conversation
  search       search every prompt and answer
  export       write conversations as Markdown, JSON, HTML, PDF or CSV
  import       read conversations from Quorum, ChatGPT or Claude exports
  backup       copy the database now; restore FILE brings a copy back
Each command has its own --help.
</source>
        <translation>Befehle:
  ask          eine Frage an mehrere Modelle stellen
  judge        die Antworten einer Runde von einem Richter-Modell
               zusammenführen, bewerten oder ordnen lassen
  prompts      die Prompt-Bibliothek: Prompts und Personas mit {{Variablen}}
  variants     benannte Parameter für Ziele: KONTO/MODELL#NAME
  experiment   Varianten × Fälle × Wiederholungen mit Prüfungen ausführen;
               auflisten, zeigen, exportieren
  providers    Anbieterkonten hinzufügen, auflisten oder entfernen
  models       die Modelle eines Kontos auflisten; Ollama-Modelle holen
               oder löschen
  mcp          MCP-Server hinzufügen, auflisten, entfernen; Werkzeuge zeigen
  websearch    den Websuchdienst der Modelle festlegen; jetzt suchen
  prices       Modellpreise auflisten, importieren oder festlegen
  spend        was die Antworten gekostet haben, nach Modell, Anbieter oder Tag
  budget       Monatsbudgets festlegen, löschen oder auflisten
  rules        Routing-Regeln auflisten, hinzufügen, entfernen, verschieben,
               importieren oder exportieren
  route        wohin die Routing-Regeln eine Frage schicken würden, und warum
  history      die gespeicherten Gespräche auflisten
  show         ein gespeichertes Gespräch ausgeben
  search       alle Fragen und Antworten durchsuchen
  export       Gespräche als Markdown, JSON, HTML, PDF oder CSV schreiben
  import       Gespräche aus Quorum-, ChatGPT- oder Claude-Exporten lesen
  backup       die Datenbank jetzt sichern; restore DATEI stellt eine
               Sicherung wieder her
Jeder Befehl hat seine eigene --help.
</translation>
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
    <message>
        <source>What this conversation has cost so far</source>
        <translation>Was diese Unterhaltung bisher gekostet hat</translation>
    </message>
    <message>
        <source>Follow-up history</source>
        <translation>Verlauf für Folgefragen</translation>
    </message>
    <message>
        <source>Follow-ups: each model continues its own answers</source>
        <translation>Folgefragen: jedes Modell setzt seine eigenen Antworten fort</translation>
    </message>
    <message>
        <source>Follow-ups: all continue from the picked answer ★</source>
        <translation>Folgefragen: alle setzen die gewählte Antwort ★ fort</translation>
    </message>
    <message>
        <source>Which earlier answers each model is given with your next prompt</source>
        <translation>Welche früheren Antworten jedes Modell mit Ihrem nächsten Prompt bekommt</translation>
    </message>
    <message>
        <source>Sync scrolling</source>
        <translation>Gemeinsam scrollen</translation>
    </message>
    <message>
        <source>Synchronised scrolling</source>
        <translation>Gemeinsames Scrollen</translation>
    </message>
    <message>
        <source>Scrolling a long answer scrolls the other answers of its turn along</source>
        <translation>Wer eine lange Antwort scrollt, scrollt die anderen Antworten der Runde mit</translation>
    </message>
    <message>
        <source>Show Earlier Turns</source>
        <translation>Frühere Runden zeigen</translation>
    </message>
    <message>
        <source>Show earlier turns</source>
        <translation>Frühere Runden zeigen</translation>
    </message>
    <message>
        <source>The answers could not be saved yet (retrying): %1</source>
        <translation>Die Antworten konnten noch nicht gespeichert werden (neuer Versuch folgt): %1</translation>
    </message>
    <message>
        <source>Total %1%2</source>
        <translation>Gesamt %1%2</translation>
    </message>
    <message>
        <source> (partly estimated)</source>
        <translation> (teils geschätzt)</translation>
    </message>
    <message>
        <source>This turn has only one answer.</source>
        <translation>Diese Runde hat nur eine Antwort.</translation>
    </message>
    <message>
        <source>Compare Answers</source>
        <translation>Antworten vergleichen</translation>
    </message>
    <message>
        <source>Compare %1 with:</source>
        <translation>%1 vergleichen mit:</translation>
    </message>
    <message>
        <source>No earlier turns: this answer was given only its prompt.</source>
        <translation>Keine früheren Runden: diese Antwort bekam nur ihren Prompt.</translation>
    </message>
    <message>
        <source>answer %1 (not loaded)</source>
        <translation>Antwort %1 (nicht geladen)</translation>
    </message>
    <message>
        <source>Turn %1: the answer of %2%3</source>
        <translation>Runde %1: die Antwort von %2%3</translation>
    </message>
    <message>
        <source> (its own)</source>
        <translation> (die eigene)</translation>
    </message>
    <message>
        <source>Chosen by: each model continues its own answers.</source>
        <translation>Gewählt nach: jedes Modell setzt seine eigenen Antworten fort.</translation>
    </message>
    <message>
        <source>Chosen by: all continue from the picked answer.</source>
        <translation>Gewählt nach: alle setzen die gewählte Antwort fort.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Besides its prompt, this answer was given:</source>
        <translation>Außer ihrem Prompt bekam diese Antwort:</translation>
    </message>
    <message>
        <source>Follow-ups: all continue from the synthesis</source>
        <translation>Folgefragen: alle setzen bei der Synthese an</translation>
    </message>
</context>
<context>
    <name>Quorum::Composer</name>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
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
    <message>
        <source>Choose at least one model to send the prompt to.</source>
        <translation>Wählen Sie mindestens ein Modell, an das die Eingabe gehen soll.</translation>
    </message>
    <message>
        <source>Ask anything… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Fragen Sie etwas … (Eingabe sendet, Umschalt+Eingabe für eine neue Zeile)</translation>
    </message>
    <message>
        <source>+ Models</source>
        <translation>+ Modelle</translation>
    </message>
    <message>
        <source>Choose the models that answer (Ctrl+M)</source>
        <translation>Die Modelle wählen, die antworten (Strg+M)</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Saved sets of models</source>
        <translation>Gespeicherte Modellsätze</translation>
    </message>
    <message>
        <source>Choose a saved set of models, or save the current ones as a set</source>
        <translation>Einen gespeicherten Modellsatz wählen oder die aktuellen Modelle als Satz speichern</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>System Prompt</source>
        <translation>System-Prompt</translation>
    </message>
    <message>
        <source>Instructions every model gets with this conversation:</source>
        <translation>Anweisungen, die jedes Modell mit dieser Unterhaltung bekommt:</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop all answers</source>
        <translation>Alle Antworten anhalten</translation>
    </message>
    <message>
        <source>Stop every answer still streaming (Esc)</source>
        <translation>Jede noch laufende Antwort anhalten (Esc)</translation>
    </message>
    <message>
        <source>Editing an earlier prompt: sending starts a new branch from there.</source>
        <translation>Sie bearbeiten einen früheren Prompt: Senden beginnt dort einen neuen Zweig.</translation>
    </message>
    <message>
        <source>Cancel Editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n model(s))</source>
        <translation>
            <numerusform>%1 (%n Modell)</numerusform>
            <numerusform>%1 (%n Modelle)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Current Models as a Set…</source>
        <translation>Aktuelle Modelle als Satz speichern …</translation>
    </message>
    <message>
        <source>Save Models as a Set</source>
        <translation>Modelle als Satz speichern</translation>
    </message>
    <message>
        <source>Name of the set:</source>
        <translation>Name des Satzes:</translation>
    </message>
    <message>
        <source>My set</source>
        <translation>Mein Satz</translation>
    </message>
    <message>
        <source>Delete a Set</source>
        <translation>Einen Satz löschen</translation>
    </message>
    <message>
        <source>%1 — click for its parameters or to remove it</source>
        <translation>%1 – klicken für seine Parameter oder zum Entfernen</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Set a system prompt for this conversation</source>
        <translation>Einen System-Prompt für diese Unterhaltung festlegen</translation>
    </message>
    <message>
        <source>System prompt: %1</source>
        <translation>System-Prompt: %1</translation>
    </message>
    <message>
        <source>Input estimate: %1</source>
        <translation>Geschätzte Eingabe: %1</translation>
    </message>
    <message>
        <source>  ·  total ~%1</source>
        <translation>  ·  gesamt ~%1</translation>
    </message>
    <message>
        <source>  ·  total ≥ %1</source>
        <translation>  ·  gesamt ≥ %1</translation>
    </message>
    <message>
        <source>Input tokens estimated at 4 characters a token, with each model&apos;s history; the answers&apos; output is billed on top.</source>
        <translation>Eingabe-Tokens geschätzt mit 4 Zeichen je Token, samt dem Verlauf jedes Modells; die Ausgabe der Antworten kommt hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Send to %n model(s) (Enter)</source>
        <translation>
            <numerusform>An %n Modell senden (Eingabe)</numerusform>
            <numerusform>An %n Modelle senden (Eingabe)</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Choose models automatically</source>
        <translation>Modelle automatisch wählen</translation>
    </message>
    <message>
        <source>Let the routing rules choose the models for each prompt</source>
        <translation>Die Routing-Regeln die Modelle für jeden Prompt wählen lassen</translation>
    </message>
    <message>
        <source>Send as the Rules Say</source>
        <translation>Wie die Regeln sagen senden</translation>
    </message>
    <message>
        <source>Send as the routing rules say</source>
        <translation>So senden, wie die Routing-Regeln es sagen</translation>
    </message>
    <message>
        <source>Send to My Choice Anyway</source>
        <translation>Trotzdem an meine Auswahl senden</translation>
    </message>
    <message>
        <source>Send to the models I chose, past the rules</source>
        <translation>An die gewählten Modelle senden, an den Regeln vorbei</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Nicht senden</translation>
    </message>
    <message>
        <source>Sent with placeholders (restored in the answers): %1</source>
        <translation>Mit Platzhaltern gesendet (in den Antworten wiederhergestellt): %1</translation>
    </message>
    <message>
        <source>⊘ %1</source>
        <translation>⊘ %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>→ %1: %2</source>
        <translation>→ %1: %2</translation>
    </message>
    <message>
        <source>Your rule “%1” blocks this prompt: %2</source>
        <translation>Ihre Regel „%1“ sperrt diese Frage: %2</translation>
    </message>
    <message>
        <source>only accounts tagged “%1” may receive it, so %2 would be left out</source>
        <translation>nur Konten mit dem Schlagwort „%1“ dürfen sie erhalten, %2 bliebe also außen vor</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of sensitive data would be replaced by placeholders</source>
        <translation>
            <numerusform>%n vertrauliche Angabe würde durch einen Platzhalter ersetzt</numerusform>
            <numerusform>%n vertrauliche Angaben würden durch Platzhalter ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Your rules (%1) change this prompt: %2.</source>
        <translation>Ihre Regeln (%1) ändern diese Frage: %2.</translation>
    </message>
    <message>
        <source>Parameters…</source>
        <translation>Parameter …</translation>
    </message>
    <message>
        <source>Add Again as a Variant…</source>
        <translation>Erneut als Variante hinzufügen…</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>%1 is chosen already: give the variant another name.</source>
        <translation>%1 ist schon gewählt: Geben Sie der Variante einen anderen Namen.</translation>
    </message>
    <message>
        <source>The variant could not be saved: %1</source>
        <translation>Die Variante konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source> + %1 thinking</source>
        <translation> + %1 Denken</translation>
    </message>
    <message>
        <source>%1 ~%2 tok%3, price unknown</source>
        <translation>%1 ~%2 Tok.%3, Preis unbekannt</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Prompt library</source>
        <translation>Prompt-Bibliothek</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>Persona %1: %2</source>
        <translation>Persona %1: %2</translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1 (v%2)</translation>
    </message>
    <message>
        <source>No personas yet</source>
        <translation>Noch keine Personas</translation>
    </message>
    <message>
        <source>No prompts yet</source>
        <translation>Noch keine Prompts</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>&amp;Manage Prompt Library…</source>
        <translation>Prompt-Bibliothek &amp;verwalten …</translation>
    </message>
    <message>
        <source>&amp;Save This Prompt to the Library…</source>
        <translation>Diesen Prompt in der Bibliothek &amp;speichern …</translation>
    </message>
    <message>
        <source>Use a saved prompt or persona, or manage the library (Ctrl+Shift+P)</source>
        <translation>Einen gespeicherten Prompt oder eine Persona verwenden oder die Bibliothek verwalten (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Attach images, PDFs or text files; each model receives what it can read of them. You can also drop files here or paste an image.</source>
        <translation>Bilder, PDFs oder Textdateien anhängen; jedes Modell erhält, was es davon lesen kann. Sie können Dateien auch hierher ziehen oder ein Bild einfügen.</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf *.txt *.md *.csv *.json *.xml *.html *.py *.cpp *.h *.js *.ts *.rs *.go *.java *.sql *.yaml *.yml *.toml);;All files (*)</source>
        <translation>Bilder, PDFs und Text (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf *.txt *.md *.csv *.json *.xml *.html *.py *.cpp *.h *.js *.ts *.rs *.go *.java *.sql *.yaml *.yml *.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Angehängt: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>pasted image.png</source>
        <translation>eingefügtes Bild.png</translation>
    </message>
    <message>
        <source>Tools the models may call</source>
        <translation>Werkzeuge, die die Modelle aufrufen dürfen</translation>
    </message>
    <message>
        <source>Which tool servers the models of this conversation may call</source>
        <translation>Welche Werkzeugserver die Modelle dieser Unterhaltung aufrufen dürfen</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Tools (%1)</source>
        <translation>Werkzeuge (%1)</translation>
    </message>
    <message>
        <source>The models may call no tools. Choose tool servers for this conversation.</source>
        <translation>Die Modelle dürfen keine Werkzeuge aufrufen. Wählen Sie Werkzeugserver für diese Unterhaltung.</translation>
    </message>
    <message>
        <source>The models may call the tools of: %1</source>
        <translation>Die Modelle dürfen die Werkzeuge aufrufen von: %1</translation>
    </message>
    <message>
        <source>Tool Settings…</source>
        <translation>Werkzeug-Einstellungen …</translation>
    </message>
    <message>
        <source>shared web search</source>
        <translation>gemeinsame Websuche</translation>
    </message>
    <message>
        <source>web search</source>
        <translation>Websuche</translation>
    </message>
    <message>
        <source>Web Search</source>
        <translation>Websuche</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>As a Tool the Models May Call</source>
        <translation>Als Werkzeug, das die Modelle aufrufen dürfen</translation>
    </message>
    <message>
        <source>Shared: One Search, the Same Results for All</source>
        <translation>Gemeinsam: eine Suche, dieselben Ergebnisse für alle</translation>
    </message>
</context>
<context>
    <name>Quorum::ConversationListModel</name>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>%1 · last used %2</source>
        <translation>%1 · zuletzt benutzt %2</translation>
    </message>
    <message>
        <source>%1, pinned</source>
        <translation>%1, angeheftet</translation>
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
    <message>
        <source>Search conversations (Ctrl+F)</source>
        <translation>Unterhaltungen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>&lt;i&gt;Nothing found for “%1”.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Nichts gefunden für „%1“.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Nicht mehr anheften</translation>
    </message>
    <message>
        <source>Pin to the Top</source>
        <translation>Oben anheften</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Schlagwörter …</translation>
    </message>
    <message>
        <source>Conversation Tags</source>
        <translation>Schlagwörter des Gesprächs</translation>
    </message>
    <message>
        <source>Tags, separated by commas (routing rules can test them, such as “client” or “private”):</source>
        <translation>Schlagwörter, durch Kommas getrennt (Routing-Regeln können sie prüfen, etwa „kunde“ oder „privat“):</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Conversation(s)…</source>
        <translation>
            <numerusform>%n Gespräch exportieren…</numerusform>
            <numerusform>%n Gespräche exportieren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>synthesis by %1</source>
        <translation>Synthese von %1</translation>
    </message>
</context>
<context>
    <name>Quorum::ConversationStore</name>
    <message>
        <source>There is no answer %1 to update.</source>
        <translation>Es gibt keine Antwort %1 zum Aktualisieren.</translation>
    </message>
    <message>
        <source>There is no turn %1.</source>
        <translation>Es gibt keine Runde %1.</translation>
    </message>
</context>
<context>
    <name>Quorum::Database</name>
    <message>
        <source>%1 is not a Quorum database (not an SQLite file, or its header is damaged). Quorum has not changed it.</source>
        <translation>%1 ist keine Quorum-Datenbank (keine SQLite-Datei, oder ihr Kopf ist beschädigt). Quorum hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Quorum has not changed it.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2). Quorum hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot write the database %1 (%2).</source>
        <translation>Die Datenbank %1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>Der Datenträger mit %1 ist voll.</translation>
    </message>
    <message>
        <source>The database %1 is busy in another process.</source>
        <translation>Die Datenbank %1 ist in einem anderen Prozess belegt.</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Datenbankfehler in %1: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Quorum (schema %2; this version knows up to %3). Quorum has not changed it; please update Quorum.</source>
        <translation>%1 wurde von einer neueren Quorum-Version geschrieben (Schema %2; diese Version kennt bis %3). Quorum hat sie nicht verändert; bitte aktualisieren Sie Quorum.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The SQLite driver gave no handle.</source>
        <translation>Der SQLite-Treiber lieferte keinen Zugriff.</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging (is it on a network file system?).</source>
        <translation>%1 kann kein Write-Ahead-Logging verwenden (liegt sie auf einem Netzwerkdateisystem?).</translation>
    </message>
    <message>
        <source>SQLite refused to enforce foreign keys.</source>
        <translation>SQLite verweigerte die Prüfung von Fremdschlüsseln.</translation>
    </message>
    <message>
        <source>Could not back up %1 before updating it: %2</source>
        <translation>%1 konnte vor der Aktualisierung nicht gesichert werden: %2</translation>
    </message>
    <message>
        <source>Updating %1 to schema %2 (%3) failed: %4. The file is unchanged.</source>
        <translation>Die Aktualisierung von %1 auf Schema %2 (%3) schlug fehl: %4. Die Datei ist unverändert.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>Die Datenbank %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 exists already; try again in a second.</source>
        <translation>%1 gibt es schon; versuchen Sie es in einer Sekunde noch einmal.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>%1 kann nicht nach %2 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>Quorum::DatabaseOpener</name>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Backup Restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>Your conversations were restored from %1.

The damaged file is kept as %2.</source>
        <translation>Ihre Gespräche wurden aus %1 wiederhergestellt.

Die beschädigte Datei wird als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Quorum starts with a new, empty database.

The damaged file is kept as %1.</source>
        <translation>Quorum beginnt mit einer neuen, leeren Datenbank.

Die beschädigte Datei wird als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Not saving: %1</source>
        <translation>Es wird nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Quorum Cannot Open Its Database</source>
        <translation>Quorum kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>The newest backup is from %1.</source>
        <translation>Die neueste Sicherung ist vom %1.</translation>
    </message>
    <message>
        <source>Restore Latest Backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Either way, the damaged file is kept under a new name.</source>
        <translation>In beiden Fällen wird die beschädigte Datei unter neuem Namen aufbewahrt.</translation>
    </message>
    <message>
        <source>Start With a New File</source>
        <translation>Mit neuer Datei beginnen</translation>
    </message>
    <message>
        <source>Update Quorum to open it. Nothing was changed.</source>
        <translation>Aktualisieren Sie Quorum, um sie zu öffnen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>You can fix the cause and try again, or continue: answers are then shown but not saved.</source>
        <translation>Sie können die Ursache beheben und es erneut versuchen oder fortfahren: Antworten werden dann angezeigt, aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Continue Without Saving</source>
        <translation>Ohne Speichern fortfahren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
</context>
<context>
    <name>Quorum::DiffDialog</name>
    <message>
        <source>Compare Answers</source>
        <translation>Antworten vergleichen</translation>
    </message>
    <message>
        <source>Struck out: only in %1. Highlighted: only in %2. %3 removed, %4 added.</source>
        <translation>Durchgestrichen: nur in %1. Hervorgehoben: nur in %2. %3 entfernt, %4 hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s)</source>
        <translation>
            <numerusform>%n Stück</numerusform>
            <numerusform>%n Stücke</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Dispatcher</name>
    <message>
        <source>There is no provider account &apos;%1&apos;.</source>
        <translation>Es gibt kein Anbieterkonto „%1“.</translation>
    </message>
    <message>
        <source>There is no turn to judge yet.</source>
        <translation>Es gibt noch keine Runde zu beurteilen.</translation>
    </message>
    <message>
        <source>That turn is not on the conversation&apos;s current branch.</source>
        <translation>Diese Runde liegt nicht auf dem aktuellen Zweig der Unterhaltung.</translation>
    </message>
    <message>
        <source>There is no judge mode named &apos;%1&apos;.</source>
        <translation>Es gibt keinen Richter-Modus namens „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>A peer ranking needs at least three finished answers; this turn has %n.</source>
        <translation>
            <numerusform>Eine gegenseitige Rangfolge braucht mindestens drei fertige Antworten; diese Runde hat %n.</numerusform>
            <numerusform>Eine gegenseitige Rangfolge braucht mindestens drei fertige Antworten; diese Runde hat %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A synthesis needs at least two finished answers; this turn has %n.</source>
        <translation>
            <numerusform>Eine Synthese braucht mindestens zwei fertige Antworten; diese Runde hat %n.</numerusform>
            <numerusform>Eine Synthese braucht mindestens zwei fertige Antworten; diese Runde hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a judge model first.</source>
        <translation>Wählen Sie zuerst ein Richter-Modell.</translation>
    </message>
    <message>
        <source>This turn&apos;s answers may only go to accounts tagged %1, and the judge %2 is not one; it was not asked. Choose a judge on such an account.</source>
        <translation>Die Antworten dieser Runde dürfen nur an Konten mit dem Schlagwort %1 gehen, und der Richter %2 gehört nicht dazu; er wurde nicht befragt. Wählen Sie einen Richter auf einem solchen Konto.</translation>
    </message>
    <message>
        <source>The answers were cut by %1 characters to fit the judge&apos;s input.</source>
        <translation>Die Antworten wurden um %1 Zeichen gekürzt, damit sie in die Eingabe des Richters passen.</translation>
    </message>
    <message>
        <source>There is no variant named &apos;%1&apos; (variants are kept in the database).</source>
        <translation>Es gibt keine Variante namens „%1“ (Varianten werden in der Datenbank gehalten).</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nichts wurde gesendet: %1</translation>
    </message>
    <message>
        <source>Withheld: %1</source>
        <translation>Zurückgehalten: %1</translation>
    </message>
    <message>
        <source>[The result was withheld by the rule “%1”.]</source>
        <translation>[Das Ergebnis wurde von der Regel „%1“ zurückgehalten.]</translation>
    </message>
    <message>
        <source>Withheld: only accounts tagged “%1” may receive it.</source>
        <translation>Zurückgehalten: nur Konten mit dem Schlagwort „%1“ dürfen es erhalten.</translation>
    </message>
    <message>
        <source>[The result was withheld: only accounts tagged “%1” may receive it.]</source>
        <translation>[Das Ergebnis wurde zurückgehalten: nur Konten mit dem Schlagwort „%1“ dürfen es erhalten.]</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) redacted by the rules.</source>
        <translation>
            <numerusform>%n Element von den Regeln geschwärzt.</numerusform>
            <numerusform>%n Elemente von den Regeln geschwärzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::DocumentExport</name>
    <message>
        <source>first token %1 s</source>
        <translation>erstes Token nach %1 s</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 Token/s</translation>
    </message>
    <message>
        <source>%1 in · %2 out</source>
        <translation>%1 ein · %2 aus</translation>
    </message>
    <message>
        <source>★ picked</source>
        <translation>★ gewählt</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Vor dem Ende angehalten.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Es gibt kein Gespräch %1.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Gespräch</numerusform>
            <numerusform>%n Gespräche</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>Nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Exported from Quorum.</source>
        <translation>Aus Quorum exportiert.</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Begonnen %1</translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n Runde</numerusform>
            <numerusform>%n Runden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>eine Antwort</translation>
    </message>
    <message>
        <source>Synthesis (%1)</source>
        <translation>Synthese (%1)</translation>
    </message>
    <message>
        <source>by %1 · %2</source>
        <translation>von %1 · %2</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Peer ranking (Borda)</source>
        <translation>Gegenseitige Rangfolge (Borda)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>Quorum::EventStreamDecoder</name>
    <message>
        <source>the event stream is damaged: bad prelude checksum at byte %1</source>
        <translation>der Ereignisstrom ist beschädigt: falsche Prelude-Prüfsumme bei Byte %1</translation>
    </message>
    <message>
        <source>the event stream is damaged: impossible lengths at byte %1</source>
        <translation>der Ereignisstrom ist beschädigt: unmögliche Längen bei Byte %1</translation>
    </message>
    <message>
        <source>the event stream is damaged: bad message checksum at byte %1</source>
        <translation>der Ereignisstrom ist beschädigt: falsche Nachrichten-Prüfsumme bei Byte %1</translation>
    </message>
    <message>
        <source>(at byte %1)</source>
        <translation>(bei Byte %1)</translation>
    </message>
    <message>
        <source>the event stream is damaged: a header runs past its end</source>
        <translation>der Ereignisstrom ist beschädigt: ein Header reicht über sein Ende hinaus</translation>
    </message>
    <message>
        <source>the event stream is damaged: unknown header type %1</source>
        <translation>der Ereignisstrom ist beschädigt: unbekannter Header-Typ %1</translation>
    </message>
</context>
<context>
    <name>Quorum::ExchangeCommand</name>
    <message>
        <source>Every stored conversation.</source>
        <translation>Jedes gespeicherte Gespräch.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write to this file (whole or not at all).</source>
        <translation>In diese Datei schreiben (ganz oder gar nicht).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>A conversation (see quorum history); several may be given.</source>
        <translation>Ein Gespräch (siehe quorum history); mehrere sind möglich.</translation>
    </message>
    <message>
        <source>give conversation IDs or --all (not both)</source>
        <translation>Gesprächs-IDs oder --all angeben (nicht beides)</translation>
    </message>
    <message>
        <source>a conversation ID is a number, not &apos;%1&apos;</source>
        <translation>eine Gesprächs-ID ist eine Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>cannot list the conversations</source>
        <translation>die Gespräche sind nicht auflistbar</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>die Standardausgabe ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 ist nicht schreibbar: %2</translation>
    </message>
    <message>
        <source>nothing written to %1: %2</source>
        <translation>nichts nach %1 geschrieben: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>%n Gespräch nach %1 exportiert.</numerusform>
            <numerusform>%n Gespräche nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>kind</source>
        <translation>art</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Die zu importierende Datei.</translation>
    </message>
    <message>
        <source>expected one PATH</source>
        <translation>ein PFAD erwartet</translation>
    </message>
    <message>
        <source>--from is quorum, chatgpt or claude</source>
        <translation>--from ist quorum, chatgpt oder claude</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>nothing imported from %1: %2</source>
        <translation>nichts aus %1 importiert: %2</translation>
    </message>
    <message>
        <source>nothing imported: %1</source>
        <translation>nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>%n Gespräch importiert.</numerusform>
            <numerusform>%n Gespräche importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped “%1”: already there (conversation %2).</source>
        <translation>„%1“ übersprungen: schon vorhanden (Gespräch %2).</translation>
    </message>
    <message>
        <source>(ID ... | --all) --format md|json|html|pdf|csv [-o PATH] [--page-size a4|letter]</source>
        <translation>(ID ... | --all) --format md|json|html|pdf|csv [-o PFAD] [--page-size a4|letter]</translation>
    </message>
    <message>
        <source>Exports conversations: md (Markdown, the current branch of each, for people), json (everything, for quorum import; docs/export-format.md), html (one self-contained page, the answers of a turn side by side), pdf (the same layout on A4 or Letter pages), csv (one row per answer with its cost). Without -o the export goes to standard output.</source>
        <translation>Exportiert Gespräche: md (Markdown, jeweils der aktuelle Zweig, zum Lesen), json (alles, für quorum import; docs/export-format.md), html (eine eigenständige Seite, die Antworten einer Runde nebeneinander), pdf (dasselbe Layout auf A4- oder Letter-Seiten), csv (eine Zeile je Antwort mit ihren Kosten). Ohne -o geht der Export auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>md, json, html, pdf or csv.</source>
        <translation>md, json, html, pdf oder csv.</translation>
    </message>
    <message>
        <source>A PDF&apos;s paper: a4 or letter (default: Letter in the United States, else A4).</source>
        <translation>Papierformat eines PDF: a4 oder letter (Vorgabe: Letter in den USA, sonst A4).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>--format is md, json, html, pdf or csv</source>
        <translation>--format ist md, json, html, pdf oder csv</translation>
    </message>
    <message>
        <source>--page-size is a4 or letter</source>
        <translation>--page-size ist a4 oder letter</translation>
    </message>
    <message>
        <source>PATH [--from quorum|chatgpt|claude] [--json]</source>
        <translation>PFAD [--from quorum|chatgpt|claude] [--json]</translation>
    </message>
    <message>
        <source>Imports conversations from a Quorum JSON export or from the conversations.json of a ChatGPT or Claude data export, all or nothing; conversations already there are skipped and named.</source>
        <translation>Importiert Gespräche aus einem Quorum-JSON-Export oder aus der conversations.json eines ChatGPT- oder Claude-Datenexports, alles oder nichts; schon vorhandene Gespräche werden übersprungen und genannt.</translation>
    </message>
    <message>
        <source>The file&apos;s kind: quorum, chatgpt or claude (default: recognised).</source>
        <translation>Art der Datei: quorum, chatgpt oder claude (Vorgabe: erkannt).</translation>
    </message>
</context>
<context>
    <name>Quorum::ExperimentCheck</name>
    <message>
        <source>unknown check type &apos;%1&apos; (%2)</source>
        <translation>unbekannte Prüfungsart „%1“ (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;value&quot; must be text</source>
        <translation>%1: „value“ muss Text sein</translation>
    </message>
    <message>
        <source>%1: &quot;value&quot; must be a number, 0 or more</source>
        <translation>%1: „value“ muss eine Zahl ab 0 sein</translation>
    </message>
    <message>
        <source>json-schema: &quot;schema&quot; must be a JSON Schema object</source>
        <translation>json-schema: „schema“ muss ein JSON-Schema-Objekt sein</translation>
    </message>
    <message>
        <source>regex: %1 in &apos;%2&apos;</source>
        <translation>regex: %1 in „%2“</translation>
    </message>
    <message>
        <source>%1: &quot;threshold&quot; must be a number from 0 to 1</source>
        <translation>%1: „threshold“ muss eine Zahl von 0 bis 1 sein</translation>
    </message>
</context>
<context>
    <name>Quorum::ExperimentCommand</name>
    <message>
        <source>&apos;%1&apos; has not been run yet.</source>
        <translation>„%1“ wurde noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no run %2.</source>
        <translation>„%1“ hat keinen Lauf %2.</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>DURCHGEFALLEN</translation>
    </message>
    <message>
        <source>%1 · %2 · #%3  %4</source>
        <translation>%1 · %2 · #%3  %4</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>nicht erfüllt: %1</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 errors, %4 refused, %5 skipped, %6 pending · %7 (judges %8)</source>
        <translation>%1 bestanden, %2 durchgefallen, %3 Fehler, %4 abgelehnt, %5 übersprungen, %6 offen · %7 (Richter %8)</translation>
    </message>
    <message>
        <source>variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>across repeats</source>
        <translation>über Wiederholungen</translation>
    </message>
    <message numerus="yes">
        <source>%n flaky, %1% alike, ±%2</source>
        <translation>
            <numerusform>%n schwankend, %1 % gleich, ±%2</numerusform>
            <numerusform>%n schwankend, %1 % gleich, ±%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 passed, %5 before</source>
        <translation>%1, %2: %3 von %4 bestanden, vorher %5</translation>
    </message>
    <message>
        <source>Usage: quorum experiment [run|list|show|export|remove] ...

  run FILE [--json] [--repeat N] [--max-cost USD]
                           ask every cell of an experiment file;
                           exit 1 when a check fails
  list [--json]            the experiments and their latest runs
  show NAME [--run ID]     a run&apos;s figures per variant
  export NAME --format csv|json|html [--run ID] [-o FILE]
                           a run as CSV, JSON or an HTML report
  remove NAME              an experiment with its runs

The file&apos;s format: docs/experiments.md.
</source>
        <translation>Aufruf: quorum experiment [run|list|show|export|remove] ...

  run DATEI [--json] [--repeat N] [--max-cost USD]
                           jede Zelle einer Experimentdatei fragen;
                           Status 1, wenn eine Prüfung fehlschlägt
  list [--json]            die Experimente und ihre letzten Läufe
  show NAME [--run ID]     die Zahlen eines Laufs je Variante
  export NAME --format csv|json|html [--run ID] [-o DATEI]
                           ein Lauf als CSV, JSON oder HTML-Bericht
  remove NAME              ein Experiment mit seinen Läufen

Das Dateiformat: docs/experiments.md.
</translation>
    </message>
    <message>
        <source>FILE [--json] [--repeat N] [--max-cost USD] [--concurrency N] [--fresh]</source>
        <translation>DATEI [--json] [--repeat N] [--max-cost USD] [--concurrency N] [--fresh]</translation>
    </message>
    <message>
        <source>Runs an experiment file: every case with every variant, each repeated. Says first what it may cost at most, prints each cell as it ends and a summary per variant, and exits 1 when a check failed or a cell was not answered. A run that was stopped or killed goes on where it ended when the same file is run again (cells that are done are not asked again).</source>
        <translation>Führt eine Experimentdatei aus: jeden Fall mit jeder Variante, jeweils wiederholt. Sagt zuerst, was es höchstens kosten kann, gibt jede Zelle aus, sobald sie fertig ist, und eine Zusammenfassung je Variante, und endet mit Status 1, wenn eine Prüfung fehlschlug oder eine Zelle nicht beantwortet wurde. Ein angehaltener oder abgebrochener Lauf geht dort weiter, wo er endete, wenn dieselbe Datei erneut ausgeführt wird (fertige Zellen werden nicht erneut gefragt).</translation>
    </message>
    <message>
        <source>Print one JSON object per cell as it ends, then a summary object (one per line).</source>
        <translation>Ein JSON-Objekt je fertiger Zelle ausgeben, dann ein Zusammenfassungsobjekt (eines je Zeile).</translation>
    </message>
    <message>
        <source>Ask each cell N times (over the file&apos;s &quot;repeat&quot;).</source>
        <translation>Jede Zelle N-mal fragen (statt „repeat“ der Datei).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Spend at most this many US dollars; cells that could go over are skipped.</source>
        <translation>Höchstens so viele US-Dollar ausgeben; Zellen, die darüber gehen könnten, werden übersprungen.</translation>
    </message>
    <message>
        <source>usd</source>
        <translation>usd</translation>
    </message>
    <message>
        <source>At most N answers at once per account (default: the account&apos;s limit, else 4).</source>
        <translation>Höchstens N Antworten gleichzeitig je Konto (Vorgabe: die Grenze des Kontos, sonst 4).</translation>
    </message>
    <message>
        <source>Start a new run even if the last one was interrupted.</source>
        <translation>Einen neuen Lauf beginnen, auch wenn der letzte unterbrochen wurde.</translation>
    </message>
    <message>
        <source>Go on with run ID (FILE is not needed).</source>
        <translation>Lauf ID fortsetzen (DATEI wird nicht gebraucht).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The experiment file (JSON).</source>
        <translation>Die Experimentdatei (JSON).</translation>
    </message>
    <message>
        <source>--max-cost is an amount of US dollars, e.g. 0.50</source>
        <translation>--max-cost ist ein Betrag in US-Dollar, z. B. 0.50</translation>
    </message>
    <message>
        <source>--concurrency is a number from 1</source>
        <translation>--concurrency ist eine Zahl ab 1</translation>
    </message>
    <message>
        <source>--resume needs a run ID (a number)</source>
        <translation>--resume braucht die ID eines Laufs (eine Zahl)</translation>
    </message>
    <message>
        <source>expected one experiment file</source>
        <translation>eine Experimentdatei erwartet</translation>
    </message>
    <message>
        <source>--repeat is a number from 1 to 1000</source>
        <translation>--repeat ist eine Zahl von 1 bis 1000</translation>
    </message>
    <message>
        <source>Going on with run %1 of %2: %3 of %4 cells are done (%5); %6 to ask</source>
        <translation>Lauf %1 von %2 geht weiter: %3 von %4 Zellen sind fertig (%5); %6 zu fragen</translation>
    </message>
    <message>
        <source>Run %1 of %2: %3 cells (%4 variants × %5 cases × %6 repeats)</source>
        <translation>Lauf %1 von %2: %3 Zellen (%4 Varianten × %5 Fälle × %6 Wiederholungen)</translation>
    </message>
    <message>
        <source>, at most %1.</source>
        <translation>, höchstens %1.</translation>
    </message>
    <message>
        <source>, at most an unknown amount: no price for %1.</source>
        <translation>, höchstens ein unbekannter Betrag: kein Preis für %1.</translation>
    </message>
    <message>
        <source>%1 cannot be sent: %2</source>
        <translation>%1 kann nicht gesendet werden: %2</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Stopping (Ctrl+C again to quit at once)…</source>
        <translation>Wird angehalten (nochmals Strg+C beendet sofort) …</translation>
    </message>
    <message>
        <source>Stopped. Run the same file again to go on where it ended.</source>
        <translation>Angehalten. Dieselbe Datei erneut ausführen, um dort weiterzumachen, wo es endete.</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>Lists the experiments and their latest runs.</source>
        <translation>Listet die Experimente und ihre letzten Läufe auf.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>No experiments yet: quorum experiment run FILE</source>
        <translation>Noch keine Experimente: quorum experiment run DATEI</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>run %1 %2: %3 passed, %4 failed of %5 cells, %6</source>
        <translation>Lauf %1 %2: %3 bestanden, %4 durchgefallen von %5 Zellen, %6</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Print one JSON object (the run, as export --format json).</source>
        <translation>Ein JSON-Objekt ausgeben (den Lauf, wie export --format json).</translation>
    </message>
    <message>
        <source>The run&apos;s ID (see experiment list).</source>
        <translation>Die ID des Laufs (siehe experiment list).</translation>
    </message>
    <message>
        <source>The experiment&apos;s name.</source>
        <translation>Der Name des Experiments.</translation>
    </message>
    <message>
        <source>expected one experiment name</source>
        <translation>einen Experimentnamen erwartet</translation>
    </message>
    <message>
        <source>--run needs a run ID (a number)</source>
        <translation>--run braucht die ID eines Laufs (eine Zahl)</translation>
    </message>
    <message>
        <source>Run %1 of %2 (%3)</source>
        <translation>Lauf %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Writes a run (the latest unless --run) as CSV (a row per cell), JSON (the experiment, every cell and the summary) or a self-contained HTML report (the grid, the checks, the costs).</source>
        <translation>Schreibt einen Lauf (den letzten, außer mit --run) als CSV (eine Zeile je Zelle), JSON (das Experiment, jede Zelle und die Zusammenfassung) oder als eigenständigen HTML-Bericht (das Raster, die Prüfungen, die Kosten).</translation>
    </message>
    <message>
        <source>csv, json or html.</source>
        <translation>csv, json oder html.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>--format is csv, json or html</source>
        <translation>--format ist csv, json oder html</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Removes an experiment with its runs and their answers.</source>
        <translation>Entfernt ein Experiment mit seinen Läufen und deren Antworten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no other run %2 to compare with.</source>
        <translation>„%1“ hat keinen anderen Lauf %2 zum Vergleichen.</translation>
    </message>
    <message>
        <source>Since run %1:</source>
        <translation>Seit Lauf %1:</translation>
    </message>
    <message>
        <source>Cells that passed more or less often:</source>
        <translation>Zellen, die öfter oder seltener bestanden haben:</translation>
    </message>
    <message>
        <source>NAME [--run ID] [--against ID] [--json]</source>
        <translation>NAME [--run ID] [--against ID] [--json]</translation>
    </message>
    <message>
        <source>Prints a run&apos;s cells and its figures per variant (the latest run unless --run), and what got better or worse since the run before (or run --against).</source>
        <translation>Gibt die Zellen eines Laufs und seine Zahlen je Variante aus (den letzten Lauf, außer mit --run) und was seit dem vorigen Lauf (oder dem Lauf --against) besser oder schlechter wurde.</translation>
    </message>
    <message>
        <source>Compare with this run of the experiment instead of the run before.</source>
        <translation>Mit diesem Lauf des Experiments vergleichen statt mit dem vorigen.</translation>
    </message>
    <message>
        <source>--against needs a run ID (a number)</source>
        <translation>--against braucht die ID eines Laufs (eine Zahl)</translation>
    </message>
    <message>
        <source>NAME --format csv|json|html [--run ID] [--against ID] [-o FILE]</source>
        <translation>NAME --format csv|json|html [--run ID] [--against ID] [-o DATEI]</translation>
    </message>
</context>
<context>
    <name>Quorum::ExperimentFile</name>
    <message>
        <source>%1: &quot;checks&quot; must be a list</source>
        <translation>%1: „checks“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1, check %2: %3</source>
        <translation>%1, Prüfung %2: %3</translation>
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation>Zeile %1: Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>line %1: a quote inside a field that does not start with one</source>
        <translation>Zeile %1: ein Anführungszeichen in einem Feld, das nicht mit einem beginnt</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>the CSV file is empty: its first line names the variables</source>
        <translation>die CSV-Datei ist leer: Ihre erste Zeile nennt die Variablen</translation>
    </message>
    <message>
        <source>line %1: a column has no name</source>
        <translation>Zeile %1: eine Spalte hat keinen Namen</translation>
    </message>
    <message>
        <source>line %1: %2 fields, but the header names %3</source>
        <translation>Zeile %1: %2 Felder, aber die Kopfzeile nennt %3</translation>
    </message>
    <message>
        <source>an experiment file is a JSON object</source>
        <translation>eine Experimentdatei ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>not JSON: %1 (at character %2)</source>
        <translation>kein JSON: %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>not an experiment file: &quot;quorum_experiment&quot; (its format version) is missing</source>
        <translation>keine Experimentdatei: „quorum_experiment“ (ihre Formatversion) fehlt</translation>
    </message>
    <message>
        <source>the file is of format %1; this Quorum reads up to %2: please update Quorum</source>
        <translation>die Datei hat Format %1; dieses Quorum liest bis %2: Bitte aktualisieren Sie Quorum</translation>
    </message>
    <message>
        <source>&quot;prompt&quot; is missing</source>
        <translation>„prompt“ fehlt</translation>
    </message>
    <message>
        <source>&quot;repeat&quot; must be a whole number from 1 to 1000</source>
        <translation>„repeat“ muss eine ganze Zahl von 1 bis 1000 sein</translation>
    </message>
    <message>
        <source>&quot;max_cost_usd&quot; must be a number of dollars</source>
        <translation>„max_cost_usd“ muss eine Zahl von Dollar sein</translation>
    </message>
    <message>
        <source>&quot;variants&quot; must list at least one target</source>
        <translation>„variants“ muss mindestens ein Ziel nennen</translation>
    </message>
    <message>
        <source>variant %1: &quot;target&quot; must be ACCOUNT/MODEL or ACCOUNT/MODEL#VARIANT</source>
        <translation>Variante %1: „target“ muss KONTO/MODELL oder KONTO/MODELL#VARIANTE sein</translation>
    </message>
    <message>
        <source>variant %1: %2</source>
        <translation>Variante %1: %2</translation>
    </message>
    <message>
        <source>two variants are named &apos;%1&apos;: give each column a name</source>
        <translation>zwei Varianten heißen „%1“: Geben Sie jeder Spalte einen Namen</translation>
    </message>
    <message>
        <source>the experiment</source>
        <translation>das Experiment</translation>
    </message>
    <message>
        <source>cannot read the cases %1: %2</source>
        <translation>die Fälle %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>case %1: the value of &apos;%2&apos; must be text or a number</source>
        <translation>Fall %1: der Wert von „%2“ muss Text oder eine Zahl sein</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <source>case %1 has no value for %2</source>
        <translation>Fall %1 hat keinen Wert für %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>line %1: two columns are named &apos;%2&apos;</source>
        <translation>Zeile %1: zwei Spalten heißen „%2“</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is in the prompt library, and there is no database</source>
        <translation>%1: „%2“ liegt in der Prompt-Bibliothek, und es gibt keine Datenbank</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;library_prompt&quot;</source>
        <translation>„library_prompt“</translation>
    </message>
    <message>
        <source>variant %1</source>
        <translation>Variante %1</translation>
    </message>
</context>
<context>
    <name>Quorum::ExperimentGridModel</name>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <source>%1/%2 passed</source>
        <translation>%1/%2 bestanden</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>Quorum::ExperimentReport</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <source>Run %1 · %2 · started %3 · %4 cells (%5 variants × %6 cases × %7 repeats)</source>
        <translation>Lauf %1 · %2 · begonnen %3 · %4 Zellen (%5 Varianten × %6 Fälle × %7 Wiederholungen)</translation>
    </message>
    <message>
        <source>Passed %1, failed %2, errors %3, refused %4, skipped %5 · cost %6 (judges %7)</source>
        <translation>Bestanden %1, durchgefallen %2, Fehler %3, abgelehnt %4, übersprungen %5 · Kosten %6 (Richter %7)</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Frage: %1</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Erstes Token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Across repeats</source>
        <translation>Über Wiederholungen</translation>
    </message>
    <message numerus="yes">
        <source>%n flaky case(s), answers %1% alike, ±%2</source>
        <translation>
            <numerusform>%n schwankender Fall, Antworten zu %1 % gleich, ±%2</numerusform>
            <numerusform>%n schwankende Fälle, Antworten zu %1 % gleich, ±%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Since the run before</source>
        <translation>Seit dem vorigen Lauf</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 passed, %5 before</source>
        <translation>%1, %2: %3 von %4 bestanden, vorher %5</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Zellen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>durchgefallen</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 tokens · %4</source>
        <translation>#%1 · %2 · %3 Tokens · %4</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>passed %1 → %2, p50 %3 → %4, cost %5 → %6</source>
        <translation>bestanden %1 → %2, p50 %3 → %4, Kosten %5 → %6</translation>
    </message>
    <message>
        <source>Since run %1</source>
        <translation>Seit Lauf %1</translation>
    </message>
    <message>
        <source>Cells that changed since run %1</source>
        <translation>Seit Lauf %1 geänderte Zellen</translation>
    </message>
</context>
<context>
    <name>Quorum::ExperimentRunner</name>
    <message>
        <source>There is no provider account &apos;%1&apos;.</source>
        <translation>Es gibt kein Anbieterkonto „%1“.</translation>
    </message>
    <message>
        <source>Experiments are kept in the database: run them with a data directory that has one.</source>
        <translation>Experimente werden in der Datenbank gehalten: mit einem Datenverzeichnis ausführen, das eine hat.</translation>
    </message>
    <message>
        <source>The experiment has no name.</source>
        <translation>Das Experiment hat keinen Namen.</translation>
    </message>
    <message>
        <source>The experiment has no cells: it needs a variant and a case.</source>
        <translation>Das Experiment hat keine Zellen: es braucht eine Variante und einen Fall.</translation>
    </message>
    <message>
        <source>A judge check needs a judge: set &quot;judge&quot; in the experiment or in the check.</source>
        <translation>Eine Richterprüfung braucht einen Richter: „judge“ im Experiment oder in der Prüfung setzen.</translation>
    </message>
    <message>
        <source>The judge &apos;%1&apos; is not a provider account and model of this Quorum.</source>
        <translation>Der Richter „%1“ ist kein Anbieterkonto mit Modell dieses Quorum.</translation>
    </message>
    <message>
        <source>A cost limit cannot be kept without prices: %1 has none (set one with quorum prices set, or run without a limit).</source>
        <translation>Eine Kostengrenze lässt sich ohne Preise nicht einhalten: %1 hat keinen (mit quorum prices set festlegen oder ohne Grenze ausführen).</translation>
    </message>
    <message>
        <source>A run is going on; stop it first.</source>
        <translation>Ein Lauf ist im Gange; zuerst anhalten.</translation>
    </message>
    <message>
        <source>Run %1 is going on in another Quorum.</source>
        <translation>Lauf %1 ist in einem anderen Quorum im Gange.</translation>
    </message>
    <message>
        <source>Run %1 cannot be read: %2</source>
        <translation>Lauf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 · case %2</source>
        <translation>%1 · Fall %2</translation>
    </message>
    <message>
        <source>A rule keeps this prompt from %1: %2 (%3).</source>
        <translation>Eine Regel hält diese Frage von %1 fern: %2 (%3).</translation>
    </message>
    <message>
        <source>Not asked: it may cost up to %1, and the run&apos;s limit of %2 leaves %3.</source>
        <translation>Nicht gefragt: es kann bis zu %1 kosten, und die Grenze des Laufs von %2 lässt %3.</translation>
    </message>
    <message>
        <source>Not asked: its model has no price, and the run has a cost limit.</source>
        <translation>Nicht gefragt: sein Modell hat keinen Preis, und der Lauf hat eine Kostengrenze.</translation>
    </message>
    <message>
        <source>The answer did not end (%1).</source>
        <translation>Die Antwort wurde nicht beendet (%1).</translation>
    </message>
    <message>
        <source>waiting for the judge</source>
        <translation>wartet auf den Richter</translation>
    </message>
    <message>
        <source>scored %1/10 (%2 needed)</source>
        <translation>%1/10 Punkte (%2 nötig)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a judge (ACCOUNT/MODEL)</source>
        <translation>„%1“ ist kein Richter (KONTO/MODELL)</translation>
    </message>
    <message>
        <source>A rule keeps this prompt from the judge %1.</source>
        <translation>Eine Regel hält diese Frage vom Richter %1 fern.</translation>
    </message>
    <message>
        <source>the judge could not be asked: %1</source>
        <translation>der Richter konnte nicht gefragt werden: %1</translation>
    </message>
    <message>
        <source>the judge failed: %1</source>
        <translation>der Richter scheiterte: %1</translation>
    </message>
    <message>
        <source>the judge gave no score: %1</source>
        <translation>der Richter gab keine Punkte: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::ExperimentStore</name>
    <message>
        <source>The experiment &apos;%1&apos; could not be saved.</source>
        <translation>Das Experiment „%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>There is no experiment named &apos;%1&apos;.</source>
        <translation>Es gibt kein Experiment namens „%1“.</translation>
    </message>
    <message>
        <source>There is no experiment run %1.</source>
        <translation>Es gibt keinen Experimentlauf %1.</translation>
    </message>
</context>
<context>
    <name>Quorum::ExperimentWindow</name>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>Datei ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Save File…</source>
        <translation>Datei &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Fo&amp;rtsetzen</translation>
    </message>
    <message>
        <source>Resu&amp;lts</source>
        <translation>Erge&amp;bnisse</translation>
    </message>
    <message>
        <source>Open an Experiment</source>
        <translation>Ein Experiment öffnen</translation>
    </message>
    <message>
        <source>Experiment files (*.json);;All files (*)</source>
        <translation>Experimentdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the Experiment</source>
        <translation>Das Experiment speichern</translation>
    </message>
    <message>
        <source>Experiment files (*.json)</source>
        <translation>Experimentdateien (*.json)</translation>
    </message>
    <message>
        <source>Run %1 was stopped: Resume goes on where it ended.</source>
        <translation>Lauf %1 wurde angehalten: Fortsetzen macht dort weiter, wo er endete.</translation>
    </message>
    <message>
        <source>New experiment</source>
        <translation>Neues Experiment</translation>
    </message>
    <message>
        <source>The prompt, with {{variables}} filled from each case</source>
        <translation>Die Frage, mit {{Variablen}} aus jedem Fall gefüllt</translation>
    </message>
    <message>
        <source>Optional: the system prompt of every variant that has none of its own</source>
        <translation>Optional: der Systemprompt jeder Variante, die keinen eigenen hat</translation>
    </message>
    <message>
        <source>ACCOUNT/MODEL, for judge checks</source>
        <translation>KONTO/MODELL, für Richterprüfungen</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation>S&amp;ystemprompt:</translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation>&amp;Richter:</translation>
    </message>
    <message>
        <source>Variants (columns)</source>
        <translation>Varianten (Spalten)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Add Variant</source>
        <translation>Variante hinzufügen</translation>
    </message>
    <message>
        <source>Parameters…</source>
        <translation>Parameter …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Cases (rows): a value for each {{variable}}</source>
        <translation>Fälle (Zeilen): ein Wert für jede {{Variable}}</translation>
    </message>
    <message>
        <source>Add Case</source>
        <translation>Fall hinzufügen</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren …</translation>
    </message>
    <message>
        <source>Checks of every answer</source>
        <translation>Prüfungen jeder Antwort</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Value, pattern, reference or rubric</source>
        <translation>Wert, Muster, Referenz oder Bewertungsmaßstab</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Richter</translation>
    </message>
    <message>
        <source>Add Check</source>
        <translation>Prüfung hinzufügen</translation>
    </message>
    <message>
        <source>Double-click a cell to read its answers in the compare view.</source>
        <translation>Doppelklick auf eine Zelle zeigt ihre Antworten in der Vergleichsansicht.</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Erstes Token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Across repeats</source>
        <translation>Über Wiederholungen</translation>
    </message>
    <message>
        <source>Export the Run</source>
        <translation>Den Lauf exportieren</translation>
    </message>
    <message>
        <source>HTML report (*.html);;CSV (*.csv);;JSON (*.json)</source>
        <translation>HTML-Bericht (*.html);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>(defaults)</source>
        <translation>(Vorgaben)</translation>
    </message>
    <message>
        <source>Double-click to set the parameters</source>
        <translation>Doppelklick setzt die Parameter</translation>
    </message>
    <message>
        <source>Variant %1: the target is ACCOUNT/MODEL, e.g. openai/gpt-4.1.</source>
        <translation>Variante %1: das Ziel ist KONTO/MODELL, z. B. openai/gpt-4.1.</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>Nicht bereit: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) (%1 variants × %2 cases × %3 repeats)</source>
        <translation>
            <numerusform>%n Zelle (%1 Varianten × %2 Fälle × %3 Wiederholungen)</numerusform>
            <numerusform>%n Zellen (%1 Varianten × %2 Fälle × %3 Wiederholungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>at most an unknown amount (no price for %1)</source>
        <translation>höchstens ein unbekannter Betrag (kein Preis für %1)</translation>
    </message>
    <message>
        <source>%1 cannot be sent: %2</source>
        <translation>%1 kann nicht gesendet werden: %2</translation>
    </message>
    <message>
        <source>Run %1: %2 cells to ask, at most %3.</source>
        <translation>Lauf %1: %2 Zellen zu fragen, höchstens %3.</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>ein unbekannter Betrag</translation>
    </message>
    <message>
        <source>Run %1 goes on: %2 cells to ask.</source>
        <translation>Lauf %1 geht weiter: %2 Zellen zu fragen.</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3</source>
        <translation>Lauf %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Run %1: %2 passed, %3 failed, %4 errors, %5 refused, %6 skipped, %7 pending · %8</source>
        <translation>Lauf %1: %2 bestanden, %3 durchgefallen, %4 Fehler, %5 abgelehnt, %6 übersprungen, %7 offen · %8</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no run to export yet.</source>
        <translation>Es gibt noch keinen Lauf zum Exportieren.</translation>
    </message>
    <message>
        <source>Import Cases</source>
        <translation>Fälle importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>system “%1”</source>
        <translation>System „%1“</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Richter</translation>
    </message>
    <message>
        <source>Select a cell to read its answers and checks here.</source>
        <translation>Eine Zelle wählen, um hier ihre Antworten und Prüfungen zu lesen.</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · %4</source>
        <translation>#%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>S&amp;etup</source>
        <translation>&amp;Einrichten</translation>
    </message>
    <message>
        <source>Promp&amp;t:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>Repe&amp;ats:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>&amp;Cost limit:</source>
        <translation>&amp;Kostengrenze:</translation>
    </message>
    <message>
        <source>Ru&amp;n:</source>
        <translation>La&amp;uf:</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>Bericht e&amp;xportieren …</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 passed, %4 before)</source>
        <translation>%1 (%2 von %3 bestanden, vorher %4)</translation>
    </message>
    <message>
        <source>Since run %1: </source>
        <translation>Seit Lauf %1: </translation>
    </message>
    <message>
        <source>no cell passed more or less often.</source>
        <translation>keine Zelle bestand öfter oder seltener.</translation>
    </message>
    <message>
        <source>worse: %1</source>
        <translation>schlechter: %1</translation>
    </message>
    <message>
        <source>better: %1</source>
        <translation>besser: %1</translation>
    </message>
    <message>
        <source>The experiments run before, from this window or the command line</source>
        <translation>Die bisher ausgeführten Experimente, aus diesem Fenster oder der Befehlszeile</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>the run before</source>
        <translation>dem vorigen Lauf</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Since run %1</source>
        <translation>Seit Lauf %1</translation>
    </message>
    <message>
        <source>not in that run</source>
        <translation>nicht in jenem Lauf</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>A persona of the prompt library (NAME, or NAME@N for version N): its text is the column&apos;s system prompt</source>
        <translation>Eine Persona der Prompt-Bibliothek (NAME oder NAME@N für Version N): ihr Text ist der Systemprompt der Spalte</translation>
    </message>
</context>
<context>
    <name>Quorum::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Markdown — to read and share</source>
        <translation>Markdown — zum Lesen und Weitergeben</translation>
    </message>
    <message>
        <source>JSON — everything, to import again</source>
        <translation>JSON — alles, zum erneuten Importieren</translation>
    </message>
    <message>
        <source>CSV — the cost of every answer</source>
        <translation>CSV — die Kosten jeder Antwort</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>Dieses Gespräch</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Alle Gespräche</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Die zu schreibende Datei wählen</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Conversations:</source>
        <translation>Gespräche:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Es gibt noch nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>HTML — one page, answers side by side</source>
        <translation>HTML — eine Seite, Antworten nebeneinander</translation>
    </message>
    <message>
        <source>PDF — the same layout, to print</source>
        <translation>PDF — dasselbe Layout, zum Drucken</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected conversation(s)</source>
        <translation>
            <numerusform>Das ausgewählte Gespräch</numerusform>
            <numerusform>Die %n ausgewählten Gespräche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::ExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 ist nicht schreibbar: %2</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Es wurde nichts geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>%n Gespräch nach %1 exportiert.</numerusform>
            <numerusform>%n Gespräche nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::FirstRunPanel</name>
    <message>
        <source>Set up a model provider</source>
        <translation>Einen Modellanbieter einrichten</translation>
    </message>
    <message>
        <source>Quorum sends each prompt to several models at once. Start with a model on this computer, or add the API key of a cloud provider. Keys are kept in the system keychain.</source>
        <translation>Quorum schickt jede Frage an mehrere Modelle zugleich. Beginnen Sie mit einem Modell auf diesem Computer oder fügen Sie den API-Schlüssel eines Cloud-Anbieters hinzu. Schlüssel werden im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Start with &amp;Ollama</source>
        <translation>Mit &amp;Ollama beginnen</translation>
    </message>
    <message>
        <source>Or add a cloud provider:</source>
        <translation>Oder einen Cloud-Anbieter hinzufügen:</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>More Providers…</source>
        <translation>Weitere Anbieter…</translation>
    </message>
    <message>
        <source>Looking for Ollama on this computer…</source>
        <translation>Ollama wird auf diesem Computer gesucht…</translation>
    </message>
    <message>
        <source>Ollama is running on this computer but has no models yet. Pull one (for example: ollama pull llama3.2), then look again.</source>
        <translation>Ollama läuft auf diesem Computer, hat aber noch keine Modelle. Laden Sie eines (zum Beispiel: ollama pull llama3.2) und sehen Sie dann erneut nach.</translation>
    </message>
    <message numerus="yes">
        <source>Ollama is running on this computer with %n model(s): %1.</source>
        <translation>
            <numerusform>Ollama läuft auf diesem Computer mit %n Modell: %1.</numerusform>
            <numerusform>Ollama läuft auf diesem Computer mit %n Modellen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Ollama is running on this computer (%1). Install it from ollama.com to use local models.</source>
        <translation>Auf diesem Computer läuft kein Ollama (%1). Installieren Sie es von ollama.com, um lokale Modelle zu verwenden.</translation>
    </message>
</context>
<context>
    <name>Quorum::ForeignImport</name>
    <message>
        <source>not valid JSON at line %1, column %2 (byte %3): %4</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2 (Byte %3): %4</translation>
    </message>
    <message>
        <source>expected a list of conversations</source>
        <translation>eine Liste von Gesprächen erwartet</translation>
    </message>
    <message>
        <source>conversation %1</source>
        <translation>Gespräch %1</translation>
    </message>
    <message>
        <source>conversation %1 (“%2”)</source>
        <translation>Gespräch %1 („%2“)</translation>
    </message>
    <message>
        <source>this is a zip archive (a data export as downloaded): unpack it and import the conversations.json inside</source>
        <translation>dies ist ein Zip-Archiv (ein Datenexport, wie er heruntergeladen wurde): entpacken Sie es und importieren Sie die conversations.json darin</translation>
    </message>
    <message>
        <source>the file holds no conversations</source>
        <translation>die Datei enthält keine Gespräche</translation>
    </message>
    <message>
        <source>not a Quorum, ChatGPT or Claude export</source>
        <translation>kein Quorum-, ChatGPT- oder Claude-Export</translation>
    </message>
    <message>
        <source>conversation %1 is not an object</source>
        <translation>Gespräch %1 ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: “create_time” is missing</source>
        <translation>%1: „create_time“ fehlt</translation>
    </message>
    <message>
        <source>%1: “mapping” is missing or not an object</source>
        <translation>%1: „mapping“ fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: message %2 is not an object</source>
        <translation>%1: Nachricht %2 ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: message %2 has no “content”</source>
        <translation>%1: Nachricht %2 hat keinen „content“</translation>
    </message>
    <message>
        <source>%1: “created_at” is missing or not a date</source>
        <translation>%1: „created_at“ fehlt oder ist kein Datum</translation>
    </message>
    <message>
        <source>%1: “chat_messages” is missing or not a list</source>
        <translation>%1: „chat_messages“ fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>%1, message %2: “uuid” is missing or repeated</source>
        <translation>%1, Nachricht %2: „uuid“ fehlt oder kommt doppelt vor</translation>
    </message>
    <message>
        <source>%1, message %2: the sender is “%3”, not human or assistant</source>
        <translation>%1, Nachricht %2: der Absender ist „%3“, nicht human oder assistant</translation>
    </message>
</context>
<context>
    <name>Quorum::GenerationParameters</name>
    <message>
        <source>&quot;system&quot; must be text</source>
        <translation>„system“ muss Text sein</translation>
    </message>
    <message>
        <source>&quot;temperature&quot; must be a number</source>
        <translation>„temperature“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>&quot;top_p&quot; must be a number</source>
        <translation>„top_p“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>&quot;max_tokens&quot; must be a whole number above 0</source>
        <translation>„max_tokens“ muss eine ganze Zahl über 0 sein</translation>
    </message>
    <message>
        <source>&quot;reasoning_effort&quot; must be none, minimal, low, medium or high</source>
        <translation>„reasoning_effort“ muss none, minimal, low, medium oder high sein</translation>
    </message>
    <message>
        <source>&quot;reasoning_budget&quot; must be a whole number of tokens</source>
        <translation>„reasoning_budget“ muss eine ganze Zahl von Tokens sein</translation>
    </message>
    <message>
        <source>&quot;output_schema&quot; must be a JSON Schema object</source>
        <translation>„output_schema“ muss ein JSON-Schema-Objekt sein</translation>
    </message>
    <message>
        <source>The temperature must be from 0 to 2.</source>
        <translation>Die Temperatur muss zwischen 0 und 2 liegen.</translation>
    </message>
    <message>
        <source>top_p must be above 0 and at most 1.</source>
        <translation>top_p muss über 0 und höchstens 1 sein.</translation>
    </message>
    <message>
        <source>The maximum of output tokens must be at least 1.</source>
        <translation>Die Höchstzahl der Ausgabe-Tokens muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The reasoning budget cannot be negative.</source>
        <translation>Das Denkbudget kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Set a reasoning effort or a reasoning budget, not both.</source>
        <translation>Setzen Sie einen Denkaufwand oder ein Denkbudget, nicht beides.</translation>
    </message>
    <message>
        <source>The output schema is not a JSON Schema: it needs a &quot;type&quot; (or anyOf, oneOf, allOf, enum, $ref).</source>
        <translation>Das Ausgabeschema ist kein JSON-Schema: Es braucht einen „type“ (oder anyOf, oneOf, allOf, enum, $ref).</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>≤%1 tok</source>
        <translation>≤%1 Tok.</translation>
    </message>
    <message>
        <source>effort %1</source>
        <translation>Aufwand %1</translation>
    </message>
    <message>
        <source>think %1 tok</source>
        <translation>Denken %1 Tok.</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON-Schema</translation>
    </message>
</context>
<context>
    <name>Quorum::HistoryCommand</name>
    <message>
        <source>[--json] [--limit N]</source>
        <translation>[--json] [--limit N]</translation>
    </message>
    <message>
        <source>Lists the stored conversations, newest first.</source>
        <translation>Listet die gespeicherten Unterhaltungen auf, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation>Höchstens so viele (Vorgabe 50).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>[--json] ID</source>
        <translation>[--json] ID</translation>
    </message>
    <message>
        <source>Prints one stored conversation with every answer.</source>
        <translation>Gibt eine gespeicherte Unterhaltung mit allen Antworten aus.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>The conversation (see quorum history).</source>
        <translation>Die Unterhaltung (siehe quorum history).</translation>
    </message>
    <message>
        <source>expected one conversation ID (a number)</source>
        <translation>genau eine Unterhaltungs-ID (eine Zahl) erwartet</translation>
    </message>
    <message>
        <source>no conversation %1</source>
        <translation>kein Gespräch %1</translation>
    </message>
    <message>
        <source>[--json] [--limit N] QUERY</source>
        <translation>[--json] [--limit N] SUCHE</translation>
    </message>
    <message>
        <source>Searches every prompt and answer for QUERY, as typed (code and any script work).</source>
        <translation>Durchsucht alle Eingaben und Antworten nach SUCHE, wie geschrieben (Code und jede Schrift funktionieren).</translation>
    </message>
    <message>
        <source>At most this many (default 20).</source>
        <translation>Höchstens so viele (Vorgabe 20).</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>Wonach gesucht wird.</translation>
    </message>
    <message>
        <source>expected a QUERY</source>
        <translation>SUCHE erwartet</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Makes a consistent copy of the database now (the last 7 are kept).</source>
        <translation>Erstellt jetzt eine konsistente Kopie der Datenbank (die letzten 7 werden behalten).</translation>
    </message>
    <message>
        <source>takes no arguments</source>
        <translation>nimmt keine Argumente</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Replaces the conversations with those in a backup (what is there now is backed up first).</source>
        <translation>Ersetzt die Unterhaltungen durch die einer Sicherung (der jetzige Stand wird vorher gesichert).</translation>
    </message>
    <message>
        <source>A backup made by quorum backup.</source>
        <translation>Eine mit quorum backup erstellte Sicherung.</translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation>eine DATEI erwartet</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The newest backup is %1. To use it: quorum restore %1 (the damaged file is kept, renamed).</source>
        <translation>Die neueste Sicherung ist %1. Um sie zu verwenden: quorum restore %1 (die beschädigte Datei wird umbenannt aufbewahrt).</translation>
    </message>
    <message>
        <source>To start with an empty database instead, move %1 away; Quorum then creates a new one.</source>
        <translation>Um stattdessen mit einer leeren Datenbank zu beginnen, verschieben Sie %1; Quorum legt dann eine neue an.</translation>
    </message>
    <message>
        <source>Restored %1. The damaged file is kept as %2.</source>
        <translation>%1 wiederhergestellt. Die beschädigte Datei wird als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>Synthesis (%1) by %2/%3</source>
        <translation>Synthese (%1) von %2/%3</translation>
    </message>
    <message>
        <source>synthesis by %1</source>
        <translation>Synthese von %1</translation>
    </message>
</context>
<context>
    <name>Quorum::ImportJob</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>%n Gespräch importiert.</numerusform>
            <numerusform>%n Gespräche importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n already there: %1.</source>
        <translation>
            <numerusform>%n schon vorhandenes übersprungen: %1.</numerusform>
            <numerusform>%n schon vorhandene übersprungen: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::InspectorDialog</name>
    <message>
        <source>Inspect: %1</source>
        <translation>Ansehen: %1</translation>
    </message>
    <message>
        <source>Request (keys hidden)</source>
        <translation>Anfrage (Schlüssel verborgen)</translation>
    </message>
    <message>
        <source>Raw Response</source>
        <translation>Rohantwort</translation>
    </message>
</context>
<context>
    <name>Quorum::JudgeCommand</name>
    <message>
        <source>Stopping (Ctrl+C again to quit at once)…</source>
        <translation>Wird angehalten (nochmals Strg+C beendet sofort) …</translation>
    </message>
    <message>
        <source>[options] --judge ID/MODEL [--mode MODE] CONVERSATION</source>
        <translation>[Optionen] --judge ID/MODELL [--mode MODUS] GESPRÄCH</translation>
    </message>
    <message>
        <source>The judge: a provider account and model.</source>
        <translation>Der Richter: ein Anbieterkonto und Modell.</translation>
    </message>
    <message>
        <source>id/model</source>
        <translation>id/modell</translation>
    </message>
    <message>
        <source>fuse, checklist, table or rank (default fuse), or the name of a custom mode.</source>
        <translation>fuse, checklist, table oder rank (Vorgabe fuse) oder der Name eines eigenen Modus.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>The turn to judge, by its ID (quorum show --json); default: the last one.</source>
        <translation>Die zu beurteilende Runde, nach ihrer ID (quorum show --json); Vorgabe: die letzte.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>table: a criterion to score (repeatable; default correctness, completeness, clarity).</source>
        <translation>table: ein zu bewertendes Kriterium (wiederholbar; Vorgabe correctness, completeness, clarity).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Print one JSON object, {&quot;synthesis&quot;: ...}, when it ends.</source>
        <translation>Am Ende ein JSON-Objekt ausgeben, {&quot;synthesis&quot;: ...}.</translation>
    </message>
    <message>
        <source>The conversation (see quorum history).</source>
        <translation>Die Unterhaltung (siehe quorum history).</translation>
    </message>
    <message>
        <source>expected one conversation ID (a number)</source>
        <translation>genau eine Unterhaltungs-ID (eine Zahl) erwartet</translation>
    </message>
    <message>
        <source>--mode is fuse, checklist, table, rank or a custom mode&apos;s name</source>
        <translation>--mode ist fuse, checklist, table, rank oder der Name eines eigenen Modus</translation>
    </message>
    <message>
        <source>a judge is ID/MODEL, not &apos;%1&apos;</source>
        <translation>ein Richter ist ID/MODELL, nicht „%1“</translation>
    </message>
    <message>
        <source>--judge ID/MODEL is needed (only --mode rank goes without)</source>
        <translation>--judge ID/MODELL wird gebraucht (nur --mode rank geht ohne)</translation>
    </message>
    <message>
        <source>--turn needs a turn ID (a number)</source>
        <translation>--turn braucht die ID einer Runde (eine Zahl)</translation>
    </message>
    <message>
        <source>no conversation %1</source>
        <translation>kein Gespräch %1</translation>
    </message>
    <message>
        <source>The synthesis was not saved.</source>
        <translation>Die Synthese wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>the conversation has no turn to judge</source>
        <translation>die Unterhaltung hat keinen Zug zum Bewerten</translation>
    </message>
    <message>
        <source>no turn %1 in this conversation&apos;s current branch</source>
        <translation>kein Zug %1 im aktuellen Zweig dieser Unterhaltung</translation>
    </message>
    <message>
        <source>the turn has no checklist yet: run quorum judge --mode checklist first</source>
        <translation>der Zug hat noch keine Checkliste: zuerst quorum judge --mode checklist ausführen</translation>
    </message>
    <message numerus="yes">
        <source>the checklist has %n point(s); there is no point %1</source>
        <translation>
            <numerusform>die Checkliste hat %n Punkt; es gibt keinen Punkt %1</numerusform>
            <numerusform>die Checkliste hat %n Punkte; es gibt keinen Punkt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Asks a judge model about the answers of a stored turn: fuse them into one (fuse), list their points (checklist), score them (table), or let the answering models rank each other (rank). Every mode maps where the answers agree and contradict each other. Your own modes: quorum judge modes.</source>
        <translation>Fragt ein Richtermodell zu den Antworten eines gespeicherten Zugs: zu einer verschmelzen (fuse), ihre Punkte auflisten (checklist), bewerten (table) oder die antwortenden Modelle einander ranken lassen (rank). Jeder Modus kartiert, wo die Antworten übereinstimmen und sich widersprechen. Eigene Modi: quorum judge modes.</translation>
    </message>
    <message>
        <source>fuse: only these points of the turn&apos;s newest checklist, by number (e.g. 1,3,4).</source>
        <translation>fuse: nur diese Punkte der neuesten Checkliste des Zugs, nach Nummer (z. B. 1,3,4).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>--points goes with --mode fuse</source>
        <translation>--points gehört zu --mode fuse</translation>
    </message>
    <message>
        <source>--points is a list of point numbers, e.g. 1,3,4</source>
        <translation>--points ist eine Liste von Punktnummern, z. B. 1,3,4</translation>
    </message>
</context>
<context>
    <name>Quorum::JudgeModesCommand</name>
    <message>
        <source>Usage: quorum judge modes [list|show|add|remove] ...

  list [--json]                 the built-in modes and your own
  show NAME                     a mode&apos;s instructions, as the judge gets them
  add NAME --base MODE --file F your own mode (F: a file, or - for stdin);
                                adding it again makes a new version
  remove NAME                   remove your mode (its syntheses stay)
</source>
        <translation>Aufruf: quorum judge modes [list|show|add|remove] ...

  list [--json]                 die eingebauten Modi und Ihre eigenen
  show NAME                     die Anweisungen eines Modus, wie gesendet
  add NAME --base MODE --file F Ihr eigener Modus (F: Datei, oder - für stdin);
                                erneutes Hinzufügen ergibt eine neue Version
  remove NAME                   Ihren Modus entfernen (Synthesen bleiben)
</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>Lists the judge modes: built-in and your own.</source>
        <translation>Listet die Richtermodi auf: eingebaute und Ihre eigenen.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>%1  built-in, version %2</source>
        <translation>%1  eingebaut, Version %2</translation>
    </message>
    <message>
        <source>%1  based on %2, version %3</source>
        <translation>%1  basiert auf %2, Version %3</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Prints a judge mode&apos;s instructions, as the judge is sent them.</source>
        <translation>Gibt die Anweisungen eines Richtermodus aus, wie sie an den Richter gehen.</translation>
    </message>
    <message>
        <source>fuse, checklist, table, rank or your mode&apos;s name.</source>
        <translation>fuse, checklist, table, rank oder der Name Ihres Modus.</translation>
    </message>
    <message>
        <source>expected one mode name</source>
        <translation>ein Modusname erwartet</translation>
    </message>
    <message>
        <source># %1: built-in, version %2</source>
        <translation># %1: eingebaut, Version %2</translation>
    </message>
    <message>
        <source>there is no judge mode named &apos;%1&apos; (see quorum judge modes)</source>
        <translation>es gibt keinen Richtermodus namens &apos;%1&apos; (siehe quorum judge modes)</translation>
    </message>
    <message>
        <source># %1: based on %2, version %3</source>
        <translation># %1: basiert auf %2, Version %3</translation>
    </message>
    <message>
        <source># Quorum adds what the reply must look like (docs/judge.md) and the answers, labelled A, B, C.</source>
        <translation># Quorum fügt hinzu, wie die Antwort aussehen muss (docs/judge.md), und die Antworten, als A, B, C.</translation>
    </message>
    <message>
        <source>NAME --base MODE (--file FILE | --instructions TEXT)</source>
        <translation>NAME --base MODUS (--file DATEI | --instructions TEXT)</translation>
    </message>
    <message>
        <source>Adds your own judge mode: a built-in mode&apos;s reply (--base) with your instructions. Adding a name again replaces its instructions and raises its version.</source>
        <translation>Fügt Ihren eigenen Richtermodus hinzu: die Antwortform eines eingebauten Modus (--base) mit Ihren Anweisungen. Erneutes Hinzufügen eines Namens ersetzt seine Anweisungen und erhöht seine Version.</translation>
    </message>
    <message>
        <source>What the judge returns: fuse, checklist, table or rank.</source>
        <translation>Was der Richter liefert: fuse, checklist, table oder rank.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>The instructions, from a file (- for stdin).</source>
        <translation>Die Anweisungen aus einer Datei (- für stdin).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The instructions, as an argument.</source>
        <translation>Die Anweisungen als Argument.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The mode&apos;s name.</source>
        <translation>Der Name des Modus.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in mode&apos;s name: choose another</source>
        <translation>&apos;%1&apos; ist der Name eines eingebauten Modus: wählen Sie einen anderen</translation>
    </message>
    <message>
        <source>--base is fuse, checklist, table or rank</source>
        <translation>--base ist fuse, checklist, table oder rank</translation>
    </message>
    <message>
        <source>give the instructions with --file or --instructions</source>
        <translation>geben Sie die Anweisungen mit --file oder --instructions an</translation>
    </message>
    <message>
        <source>could not read standard input</source>
        <translation>die Standardeingabe ist nicht lesbar</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the instructions are empty</source>
        <translation>die Anweisungen sind leer</translation>
    </message>
    <message>
        <source>Judge mode &apos;%1&apos; (based on %2) is at version %3.</source>
        <translation>Richtermodus &apos;%1&apos; (basiert auf %2) ist bei Version %3.</translation>
    </message>
    <message>
        <source>Removes your judge mode; syntheses made with it stay stored.</source>
        <translation>Entfernt Ihren Richtermodus; damit erstellte Synthesen bleiben gespeichert.</translation>
    </message>
    <message>
        <source>there is no judge mode of yours named &apos;%1&apos;</source>
        <translation>Sie haben keinen Richtermodus namens &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Quorum::JudgeModesDialog</name>
    <message>
        <source>Judge Modes</source>
        <translation>Richtermodi</translation>
    </message>
    <message>
        <source>Judge modes</source>
        <translation>Richtermodi</translation>
    </message>
    <message>
        <source>Mode name</source>
        <translation>Modusname</translation>
    </message>
    <message>
        <source>e.g. security-review</source>
        <translation>z. B. sicherheitspruefung</translation>
    </message>
    <message>
        <source>What the judge returns</source>
        <translation>Was der Richter liefert</translation>
    </message>
    <message>
        <source>One fused answer (fuse)</source>
        <translation>Eine verschmolzene Antwort (fuse)</translation>
    </message>
    <message>
        <source>A checklist of points (checklist)</source>
        <translation>Eine Checkliste der Punkte (checklist)</translation>
    </message>
    <message>
        <source>Scores per criterion (table)</source>
        <translation>Bewertungen je Kriterium (table)</translation>
    </message>
    <message>
        <source>A ranking by each answering model (rank)</source>
        <translation>Ein Ranking durch jedes antwortende Modell (rank)</translation>
    </message>
    <message>
        <source>Instructions to the judge</source>
        <translation>Anweisungen an den Richter</translation>
    </message>
    <message>
        <source>Quorum adds what the reply must look like (the map of claims as JSON) to every mode, and sends the answers labelled A, B, C: never the models&apos; names.</source>
        <translation>Quorum fügt jedem Modus hinzu, wie die Antwort aussehen muss (die Karte der Aussagen als JSON), und sendet die Antworten als A, B, C: nie die Namen der Modelle.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Returns:</source>
        <translation>&amp;Liefert:</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Anweisungen:</translation>
    </message>
    <message>
        <source>&amp;New Mode from This One</source>
        <translation>&amp;Neuer Modus aus diesem</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (eingebaut)</translation>
    </message>
    <message>
        <source>Built-in, version %1: read-only. Make a mode of your own from it.</source>
        <translation>Eingebaut, Version %1: schreibgeschützt. Machen Sie daraus einen eigenen Modus.</translation>
    </message>
    <message>
        <source>The mode &apos;%1&apos; is gone.</source>
        <translation>Der Modus &apos;%1&apos; ist nicht mehr da.</translation>
    </message>
    <message>
        <source>Version %1: saving changed instructions makes version %2.</source>
        <translation>Version %1: geänderte Anweisungen speichern ergibt Version %2.</translation>
    </message>
    <message>
        <source>A new mode: version 1 once saved.</source>
        <translation>Ein neuer Modus: Version 1, sobald gespeichert.</translation>
    </message>
    <message>
        <source>Give the mode a name.</source>
        <translation>Geben Sie dem Modus einen Namen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in mode&apos;s name: choose another.</source>
        <translation>&apos;%1&apos; ist der Name eines eingebauten Modus: wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Write what the judge should do.</source>
        <translation>Schreiben Sie, was der Richter tun soll.</translation>
    </message>
    <message>
        <source>Remove Judge Mode</source>
        <translation>Richtermodus entfernen</translation>
    </message>
    <message>
        <source>Remove the mode &apos;%1&apos;? Syntheses made with it stay stored.</source>
        <translation>Den Modus &apos;%1&apos; entfernen? Damit erstellte Synthesen bleiben gespeichert.</translation>
    </message>
</context>
<context>
    <name>Quorum::JudgePrinter</name>
    <message>
        <source>[%1/%2] ranks the other answers</source>
        <translation>[%1/%2] ordnet die anderen Antworten</translation>
    </message>
    <message>
        <source>Judge %1/%2 (%3):</source>
        <translation>Richter %1/%2 (%3):</translation>
    </message>
    <message>
        <source>Note: the answers were cut by %1 characters to fit the judge&apos;s input.</source>
        <translation>Hinweis: Die Antworten wurden um %1 Zeichen gekürzt, damit sie in die Eingabe des Richters passen.</translation>
    </message>
    <message>
        <source>Where the answers agree and disagree:</source>
        <translation>Wo die Antworten übereinstimmen und wo nicht:</translation>
    </message>
    <message>
        <source>Scores (0 to 10):</source>
        <translation>Bewertungen (0 bis 10):</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>Peer ranking (Borda count over %n ballots):</source>
        <translation>
            <numerusform>Gegenseitige Rangfolge (Borda-Zählung über %n Stimmzettel):</numerusform>
            <numerusform>Gegenseitige Rangfolge (Borda-Zählung über %n Stimmzettel):</numerusform>
        </translation>
    </message>
    <message>
        <source>  (first in %1 of %2)</source>
        <translation>  (Erste in %1 von %2)</translation>
    </message>
    <message>
        <source> · %1 in / %2 out tokens</source>
        <translation> · %1 Tokens hinein / %2 heraus</translation>
    </message>
    <message>
        <source> · cost unknown</source>
        <translation> · Kosten unbekannt</translation>
    </message>
</context>
<context>
    <name>Quorum::JudgeStore</name>
    <message>
        <source>A judge mode needs a name and instructions.</source>
        <translation>Ein Richter-Modus braucht einen Namen und Anweisungen.</translation>
    </message>
    <message>
        <source>There is no judge mode named &apos;%1&apos;.</source>
        <translation>Es gibt keinen Richter-Modus namens „%1“.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Es gibt kein Gespräch %1.</translation>
    </message>
</context>
<context>
    <name>Quorum::KeyResolver</name>
    <message>
        <source>No keychain is available.</source>
        <translation>Es ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>No API key for %1: %2 Set the environment variable %3 instead.</source>
        <translation>Kein API-Schlüssel für %1: %2 Setzen Sie stattdessen die Umgebungsvariable %3.</translation>
    </message>
    <message>
        <source>No API key for %1: store one with quorum providers set-key %1.</source>
        <translation>Kein API-Schlüssel für %1: speichern Sie einen mit quorum providers set-key %1.</translation>
    </message>
    <message>
        <source>No API key for %1: store one with quorum providers set-key %1, or set %2.</source>
        <translation>Kein API-Schlüssel für %1: speichern Sie einen mit quorum providers set-key %1 oder setzen Sie %2.</translation>
    </message>
</context>
<context>
    <name>Quorum::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>Quorum::Leaderboard</name>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>long</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>general</source>
        <translation>allgemein</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>(chosen by hand)</source>
        <translation>(von Hand gewählt)</translation>
    </message>
    <message>
        <source> at %1 % of %2’s cost</source>
        <translation> zu %1 % der Kosten von %2</translation>
    </message>
    <message>
        <source> at %1× %2’s cost</source>
        <translation> zum %1-Fachen der Kosten von %2</translation>
    </message>
    <message>
        <source> against %1</source>
        <translation> gegen %1</translation>
    </message>
    <message>
        <source>In your %1 prompts, %2 won %3 of %4 votes%5: route %1 prompts to %2?</source>
        <translation>Bei Ihren Fragen der Art „%1“ gewann %2 %3 von %4 Abstimmungen%5: solche Fragen an %2 leiten?</translation>
    </message>
    <message>
        <source>%1 → %2 (from your votes)</source>
        <translation>%1 → %2 (aus Ihren Abstimmungen)</translation>
    </message>
</context>
<context>
    <name>Quorum::LeaderboardDialog</name>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Group the votes by</source>
        <translation>Abstimmungen gruppieren nach</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Kind of prompt</source>
        <translation>Art der Frage</translation>
    </message>
    <message>
        <source>Routing rule</source>
        <translation>Routing-Regel</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <source>Your votes per model</source>
        <translation>Ihre Abstimmungen je Modell</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Verglichen</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Siegquote</translation>
    </message>
    <message>
        <source>Cost per answer</source>
        <translation>Kosten je Antwort</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Erstes Token</translation>
    </message>
    <message>
        <source>Suggestions from your votes</source>
        <translation>Vorschläge aus Ihren Abstimmungen</translation>
    </message>
    <message>
        <source>No votes yet. Ask two or more models, then pick the best answer (☆): your picks build this table. Blind compare (View menu) hides the names until you pick.</source>
        <translation>Noch keine Abstimmungen. Fragen Sie zwei oder mehr Modelle und wählen Sie die beste Antwort (☆): Ihre Wahl füllt diese Tabelle. Blindvergleich (Menü Ansicht) verbirgt die Namen, bis Sie gewählt haben.</translation>
    </message>
    <message numerus="yes">
        <source>From %n vote(s): turns with two or more answers where you picked the best.</source>
        <translation>
            <numerusform>Aus %n Abstimmung: Runden mit zwei oder mehr Antworten, in denen Sie die beste gewählt haben.</numerusform>
            <numerusform>Aus %n Abstimmungen: Runden mit zwei oder mehr Antworten, in denen Sie die beste gewählt haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 Token/s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No suggestions yet: a model needs at least 5 votes of one kind of prompt (code, long, a language) and to win 60 % of them.</source>
        <translation>Noch keine Vorschläge: Ein Modell braucht mindestens 5 Abstimmungen zu einer Art von Frage (Code, lang, eine Sprache) und muss 60 % davon gewinnen.</translation>
    </message>
    <message>
        <source>Rules your votes argue for. Each is added at the top of your rules; edit or remove it in Settings → Routing.</source>
        <translation>Regeln, für die Ihre Abstimmungen sprechen. Jede wird oben in Ihre Regeln eingefügt; ändern oder entfernen Sie sie unter Einstellungen → Routing.</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Add the rule: %1</source>
        <translation>Die Regel hinzufügen: %1</translation>
    </message>
    <message>
        <source>Judge score</source>
        <translation>Richter-Bewertung</translation>
    </message>
    <message>
        <source>Peer rank</source>
        <translation>Gegenseitiger Rang</translation>
    </message>
    <message>
        <source>The judges&apos; mean score (0 to 10) over the scored tables; kept apart from your votes</source>
        <translation>Die mittlere Bewertung der Richter (0 bis 10) über die Bewertungstabellen; getrennt von Ihren Stimmen</translation>
    </message>
    <message>
        <source>Mean Borda points when the models ranked each other (1: always first, 0: always last)</source>
        <translation>Mittlere Borda-Punkte, wenn die Modelle einander ordneten (1: immer Erste, 0: immer Letzte)</translation>
    </message>
    <message numerus="yes">
        <source>Judges scored or ranked %n turn(s).</source>
        <translation>
            <numerusform>Richter haben %n Runde bewertet oder geordnet.</numerusform>
            <numerusform>Richter haben %n Runden bewertet oder geordnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n scored)</source>
        <translation>
            <numerusform>%1 (%n bewertet)</numerusform>
            <numerusform>%1 (%n bewertet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n ranked)</source>
        <translation>
            <numerusform>%1 (%n geordnet)</numerusform>
            <numerusform>%1 (%n geordnet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Experiment checks</source>
        <translation>Experiment-Prüfungen</translation>
    </message>
    <message>
        <source>Cells of your experiments whose checks all passed, of those checked; kept apart from your votes</source>
        <translation>Zellen Ihrer Experimente, deren Prüfungen alle bestanden, von den geprüften; getrennt von Ihren Stimmen</translation>
    </message>
    <message numerus="yes">
        <source>Experiments checked %n answer(s).</source>
        <translation>
            <numerusform>Experimente prüften %n Antwort.</numerusform>
            <numerusform>Experimente prüften %n Antworten.</numerusform>
        </translation>
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
        <translation>A&amp;usschneiden</translation>
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
    <message>
        <source>Storage problem</source>
        <translation>Speicherproblem</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Answers are not being saved: %1</source>
        <translation>Antworten werden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>That match is on another branch of the conversation.</source>
        <translation>Dieser Treffer liegt auf einem anderen Zweig der Unterhaltung.</translation>
    </message>
    <message>
        <source>Add a Model to This Turn</source>
        <translation>Dieser Runde ein Modell hinzufügen</translation>
    </message>
    <message>
        <source>Model (account/model); it gets the same history the others had:</source>
        <translation>Modell (Konto/Modell); es bekommt denselben Verlauf wie die anderen:</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the prompt: &lt;b&gt;Enter&lt;/b&gt; sends, &lt;b&gt;Shift+Enter&lt;/b&gt; starts a new line.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Im Prompt: &lt;b&gt;Eingabe&lt;/b&gt; sendet, &lt;b&gt;Umschalt+Eingabe&lt;/b&gt; beginnt eine neue Zeile.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Send Prompt</source>
        <translation>Prompt &amp;senden</translation>
    </message>
    <message>
        <source>S&amp;top All Answers</source>
        <translation>Alle Antworten an&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Search Conversations</source>
        <translation>Unterhaltungen &amp;durchsuchen</translation>
    </message>
    <message>
        <source>F&amp;ocus the Prompt</source>
        <translation>Zum &amp;Prompt</translation>
    </message>
    <message>
        <source>&amp;Next Answer</source>
        <translation>&amp;Nächste Antwort</translation>
    </message>
    <message>
        <source>&amp;Previous Answer</source>
        <translation>Vorige &amp;Antwort</translation>
    </message>
    <message>
        <source>Colour Sc&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Some routing rules cannot be used: %1</source>
        <translation>Einige Routing-Regeln sind nicht nutzbar: %1</translation>
    </message>
    <message>
        <source>&amp;Blind Compare</source>
        <translation>&amp;Blindvergleich</translation>
    </message>
    <message>
        <source>Hide which model wrote which answer until you pick the best</source>
        <translation>Verbergen, welches Modell welche Antwort schrieb, bis Sie die beste gewählt haben</translation>
    </message>
    <message>
        <source>&amp;Leaderboard…</source>
        <translation>&amp;Rangliste …</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Import Conversations</source>
        <translation>Gespräche importieren</translation>
    </message>
    <message>
        <source>Quorum exports (*.json);;All files (*)</source>
        <translation>Quorum-Exporte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) of %1 listed.</source>
        <translation>
            <numerusform>%n Modell von %1 aufgelistet.</numerusform>
            <numerusform>%n Modelle von %1 aufgelistet.</numerusform>
        </translation>
    </message>
    <message>
        <source>choose a judge first</source>
        <translation>zuerst einen Richter wählen</translation>
    </message>
    <message>
        <source>the answering models</source>
        <translation>die antwortenden Modelle</translation>
    </message>
    <message>
        <source>%1 · ~%2 tokens in, ~%3</source>
        <translation>%1 · ~%2 Token Eingabe, ~%3</translation>
    </message>
    <message>
        <source>%1 · ~%2 tokens in, price unknown</source>
        <translation>%1 · ~%2 Token Eingabe, Preis unbekannt</translation>
    </message>
    <message>
        <source>Choose the Judge</source>
        <translation>Richter wählen</translation>
    </message>
    <message>
        <source>The model that reads the answers (account/model). It sees them as A, B, C, never the models&apos; names; the rules that governed the answers hold for it too:</source>
        <translation>Das Modell, das die Antworten liest (Konto/Modell). Es sieht sie als A, B, C, nie die Namen der Modelle; die Regeln, die für die Antworten galten, gelten auch für es:</translation>
    </message>
    <message>
        <source>Choose the judge first (Synthesize → Choose the Judge…).</source>
        <translation>Wählen Sie zuerst den Richter (Zusammenführen → Richter wählen…).</translation>
    </message>
    <message>
        <source>No automatic synthesis: %1</source>
        <translation>Keine automatische Synthese: %1</translation>
    </message>
    <message>
        <source>&amp;Judge Modes…</source>
        <translation>Richter&amp;modi…</translation>
    </message>
    <message>
        <source>Judge modes are kept with the conversations, and the database is not open.</source>
        <translation>Richtermodi liegen bei den Unterhaltungen, und die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>E&amp;xperiments…</source>
        <translation>E&amp;xperimente …</translation>
    </message>
    <message>
        <source>Another model is being pulled.</source>
        <translation>Ein anderes Modell wird gerade geholt.</translation>
    </message>
    <message>
        <source>There is no provider account &apos;%1&apos;.</source>
        <translation>Es gibt kein Anbieterkonto „%1“.</translation>
    </message>
    <message>
        <source>%1% of %2 MB</source>
        <translation>%1 % von %2 MB</translation>
    </message>
    <message>
        <source>Pulling %1: %2</source>
        <translation>%1 wird geholt: %2</translation>
    </message>
    <message>
        <source>Pulled %1.</source>
        <translation>%1 geholt.</translation>
    </message>
    <message>
        <source>Delete a Model</source>
        <translation>Ein Modell löschen</translation>
    </message>
    <message>
        <source>Delete %1 from %2? Its files are removed from the machine; pulling it again downloads it again.</source>
        <translation>%1 aus %2 löschen? Seine Dateien werden vom Rechner entfernt; erneutes Holen lädt es wieder herunter.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Prompt L&amp;ibrary…</source>
        <translation>Prompt-B&amp;ibliothek …</translation>
    </message>
</context>
<context>
    <name>Quorum::MarkdownRenderer</name>
    <message>
        <source>Copy this code</source>
        <translation>Diesen Code kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Quorum does not draw Mermaid diagrams (it would need a web browser); the diagram&apos;s source is shown.</source>
        <translation>Quorum zeichnet keine Mermaid-Diagramme (dazu bräuchte es einen Webbrowser); gezeigt wird der Quelltext des Diagramms.</translation>
    </message>
    <message>
        <source>%1 · diagram shown as source</source>
        <translation>%1 · Diagramm als Quelltext</translation>
    </message>
</context>
<context>
    <name>Quorum::MathJax</name>
    <message>
        <source>MathJax is not installed (looked in %1)</source>
        <translation>MathJax ist nicht installiert (gesucht in %1)</translation>
    </message>
    <message>
        <source>MathJax did not load: %1</source>
        <translation>MathJax wurde nicht geladen: %1</translation>
    </message>
    <message>
        <source>the formula is longer than %L1 characters</source>
        <translation>die Formel ist länger als %L1 Zeichen</translation>
    </message>
    <message>
        <source>the formula took longer than %L1 ms to draw</source>
        <translation>das Zeichnen der Formel dauerte länger als %L1 ms</translation>
    </message>
    <message>
        <source>MathJax drew nothing</source>
        <translation>MathJax hat nichts gezeichnet</translation>
    </message>
</context>
<context>
    <name>Quorum::MathObject</name>
    <message>
        <source>This formula could not be drawn: %1</source>
        <translation>Diese Formel konnte nicht gezeichnet werden: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::McpClient</name>
    <message>
        <source>“%1” could not be started: %2</source>
        <translation>„%1“ konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the server crashed</source>
        <translation>der Server ist abgestürzt</translation>
    </message>
    <message>
        <source>the server exited (code %1)</source>
        <translation>der Server hat sich beendet (Code %1)</translation>
    </message>
    <message>
        <source>the server was stopped</source>
        <translation>der Server wurde angehalten</translation>
    </message>
    <message>
        <source>the server sent a message over %1 MB (a tool result too large?)</source>
        <translation>der Server hat eine Nachricht über %1 MB gesendet (ein zu großes Werkzeugergebnis?)</translation>
    </message>
    <message>
        <source>the server answered with a malformed message (%1)</source>
        <translation>der Server hat mit einer fehlerhaften Nachricht geantwortet (%1)</translation>
    </message>
    <message>
        <source>the server wrote something that is not an MCP message (%1)</source>
        <translation>der Server hat etwas geschrieben, das keine MCP-Nachricht ist (%1)</translation>
    </message>
    <message>
        <source>%1 (JSON-RPC error %2)</source>
        <translation>%1 (JSON-RPC-Fehler %2)</translation>
    </message>
    <message>
        <source>the server refused to start a session: %1</source>
        <translation>der Server hat den Beginn einer Sitzung abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server speaks MCP revision “%1”, which Quorum does not (it speaks %2)</source>
        <translation>der Server spricht die MCP-Revision „%1“, die Quorum nicht spricht (es spricht %2)</translation>
    </message>
    <message>
        <source>the server did not list its tools: %1</source>
        <translation>der Server hat seine Werkzeuge nicht aufgelistet: %1</translation>
    </message>
    <message>
        <source>the server refused the call: %1</source>
        <translation>der Server hat den Aufruf abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server answered the call with no result</source>
        <translation>der Server hat den Aufruf ohne Ergebnis beantwortet</translation>
    </message>
    <message>
        <source>the server is not running</source>
        <translation>der Server läuft nicht</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the server did not answer in %1 s</source>
        <translation>der Server hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>“%1” is not an http or https URL</source>
        <translation>„%1“ ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>the server could not be reached: %1</source>
        <translation>der Server war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>the server ended the session (HTTP 404)</source>
        <translation>der Server hat die Sitzung beendet (HTTP 404)</translation>
    </message>
    <message>
        <source>the server refused the credentials (HTTP %1): check the server&apos;s headers</source>
        <translation>der Server hat die Zugangsdaten abgelehnt (HTTP %1): prüfen Sie die Header des Servers</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>der Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>the server answered HTTP %1: %2</source>
        <translation>der Server antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <source>the server ended the stream without answering</source>
        <translation>der Server hat den Datenstrom ohne Antwort beendet</translation>
    </message>
    <message>
        <source>the server answered with no message</source>
        <translation>der Server antwortete ohne Nachricht</translation>
    </message>
</context>
<context>
    <name>Quorum::McpCommand</name>
    <message>
        <source>the values of %1&apos;s environment and headers stay out of files, and the keychain cannot keep them: %2</source>
        <translation>die Werte der Umgebung und Header von %1 kommen in keine Datei, und der Schlüsselbund kann sie nicht aufnehmen: %2</translation>
    </message>
    <message>
        <source>Usage: quorum mcp add|list|remove|tools|import ...

  add NAME [--env K=V] -- COMMAND [ARGS...]   a server run as a child process (stdio)
  add NAME --url URL [--header &quot;N: V&quot;]        a server over HTTP
  list [--json]                               the configured servers
  remove NAME                                 a server, and its secrets
  tools [--json] NAME                         start a server and list its tools
  import FILE                                 the &quot;mcpServers&quot; of another app&apos;s file
</source>
        <translation>Aufruf: quorum mcp add|list|remove|tools|import ...

  add NAME [--env K=V] -- BEFEHL [ARG...]     ein Server als Kindprozess (stdio)
  add NAME --url URL [--header &quot;N: W&quot;]        ein Server über HTTP
  list [--json]                               die eingerichteten Server
  remove NAME                                 einen Server und seine Geheimnisse
  tools [--json] NAME                         einen Server starten, seine Werkzeuge zeigen
  import DATEI                                die &quot;mcpServers&quot; der Datei einer anderen App
</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (add, list, remove, tools or import)</source>
        <translation>unbekannte Aktion „%1“ (add, list, remove, tools oder import)</translation>
    </message>
    <message>
        <source>NAME [--env NAME=VALUE ...] [--timeout S] -- COMMAND [ARGS...] | NAME --url URL [--header &quot;Name: value&quot; ...]</source>
        <translation>NAME [--env NAME=WERT ...] [--timeout S] -- BEFEHL [ARGUMENTE...] | NAME --url URL [--header &quot;Name: Wert&quot; ...]</translation>
    </message>
    <message>
        <source>Adds an MCP server, or replaces the one of that name. A stdio server is started as a child process with only the environment given here (and PATH, HOME and the like): never Quorum&apos;s API keys. Environment values and headers are kept in the system keychain, never in a file.</source>
        <translation>Fügt einen MCP-Server hinzu oder ersetzt den gleichnamigen. Ein stdio-Server wird als Kindprozess gestartet, nur mit der hier angegebenen Umgebung (und PATH, HOME und dergleichen): nie mit Quorums API-Schlüsseln. Umgebungswerte und Header werden im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>An environment variable of the server (repeatable).</source>
        <translation>Eine Umgebungsvariable des Servers (wiederholbar).</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>name=wert</translation>
    </message>
    <message>
        <source>The server&apos;s Streamable HTTP endpoint.</source>
        <translation>Der Streamable-HTTP-Endpunkt des Servers.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>An HTTP header, &quot;Name: value&quot; (repeatable).</source>
        <translation>Ein HTTP-Header, &quot;Name: Wert&quot; (wiederholbar).</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>Seconds a tool call may take (default 120).</source>
        <translation>Sekunden, die ein Werkzeugaufruf dauern darf (Vorgabe 120).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>The folder the server runs in.</source>
        <translation>Der Ordner, in dem der Server läuft.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>The server&apos;s name (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;).</source>
        <translation>Der Name des Servers (Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;).</translation>
    </message>
    <message>
        <source>expected a server NAME (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;; up to 64)</source>
        <translation>einen Server-NAMEN erwartet (Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;; bis zu 64)</translation>
    </message>
    <message>
        <source>a server is either --url URL or -- COMMAND, not both</source>
        <translation>ein Server ist entweder --url URL oder -- BEFEHL, nicht beides</translation>
    </message>
    <message>
        <source>--url needs an http or https URL</source>
        <translation>--url braucht eine http- oder https-URL</translation>
    </message>
    <message>
        <source>a header is &quot;Name: value&quot;, not &quot;%1&quot;</source>
        <translation>ein Header ist &quot;Name: Wert&quot;, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected the server&apos;s command after --, or --url URL</source>
        <translation>den Befehl des Servers nach -- erwartet, oder --url URL</translation>
    </message>
    <message>
        <source>--env is NAME=VALUE, not &quot;%1&quot;</source>
        <translation>--env ist NAME=WERT, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--timeout is 1 to 3600 seconds</source>
        <translation>--timeout ist 1 bis 3600 Sekunden</translation>
    </message>
    <message>
        <source>Added %1: %2</source>
        <translation>%1 hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Its tools: quorum mcp tools %1</source>
        <translation>Seine Werkzeuge: quorum mcp tools %1</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>Lists the configured MCP servers.</source>
        <translation>Listet die eingerichteten MCP-Server auf.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>No MCP servers. Add one with: quorum mcp add NAME -- COMMAND [ARGS...]</source>
        <translation>Keine MCP-Server. Einen hinzufügen mit: quorum mcp add NAME -- BEFEHL [ARGUMENTE...]</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(deaktiviert)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Removes an MCP server and its secrets.</source>
        <translation>Entfernt einen MCP-Server und seine Geheimnisse.</translation>
    </message>
    <message>
        <source>The server.</source>
        <translation>Der Server.</translation>
    </message>
    <message>
        <source>expected one NAME</source>
        <translation>einen NAMEN erwartet</translation>
    </message>
    <message>
        <source>no MCP server &apos;%1&apos; (see quorum mcp list)</source>
        <translation>kein MCP-Server „%1“ (siehe quorum mcp list)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>[--json] NAME</source>
        <translation>[--json] NAME</translation>
    </message>
    <message>
        <source>Starts an MCP server and lists the tools it offers.</source>
        <translation>Startet einen MCP-Server und listet die Werkzeuge auf, die er anbietet.</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>the values of %1&apos;s environment and headers are not in the keychain: %2</source>
        <translation>die Werte der Umgebung und Header von %1 sind nicht im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, MCP %3): %n tool(s)</source>
        <translation>
            <numerusform>%1 (%2, MCP %3): %n Werkzeug</numerusform>
            <numerusform>%1 (%2, MCP %3): %n Werkzeuge</numerusform>
        </translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Adds the MCP servers of another app&apos;s configuration file (the common &quot;mcpServers&quot; format of Claude Desktop, Cursor, Cherry Studio; VS Code&apos;s &quot;servers&quot;). Servers of the same name are replaced.</source>
        <translation>Fügt die MCP-Server aus der Konfigurationsdatei einer anderen App hinzu (das verbreitete Format &quot;mcpServers&quot; von Claude Desktop, Cursor, Cherry Studio; &quot;servers&quot; von VS Code). Gleichnamige Server werden ersetzt.</translation>
    </message>
    <message>
        <source>The configuration file.</source>
        <translation>Die Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation>eine DATEI erwartet</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>nothing imported from %1: %2</source>
        <translation>nichts aus %1 importiert: %2</translation>
    </message>
    <message>
        <source>nothing imported: %1</source>
        <translation>nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s): %1.</source>
        <translation>
            <numerusform>%n Server importiert: %1.</numerusform>
            <numerusform>%n Server importiert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>“web” is the built-in web search (quorum websearch); choose another name</source>
        <translation>„web“ ist die eingebaute Websuche (quorum websearch); wählen Sie einen anderen Namen</translation>
    </message>
</context>
<context>
    <name>Quorum::McpConfig</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); fix or remove it</source>
        <translation>%1 ist kein gültiges JSON (%2); korrigieren oder entfernen Sie die Datei</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>no “mcpServers” (or “servers”) object</source>
        <translation>kein Objekt „mcpServers“ (oder „servers“)</translation>
    </message>
    <message>
        <source>“%1” is not a server name Quorum takes (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</source>
        <translation>„%1“ ist kein Servername, den Quorum annimmt (Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</translation>
    </message>
    <message>
        <source>server “%1”: “%2” is not an http or https URL</source>
        <translation>Server „%1“: „%2“ ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>server “%1” has neither a “command” nor a “url”</source>
        <translation>Server „%1“ hat weder „command“ noch „url“</translation>
    </message>
    <message>
        <source>The values of %1&apos;s environment and headers are not in the keychain: %2</source>
        <translation>Die Werte der Umgebung und Header von %1 sind nicht im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>The %1 API key is not in the keychain%2: web search fails until it is set (quorum websearch set, or Settings → Tools).</source>
        <translation>Der API-Schlüssel für %1 ist nicht im Schlüsselbund%2: die Websuche schlägt fehl, bis er gesetzt ist (quorum websearch set oder Einstellungen → Werkzeuge).</translation>
    </message>
</context>
<context>
    <name>Quorum::MemorySecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation>dem Speicher (nur für diese Sitzung)</translation>
    </message>
    <message>
        <source>No key is stored for %1.</source>
        <translation>Für %1 ist kein Schlüssel gespeichert.</translation>
    </message>
</context>
<context>
    <name>Quorum::ModelPicker</name>
    <message>
        <source>Search models, or type account/model</source>
        <translation>Modelle suchen oder Konto/Modell eingeben</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Modelle suchen</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>No models listed yet. Type account/model (for example openai/gpt-4.1), or list an account&apos;s models in Settings → Providers.</source>
        <translation>Noch keine Modelle aufgelistet. Geben Sie Konto/Modell ein (zum Beispiel openai/gpt-4.1) oder lassen Sie die Modelle eines Kontos unter Einstellungen → Anbieter auflisten.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s). Check the ones that should answer.</source>
        <translation>
            <numerusform>%n Modell. Haken Sie an, welche antworten sollen.</numerusform>
            <numerusform>%n Modelle. Haken Sie an, welche antworten sollen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a model as account/model, for example openai/gpt-4.1.</source>
        <translation>Geben Sie ein Modell als Konto/Modell ein, zum Beispiel openai/gpt-4.1.</translation>
    </message>
    <message>
        <source>There is no provider account &apos;%1&apos;. Accounts: %2.</source>
        <translation>Es gibt kein Anbieterkonto „%1“. Konten: %2.</translation>
    </message>
    <message>
        <source>%1: listing its models…</source>
        <translation>%1: Modelle werden abgefragt …</translation>
    </message>
    <message>
        <source>%1: its models could not be listed. Try again</source>
        <translation>%1: Die Modelle konnten nicht abgefragt werden. Erneut versuchen</translation>
    </message>
    <message>
        <source>%1: its models were never listed. List them</source>
        <translation>%1: Die Modelle wurden noch nie abgefragt. Jetzt abfragen</translation>
    </message>
    <message>
        <source>Asks %1 for its models; or type %1/MODEL above</source>
        <translation>Fragt %1 nach seinen Modellen; oder oben %1/MODELL eingeben</translation>
    </message>
    <message>
        <source>There is no provider account &apos;%1&apos;, and no account is turned on.</source>
        <translation>Es gibt kein Anbieterkonto „%1“, und kein Konto ist eingeschaltet.</translation>
    </message>
    <message>
        <source>Press Enter to add %1.</source>
        <translation>Mit der Eingabetaste %1 hinzufügen.</translation>
    </message>
    <message>
        <source>Pulling %1… Click to cancel</source>
        <translation>%1 wird geholt … Klicken zum Abbrechen</translation>
    </message>
    <message>
        <source>Pulling %1: %2. Click to cancel</source>
        <translation>%1 wird geholt: %2. Klicken zum Abbrechen</translation>
    </message>
    <message>
        <source>Pulling %1; you can go on working meanwhile.</source>
        <translation>%1 wird geholt; Sie können derweil weiterarbeiten.</translation>
    </message>
    <message>
        <source>Pulled %1.</source>
        <translation>%1 geholt.</translation>
    </message>
    <message>
        <source>%1 was not pulled.</source>
        <translation>%1 wurde nicht geholt.</translation>
    </message>
    <message>
        <source>Pulled %1: it is on the list now.</source>
        <translation>%1 geholt: es steht jetzt in der Liste.</translation>
    </message>
    <message>
        <source>Pull %1 from the Ollama library</source>
        <translation>%1 aus der Ollama-Bibliothek holen</translation>
    </message>
    <message>
        <source>Downloads the model into %1; it can take a while</source>
        <translation>Lädt das Modell in %1; das kann dauern</translation>
    </message>
    <message>
        <source>&amp;Delete %1 from Ollama…</source>
        <translation>%1 aus Ollama &amp;löschen …</translation>
    </message>
</context>
<context>
    <name>Quorum::OllamaModelJob</name>
    <message>
        <source>%1 is not an Ollama account: only Ollama pulls models.</source>
        <translation>%1 ist kein Ollama-Konto: nur Ollama holt Modelle.</translation>
    </message>
    <message>
        <source>Ollama sent a progress line longer than %1 MB.</source>
        <translation>Ollama schickte eine Fortschrittszeile länger als %1 MB.</translation>
    </message>
    <message>
        <source>Ollama sent something that is not a progress line: %1</source>
        <translation>Ollama schickte etwas, das keine Fortschrittszeile ist: %1</translation>
    </message>
    <message>
        <source>Ollama could not pull %1: %2</source>
        <translation>Ollama konnte %1 nicht holen: %2</translation>
    </message>
    <message>
        <source>The pull of %1 was cancelled; pulling it again goes on from where it stopped.</source>
        <translation>Das Holen von %1 wurde abgebrochen; erneutes Holen macht dort weiter, wo es aufhörte.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Ollama could not delete %1: %2</source>
        <translation>Ollama konnte %1 nicht löschen: %2</translation>
    </message>
    <message>
        <source>The pull of %1 ended before Ollama said it succeeded.</source>
        <translation>Das Holen von %1 endete, bevor Ollama Erfolg meldete.</translation>
    </message>
</context>
<context>
    <name>Quorum::ParameterOptions</name>
    <message>
        <source>A system prompt.</source>
        <translation>Ein Systemprompt.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Sampling temperature.</source>
        <translation>Sampling-Temperatur.</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>Nucleus sampling: 0 to 1.</source>
        <translation>Nucleus-Sampling: 0 bis 1.</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>The most tokens each answer may have.</source>
        <translation>Höchstzahl der Tokens jeder Antwort.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Reasoning effort: none, minimal, low, medium or high (mapped per provider).</source>
        <translation>Denkaufwand: none, minimal, low, medium oder high (je Anbieter umgesetzt).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Thinking tokens, for providers that take a budget.</source>
        <translation>Denk-Tokens, für Anbieter, die ein Budget annehmen.</translation>
    </message>
    <message>
        <source>A JSON Schema file the answer must follow.</source>
        <translation>Eine JSON-Schema-Datei, der die Antwort folgen muss.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>--%1 needs a number</source>
        <translation>--%1 braucht eine Zahl</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON Schema object: %2</source>
        <translation>%1 ist kein JSON-Schema-Objekt: %2</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>es ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>Quorum::PriceList</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>&quot;checked_on&quot; must be a date (YYYY-MM-DD)</source>
        <translation>&quot;checked_on&quot; muss ein Datum sein (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>row %1: needs scope, model, input and output (USD per million, as text)</source>
        <translation>Zeile %1: braucht scope, model, input und output (USD pro Million, als Text)</translation>
    </message>
    <message>
        <source>expected one JSON object keyed by model name</source>
        <translation>erwartet wird ein JSON-Objekt mit Modellnamen als Schlüsseln</translation>
    </message>
</context>
<context>
    <name>Quorum::PricesCommand</name>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Usage: quorum prices list|import|set ...

  list [--json] [--scope ID]          the prices in force, USD per million tokens
  import FILE                         LiteLLM&apos;s model_prices_and_context_window.json,
                                      or a list in Quorum&apos;s own format
  set ID/MODEL --input X --output Y   your own price for a model of an account ID,
      [--cached-input Z]              or of every account of a kind such as openai;
      [--cache-write W]               an account&apos;s own price wins over its kind&apos;s
      [--reasoning R]
</source>
        <translation>Aufruf: quorum prices list|import|set ...

  list [--json] [--scope ID]          die geltenden Preise, USD pro Million Tokens
  import DATEI                        model_prices_and_context_window.json von LiteLLM
                                      oder eine Liste in Quorums eigenem Format
  set ID/MODELL --input X --output Y  Ihr eigener Preis für ein Modell eines Kontos ID
      [--cached-input Z]              oder aller Konten einer Art wie openai;
      [--cache-write W]               der Preis eines Kontos geht dem seiner Art vor
      [--reasoning R]
</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, import or set)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (list, import oder set)</translation>
    </message>
    <message>
        <source>[--json] [--scope ID]</source>
        <translation>[--json] [--scope ID]</translation>
    </message>
    <message>
        <source>Lists the prices in force, in USD per million tokens: for each scope (an account, or a provider kind) and model, the user&apos;s own, imported and built-in rows.</source>
        <translation>Listet die geltenden Preise in USD pro Million Tokens auf: für jeden Bereich (ein Konto oder eine Anbieterart) und jedes Modell die eigenen, importierten und eingebauten Zeilen.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>Only this account or kind.</source>
        <translation>Nur dieses Konto oder diese Art.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>USD per million tokens</source>
        <translation>USD pro Million Tokens</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Imports prices: LiteLLM&apos;s model_prices_and_context_window.json (USD per token; the chat models of the providers Quorum knows), or a list in Quorum&apos;s format. Imported prices are in force from now; costs already stored stay as they were.</source>
        <translation>Importiert Preise: model_prices_and_context_window.json von LiteLLM (USD pro Token; die Chat-Modelle der Anbieter, die Quorum kennt) oder eine Liste in Quorums Format. Importierte Preise gelten ab jetzt; bereits gespeicherte Kosten bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>The file to read.</source>
        <translation>Die zu lesende Datei.</translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation>eine DATEI erwartet</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n price(s)</source>
        <translation>
            <numerusform>%n Preis importiert</numerusform>
            <numerusform>%n Preise importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries skipped (not chat models of a provider Quorum knows, or not priced per token)</source>
        <translation>
            <numerusform>%n Eintrag übersprungen (kein Chat-Modell eines Anbieters, den Quorum kennt, oder nicht pro Token bepreist)</numerusform>
            <numerusform>%n Einträge übersprungen (keine Chat-Modelle eines Anbieters, den Quorum kennt, oder nicht pro Token bepreist)</numerusform>
        </translation>
    </message>
    <message>
        <source>ID/MODEL --input X --output Y [--cached-input Z] [--cache-write W] [--reasoning R]</source>
        <translation>ID/MODELL --input X --output Y [--cached-input Z] [--cache-write W] [--reasoning R]</translation>
    </message>
    <message>
        <source>Sets your own price for a model, in USD per million tokens, in force from now. ID is a provider account, or a provider kind (openai, anthropic, gemini, mistral, ...) for every account of it; an account&apos;s own price wins over its kind&apos;s.</source>
        <translation>Legt Ihren eigenen Preis für ein Modell fest, in USD pro Million Tokens, gültig ab jetzt. ID ist ein Anbieterkonto oder eine Anbieterart (openai, anthropic, gemini, mistral, ...) für alle Konten dieser Art; der Preis eines Kontos geht dem seiner Art vor.</translation>
    </message>
    <message>
        <source>Input tokens.</source>
        <translation>Eingabe-Tokens.</translation>
    </message>
    <message>
        <source>usd</source>
        <translation>usd</translation>
    </message>
    <message>
        <source>Output tokens (reasoning included).</source>
        <translation>Ausgabe-Tokens (Reasoning eingeschlossen).</translation>
    </message>
    <message>
        <source>Input read from the cache.</source>
        <translation>Aus dem Cache gelesene Eingabe.</translation>
    </message>
    <message>
        <source>Input written to the cache.</source>
        <translation>In den Cache geschriebene Eingabe.</translation>
    </message>
    <message>
        <source>Reasoning tokens, if billed unlike output.</source>
        <translation>Reasoning-Tokens, falls anders als die Ausgabe abgerechnet.</translation>
    </message>
    <message>
        <source>Account or kind, and model: openai/gpt-4.1.</source>
        <translation>Konto oder Art und Modell: openai/gpt-4.1.</translation>
    </message>
    <message>
        <source>expected one ID/MODEL</source>
        <translation>erwartet wird eine ID/MODELL</translation>
    </message>
    <message>
        <source>expected ID/MODEL, not &apos;%1&apos;</source>
        <translation>erwartet wird ID/MODELL, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a provider account nor a provider kind</source>
        <translation>&apos;%1&apos; ist weder ein Anbieterkonto noch eine Anbieterart</translation>
    </message>
    <message>
        <source>prices are amounts in USD per million tokens, such as 2.50</source>
        <translation>Preise sind Beträge in USD pro Million Tokens, etwa 2.50</translation>
    </message>
    <message>
        <source>--input and --output are required</source>
        <translation>--input und --output sind erforderlich</translation>
    </message>
    <message>
        <source>%1: input $%2, output $%3 per million tokens, from now on.</source>
        <translation>%1: Eingabe $%2, Ausgabe $%3 pro Million Tokens, ab jetzt.</translation>
    </message>
</context>
<context>
    <name>Quorum::PromptLibraryDialog</name>
    <message>
        <source>Prompt Library</source>
        <translation>Prompt-Bibliothek</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>Filter the library</source>
        <translation>Die Bibliothek filtern</translation>
    </message>
    <message>
        <source>Saved prompts and personas</source>
        <translation>Gespeicherte Prompts und Personas</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Prompt (the text sent)</source>
        <translation>Prompt (der gesendete Text)</translation>
    </message>
    <message>
        <source>Persona (a system prompt)</source>
        <translation>Persona (ein Systemprompt)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Text ({{name}} is a variable, filled in when used):</source>
        <translation>&amp;Text ({{name}} ist eine Variable, beim Verwenden ausgefüllt):</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>Ver&amp;wenden</translation>
    </message>
    <message>
        <source>The prompt library is kept in the database, and Quorum runs without one now.</source>
        <translation>Die Prompt-Bibliothek liegt in der Datenbank, und Quorum läuft gerade ohne eine.</translation>
    </message>
    <message>
        <source>v%1 (latest) · %2</source>
        <translation>v%1 (neueste) · %2</translation>
    </message>
    <message>
        <source>v%1 · %2</source>
        <translation>v%1 · %2</translation>
    </message>
    <message>
        <source>An earlier version: saving it makes it version %1.</source>
        <translation>Eine frühere Version: Speichern macht sie zu Version %1.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard the changes to &apos;%1&apos;?</source>
        <translation>Die Änderungen an „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>the new prompt</source>
        <translation>dem neuen Prompt</translation>
    </message>
    <message>
        <source>Saved &apos;%1&apos; as version 1.</source>
        <translation>„%1“ als Version 1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved; the text is that of version %1.</source>
        <translation>Gespeichert; der Text ist der von Version %1.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Als Version %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete from the Library</source>
        <translation>Aus der Bibliothek löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete &apos;%1&apos; and its %n version(s)? Answers that used it keep its name and version.</source>
        <translation>
            <numerusform>„%1“ und seine %n Version löschen? Antworten, die es verwendet haben, behalten Namen und Version.</numerusform>
            <numerusform>„%1“ und seine %n Versionen löschen? Antworten, die es verwendet haben, behalten Namen und Version.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted &apos;%1&apos;.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>No variables.</source>
        <translation>Keine Variablen.</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>Variablen: %1</translation>
    </message>
    <message>
        <source>&amp;Save as v%1</source>
        <translation>Als v%1 &amp;speichern</translation>
    </message>
</context>
<context>
    <name>Quorum::PromptListModel</name>
    <message>
        <source>%1 · persona · v%2</source>
        <translation>%1 · Persona · v%2</translation>
    </message>
    <message>
        <source>%1 · v%2</source>
        <translation>%1 · v%2</translation>
    </message>
</context>
<context>
    <name>Quorum::PromptStore</name>
    <message>
        <source>A prompt&apos;s name is 1 to 80 characters on one line, not starting or ending with a space (&apos;%1&apos; is not).</source>
        <translation>Der Name eines Prompts hat 1 bis 80 Zeichen in einer Zeile und beginnt und endet nicht mit einem Leerzeichen („%1“ nicht).</translation>
    </message>
    <message>
        <source>The prompt library has no version %1 of &apos;%2&apos;.</source>
        <translation>Die Prompt-Bibliothek hat keine Version %1 von „%2“.</translation>
    </message>
    <message>
        <source>The prompt library has nothing named &apos;%1&apos;.</source>
        <translation>Die Prompt-Bibliothek hat nichts namens „%1“.</translation>
    </message>
    <message>
        <source>A prompt needs some text.</source>
        <translation>Ein Prompt braucht Text.</translation>
    </message>
    <message>
        <source>A prompt is at most %1 characters.</source>
        <translation>Ein Prompt hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The prompt library already has &apos;%1&apos;: edit it to make a new version.</source>
        <translation>Die Prompt-Bibliothek hat schon „%1“: bearbeiten Sie es, um eine neue Version anzulegen.</translation>
    </message>
    <message>
        <source>The prompt library already has &apos;%1&apos;.</source>
        <translation>Die Prompt-Bibliothek hat schon „%1“.</translation>
    </message>
</context>
<context>
    <name>Quorum::PromptVariablesDialog</name>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Fill in the persona&apos;s variables:</source>
        <translation>Die Variablen der Persona ausfüllen:</translation>
    </message>
    <message>
        <source>Fill in the prompt&apos;s variables:</source>
        <translation>Die Variablen des Prompts ausfüllen:</translation>
    </message>
    <message>
        <source>What will be sent:</source>
        <translation>Was gesendet wird:</translation>
    </message>
    <message>
        <source>Filled text</source>
        <translation>Ausgefüllter Text</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Every variable needs a value.</source>
        <translation>Jede Variable braucht einen Wert.</translation>
    </message>
</context>
<context>
    <name>Quorum::PromptsCommand</name>
    <message>
        <source>expected one name</source>
        <translation>ein Name erwartet</translation>
    </message>
    <message>
        <source>expected a NAME and its TEXT (or --file FILE), in quotes</source>
        <translation>NAME und TEXT (oder --file DATEI) erwartet, in Anführungszeichen</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>Usage: quorum prompts [list|show|add|edit|remove] ...

  list [--json] [--kind prompt|persona]  the library, latest versions
  show NAME[@N] [--json]       one item, its variables and versions
  add NAME [--persona] TEXT    a prompt (or a persona) at version 1;
                               --file FILE reads the text
  edit NAME TEXT               save TEXT as the next version
  remove NAME                  remove it (answers keep what they used)

{{name}} in a text is a variable. quorum ask --prompt NAME[@N]
--var name=value asks with one; --persona NAME[@N] is a system prompt.
</source>
        <translation>Aufruf: quorum prompts [list|show|add|edit|remove] ...

  list [--json] [--kind prompt|persona]  die Bibliothek, neueste Versionen
  show NAME[@N] [--json]       ein Eintrag, seine Variablen und Versionen
  add NAME [--persona] TEXT    ein Prompt (oder eine Persona) als Version 1;
                               --file DATEI liest den Text
  edit NAME TEXT               TEXT als nächste Version speichern
  remove NAME                  entfernen (Antworten behalten ihre Angabe)

{{name}} in einem Text ist eine Variable. quorum ask --prompt NAME[@N]
--var name=wert fragt damit; --persona NAME[@N] ist ein Systemprompt.
</translation>
    </message>
    <message>
        <source>[--json] [--kind prompt|persona]</source>
        <translation>[--json] [--kind prompt|persona]</translation>
    </message>
    <message>
        <source>Lists the prompt library at each item&apos;s latest version.</source>
        <translation>Listet die Prompt-Bibliothek mit der neuesten Version jedes Eintrags auf.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Only prompts or only personas.</source>
        <translation>Nur Prompts oder nur Personas.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>art</translation>
    </message>
    <message>
        <source>--kind is prompt or persona</source>
        <translation>--kind ist prompt oder persona</translation>
    </message>
    <message>
        <source>The prompt library is empty: quorum prompts add NAME &quot;TEXT with {{variables}}&quot;</source>
        <translation>Die Prompt-Bibliothek ist leer: quorum prompts add NAME &quot;TEXT mit {{Variablen}}&quot;</translation>
    </message>
    <message>
        <source>%1  %2  v%3  %4</source>
        <translation>%1  %2  v%3  %4</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>no variables</source>
        <translation>keine Variablen</translation>
    </message>
    <message>
        <source>NAME[@N] [--json]</source>
        <translation>NAME[@N] [--json]</translation>
    </message>
    <message>
        <source>Prints a library item&apos;s text (the latest version, or version N), its variables and its versions.</source>
        <translation>Gibt den Text eines Bibliothekseintrags (die neueste Version oder Version N), seine Variablen und seine Versionen aus.</translation>
    </message>
    <message>
        <source>The item&apos;s name, with @N for version N.</source>
        <translation>Der Name des Eintrags, mit @N für Version N.</translation>
    </message>
    <message>
        <source># %1 (%2), version %3 of %4</source>
        <translation># %1 (%2), Version %3 von %4</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>Variablen: %1</translation>
    </message>
    <message>
        <source>NAME [--persona] (TEXT | --file FILE)</source>
        <translation>NAME [--persona] (TEXT | --file DATEI)</translation>
    </message>
    <message>
        <source>Adds a prompt to the library, or with --persona a system prompt, at version 1. {{name}} in the text is a variable, filled in each time it is used.</source>
        <translation>Fügt der Bibliothek einen Prompt hinzu, mit --persona einen Systemprompt, als Version 1. {{name}} im Text ist eine Variable, bei jeder Verwendung ausgefüllt.</translation>
    </message>
    <message>
        <source>It is a persona (a system prompt).</source>
        <translation>Es ist eine Persona (ein Systemprompt).</translation>
    </message>
    <message>
        <source>Read the text from FILE (- for standard input).</source>
        <translation>Den Text aus DATEI lesen (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The item&apos;s name.</source>
        <translation>Der Name des Eintrags.</translation>
    </message>
    <message>
        <source>Its text.</source>
        <translation>Sein Text.</translation>
    </message>
    <message>
        <source>Added &apos;%1&apos; (version 1).</source>
        <translation>„%1“ hinzugefügt (Version 1).</translation>
    </message>
    <message>
        <source>Added &apos;%1&apos; (version 1) with variables: %2.</source>
        <translation>„%1“ hinzugefügt (Version 1) mit den Variablen: %2.</translation>
    </message>
    <message>
        <source>NAME (TEXT | --file FILE) [--kind prompt|persona]</source>
        <translation>NAME (TEXT | --file DATEI) [--kind prompt|persona]</translation>
    </message>
    <message>
        <source>Saves TEXT as the next version of a library item. Earlier versions are kept: answers that used them still say which.</source>
        <translation>Speichert TEXT als nächste Version eines Bibliothekseintrags. Frühere Versionen bleiben erhalten: Antworten, die sie verwendet haben, sagen weiter, welche.</translation>
    </message>
    <message>
        <source>Make it a prompt or a persona.</source>
        <translation>Zu einem Prompt oder einer Persona machen.</translation>
    </message>
    <message>
        <source>Its new text.</source>
        <translation>Sein neuer Text.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is unchanged (version %2).</source>
        <translation>„%1“ ist unverändert (Version %2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is now at version %2.</source>
        <translation>„%1“ ist jetzt bei Version %2.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Removes a library item with all its versions; answers that used it keep its name and version.</source>
        <translation>Entfernt einen Bibliothekseintrag mit allen Versionen; Antworten, die ihn verwendet haben, behalten Namen und Version.</translation>
    </message>
</context>
<context>
    <name>Quorum::ProtocolAdapter</name>
    <message>
        <source>Refusing to send the API key over plain HTTP to %1; use https.</source>
        <translation>Der API-Schlüssel wird nicht unverschlüsselt per HTTP an %1 gesendet; verwenden Sie https.</translation>
    </message>
    <message>
        <source>No API key for %1: store one in the keychain (quorum providers set-key %1).</source>
        <translation>Kein API-Schlüssel für %1: speichern Sie einen im Schlüsselbund (quorum providers set-key %1).</translation>
    </message>
    <message>
        <source>No API key for %1: store one in the keychain (quorum providers set-key %1) or set the environment variable %2.</source>
        <translation>Kein API-Schlüssel für %1: speichern Sie einen im Schlüsselbund (quorum providers set-key %1) oder setzen Sie die Umgebungsvariable %2.</translation>
    </message>
    <message>
        <source>%1 does not think: thinking came with Gemini 2.5.</source>
        <translation>%1 denkt nicht: Denken kam mit Gemini 2.5.</translation>
    </message>
    <message>
        <source>%1 cannot turn thinking off; its lowest level is low or minimal.</source>
        <translation>%1 kann das Denken nicht abschalten; seine niedrigste Stufe ist low oder minimal.</translation>
    </message>
    <message>
        <source>%1 cannot turn thinking off.</source>
        <translation>%1 kann das Denken nicht abschalten.</translation>
    </message>
    <message>
        <source>%1 takes a thinking budget of at least 128 tokens.</source>
        <translation>%1 nimmt ein Denkbudget von mindestens 128 Tokens.</translation>
    </message>
    <message>
        <source>Ollama turns thinking on or off (gpt-oss: low, medium or high); it takes no budget of tokens.</source>
        <translation>Ollama schaltet Denken ein oder aus (gpt-oss: low, medium oder high); ein Token-Budget nimmt es nicht.</translation>
    </message>
    <message>
        <source>%1 thinks at low, medium or high.</source>
        <translation>%1 denkt auf den Stufen low, medium oder high.</translation>
    </message>
    <message>
        <source>Mistral&apos;s API takes no reasoning effort or budget (its Magistral models always think).</source>
        <translation>Die API von Mistral nimmt keinen Denkaufwand und kein Budget (seine Magistral-Modelle denken immer).</translation>
    </message>
    <message>
        <source>%1 takes a reasoning effort, not a budget of thinking tokens.</source>
        <translation>%1 nimmt einen Denkaufwand, kein Budget an Denk-Tokens.</translation>
    </message>
    <message>
        <source>%1 takes no temperature: OpenAI&apos;s reasoning models refuse it.</source>
        <translation>%1 nimmt keine Temperatur: Die Denkmodelle von OpenAI lehnen sie ab.</translation>
    </message>
    <message>
        <source>%1 takes no top_p: OpenAI&apos;s reasoning models refuse it.</source>
        <translation>%1 nimmt kein top_p: Die Denkmodelle von OpenAI lehnen es ab.</translation>
    </message>
    <message>
        <source>%1 takes a reasoning effort of low, medium or high.</source>
        <translation>%1 nimmt einen Denkaufwand von low, medium oder high.</translation>
    </message>
    <message>
        <source>%1 is not a reasoning model: it takes no reasoning effort.</source>
        <translation>%1 ist kein Denkmodell: Es nimmt keinen Denkaufwand.</translation>
    </message>
    <message>
        <source>%1 cannot think: extended thinking came with Claude 3.7.</source>
        <translation>%1 kann nicht denken: Erweitertes Denken kam mit Claude 3.7.</translation>
    </message>
    <message>
        <source>Claude&apos;s least thinking budget is 1024 tokens (asked: %1).</source>
        <translation>Claudes kleinstes Denkbudget sind 1024 Tokens (verlangt: %1).</translation>
    </message>
    <message>
        <source>Claude takes no temperature with extended thinking.</source>
        <translation>Claude nimmt mit erweitertem Denken keine Temperatur.</translation>
    </message>
    <message>
        <source>With extended thinking Claude takes a top_p from 0.95 to 1.</source>
        <translation>Mit erweitertem Denken nimmt Claude ein top_p von 0,95 bis 1.</translation>
    </message>
    <message>
        <source>The maximum of output tokens (%1) must be more than the thinking budget (%2).</source>
        <translation>Die Höchstzahl der Ausgabe-Tokens (%1) muss größer sein als das Denkbudget (%2).</translation>
    </message>
</context>
<context>
    <name>Quorum::ProviderAccount</name>
    <message>
        <source>The provider id &apos;%1&apos; is not valid: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (up to 64).</source>
        <translation>Die Anbieter-ID „%1“ ist ungültig: erlaubt sind Buchstaben, Ziffern, „.“, „_“ und „-“ (bis zu 64).</translation>
    </message>
    <message>
        <source>The base URL of %1 must be an http or https URL.</source>
        <translation>Die Basis-URL von %1 muss eine http- oder https-URL sein.</translation>
    </message>
    <message>
        <source>The Azure account %1 needs an api-version.</source>
        <translation>Das Azure-Konto %1 braucht eine api-version.</translation>
    </message>
    <message>
        <source>The Bedrock account %1 needs an AWS region, such as eu-west-1.</source>
        <translation>Das Bedrock-Konto %1 braucht eine AWS-Region, etwa eu-west-1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an AWS region (such as eu-west-1).</source>
        <translation>„%1“ ist keine AWS-Region (wie eu-west-1).</translation>
    </message>
    <message>
        <source>The models URL of %1 must be an http or https URL.</source>
        <translation>Die Modell-URL von %1 muss eine http- oder https-URL sein.</translation>
    </message>
</context>
<context>
    <name>Quorum::ProviderConfig</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at offset %3).</source>
        <translation>%1 ist kein gültiges JSON (%2 an Position %3).</translation>
    </message>
    <message>
        <source>%1 has a provider of an unknown kind.</source>
        <translation>%1 enthält einen Anbieter unbekannter Art.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 ist nicht schreibbar: %2</translation>
    </message>
</context>
<context>
    <name>Quorum::ProvidersCommand</name>
    <message>
        <source>[options] ID</source>
        <translation>[Optionen] ID</translation>
    </message>
    <message>
        <source>Adds a provider account, or replaces the one with the same ID. Keys are not stored: Quorum reads them from the environment variable named by --api-key-env (default: the provider&apos;s usual one, such as OPENAI_API_KEY).</source>
        <translation>Fügt ein Anbieterkonto hinzu oder ersetzt das mit derselben ID. Schlüssel werden nicht gespeichert: Quorum liest sie aus der Umgebungsvariable, die --api-key-env nennt (Vorgabe: die übliche des Anbieters, etwa OPENAI_API_KEY).</translation>
    </message>
    <message>
        <source>The provider: %1.</source>
        <translation>Der Anbieter: %1.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>art</translation>
    </message>
    <message>
        <source>The API base URL (default: the provider&apos;s public one).</source>
        <translation>Die Basis-URL der API (Vorgabe: die öffentliche des Anbieters).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Environment variable that holds the API key.</source>
        <translation>Umgebungsvariable mit dem API-Schlüssel.</translation>
    </message>
    <message>
        <source>var</source>
        <translation>var</translation>
    </message>
    <message>
        <source>Azure OpenAI api-version (default 2024-10-21).</source>
        <translation>api-version für Azure OpenAI (Vorgabe 2024-10-21).</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>OpenAI: use the Responses API (/v1/responses).</source>
        <translation>OpenAI: die Responses-API verwenden (/v1/responses).</translation>
    </message>
    <message>
        <source>Requests at a time to this account (0: no limit).</source>
        <translation>Gleichzeitige Anfragen an dieses Konto (0: unbegrenzt).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>An extra HTTP header, &quot;Name: value&quot; (repeatable).</source>
        <translation>Ein zusätzlicher HTTP-Header, „Name: Wert“ (mehrfach möglich).</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>A name for the account, such as work-openai.</source>
        <translation>Ein Name für das Konto, etwa arbeit-openai.</translation>
    </message>
    <message>
        <source>expected one ID</source>
        <translation>genau eine ID erwartet</translation>
    </message>
    <message>
        <source>--kind is required (%1)</source>
        <translation>--kind ist nötig (%1)</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (%2)</source>
        <translation>unbekannte Art „%1“ (%2)</translation>
    </message>
    <message>
        <source>Azure needs --base-url https://RESOURCE.openai.azure.com</source>
        <translation>Azure braucht --base-url https://RESSOURCE.openai.azure.com</translation>
    </message>
    <message>
        <source>--max-concurrent needs a number of 0 or more</source>
        <translation>--max-concurrent braucht eine Zahl ab 0</translation>
    </message>
    <message>
        <source>a header is &quot;Name: value&quot;, not &apos;%1&apos;</source>
        <translation>ein Header hat die Form „Name: Wert“, nicht „%1“</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3).</source>
        <translation>%1 hinzugefügt (%2, %3).</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>Lists the provider accounts.</source>
        <translation>Listet die Anbieterkonten auf.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>no key needed</source>
        <translation>kein Schlüssel nötig</translation>
    </message>
    <message>
        <source>key in %1</source>
        <translation>Schlüssel in %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Removes a provider account.</source>
        <translation>Entfernt ein Anbieterkonto.</translation>
    </message>
    <message>
        <source>The account to remove.</source>
        <translation>Das zu entfernende Konto.</translation>
    </message>
    <message>
        <source>the built-in Ollama account cannot be removed</source>
        <translation>das eingebaute Ollama-Konto kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>no provider &apos;%1&apos;</source>
        <translation>kein Anbieter „%1“</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>The provider account.</source>
        <translation>Das Anbieterkonto.</translation>
    </message>
    <message>
        <source>expected one provider ID</source>
        <translation>genau eine Anbieter-ID erwartet</translation>
    </message>
    <message>
        <source>no provider &apos;%1&apos; (see quorum providers list)</source>
        <translation>kein Anbieter „%1“ (siehe quorum providers list)</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>API-Schlüssel für %1: </translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (add, list, remove or set-key)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (add, list, remove oder set-key)</translation>
    </message>
    <message>
        <source>Store its key with: quorum providers set-key %1 (or set the environment variable %2).</source>
        <translation>Speichern Sie seinen Schlüssel mit: quorum providers set-key %1 (oder setzen Sie die Umgebungsvariable %2).</translation>
    </message>
    <message>
        <source>key in the keychain</source>
        <translation>Schlüssel im Schlüsselbund</translation>
    </message>
    <message>
        <source>key missing: quorum providers set-key %1</source>
        <translation>Schlüssel fehlt: quorum providers set-key %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>no key on standard input</source>
        <translation>kein Schlüssel auf der Standardeingabe</translation>
    </message>
    <message>
        <source>Quorum does not write keys to files. Set the environment variable %1 instead (for example in your shell&apos;s profile), or start a keychain such as gnome-keyring or KWallet.</source>
        <translation>Quorum schreibt Schlüssel nicht in Dateien. Setzen Sie stattdessen die Umgebungsvariable %1 (etwa im Profil Ihrer Shell) oder starten Sie einen Schlüsselbund wie gnome-keyring oder KWallet.</translation>
    </message>
    <message>
        <source>Stored the key of %1 in %2.</source>
        <translation>Der Schlüssel von %1 wurde in %2 gespeichert.</translation>
    </message>
    <message>
        <source>This account&apos;s proxy: system, none, http://HOST:PORT or socks5://HOST:PORT (default: the global one).</source>
        <translation>Der Proxy dieses Kontos: system, none, http://HOST:PORT oder socks5://HOST:PORT (Vorgabe: der globale).</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>proxy</translation>
    </message>
    <message>
        <source>Seconds to wait for the response to start (default 60; slow local models need more).</source>
        <translation>Sekunden bis zum Beginn der Antwort (Vorgabe 60; langsame lokale Modelle brauchen mehr).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>--timeout needs seconds from 1 to 3600</source>
        <translation>--timeout braucht Sekunden von 1 bis 3600</translation>
    </message>
    <message>
        <source>A label for routing rules, such as eu or no-training (repeatable; an account on this machine is also &quot;local&quot;).</source>
        <translation>Ein Schlagwort für Routing-Regeln, etwa eu oder no-training (mehrfach möglich; ein Konto auf diesem Rechner ist außerdem „local“).</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>schlagwort</translation>
    </message>
    <message>
        <source>a tag is one word, such as eu or no-training, not &apos;%1&apos;</source>
        <translation>ein Schlagwort ist ein Wort, etwa eu oder no-training, nicht „%1“</translation>
    </message>
    <message>
        <source>Usage: quorum providers add|list|remove|set-key ...

  add ID --kind KIND [--base-url URL] [--api-key-env VAR]   add or replace an account
  add ID --kind bedrock --region REGION [--profile NAME]    an AWS Bedrock account
  list [--json]                                             list the accounts
  remove ID                                                 remove an account and its key
  set-key ID                                                store its API key in the system
                                                            keychain (read from standard input)
</source>
        <translation>Aufruf: quorum providers add|list|remove|set-key ...

  add ID --kind ART [--base-url URL] [--api-key-env VAR]    ein Konto hinzufügen oder ersetzen
  add ID --kind bedrock --region REGION [--profile NAME]    ein AWS-Bedrock-Konto
  list [--json]                                             die Konten auflisten
  remove ID                                                 ein Konto und seinen Schlüssel entfernen
  set-key ID                                                seinen API-Schlüssel im Schlüsselbund
                                                            speichern (von der Standardeingabe)
</translation>
    </message>
    <message>
        <source>Bedrock: the AWS region, such as eu-west-1 (default: AWS_REGION or AWS_DEFAULT_REGION).</source>
        <translation>Bedrock: die AWS-Region, etwa eu-west-1 (Vorgabe: AWS_REGION oder AWS_DEFAULT_REGION).</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Bedrock: the AWS profile (in ~/.aws/credentials or ~/.aws/config) to sign with (default: the environment&apos;s keys, AWS_PROFILE, then &quot;default&quot;).</source>
        <translation>Bedrock: das AWS-Profil (in ~/.aws/credentials oder ~/.aws/config), mit dem signiert wird (Vorgabe: die Schlüssel der Umgebung, AWS_PROFILE, dann „default“).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Bedrock: the control-plane URL for model lists (default: https://bedrock.REGION.amazonaws.com).</source>
        <translation>Bedrock: die URL der Steuerungsebene für Modelllisten (Vorgabe: https://bedrock.REGION.amazonaws.com).</translation>
    </message>
    <message>
        <source>--%1 is for --kind bedrock</source>
        <translation>--%1 gilt nur für --kind bedrock</translation>
    </message>
    <message>
        <source>Bedrock needs --region, such as eu-west-1</source>
        <translation>Bedrock braucht --region, etwa eu-west-1</translation>
    </message>
    <message>
        <source>Requests are signed with %1.</source>
        <translation>Anfragen werden signiert mit %1.</translation>
    </message>
    <message>
        <source>Or store an access key (ACCESS_KEY_ID:SECRET) or a Bedrock API key with: quorum providers set-key %1</source>
        <translation>Oder einen Zugriffsschlüssel (ACCESS_KEY_ID:SECRET) oder einen Bedrock-API-Schlüssel speichern mit: quorum providers set-key %1</translation>
    </message>
    <message>
        <source>AWS credentials from ~/.aws or the environment</source>
        <translation>AWS-Anmeldedaten aus ~/.aws oder der Umgebung</translation>
    </message>
    <message>
        <source>no AWS credentials: quorum providers set-key %1, or configure the AWS CLI</source>
        <translation>keine AWS-Anmeldedaten: quorum providers set-key %1, oder die AWS CLI einrichten</translation>
    </message>
    <message>
        <source>Stores the API key of a provider account in the system keychain (Secret Service, KWallet, macOS Keychain or Windows Credential Store). The key is read from standard input, without echo on a terminal; it is never written to a file or printed. For Bedrock: a Bedrock API key, or an access key as ACCESS_KEY_ID:SECRET_ACCESS_KEY.</source>
        <translation>Speichert den API-Schlüssel eines Anbieterkontos im Schlüsselbund des Systems (Secret Service, KWallet, macOS-Schlüsselbund oder Windows-Anmeldeinformationsverwaltung). Der Schlüssel wird von der Standardeingabe gelesen, im Terminal ohne Echo; er wird nie in eine Datei geschrieben oder ausgegeben. Für Bedrock: ein Bedrock-API-Schlüssel oder ein Zugriffsschlüssel als ACCESS_KEY_ID:SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>Bedrock: call Converse (the whole answer at once) instead of ConverseStream, for models that do not stream or proxies that hold streams back.</source>
        <translation>Bedrock: Converse aufrufen (die ganze Antwort auf einmal) statt ConverseStream, für Modelle ohne Streaming oder Proxys, die Streams zurückhalten.</translation>
    </message>
    <message>
        <source>No AWS credentials for %1 yet: %2.</source>
        <translation>Noch keine AWS-Anmeldedaten für %1: %2.</translation>
    </message>
    <message>
        <source>ID/MODEL</source>
        <translation>ID/MODELL</translation>
    </message>
    <message>
        <source>Pulls a model into an Ollama account (e.g. ollama/llama3.2), with its progress; Ctrl+C cancels, and pulling again goes on from where it stopped.</source>
        <translation>Holt ein Modell in ein Ollama-Konto (z. B. ollama/llama3.2), mit Fortschritt; Strg+C bricht ab, und erneutes Holen macht dort weiter, wo es aufhörte.</translation>
    </message>
    <message>
        <source>Deletes a model from an Ollama account (e.g. ollama/llama3.2).</source>
        <translation>Löscht ein Modell aus einem Ollama-Konto (z. B. ollama/llama3.2).</translation>
    </message>
    <message>
        <source>The Ollama account and the model.</source>
        <translation>Das Ollama-Konto und das Modell.</translation>
    </message>
    <message>
        <source>expected one ID/MODEL, e.g. ollama/llama3.2</source>
        <translation>ein ID/MODELL erwartet, z. B. ollama/llama3.2</translation>
    </message>
    <message>
        <source>%1: %2% of %3 MB</source>
        <translation>%1: %2 % von %3 MB</translation>
    </message>
    <message>
        <source>Pulled %1.</source>
        <translation>%1 geholt.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>[--json] ID MODEL [text|image|pdf|image,pdf|auto]</source>
        <translation>[--json] ID MODELL [text|image|pdf|image,pdf|auto]</translation>
    </message>
    <message>
        <source>Shows what a model reads besides text, and whether the provider&apos;s list, the built-in table or your choice says so; with WHAT, sets your choice for that model (auto: no choice of yours).</source>
        <translation>Zeigt, was ein Modell außer Text liest, und ob die Liste des Anbieters, die eingebaute Tabelle oder Ihre Wahl das sagt; mit WAS legt es Ihre Wahl für dieses Modell fest (auto: keine Wahl von Ihnen).</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>The model, as the provider names it.</source>
        <translation>Das Modell, wie der Anbieter es nennt.</translation>
    </message>
    <message>
        <source>expected a provider ID, a model and what it reads</source>
        <translation>eine Anbieter-ID, ein Modell und was es liest erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not what a model reads: text, image, pdf, image,pdf or auto</source>
        <translation>„%1“ ist nicht, was ein Modell liest: text, image, pdf, image,pdf oder auto</translation>
    </message>
    <message>
        <source>images and PDFs</source>
        <translation>Bilder und PDFs</translation>
    </message>
    <message>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>PDFs</source>
        <translation>PDFs</translation>
    </message>
    <message>
        <source>text only</source>
        <translation>nur Text</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>Ihre Wahl</translation>
    </message>
    <message>
        <source>the provider&apos;s model list</source>
        <translation>die Modellliste des Anbieters</translation>
    </message>
    <message>
        <source>Quorum&apos;s built-in table</source>
        <translation>Quorums eingebaute Tabelle</translation>
    </message>
    <message>
        <source>%1 reads %2 (%3).</source>
        <translation>%1 liest %2 (%3).</translation>
    </message>
    <message>
        <source>[--json] ID | pull ID/MODEL | delete ID/MODEL | reads ID MODEL [WHAT]</source>
        <translation>[--json] ID | pull ID/MODELL | delete ID/MODELL | reads ID MODELL [WAS]</translation>
    </message>
    <message>
        <source>Lists the models a provider account offers (and remembers the list); pull and delete get or remove an Ollama model; reads shows or sets what a model reads besides text.</source>
        <translation>Listet die Modelle eines Anbieterkontos auf (und merkt sich die Liste); pull und delete holen oder entfernen ein Ollama-Modell; reads zeigt oder legt fest, was ein Modell außer Text liest.</translation>
    </message>
    <message>
        <source>quorum models: the list was not remembered: %1</source>
        <translation>quorum models: die Liste wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::ProvidersPage</name>
    <message>
        <source>Provider accounts</source>
        <translation>Anbieterkonten</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>work-openai</source>
        <translation>arbeit-openai</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Name: value, one per line</source>
        <translation>Name: Wert, einer pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Modelle suchen</translation>
    </message>
    <message>
        <source>Models (unchecked ones are hidden from the model picker)</source>
        <translation>Modelle (nicht angehakte sind in der Modellauswahl ausgeblendet)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-S&amp;chlüssel:</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>Zusätzliche Hea&amp;der:</translation>
    </message>
    <message>
        <source>Paste the API key; it is stored in the system keychain.</source>
        <translation>Fügen Sie den API-Schlüssel ein; er wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>This provider needs no key.</source>
        <translation>Dieser Anbieter braucht keinen Schlüssel.</translation>
    </message>
    <message>
        <source>Using the key in the environment variable %1.</source>
        <translation>Der Schlüssel aus der Umgebungsvariable %1 wird verwendet.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Key kept for this session only (no keychain available).</source>
        <translation>Schlüssel nur für diese Sitzung behalten (kein Schlüsselbund verfügbar).</translation>
    </message>
    <message>
        <source>Key stored in %1.</source>
        <translation>Schlüssel gespeichert in %1.</translation>
    </message>
    <message>
        <source>No key yet: paste it above and press Save.</source>
        <translation>Noch kein Schlüssel: oben einfügen und Speichern drücken.</translation>
    </message>
    <message>
        <source>Unknown provider kind.</source>
        <translation>Unbekannte Anbieterart.</translation>
    </message>
    <message>
        <source>A header is &quot;Name: value&quot;, not &quot;%1&quot;.</source>
        <translation>Ein Header ist &quot;Name: Wert&quot;, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is already an account named %1.</source>
        <translation>Es gibt bereits ein Konto namens %1.</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>Quorum cannot store the key: %1</source>
        <translation>Quorum kann den Schlüssel nicht speichern: %1</translation>
    </message>
    <message>
        <source>You can keep the key for this session only (it is forgotten when Quorum quits), or set the environment variable %1 before starting Quorum. Quorum does not write keys to files.</source>
        <translation>Sie können den Schlüssel nur für diese Sitzung behalten (er wird beim Beenden von Quorum vergessen) oder die Umgebungsvariable %1 vor dem Start von Quorum setzen. Quorum schreibt Schlüssel nicht in Dateien.</translation>
    </message>
    <message>
        <source>Keep for This Session</source>
        <translation>Für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>The key was not kept. Set %1, or start a keychain, and try again.</source>
        <translation>Der Schlüssel wurde nicht behalten. Setzen Sie %1 oder starten Sie einen Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Remove Provider</source>
        <translation>Anbieter entfernen</translation>
    </message>
    <message>
        <source>Remove the account %1 and its key? Conversations with its answers stay.</source>
        <translation>Das Konto %1 und seinen Schlüssel entfernen? Gespräche mit seinen Antworten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s).</source>
        <translation>
            <numerusform>Verbunden: %n Modell.</numerusform>
            <numerusform>Verbunden: %n Modelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>as in Network (or: system, none, http://host:port, socks5://host:port)</source>
        <translation>wie unter Netzwerk (oder: system, none, http://host:port, socks5://host:port)</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>default (60 s)</source>
        <translation>Vorgabe (60 s)</translation>
    </message>
    <message>
        <source>Response timeout</source>
        <translation>Zeitlimit für die Antwort</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Enab&amp;led (offered in the model picker)</source>
        <translation>Akt&amp;iviert (in der Modellauswahl angeboten)</translation>
    </message>
    <message>
        <source>AWS region</source>
        <translation>AWS-Region</translation>
    </message>
    <message>
        <source>the environment&apos;s keys, AWS_PROFILE, or default</source>
        <translation>die Schlüssel der Umgebung, AWS_PROFILE oder default</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>AWS-Profil</translation>
    </message>
    <message>
        <source>Models URL</source>
        <translation>Modell-URL</translation>
    </message>
    <message>
        <source>AWS re&amp;gion:</source>
        <translation>AWS-Regi&amp;on:</translation>
    </message>
    <message>
        <source>AWS pr&amp;ofile:</source>
        <translation>AWS-&amp;Profil:</translation>
    </message>
    <message>
        <source>Models &amp;URL:</source>
        <translation>Modell-&amp;URL:</translation>
    </message>
    <message>
        <source>Requests are signed with the AWS profile, or the environment&apos;s keys; or paste a key above.</source>
        <translation>Anfragen werden mit dem AWS-Profil oder den Schlüsseln der Umgebung signiert; oder oben einen Schlüssel einfügen.</translation>
    </message>
    <message>
        <source>Requests are signed with %1.</source>
        <translation>Anfragen werden signiert mit %1.</translation>
    </message>
    <message>
        <source>No AWS credentials: %1. Or paste an access key (ACCESS_KEY_ID:SECRET) or a Bedrock API key above.</source>
        <translation>Keine AWS-Anmeldedaten: %1. Oder oben einen Zugriffsschlüssel (ACCESS_KEY_ID:SECRET) oder einen Bedrock-API-Schlüssel einfügen.</translation>
    </message>
    <message>
        <source>optional: a Bedrock API key, or ACCESS_KEY_ID:SECRET_ACCESS_KEY</source>
        <translation>optional: ein Bedrock-API-Schlüssel oder ACCESS_KEY_ID:SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <source>Stream ans&amp;wers (off: each answer arrives whole)</source>
        <translation>Antworten &amp;fortlaufend empfangen (aus: jede Antwort kommt als Ganzes)</translation>
    </message>
    <message>
        <source>Key from en&amp;vironment variable:</source>
        <translation>Schlüssel aus Umgebungs&amp;variable:</translation>
    </message>
    <message>
        <source>Response t&amp;imeout:</source>
        <translation>&amp;Zeitlimit für die Antwort:</translation>
    </message>
    <message>
        <source>Provider account</source>
        <translation>Anbieterkonto</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The key of %1 is still in the keychain: %2</source>
        <translation>Der Schlüssel von %1 ist noch im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>Connected, but the list was not saved: %1</source>
        <translation>Verbunden, aber die Liste wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Right-click a model to say what it reads besides text.</source>
        <translation>Klicken Sie mit rechts auf ein Modell, um festzulegen, was es außer Text liest.</translation>
    </message>
    <message>
        <source>Models (uncheck to hide from the model picker; right-click to say what one reads):</source>
        <translation>Modelle (abhaken, um sie in der Modellauswahl auszublenden; Rechtsklick, um festzulegen, was eines liest):</translation>
    </message>
    <message>
        <source>images, PDFs</source>
        <translation>Bilder, PDFs</translation>
    </message>
    <message>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>PDFs</source>
        <translation>PDFs</translation>
    </message>
    <message>
        <source>text only</source>
        <translation>nur Text</translation>
    </message>
    <message>
        <source>(your choice)</source>
        <translation>(Ihre Wahl)</translation>
    </message>
    <message>
        <source>as the provider&apos;s list says</source>
        <translation>wie die Liste des Anbieters sagt</translation>
    </message>
    <message>
        <source>as Quorum&apos;s table says</source>
        <translation>wie Quorums Tabelle sagt</translation>
    </message>
    <message>
        <source>Reads what it reads, %1</source>
        <translation>Liest, was es liest, %1</translation>
    </message>
    <message>
        <source>Text only</source>
        <translation>Nur Text</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Images and PDFs</source>
        <translation>Bilder und PDFs</translation>
    </message>
</context>
<context>
    <name>Quorum::ProxySetting</name>
    <message>
        <source>A proxy is system, none, http://HOST:PORT or socks5://HOST:PORT, not &quot;%1&quot;.</source>
        <translation>Ein Proxy ist system, none, http://HOST:PORT oder socks5://HOST:PORT, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A proxy password would be stored in a plain file; use a proxy without one.</source>
        <translation>Ein Proxy-Passwort würde in einer einfachen Datei stehen; verwenden Sie einen Proxy ohne Passwort.</translation>
    </message>
</context>
<context>
    <name>Quorum::QuorumJson</name>
    <message>
        <source>“%1” is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>“%1” must be a whole number</source>
        <translation>„%1“ muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>“%1” must be text</source>
        <translation>„%1“ muss Text sein</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2 (byte %3): %4</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2 (Byte %3): %4</translation>
    </message>
    <message>
        <source>not a Quorum export (its “format” is not “quorum-conversations”)</source>
        <translation>kein Quorum-Export (sein „format“ ist nicht „quorum-conversations“)</translation>
    </message>
    <message>
        <source>written by a newer Quorum (format version %1; this one reads %2)</source>
        <translation>von einem neueren Quorum geschrieben (Formatversion %1; dieses liest %2)</translation>
    </message>
    <message>
        <source>“conversations” must be a list</source>
        <translation>„conversations“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>conversation %1</source>
        <translation>Gespräch %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>conversation %1, turn %2</source>
        <translation>Gespräch %1, Runde %2</translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation>die ID %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>its parent %1 is not an earlier turn</source>
        <translation>ihr Vorgänger %1 ist keine frühere Runde</translation>
    </message>
    <message>
        <source>conversation %1, turn %2, answer %3</source>
        <translation>Gespräch %1, Runde %2, Antwort %3</translation>
    </message>
    <message>
        <source>unknown status “%1”</source>
        <translation>unbekannter Status „%1“</translation>
    </message>
    <message>
        <source>conversation %1, turn %2, synthesis %3</source>
        <translation>Gespräch %1, Runde %2, Synthese %3</translation>
    </message>
    <message>
        <source>conversation %1, turn %2, attachment %3</source>
        <translation>Gespräch %1, Runde %2, Anhang %3</translation>
    </message>
    <message>
        <source>unknown kind “%1”</source>
        <translation>unbekannte Art „%1“</translation>
    </message>
    <message>
        <source>its data is damaged (it does not match its sha256)</source>
        <translation>seine Daten sind beschädigt (sie passen nicht zu ihrem sha256)</translation>
    </message>
    <message>
        <source>it has no data and no earlier file has its sha256</source>
        <translation>es hat keine Daten, und keine frühere Datei hat seinen sha256</translation>
    </message>
    <message>
        <source>a tool step without a name or outcome</source>
        <translation>ein Werkzeugschritt ohne Namen oder Ergebnis</translation>
    </message>
</context>
<context>
    <name>Quorum::RouteEnvironment</name>
    <message>
        <source>there is no provider account &apos;%1&apos;</source>
        <translation>es gibt kein Anbieterkonto „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not offer a model &apos;%2&apos;</source>
        <translation>„%1“ bietet kein Modell „%2“ an</translation>
    </message>
</context>
<context>
    <name>Quorum::Router</name>
    <message>
        <source>“%1” matches “%2”</source>
        <translation>„%1“ passt auf „%2“</translation>
    </message>
    <message>
        <source>“%1” does not match</source>
        <translation>„%1“ passt nicht</translation>
    </message>
    <message>
        <source>contains “%1”</source>
        <translation>enthält „%1“</translation>
    </message>
    <message>
        <source>none of %1</source>
        <translation>keines von %1</translation>
    </message>
    <message>
        <source>no “%1”</source>
        <translation>kein „%1“</translation>
    </message>
    <message>
        <source>contains all of %1</source>
        <translation>enthält alle von %1</translation>
    </message>
    <message>
        <source>about %1 tokens (%2 %3)</source>
        <translation>etwa %1 Tokens (%2 %3)</translation>
    </message>
    <message>
        <source>contains code</source>
        <translation>enthält Code</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>kein Code</translation>
    </message>
    <message>
        <source>written mostly in %1 script</source>
        <translation>vorherrschende Schrift: %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the conversation is tagged “%1”</source>
        <translation>die Unterhaltung hat das Schlagwort „%1“</translation>
    </message>
    <message>
        <source>the conversation is not tagged “%1”</source>
        <translation>die Unterhaltung hat das Schlagwort „%1“ nicht</translation>
    </message>
    <message>
        <source>it is %1 (%2–%3)</source>
        <translation>es ist %1 (%2–%3)</translation>
    </message>
    <message>
        <source>it is %1</source>
        <translation>es ist %1</translation>
    </message>
    <message>
        <source>%1% of the monthly budget spent (threshold %2%)</source>
        <translation>%1 % des Monatsbudgets ausgegeben (Schwelle %2 %)</translation>
    </message>
    <message>
        <source>no monthly budget set</source>
        <translation>kein Monatsbudget festgelegt</translation>
    </message>
    <message>
        <source>contains sensitive data (%1)</source>
        <translation>enthält vertrauliche Daten (%1)</translation>
    </message>
    <message>
        <source>no sensitive data</source>
        <translation>keine vertraulichen Daten</translation>
    </message>
    <message>
        <source>not: %1</source>
        <translation>nicht: %1</translation>
    </message>
    <message>
        <source>%1 (context %2 tokens)</source>
        <translation>%1 (Kontext %2 Tokens)</translation>
    </message>
    <message>
        <source>the cheapest that fits is %1</source>
        <translation>das günstigste, das passt, ist %1</translation>
    </message>
    <message>
        <source>none of the candidates fits the prompt</source>
        <translation>keiner der Kandidaten fasst den Prompt</translation>
    </message>
    <message>
        <source>; too small: %1</source>
        <translation>; zu klein: %1</translation>
    </message>
    <message>
        <source>no conditions</source>
        <translation>keine Bedingungen</translation>
    </message>
    <message>
        <source>“%1” is turned off</source>
        <translation>„%1“ ist ausgeschaltet</translation>
    </message>
    <message>
        <source>“%1” did not match: %2</source>
        <translation>„%1“ passte nicht: %2</translation>
    </message>
    <message>
        <source>Blocked by the rule “%1”.</source>
        <translation>Von der Regel „%1“ blockiert.</translation>
    </message>
    <message>
        <source>“%1” blocks it: %2</source>
        <translation>„%1“ blockiert ihn: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” redacts %n item(s): %2</source>
        <translation>
            <numerusform>„%1“ schwärzt %n Angabe: %2</numerusform>
            <numerusform>„%1“ schwärzt %n Angaben: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” allows only accounts tagged “%2”: %3</source>
        <translation>„%1“ erlaubt nur Konten mit dem Schlagwort „%2“: %3</translation>
    </message>
    <message>
        <source>“%1” matched: %2</source>
        <translation>„%1“ passte: %2</translation>
    </message>
    <message>
        <source>no rule matched: the default rule sends to the models chosen (%1)</source>
        <translation>keine Regel passte: die Standardregel sendet an die gewählten Modelle (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not allowed (account not tagged “%1”): %2</source>
        <translation>nicht erlaubt (Konto ohne das Schlagwort „%1“): %2</translation>
    </message>
    <message>
        <source>No chosen model may receive this prompt: only accounts tagged “%1” may.</source>
        <translation>Keines der gewählten Modelle darf diesen Prompt bekommen: nur Konten mit dem Schlagwort „%1“ dürfen das.</translation>
    </message>
    <message>
        <source>No model to send to.</source>
        <translation>Kein Modell, an das gesendet werden kann.</translation>
    </message>
    <message>
        <source>Auto is off: sent to the models chosen (%1)</source>
        <translation>Auto ist aus: an die gewählten Modelle gesendet (%1)</translation>
    </message>
    <message>
        <source>Blocked by “%1”: %2</source>
        <translation>Gesperrt durch „%1“: %2</translation>
    </message>
    <message>
        <source>Your models: %1</source>
        <translation>Ihre Modelle: %1</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Lateinisch</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>Kyrillisch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>CJK (Chinese, Japanese, Korean)</source>
        <translation>CJK (Chinesisch, Japanisch, Koreanisch)</translation>
    </message>
    <message>
        <source>Devanagari</source>
        <translation>Devanagari</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thai</translation>
    </message>
    <message>
        <source>another</source>
        <translation>eine andere</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>%n Datei angehängt</numerusform>
            <numerusform>%n Dateien angehängt</numerusform>
        </translation>
    </message>
    <message>
        <source>no files attached</source>
        <translation>keine Dateien angehängt</translation>
    </message>
    <message>
        <source>attached: %1</source>
        <translation>angehängt: %1</translation>
    </message>
    <message>
        <source>no file of the kind %1 attached</source>
        <translation>keine Datei der Art %1 angehängt</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 ist größer als %2 MB</translation>
    </message>
    <message>
        <source>no attached file is larger than %1 MB</source>
        <translation>keine angehängte Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <source>the conversation uses %1</source>
        <translation>die Unterhaltung verwendet %1</translation>
    </message>
    <message>
        <source>the conversation uses no tool of %1</source>
        <translation>die Unterhaltung verwendet kein Werkzeug von %1</translation>
    </message>
    <message>
        <source>“%1” offers %2 only to accounts tagged “%3”: %4</source>
        <translation>„%1“ bietet %2 nur Konten mit dem Schlagwort „%3“ an: %4</translation>
    </message>
</context>
<context>
    <name>Quorum::Rule</name>
    <message>
        <source>unknown condition &apos;%1&apos;</source>
        <translation>unbekannte Bedingung „%1“</translation>
    </message>
    <message>
        <source>unknown kind of sensitive data &apos;%1&apos;</source>
        <translation>unbekannte Art vertraulicher Daten „%1“</translation>
    </message>
    <message>
        <source>bad regular expression &apos;%1&apos;: %2</source>
        <translation>ungültiger regulärer Ausdruck „%1“: %2</translation>
    </message>
    <message>
        <source>a time of day is HH:mm</source>
        <translation>eine Uhrzeit hat die Form HH:mm</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation>unbekannte Aktion „%1“</translation>
    </message>
    <message>
        <source>a target is ID/MODEL, not &apos;%1&apos;</source>
        <translation>ein Ziel ist ID/MODELL, nicht „%1“</translation>
    </message>
    <message>
        <source>the action &apos;%1&apos; needs targets</source>
        <translation>die Aktion „%1“ braucht Ziele</translation>
    </message>
    <message>
        <source>&apos;restrict&apos; needs a tag</source>
        <translation>„restrict“ braucht ein Schlagwort</translation>
    </message>
    <message>
        <source>a rule needs a name</source>
        <translation>eine Regel braucht einen Namen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs at least one word</source>
        <translation>„%1“ braucht mindestens ein Wort</translation>
    </message>
    <message>
        <source>weekdays are numbers from 1 (Monday) to 7 (Sunday)</source>
        <translation>Wochentage sind Zahlen von 1 (Montag) bis 7 (Sonntag)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a number, such as %1:2000</source>
        <translation>„%1“ braucht eine Zahl, etwa %1:2000</translation>
    </message>
    <message>
        <source>a time of day is written time-of-day:22:00-06:00</source>
        <translation>eine Tageszeit wird time-of-day:22:00-06:00 geschrieben</translation>
    </message>
    <message>
        <source>send to %1</source>
        <translation>an %1 senden</translation>
    </message>
    <message>
        <source>the cheapest that fits of %1</source>
        <translation>das günstigste passende von %1</translation>
    </message>
    <message>
        <source>fallback %1</source>
        <translation>der Reihe nach %1</translation>
    </message>
    <message>
        <source>only accounts tagged “%1”</source>
        <translation>nur Konten mit dem Schlagwort „%1“</translation>
    </message>
    <message>
        <source>redact sensitive data</source>
        <translation>vertrauliche Angaben schwärzen</translation>
    </message>
    <message>
        <source>block</source>
        <translation>sperren</translation>
    </message>
    <message>
        <source>block: %1</source>
        <translation>sperren: %1</translation>
    </message>
    <message>
        <source>unknown kind of attachment &apos;%1&apos; (image, pdf or text)</source>
        <translation>unbekannte Art von Anhang „%1“ (image, pdf oder text)</translation>
    </message>
    <message>
        <source>&apos;tools-only&apos; needs a tag</source>
        <translation>„tools-only“ braucht ein Schlagwort</translation>
    </message>
    <message>
        <source>tools only for accounts tagged “%1”</source>
        <translation>Werkzeuge nur für Konten mit dem Schlagwort „%1“</translation>
    </message>
</context>
<context>
    <name>Quorum::RuleListModel</name>
    <message>
        <source>Rules are kept in the database, and Quorum runs without one now.</source>
        <translation>Regeln liegen in der Datenbank, und Quorum läuft gerade ohne.</translation>
    </message>
    <message>
        <source>On: untick to turn it off</source>
        <translation>Ein: Haken entfernen zum Ausschalten</translation>
    </message>
    <message>
        <source>Off: tick to turn it on</source>
        <translation>Aus: Haken setzen zum Einschalten</translation>
    </message>
</context>
<context>
    <name>Quorum::RuleStore</name>
    <message>
        <source>Rule %1 (&quot;%2&quot;) cannot be read: its stored JSON is damaged.</source>
        <translation>Regel %1 („%2“) ist nicht lesbar: ihr gespeichertes JSON ist beschädigt.</translation>
    </message>
    <message>
        <source>Rule %1 cannot be used: %2</source>
        <translation>Regel %1 ist nicht nutzbar: %2</translation>
    </message>
    <message>
        <source>There is no rule %1.</source>
        <translation>Es gibt keine Regel %1.</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>not a Quorum rules file (its &quot;format&quot; is not &quot;quorum-rules&quot;)</source>
        <translation>keine Quorum-Regeldatei (ihr „format“ ist nicht „quorum-rules“)</translation>
    </message>
    <message>
        <source>written by a newer Quorum (rules format version %1; this one reads %2)</source>
        <translation>von einem neueren Quorum geschrieben (Regelformat Version %1; dieses liest %2)</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list</source>
        <translation>„rules“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>rule %1 is not an object</source>
        <translation>Regel %1 ist kein Objekt</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
</context>
<context>
    <name>Quorum::RulesCommand</name>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>Warning: rule “%1”: %2</source>
        <translation>Warnung: Regel „%1“: %2</translation>
    </message>
    <message>
        <source>Usage: quorum rules list|add|remove|move|enable|disable|import|export ...

  list [--json]                      the rules in the order they are tried
  add NAME [--if COND ...] ACTION    add a rule (see quorum rules add --help)
  add --json RULE                    add a rule written as JSON
  remove RULE                        remove a rule
  move RULE POSITION                 move a rule (1 is tried first)
  enable RULE / disable RULE         turn a rule on or off
  import FILE [--append]             replace (or extend) the rules from a file
  export [-o FILE]                   write the rules as JSON

RULE is a rule&apos;s id, its name, or #N for the N-th rule.
The file format and conditions are described in docs/rules.md.
</source>
        <translation>Aufruf: quorum rules list|add|remove|move|enable|disable|import|export ...

  list [--json]                      die Regeln in der Reihenfolge, in der sie geprüft werden
  add NAME [--if BED ...] AKTION     eine Regel hinzufügen (siehe quorum rules add --help)
  add --json REGEL                   eine als JSON geschriebene Regel hinzufügen
  remove REGEL                       eine Regel entfernen
  move REGEL POSITION                eine Regel verschieben (1 wird zuerst geprüft)
  enable REGEL / disable REGEL       eine Regel ein- oder ausschalten
  import DATEI [--append]            die Regeln aus einer Datei ersetzen (oder ergänzen)
  export [-o DATEI]                  die Regeln als JSON schreiben

REGEL ist die ID einer Regel, ihr Name oder #N für die N-te Regel.
Dateiformat und Bedingungen beschreibt docs/rules.md.
</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, add, remove, move, enable, disable, import or export)</source>
        <translation>unbekannte Aktion „%1“ (list, add, remove, move, enable, disable, import oder export)</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>Lists the routing rules in the order they are tried.</source>
        <translation>Listet die Routing-Regeln in der Reihenfolge, in der sie geprüft werden.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>No rules: every prompt goes to the models you choose (the default rule).</source>
        <translation>Keine Regeln: Jede Frage geht an die Modelle, die Sie wählen (die Standardregel).</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (aus)</translation>
    </message>
    <message>
        <source>Otherwise: the models you choose (the default rule).</source>
        <translation>Sonst: die Modelle, die Sie wählen (die Standardregel).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>A condition (repeatable).</source>
        <translation>Eine Bedingung (wiederholbar).</translation>
    </message>
    <message>
        <source>cond</source>
        <translation>bed</translation>
    </message>
    <message>
        <source>Send to this target (repeatable: compare them).</source>
        <translation>An dieses Ziel senden (wiederholbar: vergleichen).</translation>
    </message>
    <message>
        <source>id/model</source>
        <translation>id/modell</translation>
    </message>
    <message>
        <source>A candidate: the cheapest whose context window fits is used (repeatable).</source>
        <translation>Ein Kandidat: Das günstigste, dessen Kontextfenster passt, wird genommen (wiederholbar).</translation>
    </message>
    <message>
        <source>Try this target, on an error before its first token the next (repeatable).</source>
        <translation>Dieses Ziel versuchen, bei einem Fehler vor dem ersten Token das nächste (wiederholbar).</translation>
    </message>
    <message>
        <source>Only accounts with this tag may receive it.</source>
        <translation>Nur Konten mit diesem Schlagwort dürfen sie erhalten.</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>schlagwort</translation>
    </message>
    <message>
        <source>Replace sensitive data by placeholders before sending.</source>
        <translation>Vertrauliche Angaben vor dem Senden durch Platzhalter ersetzen.</translation>
    </message>
    <message>
        <source>Do not send; show this message.</source>
        <translation>Nicht senden; diese Meldung zeigen.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>meldung</translation>
    </message>
    <message>
        <source>Where in the list (1 is tried first).</source>
        <translation>Wo in der Liste (1 wird zuerst geprüft).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Add it turned off.</source>
        <translation>Ausgeschaltet hinzufügen.</translation>
    </message>
    <message>
        <source>The whole rule as JSON (docs/rules.md).</source>
        <translation>Die ganze Regel als JSON (docs/rules.md).</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>regel</translation>
    </message>
    <message>
        <source>The rule&apos;s name.</source>
        <translation>Der Name der Regel.</translation>
    </message>
    <message>
        <source>--json needs one JSON object: %1</source>
        <translation>--json braucht ein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>expected one NAME (quote it when it has spaces)</source>
        <translation>ein NAME erwartet (in Anführungszeichen, wenn er Leerzeichen hat)</translation>
    </message>
    <message>
        <source>--if %1: %2</source>
        <translation>--if %1: %2</translation>
    </message>
    <message>
        <source>--position needs a number from 1</source>
        <translation>--position braucht eine Zahl ab 1</translation>
    </message>
    <message>
        <source>there is a rule “%1” already</source>
        <translation>es gibt schon eine Regel „%1“</translation>
    </message>
    <message>
        <source>Added rule “%1” (id %2).</source>
        <translation>Regel „%1“ hinzugefügt (ID %2).</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>Removes a routing rule (by id, name or #N).</source>
        <translation>Entfernt eine Routing-Regel (nach ID, Name oder #N).</translation>
    </message>
    <message>
        <source>The rule&apos;s id, name or #N.</source>
        <translation>ID, Name oder #N der Regel.</translation>
    </message>
    <message>
        <source>expected one RULE</source>
        <translation>eine REGEL erwartet</translation>
    </message>
    <message>
        <source>no rule &apos;%1&apos; (see quorum rules list)</source>
        <translation>keine Regel „%1“ (siehe quorum rules list)</translation>
    </message>
    <message>
        <source>Removed rule “%1”.</source>
        <translation>Regel „%1“ entfernt.</translation>
    </message>
    <message>
        <source>RULE POSITION</source>
        <translation>REGEL POSITION</translation>
    </message>
    <message>
        <source>Moves a rule; position 1 is tried first.</source>
        <translation>Verschiebt eine Regel; Position 1 wird zuerst geprüft.</translation>
    </message>
    <message>
        <source>Its new place, from 1.</source>
        <translation>Ihr neuer Platz, ab 1.</translation>
    </message>
    <message>
        <source>expected RULE and a POSITION from 1</source>
        <translation>REGEL und eine POSITION ab 1 erwartet</translation>
    </message>
    <message>
        <source>Moved rule “%1” to position %2.</source>
        <translation>Regel „%1“ an Position %2 verschoben.</translation>
    </message>
    <message>
        <source>Turns a rule on.</source>
        <translation>Schaltet eine Regel ein.</translation>
    </message>
    <message>
        <source>Turns a rule off.</source>
        <translation>Schaltet eine Regel aus.</translation>
    </message>
    <message>
        <source>FILE [--append]</source>
        <translation>DATEI [--append]</translation>
    </message>
    <message>
        <source>Reads rules from a file written by quorum rules export (docs/rules.md) and replaces the rules with them, or adds them after the others with --append. Nothing changes when any rule in the file is wrong.</source>
        <translation>Liest Regeln aus einer mit quorum rules export geschriebenen Datei (docs/rules.md) und ersetzt die Regeln damit, oder fügt sie mit --append hinter den anderen an. Ist eine Regel der Datei fehlerhaft, ändert sich nichts.</translation>
    </message>
    <message>
        <source>Keep the rules there are and add these after them.</source>
        <translation>Die vorhandenen Regeln behalten und diese dahinter anfügen.</translation>
    </message>
    <message>
        <source>The rules file; - reads standard input.</source>
        <translation>Die Regeldatei; - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation>eine DATEI erwartet</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>there would be a rule “%1” twice; rule names are unique</source>
        <translation>es gäbe die Regel „%1“ zweimal; Regelnamen sind eindeutig</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s).</source>
        <translation>
            <numerusform>%n Regel importiert.</numerusform>
            <numerusform>%n Regeln importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>[-o FILE]</source>
        <translation>[-o DATEI]</translation>
    </message>
    <message>
        <source>Writes the routing rules as JSON (docs/rules.md), to standard output or a file.</source>
        <translation>Schreibt die Routing-Regeln als JSON (docs/rules.md) auf die Standardausgabe oder in eine Datei.</translation>
    </message>
    <message>
        <source>Write to this file.</source>
        <translation>In diese Datei schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 ist nicht schreibbar: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rule(s) to %1.</source>
        <translation>
            <numerusform>%n Regel nach %1 geschrieben.</numerusform>
            <numerusform>%n Regeln nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>[--explain] [--json] [--target ID/MODEL ...] [--tag TAG ...] PROMPT</source>
        <translation>[--explain] [--json] [--target ID/MODELL ...] [--tag SCHLAGWORT ...] FRAGE</translation>
    </message>
    <message>
        <source>Says where the routing rules would send a prompt, without sending it. The default rule sends to the --target models, or without them to the models last chosen in the window.</source>
        <translation>Sagt, wohin die Routing-Regeln eine Frage schicken würden, ohne sie zu senden. Die Standardregel sendet an die --target-Modelle, ohne sie an die zuletzt im Fenster gewählten.</translation>
    </message>
    <message>
        <source>Say why: each rule looked at, in order.</source>
        <translation>Begründen: jede geprüfte Regel, der Reihe nach.</translation>
    </message>
    <message>
        <source>A model the default rule sends to (repeatable).</source>
        <translation>Ein Modell, an das die Standardregel sendet (wiederholbar).</translation>
    </message>
    <message>
        <source>A tag of the conversation (repeatable).</source>
        <translation>Ein Schlagwort des Gesprächs (wiederholbar).</translation>
    </message>
    <message>
        <source>Route as a follow-up in this stored conversation (its tags count).</source>
        <translation>Als Folgefrage in diesem gespeicherten Gespräch leiten (seine Schlagwörter zählen).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The prompt; - reads it from standard input.</source>
        <translation>Die Frage; - liest sie von der Standardeingabe.</translation>
    </message>
    <message>
        <source>expected one PROMPT (quote it, or use - to read standard input)</source>
        <translation>eine FRAGE erwartet (in Anführungszeichen, oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>a target is ID/MODEL, not &apos;%1&apos;</source>
        <translation>ein Ziel ist ID/MODELL, nicht „%1“</translation>
    </message>
    <message>
        <source>no conversation %1</source>
        <translation>kein Gespräch %1</translation>
    </message>
    <message>
        <source>Blocked (%1): %2</source>
        <translation>Gesperrt (%1): %2</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>Rule: %1 (%2)</source>
        <translation>Regel: %1 (%2)</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>Ziele: %1</translation>
    </message>
    <message>
        <source>Sent as: %1</source>
        <translation>Gesendet als: %1</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>NAME [--if COND ...] (--send T ... | --cheapest T ... | --fallback T ... | --restrict TAG | --redact | --block MESSAGE | --tools-only TAG) [--position N] [--disabled]
       quorum rules add --json RULE</source>
        <translation>NAME [--if BED ...] (--send Z ... | --cheapest Z ... | --fallback Z ... | --restrict SCHLAGWORT | --redact | --block MELDUNG | --tools-only SCHLAGWORT) [--position N] [--disabled]
       quorum rules add --json REGEL</translation>
    </message>
    <message>
        <source>Adds a routing rule. Rules are tried in order; governance rules (restrict, redact, block, tools-only) always run first. Conditions (all must hold), for example:
  has-code  regex:^translate  any-keyword:invoice,contract  all-keywords:sql,postgres
  tokens-above:2000  tokens-below:200  script:cyrillic  conversation-tag:work
  time-of-day:22:00-06:00  weekday:sat,sun  budget-above:80  sensitive  sensitive:email,card
  uses-tool:files  uses-tool:files__write_file
A leading ! negates one: !script:latin. Targets are ID/MODEL, such as openai/gpt-4.1-mini.</source>
        <translation>Fügt eine Routing-Regel hinzu. Regeln werden der Reihe nach geprüft; Governance-Regeln (restrict, redact, block, tools-only) laufen immer zuerst. Bedingungen (alle müssen gelten), zum Beispiel:
  has-code  regex:^translate  any-keyword:invoice,contract  all-keywords:sql,postgres
  tokens-above:2000  tokens-below:200  script:cyrillic  conversation-tag:work
  time-of-day:22:00-06:00  weekday:sat,sun  budget-above:80  sensitive  sensitive:email,card
  uses-tool:files  uses-tool:files__write_file
Ein vorangestelltes ! verneint eine: !script:latin. Ziele sind ID/MODELL, etwa openai/gpt-4.1-mini.</translation>
    </message>
    <message>
        <source>The tools the uses-tool conditions name (all, without one) are offered only to accounts with this tag.</source>
        <translation>Die Werkzeuge, die die uses-tool-Bedingungen nennen (ohne eine: alle), werden nur Konten mit diesem Schlagwort angeboten.</translation>
    </message>
    <message>
        <source>a rule has one action: --send, --cheapest, --fallback, --restrict, --redact, --block or --tools-only</source>
        <translation>eine Regel hat eine Aktion: --send, --cheapest, --fallback, --restrict, --redact, --block oder --tools-only</translation>
    </message>
</context>
<context>
    <name>Quorum::RulesPage</name>
    <message>
        <source>Contains any of</source>
        <translation>Enthält eines von</translation>
    </message>
    <message>
        <source>Contains all of</source>
        <translation>Enthält alle von</translation>
    </message>
    <message>
        <source>Matches the regular expression</source>
        <translation>Passt auf den regulären Ausdruck</translation>
    </message>
    <message>
        <source>Contains code</source>
        <translation>Enthält Code</translation>
    </message>
    <message>
        <source>Longer than (tokens)</source>
        <translation>Länger als (Tokens)</translation>
    </message>
    <message>
        <source>Shorter than (tokens)</source>
        <translation>Kürzer als (Tokens)</translation>
    </message>
    <message>
        <source>Written in the script</source>
        <translation>Geschrieben in der Schrift</translation>
    </message>
    <message>
        <source>Conversation is tagged</source>
        <translation>Gespräch hat das Schlagwort</translation>
    </message>
    <message>
        <source>Time of day is between</source>
        <translation>Tageszeit liegt zwischen</translation>
    </message>
    <message>
        <source>Weekday is</source>
        <translation>Wochentag ist</translation>
    </message>
    <message>
        <source>Monthly budget spent above (%)</source>
        <translation>Monatsbudget verbraucht über (%)</translation>
    </message>
    <message>
        <source>Contains sensitive data</source>
        <translation>Enthält vertrauliche Angaben</translation>
    </message>
    <message>
        <source>Send to (several: compare)</source>
        <translation>Senden an (mehrere: vergleichen)</translation>
    </message>
    <message>
        <source>The cheapest that fits of</source>
        <translation>Das günstigste passende von</translation>
    </message>
    <message>
        <source>Try in turn (fallback)</source>
        <translation>Der Reihe nach versuchen (Ausweichen)</translation>
    </message>
    <message>
        <source>Only accounts tagged</source>
        <translation>Nur Konten mit dem Schlagwort</translation>
    </message>
    <message>
        <source>Redact sensitive data</source>
        <translation>Vertrauliche Angaben schwärzen</translation>
    </message>
    <message>
        <source>Block, saying</source>
        <translation>Sperren mit der Meldung</translation>
    </message>
    <message>
        <source>Rules are tried from the top; the first that matches chooses the models (with Auto on). Governance rules (only accounts tagged, redact, block) always apply, even to models you chose yourself. No match: the models you chose.</source>
        <translation>Regeln werden von oben geprüft; die erste passende wählt die Modelle (bei eingeschaltetem Auto). Governance-Regeln (nur Konten mit Schlagwort, schwärzen, sperren) gelten immer, auch für selbst gewählte Modelle. Passt keine: die gewählten Modelle.</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Routing-Regeln</translation>
    </message>
    <message>
        <source>A&amp;dd Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a routing rule</source>
        <translation>Eine Routing-Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>Die gewählte Regel entfernen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Import rules from a file</source>
        <translation>Regeln aus einer Datei importieren</translation>
    </message>
    <message>
        <source>Import Rules</source>
        <translation>Regeln importieren</translation>
    </message>
    <message>
        <source>Rules (*.json)</source>
        <translation>Regeln (*.json)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Export the rules to a file</source>
        <translation>Die Regeln in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Export Rules</source>
        <translation>Regeln exportieren</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Name der Regel</translation>
    </message>
    <message>
        <source>When all of these hold (none: always)</source>
        <translation>Wenn all dies gilt (nichts: immer)</translation>
    </message>
    <message>
        <source>Add C&amp;ondition</source>
        <translation>&amp;Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>Eine Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>What the rule does</source>
        <translation>Was die Regel tut</translation>
    </message>
    <message>
        <source>Models, as account/model, separated by commas</source>
        <translation>Modelle, als Konto/Modell, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>openai/gpt-4.1-mini, anthropic/claude-sonnet-4-5</source>
        <translation>openai/gpt-4.1-mini, anthropic/claude-sonnet-4-5</translation>
    </message>
    <message>
        <source>Account tag</source>
        <translation>Schlagwort des Kontos</translation>
    </message>
    <message>
        <source>local, eu, no-training …</source>
        <translation>local, eu, no-training …</translation>
    </message>
    <message>
        <source>Message shown when blocked</source>
        <translation>Meldung beim Sperren</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>T&amp;hen:</source>
        <translation>&amp;Dann:</translation>
    </message>
    <message>
        <source>Mode&amp;ls:</source>
        <translation>M&amp;odelle:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>Schlag&amp;wort:</translation>
    </message>
    <message>
        <source>Me&amp;ssage:</source>
        <translation>Meld&amp;ung:</translation>
    </message>
    <message>
        <source>Try a prompt</source>
        <translation>Eine Frage ausprobieren</translation>
    </message>
    <message>
        <source>A prompt to try the rules on</source>
        <translation>Eine Frage, an der die Regeln ausprobiert werden</translation>
    </message>
    <message>
        <source>Type a prompt to see where the rules send it, and why.</source>
        <translation>Tippen Sie eine Frage, um zu sehen, wohin die Regeln sie schicken, und warum.</translation>
    </message>
    <message>
        <source>not</source>
        <translation>nicht</translation>
    </message>
    <message>
        <source>Negate this condition</source>
        <translation>Diese Bedingung verneinen</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Condition value</source>
        <translation>Wert der Bedingung</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation>Bedingung %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not account/model, such as openai/gpt-4.1-mini.</source>
        <translation>„%1“ ist nicht Konto/Modell, etwa openai/gpt-4.1-mini.</translation>
    </message>
    <message>
        <source>There is a rule “%1” already; names are unique.</source>
        <translation>Es gibt schon eine Regel „%1“; Namen sind eindeutig.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved. Note: %1</source>
        <translation>Gespeichert. Hinweis: %1</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>example</source>
        <translation>beispiel</translation>
    </message>
    <message>
        <source>Type a prompt above to try the rules.</source>
        <translation>Tippen Sie oben eine Frage, um die Regeln auszuprobieren.</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Gesperrt: %1</translation>
    </message>
    <message>
        <source>Sent as: %1</source>
        <translation>Gesendet als: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>Nothing imported from %1: %2</source>
        <translation>Nichts aus %1 importiert: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 ist nicht schreibbar: %2</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Has attached files</source>
        <translation>Hat angehängte Dateien</translation>
    </message>
    <message>
        <source>Has attached files of kind</source>
        <translation>Hat angehängte Dateien der Art</translation>
    </message>
    <message>
        <source>Has an attached file larger than (MB)</source>
        <translation>Hat eine angehängte Datei größer als (MB)</translation>
    </message>
    <message>
        <source>Tools only for accounts tagged</source>
        <translation>Werkzeuge nur für Konten mit Schlagwort</translation>
    </message>
</context>
<context>
    <name>Quorum::SecretStore</name>
    <message>
        <source>No key is stored for %1.</source>
        <translation>Für %1 ist kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available (no Secret Service or KWallet is running): %1</source>
        <translation>Kein Schlüsselbund verfügbar (weder Secret Service noch KWallet laufen): %1</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: %1</translation>
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
    <name>Quorum::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <source>system (the system&apos;s proxy settings)</source>
        <translation>system (die Proxy-Einstellungen des Systems)</translation>
    </message>
    <message>
        <source>For every provider without its own proxy: system, none, http://host:port or socks5://host:port. A provider&apos;s own proxy is set on the Providers page.</source>
        <translation>Für jeden Anbieter ohne eigenen Proxy: system, none, http://host:port oder socks5://host:port. Den eigenen Proxy eines Anbieters legen Sie auf der Seite Anbieter fest.</translation>
    </message>
    <message>
        <source>Pr&amp;oxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>default (60 s)</source>
        <translation>Vorgabe (60 s)</translation>
    </message>
    <message>
        <source>Name: value, one per line; sent to every provider</source>
        <translation>Name: Wert, einer pro Zeile; an jeden Anbieter gesendet</translation>
    </message>
    <message>
        <source>Response &amp;timeout:</source>
        <translation>&amp;Zeitlimit für die Antwort:</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>Zusätzliche &amp;Header:</translation>
    </message>
    <message>
        <source>A header is &quot;Name: value&quot;, not &quot;%1&quot;.</source>
        <translation>Ein Header ist &quot;Name: Wert&quot;, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&amp;Enter sends the prompt (Shift+Enter starts a new line)</source>
        <translation>&amp;Eingabe sendet den Prompt (Umschalt+Eingabe beginnt eine neue Zeile)</translation>
    </message>
    <message>
        <source>When off, Enter starts a new line and Ctrl+Enter sends.</source>
        <translation>Ist das aus, beginnt Eingabe eine neue Zeile und Strg+Eingabe sendet.</translation>
    </message>
    <message>
        <source>&amp;Composer</source>
        <translation>Ein&amp;gabefeld</translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation>&amp;Routing</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>Die des Systems (%1)</translation>
    </message>
    <message>
        <source>Quorum speaks the new language from its next start.</source>
        <translation>Quorum spricht die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>Darste&amp;llung</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Die des Systems</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
</context>
<context>
    <name>Quorum::SpendCommand</name>
    <message>
        <source>all providers</source>
        <translation>alle Anbieter</translation>
    </message>
    <message>
        <source>Budget exceeded: %1</source>
        <translation>Budget überschritten: %1</translation>
    </message>
    <message>
        <source>Budget at 80 %: %1</source>
        <translation>Budget bei 80 %: %1</translation>
    </message>
    <message>
        <source>[--since DATE] [--by model|provider|day] [--json]</source>
        <translation>[--since DATUM] [--by model|provider|day] [--json]</translation>
    </message>
    <message>
        <source>What the stored answers cost, from the costs stored with them, and the monthly budgets.</source>
        <translation>Was die gespeicherten Antworten gekostet haben, nach den mit ihnen gespeicherten Kosten, und die Monatsbudgets.</translation>
    </message>
    <message>
        <source>From this day (YYYY-MM-DD, local time; default: the first of this month).</source>
        <translation>Ab diesem Tag (JJJJ-MM-TT, Ortszeit; Vorgabe: der Erste dieses Monats).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>Group by model, provider or day (default: model).</source>
        <translation>Nach Modell, Anbieter oder Tag gruppieren (Vorgabe: Modell).</translation>
    </message>
    <message>
        <source>group</source>
        <translation>gruppe</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>takes no arguments</source>
        <translation>nimmt keine Argumente</translation>
    </message>
    <message>
        <source>--since needs a date such as 2026-11-01</source>
        <translation>--since braucht ein Datum wie 2026-11-01</translation>
    </message>
    <message>
        <source>--by is model, provider or day, not &apos;%1&apos;</source>
        <translation>--by ist model, provider oder day, nicht &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>  %n of them estimated from the text (the provider sent no usage)</source>
        <translation>
            <numerusform>  davon %n aus dem Text geschätzt (der Anbieter schickte keine Nutzung)</numerusform>
            <numerusform>  davon %n aus dem Text geschätzt (der Anbieter schickte keine Nutzung)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n of them with an unknown cost, not counted (no price for the model)</source>
        <translation>
            <numerusform>  davon %n mit unbekannten Kosten, nicht mitgezählt (kein Preis für das Modell)</numerusform>
            <numerusform>  davon %n mit unbekannten Kosten, nicht mitgezählt (kein Preis für das Modell)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source> — exceeded</source>
        <translation> — überschritten</translation>
    </message>
    <message>
        <source> — over 80 %</source>
        <translation> — über 80 %</translation>
    </message>
    <message>
        <source>Usage: quorum budget set|clear|list ...

  set USD [--provider ID]     a monthly budget, overall or for one provider account;
                              quorum warns at 80 % and at 100 %
  clear [--provider ID]       remove it
  list [--json]               the budgets and what was spent this month
</source>
        <translation>Aufruf: quorum budget set|clear|list ...

  set USD [--provider ID]     ein Monatsbudget, insgesamt oder für ein Anbieterkonto;
                              quorum warnt bei 80 % und bei 100 %
  clear [--provider ID]       es entfernen
  list [--json]               die Budgets und was in diesem Monat ausgegeben wurde
</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (set, clear or list)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (set, clear oder list)</translation>
    </message>
    <message>
        <source>Monthly budgets.</source>
        <translation>Monatsbudgets.</translation>
    </message>
    <message>
        <source>A provider account.</source>
        <translation>Ein Anbieterkonto.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>budget set needs an amount in USD, such as 20 or 12.50</source>
        <translation>budget set braucht einen Betrag in USD, etwa 20 oder 12.50</translation>
    </message>
    <message>
        <source>budget %1 takes no amount</source>
        <translation>budget %1 nimmt keinen Betrag</translation>
    </message>
    <message>
        <source>No budget is set.</source>
        <translation>Es ist kein Budget festgelegt.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 this month (%4 %)</source>
        <translation>%1: %2 von %3 in diesem Monat (%4 %)</translation>
    </message>
    <message numerus="yes">
        <source>Spent since %1: %2 for %n answer(s)</source>
        <translation>
            <numerusform>Ausgaben seit %1: %2 für %n Antwort</numerusform>
            <numerusform>Ausgaben seit %1: %2 für %n Antworten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::StreamDecoder</name>
    <message>
        <source>malformed JSON (%1 at offset %2): %3</source>
        <translation>fehlerhaftes JSON (%1 an Position %2): %3</translation>
    </message>
    <message>
        <source>a JSON value that is no object: %1</source>
        <translation>ein JSON-Wert, der kein Objekt ist: %1</translation>
    </message>
    <message>
        <source>The stream ended before the answer was complete.</source>
        <translation>Der Datenstrom endete, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The Converse response has no output.message.</source>
        <translation>Die Converse-Antwort enthält kein output.message.</translation>
    </message>
</context>
<context>
    <name>Quorum::StreamError</name>
    <message>
        <source>The key for %1 was refused.</source>
        <translation>Der Schlüssel für %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <source>%1 refused the request for billing reasons (quota or credits used up).</source>
        <translation>%1 lehnte die Anfrage aus Abrechnungsgründen ab (Kontingent oder Guthaben aufgebraucht).</translation>
    </message>
    <message>
        <source>%1 does not know the model %2, or its base URL is wrong.</source>
        <translation>%1 kennt das Modell %2 nicht, oder seine Basis-URL ist falsch.</translation>
    </message>
    <message>
        <source>%1 rejected the request for %2.</source>
        <translation>%1 lehnte die Anfrage für %2 ab.</translation>
    </message>
    <message>
        <source>%1 is rate limiting requests.</source>
        <translation>%1 begrenzt die Anfragerate.</translation>
    </message>
    <message numerus="yes">
        <source>It asks to wait %n second(s).</source>
        <translation>
            <numerusform>Es bittet, %n Sekunde zu warten.</numerusform>
            <numerusform>Es bittet, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is overloaded.</source>
        <translation>%1 ist überlastet.</translation>
    </message>
    <message>
        <source>%1 had a server error.</source>
        <translation>%1 hatte einen Serverfehler.</translation>
    </message>
    <message>
        <source>Could not reach %1.</source>
        <translation>%1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 antwortete nicht rechtzeitig.</translation>
    </message>
    <message>
        <source>%1 sent a response Quorum cannot read.</source>
        <translation>%1 sandte eine Antwort, die Quorum nicht lesen kann.</translation>
    </message>
    <message>
        <source>The answer from %1 exceeded the size limit and was stopped.</source>
        <translation>Die Antwort von %1 überschritt die Größengrenze und wurde angehalten.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>%1 is not set up completely.</source>
        <translation>%1 ist nicht vollständig eingerichtet.</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>AWS denied %1 access: allow the action in the IAM policy of its credentials.</source>
        <translation>AWS verweigerte %1 den Zugriff: die Aktion in der IAM-Richtlinie seiner Anmeldedaten erlauben.</translation>
    </message>
    <message>
        <source>AWS denied %1 access to %2: enable the model under Bedrock&apos;s “Model access”, or allow it in the IAM policy of the credentials.</source>
        <translation>AWS verweigerte %1 den Zugriff auf %2: das Modell in Bedrock unter „Model access“ freischalten oder es in der IAM-Richtlinie der Anmeldedaten erlauben.</translation>
    </message>
    <message>
        <source>The AWS session token of %1 has expired: refresh the credentials.</source>
        <translation>Das AWS-Sitzungstoken von %1 ist abgelaufen: die Anmeldedaten erneuern.</translation>
    </message>
</context>
<context>
    <name>Quorum::StreamTransport</name>
    <message>
        <source>The server redirected the request to %1, another address; Quorum sends keys only to the address configured.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse umgeleitet (%1); Quorum sendet Schlüssel nur an die eingerichtete Adresse.</translation>
    </message>
</context>
<context>
    <name>Quorum::SubcommandParser</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Usage: quorum %1 %2</source>
        <translation>Aufruf: quorum %1 %2</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (%2)</source>
        <translation>unbekannte Aktion „%1“ (%2)</translation>
    </message>
</context>
<context>
    <name>Quorum::SynthesisRow</name>
    <message>
        <source>agree</source>
        <translation>übereinstimmend</translation>
    </message>
    <message>
        <source>contradict</source>
        <translation>widersprüchlich</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>einzeln</translation>
    </message>
    <message>
        <source>unstated</source>
        <translation>nicht gesagt</translation>
    </message>
    <message>
        <source>Claims of the answers</source>
        <translation>Aussagen der Antworten</translation>
    </message>
    <message>
        <source>%1 · %2: %3 (%4)</source>
        <translation>%1 · %2: %3 (%4)</translation>
    </message>
    <message>
        <source>%1. %2 — %3 points, first in %4 of %5</source>
        <translation>%1. %2 — %3 Punkte, Erste in %4 von %5</translation>
    </message>
    <message>
        <source>Peer ranking (Borda):
</source>
        <translation>Gegenseitige Rangfolge (Borda):
</translation>
    </message>
    <message>
        <source>Where the answers agree (%1)</source>
        <translation>Wo die Antworten übereinstimmen (%1)</translation>
    </message>
    <message>
        <source>Synthesis shown</source>
        <translation>Gezeigte Synthese</translation>
    </message>
    <message>
        <source>The turn&apos;s syntheses, newest first: choose the one to show</source>
        <translation>Die Synthesen des Zugs, neueste zuerst: wählen Sie die anzuzeigende</translation>
    </message>
    <message>
        <source>The judge writes one answer from the ticked points only</source>
        <translation>Der Richter schreibt eine Antwort nur aus den angehakten Punkten</translation>
    </message>
    <message numerus="yes">
        <source>, %n point(s)</source>
        <translation>
            <numerusform>, %n Punkt</numerusform>
            <numerusform>, %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%2 · %3</source>
        <translation>%1%2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Fuse the %n Ticked Point(s)</source>
        <translation>
            <numerusform>Den %n angehakten Punkt verschmelzen</numerusform>
            <numerusform>Die %n angehakten Punkte verschmelzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick Points to Fuse Them</source>
        <translation>Punkte zum Verschmelzen anhaken</translation>
    </message>
</context>
<context>
    <name>Quorum::TargetParametersDialog</name>
    <message>
        <source>Parameters of %1</source>
        <translation>Parameter von %1</translation>
    </message>
    <message>
        <source>needed: the model is chosen twice</source>
        <translation>nötig: Das Modell ist zweimal gewählt</translation>
    </message>
    <message>
        <source>none: this chip only</source>
        <translation>keiner: nur dieser Chip</translation>
    </message>
    <message>
        <source>A variant&apos;s name saves these parameters under it, for any model: ACCOUNT/MODEL#NAME on the command line.</source>
        <translation>Der Name einer Variante speichert diese Parameter unter ihm, für jedes Modell: KONTO/MODELL#NAME auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>&amp;Variant name:</source>
        <translation>&amp;Variantenname:</translation>
    </message>
    <message>
        <source>(as they are)</source>
        <translation>(wie sie sind)</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>&amp;Startwerte aus:</translation>
    </message>
    <message>
        <source>Its own system prompt</source>
        <translation>Eigener Systemprompt</translation>
    </message>
    <message>
        <source>Replaces the conversation&apos;s system prompt for this model</source>
        <translation>Ersetzt den Systemprompt des Gesprächs für dieses Modell</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperatur</translation>
    </message>
    <message>
        <source>Top &amp;p</source>
        <translation>Top &amp;p</translation>
    </message>
    <message>
        <source>&amp;Maximum output tokens</source>
        <translation>&amp;Maximale Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>The provider&apos;s default</source>
        <translation>Vorgabe des Anbieters</translation>
    </message>
    <message>
        <source>Effort: %1</source>
        <translation>Aufwand: %1</translation>
    </message>
    <message>
        <source>A budget of thinking tokens</source>
        <translation>Ein Budget an Denk-Tokens</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <source>&amp;Reasoning:</source>
        <translation>&amp;Denken:</translation>
    </message>
    <message>
        <source>Output &amp;JSON Schema</source>
        <translation>Ausgabe-&amp;JSON-Schema</translation>
    </message>
    <message>
        <source>Give the variant a name: the model is chosen twice, and the name tells them apart.</source>
        <translation>Geben Sie der Variante einen Namen: Das Modell ist zweimal gewählt, und der Name unterscheidet sie.</translation>
    </message>
    <message>
        <source>The output schema must be a JSON object.</source>
        <translation>Das Ausgabeschema muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The output schema is not JSON: %1 (at character %2).</source>
        <translation>Das Ausgabeschema ist kein JSON: %1 (bei Zeichen %2).</translation>
    </message>
</context>
<context>
    <name>Quorum::TextExport</name>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>*Started %1*</source>
        <translation>*Begonnen %1*</translation>
    </message>
    <message>
        <source>**System prompt:**</source>
        <translation>**Systemanweisung:**</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>%1 in / %2 out tokens</source>
        <translation>%1 Tokens hinein / %2 heraus</translation>
    </message>
    <message>
        <source>★ picked</source>
        <translation>★ gewählt</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Vor dem Ende angehalten.</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>eine Antwort</translation>
    </message>
    <message>
        <source>Synthesis (%1) by %2 · %3</source>
        <translation>Synthese (%1) von %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2: %3 — %4</source>
        <translation>%1 · %2: %3 — %4</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Angehängt: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::ToolBox</name>
    <message>
        <source>the server was stopped: its settings changed</source>
        <translation>der Server wurde angehalten: seine Einstellungen haben sich geändert</translation>
    </message>
    <message>
        <source>The tool server “%1” is not configured.</source>
        <translation>Der Werkzeugserver „%1“ ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The tool server “%1” is not available: %2</source>
        <translation>Der Werkzeugserver „%1“ ist nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>it did not start</source>
        <translation>er ist nicht gestartet</translation>
    </message>
    <message>
        <source>There is no tool named “%1”.</source>
        <translation>Es gibt kein Werkzeug namens „%1“.</translation>
    </message>
    <message>
        <source>The model called a tool it was not offered.</source>
        <translation>Das Modell hat ein Werkzeug aufgerufen, das ihm nicht angeboten wurde.</translation>
    </message>
    <message>
        <source>The arguments were not a JSON object: %1</source>
        <translation>Die Argumente waren kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>The model&apos;s arguments were not JSON.</source>
        <translation>Die Argumente des Modells waren kein JSON.</translation>
    </message>
    <message>
        <source>The tool server “%1” is not running.</source>
        <translation>Der Werkzeugserver „%1“ läuft nicht.</translation>
    </message>
    <message>
        <source>The user does not allow this tool.</source>
        <translation>Der Benutzer erlaubt dieses Werkzeug nicht.</translation>
    </message>
    <message>
        <source>Denied by the tool&apos;s setting.</source>
        <translation>Durch die Einstellung des Werkzeugs abgelehnt.</translation>
    </message>
    <message>
        <source>The user did not allow this call.</source>
        <translation>Der Benutzer hat diesen Aufruf nicht erlaubt.</translation>
    </message>
    <message>
        <source>Denied by the user.</source>
        <translation>Vom Benutzer abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>[%n more character(s) of the result were cut]</source>
        <translation>
            <numerusform>[%n weiteres Zeichen des Ergebnisses wurde abgeschnitten]</numerusform>
            <numerusform>[%n weitere Zeichen des Ergebnisses wurden abgeschnitten]</numerusform>
        </translation>
    </message>
    <message>
        <source>The result was cut to %L1 characters.</source>
        <translation>Das Ergebnis wurde auf %L1 Zeichen gekürzt.</translation>
    </message>
    <message>
        <source>The tool call failed: %1</source>
        <translation>Der Werkzeugaufruf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the web search settings changed</source>
        <translation>die Einstellungen der Websuche haben sich geändert</translation>
    </message>
    <message>
        <source>The shared web search was not made: %1</source>
        <translation>Die gemeinsame Websuche wurde nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Searched once: every answer of this turn was given the same results.</source>
        <translation>Einmal gesucht: jede Antwort dieser Runde bekam dieselben Ergebnisse.</translation>
    </message>
    <message>
        <source>A web search was made for this question before you answer; use its results where they help, and cite the ones you use by number, as [1].</source>
        <translation>Vor Ihrer Antwort wurde für diese Frage eine Websuche ausgeführt; nutzen Sie ihre Ergebnisse, wo sie helfen, und zitieren Sie die verwendeten mit ihrer Nummer, etwa [1].</translation>
    </message>
    <message>
        <source>The search was not made: %1</source>
        <translation>Die Suche wurde nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>no web search service is set up (Settings → Tools, or quorum websearch set)</source>
        <translation>kein Websuchdienst eingerichtet (Einstellungen → Werkzeuge oder quorum websearch set)</translation>
    </message>
</context>
<context>
    <name>Quorum::ToolStep</name>
    <message>
        <source>tool error</source>
        <translation>Werkzeugfehler</translation>
    </message>
    <message>
        <source>ran</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>shared web search</source>
        <translation>gemeinsame Websuche</translation>
    </message>
    <message>
        <source>web search</source>
        <translation>Websuche</translation>
    </message>
</context>
<context>
    <name>Quorum::ToolStepsView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Tool calls</source>
        <translation>Werkzeugaufrufe</translation>
    </message>
    <message>
        <source>Remember for this tool</source>
        <translation>Für dieses Werkzeug merken</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Tool call: %1</source>
        <translation>Werkzeugaufruf: %1</translation>
    </message>
    <message>
        <source>%1 on the server “%2”</source>
        <translation>%1 auf dem Server „%2“</translation>
    </message>
    <message>
        <source>The model wants to call %1 on the tool server “%2”. Allow it?</source>
        <translation>Das Modell möchte %1 auf dem Werkzeugserver „%2“ aufrufen. Erlauben?</translation>
    </message>
    <message>
        <source>Remember the answer for this tool</source>
        <translation>Die Antwort für dieses Werkzeug merken</translation>
    </message>
    <message>
        <source>Allow this tool call</source>
        <translation>Diesen Werkzeugaufruf erlauben</translation>
    </message>
    <message>
        <source>Deny this tool call</source>
        <translation>Diesen Werkzeugaufruf ablehnen</translation>
    </message>
    <message>
        <source>Sources of the web search</source>
        <translation>Quellen der Websuche</translation>
    </message>
</context>
<context>
    <name>Quorum::ToolsPage</name>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Command or address</source>
        <translation>Befehl oder Adresse</translation>
    </message>
    <message>
        <source>Add an MCP server</source>
        <translation>Einen MCP-Server hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected MCP server</source>
        <translation>Den gewählten MCP-Server entfernen</translation>
    </message>
    <message>
        <source>&amp;List Its Tools</source>
        <translation>Seine Werkzeuge a&amp;uflisten</translation>
    </message>
    <message>
        <source>Start the selected server and list its tools</source>
        <translation>Den gewählten Server starten und seine Werkzeuge auflisten</translation>
    </message>
    <message>
        <source>The selected server&apos;s tools</source>
        <translation>Die Werkzeuge des gewählten Servers</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>When a model calls it</source>
        <translation>Wenn ein Modell es aufruft</translation>
    </message>
    <message>
        <source>A server&apos;s environment variables and headers (tokens) are set with quorum mcp add; their values are kept in the system keychain.</source>
        <translation>Umgebungsvariablen und Header eines Servers (Tokens) werden mit quorum mcp add gesetzt; ihre Werte liegen im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Rounds of tool calls an answer may make</source>
        <translation>Runden von Werkzeugaufrufen, die eine Antwort machen darf</translation>
    </message>
    <message>
        <source>Rounds of tool calls an answer may make:</source>
        <translation>Runden von Werkzeugaufrufen pro Antwort:</translation>
    </message>
    <message>
        <source>Web search</source>
        <translation>Websuche</translation>
    </message>
    <message>
        <source>Web search service</source>
        <translation>Websuchdienst</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>none; “local” for a SearXNG of your own</source>
        <translation>keine; „local“ für ein eigenes SearXNG</translation>
    </message>
    <message>
        <source>When a model calls the web search</source>
        <translation>Wenn ein Modell die Websuche aufruft</translation>
    </message>
    <message>
        <source>Save the web search settings</source>
        <translation>Die Einstellungen der Websuche speichern</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Search for “Qt” with the saved settings</source>
        <translation>Mit den gespeicherten Einstellungen nach „Qt“ suchen</translation>
    </message>
    <message>
        <source>Choose it per conversation in the composer&apos;s Tools menu: as a tool the models may call, or shared (one search with the prompt, the same results for every model, listed under each answer).</source>
        <translation>Wählen Sie sie pro Unterhaltung im Werkzeuge-Menü des Eingabefelds: als Werkzeug, das die Modelle aufrufen dürfen, oder gemeinsam (eine Suche mit der Frage, dieselben Ergebnisse für jedes Modell, unter jeder Antwort aufgeführt).</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>AP&amp;I-Schlüssel:</translation>
    </message>
    <message>
        <source>Res&amp;ults:</source>
        <translation>Erge&amp;bnisse:</translation>
    </message>
    <message>
        <source>Ta&amp;gs for the rules:</source>
        <translation>Schlag&amp;wörter für die Regeln:</translation>
    </message>
    <message>
        <source>https://searx.example.org (its JSON format enabled)</source>
        <translation>https://searx.example.org (mit aktiviertem JSON-Format)</translation>
    </message>
    <message>
        <source>the service&apos;s own API</source>
        <translation>die eigene API des Dienstes</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>stdio</source>
        <translation>stdio</translation>
    </message>
    <message>
        <source>Ticked: conversations may use its tools</source>
        <translation>Angehakt: Unterhaltungen dürfen seine Werkzeuge nutzen</translation>
    </message>
    <message>
        <source>When a model calls %1</source>
        <translation>Wenn ein Modell %1 aufruft</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add an MCP Server</source>
        <translation>Einen MCP-Server hinzufügen</translation>
    </message>
    <message>
        <source>How Quorum reaches the server</source>
        <translation>Wie Quorum den Server erreicht</translation>
    </message>
    <message>
        <source>A program Quorum starts (stdio)</source>
        <translation>Ein Programm, das Quorum startet (stdio)</translation>
    </message>
    <message>
        <source>An address (Streamable HTTP)</source>
        <translation>Eine Adresse (Streamable HTTP)</translation>
    </message>
    <message>
        <source>npx -y @modelcontextprotocol/server-filesystem ~/notes</source>
        <translation>npx -y @modelcontextprotocol/server-filesystem ~/notizen</translation>
    </message>
    <message>
        <source>https://mcp.example.com/mcp</source>
        <translation>https://mcp.example.com/mcp</translation>
    </message>
    <message>
        <source>Add the server</source>
        <translation>Den Server hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Command or address:</source>
        <translation>&amp;Befehl oder Adresse:</translation>
    </message>
    <message>
        <source>A name is letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (it names the server&apos;s tools).</source>
        <translation>Ein Name besteht aus Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; (er benennt die Werkzeuge des Servers).</translation>
    </message>
    <message>
        <source>“web” is the built-in web search; choose another name.</source>
        <translation>„web“ ist die eingebaute Websuche; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The address is an http or https URL.</source>
        <translation>Die Adresse ist eine http- oder https-URL.</translation>
    </message>
    <message>
        <source>Say which program to start, with its arguments.</source>
        <translation>Geben Sie an, welches Programm mit welchen Argumenten starten soll.</translation>
    </message>
    <message>
        <source>Remove an MCP Server</source>
        <translation>Einen MCP-Server entfernen</translation>
    </message>
    <message>
        <source>Remove the server “%1”? Conversations that use it go on without its tools.</source>
        <translation>Den Server „%1“ entfernen? Unterhaltungen, die ihn nutzen, gehen ohne seine Werkzeuge weiter.</translation>
    </message>
    <message>
        <source>kept in the keychain; type to replace it</source>
        <translation>im Schlüsselbund; tippen, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>SearXNG needs the instance&apos;s address.</source>
        <translation>SearXNG braucht die Adresse der Instanz.</translation>
    </message>
    <message>
        <source>There is no keychain to keep the API key in.</source>
        <translation>Es gibt keinen Schlüsselbund für den API-Schlüssel.</translation>
    </message>
    <message>
        <source>The API key stays out of files, and the keychain cannot keep it: %1</source>
        <translation>Der API-Schlüssel gehört in keine Datei, und der Schlüsselbund kann ihn nicht aufnehmen: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Web search is off.</source>
        <translation>Die Websuche ist aus.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Sucht …</translation>
    </message>
    <message>
        <source>The search worked and found nothing.</source>
        <translation>Die Suche hat funktioniert und nichts gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>The search worked: %n result(s), the first “%1”.</source>
        <translation>
            <numerusform>Die Suche hat funktioniert: %n Ergebnis, das erste „%1“.</numerusform>
            <numerusform>Die Suche hat funktioniert: %n Ergebnisse, das erste „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Adre&amp;sse:</translation>
    </message>
    <message>
        <source>&amp;When a model calls it:</source>
        <translation>Wenn ein &amp;Modell sie aufruft:</translation>
    </message>
</context>
<context>
    <name>Quorum::TurnPages</name>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Es gibt kein Gespräch %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Quorum::TurnView</name>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit this prompt and send it again as a new branch</source>
        <translation>Diesen Prompt bearbeiten und als neuen Zweig erneut senden</translation>
    </message>
    <message>
        <source>Edit prompt</source>
        <translation>Prompt bearbeiten</translation>
    </message>
    <message>
        <source>+ Model</source>
        <translation>+ Modell</translation>
    </message>
    <message>
        <source>Ask another model this prompt, with the same history</source>
        <translation>Ein weiteres Modell diesen Prompt fragen, mit demselben Verlauf</translation>
    </message>
    <message>
        <source>Add a model to this turn</source>
        <translation>Dieser Runde ein Modell hinzufügen</translation>
    </message>
    <message>
        <source>Synthesize</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Let a judge model fuse, list, score or rank these answers and map where they disagree</source>
        <translation>Ein Richter-Modell diese Antworten zusammenführen, auflisten, bewerten oder ordnen lassen und zeigen, wo sie sich widersprechen</translation>
    </message>
    <message>
        <source>Synthesize the answers</source>
        <translation>Die Antworten zusammenführen</translation>
    </message>
    <message>
        <source>Fuse into One Answer</source>
        <translation>Zu einer Antwort zusammenführen</translation>
    </message>
    <message>
        <source>Checklist of Points</source>
        <translation>Liste der Punkte</translation>
    </message>
    <message>
        <source>Scored Table</source>
        <translation>Bewertungstabelle</translation>
    </message>
    <message>
        <source>Peer Ranking (the Models Rank Each Other)</source>
        <translation>Gegenseitige Rangfolge (die Modelle ordnen einander)</translation>
    </message>
    <message>
        <source>Choose the Judge…</source>
        <translation>Richter wählen…</translation>
    </message>
    <message>
        <source>an answer no longer shown</source>
        <translation>eine nicht mehr gezeigte Antwort</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>Fuse Every Turn of This Conversation</source>
        <translation>Jede Runde dieses Gesprächs zusammenführen</translation>
    </message>
    <message>
        <source>When a turn&apos;s answers have ended, the judge fuses them (off by default: it costs a request)</source>
        <translation>Wenn die Antworten einer Runde fertig sind, führt der Richter sie zusammen (standardmäßig aus: es kostet eine Anfrage)</translation>
    </message>
    <message>
        <source>Your Modes</source>
        <translation>Ihre Modi</translation>
    </message>
    <message>
        <source>%1 (based on %2)</source>
        <translation>%1 (basiert auf %2)</translation>
    </message>
    <message>
        <source>Judge Modes…</source>
        <translation>Richtermodi…</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Angehängt: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::VariantStore</name>
    <message>
        <source>A variant&apos;s name is up to 64 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit (&apos;%1&apos; is not).</source>
        <translation>Der Name einer Variante hat bis zu 64 Buchstaben, Ziffern, „.“, „-“ oder „_“ und beginnt mit einem Buchstaben oder einer Ziffer („%1“ nicht).</translation>
    </message>
    <message>
        <source>There is no variant named &apos;%1&apos;.</source>
        <translation>Es gibt keine Variante namens „%1“.</translation>
    </message>
</context>
<context>
    <name>Quorum::VariantsCommand</name>
    <message>
        <source>expected one variant name</source>
        <translation>ein Variantenname erwartet</translation>
    </message>
    <message>
        <source>Usage: quorum variants [list|show|add|remove] ...

  list [--json]            the variants and their parameters
  show NAME [--json]       one variant
  add NAME [parameters]    a variant (see variants add --help);
                           adding it again makes a new version
  remove NAME              remove a variant (answers keep theirs)

A target uses one as ACCOUNT/MODEL#NAME.
</source>
        <translation>Aufruf: quorum variants [list|show|add|remove] ...

  list [--json]            die Varianten und ihre Parameter
  show NAME [--json]       eine Variante
  add NAME [Parameter]     eine Variante (siehe variants add --help);
                           erneutes Hinzufügen ergibt eine neue Version
  remove NAME              eine Variante entfernen (Antworten behalten ihre)

Ein Ziel nutzt sie als KONTO/MODELL#NAME.
</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>Lists the variants and their parameters.</source>
        <translation>Listet die Varianten und ihre Parameter auf.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>No variants yet: quorum variants add NAME --temperature 0.2 ...</source>
        <translation>Noch keine Varianten: quorum variants add NAME --temperature 0.2 ...</translation>
    </message>
    <message>
        <source>%1  v%2  %3</source>
        <translation>%1  v%2  %3</translation>
    </message>
    <message>
        <source>NAME [--json]</source>
        <translation>NAME [--json]</translation>
    </message>
    <message>
        <source>Prints a variant&apos;s parameters.</source>
        <translation>Gibt die Parameter einer Variante aus.</translation>
    </message>
    <message>
        <source>The variant&apos;s name.</source>
        <translation>Der Name der Variante.</translation>
    </message>
    <message>
        <source># %1, version %2</source>
        <translation># %1, Version %2</translation>
    </message>
    <message>
        <source>NAME [--system TEXT] [--temperature T] [--top-p P] [--max-tokens N] [--effort LEVEL] [--reasoning-budget N] [--schema FILE]</source>
        <translation>NAME [--system TEXT] [--temperature T] [--top-p P] [--max-tokens N] [--effort LEVEL] [--reasoning-budget N] [--schema FILE]</translation>
    </message>
    <message>
        <source>Adds a variant: parameters a target is asked with when written ACCOUNT/MODEL#NAME. Each provider is sent them in its own fields, and what a model does not take is said before anything is sent. Adding a name again replaces its parameters and raises its version.</source>
        <translation>Fügt eine Variante hinzu: Parameter, mit denen ein Ziel gefragt wird, wenn es als KONTO/MODELL#NAME geschrieben ist. Jeder Anbieter erhält sie in seinen eigenen Feldern, und was ein Modell nicht annimmt, wird gesagt, bevor etwas gesendet wird. Erneutes Hinzufügen eines Namens ersetzt seine Parameter und erhöht seine Version.</translation>
    </message>
    <message>
        <source>a variant needs at least one parameter</source>
        <translation>eine Variante braucht mindestens einen Parameter</translation>
    </message>
    <message>
        <source>Variant &apos;%1&apos; is at version %2: %3</source>
        <translation>Variante „%1“ ist bei Version %2: %3</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Removes a variant; answers asked with it keep their parameters.</source>
        <translation>Entfernt eine Variante; damit gefragte Antworten behalten ihre Parameter.</translation>
    </message>
</context>
<context>
    <name>Quorum::WebSearch</name>
    <message>
        <source>“%1” is not an http or https URL</source>
        <translation>„%1“ ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>the search has no query</source>
        <translation>die Suche hat keine Anfrage</translation>
    </message>
    <message>
        <source>the search service answered more than %1 MB</source>
        <translation>der Suchdienst antwortete mit mehr als %1 MB</translation>
    </message>
    <message>
        <source>%1 did not answer in %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>no web search service is set up (Settings → Tools, or quorum websearch set)</source>
        <translation>kein Websuchdienst eingerichtet (Einstellungen → Werkzeuge oder quorum websearch set)</translation>
    </message>
    <message>
        <source>%1 needs an API key (Settings → Tools, or quorum websearch set)</source>
        <translation>%1 braucht einen API-Schlüssel (Einstellungen → Werkzeuge oder quorum websearch set)</translation>
    </message>
</context>
<context>
    <name>Quorum::WebSearchCommand</name>
    <message>
        <source>Usage: quorum websearch set|show|off|run ...

  set searxng --url URL            a SearXNG instance (its JSON format enabled)
  set brave | set tavily           a hosted API; its key is read from standard input
      [--results N] [--tag TAG] [--approval allow|ask|deny]
  show [--json]                    the service set, and whether its key is there
  off                              no web search (the key is removed)
  run [--json] QUERY               search now and print the results

Models search with it when a conversation&apos;s tools include it: quorum ask --search tool
(a tool they may call) or --search shared (one search per prompt, the same results for
every model).
</source>
        <translation>Aufruf: quorum websearch set|show|off|run ...

  set searxng --url URL            eine SearXNG-Instanz (mit JSON-Format)
  set brave | set tavily           eine gehostete API; der Schlüssel kommt von der
                                   Standardeingabe
      [--results N] [--tag TAG] [--approval allow|ask|deny]
  show [--json]                    der Dienst, und ob sein Schlüssel da ist
  off                              keine Websuche (der Schlüssel wird entfernt)
  run [--json] FRAGE               jetzt suchen und die Ergebnisse ausgeben

Die Modelle suchen damit, wenn die Werkzeuge einer Unterhaltung sie enthalten:
quorum ask --search tool (ein Werkzeug, das sie aufrufen dürfen) oder --search shared
(eine Suche pro Frage, dieselben Ergebnisse für jedes Modell).
</translation>
    </message>
    <message>
        <source>SERVICE [--url URL] [--results N] [--tag TAG ...] [--approval allow|ask|deny]</source>
        <translation>DIENST [--url URL] [--results N] [--tag TAG ...] [--approval allow|ask|deny]</translation>
    </message>
    <message>
        <source>Sets the web search service: searxng (an instance&apos;s URL), brave or tavily (an API key, read from standard input and kept in the system keychain, never in a file).</source>
        <translation>Legt den Websuchdienst fest: searxng (die URL einer Instanz), brave oder tavily (ein API-Schlüssel, von der Standardeingabe gelesen und im Schlüsselbund des Systems aufbewahrt, nie in einer Datei).</translation>
    </message>
    <message>
        <source>SearXNG: the instance. Brave, Tavily: another address of their API (a proxy).</source>
        <translation>SearXNG: die Instanz. Brave, Tavily: eine andere Adresse ihrer API (ein Proxy).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>How many results a search returns (1-20, default 5).</source>
        <translation>Wie viele Ergebnisse eine Suche liefert (1-20, Vorgabe 5).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>A tag of the service for the rules (repeatable): &quot;local&quot; for a SearXNG of your own lets searches hold what only local accounts may see.</source>
        <translation>Ein Schlagwort des Dienstes für die Regeln (wiederholbar): &quot;local&quot; für ein eigenes SearXNG lässt Suchen enthalten, was nur lokale Konten sehen dürfen.</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>When a model calls the search: allow, ask (default) or deny.</source>
        <translation>Wenn ein Modell die Suche aufruft: allow, ask (Vorgabe) oder deny.</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>freigabe</translation>
    </message>
    <message>
        <source>searxng, brave or tavily.</source>
        <translation>searxng, brave oder tavily.</translation>
    </message>
    <message>
        <source>expected one SERVICE: searxng, brave or tavily</source>
        <translation>einen DIENST erwartet: searxng, brave oder tavily</translation>
    </message>
    <message>
        <source>--url needs an http or https URL</source>
        <translation>--url braucht eine http- oder https-URL</translation>
    </message>
    <message>
        <source>searxng needs --url: the instance&apos;s address</source>
        <translation>searxng braucht --url: die Adresse der Instanz</translation>
    </message>
    <message>
        <source>--results is 1 to 20</source>
        <translation>--results ist 1 bis 20</translation>
    </message>
    <message>
        <source>--approval is allow, ask or deny</source>
        <translation>--approval ist allow, ask oder deny</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>API-Schlüssel für %1: </translation>
    </message>
    <message>
        <source>no API key was given on standard input</source>
        <translation>auf der Standardeingabe kam kein API-Schlüssel</translation>
    </message>
    <message>
        <source>the API key stays out of files, and the keychain cannot keep it: %1</source>
        <translation>der API-Schlüssel gehört in keine Datei, und der Schlüsselbund kann ihn nicht aufnehmen: %1</translation>
    </message>
    <message>
        <source>Web search: %1%2</source>
        <translation>Websuche: %1%2</translation>
    </message>
    <message>
        <source>Try it: quorum websearch run &quot;a question&quot;</source>
        <translation>Ausprobieren: quorum websearch run &quot;eine Frage&quot;</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>Shows the web search service.</source>
        <translation>Zeigt den Websuchdienst.</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>No web search is set up (quorum websearch set).</source>
        <translation>Keine Websuche eingerichtet (quorum websearch set).</translation>
    </message>
    <message>
        <source>Service:  %1</source>
        <translation>Dienst:   %1</translation>
    </message>
    <message>
        <source>Address:  %1</source>
        <translation>Adresse:  %1</translation>
    </message>
    <message>
        <source>Results:  %1</source>
        <translation>Ergebnisse: %1</translation>
    </message>
    <message>
        <source>Tags:     %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Approval: %1</source>
        <translation>Freigabe: %1</translation>
    </message>
    <message>
        <source>API key:  in the keychain</source>
        <translation>API-Schlüssel: im Schlüsselbund</translation>
    </message>
    <message>
        <source>API key:  missing (quorum websearch set)</source>
        <translation>API-Schlüssel: fehlt (quorum websearch set)</translation>
    </message>
    <message>
        <source>Turns web search off and removes its API key.</source>
        <translation>Schaltet die Websuche aus und entfernt ihren API-Schlüssel.</translation>
    </message>
    <message>
        <source>Web search is off.</source>
        <translation>Die Websuche ist aus.</translation>
    </message>
    <message>
        <source>[--json] QUERY</source>
        <translation>[--json] FRAGE</translation>
    </message>
    <message>
        <source>Searches the web with the service set, and prints the results.</source>
        <translation>Sucht mit dem festgelegten Dienst im Web und gibt die Ergebnisse aus.</translation>
    </message>
    <message>
        <source>What to search for.</source>
        <translation>Wonach gesucht wird.</translation>
    </message>
    <message>
        <source>expected a QUERY</source>
        <translation>eine FRAGE erwartet</translation>
    </message>
    <message>
        <source>no web search service is set up (quorum websearch set)</source>
        <translation>kein Websuchdienst eingerichtet (quorum websearch set)</translation>
    </message>
</context>
<context>
    <name>Quorum::WebSearchTool</name>
    <message>
        <source>the search was stopped</source>
        <translation>die Suche wurde angehalten</translation>
    </message>
    <message>
        <source>web search is not set up</source>
        <translation>die Websuche ist nicht eingerichtet</translation>
    </message>
    <message>
        <source>there is no tool “%1”</source>
        <translation>es gibt kein Werkzeug „%1“</translation>
    </message>
    <message>
        <source>the search has no query</source>
        <translation>die Suche hat keine Anfrage</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no web search service is set up (Settings → Tools, or quorum websearch set)</source>
        <translation>kein Websuchdienst eingerichtet (Einstellungen → Werkzeuge oder quorum websearch set)</translation>
    </message>
    <message>
        <source>%1 needs an API key (Settings → Tools, or quorum websearch set)</source>
        <translation>%1 braucht einen API-Schlüssel (Einstellungen → Werkzeuge oder quorum websearch set)</translation>
    </message>
</context>
<context>
    <name>Quorum::WebSearchWire</name>
    <message>
        <source>%1 answered with something that is not JSON</source>
        <translation>%1 antwortete mit etwas, das kein JSON ist</translation>
    </message>
    <message>
        <source>%1 answered without results</source>
        <translation>%1 antwortete ohne Ergebnisse</translation>
    </message>
    <message>
        <source>the SearXNG instance does not serve JSON (HTTP 403): enable “json” under search → formats in its settings.yml, or choose another instance</source>
        <translation>die SearXNG-Instanz liefert kein JSON (HTTP 403): aktivieren Sie „json“ unter search → formats in ihrer settings.yml, oder wählen Sie eine andere Instanz</translation>
    </message>
    <message>
        <source>%1 refused the API key (HTTP %2)%3: check it in Settings → Tools</source>
        <translation>%1 hat den API-Schlüssel abgelehnt (HTTP %2)%3: prüfen Sie ihn unter Einstellungen → Werkzeuge</translation>
    </message>
    <message>
        <source>%1 says too many searches for now (HTTP 429)%2: try again shortly</source>
        <translation>%1 meldet gerade zu viele Suchen (HTTP 429)%2: versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>%1 says the plan&apos;s searches are spent (HTTP %2)%3</source>
        <translation>%1 meldet, dass die Suchen des Tarifs aufgebraucht sind (HTTP %2)%3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3</source>
        <translation>%1 antwortete mit HTTP %2%3</translation>
    </message>
    <message>
        <source>The web search for “%1” found nothing.</source>
        <translation>Die Websuche nach „%1“ hat nichts gefunden.</translation>
    </message>
    <message>
        <source>Web search results for “%1”:</source>
        <translation>Ergebnisse der Websuche nach „%1“:</translation>
    </message>
</context>
</TS>
