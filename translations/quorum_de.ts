<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
        <source>A command to run without opening the window.</source>
        <translation>Ein Befehl, der ohne Fenster ausgeführt wird.</translation>
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
</TS>
