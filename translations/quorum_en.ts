<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Quorum::AnswerPane</name>
    <message numerus="yes">
        <source>Thinking (%n characters)</source>
        <translation>
            <numerusform>Thinking (%n character)</numerusform>
            <numerusform>Thinking (%n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent with %n item(s) redacted (%1), restored here</source>
        <translation>
            <numerusform>Sent with %n item redacted (%1), restored here</numerusform>
            <numerusform>Sent with %n items redacted (%1), restored here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %1; about %n token(s)</source>
        <translation>
            <numerusform>Received %1; about %n token</numerusform>
            <numerusform>Received %1; about %n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::AskPrinter</name>
    <message numerus="yes">
        <source>ran (%1, %n character(s))</source>
        <translation>
            <numerusform>ran (%1, %n character)</numerusform>
            <numerusform>ran (%1, %n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Attachment</name>
    <message numerus="yes">
        <source>PDF, %n page(s)</source>
        <translation>
            <numerusform>PDF, %n page</numerusform>
            <numerusform>PDF, %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::AttachmentDelivery</name>
    <message numerus="yes">
        <source>%n page image(s) + %1 text</source>
        <translation>
            <numerusform>%n page image + %1 text</numerusform>
            <numerusform>%n page images + %1 text</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::ChatStream</name>
    <message numerus="yes">
        <source>Not run: the answer reached its limit of %n round(s) of tool calls.</source>
        <translation>
            <numerusform>Not run: the answer reached its limit of %n round of tool calls.</numerusform>
            <numerusform>Not run: the answer reached its limit of %n rounds of tool calls.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Composer</name>
    <message numerus="yes">
        <source>%1 (%n model(s))</source>
        <translation>
            <numerusform>%1 (%n model)</numerusform>
            <numerusform>%1 (%n models)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send to %n model(s) (Enter)</source>
        <translation>
            <numerusform>Send to %n model (Enter)</numerusform>
            <numerusform>Send to %n models (Enter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of sensitive data would be replaced by placeholders</source>
        <translation>
            <numerusform>%n item of sensitive data would be replaced by a placeholder</numerusform>
            <numerusform>%n items of sensitive data would be replaced by placeholders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::ConversationListPanel</name>
    <message numerus="yes">
        <source>Export %n Conversation(s)…</source>
        <translation>
            <numerusform>Export %n Conversation…</numerusform>
            <numerusform>Export %n Conversations…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::DiffDialog</name>
    <message numerus="yes">
        <source>%n piece(s)</source>
        <translation>
            <numerusform>%n piece</numerusform>
            <numerusform>%n pieces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Dispatcher</name>
    <message numerus="yes">
        <source>A peer ranking needs at least three finished answers; this turn has %n.</source>
        <translation>
            <numerusform>A peer ranking needs at least three finished answers; this turn has %n.</numerusform>
            <numerusform>A peer ranking needs at least three finished answers; this turn has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A synthesis needs at least two finished answers; this turn has %n.</source>
        <translation>
            <numerusform>A synthesis needs at least two finished answers; this turn has %n.</numerusform>
            <numerusform>A synthesis needs at least two finished answers; this turn has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) redacted by the rules.</source>
        <translation>
            <numerusform>%n item redacted by the rules.</numerusform>
            <numerusform>%n items redacted by the rules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::DocumentExport</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n turn</numerusform>
            <numerusform>%n turns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::ExchangeCommand</name>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>Exported %n conversation to %1.</numerusform>
            <numerusform>Exported %n conversations to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>Imported %n conversation.</numerusform>
            <numerusform>Imported %n conversations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::ExperimentCommand</name>
    <message numerus="yes">
        <source>%n flaky, %1% alike, ±%2</source>
        <translation>
            <numerusform>%n flaky, %1% alike, ±%2</numerusform>
            <numerusform>%n flaky, %1% alike, ±%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::ExperimentReport</name>
    <message numerus="yes">
        <source>%n flaky case(s), answers %1% alike, ±%2</source>
        <translation>
            <numerusform>%n flaky case, answers %1% alike, ±%2</numerusform>
            <numerusform>%n flaky cases, answers %1% alike, ±%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::ExperimentWindow</name>
    <message numerus="yes">
        <source>%n cell(s) (%1 variants × %2 cases × %3 repeats)</source>
        <translation>
            <numerusform>%n cell (%1 variants × %2 cases × %3 repeats)</numerusform>
            <numerusform>%n cells (%1 variants × %2 cases × %3 repeats)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::ExportDialog</name>
    <message numerus="yes">
        <source>The %n selected conversation(s)</source>
        <translation>
            <numerusform>The selected conversation</numerusform>
            <numerusform>The %n selected conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::ExportJob</name>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>Exported %n conversation to %1.</numerusform>
            <numerusform>Exported %n conversations to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::FirstRunPanel</name>
    <message numerus="yes">
        <source>Ollama is running on this computer with %n model(s): %1.</source>
        <translation>
            <numerusform>Ollama is running on this computer with %n model: %1.</numerusform>
            <numerusform>Ollama is running on this computer with %n models: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::ImportJob</name>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>Imported %n conversation.</numerusform>
            <numerusform>Imported %n conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n already there: %1.</source>
        <translation>
            <numerusform>Skipped %n already there: %1.</numerusform>
            <numerusform>Skipped %n already there: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::JudgeCommand</name>
    <message numerus="yes">
        <source>the checklist has %n point(s); there is no point %1</source>
        <translation>
            <numerusform>the checklist has %n point; there is no point %1</numerusform>
            <numerusform>the checklist has %n points; there is no point %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::JudgePrinter</name>
    <message numerus="yes">
        <source>Peer ranking (Borda count over %n ballots):</source>
        <translation>
            <numerusform>Peer ranking (Borda count over %n ballot):</numerusform>
            <numerusform>Peer ranking (Borda count over %n ballots):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::LeaderboardDialog</name>
    <message numerus="yes">
        <source>From %n vote(s): turns with two or more answers where you picked the best.</source>
        <translation>
            <numerusform>From %n vote: turns with two or more answers where you picked the best.</numerusform>
            <numerusform>From %n votes: turns with two or more answers where you picked the best.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Judges scored or ranked %n turn(s).</source>
        <translation>
            <numerusform>Judges scored or ranked %n turn.</numerusform>
            <numerusform>Judges scored or ranked %n turns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n scored)</source>
        <translation>
            <numerusform>%1 (%n scored)</numerusform>
            <numerusform>%1 (%n scored)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n ranked)</source>
        <translation>
            <numerusform>%1 (%n ranked)</numerusform>
            <numerusform>%1 (%n ranked)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Experiments checked %n answer(s).</source>
        <translation>
            <numerusform>Experiments checked %n answer.</numerusform>
            <numerusform>Experiments checked %n answers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::MainWindow</name>
    <message numerus="yes">
        <source>%n model(s) of %1 listed.</source>
        <translation>
            <numerusform>%n model of %1 listed.</numerusform>
            <numerusform>%n models of %1 listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::McpCommand</name>
    <message numerus="yes">
        <source>%1 (%2, MCP %3): %n tool(s)</source>
        <translation>
            <numerusform>%1 (%2, MCP %3): %n tool</numerusform>
            <numerusform>%1 (%2, MCP %3): %n tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s): %1.</source>
        <translation>
            <numerusform>Imported %n server: %1.</numerusform>
            <numerusform>Imported %n servers: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::ModelPicker</name>
    <message numerus="yes">
        <source>%n model(s). Check the ones that should answer.</source>
        <translation>
            <numerusform>%n model. Check the ones that should answer.</numerusform>
            <numerusform>%n models. Check the ones that should answer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::PricesCommand</name>
    <message numerus="yes">
        <source>Imported %n price(s)</source>
        <translation>
            <numerusform>Imported %n price</numerusform>
            <numerusform>Imported %n prices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries skipped (not chat models of a provider Quorum knows, or not priced per token)</source>
        <translation>
            <numerusform>%n entry skipped (not a chat model of a provider Quorum knows, or not priced per token)</numerusform>
            <numerusform>%n entries skipped (not chat models of a provider Quorum knows, or not priced per token)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::PromptLibraryDialog</name>
    <message numerus="yes">
        <source>Delete &apos;%1&apos; and its %n version(s)? Answers that used it keep its name and version.</source>
        <translation>
            <numerusform>Delete &apos;%1&apos; and its %n version? Answers that used it keep its name and version.</numerusform>
            <numerusform>Delete &apos;%1&apos; and its %n versions? Answers that used it keep its name and version.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::ProvidersPage</name>
    <message numerus="yes">
        <source>Connected: %n model(s).</source>
        <translation>
            <numerusform>Connected: %n model.</numerusform>
            <numerusform>Connected: %n models.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Router</name>
    <message numerus="yes">
        <source>“%1” redacts %n item(s): %2</source>
        <translation>
            <numerusform>“%1” redacts %n item: %2</numerusform>
            <numerusform>“%1” redacts %n items: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>%n file attached</numerusform>
            <numerusform>%n files attached</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::RulesCommand</name>
    <message numerus="yes">
        <source>Imported %n rule(s).</source>
        <translation>
            <numerusform>Imported %n rule.</numerusform>
            <numerusform>Imported %n rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rule(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n rule to %1.</numerusform>
            <numerusform>Wrote %n rules to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::SpendCommand</name>
    <message numerus="yes">
        <source>  %n of them estimated from the text (the provider sent no usage)</source>
        <translation>
            <numerusform>  %n of them estimated from the text (the provider sent no usage)</numerusform>
            <numerusform>  %n of them estimated from the text (the provider sent no usage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n of them with an unknown cost, not counted (no price for the model)</source>
        <translation>
            <numerusform>  %n of them with an unknown cost, not counted (no price for the model)</numerusform>
            <numerusform>  %n of them with an unknown cost, not counted (no price for the model)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spent since %1: %2 for %n answer(s)</source>
        <translation>
            <numerusform>Spent since %1: %2 for %n answer</numerusform>
            <numerusform>Spent since %1: %2 for %n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::StreamError</name>
    <message numerus="yes">
        <source>It asks to wait %n second(s).</source>
        <translation>
            <numerusform>It asks to wait %n second.</numerusform>
            <numerusform>It asks to wait %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::SynthesisRow</name>
    <message numerus="yes">
        <source>, %n point(s)</source>
        <translation>
            <numerusform>, %n point</numerusform>
            <numerusform>, %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fuse the %n Ticked Point(s)</source>
        <translation>
            <numerusform>Fuse the %n Ticked Point</numerusform>
            <numerusform>Fuse the %n Ticked Points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::ToolBox</name>
    <message numerus="yes">
        <source>[%n more character(s) of the result were cut]</source>
        <translation>
            <numerusform>[%n more character of the result was cut]</numerusform>
            <numerusform>[%n more characters of the result were cut]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::ToolStepsView</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::ToolsPage</name>
    <message numerus="yes">
        <source>The search worked: %n result(s), the first “%1”.</source>
        <translation>
            <numerusform>The search worked: %n result, the first “%1”.</numerusform>
            <numerusform>The search worked: %n results, the first “%1”.</numerusform>
        </translation>
    </message>
</context>
</TS>
