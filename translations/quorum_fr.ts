<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Quorum</name>
    <message>
        <source>The judge did not answer with the map it was asked for; its answer is shown as it came.</source>
        <translation>Le juge n’a pas répondu avec la carte demandée&#xa0;; sa réponse est affichée telle quelle.</translation>
    </message>
    <message>
        <source>The judge&apos;s map could not be read (%1); its answer is shown as it came.</source>
        <translation>La carte du juge n’a pas pu être lue (%1)&#xa0;; sa réponse est affichée telle quelle.</translation>
    </message>
    <message>
        <source>The judge&apos;s answer holds none of what it was asked for; it is shown as it came.</source>
        <translation>La réponse du juge ne contient rien de ce qui était demandé&#xa0;; elle est affichée telle quelle.</translation>
    </message>
    <message>
        <source>Denied %1: there is no terminal to ask on (--allow-tool %1 runs it).</source>
        <translation>%1 refusé&#xa0;: aucun terminal où demander (--allow-tool %1 l&apos;exécute).</translation>
    </message>
    <message>
        <source>%1 wants to call %2 (server “%3”) with:</source>
        <translation>%1 veut appeler %2 (serveur « %3 ») avec&#xa0;:</translation>
    </message>
    <message>
        <source>Allow it? [y/N] </source>
        <translation>L&apos;autoriser&#xa0;? [y/N] </translation>
    </message>
</context>
<context>
    <name>Quorum::AccountListModel</name>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
</context>
<context>
    <name>Quorum::AnswerPane</name>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>Answer of %1</source>
        <translation>Réponse de %1</translation>
    </message>
    <message>
        <source>Pick as the best answer of this turn</source>
        <translation>Choisir comme meilleure réponse de ce tour</translation>
    </message>
    <message>
        <source>Ask again (regenerate)</source>
        <translation>Redemander (régénérer)</translation>
    </message>
    <message>
        <source>Stop this answer</source>
        <translation>Arrêter cette réponse</translation>
    </message>
    <message>
        <source>Maximise this answer</source>
        <translation>Agrandir cette réponse</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Autres actions</translation>
    </message>
    <message>
        <source>Copy Answer</source>
        <translation>Copier la réponse</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Continue with This Model Only</source>
        <translation>Continuer avec ce modèle seulement</translation>
    </message>
    <message>
        <source>Compare with Another Answer…</source>
        <translation>Comparer avec une autre réponse…</translation>
    </message>
    <message>
        <source>What Was It Given?</source>
        <translation>Qu’a-t-il reçu&#xa0;?</translation>
    </message>
    <message>
        <source>Inspect Request and Response…</source>
        <translation>Examiner la requête et la réponse…</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>Afficher le raisonnement</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry this answer</source>
        <translation>Réessayer cette réponse</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <source>%1: %2 → answered by %3</source>
        <translation>%1&#xa0;: %2 → répondu par %3</translation>
    </message>
    <message>
        <source> (rule “%1”)</source>
        <translation> (règle «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>Routed by the rule “%1”</source>
        <translation>Routé par la règle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The prompt router chose %1</source>
        <translation>Le routeur de prompts a choisi %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent with %n item(s) redacted (%1), restored here</source>
        <translation>
            <numerusform>Envoyé avec %n élément masqué (%1), rétabli ici</numerusform>
            <numerusform>Envoyé avec %n éléments masqués (%1), rétablis ici</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent past your rule(s): %1</source>
        <translation>Envoyé malgré vos règles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Queued: its provider is answering other requests; this one starts when a slot frees.</source>
        <translation>En file d’attente&#xa0;: son fournisseur répond à d’autres requêtes&#xa0;; celle-ci démarre dès qu’une place se libère.</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 (attempt %3).</source>
        <translation>%1 Nouvel essai dans %2 (tentative %3).</translation>
    </message>
    <message numerus="yes">
        <source>Thinking (%n characters)</source>
        <translation>
            <numerusform>Réflexion (%n caractère)</numerusform>
            <numerusform>Réflexion (%n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>This answer was interrupted (Quorum was closed while it streamed); its text is kept as it was.</source>
        <translation>Cette réponse a été interrompue (Quorum a été fermé pendant sa réception)&#xa0;; son texte est conservé tel quel.</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>La réponse a échoué.</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Show all answers of this turn</source>
        <translation>Afficher toutes les réponses de ce tour</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>Code copié</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coût inconnu</translation>
    </message>
    <message>
        <source>~%1 (estimated)</source>
        <translation>~%1 (estimé)</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Réponse %1</translation>
    </message>
    <message>
        <source>The model is shown once you pick the best answer.</source>
        <translation>Le modèle s’affiche une fois la meilleure réponse choisie.</translation>
    </message>
    <message>
        <source>%1, answered by %2</source>
        <translation>%1, répondu par %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvel essai</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>premier jeton %1</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <source>%1 in · %2%3 out</source>
        <translation>%1 en entrée · %2%3 en sortie</translation>
    </message>
    <message>
        <source>Continue the next turn from this synthesis</source>
        <translation>Poursuivre le tour suivant à partir de cette synthèse</translation>
    </message>
    <message>
        <source>The answers were cut by %1 characters to fit the judge&apos;s input.</source>
        <translation>Les réponses ont été raccourcies de %1 caractères pour tenir dans l’entrée du juge.</translation>
    </message>
    <message>
        <source>Judge %1</source>
        <translation>Juge %1</translation>
    </message>
    <message>
        <source>Wrap Long Code Lines</source>
        <translation>Renvoyer à la ligne les longues lignes de code</translation>
    </message>
    <message>
        <source>Number Code Lines</source>
        <translation>Numéroter les lignes de code</translation>
    </message>
    <message>
        <source>%1 not sent (%2)</source>
        <translation>%1 non envoyé (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Received %1; about %n token(s)</source>
        <translation>
            <numerusform>Reçu : %1 ; environ %n jeton</numerusform>
            <numerusform>Reçu : %1 ; environ %n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
</context>
<context>
    <name>Quorum::AskCommand</name>
    <message>
        <source>To ask without saving the conversation, add --no-store.</source>
        <translation>Pour demander sans enregistrer la conversation, ajoutez --no-store.</translation>
    </message>
    <message>
        <source>Asks one prompt of one or more models at once and streams their answers. With --auto the routing rules choose the models (quorum route --explain says why); the --target models, or those last chosen in the window, are the default rule.</source>
        <translation>Pose un prompt à un ou plusieurs modèles à la fois et diffuse leurs réponses au fil de l’eau. Avec --auto, les règles de routage choisissent les modèles (quorum route --explain dit pourquoi)&#xa0;; les modèles de --target, ou ceux choisis en dernier dans la fenêtre, forment la règle par défaut.</translation>
    </message>
    <message>
        <source>Print one JSON object per target, on its own line, when it ends.</source>
        <translation>Afficher un objet JSON par cible, sur sa propre ligne, quand elle se termine.</translation>
    </message>
    <message>
        <source>A system prompt.</source>
        <translation>Un prompt système.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>id/model</source>
        <translation>id/modèle</translation>
    </message>
    <message>
        <source>Continue this stored conversation (see quorum history).</source>
        <translation>Poursuivre cette conversation enregistrée (voir quorum history).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Do not keep this conversation.</source>
        <translation>Ne pas conserver cette conversation.</translation>
    </message>
    <message>
        <source>Let the routing rules choose the models.</source>
        <translation>Laisser les règles de routage choisir les modèles.</translation>
    </message>
    <message>
        <source>Tag the conversation (repeatable); routing rules can test its tags.</source>
        <translation>Étiqueter la conversation (répétable)&#xa0;; les règles de routage peuvent tester ses étiquettes.</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>Seconds to wait for a response to begin (default 60).</source>
        <translation>Secondes d’attente avant le début d’une réponse (60 par défaut).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>The prompt; - reads it from standard input.</source>
        <translation>Le prompt&#xa0;; - le lit sur l’entrée standard.</translation>
    </message>
    <message>
        <source>expected one PROMPT (quote it, or use - to read standard input)</source>
        <translation>un seul PROMPT attendu (mettez-le entre guillemets, ou utilisez - pour lire l’entrée standard)</translation>
    </message>
    <message>
        <source>at least one --target ID/MODEL (or --auto) is needed</source>
        <translation>il faut au moins un --target ID/MODÈLE (ou --auto)</translation>
    </message>
    <message>
        <source>--response-timeout needs a positive number of seconds</source>
        <translation>--response-timeout demande un nombre positif de secondes</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l’entrée standard</translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation>le prompt est vide</translation>
    </message>
    <message>
        <source>--conversation needs a conversation ID (a number)</source>
        <translation>--conversation demande l’ID d’une conversation (un nombre)</translation>
    </message>
    <message>
        <source>--conversation and --no-store exclude each other</source>
        <translation>--conversation et --no-store s’excluent mutuellement</translation>
    </message>
    <message>
        <source>no conversation %1</source>
        <translation>aucune conversation %1</translation>
    </message>
    <message>
        <source>a target is ID/MODEL, not &apos;%1&apos;</source>
        <translation>une cible s’écrit ID/MODÈLE, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>no provider &apos;%1&apos; (see quorum providers list)</source>
        <translation>aucun fournisseur «&#xa0;%1&#xa0;» (voir quorum providers list)</translation>
    </message>
    <message>
        <source>Stopping (Ctrl+C again to quit at once)…</source>
        <translation>Arrêt (Ctrl+C encore une fois pour quitter aussitôt)…</translation>
    </message>
    <message>
        <source>The answers were not saved: %1</source>
        <translation>Les réponses n’ont pas été enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>règle</translation>
    </message>
    <message>
        <source>Which earlier answers a follow-up carries: own-thread (each model its own), picked-answer (the one picked as best) or synthesis (each turn&apos;s judge&apos;s synthesis); default: as set in the window.</source>
        <translation>Quelles réponses précédentes une suite reprend&#xa0;: own-thread (chaque modèle les siennes), picked-answer (celle choisie comme la meilleure) ou synthesis (la synthèse du juge de chaque tour)&#xa0;; par défaut&#xa0;: comme réglé dans la fenêtre.</translation>
    </message>
    <message>
        <source>When the answers have ended, ask this judge (a provider account and model) about them.</source>
        <translation>Une fois les réponses terminées, interroger ce juge (un compte de fournisseur et un modèle) à leur sujet.</translation>
    </message>
    <message>
        <source>What the judge does: fuse, checklist, table or rank (default fuse), or a custom mode&apos;s name.</source>
        <translation>Ce que fait le juge&#xa0;: fuse, checklist, table ou rank (fuse par défaut), ou le nom d’un mode personnalisé.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>--mode table: a criterion to score (repeatable).</source>
        <translation>--mode table&#xa0;: un critère à noter (répétable).</translation>
    </message>
    <message>
        <source>--follow-up is own-thread, picked-answer or synthesis</source>
        <translation>--follow-up vaut own-thread, picked-answer ou synthesis</translation>
    </message>
    <message>
        <source>--mode is fuse, checklist, table, rank or a custom mode&apos;s name</source>
        <translation>--mode vaut fuse, checklist, table, rank ou le nom d’un mode personnalisé</translation>
    </message>
    <message>
        <source>a judge is ID/MODEL, not &apos;%1&apos;</source>
        <translation>un juge s’écrit ID/MODÈLE, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--mode needs --judge ID/MODEL (only --mode rank goes without)</source>
        <translation>--mode demande --judge ID/MODÈLE (seul --mode rank s’en passe)</translation>
    </message>
    <message>
        <source>A provider account and model, such as openai/gpt-4.1, or ID/MODEL#VARIANT for a variant&apos;s parameters (repeatable).</source>
        <translation>Un compte de fournisseur et un modèle, comme openai/gpt-4.1, ou ID/MODÈLE#VARIANTE pour les paramètres d’une variante (répétable).</translation>
    </message>
    <message>
        <source>[options] (--target ID/MODEL [--target ID/MODEL ...] | --auto) (PROMPT | --prompt NAME)</source>
        <translation>[options] (--target ID/MODÈLE [--target ID/MODÈLE ...] | --auto) (PROMPT | --prompt NOM)</translation>
    </message>
    <message>
        <source>Ask with the prompt library&apos;s NAME (its latest version, or @N for version N) instead of PROMPT.</source>
        <translation>Poser l’élément NOM de la bibliothèque de prompts (sa dernière version, ou @N pour la version N) au lieu de PROMPT.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>A value for a {{variable}} of --prompt or --persona (repeatable).</source>
        <translation>Une valeur pour une {{variable}} de --prompt ou --persona (répétable).</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>nom=valeur</translation>
    </message>
    <message>
        <source>The prompt library&apos;s persona NAME[@N] is the system prompt.</source>
        <translation>La persona NOM[@N] de la bibliothèque de prompts est le prompt système.</translation>
    </message>
    <message>
        <source>--prompt and a PROMPT exclude each other</source>
        <translation>--prompt et un PROMPT s’excluent</translation>
    </message>
    <message>
        <source>--persona and --system exclude each other</source>
        <translation>--persona et --system s’excluent</translation>
    </message>
    <message>
        <source>--var is NAME=VALUE, not &apos;%1&apos;</source>
        <translation>--var s’écrit NOM=VALEUR, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the prompt library is empty (there is no database yet)</source>
        <translation>la bibliothèque de prompts est vide (il n’y a pas encore de base de données)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value for: %2 (--var NAME=VALUE)</source>
        <translation>«&#xa0;%1&#xa0;» a besoin d’une valeur pour&#xa0;: %2 (--var NOM=VALEUR)</translation>
    </message>
    <message>
        <source>Attach a file: an image, a PDF or a text file (repeatable). Each model receives what it can read of it; --json lists what each received.</source>
        <translation>Joindre un fichier&#xa0;: une image, un PDF ou un fichier texte (répétable). Chaque modèle reçoit ce qu’il sait en lire&#xa0;; --json indique ce que chacun a reçu.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>cannot attach %1: %2</source>
        <translation>impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The models may call the tools of these MCP servers (comma-separated, repeatable; see quorum mcp list); &quot;none&quot; for no tools. Default: the conversation&apos;s servers.</source>
        <translation>Les modèles peuvent appeler les outils de ces serveurs MCP (séparés par des virgules, répétable&#xa0;; voir quorum mcp list)&#xa0;; &quot;none&quot; pour aucun outil. Par défaut&#xa0;: les serveurs de la conversation.</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>serveurs</translation>
    </message>
    <message>
        <source>Run this tool without asking: SERVER__TOOL, SERVER__* or the tool&apos;s name (repeatable). Other calls are asked about on the terminal, and denied without one.</source>
        <translation>Exécuter cet outil sans demander&#xa0;: SERVEUR__OUTIL, SERVEUR__* ou le nom de l&apos;outil (répétable). Pour les autres appels, la question est posée sur le terminal, et ils sont refusés sans terminal.</translation>
    </message>
    <message>
        <source>How many rounds of tool calls an answer may make (default 8).</source>
        <translation>Combien de tours d&apos;appels d&apos;outils une réponse peut faire (8 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--max-tool-rounds takes a number from 1 to 50</source>
        <translation>--max-tool-rounds prend un nombre de 1 à 50</translation>
    </message>
    <message>
        <source>no MCP server &apos;%1&apos; (see quorum mcp list)</source>
        <translation>aucun serveur MCP « %1 » (voir quorum mcp list)</translation>
    </message>
    <message>
        <source>--search takes tool, shared or off</source>
        <translation>--search prend tool, shared ou off</translation>
    </message>
    <message>
        <source>Web search (see quorum websearch): &quot;tool&quot; offers it to the models as a tool; &quot;shared&quot; searches once with the prompt and gives every model the same results; &quot;off&quot;. Default: the conversation&apos;s.</source>
        <translation>Recherche web (voir quorum websearch)&#xa0;: &quot;tool&quot; l&apos;offre aux modèles comme outil&#xa0;; &quot;shared&quot; cherche une fois avec le prompt et donne à chaque modèle les mêmes résultats&#xa0;; &quot;off&quot;. Par défaut&#xa0;: celle de la conversation.</translation>
    </message>
    <message>
        <source>no web search service is set up (see quorum websearch set)</source>
        <translation>aucun service de recherche web n&apos;est configuré (voir quorum websearch set)</translation>
    </message>
</context>
<context>
    <name>Quorum::AskPrinter</name>
    <message>
        <source>[%1] %2 → answered by %3 (rule “%4”)</source>
        <translation>[%1] %2 → répondu par %3 (règle «&#xa0;%4&#xa0;»)</translation>
    </message>
    <message>
        <source>Could not save the answers yet (retrying): %1</source>
        <translation>Les réponses ne sont pas encore enregistrées (nouvel essai)&#xa0;: %1</translation>
    </message>
    <message>
        <source>[%1] queued: its provider answers one request at a time</source>
        <translation>[%1] en attente&#xa0;: son fournisseur répond à une requête à la fois</translation>
    </message>
    <message>
        <source>[%1] %2 Retrying in %3 (attempt %4).</source>
        <translation>[%1] %2 Nouvel essai dans %3 (tentative %4).</translation>
    </message>
    <message>
        <source>Auto: %1</source>
        <translation>Auto&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent to %1: only accounts tagged “%2” may receive this prompt.</source>
        <translation>Non envoyé à %1&#xa0;: seuls les comptes étiquetés «&#xa0;%2&#xa0;» peuvent recevoir ce prompt.</translation>
    </message>
    <message>
        <source>Redacted before sending (restored in the answers): %1</source>
        <translation>Masqué avant l’envoi (rétabli dans les réponses)&#xa0;: %1</translation>
    </message>
    <message>
        <source> · %1 in / %2 out tokens</source>
        <translation> · %1 jetons en entrée / %2 en sortie</translation>
    </message>
    <message>
        <source> · first token %1</source>
        <translation> · premier jeton %1</translation>
    </message>
    <message>
        <source> · cost unknown</source>
        <translation> · coût inconnu</translation>
    </message>
    <message>
        <source> · ~%1 (estimated)</source>
        <translation> · ~%1 (estimé)</translation>
    </message>
    <message>
        <source>%1 receives %2</source>
        <translation>%1 reçoit %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>ran, the tool reports an error (%1)</source>
        <translation>exécuté, l&apos;outil signale une erreur (%1)</translation>
    </message>
    <message numerus="yes">
        <source>ran (%1, %n character(s))</source>
        <translation>
            <numerusform>exécuté (%1, %n caractère)</numerusform>
            <numerusform>exécuté (%1, %n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>not run: %1</source>
        <translation>non exécuté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::Attachment</name>
    <message>
        <source>image, %1 × %2</source>
        <translation>image, %1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>PDF, %n page(s)</source>
        <translation>
            <numerusform>PDF, %n page</numerusform>
            <numerusform>PDF, %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
</context>
<context>
    <name>Quorum::AttachmentDelivery</name>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>document PDF</translation>
    </message>
    <message numerus="yes">
        <source>%n page image(s) + %1 text</source>
        <translation>
            <numerusform>%n image de page + %1 de texte</numerusform>
            <numerusform>%n images de page + %1 de texte</numerusform>
        </translation>
    </message>
    <message>
        <source>text only, %1</source>
        <translation>texte seul, %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>the model takes no images</source>
        <translation>le modèle ne prend pas d’images</translation>
    </message>
    <message>
        <source>scaled to %1 x %2 px</source>
        <translation>réduite à %1 × %2 px</translation>
    </message>
    <message>
        <source>redacted: sent as its redacted text, never as the file or its pages</source>
        <translation>caviardé&#xa0;: envoyé comme texte caviardé, jamais comme fichier ni comme pages</translation>
    </message>
    <message>
        <source>over the provider&apos;s limit of %1 pages and %2 for a PDF</source>
        <translation>au-delà de la limite du fournisseur de %1 pages et %2 par PDF</translation>
    </message>
    <message>
        <source>the model takes no PDFs</source>
        <translation>le modèle ne prend pas de PDF</translation>
    </message>
    <message>
        <source>pages after %1 as text only</source>
        <translation>pages après la %1e en texte seul</translation>
    </message>
    <message>
        <source>the model takes no images or PDFs</source>
        <translation>le modèle ne prend ni images ni PDF</translation>
    </message>
    <message>
        <source>; the PDF has no text (a scan?)</source>
        <translation>&#xa0;; le PDF ne contient pas de texte (un scan&#xa0;?)</translation>
    </message>
    <message>
        <source>too large for the provider, and it could not be scaled here</source>
        <translation>trop grande pour le fournisseur, et impossible à réduire ici</translation>
    </message>
    <message>
        <source>its pages could not be drawn here</source>
        <translation>ses pages n’ont pas pu être dessinées ici</translation>
    </message>
    <message>
        <source>its pages could not be drawn: %1</source>
        <translation>ses pages n’ont pas pu être dessinées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::AttachmentReader</name>
    <message>
        <source>it is protected by a password; save a copy without the password and attach that</source>
        <translation>il est protégé par un mot de passe&#xa0;; enregistrez-en une copie sans mot de passe et joignez-la</translation>
    </message>
    <message>
        <source>it is damaged or not a PDF</source>
        <translation>il est endommagé ou n’est pas un PDF</translation>
    </message>
    <message>
        <source>Qt PDF cannot read it</source>
        <translation>Qt PDF ne peut pas le lire</translation>
    </message>
    <message>
        <source>it does not fit in %1 even scaled down</source>
        <translation>il ne tient pas dans %1, même réduit</translation>
    </message>
    <message>
        <source>%1 is not there any more.</source>
        <translation>%1 n’existe plus.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is %2; Quorum attaches files up to %3.</source>
        <translation>%1 fait %2&#xa0;; Quorum joint des fichiers jusqu’à %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2.</source>
        <translation>%1 dépasse %2.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>it is not an image Quorum can read</source>
        <translation>ce n’est pas une image que Quorum sait lire</translation>
    </message>
    <message>
        <source>it is %1 x %2 pixels, more than Quorum reads (100 megapixels)</source>
        <translation>elle fait %1 × %2 pixels, plus que Quorum ne lit (100 mégapixels)</translation>
    </message>
    <message>
        <source>it has no pages</source>
        <translation>il n’a aucune page</translation>
    </message>
    <message>
        <source>it has %1 pages; Quorum reads up to %2</source>
        <translation>il a %1 pages&#xa0;; Quorum en lit jusqu’à %2</translation>
    </message>
    <message>
        <source>its text is longer than any model reads (over %1 characters)</source>
        <translation>son texte est plus long que ce qu’un modèle lit (plus de %1 caractères)</translation>
    </message>
    <message>
        <source>as text it is %1; Quorum sends text files up to %2</source>
        <translation>comme texte il fait %1&#xa0;; Quorum envoie des fichiers texte jusqu’à %2</translation>
    </message>
    <message>
        <source>it is %1, which no model reads; attach images, PDFs or text</source>
        <translation>c’est %1, qu’aucun modèle ne lit&#xa0;; joignez des images, des PDF ou du texte</translation>
    </message>
    <message>
        <source>not an image Quorum can read</source>
        <translation>pas une image que Quorum sait lire</translation>
    </message>
    <message>
        <source>not an image Quorum can read (%1)</source>
        <translation>pas une image que Quorum sait lire (%1)</translation>
    </message>
    <message>
        <source>it has no page %1</source>
        <translation>il n’a pas de page %1</translation>
    </message>
    <message>
        <source>page %1 has no size</source>
        <translation>la page %1 n’a pas de taille</translation>
    </message>
    <message>
        <source>page %1 cannot be drawn</source>
        <translation>la page %1 ne peut pas être dessinée</translation>
    </message>
    <message>
        <source>Qt PDF did not finish reading it in %1 s; the file is damaged or built to stall readers</source>
        <translation>Qt PDF n&apos;a pas fini de le lire en %1 s&#xa0;; le fichier est endommagé ou conçu pour bloquer les lecteurs</translation>
    </message>
    <message>
        <source>Qt PDF stopped on it; the file is damaged or built to crash readers</source>
        <translation>Qt PDF s&apos;est arrêté dessus&#xa0;; le fichier est endommagé ou conçu pour faire planter les lecteurs</translation>
    </message>
    <message>
        <source>the PDF reader did not start (%1)</source>
        <translation>le lecteur de PDF n&apos;a pas démarré (%1)</translation>
    </message>
    <message>
        <source>the PDF reader answered something Quorum does not understand</source>
        <translation>le lecteur de PDF a répondu quelque chose que Quorum ne comprend pas</translation>
    </message>
</context>
<context>
    <name>Quorum::AttachmentStore</name>
    <message>
        <source>The attachment %1 has no content.</source>
        <translation>La pièce jointe %1 n’a pas de contenu.</translation>
    </message>
</context>
<context>
    <name>Quorum::AwsCredentialChain</name>
    <message>
        <source>profile %1 in %2</source>
        <translation>profil %1 dans %2</translation>
    </message>
    <message>
        <source>the environment (AWS_ACCESS_KEY_ID)</source>
        <translation>l’environnement (AWS_ACCESS_KEY_ID)</translation>
    </message>
    <message>
        <source>the AWS profile “%1” gets its credentials through %2, which Quorum does not run: put keys in %3 or in the environment</source>
        <translation>le profil AWS «&#xa0;%1&#xa0;» obtient ses identifiants via %2, que Quorum n’exécute pas&#xa0;: mettez des clés dans %3 ou dans l’environnement</translation>
    </message>
    <message>
        <source>there is no AWS profile “%1” in %2 or %3</source>
        <translation>il n’y a pas de profil AWS «&#xa0;%1&#xa0;» dans %2 ni dans %3</translation>
    </message>
    <message>
        <source>none found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile in %1, or a Bedrock API key in AWS_BEARER_TOKEN_BEDROCK</source>
        <translation>aucun trouvé&#xa0;: définissez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY, un profil dans %1, ou une clé d’API Bedrock dans AWS_BEARER_TOKEN_BEDROCK</translation>
    </message>
    <message>
        <source>a Bedrock API key (AWS_BEARER_TOKEN_BEDROCK)</source>
        <translation>une clé d’API Bedrock (AWS_BEARER_TOKEN_BEDROCK)</translation>
    </message>
    <message>
        <source>no AWS region: give --region, or set AWS_REGION, or region in %1</source>
        <translation>aucune région AWS&#xa0;: indiquez --region, ou définissez AWS_REGION, ou region dans %1</translation>
    </message>
</context>
<context>
    <name>Quorum::Backups</name>
    <message>
        <source>Cannot create the backup directory %1.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La sauvegarde a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>Impossible d’écrire la sauvegarde %1.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but no Quorum backup.</source>
        <translation>%1 est un fichier SQLite mais pas une sauvegarde de Quorum.</translation>
    </message>
</context>
<context>
    <name>Quorum::BedrockAdapter</name>
    <message>
        <source>the access key stored for %1</source>
        <translation>la clé d’accès enregistrée pour %1</translation>
    </message>
    <message>
        <source>the Bedrock API key of %1</source>
        <translation>la clé d’API Bedrock de %1</translation>
    </message>
    <message>
        <source>No AWS credentials for %1: %2. Or store an access key (ACCESS_KEY_ID:SECRET) or a Bedrock API key with: quorum providers set-key %1</source>
        <translation>Aucun identifiant AWS pour %1&#xa0;: %2. Ou enregistrez une clé d’accès (ACCESS_KEY_ID:SECRET) ou une clé d’API Bedrock avec&#xa0;: quorum providers set-key %1</translation>
    </message>
    <message>
        <source>%1 (prompt router)</source>
        <translation>%1 (routeur de prompts)</translation>
    </message>
    <message>
        <source>On Bedrock only Claude takes a budget of thinking tokens; %1 does not.</source>
        <translation>Sur Bedrock, seul Claude accepte un budget de jetons de réflexion&#xa0;; %1 non.</translation>
    </message>
    <message>
        <source>Quorum knows of no reasoning setting that Bedrock takes for %1.</source>
        <translation>Quorum ne connaît aucun réglage de réflexion que Bedrock accepte pour %1.</translation>
    </message>
    <message>
        <source>%1 takes a reasoning effort of none, low, medium or high.</source>
        <translation>%1 accepte un effort de réflexion none, low, medium ou high.</translation>
    </message>
</context>
<context>
    <name>Quorum::ChatSession</name>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Il n’y a pas de conversation %1.</translation>
    </message>
    <message>
        <source>That turn is not on the conversation&apos;s current branch.</source>
        <translation>Ce tour n’est pas sur la branche actuelle de la conversation.</translation>
    </message>
    <message>
        <source>The prompt is empty.</source>
        <translation>Le prompt est vide.</translation>
    </message>
    <message>
        <source>Choose at least one model.</source>
        <translation>Choisissez au moins un modèle.</translation>
    </message>
    <message>
        <source>There is no provider account &apos;%1&apos;.</source>
        <translation>Il n’y a pas de compte de fournisseur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>That answer is still streaming; stop it first.</source>
        <translation>Cette réponse est encore en cours de réception&#xa0;; arrêtez-la d’abord.</translation>
    </message>
    <message>
        <source>That answer is not on the conversation&apos;s current branch.</source>
        <translation>Cette réponse n’est pas sur la branche actuelle de la conversation.</translation>
    </message>
    <message>
        <source>There is no provider account &apos;%1&apos; any more.</source>
        <translation>Il n’y a plus de compte de fournisseur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The raw response is kept only for answers received since Quorum started.</source>
        <translation>La réponse brute n’est conservée que pour les réponses reçues depuis le démarrage de Quorum.</translation>
    </message>
    <message>
        <source>There is no judge to ask.</source>
        <translation>Il n’y a aucun juge à interroger.</translation>
    </message>
</context>
<context>
    <name>Quorum::ChatStream</name>
    <message>
        <source>No response within %1 s.</source>
        <translation>Aucune réponse en %1 s.</translation>
    </message>
    <message>
        <source>No data for %1 s.</source>
        <translation>Aucune donnée depuis %1 s.</translation>
    </message>
    <message>
        <source>No new text for %1 s.</source>
        <translation>Aucun nouveau texte depuis %1 s.</translation>
    </message>
    <message>
        <source>The answer took longer than %1 s.</source>
        <translation>La réponse a pris plus de %1 s.</translation>
    </message>
    <message>
        <source>The response exceeded %1 MiB.</source>
        <translation>La réponse a dépassé %1 Mio.</translation>
    </message>
    <message numerus="yes">
        <source>Not run: the answer reached its limit of %n round(s) of tool calls.</source>
        <translation>
            <numerusform>Non exécuté : la réponse a atteint sa limite de %n tour d&apos;appels d&apos;outils.</numerusform>
            <numerusform>Non exécuté : la réponse a atteint sa limite de %n tours d&apos;appels d&apos;outils.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Checks</name>
    <message>
        <source>the schema uses $ref, which this check does not follow</source>
        <translation>le schéma utilise $ref, que ce contrôle ne suit pas</translation>
    </message>
    <message>
        <source>is %1, not %2</source>
        <translation>vaut %1, pas %2</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 n’est pas parmi %2</translation>
    </message>
    <message>
        <source>is not %1</source>
        <translation>ne vaut pas %1</translation>
    </message>
    <message>
        <source>lacks &quot;%1&quot;</source>
        <translation>il manque «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>has &quot;%1&quot;, which the schema does not allow</source>
        <translation>a «&#xa0;%1&#xa0;», que le schéma n’autorise pas</translation>
    </message>
    <message>
        <source>has %1 items, fewer than %2</source>
        <translation>a %1 éléments, moins de %2</translation>
    </message>
    <message>
        <source>has %1 items, more than %2</source>
        <translation>a %1 éléments, plus de %2</translation>
    </message>
    <message>
        <source>is shorter than %1 characters</source>
        <translation>fait moins de %1 caractères</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>fait plus de %1 caractères</translation>
    </message>
    <message>
        <source>does not match %1</source>
        <translation>ne correspond pas à %1</translation>
    </message>
    <message>
        <source>%1 is below %2</source>
        <translation>%1 est inférieur à %2</translation>
    </message>
    <message>
        <source>%1 is above %2</source>
        <translation>%1 est supérieur à %2</translation>
    </message>
    <message>
        <source>%1 is not above %2</source>
        <translation>%1 n’est pas supérieur à %2</translation>
    </message>
    <message>
        <source>%1 is not below %2</source>
        <translation>%1 n’est pas inférieur à %2</translation>
    </message>
    <message>
        <source>matches none of anyOf</source>
        <translation>ne correspond à aucun de anyOf</translation>
    </message>
    <message>
        <source>matches %1 of oneOf, not exactly one</source>
        <translation>correspond à %1 de oneOf, pas à un seul</translation>
    </message>
    <message>
        <source>matches what &quot;not&quot; forbids</source>
        <translation>correspond à ce que «&#xa0;not&#xa0;» interdit</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;</source>
        <translation>contient «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>does not contain &quot;%1&quot;</source>
        <translation>ne contient pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>bad pattern: %1</source>
        <translation>motif invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>matches /%1/</source>
        <translation>correspond à /%1/</translation>
    </message>
    <message>
        <source>equals &quot;%1&quot;</source>
        <translation>vaut «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>is JSON</source>
        <translation>est du JSON</translation>
    </message>
    <message>
        <source>is not JSON</source>
        <translation>n’est pas du JSON</translation>
    </message>
    <message>
        <source>follows the schema</source>
        <translation>suit le schéma</translation>
    </message>
    <message>
        <source>the output tokens are unknown</source>
        <translation>les jetons de sortie sont inconnus</translation>
    </message>
    <message>
        <source>%1 output tokens (at most %2)</source>
        <translation>%1 jetons de sortie (au plus %2)</translation>
    </message>
    <message>
        <source>the time is unknown</source>
        <translation>la durée est inconnue</translation>
    </message>
    <message>
        <source>%1 ms (at most %2)</source>
        <translation>%1 ms (au plus %2)</translation>
    </message>
    <message>
        <source>the cost is unknown (no price)</source>
        <translation>le coût est inconnu (pas de prix)</translation>
    </message>
    <message>
        <source>$%1 (at most $%2)</source>
        <translation>%1 $ (au plus %2 $)</translation>
    </message>
    <message>
        <source>ROUGE-L %1 (at least %2)</source>
        <translation>ROUGE-L %1 (au moins %2)</translation>
    </message>
    <message>
        <source>a judge&apos;s grade is asked of a model, not checked here</source>
        <translation>la note d’un juge est demandée à un modèle, pas vérifiée ici</translation>
    </message>
</context>
<context>
    <name>Quorum::Claim</name>
    <message>
        <source>stated by %1</source>
        <translation>affirmé par %1</translation>
    </message>
    <message>
        <source>contradicted by %1</source>
        <translation>contredit par %1</translation>
    </message>
    <message>
        <source>stated by %1; contradicted by %2</source>
        <translation>affirmé par %1&#xa0;; contredit par %2</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>seulement %1</translation>
    </message>
    <message>
        <source>stated by none</source>
        <translation>affirmé par aucune</translation>
    </message>
</context>
<context>
    <name>Quorum::CliContext</name>
    <message>
        <source>Try &apos;quorum %1 --help&apos; for more information.</source>
        <translation>Essayez «&#xa0;quorum %1 --help&#xa0;» pour en savoir plus.</translation>
    </message>
    <message>
        <source>this needs quorum-window, which reads and draws documents; run it as quorum-window %1 ...</source>
        <translation>il faut quorum-window, qui lit et dessine les documents ; lancez quorum-window %1 ...</translation>
    </message>
</context>
<context>
    <name>Quorum::CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Keep data and settings in &lt;dir&gt; (default: the XDG locations; the QUORUM_DATA_DIR environment variable does the same).</source>
        <translation>Garder les données et les réglages dans &lt;dir&gt; (par défaut&#xa0;: les emplacements XDG&#xa0;; la variable d’environnement QUORUM_DATA_DIR fait de même).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Quorum asks several large language models at once and compares their answers.
Without a command it opens its window.</source>
        <translation>Quorum pose une question à plusieurs grands modèles de langage à la fois
et compare leurs réponses. Sans commande, il ouvre sa fenêtre.</translation>
    </message>
    <message>
        <source>[command [options]]</source>
        <translation>[commande [options]]</translation>
    </message>
    <message>
        <source>Try &apos;quorum --help&apos; for more information.</source>
        <translation>Essayez «&#xa0;quorum --help&#xa0;» pour en savoir plus.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A command to run without opening the window (see Commands below).</source>
        <translation>Une commande à exécuter sans ouvrir la fenêtre (voir Commandes ci-dessous).</translation>
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
        <translation>Commandes&#xa0;:
  ask          poser un prompt à plusieurs modèles
  judge        faire fusionner, noter ou classer les réponses d’un tour
               par un modèle juge
  prompts      la bibliothèque&#xa0;: prompts et personas avec {{variables}}
  variants     paramètres nommés pour les cibles&#xa0;: COMPTE/MODÈLE#NOM
  experiment   exécuter variantes × cas × répétitions avec des contrôles&#xa0;;
               lister, afficher, exporter
  providers    ajouter, lister ou supprimer des comptes de fournisseur
  models       lister les modèles d’un compte&#xa0;; tirer ou supprimer
               des modèles Ollama
  mcp          ajouter, lister, supprimer des serveurs MCP&#xa0;; leurs outils
  websearch    choisir le service de recherche web des modèles&#xa0;; chercher
  prices       lister, importer ou fixer les prix des modèles
  spend        ce qu’ont coûté les réponses, par modèle, fournisseur ou jour
  budget       fixer, effacer ou lister les budgets mensuels
  rules        lister, ajouter, supprimer, déplacer, importer ou exporter
               les règles de routage
  route        où les règles de routage enverraient un prompt, et pourquoi
  history      lister les conversations enregistrées
  show         afficher une conversation enregistrée
  search       chercher dans tous les prompts et toutes les réponses
  export       écrire des conversations en Markdown, JSON, HTML, PDF ou CSV
  import       lire des conversations exportées de Quorum, ChatGPT ou Claude
  backup       copier la base de données maintenant&#xa0;; restore FICHIER
               ramène une copie
Chaque commande a sa propre aide --help.
</translation>
    </message>
</context>
<context>
    <name>Quorum::CompareArea</name>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ask several models at once&lt;/h2&gt;&lt;p&gt;Type a prompt below and choose the models that should answer it.&lt;br&gt;Their answers appear here side by side, each with its tokens, speed and cost.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Interrogez plusieurs modèles à la fois&lt;/h2&gt;&lt;p&gt;Saisissez un prompt ci-dessous et choisissez les modèles qui doivent y répondre.&lt;br&gt;Leurs réponses s’affichent ici côte à côte, chacune avec ses jetons, sa vitesse et son coût.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What this conversation has cost so far</source>
        <translation>Ce que cette conversation a coûté jusqu’ici</translation>
    </message>
    <message>
        <source>Follow-up history</source>
        <translation>Historique des suites</translation>
    </message>
    <message>
        <source>Follow-ups: each model continues its own answers</source>
        <translation>Suites&#xa0;: chaque modèle poursuit ses propres réponses</translation>
    </message>
    <message>
        <source>Follow-ups: all continue from the picked answer ★</source>
        <translation>Suites&#xa0;: tous poursuivent à partir de la réponse choisie ★</translation>
    </message>
    <message>
        <source>Which earlier answers each model is given with your next prompt</source>
        <translation>Quelles réponses précédentes chaque modèle reçoit avec votre prochain prompt</translation>
    </message>
    <message>
        <source>Sync scrolling</source>
        <translation>Défilement synchronisé</translation>
    </message>
    <message>
        <source>Synchronised scrolling</source>
        <translation>Défilement synchronisé</translation>
    </message>
    <message>
        <source>Scrolling a long answer scrolls the other answers of its turn along</source>
        <translation>Faire défiler une longue réponse fait défiler avec elle les autres réponses de son tour</translation>
    </message>
    <message>
        <source>Show Earlier Turns</source>
        <translation>Afficher les tours précédents</translation>
    </message>
    <message>
        <source>Show earlier turns</source>
        <translation>Afficher les tours précédents</translation>
    </message>
    <message>
        <source>The answers could not be saved yet (retrying): %1</source>
        <translation>Les réponses ne sont pas encore enregistrées (nouvel essai)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Total %1%2</source>
        <translation>Total %1%2</translation>
    </message>
    <message>
        <source> (partly estimated)</source>
        <translation> (en partie estimé)</translation>
    </message>
    <message>
        <source>This turn has only one answer.</source>
        <translation>Ce tour n’a qu’une réponse.</translation>
    </message>
    <message>
        <source>Compare Answers</source>
        <translation>Comparer des réponses</translation>
    </message>
    <message>
        <source>Compare %1 with:</source>
        <translation>Comparer %1 avec&#xa0;:</translation>
    </message>
    <message>
        <source>No earlier turns: this answer was given only its prompt.</source>
        <translation>Aucun tour précédent&#xa0;: cette réponse n’a reçu que son prompt.</translation>
    </message>
    <message>
        <source>answer %1 (not loaded)</source>
        <translation>réponse %1 (non chargée)</translation>
    </message>
    <message>
        <source>Turn %1: the answer of %2%3</source>
        <translation>Tour %1&#xa0;: la réponse de %2%3</translation>
    </message>
    <message>
        <source> (its own)</source>
        <translation> (la sienne)</translation>
    </message>
    <message>
        <source>Chosen by: each model continues its own answers.</source>
        <translation>Choisi par&#xa0;: chaque modèle poursuit ses propres réponses.</translation>
    </message>
    <message>
        <source>Chosen by: all continue from the picked answer.</source>
        <translation>Choisi par&#xa0;: tous poursuivent à partir de la réponse choisie.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>Besides its prompt, this answer was given:</source>
        <translation>En plus de son prompt, cette réponse a reçu&#xa0;:</translation>
    </message>
    <message>
        <source>Follow-ups: all continue from the synthesis</source>
        <translation>Suites&#xa0;: toutes reprennent la synthèse</translation>
    </message>
</context>
<context>
    <name>Quorum::Composer</name>
    <message>
        <source>Ask anything… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Demandez ce que vous voulez… (Entrée envoie, Maj+Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Choose models automatically</source>
        <translation>Choisir les modèles automatiquement</translation>
    </message>
    <message>
        <source>Let the routing rules choose the models for each prompt</source>
        <translation>Laisser les règles de routage choisir les modèles pour chaque prompt</translation>
    </message>
    <message>
        <source>+ Models</source>
        <translation>+ Modèles</translation>
    </message>
    <message>
        <source>Choose models</source>
        <translation>Choisir des modèles</translation>
    </message>
    <message>
        <source>Choose the models that answer (Ctrl+M)</source>
        <translation>Choisir les modèles qui répondent (Ctrl+M)</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Saved sets of models</source>
        <translation>Groupes de modèles enregistrés</translation>
    </message>
    <message>
        <source>Choose a saved set of models, or save the current ones as a set</source>
        <translation>Choisir un groupe de modèles enregistré, ou enregistrer les modèles actuels comme groupe</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>System Prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>Instructions every model gets with this conversation:</source>
        <translation>Instructions que chaque modèle reçoit avec cette conversation&#xa0;:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send prompt</source>
        <translation>Envoyer le prompt</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop all answers</source>
        <translation>Arrêter toutes les réponses</translation>
    </message>
    <message>
        <source>Stop every answer still streaming (Esc)</source>
        <translation>Arrêter toutes les réponses encore en cours (Échap)</translation>
    </message>
    <message>
        <source>Editing an earlier prompt: sending starts a new branch from there.</source>
        <translation>Modification d’un prompt précédent&#xa0;: l’envoi démarre une nouvelle branche à partir de là.</translation>
    </message>
    <message>
        <source>Cancel Editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Send as the Rules Say</source>
        <translation>Envoyer comme le disent les règles</translation>
    </message>
    <message>
        <source>Send as the routing rules say</source>
        <translation>Envoyer comme le disent les règles de routage</translation>
    </message>
    <message>
        <source>Send to My Choice Anyway</source>
        <translation>Envoyer quand même à mes modèles</translation>
    </message>
    <message>
        <source>Send to the models I chose, past the rules</source>
        <translation>Envoyer aux modèles que j’ai choisis, malgré les règles</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Ne pas envoyer</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n model(s))</source>
        <translation>
            <numerusform>%1 (%n modèle)</numerusform>
            <numerusform>%1 (%n modèles)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Current Models as a Set…</source>
        <translation>Enregistrer les modèles actuels comme groupe…</translation>
    </message>
    <message>
        <source>Save Models as a Set</source>
        <translation>Enregistrer les modèles comme groupe</translation>
    </message>
    <message>
        <source>Name of the set:</source>
        <translation>Nom du groupe&#xa0;:</translation>
    </message>
    <message>
        <source>My set</source>
        <translation>Mon groupe</translation>
    </message>
    <message>
        <source>Delete a Set</source>
        <translation>Supprimer un groupe</translation>
    </message>
    <message>
        <source>%1 — click for its parameters or to remove it</source>
        <translation>%1 — cliquez pour ses paramètres ou pour le retirer</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modèle %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No models chosen</source>
        <translation>Aucun modèle choisi</translation>
    </message>
    <message>
        <source>Set a system prompt for this conversation</source>
        <translation>Définir un prompt système pour cette conversation</translation>
    </message>
    <message>
        <source>System prompt: %1</source>
        <translation>Prompt système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent with placeholders (restored in the answers): %1</source>
        <translation>Envoyé avec des substituts (rétablis dans les réponses)&#xa0;: %1</translation>
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
        <translation>→ %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your rule “%1” blocks this prompt: %2</source>
        <translation>Votre règle «&#xa0;%1&#xa0;» bloque ce prompt&#xa0;: %2</translation>
    </message>
    <message>
        <source>only accounts tagged “%1” may receive it, so %2 would be left out</source>
        <translation>seuls les comptes étiquetés «&#xa0;%1&#xa0;» peuvent le recevoir, donc %2 serait laissé de côté</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of sensitive data would be replaced by placeholders</source>
        <translation>
            <numerusform>%n donnée sensible serait remplacée par un substitut</numerusform>
            <numerusform>%n données sensibles seraient remplacées par des substituts</numerusform>
        </translation>
    </message>
    <message>
        <source>Your rules (%1) change this prompt: %2.</source>
        <translation>Vos règles (%1) modifient ce prompt&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Input estimate: %1</source>
        <translation>Estimation de l’entrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>  ·  total ~%1</source>
        <translation>  ·  total ~%1</translation>
    </message>
    <message>
        <source>  ·  total ≥ %1</source>
        <translation>  ·  total ≥ %1</translation>
    </message>
    <message>
        <source>Input tokens estimated at 4 characters a token, with each model&apos;s history; the answers&apos; output is billed on top.</source>
        <translation>Jetons d’entrée estimés à 4 caractères par jeton, avec l’historique de chaque modèle&#xa0;; la sortie des réponses est facturée en plus.</translation>
    </message>
    <message>
        <source>Choose at least one model to send the prompt to.</source>
        <translation>Choisissez au moins un modèle auquel envoyer le prompt.</translation>
    </message>
    <message numerus="yes">
        <source>Send to %n model(s) (Enter)</source>
        <translation>
            <numerusform>Envoyer à %n modèle (Entrée)</numerusform>
            <numerusform>Envoyer à %n modèles (Entrée)</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameters…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Add Again as a Variant…</source>
        <translation>Ajouter à nouveau comme variante…</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>%1 is chosen already: give the variant another name.</source>
        <translation>%1 est déjà choisi&#xa0;: donnez un autre nom à la variante.</translation>
    </message>
    <message>
        <source>The variant could not be saved: %1</source>
        <translation>La variante n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source> + %1 thinking</source>
        <translation> + %1 de réflexion</translation>
    </message>
    <message>
        <source>%1 ~%2 tok%3, price unknown</source>
        <translation>%1 ~%2 jet.%3, prix inconnu</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Prompt library</source>
        <translation>Bibliothèque de prompts</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona&#xa0;: %1</translation>
    </message>
    <message>
        <source>Persona %1: %2</source>
        <translation>Persona %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1 (v%2)</translation>
    </message>
    <message>
        <source>No personas yet</source>
        <translation>Pas encore de persona</translation>
    </message>
    <message>
        <source>No prompts yet</source>
        <translation>Pas encore de prompt</translation>
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
        <translation>&amp;Gérer la bibliothèque de prompts…</translation>
    </message>
    <message>
        <source>&amp;Save This Prompt to the Library…</source>
        <translation>&amp;Enregistrer ce prompt dans la bibliothèque…</translation>
    </message>
    <message>
        <source>Use a saved prompt or persona, or manage the library (Ctrl+Shift+P)</source>
        <translation>Utiliser un prompt ou une persona enregistrés, ou gérer la bibliothèque (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Attach images, PDFs or text files; each model receives what it can read of them. You can also drop files here or paste an image.</source>
        <translation>Joindre des images, des PDF ou des fichiers texte&#xa0;; chaque modèle reçoit ce qu’il sait en lire. Vous pouvez aussi déposer des fichiers ici ou coller une image.</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf *.txt *.md *.csv *.json *.xml *.html *.py *.cpp *.h *.js *.ts *.rs *.go *.java *.sql *.yaml *.yml *.toml);;All files (*)</source>
        <translation>Images, PDF et texte (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf *.txt *.md *.csv *.json *.xml *.html *.py *.cpp *.h *.js *.ts *.rs *.go *.java *.sql *.yaml *.yml *.toml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Joint&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>pasted image.png</source>
        <translation>image collée.png</translation>
    </message>
    <message>
        <source>Tools the models may call</source>
        <translation>Outils que les modèles peuvent appeler</translation>
    </message>
    <message>
        <source>Which tool servers the models of this conversation may call</source>
        <translation>Quels serveurs d&apos;outils les modèles de cette conversation peuvent appeler</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Tools (%1)</source>
        <translation>Outils (%1)</translation>
    </message>
    <message>
        <source>The models may call no tools. Choose tool servers for this conversation.</source>
        <translation>Les modèles ne peuvent appeler aucun outil. Choisissez des serveurs d&apos;outils pour cette conversation.</translation>
    </message>
    <message>
        <source>The models may call the tools of: %1</source>
        <translation>Les modèles peuvent appeler les outils de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tool Settings…</source>
        <translation>Réglages des outils…</translation>
    </message>
    <message>
        <source>shared web search</source>
        <translation>recherche web partagée</translation>
    </message>
    <message>
        <source>web search</source>
        <translation>recherche web</translation>
    </message>
    <message>
        <source>Web Search</source>
        <translation>Recherche web</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>As a Tool the Models May Call</source>
        <translation>Comme outil que les modèles peuvent appeler</translation>
    </message>
    <message>
        <source>Shared: One Search, the Same Results for All</source>
        <translation>Partagée&#xa0;: une recherche, les mêmes résultats pour tous</translation>
    </message>
</context>
<context>
    <name>Quorum::ConversationListModel</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1 · last used %2</source>
        <translation>%1 · dernière utilisation&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, pinned</source>
        <translation>%1, épinglée</translation>
    </message>
</context>
<context>
    <name>Quorum::ConversationListPanel</name>
    <message>
        <source>New Conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+F)</source>
        <translation>Chercher dans les conversations (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Chercher dans les conversations</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>No conversations yet.
Your conversations will be listed here.</source>
        <translation>Aucune conversation pour l’instant.
Vos conversations seront listées ici.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <source>&lt;i&gt;Nothing found for “%1”.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Rien trouvé pour «&#xa0;%1&#xa0;».&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <source>Pin to the Top</source>
        <translation>Épingler en haut</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Étiquettes…</translation>
    </message>
    <message>
        <source>Conversation Tags</source>
        <translation>Étiquettes de la conversation</translation>
    </message>
    <message>
        <source>Tags, separated by commas (routing rules can test them, such as “client” or “private”):</source>
        <translation>Étiquettes, séparées par des virgules (les règles de routage peuvent les tester, comme «&#xa0;client&#xa0;» ou «&#xa0;privé&#xa0;»)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Conversation(s)…</source>
        <translation>
            <numerusform>Exporter %n conversation…</numerusform>
            <numerusform>Exporter %n conversations…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>synthesis by %1</source>
        <translation>synthèse par %1</translation>
    </message>
</context>
<context>
    <name>Quorum::ConversationStore</name>
    <message>
        <source>There is no answer %1 to update.</source>
        <translation>Il n’y a pas de réponse %1 à mettre à jour.</translation>
    </message>
    <message>
        <source>There is no turn %1.</source>
        <translation>Il n’y a pas de tour %1.</translation>
    </message>
</context>
<context>
    <name>Quorum::Database</name>
    <message>
        <source>%1 is not a Quorum database (not an SQLite file, or its header is damaged). Quorum has not changed it.</source>
        <translation>%1 n’est pas une base de données Quorum (pas un fichier SQLite, ou son en-tête est endommagé). Quorum ne l’a pas modifié.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Quorum has not changed it.</source>
        <translation>La base de données %1 est endommagée (%2). Quorum ne l’a pas modifiée.</translation>
    </message>
    <message>
        <source>Cannot write the database %1 (%2).</source>
        <translation>Impossible d’écrire la base de données %1 (%2).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>Le disque qui contient %1 est plein.</translation>
    </message>
    <message>
        <source>The database %1 is busy in another process.</source>
        <translation>La base de données %1 est occupée par un autre processus.</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Erreur de base de données dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 exists already; try again in a second.</source>
        <translation>%1 existe déjà&#xa0;; réessayez dans une seconde.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>Impossible de déplacer %1 vers %2.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Quorum (schema %2; this version knows up to %3). Quorum has not changed it; please update Quorum.</source>
        <translation>%1 a été écrit par une version plus récente de Quorum (schéma %2&#xa0;; cette version connaît jusqu’au %3). Quorum ne l’a pas modifié&#xa0;; veuillez mettre à jour Quorum.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Il n’y a pas de base de données à %1.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The SQLite driver gave no handle.</source>
        <translation>Le pilote SQLite n’a fourni aucun descripteur.</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging (is it on a network file system?).</source>
        <translation>%1 ne peut pas utiliser la journalisation anticipée (WAL) (est-il sur un système de fichiers réseau&#xa0;?).</translation>
    </message>
    <message>
        <source>SQLite refused to enforce foreign keys.</source>
        <translation>SQLite a refusé d’appliquer les clés étrangères.</translation>
    </message>
    <message>
        <source>Could not back up %1 before updating it: %2</source>
        <translation>Impossible de sauvegarder %1 avant de le mettre à jour&#xa0;: %2</translation>
    </message>
    <message>
        <source>Updating %1 to schema %2 (%3) failed: %4. The file is unchanged.</source>
        <translation>La mise à jour de %1 vers le schéma %2 (%3) a échoué&#xa0;: %4. Le fichier est inchangé.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>La base de données %1 est endommagée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Quorum::DatabaseOpener</name>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>La sauvegarde n’a pas pu être restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup Restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Your conversations were restored from %1.

The damaged file is kept as %2.</source>
        <translation>Vos conversations ont été restaurées à partir de %1.

Le fichier endommagé est conservé sous le nom %2.</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Quorum starts with a new, empty database.

The damaged file is kept as %1.</source>
        <translation>Quorum démarre avec une nouvelle base de données vide.

Le fichier endommagé est conservé sous le nom %1.</translation>
    </message>
    <message>
        <source>Not saving: %1</source>
        <translation>Pas d’enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Quorum Cannot Open Its Database</source>
        <translation>Quorum ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <source>The newest backup is from %1.</source>
        <translation>La sauvegarde la plus récente date du %1.</translation>
    </message>
    <message>
        <source>Restore Latest Backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>Il n’y a aucune sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Either way, the damaged file is kept under a new name.</source>
        <translation>Dans tous les cas, le fichier endommagé est conservé sous un nouveau nom.</translation>
    </message>
    <message>
        <source>Start With a New File</source>
        <translation>Commencer avec un nouveau fichier</translation>
    </message>
    <message>
        <source>Update Quorum to open it. Nothing was changed.</source>
        <translation>Mettez à jour Quorum pour l’ouvrir. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>You can fix the cause and try again, or continue: answers are then shown but not saved.</source>
        <translation>Vous pouvez corriger la cause et réessayer, ou continuer&#xa0;: les réponses sont alors affichées mais pas enregistrées.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Continue Without Saving</source>
        <translation>Continuer sans enregistrer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
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
        <translation>Comparer des réponses</translation>
    </message>
    <message>
        <source>Struck out: only in %1. Highlighted: only in %2. %3 removed, %4 added.</source>
        <translation>Barré&#xa0;: seulement dans %1. Surligné&#xa0;: seulement dans %2. %3 retiré(s), %4 ajouté(s).</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s)</source>
        <translation>
            <numerusform>%n morceau</numerusform>
            <numerusform>%n morceaux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Dispatcher</name>
    <message>
        <source>There is no provider account &apos;%1&apos;.</source>
        <translation>Il n’y a pas de compte de fournisseur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no turn to judge yet.</source>
        <translation>Il n’y a encore aucun tour à juger.</translation>
    </message>
    <message>
        <source>That turn is not on the conversation&apos;s current branch.</source>
        <translation>Ce tour n’est pas sur la branche actuelle de la conversation.</translation>
    </message>
    <message>
        <source>There is no judge mode named &apos;%1&apos;.</source>
        <translation>Il n’y a pas de mode de juge nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>A peer ranking needs at least three finished answers; this turn has %n.</source>
        <translation>
            <numerusform>Un classement entre pairs demande au moins trois réponses terminées&#xa0;; ce tour en a %n.</numerusform>
            <numerusform>Un classement entre pairs demande au moins trois réponses terminées&#xa0;; ce tour en a %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A synthesis needs at least two finished answers; this turn has %n.</source>
        <translation>
            <numerusform>Une synthèse demande au moins deux réponses terminées&#xa0;; ce tour en a %n.</numerusform>
            <numerusform>Une synthèse demande au moins deux réponses terminées&#xa0;; ce tour en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a judge model first.</source>
        <translation>Choisissez d’abord un modèle juge.</translation>
    </message>
    <message>
        <source>This turn&apos;s answers may only go to accounts tagged %1, and the judge %2 is not one; it was not asked. Choose a judge on such an account.</source>
        <translation>Les réponses de ce tour ne peuvent aller qu’à des comptes étiquetés %1, et le juge %2 n’en est pas un&#xa0;; il n’a pas été interrogé. Choisissez un juge sur un tel compte.</translation>
    </message>
    <message>
        <source>The answers were cut by %1 characters to fit the judge&apos;s input.</source>
        <translation>Les réponses ont été raccourcies de %1 caractères pour tenir dans l’entrée du juge.</translation>
    </message>
    <message>
        <source>There is no variant named &apos;%1&apos; (variants are kept in the database).</source>
        <translation>Il n’y a pas de variante nommée «&#xa0;%1&#xa0;» (les variantes sont gardées dans la base de données).</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n’a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Withheld: %1</source>
        <translation>Retenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>[The result was withheld by the rule “%1”.]</source>
        <translation>[Le résultat a été retenu par la règle « %1 ».]</translation>
    </message>
    <message>
        <source>Withheld: only accounts tagged “%1” may receive it.</source>
        <translation>Retenu&#xa0;: seuls les comptes étiquetés « %1 » peuvent le recevoir.</translation>
    </message>
    <message>
        <source>[The result was withheld: only accounts tagged “%1” may receive it.]</source>
        <translation>[Le résultat a été retenu&#xa0;: seuls les comptes étiquetés « %1 » peuvent le recevoir.]</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) redacted by the rules.</source>
        <translation>
            <numerusform>%n élément masqué par les règles.</numerusform>
            <numerusform>%n éléments masqués par les règles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::DocumentExport</name>
    <message>
        <source>first token %1 s</source>
        <translation>premier jeton %1 s</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <source>%1 in · %2 out</source>
        <translation>%1 en entrée · %2 en sortie</translation>
    </message>
    <message>
        <source>★ picked</source>
        <translation>★ choisie</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Arrêtée avant la fin.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Il n’y a pas de conversation %1.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>Rien à exporter.</translation>
    </message>
    <message>
        <source>Exported from Quorum.</source>
        <translation>Exporté depuis Quorum.</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Commencée le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n tour</numerusform>
            <numerusform>%n tours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 en tout</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>une réponse</translation>
    </message>
    <message>
        <source>Synthesis (%1)</source>
        <translation>Synthèse (%1)</translation>
    </message>
    <message>
        <source>by %1 · %2</source>
        <translation>par %1 · %2</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Peer ranking (Borda)</source>
        <translation>Classement entre pairs (Borda)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>serveur %1</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>Quorum::EventStreamDecoder</name>
    <message>
        <source>the event stream is damaged: bad prelude checksum at byte %1</source>
        <translation>le flux d’événements est endommagé&#xa0;: mauvaise somme de contrôle du prélude à l’octet %1</translation>
    </message>
    <message>
        <source>the event stream is damaged: impossible lengths at byte %1</source>
        <translation>le flux d’événements est endommagé&#xa0;: longueurs impossibles à l’octet %1</translation>
    </message>
    <message>
        <source>the event stream is damaged: bad message checksum at byte %1</source>
        <translation>le flux d’événements est endommagé&#xa0;: mauvaise somme de contrôle du message à l’octet %1</translation>
    </message>
    <message>
        <source>(at byte %1)</source>
        <translation>(à l’octet %1)</translation>
    </message>
    <message>
        <source>the event stream is damaged: a header runs past its end</source>
        <translation>le flux d’événements est endommagé&#xa0;: un en-tête dépasse sa fin</translation>
    </message>
    <message>
        <source>the event stream is damaged: unknown header type %1</source>
        <translation>le flux d’événements est endommagé&#xa0;: type d’en-tête inconnu %1</translation>
    </message>
</context>
<context>
    <name>Quorum::ExchangeCommand</name>
    <message>
        <source>(ID ... | --all) --format md|json|html|pdf|csv [-o PATH] [--page-size a4|letter]</source>
        <translation>(ID ... | --all) --format md|json|html|pdf|csv [-o CHEMIN] [--page-size a4|letter]</translation>
    </message>
    <message>
        <source>Exports conversations: md (Markdown, the current branch of each, for people), json (everything, for quorum import; docs/export-format.md), html (one self-contained page, the answers of a turn side by side), pdf (the same layout on A4 or Letter pages), csv (one row per answer with its cost). Without -o the export goes to standard output.</source>
        <translation>Exporte des conversations&#xa0;: md (Markdown, la branche actuelle de chacune, pour être lue), json (tout, pour quorum import&#xa0;; docs/export-format.md), html (une page autonome, les réponses d’un tour côte à côte), pdf (la même mise en page sur des pages A4 ou Letter), csv (une ligne par réponse avec son coût). Sans -o, l’export va sur la sortie standard.</translation>
    </message>
    <message>
        <source>Every stored conversation.</source>
        <translation>Toutes les conversations enregistrées.</translation>
    </message>
    <message>
        <source>md, json, html, pdf or csv.</source>
        <translation>md, json, html, pdf ou csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>A PDF&apos;s paper: a4 or letter (default: Letter in the United States, else A4).</source>
        <translation>Le papier d’un PDF&#xa0;: a4 ou letter (par défaut&#xa0;: Letter aux États-Unis, A4 ailleurs).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>Write to this file (whole or not at all).</source>
        <translation>Écrire dans ce fichier (en entier ou pas du tout).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>A conversation (see quorum history); several may be given.</source>
        <translation>Une conversation (voir quorum history)&#xa0;; on peut en donner plusieurs.</translation>
    </message>
    <message>
        <source>--format is md, json, html, pdf or csv</source>
        <translation>--format vaut md, json, html, pdf ou csv</translation>
    </message>
    <message>
        <source>--page-size is a4 or letter</source>
        <translation>--page-size vaut a4 ou letter</translation>
    </message>
    <message>
        <source>give conversation IDs or --all (not both)</source>
        <translation>donnez des ID de conversation ou --all (pas les deux)</translation>
    </message>
    <message>
        <source>a conversation ID is a number, not &apos;%1&apos;</source>
        <translation>un ID de conversation est un nombre, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot list the conversations</source>
        <translation>impossible de lister les conversations</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>impossible d’écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>nothing written to %1: %2</source>
        <translation>rien n’a été écrit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>%n conversation exportée vers %1.</numerusform>
            <numerusform>%n conversations exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>PATH [--from quorum|chatgpt|claude] [--json]</source>
        <translation>CHEMIN [--from quorum|chatgpt|claude] [--json]</translation>
    </message>
    <message>
        <source>Imports conversations from a Quorum JSON export or from the conversations.json of a ChatGPT or Claude data export, all or nothing; conversations already there are skipped and named.</source>
        <translation>Importe des conversations depuis un export JSON de Quorum ou depuis le conversations.json d’un export de données de ChatGPT ou de Claude, tout ou rien&#xa0;; les conversations déjà présentes sont ignorées et nommées.</translation>
    </message>
    <message>
        <source>The file&apos;s kind: quorum, chatgpt or claude (default: recognised).</source>
        <translation>Le type du fichier&#xa0;: quorum, chatgpt ou claude (par défaut&#xa0;: reconnu).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Le fichier à importer.</translation>
    </message>
    <message>
        <source>expected one PATH</source>
        <translation>un seul CHEMIN attendu</translation>
    </message>
    <message>
        <source>--from is quorum, chatgpt or claude</source>
        <translation>--from vaut quorum, chatgpt ou claude</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>nothing imported from %1: %2</source>
        <translation>rien n’a été importé de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>nothing imported: %1</source>
        <translation>rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>%n conversation importée.</numerusform>
            <numerusform>%n conversations importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped “%1”: already there (conversation %2).</source>
        <translation>«&#xa0;%1&#xa0;» ignorée&#xa0;: déjà présente (conversation %2).</translation>
    </message>
</context>
<context>
    <name>Quorum::ExperimentCheck</name>
    <message>
        <source>unknown check type &apos;%1&apos; (%2)</source>
        <translation>type de contrôle inconnu «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;value&quot; must be text</source>
        <translation>%1&#xa0;: «&#xa0;value&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <source>%1: &quot;value&quot; must be a number, 0 or more</source>
        <translation>%1&#xa0;: «&#xa0;value&#xa0;» doit être un nombre, 0 ou plus</translation>
    </message>
    <message>
        <source>json-schema: &quot;schema&quot; must be a JSON Schema object</source>
        <translation>json-schema&#xa0;: «&#xa0;schema&#xa0;» doit être un objet JSON Schema</translation>
    </message>
    <message>
        <source>regex: %1 in &apos;%2&apos;</source>
        <translation>regex&#xa0;: %1 dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: &quot;threshold&quot; must be a number from 0 to 1</source>
        <translation>%1&#xa0;: «&#xa0;threshold&#xa0;» doit être un nombre de 0 à 1</translation>
    </message>
</context>
<context>
    <name>Quorum::ExperimentCommand</name>
    <message>
        <source>&apos;%1&apos; has not been run yet.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas encore été exécutée.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no run %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas d’exécution %2.</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>%1 · %2 · #%3  %4</source>
        <translation>%1 · %2 · #%3  %4</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 errors, %4 refused, %5 skipped, %6 pending · %7 (judges %8)</source>
        <translation>%1 réussis, %2 échoués, %3 erreurs, %4 refusés, %5 sautés, %6 en attente · %7 (juges %8)</translation>
    </message>
    <message>
        <source>variant</source>
        <translation>variante</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussis</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
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
        <translation>coût</translation>
    </message>
    <message>
        <source>across repeats</source>
        <translation>entre répétitions</translation>
    </message>
    <message numerus="yes">
        <source>%n flaky, %1% alike, ±%2</source>
        <translation>
            <numerusform>%n instable, %1&#xa0;% semblables, ±%2</numerusform>
            <numerusform>%n instables, %1&#xa0;% semblables, ±%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 passed, %5 before</source>
        <translation>%1, %2&#xa0;: %3 sur %4 réussis, %5 avant</translation>
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
        <translation>Usage&#xa0;: quorum experiment [run|list|show|export|remove] ...

  run FICHIER [--json] [--repeat N] [--max-cost USD]
                           demander chaque cellule d’un fichier
                           d’expérience&#xa0;; code 1 si un contrôle échoue
  list [--json]            les expériences et leurs dernières exécutions
  show NOM [--run ID]      les chiffres d’une exécution par variante
  export NOM --format csv|json|html [--run ID] [-o FICHIER]
                           une exécution en CSV, JSON ou rapport HTML
  remove NOM               une expérience et ses exécutions

Le format du fichier&#xa0;: docs/experiments.md.
</translation>
    </message>
    <message>
        <source>FILE [--json] [--repeat N] [--max-cost USD] [--concurrency N] [--fresh]</source>
        <translation>FICHIER [--json] [--repeat N] [--max-cost USD] [--concurrency N] [--fresh]</translation>
    </message>
    <message>
        <source>Runs an experiment file: every case with every variant, each repeated. Says first what it may cost at most, prints each cell as it ends and a summary per variant, and exits 1 when a check failed or a cell was not answered. A run that was stopped or killed goes on where it ended when the same file is run again (cells that are done are not asked again).</source>
        <translation>Exécute un fichier d’expérience&#xa0;: chaque cas avec chaque variante, chacun répété. Dit d’abord ce que cela peut coûter au plus, affiche chaque cellule quand elle se termine et un résumé par variante, et sort avec le code 1 quand un contrôle a échoué ou qu’une cellule n’a pas eu de réponse. Une exécution arrêtée ou tuée reprend là où elle s’est arrêtée quand le même fichier est exécuté à nouveau (les cellules terminées ne sont pas redemandées).</translation>
    </message>
    <message>
        <source>Print one JSON object per cell as it ends, then a summary object (one per line).</source>
        <translation>Afficher un objet JSON par cellule terminée, puis un objet de résumé (un par ligne).</translation>
    </message>
    <message>
        <source>Ask each cell N times (over the file&apos;s &quot;repeat&quot;).</source>
        <translation>Demander chaque cellule N fois (au lieu du «&#xa0;repeat&#xa0;» du fichier).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Spend at most this many US dollars; cells that could go over are skipped.</source>
        <translation>Dépenser au plus ce nombre de dollars US&#xa0;; les cellules qui pourraient dépasser sont sautées.</translation>
    </message>
    <message>
        <source>usd</source>
        <translation>usd</translation>
    </message>
    <message>
        <source>At most N answers at once per account (default: the account&apos;s limit, else 4).</source>
        <translation>Au plus N réponses à la fois par compte (par défaut&#xa0;: la limite du compte, sinon 4).</translation>
    </message>
    <message>
        <source>Start a new run even if the last one was interrupted.</source>
        <translation>Commencer une nouvelle exécution même si la dernière a été interrompue.</translation>
    </message>
    <message>
        <source>Go on with run ID (FILE is not needed).</source>
        <translation>Reprendre l’exécution ID (FICHIER n’est pas nécessaire).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The experiment file (JSON).</source>
        <translation>Le fichier d’expérience (JSON).</translation>
    </message>
    <message>
        <source>--max-cost is an amount of US dollars, e.g. 0.50</source>
        <translation>--max-cost est un montant en dollars US, p. ex. 0.50</translation>
    </message>
    <message>
        <source>--concurrency is a number from 1</source>
        <translation>--concurrency est un nombre à partir de 1</translation>
    </message>
    <message>
        <source>--resume needs a run ID (a number)</source>
        <translation>--resume demande l’ID d’une exécution (un nombre)</translation>
    </message>
    <message>
        <source>expected one experiment file</source>
        <translation>un fichier d’expérience attendu</translation>
    </message>
    <message>
        <source>--repeat is a number from 1 to 1000</source>
        <translation>--repeat est un nombre de 1 à 1000</translation>
    </message>
    <message>
        <source>Going on with run %1 of %2: %3 of %4 cells are done (%5); %6 to ask</source>
        <translation>Reprise de l’exécution %1 de %2&#xa0;: %3 cellules sur %4 sont terminées (%5)&#xa0;; %6 à demander</translation>
    </message>
    <message>
        <source>Run %1 of %2: %3 cells (%4 variants × %5 cases × %6 repeats)</source>
        <translation>Exécution %1 de %2&#xa0;: %3 cellules (%4 variantes × %5 cas × %6 répétitions)</translation>
    </message>
    <message>
        <source>, at most %1.</source>
        <translation>, au plus %1.</translation>
    </message>
    <message>
        <source>, at most an unknown amount: no price for %1.</source>
        <translation>, au plus un montant inconnu&#xa0;: pas de prix pour %1.</translation>
    </message>
    <message>
        <source>%1 cannot be sent: %2</source>
        <translation>%1 ne peut pas être envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopping (Ctrl+C again to quit at once)…</source>
        <translation>Arrêt (Ctrl+C encore une fois pour quitter aussitôt)…</translation>
    </message>
    <message>
        <source>Stopped. Run the same file again to go on where it ended.</source>
        <translation>Arrêté. Exécutez à nouveau le même fichier pour reprendre là où cela s’est arrêté.</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>Lists the experiments and their latest runs.</source>
        <translation>Liste les expériences et leurs dernières exécutions.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>No experiments yet: quorum experiment run FILE</source>
        <translation>Pas encore d’expérience&#xa0;: quorum experiment run FICHIER</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécutée</translation>
    </message>
    <message>
        <source>run %1 %2: %3 passed, %4 failed of %5 cells, %6</source>
        <translation>exécution %1 %2&#xa0;: %3 réussies, %4 échouées sur %5 cellules, %6</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n exécution</numerusform>
            <numerusform>%n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>Print one JSON object (the run, as export --format json).</source>
        <translation>Afficher un objet JSON (l’exécution, comme export --format json).</translation>
    </message>
    <message>
        <source>The run&apos;s ID (see experiment list).</source>
        <translation>L’ID de l’exécution (voir experiment list).</translation>
    </message>
    <message>
        <source>The experiment&apos;s name.</source>
        <translation>Le nom de l’expérience.</translation>
    </message>
    <message>
        <source>expected one experiment name</source>
        <translation>un nom d’expérience attendu</translation>
    </message>
    <message>
        <source>--run needs a run ID (a number)</source>
        <translation>--run demande l’ID d’une exécution (un nombre)</translation>
    </message>
    <message>
        <source>Run %1 of %2 (%3)</source>
        <translation>Exécution %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>Writes a run (the latest unless --run) as CSV (a row per cell), JSON (the experiment, every cell and the summary) or a self-contained HTML report (the grid, the checks, the costs).</source>
        <translation>Écrit une exécution (la dernière sauf avec --run) en CSV (une ligne par cellule), en JSON (l’expérience, chaque cellule et le résumé) ou en rapport HTML autonome (la grille, les contrôles, les coûts).</translation>
    </message>
    <message>
        <source>csv, json or html.</source>
        <translation>csv, json ou html.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FICHIER au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>--format is csv, json or html</source>
        <translation>--format est csv, json ou html</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Removes an experiment with its runs and their answers.</source>
        <translation>Supprime une expérience avec ses exécutions et leurs réponses.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no other run %2 to compare with.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas d’autre exécution %2 à comparer.</translation>
    </message>
    <message>
        <source>Since run %1:</source>
        <translation>Depuis l’exécution %1&#xa0;:</translation>
    </message>
    <message>
        <source>Cells that passed more or less often:</source>
        <translation>Cellules réussies plus ou moins souvent&#xa0;:</translation>
    </message>
    <message>
        <source>NAME [--run ID] [--against ID] [--json]</source>
        <translation>NOM [--run ID] [--against ID] [--json]</translation>
    </message>
    <message>
        <source>Prints a run&apos;s cells and its figures per variant (the latest run unless --run), and what got better or worse since the run before (or run --against).</source>
        <translation>Affiche les cellules d’une exécution et ses chiffres par variante (la dernière exécution sauf avec --run), et ce qui s’est amélioré ou dégradé depuis l’exécution précédente (ou l’exécution --against).</translation>
    </message>
    <message>
        <source>Compare with this run of the experiment instead of the run before.</source>
        <translation>Comparer avec cette exécution de l’expérience au lieu de la précédente.</translation>
    </message>
    <message>
        <source>--against needs a run ID (a number)</source>
        <translation>--against demande l’ID d’une exécution (un nombre)</translation>
    </message>
    <message>
        <source>NAME --format csv|json|html [--run ID] [--against ID] [-o FILE]</source>
        <translation>NOM --format csv|json|html [--run ID] [--against ID] [-o FICHIER]</translation>
    </message>
</context>
<context>
    <name>Quorum::ExperimentFile</name>
    <message>
        <source>%1: &quot;checks&quot; must be a list</source>
        <translation>%1&#xa0;: «&#xa0;checks&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <source>%1, check %2: %3</source>
        <translation>%1, contrôle %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation>ligne %1&#xa0;: du texte après un guillemet fermant</translation>
    </message>
    <message>
        <source>line %1: a quote inside a field that does not start with one</source>
        <translation>ligne %1&#xa0;: un guillemet dans un champ qui n’en commence pas par un</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>ligne %1&#xa0;: un champ entre guillemets n’est pas fermé</translation>
    </message>
    <message>
        <source>the CSV file is empty: its first line names the variables</source>
        <translation>le fichier CSV est vide&#xa0;: sa première ligne nomme les variables</translation>
    </message>
    <message>
        <source>line %1: a column has no name</source>
        <translation>ligne %1&#xa0;: une colonne n’a pas de nom</translation>
    </message>
    <message>
        <source>line %1: %2 fields, but the header names %3</source>
        <translation>ligne %1&#xa0;: %2 champs, mais l’en-tête en nomme %3</translation>
    </message>
    <message>
        <source>an experiment file is a JSON object</source>
        <translation>un fichier d’expérience est un objet JSON</translation>
    </message>
    <message>
        <source>not JSON: %1 (at character %2)</source>
        <translation>pas du JSON&#xa0;: %1 (au caractère %2)</translation>
    </message>
    <message>
        <source>not an experiment file: &quot;quorum_experiment&quot; (its format version) is missing</source>
        <translation>pas un fichier d’expérience&#xa0;: «&#xa0;quorum_experiment&#xa0;» (sa version de format) manque</translation>
    </message>
    <message>
        <source>the file is of format %1; this Quorum reads up to %2: please update Quorum</source>
        <translation>le fichier est au format %1&#xa0;; ce Quorum lit jusqu’au %2&#xa0;: veuillez mettre Quorum à jour</translation>
    </message>
    <message>
        <source>&quot;prompt&quot; is missing</source>
        <translation>«&#xa0;prompt&#xa0;» manque</translation>
    </message>
    <message>
        <source>&quot;repeat&quot; must be a whole number from 1 to 1000</source>
        <translation>«&#xa0;repeat&#xa0;» doit être un entier de 1 à 1000</translation>
    </message>
    <message>
        <source>&quot;max_cost_usd&quot; must be a number of dollars</source>
        <translation>«&#xa0;max_cost_usd&#xa0;» doit être un nombre de dollars</translation>
    </message>
    <message>
        <source>&quot;variants&quot; must list at least one target</source>
        <translation>«&#xa0;variants&#xa0;» doit lister au moins une cible</translation>
    </message>
    <message>
        <source>variant %1: &quot;target&quot; must be ACCOUNT/MODEL or ACCOUNT/MODEL#VARIANT</source>
        <translation>variante %1&#xa0;: «&#xa0;target&#xa0;» doit être COMPTE/MODÈLE ou COMPTE/MODÈLE#VARIANTE</translation>
    </message>
    <message>
        <source>variant %1: %2</source>
        <translation>variante %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>two variants are named &apos;%1&apos;: give each column a name</source>
        <translation>deux variantes s’appellent «&#xa0;%1&#xa0;»&#xa0;: donnez un nom à chaque colonne</translation>
    </message>
    <message>
        <source>the experiment</source>
        <translation>l’expérience</translation>
    </message>
    <message>
        <source>cannot read the cases %1: %2</source>
        <translation>impossible de lire les cas %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>case %1: the value of &apos;%2&apos; must be text or a number</source>
        <translation>cas %1&#xa0;: la valeur de «&#xa0;%2&#xa0;» doit être du texte ou un nombre</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>cas %1</translation>
    </message>
    <message>
        <source>case %1 has no value for %2</source>
        <translation>le cas %1 n’a pas de valeur pour %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1: two columns are named &apos;%2&apos;</source>
        <translation>ligne %1&#xa0;: deux colonnes s’appellent «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is in the prompt library, and there is no database</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est dans la bibliothèque de prompts, et il n’y a pas de base de données</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;library_prompt&quot;</source>
        <translation>«&#xa0;library_prompt&#xa0;»</translation>
    </message>
    <message>
        <source>variant %1</source>
        <translation>variante %1</translation>
    </message>
</context>
<context>
    <name>Quorum::ExperimentGridModel</name>
    <message>
        <source>#%1: %2</source>
        <translation>#%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1/%2 passed</source>
        <translation>%1/%2 réussis</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
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
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>cas %1</translation>
    </message>
    <message>
        <source>Run %1 · %2 · started %3 · %4 cells (%5 variants × %6 cases × %7 repeats)</source>
        <translation>Exécution %1 · %2 · commencée %3 · %4 cellules (%5 variantes × %6 cas × %7 répétitions)</translation>
    </message>
    <message>
        <source>Passed %1, failed %2, errors %3, refused %4, skipped %5 · cost %6 (judges %7)</source>
        <translation>Réussies %1, échouées %2, erreurs %3, refusées %4, sautées %5 · coût %6 (juges %7)</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Prompt&#xa0;: %1</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
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
        <translation>Premier token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Across repeats</source>
        <translation>Entre répétitions</translation>
    </message>
    <message numerus="yes">
        <source>%n flaky case(s), answers %1% alike, ±%2</source>
        <translation>
            <numerusform>%n cas instable, réponses semblables à %1&#xa0;%, ±%2</numerusform>
            <numerusform>%n cas instables, réponses semblables à %1&#xa0;%, ±%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Since the run before</source>
        <translation>Depuis l’exécution précédente</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 passed, %5 before</source>
        <translation>%1, %2&#xa0;: %3 sur %4 réussis, %5 avant</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Cellules</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 tokens · %4</source>
        <translation>#%1 · %2 · %3 tokens · %4</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>passed %1 → %2, p50 %3 → %4, cost %5 → %6</source>
        <translation>réussi %1 → %2, p50 %3 → %4, coût %5 → %6</translation>
    </message>
    <message>
        <source>Since run %1</source>
        <translation>Depuis l’exécution %1</translation>
    </message>
    <message>
        <source>Cells that changed since run %1</source>
        <translation>Cellules changées depuis l’exécution %1</translation>
    </message>
</context>
<context>
    <name>Quorum::ExperimentRunner</name>
    <message>
        <source>There is no provider account &apos;%1&apos;.</source>
        <translation>Il n’y a pas de compte de fournisseur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Experiments are kept in the database: run them with a data directory that has one.</source>
        <translation>Les expériences sont gardées dans la base de données&#xa0;: exécutez-les avec un répertoire de données qui en a une.</translation>
    </message>
    <message>
        <source>The experiment has no name.</source>
        <translation>L’expérience n’a pas de nom.</translation>
    </message>
    <message>
        <source>The experiment has no cells: it needs a variant and a case.</source>
        <translation>L’expérience n’a pas de cellule&#xa0;: il lui faut une variante et un cas.</translation>
    </message>
    <message>
        <source>A judge check needs a judge: set &quot;judge&quot; in the experiment or in the check.</source>
        <translation>Un contrôle par juge demande un juge&#xa0;: définissez «&#xa0;judge&#xa0;» dans l’expérience ou dans le contrôle.</translation>
    </message>
    <message>
        <source>The judge &apos;%1&apos; is not a provider account and model of this Quorum.</source>
        <translation>Le juge «&#xa0;%1&#xa0;» n’est pas un compte de fournisseur et un modèle de ce Quorum.</translation>
    </message>
    <message>
        <source>A cost limit cannot be kept without prices: %1 has none (set one with quorum prices set, or run without a limit).</source>
        <translation>Une limite de coût ne peut être tenue sans prix&#xa0;: %1 n’en a pas (fixez-en un avec quorum prices set, ou exécutez sans limite).</translation>
    </message>
    <message>
        <source>A run is going on; stop it first.</source>
        <translation>Une exécution est en cours&#xa0;; arrêtez-la d’abord.</translation>
    </message>
    <message>
        <source>Run %1 is going on in another Quorum.</source>
        <translation>L’exécution %1 est en cours dans un autre Quorum.</translation>
    </message>
    <message>
        <source>Run %1 cannot be read: %2</source>
        <translation>L’exécution %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 · case %2</source>
        <translation>%1 · cas %2</translation>
    </message>
    <message>
        <source>A rule keeps this prompt from %1: %2 (%3).</source>
        <translation>Une règle tient ce prompt à l’écart de %1&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <source>Not asked: it may cost up to %1, and the run&apos;s limit of %2 leaves %3.</source>
        <translation>Non demandé&#xa0;: cela peut coûter jusqu’à %1, et la limite de %2 de l’exécution laisse %3.</translation>
    </message>
    <message>
        <source>Not asked: its model has no price, and the run has a cost limit.</source>
        <translation>Non demandé&#xa0;: son modèle n’a pas de prix, et l’exécution a une limite de coût.</translation>
    </message>
    <message>
        <source>The answer did not end (%1).</source>
        <translation>La réponse ne s’est pas terminée (%1).</translation>
    </message>
    <message>
        <source>waiting for the judge</source>
        <translation>en attente du juge</translation>
    </message>
    <message>
        <source>scored %1/10 (%2 needed)</source>
        <translation>noté %1/10 (%2 requis)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a judge (ACCOUNT/MODEL)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un juge (COMPTE/MODÈLE)</translation>
    </message>
    <message>
        <source>A rule keeps this prompt from the judge %1.</source>
        <translation>Une règle tient ce prompt à l’écart du juge %1.</translation>
    </message>
    <message>
        <source>the judge could not be asked: %1</source>
        <translation>le juge n’a pas pu être interrogé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the judge failed: %1</source>
        <translation>le juge a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>the judge gave no score: %1</source>
        <translation>le juge n’a pas donné de note&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::ExperimentStore</name>
    <message>
        <source>The experiment &apos;%1&apos; could not be saved.</source>
        <translation>L’expérience «&#xa0;%1&#xa0;» n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>There is no experiment named &apos;%1&apos;.</source>
        <translation>Il n’y a pas d’expérience nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no experiment run %1.</source>
        <translation>Il n’y a pas d’exécution d’expérience %1.</translation>
    </message>
</context>
<context>
    <name>Quorum::ExperimentWindow</name>
    <message>
        <source>Experiments</source>
        <translation>Expériences</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Save File…</source>
        <translation>&amp;Enregistrer le fichier…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <source>Resu&amp;lts</source>
        <translation>Résu&amp;ltats</translation>
    </message>
    <message>
        <source>Open an Experiment</source>
        <translation>Ouvrir une expérience</translation>
    </message>
    <message>
        <source>Experiment files (*.json);;All files (*)</source>
        <translation>Fichiers d’expérience (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the Experiment</source>
        <translation>Enregistrer l’expérience</translation>
    </message>
    <message>
        <source>Experiment files (*.json)</source>
        <translation>Fichiers d’expérience (*.json)</translation>
    </message>
    <message>
        <source>Run %1 was stopped: Resume goes on where it ended.</source>
        <translation>L’exécution %1 a été arrêtée&#xa0;: Reprendre continue là où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>New experiment</source>
        <translation>Nouvelle expérience</translation>
    </message>
    <message>
        <source>The prompt, with {{variables}} filled from each case</source>
        <translation>Le prompt, avec des {{variables}} remplies par chaque cas</translation>
    </message>
    <message>
        <source>Optional: the system prompt of every variant that has none of its own</source>
        <translation>Facultatif&#xa0;: le prompt système de chaque variante qui n’en a pas</translation>
    </message>
    <message>
        <source>ACCOUNT/MODEL, for judge checks</source>
        <translation>COMPTE/MODÈLE, pour les contrôles par juge</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Pas de limite</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation>Prompt s&amp;ystème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation>&amp;Juge&#xa0;:</translation>
    </message>
    <message>
        <source>Variants (columns)</source>
        <translation>Variantes (colonnes)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Add Variant</source>
        <translation>Ajouter une variante</translation>
    </message>
    <message>
        <source>Parameters…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cases (rows): a value for each {{variable}}</source>
        <translation>Cas (lignes)&#xa0;: une valeur pour chaque {{variable}}</translation>
    </message>
    <message>
        <source>Add Case</source>
        <translation>Ajouter un cas</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Checks of every answer</source>
        <translation>Contrôles de chaque réponse</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Value, pattern, reference or rubric</source>
        <translation>Valeur, motif, référence ou grille</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juge</translation>
    </message>
    <message>
        <source>Add Check</source>
        <translation>Ajouter un contrôle</translation>
    </message>
    <message>
        <source>Double-click a cell to read its answers in the compare view.</source>
        <translation>Double-cliquez sur une cellule pour lire ses réponses dans la vue de comparaison.</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
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
        <translation>Premier token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Across repeats</source>
        <translation>Entre répétitions</translation>
    </message>
    <message>
        <source>Export the Run</source>
        <translation>Exporter l’exécution</translation>
    </message>
    <message>
        <source>HTML report (*.html);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Rapport HTML (*.html);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>(defaults)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>Double-click to set the parameters</source>
        <translation>Double-cliquez pour régler les paramètres</translation>
    </message>
    <message>
        <source>Variant %1: the target is ACCOUNT/MODEL, e.g. openai/gpt-4.1.</source>
        <translation>Variante %1&#xa0;: la cible est COMPTE/MODÈLE, p. ex. openai/gpt-4.1.</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>Pas prêt&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) (%1 variants × %2 cases × %3 repeats)</source>
        <translation>
            <numerusform>%n cellule (%1 variantes × %2 cas × %3 répétitions)</numerusform>
            <numerusform>%n cellules (%1 variantes × %2 cas × %3 répétitions)</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>at most an unknown amount (no price for %1)</source>
        <translation>au plus un montant inconnu (pas de prix pour %1)</translation>
    </message>
    <message>
        <source>%1 cannot be sent: %2</source>
        <translation>%1 ne peut pas être envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run %1: %2 cells to ask, at most %3.</source>
        <translation>Exécution %1&#xa0;: %2 cellules à demander, au plus %3.</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>un montant inconnu</translation>
    </message>
    <message>
        <source>Run %1 goes on: %2 cells to ask.</source>
        <translation>L’exécution %1 continue&#xa0;: %2 cellules à demander.</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Pas encore exécutée</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3</source>
        <translation>Exécution %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Run %1: %2 passed, %3 failed, %4 errors, %5 refused, %6 skipped, %7 pending · %8</source>
        <translation>Exécution %1&#xa0;: %2 réussies, %3 échouées, %4 erreurs, %5 refusées, %6 sautées, %7 en attente · %8</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no run to export yet.</source>
        <translation>Il n’y a pas encore d’exécution à exporter.</translation>
    </message>
    <message>
        <source>Import Cases</source>
        <translation>Importer des cas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>system “%1”</source>
        <translation>système «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Juges</translation>
    </message>
    <message>
        <source>Select a cell to read its answers and checks here.</source>
        <translation>Sélectionnez une cellule pour lire ici ses réponses et ses contrôles.</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · %4</source>
        <translation>#%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>S&amp;etup</source>
        <translation>&amp;Préparation</translation>
    </message>
    <message>
        <source>Promp&amp;t:</source>
        <translation>Promp&amp;t&#xa0;:</translation>
    </message>
    <message>
        <source>Repe&amp;ats:</source>
        <translation>Ré&amp;pétitions&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cost limit:</source>
        <translation>&amp;Limite de coût&#xa0;:</translation>
    </message>
    <message>
        <source>Ru&amp;n:</source>
        <translation>E&amp;xécution&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 passed, %4 before)</source>
        <translation>%1 (%2 sur %3 réussis, %4 avant)</translation>
    </message>
    <message>
        <source>Since run %1: </source>
        <translation>Depuis l’exécution %1&#xa0;: </translation>
    </message>
    <message>
        <source>no cell passed more or less often.</source>
        <translation>aucune cellule n’a réussi plus ou moins souvent.</translation>
    </message>
    <message>
        <source>worse: %1</source>
        <translation>moins bien&#xa0;: %1</translation>
    </message>
    <message>
        <source>better: %1</source>
        <translation>mieux&#xa0;: %1</translation>
    </message>
    <message>
        <source>The experiments run before, from this window or the command line</source>
        <translation>Les expériences déjà exécutées, depuis cette fenêtre ou la ligne de commande</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>&amp;Comparer avec&#xa0;:</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>the run before</source>
        <translation>l’exécution précédente</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>Since run %1</source>
        <translation>Depuis l’exécution %1</translation>
    </message>
    <message>
        <source>not in that run</source>
        <translation>absente de cette exécution</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>A persona of the prompt library (NAME, or NAME@N for version N): its text is the column&apos;s system prompt</source>
        <translation>Une persona de la bibliothèque de prompts (NOM, ou NOM@N pour la version N)&#xa0;: son texte est le prompt système de la colonne</translation>
    </message>
</context>
<context>
    <name>Quorum::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d’export</translation>
    </message>
    <message>
        <source>Markdown — to read and share</source>
        <translation>Markdown — à lire et à partager</translation>
    </message>
    <message>
        <source>JSON — everything, to import again</source>
        <translation>JSON — tout, pour l’importer à nouveau</translation>
    </message>
    <message>
        <source>HTML — one page, answers side by side</source>
        <translation>HTML — une page, les réponses côte à côte</translation>
    </message>
    <message>
        <source>PDF — the same layout, to print</source>
        <translation>PDF — la même mise en page, à imprimer</translation>
    </message>
    <message>
        <source>CSV — the cost of every answer</source>
        <translation>CSV — le coût de chaque réponse</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>Cette conversation</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Toutes les conversations</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Choisir le fichier à écrire</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Conversations:</source>
        <translation>Conversations&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Fichier de &amp;destination&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected conversation(s)</source>
        <translation>
            <numerusform>%n conversation sélectionnée</numerusform>
            <numerusform>Les %n conversations sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Il n’y a encore rien à exporter.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
</context>
<context>
    <name>Quorum::ExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Rien n’a été écrit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>%n conversation exportée vers %1.</numerusform>
            <numerusform>%n conversations exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::FirstRunPanel</name>
    <message>
        <source>Set up a model provider</source>
        <translation>Configurer un fournisseur de modèles</translation>
    </message>
    <message>
        <source>Quorum sends each prompt to several models at once. Start with a model on this computer, or add the API key of a cloud provider. Keys are kept in the system keychain.</source>
        <translation>Quorum envoie chaque prompt à plusieurs modèles à la fois. Commencez avec un modèle sur cet ordinateur, ou ajoutez la clé d’API d’un fournisseur en ligne. Les clés sont gardées dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Start with &amp;Ollama</source>
        <translation>Commencer avec &amp;Ollama</translation>
    </message>
    <message>
        <source>Or add a cloud provider:</source>
        <translation>Ou ajoutez un fournisseur en ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>More Providers…</source>
        <translation>Plus de fournisseurs…</translation>
    </message>
    <message>
        <source>Looking for Ollama on this computer…</source>
        <translation>Recherche d’Ollama sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Ollama is running on this computer but has no models yet. Pull one (for example: ollama pull llama3.2), then look again.</source>
        <translation>Ollama fonctionne sur cet ordinateur mais n’a encore aucun modèle. Téléchargez-en un (par exemple&#xa0;: ollama pull llama3.2), puis regardez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Ollama is running on this computer with %n model(s): %1.</source>
        <translation>
            <numerusform>Ollama fonctionne sur cet ordinateur avec %n modèle&#xa0;: %1.</numerusform>
            <numerusform>Ollama fonctionne sur cet ordinateur avec %n modèles&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Ollama is running on this computer (%1). Install it from ollama.com to use local models.</source>
        <translation>Aucun Ollama ne fonctionne sur cet ordinateur (%1). Installez-le depuis ollama.com pour utiliser des modèles locaux.</translation>
    </message>
</context>
<context>
    <name>Quorum::ForeignImport</name>
    <message>
        <source>not valid JSON at line %1, column %2 (byte %3): %4</source>
        <translation>JSON non valide à la ligne %1, colonne %2 (octet %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>expected a list of conversations</source>
        <translation>une liste de conversations était attendue</translation>
    </message>
    <message>
        <source>conversation %1</source>
        <translation>conversation %1</translation>
    </message>
    <message>
        <source>conversation %1 (“%2”)</source>
        <translation>conversation %1 («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>conversation %1 is not an object</source>
        <translation>la conversation %1 n’est pas un objet</translation>
    </message>
    <message>
        <source>this is a zip archive (a data export as downloaded): unpack it and import the conversations.json inside</source>
        <translation>c’est une archive zip (un export de données tel que téléchargé)&#xa0;: décompressez-la et importez le conversations.json qu’elle contient</translation>
    </message>
    <message>
        <source>the file holds no conversations</source>
        <translation>le fichier ne contient aucune conversation</translation>
    </message>
    <message>
        <source>not a Quorum, ChatGPT or Claude export</source>
        <translation>ni un export de Quorum, ni de ChatGPT, ni de Claude</translation>
    </message>
    <message>
        <source>%1: “create_time” is missing</source>
        <translation>%1&#xa0;: «&#xa0;create_time&#xa0;» manque</translation>
    </message>
    <message>
        <source>%1: “mapping” is missing or not an object</source>
        <translation>%1&#xa0;: «&#xa0;mapping&#xa0;» manque ou n’est pas un objet</translation>
    </message>
    <message>
        <source>%1: message %2 is not an object</source>
        <translation>%1&#xa0;: le message %2 n’est pas un objet</translation>
    </message>
    <message>
        <source>%1: message %2 has no “content”</source>
        <translation>%1&#xa0;: le message %2 n’a pas de «&#xa0;content&#xa0;»</translation>
    </message>
    <message>
        <source>%1: “created_at” is missing or not a date</source>
        <translation>%1&#xa0;: «&#xa0;created_at&#xa0;» manque ou n’est pas une date</translation>
    </message>
    <message>
        <source>%1: “chat_messages” is missing or not a list</source>
        <translation>%1&#xa0;: «&#xa0;chat_messages&#xa0;» manque ou n’est pas une liste</translation>
    </message>
    <message>
        <source>%1, message %2: “uuid” is missing or repeated</source>
        <translation>%1, message %2&#xa0;: «&#xa0;uuid&#xa0;» manque ou est répété</translation>
    </message>
    <message>
        <source>%1, message %2: the sender is “%3”, not human or assistant</source>
        <translation>%1, message %2&#xa0;: l’expéditeur est «&#xa0;%3&#xa0;», ni human ni assistant</translation>
    </message>
</context>
<context>
    <name>Quorum::GenerationParameters</name>
    <message>
        <source>&quot;system&quot; must be text</source>
        <translation>«&#xa0;system&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <source>&quot;temperature&quot; must be a number</source>
        <translation>«&#xa0;temperature&#xa0;» doit être un nombre</translation>
    </message>
    <message>
        <source>&quot;top_p&quot; must be a number</source>
        <translation>«&#xa0;top_p&#xa0;» doit être un nombre</translation>
    </message>
    <message>
        <source>&quot;max_tokens&quot; must be a whole number above 0</source>
        <translation>«&#xa0;max_tokens&#xa0;» doit être un entier supérieur à 0</translation>
    </message>
    <message>
        <source>&quot;reasoning_effort&quot; must be none, minimal, low, medium or high</source>
        <translation>«&#xa0;reasoning_effort&#xa0;» doit être none, minimal, low, medium ou high</translation>
    </message>
    <message>
        <source>&quot;reasoning_budget&quot; must be a whole number of tokens</source>
        <translation>«&#xa0;reasoning_budget&#xa0;» doit être un nombre entier de jetons</translation>
    </message>
    <message>
        <source>&quot;output_schema&quot; must be a JSON Schema object</source>
        <translation>«&#xa0;output_schema&#xa0;» doit être un objet JSON Schema</translation>
    </message>
    <message>
        <source>The temperature must be from 0 to 2.</source>
        <translation>La température doit être comprise entre 0 et 2.</translation>
    </message>
    <message>
        <source>top_p must be above 0 and at most 1.</source>
        <translation>top_p doit être supérieur à 0 et au plus 1.</translation>
    </message>
    <message>
        <source>The maximum of output tokens must be at least 1.</source>
        <translation>Le maximum de jetons de sortie doit être d’au moins 1.</translation>
    </message>
    <message>
        <source>The reasoning budget cannot be negative.</source>
        <translation>Le budget de réflexion ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Set a reasoning effort or a reasoning budget, not both.</source>
        <translation>Indiquez un effort ou un budget de réflexion, pas les deux.</translation>
    </message>
    <message>
        <source>The output schema is not a JSON Schema: it needs a &quot;type&quot; (or anyOf, oneOf, allOf, enum, $ref).</source>
        <translation>Le schéma de sortie n’est pas un JSON Schema&#xa0;: il lui faut un «&#xa0;type&#xa0;» (ou anyOf, oneOf, allOf, enum, $ref).</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>≤%1 tok</source>
        <translation>≤%1 jet.</translation>
    </message>
    <message>
        <source>effort %1</source>
        <translation>effort %1</translation>
    </message>
    <message>
        <source>think %1 tok</source>
        <translation>réflexion %1 jet.</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>schéma JSON</translation>
    </message>
</context>
<context>
    <name>Quorum::HistoryCommand</name>
    <message>
        <source>The newest backup is %1. To use it: quorum restore %1 (the damaged file is kept, renamed).</source>
        <translation>La sauvegarde la plus récente est %1. Pour l’utiliser&#xa0;: quorum restore %1 (le fichier endommagé est conservé, renommé).</translation>
    </message>
    <message>
        <source>To start with an empty database instead, move %1 away; Quorum then creates a new one.</source>
        <translation>Pour commencer plutôt avec une base de données vide, déplacez %1 ailleurs&#xa0;; Quorum en crée alors une nouvelle.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>[--json] [--limit N]</source>
        <translation>[--json] [--limit N]</translation>
    </message>
    <message>
        <source>Lists the stored conversations, newest first.</source>
        <translation>Liste les conversations enregistrées, les plus récentes d’abord.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation>Au plus ce nombre (50 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit demande un nombre positif</translation>
    </message>
    <message>
        <source>[--json] ID</source>
        <translation>[--json] ID</translation>
    </message>
    <message>
        <source>Prints one stored conversation with every answer.</source>
        <translation>Affiche une conversation enregistrée avec toutes ses réponses.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>The conversation (see quorum history).</source>
        <translation>La conversation (voir quorum history).</translation>
    </message>
    <message>
        <source>expected one conversation ID (a number)</source>
        <translation>un seul ID de conversation attendu (un nombre)</translation>
    </message>
    <message>
        <source>no conversation %1</source>
        <translation>aucune conversation %1</translation>
    </message>
    <message>
        <source>[--json] [--limit N] QUERY</source>
        <translation>[--json] [--limit N] REQUÊTE</translation>
    </message>
    <message>
        <source>Searches every prompt and answer for QUERY, as typed (code and any script work).</source>
        <translation>Cherche REQUÊTE, telle que saisie, dans tous les prompts et toutes les réponses (le code et toute écriture fonctionnent).</translation>
    </message>
    <message>
        <source>At most this many (default 20).</source>
        <translation>Au plus ce nombre (20 par défaut).</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>Ce qu’il faut chercher.</translation>
    </message>
    <message>
        <source>expected a QUERY</source>
        <translation>une REQUÊTE est attendue</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <source>Makes a consistent copy of the database now (the last 7 are kept).</source>
        <translation>Fait maintenant une copie cohérente de la base de données (les 7 dernières sont conservées).</translation>
    </message>
    <message>
        <source>takes no arguments</source>
        <translation>ne prend aucun argument</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Replaces the conversations with those in a backup (what is there now is backed up first).</source>
        <translation>Remplace les conversations par celles d’une sauvegarde (ce qui est là maintenant est d’abord sauvegardé).</translation>
    </message>
    <message>
        <source>A backup made by quorum backup.</source>
        <translation>Une sauvegarde faite par quorum backup.</translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation>un seul FICHIER attendu</translation>
    </message>
    <message>
        <source>Restored %1. The damaged file is kept as %2.</source>
        <translation>%1 restauré. Le fichier endommagé est conservé sous le nom %2.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 restauré.</translation>
    </message>
    <message>
        <source>Synthesis (%1) by %2/%3</source>
        <translation>Synthèse (%1) par %2/%3</translation>
    </message>
    <message>
        <source>synthesis by %1</source>
        <translation>synthèse par %1</translation>
    </message>
</context>
<context>
    <name>Quorum::ImportJob</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Rien n’a été importé de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>%n conversation importée.</numerusform>
            <numerusform>%n conversations importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n already there: %1.</source>
        <translation>
            <numerusform>%n déjà présente ignorée&#xa0;: %1.</numerusform>
            <numerusform>%n déjà présentes ignorées&#xa0;: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::InspectorDialog</name>
    <message>
        <source>Inspect: %1</source>
        <translation>Examiner&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request (keys hidden)</source>
        <translation>Requête (clés masquées)</translation>
    </message>
    <message>
        <source>Raw Response</source>
        <translation>Réponse brute</translation>
    </message>
</context>
<context>
    <name>Quorum::JudgeCommand</name>
    <message>
        <source>Stopping (Ctrl+C again to quit at once)…</source>
        <translation>Arrêt (Ctrl+C encore une fois pour quitter aussitôt)…</translation>
    </message>
    <message>
        <source>[options] --judge ID/MODEL [--mode MODE] CONVERSATION</source>
        <translation>[options] --judge ID/MODÈLE [--mode MODE] CONVERSATION</translation>
    </message>
    <message>
        <source>The judge: a provider account and model.</source>
        <translation>Le juge&#xa0;: un compte de fournisseur et un modèle.</translation>
    </message>
    <message>
        <source>id/model</source>
        <translation>id/modèle</translation>
    </message>
    <message>
        <source>fuse, checklist, table or rank (default fuse), or the name of a custom mode.</source>
        <translation>fuse, checklist, table ou rank (fuse par défaut), ou le nom d’un mode personnalisé.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>The turn to judge, by its ID (quorum show --json); default: the last one.</source>
        <translation>Le tour à juger, par son ID (quorum show --json)&#xa0;; par défaut&#xa0;: le dernier.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>table: a criterion to score (repeatable; default correctness, completeness, clarity).</source>
        <translation>table&#xa0;: un critère à noter (répétable&#xa0;; par défaut correctness, completeness, clarity).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Print one JSON object, {&quot;synthesis&quot;: ...}, when it ends.</source>
        <translation>Afficher un objet JSON, {&quot;synthesis&quot;: ...}, à la fin.</translation>
    </message>
    <message>
        <source>The conversation (see quorum history).</source>
        <translation>La conversation (voir quorum history).</translation>
    </message>
    <message>
        <source>expected one conversation ID (a number)</source>
        <translation>un seul ID de conversation attendu (un nombre)</translation>
    </message>
    <message>
        <source>--mode is fuse, checklist, table, rank or a custom mode&apos;s name</source>
        <translation>--mode vaut fuse, checklist, table, rank ou le nom d’un mode personnalisé</translation>
    </message>
    <message>
        <source>a judge is ID/MODEL, not &apos;%1&apos;</source>
        <translation>un juge s’écrit ID/MODÈLE, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--judge ID/MODEL is needed (only --mode rank goes without)</source>
        <translation>--judge ID/MODÈLE est requis (seul --mode rank s’en passe)</translation>
    </message>
    <message>
        <source>--turn needs a turn ID (a number)</source>
        <translation>--turn demande l’ID d’un tour (un nombre)</translation>
    </message>
    <message>
        <source>no conversation %1</source>
        <translation>aucune conversation %1</translation>
    </message>
    <message>
        <source>The synthesis was not saved.</source>
        <translation>La synthèse n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>the conversation has no turn to judge</source>
        <translation>la conversation n&apos;a aucun tour à juger</translation>
    </message>
    <message>
        <source>no turn %1 in this conversation&apos;s current branch</source>
        <translation>pas de tour %1 dans la branche actuelle de cette conversation</translation>
    </message>
    <message>
        <source>the turn has no checklist yet: run quorum judge --mode checklist first</source>
        <translation>le tour n&apos;a pas encore de liste de points : lancez d&apos;abord quorum judge --mode checklist</translation>
    </message>
    <message numerus="yes">
        <source>the checklist has %n point(s); there is no point %1</source>
        <translation>
            <numerusform>la liste a %n point ; il n&apos;y a pas de point %1</numerusform>
            <numerusform>la liste a %n points ; il n&apos;y a pas de point %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Asks a judge model about the answers of a stored turn: fuse them into one (fuse), list their points (checklist), score them (table), or let the answering models rank each other (rank). Every mode maps where the answers agree and contradict each other. Your own modes: quorum judge modes.</source>
        <translation>Demande à un modèle juge d&apos;examiner les réponses d&apos;un tour enregistré : les fusionner en une (fuse), lister leurs points (checklist), les noter (table) ou laisser les modèles qui ont répondu se classer entre eux (rank). Chaque mode cartographie où les réponses s&apos;accordent et se contredisent. Vos propres modes : quorum judge modes.</translation>
    </message>
    <message>
        <source>fuse: only these points of the turn&apos;s newest checklist, by number (e.g. 1,3,4).</source>
        <translation>fuse : seulement ces points de la liste la plus récente du tour, par numéro (p. ex. 1,3,4).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>--points goes with --mode fuse</source>
        <translation>--points va avec --mode fuse</translation>
    </message>
    <message>
        <source>--points is a list of point numbers, e.g. 1,3,4</source>
        <translation>--points est une liste de numéros de points, p. ex. 1,3,4</translation>
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
        <translation>Usage : quorum judge modes [list|show|add|remove] ...

  list [--json]                 les modes intégrés et les vôtres
  show NAME                     les instructions d&apos;un mode, telles qu&apos;envoyées
  add NAME --base MODE --file F votre mode (F : fichier, ou - pour stdin) ;
                                l&apos;ajouter à nouveau crée une nouvelle version
  remove NAME                   retirer votre mode (ses synthèses restent)
</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>Lists the judge modes: built-in and your own.</source>
        <translation>Liste les modes de juge : intégrés et les vôtres.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>%1  built-in, version %2</source>
        <translation>%1  intégré, version %2</translation>
    </message>
    <message>
        <source>%1  based on %2, version %3</source>
        <translation>%1  fondé sur %2, version %3</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Prints a judge mode&apos;s instructions, as the judge is sent them.</source>
        <translation>Affiche les instructions d&apos;un mode de juge, telles qu&apos;elles sont envoyées au juge.</translation>
    </message>
    <message>
        <source>fuse, checklist, table, rank or your mode&apos;s name.</source>
        <translation>fuse, checklist, table, rank ou le nom de votre mode.</translation>
    </message>
    <message>
        <source>expected one mode name</source>
        <translation>un nom de mode attendu</translation>
    </message>
    <message>
        <source># %1: built-in, version %2</source>
        <translation># %1 : intégré, version %2</translation>
    </message>
    <message>
        <source>there is no judge mode named &apos;%1&apos; (see quorum judge modes)</source>
        <translation>aucun mode de juge nommé &apos;%1&apos; (voir quorum judge modes)</translation>
    </message>
    <message>
        <source># %1: based on %2, version %3</source>
        <translation># %1 : fondé sur %2, version %3</translation>
    </message>
    <message>
        <source># Quorum adds what the reply must look like (docs/judge.md) and the answers, labelled A, B, C.</source>
        <translation># Quorum ajoute la forme que doit avoir la réponse (docs/judge.md) et les réponses, nommées A, B, C.</translation>
    </message>
    <message>
        <source>NAME --base MODE (--file FILE | --instructions TEXT)</source>
        <translation>NOM --base MODE (--file FICHIER | --instructions TEXTE)</translation>
    </message>
    <message>
        <source>Adds your own judge mode: a built-in mode&apos;s reply (--base) with your instructions. Adding a name again replaces its instructions and raises its version.</source>
        <translation>Ajoute votre propre mode de juge : la réponse d&apos;un mode intégré (--base) avec vos instructions. Ajouter à nouveau un nom remplace ses instructions et augmente sa version.</translation>
    </message>
    <message>
        <source>What the judge returns: fuse, checklist, table or rank.</source>
        <translation>Ce que rend le juge : fuse, checklist, table ou rank.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>The instructions, from a file (- for stdin).</source>
        <translation>Les instructions, depuis un fichier (- pour stdin).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The instructions, as an argument.</source>
        <translation>Les instructions, en argument.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>The mode&apos;s name.</source>
        <translation>Le nom du mode.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in mode&apos;s name: choose another</source>
        <translation>&apos;%1&apos; est le nom d&apos;un mode intégré : choisissez-en un autre</translation>
    </message>
    <message>
        <source>--base is fuse, checklist, table or rank</source>
        <translation>--base vaut fuse, checklist, table ou rank</translation>
    </message>
    <message>
        <source>give the instructions with --file or --instructions</source>
        <translation>donnez les instructions avec --file ou --instructions</translation>
    </message>
    <message>
        <source>could not read standard input</source>
        <translation>impossible de lire l&apos;entrée standard</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the instructions are empty</source>
        <translation>les instructions sont vides</translation>
    </message>
    <message>
        <source>Judge mode &apos;%1&apos; (based on %2) is at version %3.</source>
        <translation>Le mode de juge &apos;%1&apos; (fondé sur %2) est à la version %3.</translation>
    </message>
    <message>
        <source>Removes your judge mode; syntheses made with it stay stored.</source>
        <translation>Retire votre mode de juge ; les synthèses faites avec lui restent enregistrées.</translation>
    </message>
    <message>
        <source>there is no judge mode of yours named &apos;%1&apos;</source>
        <translation>vous n&apos;avez aucun mode de juge nommé &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Quorum::JudgeModesDialog</name>
    <message>
        <source>Judge Modes</source>
        <translation>Modes de juge</translation>
    </message>
    <message>
        <source>Judge modes</source>
        <translation>Modes de juge</translation>
    </message>
    <message>
        <source>Mode name</source>
        <translation>Nom du mode</translation>
    </message>
    <message>
        <source>e.g. security-review</source>
        <translation>p. ex. revue-securite</translation>
    </message>
    <message>
        <source>What the judge returns</source>
        <translation>Ce que rend le juge</translation>
    </message>
    <message>
        <source>One fused answer (fuse)</source>
        <translation>Une réponse fusionnée (fuse)</translation>
    </message>
    <message>
        <source>A checklist of points (checklist)</source>
        <translation>Une liste de points (checklist)</translation>
    </message>
    <message>
        <source>Scores per criterion (table)</source>
        <translation>Des notes par critère (table)</translation>
    </message>
    <message>
        <source>A ranking by each answering model (rank)</source>
        <translation>Un classement par chaque modèle qui a répondu (rank)</translation>
    </message>
    <message>
        <source>Instructions to the judge</source>
        <translation>Instructions au juge</translation>
    </message>
    <message>
        <source>Quorum adds what the reply must look like (the map of claims as JSON) to every mode, and sends the answers labelled A, B, C: never the models&apos; names.</source>
        <translation>Quorum ajoute à chaque mode la forme que doit avoir la réponse (la carte des affirmations en JSON) et envoie les réponses nommées A, B, C : jamais les noms des modèles.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Returns:</source>
        <translation>&amp;Rend :</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Instructions :</translation>
    </message>
    <message>
        <source>&amp;New Mode from This One</source>
        <translation>&amp;Nouveau mode à partir de celui-ci</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (intégré)</translation>
    </message>
    <message>
        <source>Built-in, version %1: read-only. Make a mode of your own from it.</source>
        <translation>Intégré, version %1 : en lecture seule. Faites-en un mode à vous.</translation>
    </message>
    <message>
        <source>The mode &apos;%1&apos; is gone.</source>
        <translation>Le mode &apos;%1&apos; n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Version %1: saving changed instructions makes version %2.</source>
        <translation>Version %1 : enregistrer des instructions modifiées crée la version %2.</translation>
    </message>
    <message>
        <source>A new mode: version 1 once saved.</source>
        <translation>Un nouveau mode : version 1 une fois enregistré.</translation>
    </message>
    <message>
        <source>Give the mode a name.</source>
        <translation>Donnez un nom au mode.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in mode&apos;s name: choose another.</source>
        <translation>&apos;%1&apos; est le nom d&apos;un mode intégré : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Write what the judge should do.</source>
        <translation>Écrivez ce que le juge doit faire.</translation>
    </message>
    <message>
        <source>Remove Judge Mode</source>
        <translation>Retirer le mode de juge</translation>
    </message>
    <message>
        <source>Remove the mode &apos;%1&apos;? Syntheses made with it stay stored.</source>
        <translation>Retirer le mode &apos;%1&apos; ? Les synthèses faites avec lui restent enregistrées.</translation>
    </message>
</context>
<context>
    <name>Quorum::JudgePrinter</name>
    <message>
        <source>[%1/%2] ranks the other answers</source>
        <translation>[%1/%2] classe les autres réponses</translation>
    </message>
    <message>
        <source>Judge %1/%2 (%3):</source>
        <translation>Juge %1/%2 (%3)&#xa0;:</translation>
    </message>
    <message>
        <source>Note: the answers were cut by %1 characters to fit the judge&apos;s input.</source>
        <translation>Remarque&#xa0;: les réponses ont été raccourcies de %1 caractères pour tenir dans l’entrée du juge.</translation>
    </message>
    <message>
        <source>Where the answers agree and disagree:</source>
        <translation>Où les réponses s’accordent et divergent&#xa0;:</translation>
    </message>
    <message>
        <source>Scores (0 to 10):</source>
        <translation>Notes (0 à 10)&#xa0;:</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Peer ranking (Borda count over %n ballots):</source>
        <translation>
            <numerusform>Classement entre pairs (méthode de Borda sur %n bulletin)&#xa0;:</numerusform>
            <numerusform>Classement entre pairs (méthode de Borda sur %n bulletins)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>  (first in %1 of %2)</source>
        <translation>  (premier dans %1 sur %2)</translation>
    </message>
    <message>
        <source> · %1 in / %2 out tokens</source>
        <translation> · %1 jetons en entrée / %2 en sortie</translation>
    </message>
    <message>
        <source> · cost unknown</source>
        <translation> · coût inconnu</translation>
    </message>
</context>
<context>
    <name>Quorum::JudgeStore</name>
    <message>
        <source>A judge mode needs a name and instructions.</source>
        <translation>Un mode de juge demande un nom et des instructions.</translation>
    </message>
    <message>
        <source>There is no judge mode named &apos;%1&apos;.</source>
        <translation>Il n’y a pas de mode de juge nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Il n’y a pas de conversation %1.</translation>
    </message>
</context>
<context>
    <name>Quorum::KeyResolver</name>
    <message>
        <source>No keychain is available.</source>
        <translation>Aucun trousseau de clés n’est disponible.</translation>
    </message>
    <message>
        <source>No API key for %1: %2 Set the environment variable %3 instead.</source>
        <translation>Aucune clé d’API pour %1&#xa0;: %2 Définissez plutôt la variable d’environnement %3.</translation>
    </message>
    <message>
        <source>No API key for %1: store one with quorum providers set-key %1.</source>
        <translation>Aucune clé d’API pour %1&#xa0;: enregistrez-en une avec quorum providers set-key %1.</translation>
    </message>
    <message>
        <source>No API key for %1: store one with quorum providers set-key %1, or set %2.</source>
        <translation>Aucune clé d’API pour %1&#xa0;: enregistrez-en une avec quorum providers set-key %1, ou définissez %2.</translation>
    </message>
</context>
<context>
    <name>Quorum::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau de clés du système</translation>
    </message>
</context>
<context>
    <name>Quorum::Leaderboard</name>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>long</source>
        <translation>long</translation>
    </message>
    <message>
        <source>general</source>
        <translation>général</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>(chosen by hand)</source>
        <translation>(choisi à la main)</translation>
    </message>
    <message>
        <source> at %1 % of %2’s cost</source>
        <translation> à %1&#xa0;% du coût de %2</translation>
    </message>
    <message>
        <source> at %1× %2’s cost</source>
        <translation> à %1× le coût de %2</translation>
    </message>
    <message>
        <source> against %1</source>
        <translation> contre %1</translation>
    </message>
    <message>
        <source>In your %1 prompts, %2 won %3 of %4 votes%5: route %1 prompts to %2?</source>
        <translation>Pour vos prompts de type «&#xa0;%1&#xa0;», %2 a remporté %3 votes sur %4%5&#xa0;: router ces prompts vers %2&#xa0;?</translation>
    </message>
    <message>
        <source>%1 → %2 (from your votes)</source>
        <translation>%1 → %2 (d’après vos votes)</translation>
    </message>
</context>
<context>
    <name>Quorum::LeaderboardDialog</name>
    <message>
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Group the votes by</source>
        <translation>Regrouper les votes par</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Kind of prompt</source>
        <translation>Type de prompt</translation>
    </message>
    <message>
        <source>Routing rule</source>
        <translation>Règle de routage</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Regrouper par&#xa0;:</translation>
    </message>
    <message>
        <source>Your votes per model</source>
        <translation>Vos votes par modèle</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnés</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparés</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de victoire</translation>
    </message>
    <message>
        <source>Cost per answer</source>
        <translation>Coût par réponse</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Premier token</translation>
    </message>
    <message>
        <source>Suggestions from your votes</source>
        <translation>Suggestions tirées de vos votes</translation>
    </message>
    <message>
        <source>No votes yet. Ask two or more models, then pick the best answer (☆): your picks build this table. Blind compare (View menu) hides the names until you pick.</source>
        <translation>Aucun vote pour l’instant. Interrogez deux modèles ou plus, puis choisissez la meilleure réponse (☆)&#xa0;: vos choix construisent ce tableau. La comparaison à l’aveugle (menu Affichage) cache les noms jusqu’à votre choix.</translation>
    </message>
    <message numerus="yes">
        <source>From %n vote(s): turns with two or more answers where you picked the best.</source>
        <translation>
            <numerusform>D’après %n vote&#xa0;: les tours à deux réponses ou plus où vous avez choisi la meilleure.</numerusform>
            <numerusform>D’après %n votes&#xa0;: les tours à deux réponses ou plus où vous avez choisi la meilleure.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>No suggestions yet: a model needs at least 5 votes of one kind of prompt (code, long, a language) and to win 60 % of them.</source>
        <translation>Aucune suggestion pour l’instant&#xa0;: un modèle doit avoir au moins 5 votes d’un même type de prompt (code, long, une langue) et en remporter 60&#xa0;%.</translation>
    </message>
    <message>
        <source>Rules your votes argue for. Each is added at the top of your rules; edit or remove it in Settings → Routing.</source>
        <translation>Règles que vos votes recommandent. Chacune est ajoutée en tête de vos règles&#xa0;; modifiez-la ou supprimez-la dans Paramètres → Routage.</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>Ajouter la règle</translation>
    </message>
    <message>
        <source>Add the rule: %1</source>
        <translation>Ajouter la règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Judge score</source>
        <translation>Note du juge</translation>
    </message>
    <message>
        <source>Peer rank</source>
        <translation>Rang entre pairs</translation>
    </message>
    <message>
        <source>The judges&apos; mean score (0 to 10) over the scored tables; kept apart from your votes</source>
        <translation>La note moyenne des juges (0 à 10) sur les tableaux notés&#xa0;; tenue à part de vos votes</translation>
    </message>
    <message>
        <source>Mean Borda points when the models ranked each other (1: always first, 0: always last)</source>
        <translation>Points de Borda moyens quand les modèles se sont classés entre eux (1&#xa0;: toujours premier, 0&#xa0;: toujours dernier)</translation>
    </message>
    <message numerus="yes">
        <source>Judges scored or ranked %n turn(s).</source>
        <translation>
            <numerusform>Des juges ont noté ou classé %n tour.</numerusform>
            <numerusform>Des juges ont noté ou classé %n tours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n scored)</source>
        <translation>
            <numerusform>%1 (%n noté)</numerusform>
            <numerusform>%1 (%n notés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n ranked)</source>
        <translation>
            <numerusform>%1 (%n classé)</numerusform>
            <numerusform>%1 (%n classés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Experiment checks</source>
        <translation>Contrôles d’expériences</translation>
    </message>
    <message>
        <source>Cells of your experiments whose checks all passed, of those checked; kept apart from your votes</source>
        <translation>Cellules de vos expériences dont tous les contrôles ont réussi, parmi celles contrôlées&#xa0;; tenu à part de vos votes</translation>
    </message>
    <message numerus="yes">
        <source>Experiments checked %n answer(s).</source>
        <translation>
            <numerusform>Les expériences ont contrôlé %n réponse.</numerusform>
            <numerusform>Les expériences ont contrôlé %n réponses.</numerusform>
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
        <source>Answers are not being saved: %1</source>
        <translation>Les réponses ne sont pas enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Some routing rules cannot be used: %1</source>
        <translation>Certaines règles de routage ne peuvent pas être utilisées&#xa0;: %1</translation>
    </message>
    <message>
        <source>That match is on another branch of the conversation.</source>
        <translation>Ce résultat se trouve sur une autre branche de la conversation.</translation>
    </message>
    <message>
        <source>Add a Model to This Turn</source>
        <translation>Ajouter un modèle à ce tour</translation>
    </message>
    <message>
        <source>Model (account/model); it gets the same history the others had:</source>
        <translation>Modèle (compte/modèle)&#xa0;; il reçoit le même historique que les autres&#xa0;:</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the prompt: &lt;b&gt;Enter&lt;/b&gt; sends, &lt;b&gt;Shift+Enter&lt;/b&gt; starts a new line.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dans le prompt&#xa0;: &lt;b&gt;Entrée&lt;/b&gt; envoie, &lt;b&gt;Maj+Entrée&lt;/b&gt; commence une nouvelle ligne.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Conversation</source>
        <translation>&amp;Nouvelle conversation</translation>
    </message>
    <message>
        <source>&amp;Send Prompt</source>
        <translation>En&amp;voyer le prompt</translation>
    </message>
    <message>
        <source>S&amp;top All Answers</source>
        <translation>&amp;Arrêter toutes les réponses</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import Conversations</source>
        <translation>Importer des conversations</translation>
    </message>
    <message>
        <source>Quorum exports (*.json);;All files (*)</source>
        <translation>Exports de Quorum (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Search Conversations</source>
        <translation>&amp;Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>F&amp;ocus the Prompt</source>
        <translation>Aller au pro&amp;mpt</translation>
    </message>
    <message>
        <source>&amp;Next Answer</source>
        <translation>Réponse &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Answer</source>
        <translation>Réponse &amp;précédente</translation>
    </message>
    <message>
        <source>Colour Sc&amp;heme</source>
        <translation>&amp;Jeu de couleurs</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Blind Compare</source>
        <translation>Comparaison à l’a&amp;veugle</translation>
    </message>
    <message>
        <source>Hide which model wrote which answer until you pick the best</source>
        <translation>Cacher quel modèle a écrit quelle réponse jusqu’à ce que vous choisissiez la meilleure</translation>
    </message>
    <message>
        <source>&amp;Leaderboard…</source>
        <translation>&amp;Classement…</translation>
    </message>
    <message>
        <source>Show &amp;Conversation List</source>
        <translation>Afficher la &amp;liste des conversations</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Plei&amp;n écran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Quorum</source>
        <translation>À &amp;propos de Quorum</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quorum %1&lt;/h3&gt;&lt;p&gt;Ask several large language models at once and compare their answers.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;KDE Frameworks Syntax Highlighting %4&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quorum %1&lt;/h3&gt;&lt;p&gt;Interrogez plusieurs grands modèles de langage à la fois et comparez leurs réponses.&lt;/p&gt;&lt;p&gt;Qt %2 (compilé avec %3)&lt;br&gt;KDE Frameworks Syntax Highlighting %4&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU (GPL), version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Quorum</source>
        <translation>À propos de Quorum</translation>
    </message>
    <message>
        <source>Storage problem</source>
        <translation>Problème de stockage</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) of %1 listed.</source>
        <translation>
            <numerusform>%n modèle de %1 listé.</numerusform>
            <numerusform>%n modèles de %1 listés.</numerusform>
        </translation>
    </message>
    <message>
        <source>choose a judge first</source>
        <translation>choisissez d’abord un juge</translation>
    </message>
    <message>
        <source>the answering models</source>
        <translation>les modèles qui ont répondu</translation>
    </message>
    <message>
        <source>%1 · ~%2 tokens in, ~%3</source>
        <translation>%1 · ~%2 jetons en entrée, ~%3</translation>
    </message>
    <message>
        <source>%1 · ~%2 tokens in, price unknown</source>
        <translation>%1 · ~%2 jetons en entrée, prix inconnu</translation>
    </message>
    <message>
        <source>Choose the Judge</source>
        <translation>Choisir le juge</translation>
    </message>
    <message>
        <source>The model that reads the answers (account/model). It sees them as A, B, C, never the models&apos; names; the rules that governed the answers hold for it too:</source>
        <translation>Le modèle qui lit les réponses (compte/modèle). Il les voit comme A, B, C, jamais les noms des modèles&#xa0;; les règles qui ont régi les réponses s’appliquent aussi à lui&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the judge first (Synthesize → Choose the Judge…).</source>
        <translation>Choisissez d’abord le juge (Synthétiser → Choisir le juge…).</translation>
    </message>
    <message>
        <source>No automatic synthesis: %1</source>
        <translation>Pas de synthèse automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Judge Modes…</source>
        <translation>Modes de ju&amp;ge…</translation>
    </message>
    <message>
        <source>Judge modes are kept with the conversations, and the database is not open.</source>
        <translation>Les modes de juge sont gardés avec les conversations, et la base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>E&amp;xperiments…</source>
        <translation>E&amp;xpériences…</translation>
    </message>
    <message>
        <source>Another model is being pulled.</source>
        <translation>Un autre modèle est en cours de téléchargement.</translation>
    </message>
    <message>
        <source>There is no provider account &apos;%1&apos;.</source>
        <translation>Il n’y a pas de compte de fournisseur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1% of %2 MB</source>
        <translation>%1&#xa0;% de %2&#xa0;Mo</translation>
    </message>
    <message>
        <source>Pulling %1: %2</source>
        <translation>Téléchargement de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Pulled %1.</source>
        <translation>%1 tiré.</translation>
    </message>
    <message>
        <source>Delete a Model</source>
        <translation>Supprimer un modèle</translation>
    </message>
    <message>
        <source>Delete %1 from %2? Its files are removed from the machine; pulling it again downloads it again.</source>
        <translation>Supprimer %1 de %2&#xa0;? Ses fichiers sont retirés de la machine&#xa0;; le tirer à nouveau le télécharge à nouveau.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Prompt L&amp;ibrary…</source>
        <translation>&amp;Bibliothèque de prompts…</translation>
    </message>
</context>
<context>
    <name>Quorum::MarkdownRenderer</name>
    <message>
        <source>Copy this code</source>
        <translation>Copier ce code</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Quorum does not draw Mermaid diagrams (it would need a web browser); the diagram&apos;s source is shown.</source>
        <translation>Quorum ne dessine pas les diagrammes Mermaid (il faudrait un navigateur web)&#xa0;; la source du diagramme est affichée.</translation>
    </message>
    <message>
        <source>%1 · diagram shown as source</source>
        <translation>%1 · diagramme affiché en source</translation>
    </message>
</context>
<context>
    <name>Quorum::MathJax</name>
    <message>
        <source>MathJax is not installed (looked in %1)</source>
        <translation>MathJax n’est pas installé (cherché dans %1)</translation>
    </message>
    <message>
        <source>MathJax did not load: %1</source>
        <translation>MathJax n’a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the formula is longer than %L1 characters</source>
        <translation>la formule dépasse %L1&#xa0;caractères</translation>
    </message>
    <message>
        <source>the formula took longer than %L1 ms to draw</source>
        <translation>le dessin de la formule a pris plus de %L1&#xa0;ms</translation>
    </message>
    <message>
        <source>MathJax drew nothing</source>
        <translation>MathJax n’a rien dessiné</translation>
    </message>
</context>
<context>
    <name>Quorum::MathObject</name>
    <message>
        <source>This formula could not be drawn: %1</source>
        <translation>Cette formule n’a pas pu être dessinée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::McpClient</name>
    <message>
        <source>“%1” could not be started: %2</source>
        <translation>« %1 » n&apos;a pas pu être lancé&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server crashed</source>
        <translation>le serveur a planté</translation>
    </message>
    <message>
        <source>the server exited (code %1)</source>
        <translation>le serveur s&apos;est arrêté (code %1)</translation>
    </message>
    <message>
        <source>the server was stopped</source>
        <translation>le serveur a été arrêté</translation>
    </message>
    <message>
        <source>the server sent a message over %1 MB (a tool result too large?)</source>
        <translation>le serveur a envoyé un message de plus de %1 Mo (un résultat d&apos;outil trop gros&#xa0;?)</translation>
    </message>
    <message>
        <source>the server answered with a malformed message (%1)</source>
        <translation>le serveur a répondu par un message mal formé (%1)</translation>
    </message>
    <message>
        <source>the server wrote something that is not an MCP message (%1)</source>
        <translation>le serveur a écrit quelque chose qui n&apos;est pas un message MCP (%1)</translation>
    </message>
    <message>
        <source>%1 (JSON-RPC error %2)</source>
        <translation>%1 (erreur JSON-RPC %2)</translation>
    </message>
    <message>
        <source>the server refused to start a session: %1</source>
        <translation>le serveur a refusé d&apos;ouvrir une session&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server speaks MCP revision “%1”, which Quorum does not (it speaks %2)</source>
        <translation>le serveur parle la révision MCP « %1 », que Quorum ne parle pas (il parle %2)</translation>
    </message>
    <message>
        <source>the server did not list its tools: %1</source>
        <translation>le serveur n&apos;a pas listé ses outils&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server refused the call: %1</source>
        <translation>le serveur a refusé l&apos;appel&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server answered the call with no result</source>
        <translation>le serveur a répondu à l&apos;appel sans résultat</translation>
    </message>
    <message>
        <source>the server is not running</source>
        <translation>le serveur ne tourne pas</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the server did not answer in %1 s</source>
        <translation>le serveur n&apos;a pas répondu en %1 s</translation>
    </message>
    <message>
        <source>“%1” is not an http or https URL</source>
        <translation>« %1 » n&apos;est pas une URL http ou https</translation>
    </message>
    <message>
        <source>the server could not be reached: %1</source>
        <translation>le serveur n&apos;a pas pu être joint&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server ended the session (HTTP 404)</source>
        <translation>le serveur a mis fin à la session (HTTP 404)</translation>
    </message>
    <message>
        <source>the server refused the credentials (HTTP %1): check the server&apos;s headers</source>
        <translation>le serveur a refusé les identifiants (HTTP %1)&#xa0;: vérifiez les en-têtes du serveur</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>le serveur a répondu HTTP %1</translation>
    </message>
    <message>
        <source>the server answered HTTP %1: %2</source>
        <translation>le serveur a répondu HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server ended the stream without answering</source>
        <translation>le serveur a fermé le flux sans répondre</translation>
    </message>
    <message>
        <source>the server answered with no message</source>
        <translation>le serveur a répondu sans message</translation>
    </message>
</context>
<context>
    <name>Quorum::McpCommand</name>
    <message>
        <source>the values of %1&apos;s environment and headers stay out of files, and the keychain cannot keep them: %2</source>
        <translation>les valeurs de l&apos;environnement et des en-têtes de %1 ne vont jamais dans un fichier, et le trousseau ne peut pas les garder&#xa0;: %2</translation>
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
        <translation>Usage&#xa0;: quorum mcp add|list|remove|tools|import ...

  add NOM [--env K=V] -- COMMANDE [ARG...]    un serveur lancé comme processus enfant (stdio)
  add NOM --url URL [--header &quot;N: V&quot;]         un serveur sur HTTP
  list [--json]                               les serveurs configurés
  remove NOM                                  un serveur, et ses secrets
  tools [--json] NOM                          lancer un serveur et lister ses outils
  import FICHIER                              les &quot;mcpServers&quot; du fichier d&apos;une autre application
</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (add, list, remove, tools or import)</source>
        <translation>action inconnue « %1 » (add, list, remove, tools ou import)</translation>
    </message>
    <message>
        <source>NAME [--env NAME=VALUE ...] [--timeout S] -- COMMAND [ARGS...] | NAME --url URL [--header &quot;Name: value&quot; ...]</source>
        <translation>NOM [--env NOM=VALEUR ...] [--timeout S] -- COMMANDE [ARGUMENTS...] | NOM --url URL [--header &quot;Nom: valeur&quot; ...]</translation>
    </message>
    <message>
        <source>Adds an MCP server, or replaces the one of that name. A stdio server is started as a child process with only the environment given here (and PATH, HOME and the like): never Quorum&apos;s API keys. Environment values and headers are kept in the system keychain, never in a file.</source>
        <translation>Ajoute un serveur MCP, ou remplace celui de ce nom. Un serveur stdio est lancé comme processus enfant avec le seul environnement donné ici (et PATH, HOME et semblables)&#xa0;: jamais les clés d&apos;API de Quorum. Les valeurs d&apos;environnement et les en-têtes sont gardés dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>An environment variable of the server (repeatable).</source>
        <translation>Une variable d&apos;environnement du serveur (répétable).</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>nom=valeur</translation>
    </message>
    <message>
        <source>The server&apos;s Streamable HTTP endpoint.</source>
        <translation>Le point d&apos;accès Streamable HTTP du serveur.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>An HTTP header, &quot;Name: value&quot; (repeatable).</source>
        <translation>Un en-tête HTTP, &quot;Nom: valeur&quot; (répétable).</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>Seconds a tool call may take (default 120).</source>
        <translation>Secondes que peut prendre un appel d&apos;outil (120 par défaut).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>The folder the server runs in.</source>
        <translation>Le dossier où tourne le serveur.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>The server&apos;s name (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;).</source>
        <translation>Le nom du serveur (lettres, chiffres, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;).</translation>
    </message>
    <message>
        <source>expected a server NAME (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;; up to 64)</source>
        <translation>un NOM de serveur était attendu (lettres, chiffres, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;&#xa0;; jusqu&apos;à 64)</translation>
    </message>
    <message>
        <source>a server is either --url URL or -- COMMAND, not both</source>
        <translation>un serveur est soit --url URL soit -- COMMANDE, pas les deux</translation>
    </message>
    <message>
        <source>--url needs an http or https URL</source>
        <translation>--url demande une URL http ou https</translation>
    </message>
    <message>
        <source>a header is &quot;Name: value&quot;, not &quot;%1&quot;</source>
        <translation>un en-tête s&apos;écrit &quot;Nom: valeur&quot;, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected the server&apos;s command after --, or --url URL</source>
        <translation>la commande du serveur était attendue après --, ou --url URL</translation>
    </message>
    <message>
        <source>--env is NAME=VALUE, not &quot;%1&quot;</source>
        <translation>--env s&apos;écrit NOM=VALEUR, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--timeout is 1 to 3600 seconds</source>
        <translation>--timeout va de 1 à 3600 secondes</translation>
    </message>
    <message>
        <source>Added %1: %2</source>
        <translation>%1 ajouté&#xa0;: %2</translation>
    </message>
    <message>
        <source>Its tools: quorum mcp tools %1</source>
        <translation>Ses outils&#xa0;: quorum mcp tools %1</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>Lists the configured MCP servers.</source>
        <translation>Liste les serveurs MCP configurés.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>No MCP servers. Add one with: quorum mcp add NAME -- COMMAND [ARGS...]</source>
        <translation>Aucun serveur MCP. Ajoutez-en un avec&#xa0;: quorum mcp add NOM -- COMMANDE [ARGUMENTS...]</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(désactivé)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Removes an MCP server and its secrets.</source>
        <translation>Supprime un serveur MCP et ses secrets.</translation>
    </message>
    <message>
        <source>The server.</source>
        <translation>Le serveur.</translation>
    </message>
    <message>
        <source>expected one NAME</source>
        <translation>un NOM était attendu</translation>
    </message>
    <message>
        <source>no MCP server &apos;%1&apos; (see quorum mcp list)</source>
        <translation>aucun serveur MCP « %1 » (voir quorum mcp list)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attention&#xa0;: %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>[--json] NAME</source>
        <translation>[--json] NOM</translation>
    </message>
    <message>
        <source>Starts an MCP server and lists the tools it offers.</source>
        <translation>Lance un serveur MCP et liste les outils qu&apos;il propose.</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>the values of %1&apos;s environment and headers are not in the keychain: %2</source>
        <translation>les valeurs de l&apos;environnement et des en-têtes de %1 ne sont pas dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, MCP %3): %n tool(s)</source>
        <translation>
            <numerusform>%1 (%2, MCP %3) : %n outil</numerusform>
            <numerusform>%1 (%2, MCP %3) : %n outils</numerusform>
        </translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Adds the MCP servers of another app&apos;s configuration file (the common &quot;mcpServers&quot; format of Claude Desktop, Cursor, Cherry Studio; VS Code&apos;s &quot;servers&quot;). Servers of the same name are replaced.</source>
        <translation>Ajoute les serveurs MCP du fichier de configuration d&apos;une autre application (le format courant &quot;mcpServers&quot; de Claude Desktop, Cursor, Cherry Studio&#xa0;; &quot;servers&quot; de VS Code). Les serveurs de même nom sont remplacés.</translation>
    </message>
    <message>
        <source>The configuration file.</source>
        <translation>Le fichier de configuration.</translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation>un FICHIER était attendu</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>nothing imported from %1: %2</source>
        <translation>rien importé de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>nothing imported: %1</source>
        <translation>rien importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s): %1.</source>
        <translation>
            <numerusform>%n serveur importé : %1.</numerusform>
            <numerusform>%n serveurs importés : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>“web” is the built-in web search (quorum websearch); choose another name</source>
        <translation>« web » est la recherche web intégrée (quorum websearch)&#xa0;; choisissez un autre nom</translation>
    </message>
</context>
<context>
    <name>Quorum::McpConfig</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); fix or remove it</source>
        <translation>%1 n&apos;est pas du JSON valide (%2)&#xa0;; corrigez-le ou supprimez-le</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>JSON non valide&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>no “mcpServers” (or “servers”) object</source>
        <translation>aucun objet « mcpServers » (ou « servers »)</translation>
    </message>
    <message>
        <source>“%1” is not a server name Quorum takes (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</source>
        <translation>« %1 » n&apos;est pas un nom de serveur accepté par Quorum (lettres, chiffres, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</translation>
    </message>
    <message>
        <source>server “%1”: “%2” is not an http or https URL</source>
        <translation>serveur « %1 »&#xa0;: « %2 » n&apos;est pas une URL http ou https</translation>
    </message>
    <message>
        <source>server “%1” has neither a “command” nor a “url”</source>
        <translation>le serveur « %1 » n&apos;a ni « command » ni « url »</translation>
    </message>
    <message>
        <source>The values of %1&apos;s environment and headers are not in the keychain: %2</source>
        <translation>Les valeurs de l&apos;environnement et des en-têtes de %1 ne sont pas dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>The %1 API key is not in the keychain%2: web search fails until it is set (quorum websearch set, or Settings → Tools).</source>
        <translation>La clé d&apos;API de %1 n&apos;est pas dans le trousseau%2&#xa0;: la recherche web échoue tant qu&apos;elle n&apos;est pas définie (quorum websearch set, ou Réglages → Outils).</translation>
    </message>
</context>
<context>
    <name>Quorum::MemorySecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation>mémoire (cette session seulement)</translation>
    </message>
    <message>
        <source>No key is stored for %1.</source>
        <translation>Aucune clé n’est enregistrée pour %1.</translation>
    </message>
</context>
<context>
    <name>Quorum::ModelPicker</name>
    <message>
        <source>Search models, or type account/model</source>
        <translation>Chercher des modèles, ou saisir compte/modèle</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Chercher des modèles</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>No models listed yet. Type account/model (for example openai/gpt-4.1), or list an account&apos;s models in Settings → Providers.</source>
        <translation>Aucun modèle listé pour l’instant. Saisissez compte/modèle (par exemple openai/gpt-4.1), ou listez les modèles d’un compte dans Paramètres → Fournisseurs.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s). Check the ones that should answer.</source>
        <translation>
            <numerusform>%n modèle. Cochez ceux qui doivent répondre.</numerusform>
            <numerusform>%n modèles. Cochez ceux qui doivent répondre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a model as account/model, for example openai/gpt-4.1.</source>
        <translation>Saisissez un modèle sous la forme compte/modèle, par exemple openai/gpt-4.1.</translation>
    </message>
    <message>
        <source>There is no provider account &apos;%1&apos;. Accounts: %2.</source>
        <translation>Il n’y a pas de compte de fournisseur «&#xa0;%1&#xa0;». Comptes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: listing its models…</source>
        <translation>%1&#xa0;: liste de ses modèles…</translation>
    </message>
    <message>
        <source>%1: its models could not be listed. Try again</source>
        <translation>%1&#xa0;: ses modèles n’ont pas pu être listés. Réessayer</translation>
    </message>
    <message>
        <source>%1: its models were never listed. List them</source>
        <translation>%1&#xa0;: ses modèles n’ont jamais été listés. Les lister</translation>
    </message>
    <message>
        <source>Asks %1 for its models; or type %1/MODEL above</source>
        <translation>Demande à %1 ses modèles&#xa0;; ou saisissez %1/MODÈLE ci-dessus</translation>
    </message>
    <message>
        <source>There is no provider account &apos;%1&apos;, and no account is turned on.</source>
        <translation>Il n’y a pas de compte de fournisseur «&#xa0;%1&#xa0;», et aucun compte n’est activé.</translation>
    </message>
    <message>
        <source>Press Enter to add %1.</source>
        <translation>Appuyez sur Entrée pour ajouter %1.</translation>
    </message>
    <message>
        <source>Pulling %1… Click to cancel</source>
        <translation>Téléchargement de %1… Cliquez pour annuler</translation>
    </message>
    <message>
        <source>Pulling %1: %2. Click to cancel</source>
        <translation>Téléchargement de %1&#xa0;: %2. Cliquez pour annuler</translation>
    </message>
    <message>
        <source>Pulling %1; you can go on working meanwhile.</source>
        <translation>Téléchargement de %1&#xa0;; vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <source>Pulled %1.</source>
        <translation>%1 tiré.</translation>
    </message>
    <message>
        <source>%1 was not pulled.</source>
        <translation>%1 n’a pas été tiré.</translation>
    </message>
    <message>
        <source>Pulled %1: it is on the list now.</source>
        <translation>%1 tiré&#xa0;: il est maintenant dans la liste.</translation>
    </message>
    <message>
        <source>Pull %1 from the Ollama library</source>
        <translation>Tirer %1 de la bibliothèque Ollama</translation>
    </message>
    <message>
        <source>Downloads the model into %1; it can take a while</source>
        <translation>Télécharge le modèle dans %1&#xa0;; cela peut prendre un moment</translation>
    </message>
    <message>
        <source>&amp;Delete %1 from Ollama…</source>
        <translation>&amp;Supprimer %1 d’Ollama…</translation>
    </message>
</context>
<context>
    <name>Quorum::OllamaModelJob</name>
    <message>
        <source>%1 is not an Ollama account: only Ollama pulls models.</source>
        <translation>%1 n’est pas un compte Ollama&#xa0;: seul Ollama tire des modèles.</translation>
    </message>
    <message>
        <source>Ollama sent a progress line longer than %1 MB.</source>
        <translation>Ollama a envoyé une ligne de progression de plus de %1&#xa0;Mo.</translation>
    </message>
    <message>
        <source>Ollama sent something that is not a progress line: %1</source>
        <translation>Ollama a envoyé autre chose qu’une ligne de progression&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ollama could not pull %1: %2</source>
        <translation>Ollama n’a pas pu tirer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The pull of %1 was cancelled; pulling it again goes on from where it stopped.</source>
        <translation>Le téléchargement de %1 a été annulé&#xa0;; le tirer à nouveau reprend là où il s’est arrêté.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Ollama could not delete %1: %2</source>
        <translation>Ollama n’a pas pu supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The pull of %1 ended before Ollama said it succeeded.</source>
        <translation>Le téléchargement de %1 s’est terminé avant qu’Ollama ne signale sa réussite.</translation>
    </message>
</context>
<context>
    <name>Quorum::ParameterOptions</name>
    <message>
        <source>A system prompt.</source>
        <translation>Un prompt système.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Sampling temperature.</source>
        <translation>Température d’échantillonnage.</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>Nucleus sampling: 0 to 1.</source>
        <translation>Échantillonnage nucleus&#xa0;: 0 à 1.</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>The most tokens each answer may have.</source>
        <translation>Le plus de jetons qu’une réponse peut avoir.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Reasoning effort: none, minimal, low, medium or high (mapped per provider).</source>
        <translation>Effort de réflexion&#xa0;: none, minimal, low, medium ou high (traduit pour chaque fournisseur).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>Thinking tokens, for providers that take a budget.</source>
        <translation>Jetons de réflexion, pour les fournisseurs qui acceptent un budget.</translation>
    </message>
    <message>
        <source>A JSON Schema file the answer must follow.</source>
        <translation>Un fichier JSON Schema que la réponse doit suivre.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>--%1 needs a number</source>
        <translation>--%1 demande un nombre</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON Schema object: %2</source>
        <translation>%1 n’est pas un objet JSON Schema&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>ce n’est pas un objet</translation>
    </message>
</context>
<context>
    <name>Quorum::PriceList</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON non valide à l’octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;checked_on&quot; must be a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;checked_on&#xa0;» doit être une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>row %1: needs scope, model, input and output (USD per million, as text)</source>
        <translation>ligne %1&#xa0;: il faut scope, model, input et output (USD par million, en texte)</translation>
    </message>
    <message>
        <source>expected one JSON object keyed by model name</source>
        <translation>un objet JSON dont les clés sont les noms des modèles est attendu</translation>
    </message>
</context>
<context>
    <name>Quorum::PricesCommand</name>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
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
        <translation>Utilisation&#xa0;: quorum prices list|import|set ...

  list [--json] [--scope ID]          les prix en vigueur, en USD par million de jetons
  import FICHIER                      model_prices_and_context_window.json de LiteLLM,
                                      ou une liste au format de Quorum
  set ID/MODÈLE --input X --output Y  votre propre prix pour un modèle d’un compte ID,
      [--cached-input Z]              ou de tous les comptes d’un type comme openai&#xa0;;
      [--cache-write W]               le prix propre à un compte l’emporte sur celui de son type
      [--reasoning R]
</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, import or set)</source>
        <translation>action inconnue «&#xa0;%1&#xa0;» (list, import ou set)</translation>
    </message>
    <message>
        <source>[--json] [--scope ID]</source>
        <translation>[--json] [--scope ID]</translation>
    </message>
    <message>
        <source>Lists the prices in force, in USD per million tokens: for each scope (an account, or a provider kind) and model, the user&apos;s own, imported and built-in rows.</source>
        <translation>Liste les prix en vigueur, en USD par million de jetons&#xa0;: pour chaque portée (un compte, ou un type de fournisseur) et chaque modèle, les lignes de l’utilisateur, importées et intégrées.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>Only this account or kind.</source>
        <translation>Seulement ce compte ou ce type.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>USD per million tokens</source>
        <translation>USD par million de jetons</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>portée</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>cache</translation>
    </message>
    <message>
        <source>write</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Imports prices: LiteLLM&apos;s model_prices_and_context_window.json (USD per token; the chat models of the providers Quorum knows), or a list in Quorum&apos;s format. Imported prices are in force from now; costs already stored stay as they were.</source>
        <translation>Importe des prix&#xa0;: model_prices_and_context_window.json de LiteLLM (USD par jeton&#xa0;; les modèles de chat des fournisseurs que Quorum connaît), ou une liste au format de Quorum. Les prix importés sont en vigueur dès maintenant&#xa0;; les coûts déjà enregistrés restent tels quels.</translation>
    </message>
    <message>
        <source>The file to read.</source>
        <translation>Le fichier à lire.</translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation>un seul FICHIER attendu</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n price(s)</source>
        <translation>
            <numerusform>%n prix importé</numerusform>
            <numerusform>%n prix importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries skipped (not chat models of a provider Quorum knows, or not priced per token)</source>
        <translation>
            <numerusform>%n entrée ignorée (pas un modèle de chat d’un fournisseur que Quorum connaît, ou pas de prix par jeton)</numerusform>
            <numerusform>%n entrées ignorées (pas des modèles de chat d’un fournisseur que Quorum connaît, ou pas de prix par jeton)</numerusform>
        </translation>
    </message>
    <message>
        <source>ID/MODEL --input X --output Y [--cached-input Z] [--cache-write W] [--reasoning R]</source>
        <translation>ID/MODÈLE --input X --output Y [--cached-input Z] [--cache-write W] [--reasoning R]</translation>
    </message>
    <message>
        <source>Sets your own price for a model, in USD per million tokens, in force from now. ID is a provider account, or a provider kind (openai, anthropic, gemini, mistral, ...) for every account of it; an account&apos;s own price wins over its kind&apos;s.</source>
        <translation>Fixe votre propre prix pour un modèle, en USD par million de jetons, en vigueur dès maintenant. ID est un compte de fournisseur, ou un type de fournisseur (openai, anthropic, gemini, mistral, ...) pour tous ses comptes&#xa0;; le prix propre à un compte l’emporte sur celui de son type.</translation>
    </message>
    <message>
        <source>Input tokens.</source>
        <translation>Jetons en entrée.</translation>
    </message>
    <message>
        <source>usd</source>
        <translation>usd</translation>
    </message>
    <message>
        <source>Output tokens (reasoning included).</source>
        <translation>Jetons en sortie (raisonnement compris).</translation>
    </message>
    <message>
        <source>Input read from the cache.</source>
        <translation>Entrée lue depuis le cache.</translation>
    </message>
    <message>
        <source>Input written to the cache.</source>
        <translation>Entrée écrite dans le cache.</translation>
    </message>
    <message>
        <source>Reasoning tokens, if billed unlike output.</source>
        <translation>Jetons de raisonnement, s’ils sont facturés autrement que la sortie.</translation>
    </message>
    <message>
        <source>Account or kind, and model: openai/gpt-4.1.</source>
        <translation>Compte ou type, et modèle&#xa0;: openai/gpt-4.1.</translation>
    </message>
    <message>
        <source>expected one ID/MODEL</source>
        <translation>un seul ID/MODÈLE attendu</translation>
    </message>
    <message>
        <source>expected ID/MODEL, not &apos;%1&apos;</source>
        <translation>ID/MODÈLE attendu, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a provider account nor a provider kind</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un compte de fournisseur ni un type de fournisseur</translation>
    </message>
    <message>
        <source>prices are amounts in USD per million tokens, such as 2.50</source>
        <translation>les prix sont des montants en USD par million de jetons, comme 2.50</translation>
    </message>
    <message>
        <source>--input and --output are required</source>
        <translation>--input et --output sont obligatoires</translation>
    </message>
    <message>
        <source>%1: input $%2, output $%3 per million tokens, from now on.</source>
        <translation>%1&#xa0;: entrée %2 $, sortie %3 $ par million de jetons, dès maintenant.</translation>
    </message>
</context>
<context>
    <name>Quorum::PromptLibraryDialog</name>
    <message>
        <source>Prompt Library</source>
        <translation>Bibliothèque de prompts</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Filter the library</source>
        <translation>Filtrer la bibliothèque</translation>
    </message>
    <message>
        <source>Saved prompts and personas</source>
        <translation>Prompts et personas enregistrés</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>Prompt (the text sent)</source>
        <translation>Prompt (le texte envoyé)</translation>
    </message>
    <message>
        <source>Persona (a system prompt)</source>
        <translation>Persona (un prompt système)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text ({{name}} is a variable, filled in when used):</source>
        <translation>Te&amp;xte ({{nom}} est une variable, remplie à l’usage)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Utiliser</translation>
    </message>
    <message>
        <source>The prompt library is kept in the database, and Quorum runs without one now.</source>
        <translation>La bibliothèque de prompts est gardée dans la base de données, et Quorum fonctionne sans base pour l’instant.</translation>
    </message>
    <message>
        <source>v%1 (latest) · %2</source>
        <translation>v%1 (dernière) · %2</translation>
    </message>
    <message>
        <source>v%1 · %2</source>
        <translation>v%1 · %2</translation>
    </message>
    <message>
        <source>An earlier version: saving it makes it version %1.</source>
        <translation>Une version antérieure&#xa0;: l’enregistrer en fait la version %1.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard the changes to &apos;%1&apos;?</source>
        <translation>Abandonner les modifications de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>the new prompt</source>
        <translation>le nouveau prompt</translation>
    </message>
    <message>
        <source>Saved &apos;%1&apos; as version 1.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré en version 1.</translation>
    </message>
    <message>
        <source>Saved; the text is that of version %1.</source>
        <translation>Enregistré&#xa0;; le texte est celui de la version %1.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Enregistré en version %1.</translation>
    </message>
    <message>
        <source>Delete from the Library</source>
        <translation>Supprimer de la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <source>Delete &apos;%1&apos; and its %n version(s)? Answers that used it keep its name and version.</source>
        <translation>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et sa %n version&#xa0;? Les réponses qui l’ont utilisé gardent son nom et sa version.</numerusform>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et ses %n versions&#xa0;? Les réponses qui l’ont utilisé gardent son nom et sa version.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted &apos;%1&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>No variables.</source>
        <translation>Aucune variable.</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>Variables&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Save as v%1</source>
        <translation>&amp;Enregistrer en v%1</translation>
    </message>
</context>
<context>
    <name>Quorum::PromptListModel</name>
    <message>
        <source>%1 · persona · v%2</source>
        <translation>%1 · persona · v%2</translation>
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
        <translation>Le nom d’un prompt fait 1 à 80 caractères sur une ligne, sans espace au début ni à la fin («&#xa0;%1&#xa0;» ne convient pas).</translation>
    </message>
    <message>
        <source>The prompt library has no version %1 of &apos;%2&apos;.</source>
        <translation>La bibliothèque de prompts n’a pas de version %1 de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The prompt library has nothing named &apos;%1&apos;.</source>
        <translation>La bibliothèque de prompts n’a rien qui s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A prompt needs some text.</source>
        <translation>Un prompt a besoin d’un texte.</translation>
    </message>
    <message>
        <source>A prompt is at most %1 characters.</source>
        <translation>Un prompt fait au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The prompt library already has &apos;%1&apos;: edit it to make a new version.</source>
        <translation>La bibliothèque de prompts a déjà «&#xa0;%1&#xa0;»&#xa0;: modifiez-le pour en faire une nouvelle version.</translation>
    </message>
    <message>
        <source>The prompt library already has &apos;%1&apos;.</source>
        <translation>La bibliothèque de prompts a déjà «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Quorum::PromptVariablesDialog</name>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <source>Fill in the persona&apos;s variables:</source>
        <translation>Remplissez les variables de la persona&#xa0;:</translation>
    </message>
    <message>
        <source>Fill in the prompt&apos;s variables:</source>
        <translation>Remplissez les variables du prompt&#xa0;:</translation>
    </message>
    <message>
        <source>What will be sent:</source>
        <translation>Ce qui sera envoyé&#xa0;:</translation>
    </message>
    <message>
        <source>Filled text</source>
        <translation>Texte rempli</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Every variable needs a value.</source>
        <translation>Chaque variable a besoin d’une valeur.</translation>
    </message>
</context>
<context>
    <name>Quorum::PromptsCommand</name>
    <message>
        <source>expected one name</source>
        <translation>un nom attendu</translation>
    </message>
    <message>
        <source>expected a NAME and its TEXT (or --file FILE), in quotes</source>
        <translation>un NOM et son TEXTE (ou --file FICHIER) attendus, entre guillemets</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l’entrée standard</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 n’est pas du texte UTF-8</translation>
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
        <translation>Usage&#xa0;: quorum prompts [list|show|add|edit|remove] ...

  list [--json] [--kind prompt|persona]  la bibliothèque, dernières versions
  show NOM[@N] [--json]        un élément, ses variables et ses versions
  add NOM [--persona] TEXTE    un prompt (ou une persona) en version 1&#xa0;;
                               --file FICHIER lit le texte
  edit NOM TEXTE               enregistrer TEXTE comme version suivante
  remove NOM                   le supprimer (les réponses gardent le leur)

{{nom}} dans un texte est une variable. quorum ask --prompt NOM[@N]
--var nom=valeur le pose&#xa0;; --persona NOM[@N] est un prompt système.
</translation>
    </message>
    <message>
        <source>[--json] [--kind prompt|persona]</source>
        <translation>[--json] [--kind prompt|persona]</translation>
    </message>
    <message>
        <source>Lists the prompt library at each item&apos;s latest version.</source>
        <translation>Liste la bibliothèque de prompts, chaque élément à sa dernière version.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>Only prompts or only personas.</source>
        <translation>Seulement les prompts ou seulement les personas.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>--kind is prompt or persona</source>
        <translation>--kind vaut prompt ou persona</translation>
    </message>
    <message>
        <source>The prompt library is empty: quorum prompts add NAME &quot;TEXT with {{variables}}&quot;</source>
        <translation>La bibliothèque de prompts est vide&#xa0;: quorum prompts add NOM &quot;TEXTE avec {{variables}}&quot;</translation>
    </message>
    <message>
        <source>%1  %2  v%3  %4</source>
        <translation>%1  %2  v%3  %4</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <source>no variables</source>
        <translation>aucune variable</translation>
    </message>
    <message>
        <source>NAME[@N] [--json]</source>
        <translation>NOM[@N] [--json]</translation>
    </message>
    <message>
        <source>Prints a library item&apos;s text (the latest version, or version N), its variables and its versions.</source>
        <translation>Affiche le texte d’un élément de la bibliothèque (la dernière version, ou la version N), ses variables et ses versions.</translation>
    </message>
    <message>
        <source>The item&apos;s name, with @N for version N.</source>
        <translation>Le nom de l’élément, avec @N pour la version N.</translation>
    </message>
    <message>
        <source># %1 (%2), version %3 of %4</source>
        <translation># %1 (%2), version %3 sur %4</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>Variables&#xa0;: %1</translation>
    </message>
    <message>
        <source>NAME [--persona] (TEXT | --file FILE)</source>
        <translation>NOM [--persona] (TEXTE | --file FICHIER)</translation>
    </message>
    <message>
        <source>Adds a prompt to the library, or with --persona a system prompt, at version 1. {{name}} in the text is a variable, filled in each time it is used.</source>
        <translation>Ajoute un prompt à la bibliothèque, ou avec --persona un prompt système, en version 1. {{nom}} dans le texte est une variable, remplie à chaque usage.</translation>
    </message>
    <message>
        <source>It is a persona (a system prompt).</source>
        <translation>C’est une persona (un prompt système).</translation>
    </message>
    <message>
        <source>Read the text from FILE (- for standard input).</source>
        <translation>Lire le texte depuis FICHIER (- pour l’entrée standard).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The item&apos;s name.</source>
        <translation>Le nom de l’élément.</translation>
    </message>
    <message>
        <source>Its text.</source>
        <translation>Son texte.</translation>
    </message>
    <message>
        <source>Added &apos;%1&apos; (version 1).</source>
        <translation>«&#xa0;%1&#xa0;» ajouté (version 1).</translation>
    </message>
    <message>
        <source>Added &apos;%1&apos; (version 1) with variables: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ajouté (version 1) avec les variables&#xa0;: %2.</translation>
    </message>
    <message>
        <source>NAME (TEXT | --file FILE) [--kind prompt|persona]</source>
        <translation>NOM (TEXTE | --file FICHIER) [--kind prompt|persona]</translation>
    </message>
    <message>
        <source>Saves TEXT as the next version of a library item. Earlier versions are kept: answers that used them still say which.</source>
        <translation>Enregistre TEXTE comme version suivante d’un élément de la bibliothèque. Les versions antérieures sont gardées&#xa0;: les réponses qui les ont utilisées disent toujours laquelle.</translation>
    </message>
    <message>
        <source>Make it a prompt or a persona.</source>
        <translation>En faire un prompt ou une persona.</translation>
    </message>
    <message>
        <source>Its new text.</source>
        <translation>Son nouveau texte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is unchanged (version %2).</source>
        <translation>«&#xa0;%1&#xa0;» est inchangé (version %2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is now at version %2.</source>
        <translation>«&#xa0;%1&#xa0;» est maintenant en version %2.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Removes a library item with all its versions; answers that used it keep its name and version.</source>
        <translation>Supprime un élément de la bibliothèque avec toutes ses versions&#xa0;; les réponses qui l’ont utilisé gardent son nom et sa version.</translation>
    </message>
</context>
<context>
    <name>Quorum::ProtocolAdapter</name>
    <message>
        <source>No API key for %1: store one in the keychain (quorum providers set-key %1).</source>
        <translation>Aucune clé d’API pour %1&#xa0;: enregistrez-en une dans le trousseau de clés (quorum providers set-key %1).</translation>
    </message>
    <message>
        <source>No API key for %1: store one in the keychain (quorum providers set-key %1) or set the environment variable %2.</source>
        <translation>Aucune clé d’API pour %1&#xa0;: enregistrez-en une dans le trousseau de clés (quorum providers set-key %1) ou définissez la variable d’environnement %2.</translation>
    </message>
    <message>
        <source>Refusing to send the API key over plain HTTP to %1; use https.</source>
        <translation>Refus d’envoyer la clé d’API en HTTP non chiffré à %1&#xa0;; utilisez https.</translation>
    </message>
    <message>
        <source>%1 does not think: thinking came with Gemini 2.5.</source>
        <translation>%1 ne réfléchit pas&#xa0;: la réflexion est arrivée avec Gemini 2.5.</translation>
    </message>
    <message>
        <source>%1 cannot turn thinking off; its lowest level is low or minimal.</source>
        <translation>%1 ne peut pas désactiver la réflexion&#xa0;; son niveau le plus bas est low ou minimal.</translation>
    </message>
    <message>
        <source>%1 cannot turn thinking off.</source>
        <translation>%1 ne peut pas désactiver la réflexion.</translation>
    </message>
    <message>
        <source>%1 takes a thinking budget of at least 128 tokens.</source>
        <translation>%1 accepte un budget de réflexion d’au moins 128 jetons.</translation>
    </message>
    <message>
        <source>Ollama turns thinking on or off (gpt-oss: low, medium or high); it takes no budget of tokens.</source>
        <translation>Ollama active ou désactive la réflexion (gpt-oss&#xa0;: low, medium ou high)&#xa0;; il n’accepte pas de budget de jetons.</translation>
    </message>
    <message>
        <source>%1 thinks at low, medium or high.</source>
        <translation>%1 réfléchit au niveau low, medium ou high.</translation>
    </message>
    <message>
        <source>Mistral&apos;s API takes no reasoning effort or budget (its Magistral models always think).</source>
        <translation>L’API de Mistral n’accepte ni effort ni budget de réflexion (ses modèles Magistral réfléchissent toujours).</translation>
    </message>
    <message>
        <source>%1 takes a reasoning effort, not a budget of thinking tokens.</source>
        <translation>%1 accepte un effort de réflexion, pas un budget de jetons de réflexion.</translation>
    </message>
    <message>
        <source>%1 takes no temperature: OpenAI&apos;s reasoning models refuse it.</source>
        <translation>%1 n’accepte pas de température&#xa0;: les modèles de raisonnement d’OpenAI la refusent.</translation>
    </message>
    <message>
        <source>%1 takes no top_p: OpenAI&apos;s reasoning models refuse it.</source>
        <translation>%1 n’accepte pas de top_p&#xa0;: les modèles de raisonnement d’OpenAI le refusent.</translation>
    </message>
    <message>
        <source>%1 takes a reasoning effort of low, medium or high.</source>
        <translation>%1 accepte un effort de réflexion low, medium ou high.</translation>
    </message>
    <message>
        <source>%1 is not a reasoning model: it takes no reasoning effort.</source>
        <translation>%1 n’est pas un modèle de raisonnement&#xa0;: il n’accepte pas d’effort de réflexion.</translation>
    </message>
    <message>
        <source>%1 cannot think: extended thinking came with Claude 3.7.</source>
        <translation>%1 ne peut pas réfléchir&#xa0;: la réflexion étendue est arrivée avec Claude 3.7.</translation>
    </message>
    <message>
        <source>Claude&apos;s least thinking budget is 1024 tokens (asked: %1).</source>
        <translation>Le plus petit budget de réflexion de Claude est de 1024 jetons (demandé&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Claude takes no temperature with extended thinking.</source>
        <translation>Claude n’accepte pas de température avec la réflexion étendue.</translation>
    </message>
    <message>
        <source>With extended thinking Claude takes a top_p from 0.95 to 1.</source>
        <translation>Avec la réflexion étendue, Claude accepte un top_p de 0,95 à 1.</translation>
    </message>
    <message>
        <source>The maximum of output tokens (%1) must be more than the thinking budget (%2).</source>
        <translation>Le maximum de jetons de sortie (%1) doit dépasser le budget de réflexion (%2).</translation>
    </message>
</context>
<context>
    <name>Quorum::ProviderAccount</name>
    <message>
        <source>The provider id &apos;%1&apos; is not valid: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (up to 64).</source>
        <translation>L’identifiant de fournisseur «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: utilisez des lettres, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;» (64 au plus).</translation>
    </message>
    <message>
        <source>The base URL of %1 must be an http or https URL.</source>
        <translation>L’URL de base de %1 doit être une URL http ou https.</translation>
    </message>
    <message>
        <source>The Azure account %1 needs an api-version.</source>
        <translation>Le compte Azure %1 a besoin d’une api-version.</translation>
    </message>
    <message>
        <source>The Bedrock account %1 needs an AWS region, such as eu-west-1.</source>
        <translation>Le compte Bedrock %1 a besoin d’une région AWS, comme eu-west-1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an AWS region (such as eu-west-1).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une région AWS (comme eu-west-1).</translation>
    </message>
    <message>
        <source>The models URL of %1 must be an http or https URL.</source>
        <translation>L’URL des modèles de %1 doit être une URL http ou https.</translation>
    </message>
</context>
<context>
    <name>Quorum::ProviderConfig</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at offset %3).</source>
        <translation>%1 n’est pas du JSON valide (%2 à la position %3).</translation>
    </message>
    <message>
        <source>%1 has a provider of an unknown kind.</source>
        <translation>%1 contient un fournisseur d’un type inconnu.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Quorum::ProvidersCommand</name>
    <message>
        <source>API key for %1: </source>
        <translation>Clé d’API pour %1&#xa0;: </translation>
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
        <translation>Utilisation&#xa0;: quorum providers add|list|remove|set-key ...

  add ID --kind TYPE [--base-url URL] [--api-key-env VAR]   ajouter ou remplacer un compte
  add ID --kind bedrock --region RÉGION [--profile NOM]     un compte AWS Bedrock
  list [--json]                                             lister les comptes
  remove ID                                                 supprimer un compte et sa clé
  set-key ID                                                enregistrer sa clé d’API dans le trousseau
                                                            de clés du système (lue sur l’entrée standard)
</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (add, list, remove or set-key)</source>
        <translation>action inconnue «&#xa0;%1&#xa0;» (add, list, remove ou set-key)</translation>
    </message>
    <message>
        <source>[options] ID</source>
        <translation>[options] ID</translation>
    </message>
    <message>
        <source>Adds a provider account, or replaces the one with the same ID. Keys are not stored: Quorum reads them from the environment variable named by --api-key-env (default: the provider&apos;s usual one, such as OPENAI_API_KEY).</source>
        <translation>Ajoute un compte de fournisseur, ou remplace celui qui a le même ID. Les clés ne sont pas enregistrées&#xa0;: Quorum les lit dans la variable d’environnement nommée par --api-key-env (par défaut&#xa0;: celle habituelle du fournisseur, comme OPENAI_API_KEY).</translation>
    </message>
    <message>
        <source>The provider: %1.</source>
        <translation>Le fournisseur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>The API base URL (default: the provider&apos;s public one).</source>
        <translation>L’URL de base de l’API (par défaut&#xa0;: l’URL publique du fournisseur).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Environment variable that holds the API key.</source>
        <translation>Variable d’environnement qui contient la clé d’API.</translation>
    </message>
    <message>
        <source>var</source>
        <translation>var</translation>
    </message>
    <message>
        <source>Azure OpenAI api-version (default 2024-10-21).</source>
        <translation>api-version d’Azure OpenAI (2024-10-21 par défaut).</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>OpenAI: use the Responses API (/v1/responses).</source>
        <translation>OpenAI&#xa0;: utiliser l’API Responses (/v1/responses).</translation>
    </message>
    <message>
        <source>Requests at a time to this account (0: no limit).</source>
        <translation>Requêtes simultanées vers ce compte (0&#xa0;: pas de limite).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>An extra HTTP header, &quot;Name: value&quot; (repeatable).</source>
        <translation>Un en-tête HTTP supplémentaire, «&#xa0;Nom: valeur&#xa0;» (répétable).</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>This account&apos;s proxy: system, none, http://HOST:PORT or socks5://HOST:PORT (default: the global one).</source>
        <translation>Le proxy de ce compte&#xa0;: system, none, http://HÔTE:PORT ou socks5://HÔTE:PORT (par défaut&#xa0;: le proxy global).</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>proxy</translation>
    </message>
    <message>
        <source>Seconds to wait for the response to start (default 60; slow local models need more).</source>
        <translation>Secondes d’attente avant le début de la réponse (60 par défaut&#xa0;; les modèles locaux lents ont besoin de plus).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Bedrock: the AWS region, such as eu-west-1 (default: AWS_REGION or AWS_DEFAULT_REGION).</source>
        <translation>Bedrock&#xa0;: la région AWS, comme eu-west-1 (par défaut&#xa0;: AWS_REGION ou AWS_DEFAULT_REGION).</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>Bedrock: the AWS profile (in ~/.aws/credentials or ~/.aws/config) to sign with (default: the environment&apos;s keys, AWS_PROFILE, then &quot;default&quot;).</source>
        <translation>Bedrock&#xa0;: le profil AWS (dans ~/.aws/credentials ou ~/.aws/config) avec lequel signer (par défaut&#xa0;: les clés de l’environnement, AWS_PROFILE, puis «&#xa0;default&#xa0;»).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Bedrock: the control-plane URL for model lists (default: https://bedrock.REGION.amazonaws.com).</source>
        <translation>Bedrock&#xa0;: l’URL du plan de contrôle pour les listes de modèles (par défaut&#xa0;: https://bedrock.REGION.amazonaws.com).</translation>
    </message>
    <message>
        <source>Bedrock: call Converse (the whole answer at once) instead of ConverseStream, for models that do not stream or proxies that hold streams back.</source>
        <translation>Bedrock&#xa0;: appeler Converse (toute la réponse d’un coup) au lieu de ConverseStream, pour les modèles qui ne diffusent pas ou les proxys qui retiennent les flux.</translation>
    </message>
    <message>
        <source>A label for routing rules, such as eu or no-training (repeatable; an account on this machine is also &quot;local&quot;).</source>
        <translation>Une étiquette pour les règles de routage, comme eu ou no-training (répétable&#xa0;; un compte sur cette machine est aussi «&#xa0;local&#xa0;»).</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>A name for the account, such as work-openai.</source>
        <translation>Un nom pour le compte, comme work-openai.</translation>
    </message>
    <message>
        <source>expected one ID</source>
        <translation>un seul ID attendu</translation>
    </message>
    <message>
        <source>--kind is required (%1)</source>
        <translation>--kind est obligatoire (%1)</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (%2)</source>
        <translation>type inconnu «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>--%1 is for --kind bedrock</source>
        <translation>--%1 est réservé à --kind bedrock</translation>
    </message>
    <message>
        <source>Bedrock needs --region, such as eu-west-1</source>
        <translation>Bedrock a besoin de --region, comme eu-west-1</translation>
    </message>
    <message>
        <source>Azure needs --base-url https://RESOURCE.openai.azure.com</source>
        <translation>Azure a besoin de --base-url https://RESSOURCE.openai.azure.com</translation>
    </message>
    <message>
        <source>--max-concurrent needs a number of 0 or more</source>
        <translation>--max-concurrent demande un nombre supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>a header is &quot;Name: value&quot;, not &apos;%1&apos;</source>
        <translation>un en-tête s’écrit «&#xa0;Nom: valeur&#xa0;», pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--timeout needs seconds from 1 to 3600</source>
        <translation>--timeout demande des secondes de 1 à 3600</translation>
    </message>
    <message>
        <source>a tag is one word, such as eu or no-training, not &apos;%1&apos;</source>
        <translation>une étiquette est un seul mot, comme eu ou no-training, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3).</source>
        <translation>%1 ajouté (%2, %3).</translation>
    </message>
    <message>
        <source>Requests are signed with %1.</source>
        <translation>Les requêtes sont signées avec %1.</translation>
    </message>
    <message>
        <source>No AWS credentials for %1 yet: %2.</source>
        <translation>Pas encore d’identifiants AWS pour %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Or store an access key (ACCESS_KEY_ID:SECRET) or a Bedrock API key with: quorum providers set-key %1</source>
        <translation>Ou enregistrez une clé d’accès (ACCESS_KEY_ID:SECRET) ou une clé d’API Bedrock avec&#xa0;: quorum providers set-key %1</translation>
    </message>
    <message>
        <source>Store its key with: quorum providers set-key %1 (or set the environment variable %2).</source>
        <translation>Enregistrez sa clé avec&#xa0;: quorum providers set-key %1 (ou définissez la variable d’environnement %2).</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>Lists the provider accounts.</source>
        <translation>Liste les comptes de fournisseur.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>no key needed</source>
        <translation>aucune clé nécessaire</translation>
    </message>
    <message>
        <source>key in the keychain</source>
        <translation>clé dans le trousseau de clés</translation>
    </message>
    <message>
        <source>AWS credentials from ~/.aws or the environment</source>
        <translation>identifiants AWS de ~/.aws ou de l’environnement</translation>
    </message>
    <message>
        <source>key in %1</source>
        <translation>clé dans %1</translation>
    </message>
    <message>
        <source>no AWS credentials: quorum providers set-key %1, or configure the AWS CLI</source>
        <translation>aucun identifiant AWS&#xa0;: quorum providers set-key %1, ou configurez l’AWS CLI</translation>
    </message>
    <message>
        <source>key missing: quorum providers set-key %1</source>
        <translation>clé manquante&#xa0;: quorum providers set-key %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Removes a provider account.</source>
        <translation>Supprime un compte de fournisseur.</translation>
    </message>
    <message>
        <source>The account to remove.</source>
        <translation>Le compte à supprimer.</translation>
    </message>
    <message>
        <source>the built-in Ollama account cannot be removed</source>
        <translation>le compte Ollama intégré ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>no provider &apos;%1&apos;</source>
        <translation>aucun fournisseur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Stores the API key of a provider account in the system keychain (Secret Service, KWallet, macOS Keychain or Windows Credential Store). The key is read from standard input, without echo on a terminal; it is never written to a file or printed. For Bedrock: a Bedrock API key, or an access key as ACCESS_KEY_ID:SECRET_ACCESS_KEY.</source>
        <translation>Enregistre la clé d’API d’un compte de fournisseur dans le trousseau de clés du système (Secret Service, KWallet, Trousseau de macOS ou Gestionnaire d’identification de Windows). La clé est lue sur l’entrée standard, sans écho dans un terminal&#xa0;; elle n’est jamais écrite dans un fichier ni affichée. Pour Bedrock&#xa0;: une clé d’API Bedrock, ou une clé d’accès sous la forme ACCESS_KEY_ID:SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>The provider account.</source>
        <translation>Le compte de fournisseur.</translation>
    </message>
    <message>
        <source>no provider &apos;%1&apos; (see quorum providers list)</source>
        <translation>aucun fournisseur «&#xa0;%1&#xa0;» (voir quorum providers list)</translation>
    </message>
    <message>
        <source>no key on standard input</source>
        <translation>aucune clé sur l’entrée standard</translation>
    </message>
    <message>
        <source>Quorum does not write keys to files. Set the environment variable %1 instead (for example in your shell&apos;s profile), or start a keychain such as gnome-keyring or KWallet.</source>
        <translation>Quorum n’écrit pas de clés dans des fichiers. Définissez plutôt la variable d’environnement %1 (par exemple dans le profil de votre shell), ou démarrez un trousseau de clés comme gnome-keyring ou KWallet.</translation>
    </message>
    <message>
        <source>Stored the key of %1 in %2.</source>
        <translation>Clé de %1 enregistrée dans %2.</translation>
    </message>
    <message>
        <source>expected one provider ID</source>
        <translation>un seul ID de fournisseur attendu</translation>
    </message>
    <message>
        <source>ID/MODEL</source>
        <translation>ID/MODÈLE</translation>
    </message>
    <message>
        <source>Pulls a model into an Ollama account (e.g. ollama/llama3.2), with its progress; Ctrl+C cancels, and pulling again goes on from where it stopped.</source>
        <translation>Tire un modèle dans un compte Ollama (p. ex. ollama/llama3.2), avec sa progression&#xa0;; Ctrl+C annule, et tirer à nouveau reprend là où cela s’est arrêté.</translation>
    </message>
    <message>
        <source>Deletes a model from an Ollama account (e.g. ollama/llama3.2).</source>
        <translation>Supprime un modèle d’un compte Ollama (p. ex. ollama/llama3.2).</translation>
    </message>
    <message>
        <source>The Ollama account and the model.</source>
        <translation>Le compte Ollama et le modèle.</translation>
    </message>
    <message>
        <source>expected one ID/MODEL, e.g. ollama/llama3.2</source>
        <translation>un ID/MODÈLE attendu, p. ex. ollama/llama3.2</translation>
    </message>
    <message>
        <source>%1: %2% of %3 MB</source>
        <translation>%1&#xa0;: %2&#xa0;% de %3&#xa0;Mo</translation>
    </message>
    <message>
        <source>Pulled %1.</source>
        <translation>%1 tiré.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>[--json] ID MODEL [text|image|pdf|image,pdf|auto]</source>
        <translation>[--json] ID MODÈLE [text|image|pdf|image,pdf|auto]</translation>
    </message>
    <message>
        <source>Shows what a model reads besides text, and whether the provider&apos;s list, the built-in table or your choice says so; with WHAT, sets your choice for that model (auto: no choice of yours).</source>
        <translation>Indique ce qu&apos;un modèle lit en plus du texte, et si c&apos;est la liste du fournisseur, la table intégrée ou votre choix qui le dit&#xa0;; avec QUOI, fixe votre choix pour ce modèle (auto&#xa0;: aucun choix de votre part).</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>The model, as the provider names it.</source>
        <translation>Le modèle, tel que le fournisseur le nomme.</translation>
    </message>
    <message>
        <source>expected a provider ID, a model and what it reads</source>
        <translation>un ID de fournisseur, un modèle et ce qu&apos;il lit étaient attendus</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not what a model reads: text, image, pdf, image,pdf or auto</source>
        <translation>« %1 » n&apos;est pas ce qu&apos;un modèle lit&#xa0;: text, image, pdf, image,pdf ou auto</translation>
    </message>
    <message>
        <source>images and PDFs</source>
        <translation>des images et des PDF</translation>
    </message>
    <message>
        <source>images</source>
        <translation>des images</translation>
    </message>
    <message>
        <source>PDFs</source>
        <translation>des PDF</translation>
    </message>
    <message>
        <source>text only</source>
        <translation>du texte seulement</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>votre choix</translation>
    </message>
    <message>
        <source>the provider&apos;s model list</source>
        <translation>la liste de modèles du fournisseur</translation>
    </message>
    <message>
        <source>Quorum&apos;s built-in table</source>
        <translation>la table intégrée de Quorum</translation>
    </message>
    <message>
        <source>%1 reads %2 (%3).</source>
        <translation>%1 lit %2 (%3).</translation>
    </message>
    <message>
        <source>[--json] ID | pull ID/MODEL | delete ID/MODEL | reads ID MODEL [WHAT]</source>
        <translation>[--json] ID | pull ID/MODÈLE | delete ID/MODÈLE | reads ID MODÈLE [QUOI]</translation>
    </message>
    <message>
        <source>Lists the models a provider account offers (and remembers the list); pull and delete get or remove an Ollama model; reads shows or sets what a model reads besides text.</source>
        <translation>Liste les modèles qu&apos;un compte de fournisseur propose (et retient la liste)&#xa0;; pull et delete obtiennent ou suppriment un modèle Ollama&#xa0;; reads indique ou fixe ce qu&apos;un modèle lit en plus du texte.</translation>
    </message>
    <message>
        <source>quorum models: the list was not remembered: %1</source>
        <translation>quorum models&#xa0;: la liste n&apos;a pas été retenue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::ProvidersPage</name>
    <message>
        <source>Provider accounts</source>
        <translation>Comptes de fournisseur</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>work-openai</source>
        <translation>work-openai</translation>
    </message>
    <message>
        <source>Enab&amp;led (offered in the model picker)</source>
        <translation>Activé (&amp;proposé dans le sélecteur de modèles)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Name: value, one per line</source>
        <translation>Nom: valeur, un par ligne</translation>
    </message>
    <message>
        <source>as in Network (or: system, none, http://host:port, socks5://host:port)</source>
        <translation>comme dans Réseau (ou&#xa0;: system, none, http://hôte:port, socks5://hôte:port)</translation>
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
        <translation>par défaut (60 s)</translation>
    </message>
    <message>
        <source>Response timeout</source>
        <translation>Délai de réponse</translation>
    </message>
    <message>
        <source>AWS region</source>
        <translation>Région AWS</translation>
    </message>
    <message>
        <source>the environment&apos;s keys, AWS_PROFILE, or default</source>
        <translation>les clés de l’environnement, AWS_PROFILE, ou default</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>Profil AWS</translation>
    </message>
    <message>
        <source>Models URL</source>
        <translation>URL des modèles</translation>
    </message>
    <message>
        <source>Stream ans&amp;wers (off: each answer arrives whole)</source>
        <translation>&amp;Diffuser les réponses (désactivé&#xa0;: chaque réponse arrive entière)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Chercher des modèles</translation>
    </message>
    <message>
        <source>Models (unchecked ones are hidden from the model picker)</source>
        <translation>Modèles (ceux qui sont décochés sont cachés du sélecteur de modèles)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>AWS re&amp;gion:</source>
        <translation>Région A&amp;WS&#xa0;:</translation>
    </message>
    <message>
        <source>AWS pr&amp;ofile:</source>
        <translation>Pr&amp;ofil AWS&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>Models &amp;URL:</source>
        <translation>URL des &amp;modèles&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API&#xa0;:</translation>
    </message>
    <message>
        <source>Key from en&amp;vironment variable:</source>
        <translation>Clé depuis la &amp;variable d’environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>En-têtes s&amp;upplémentaires&#xa0;:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy&#xa0;:</translation>
    </message>
    <message>
        <source>Response t&amp;imeout:</source>
        <translation>Dé&amp;lai de réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Requests are signed with the AWS profile, or the environment&apos;s keys; or paste a key above.</source>
        <translation>Les requêtes sont signées avec le profil AWS, ou les clés de l’environnement&#xa0;; ou collez une clé ci-dessus.</translation>
    </message>
    <message>
        <source>Paste the API key; it is stored in the system keychain.</source>
        <translation>Collez la clé d’API&#xa0;; elle est enregistrée dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>This provider needs no key.</source>
        <translation>Ce fournisseur n’a besoin d’aucune clé.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau de clés…</translation>
    </message>
    <message>
        <source>Using the key in the environment variable %1.</source>
        <translation>Utilisation de la clé de la variable d’environnement %1.</translation>
    </message>
    <message>
        <source>Key kept for this session only (no keychain available).</source>
        <translation>Clé gardée pour cette session seulement (aucun trousseau de clés disponible).</translation>
    </message>
    <message>
        <source>Key stored in %1.</source>
        <translation>Clé enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Requests are signed with %1.</source>
        <translation>Les requêtes sont signées avec %1.</translation>
    </message>
    <message>
        <source>No AWS credentials: %1. Or paste an access key (ACCESS_KEY_ID:SECRET) or a Bedrock API key above.</source>
        <translation>Aucun identifiant AWS&#xa0;: %1. Ou collez ci-dessus une clé d’accès (ACCESS_KEY_ID:SECRET) ou une clé d’API Bedrock.</translation>
    </message>
    <message>
        <source>No key yet: paste it above and press Save.</source>
        <translation>Pas encore de clé&#xa0;: collez-la ci-dessus et cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <source>Unknown provider kind.</source>
        <translation>Type de fournisseur inconnu.</translation>
    </message>
    <message>
        <source>A header is &quot;Name: value&quot;, not &quot;%1&quot;.</source>
        <translation>Un en-tête s’écrit «&#xa0;Nom: valeur&#xa0;», pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is already an account named %1.</source>
        <translation>Il y a déjà un compte nommé %1.</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Aucun trousseau de clés</translation>
    </message>
    <message>
        <source>Quorum cannot store the key: %1</source>
        <translation>Quorum ne peut pas enregistrer la clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>You can keep the key for this session only (it is forgotten when Quorum quits), or set the environment variable %1 before starting Quorum. Quorum does not write keys to files.</source>
        <translation>Vous pouvez garder la clé pour cette session seulement (elle est oubliée quand Quorum se ferme), ou définir la variable d’environnement %1 avant de démarrer Quorum. Quorum n’écrit pas de clés dans des fichiers.</translation>
    </message>
    <message>
        <source>Keep for This Session</source>
        <translation>Garder pour cette session</translation>
    </message>
    <message>
        <source>The key was not kept. Set %1, or start a keychain, and try again.</source>
        <translation>La clé n’a pas été gardée. Définissez %1, ou démarrez un trousseau de clés, et réessayez.</translation>
    </message>
    <message>
        <source>Remove Provider</source>
        <translation>Supprimer le fournisseur</translation>
    </message>
    <message>
        <source>Remove the account %1 and its key? Conversations with its answers stay.</source>
        <translation>Supprimer le compte %1 et sa clé&#xa0;? Les conversations avec ses réponses restent.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s).</source>
        <translation>
            <numerusform>Connecté&#xa0;: %n modèle.</numerusform>
            <numerusform>Connecté&#xa0;: %n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>La connexion a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>optional: a Bedrock API key, or ACCESS_KEY_ID:SECRET_ACCESS_KEY</source>
        <translation>facultatif&#xa0;: une clé d’API Bedrock, ou ACCESS_KEY_ID:SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <source>Provider account</source>
        <translation>Compte de fournisseur</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The key of %1 is still in the keychain: %2</source>
        <translation>La clé de %1 est toujours dans le trousseau de clés&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connected, but the list was not saved: %1</source>
        <translation>Connecté, mais la liste n’a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Right-click a model to say what it reads besides text.</source>
        <translation>Faites un clic droit sur un modèle pour dire ce qu&apos;il lit en plus du texte.</translation>
    </message>
    <message>
        <source>Models (uncheck to hide from the model picker; right-click to say what one reads):</source>
        <translation>Modèles (décocher pour masquer dans le sélecteur&#xa0;; clic droit pour dire ce qu&apos;un modèle lit)&#xa0;:</translation>
    </message>
    <message>
        <source>images, PDFs</source>
        <translation>images, PDF</translation>
    </message>
    <message>
        <source>images</source>
        <translation>des images</translation>
    </message>
    <message>
        <source>PDFs</source>
        <translation>des PDF</translation>
    </message>
    <message>
        <source>text only</source>
        <translation>du texte seulement</translation>
    </message>
    <message>
        <source>(your choice)</source>
        <translation>(votre choix)</translation>
    </message>
    <message>
        <source>as the provider&apos;s list says</source>
        <translation>comme le dit la liste du fournisseur</translation>
    </message>
    <message>
        <source>as Quorum&apos;s table says</source>
        <translation>comme le dit la table de Quorum</translation>
    </message>
    <message>
        <source>Reads what it reads, %1</source>
        <translation>Lit ce qu&apos;il lit, %1</translation>
    </message>
    <message>
        <source>Text only</source>
        <translation>Texte seulement</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Images and PDFs</source>
        <translation>Images et PDF</translation>
    </message>
</context>
<context>
    <name>Quorum::ProxySetting</name>
    <message>
        <source>A proxy is system, none, http://HOST:PORT or socks5://HOST:PORT, not &quot;%1&quot;.</source>
        <translation>Un proxy vaut system, none, http://HÔTE:PORT ou socks5://HÔTE:PORT, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A proxy password would be stored in a plain file; use a proxy without one.</source>
        <translation>Un mot de passe de proxy serait enregistré dans un fichier en clair&#xa0;; utilisez un proxy sans mot de passe.</translation>
    </message>
</context>
<context>
    <name>Quorum::QuorumJson</name>
    <message>
        <source>“%1” is missing</source>
        <translation>«&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <source>“%1” must be a whole number</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier</translation>
    </message>
    <message>
        <source>“%1” must be text</source>
        <translation>«&#xa0;%1&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2 (byte %3): %4</source>
        <translation>JSON non valide à la ligne %1, colonne %2 (octet %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>not a Quorum export (its “format” is not “quorum-conversations”)</source>
        <translation>pas un export de Quorum (son «&#xa0;format&#xa0;» n’est pas «&#xa0;quorum-conversations&#xa0;»)</translation>
    </message>
    <message>
        <source>written by a newer Quorum (format version %1; this one reads %2)</source>
        <translation>écrit par un Quorum plus récent (version de format %1&#xa0;; celui-ci lit la %2)</translation>
    </message>
    <message>
        <source>“conversations” must be a list</source>
        <translation>«&#xa0;conversations&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <source>conversation %1</source>
        <translation>conversation %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>conversation %1, turn %2</source>
        <translation>conversation %1, tour %2</translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation>l’id %1 est utilisé deux fois</translation>
    </message>
    <message>
        <source>its parent %1 is not an earlier turn</source>
        <translation>son parent %1 n’est pas un tour précédent</translation>
    </message>
    <message>
        <source>conversation %1, turn %2, answer %3</source>
        <translation>conversation %1, tour %2, réponse %3</translation>
    </message>
    <message>
        <source>unknown status “%1”</source>
        <translation>statut inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>conversation %1, turn %2, synthesis %3</source>
        <translation>conversation %1, tour %2, synthèse %3</translation>
    </message>
    <message>
        <source>conversation %1, turn %2, attachment %3</source>
        <translation>conversation %1, tour %2, pièce jointe %3</translation>
    </message>
    <message>
        <source>unknown kind “%1”</source>
        <translation>type inconnu « %1 »</translation>
    </message>
    <message>
        <source>its data is damaged (it does not match its sha256)</source>
        <translation>ses données sont endommagées (elles ne correspondent pas à leur sha256)</translation>
    </message>
    <message>
        <source>it has no data and no earlier file has its sha256</source>
        <translation>il n’a pas de données et aucun fichier précédent n’a son sha256</translation>
    </message>
    <message>
        <source>a tool step without a name or outcome</source>
        <translation>une étape d&apos;outil sans nom ni issue</translation>
    </message>
</context>
<context>
    <name>Quorum::RouteEnvironment</name>
    <message>
        <source>there is no provider account &apos;%1&apos;</source>
        <translation>il n’y a pas de compte de fournisseur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not offer a model &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;» n’offre pas de modèle «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Quorum::Router</name>
    <message>
        <source>“%1” matches “%2”</source>
        <translation>«&#xa0;%1&#xa0;» correspond à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” does not match</source>
        <translation>«&#xa0;%1&#xa0;» ne correspond pas</translation>
    </message>
    <message>
        <source>contains “%1”</source>
        <translation>contient «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>none of %1</source>
        <translation>aucun de %1</translation>
    </message>
    <message>
        <source>no “%1”</source>
        <translation>pas de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>contains all of %1</source>
        <translation>contient tous les mots de %1</translation>
    </message>
    <message>
        <source>about %1 tokens (%2 %3)</source>
        <translation>environ %1 jetons (%2 %3)</translation>
    </message>
    <message>
        <source>contains code</source>
        <translation>contient du code</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>pas de code</translation>
    </message>
    <message>
        <source>written mostly in %1 script</source>
        <translation>écriture principale&#xa0;: %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>the conversation is tagged “%1”</source>
        <translation>la conversation est étiquetée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the conversation is not tagged “%1”</source>
        <translation>la conversation n’est pas étiquetée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>it is %1 (%2–%3)</source>
        <translation>il est %1 (%2–%3)</translation>
    </message>
    <message>
        <source>it is %1</source>
        <translation>nous sommes %1</translation>
    </message>
    <message>
        <source>%1% of the monthly budget spent (threshold %2%)</source>
        <translation>%1&#xa0;% du budget mensuel dépensé (seuil %2&#xa0;%)</translation>
    </message>
    <message>
        <source>no monthly budget set</source>
        <translation>aucun budget mensuel fixé</translation>
    </message>
    <message>
        <source>contains sensitive data (%1)</source>
        <translation>contient des données sensibles (%1)</translation>
    </message>
    <message>
        <source>no sensitive data</source>
        <translation>aucune donnée sensible</translation>
    </message>
    <message>
        <source>not: %1</source>
        <translation>pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (context %2 tokens)</source>
        <translation>%1 (contexte de %2 jetons)</translation>
    </message>
    <message>
        <source>the cheapest that fits is %1</source>
        <translation>le moins cher qui convient est %1</translation>
    </message>
    <message>
        <source>none of the candidates fits the prompt</source>
        <translation>aucun des candidats ne convient au prompt</translation>
    </message>
    <message>
        <source>; too small: %1</source>
        <translation>&#xa0;; trop petits&#xa0;: %1</translation>
    </message>
    <message>
        <source>no conditions</source>
        <translation>aucune condition</translation>
    </message>
    <message>
        <source>“%1” is turned off</source>
        <translation>«&#xa0;%1&#xa0;» est désactivée</translation>
    </message>
    <message>
        <source>“%1” did not match: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne correspondait pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>Blocked by the rule “%1”.</source>
        <translation>Bloqué par la règle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” blocks it: %2</source>
        <translation>«&#xa0;%1&#xa0;» le bloque&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” redacts %n item(s): %2</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» masque %n élément&#xa0;: %2</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» masque %n éléments&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” allows only accounts tagged “%2”: %3</source>
        <translation>«&#xa0;%1&#xa0;» n’autorise que les comptes étiquetés «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>“%1” matched: %2</source>
        <translation>«&#xa0;%1&#xa0;» correspondait&#xa0;: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Auto is off: sent to the models chosen (%1)</source>
        <translation>Auto est désactivé&#xa0;: envoyé aux modèles choisis (%1)</translation>
    </message>
    <message>
        <source>no rule matched: the default rule sends to the models chosen (%1)</source>
        <translation>aucune règle ne correspondait&#xa0;: la règle par défaut envoie aux modèles choisis (%1)</translation>
    </message>
    <message>
        <source>not allowed (account not tagged “%1”): %2</source>
        <translation>non autorisé (compte non étiqueté «&#xa0;%1&#xa0;»)&#xa0;: %2</translation>
    </message>
    <message>
        <source>No chosen model may receive this prompt: only accounts tagged “%1” may.</source>
        <translation>Aucun modèle choisi ne peut recevoir ce prompt&#xa0;: seuls les comptes étiquetés «&#xa0;%1&#xa0;» le peuvent.</translation>
    </message>
    <message>
        <source>No model to send to.</source>
        <translation>Aucun modèle auquel envoyer.</translation>
    </message>
    <message>
        <source>Blocked by “%1”: %2</source>
        <translation>Bloqué par «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your models: %1</source>
        <translation>Vos modèles&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>latine</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>cyrillique</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>grecque</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hébraïque</translation>
    </message>
    <message>
        <source>CJK (Chinese, Japanese, Korean)</source>
        <translation>CJC (chinois, japonais, coréen)</translation>
    </message>
    <message>
        <source>Devanagari</source>
        <translation>devanagari</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>thaïe</translation>
    </message>
    <message>
        <source>another</source>
        <translation>autre</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>%n fichier joint</numerusform>
            <numerusform>%n fichiers joints</numerusform>
        </translation>
    </message>
    <message>
        <source>no files attached</source>
        <translation>aucun fichier joint</translation>
    </message>
    <message>
        <source>attached: %1</source>
        <translation>joint&#xa0;: %1</translation>
    </message>
    <message>
        <source>no file of the kind %1 attached</source>
        <translation>aucun fichier du type %1 joint</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 dépasse %2 Mo</translation>
    </message>
    <message>
        <source>no attached file is larger than %1 MB</source>
        <translation>aucun fichier joint ne dépasse %1 Mo</translation>
    </message>
    <message>
        <source>the conversation uses %1</source>
        <translation>la conversation utilise %1</translation>
    </message>
    <message>
        <source>the conversation uses no tool of %1</source>
        <translation>la conversation n&apos;utilise aucun outil de %1</translation>
    </message>
    <message>
        <source>“%1” offers %2 only to accounts tagged “%3”: %4</source>
        <translation>« %1 » n&apos;offre %2 qu&apos;aux comptes étiquetés « %3 »&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>Quorum::Rule</name>
    <message>
        <source>unknown condition &apos;%1&apos;</source>
        <translation>condition inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown kind of sensitive data &apos;%1&apos;</source>
        <translation>type de données sensibles inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>bad regular expression &apos;%1&apos;: %2</source>
        <translation>expression régulière incorrecte «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>a time of day is HH:mm</source>
        <translation>une heure s’écrit HH:mm</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs at least one word</source>
        <translation>«&#xa0;%1&#xa0;» a besoin d’au moins un mot</translation>
    </message>
    <message>
        <source>weekdays are numbers from 1 (Monday) to 7 (Sunday)</source>
        <translation>les jours de la semaine sont des nombres de 1 (lundi) à 7 (dimanche)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a number, such as %1:2000</source>
        <translation>«&#xa0;%1&#xa0;» a besoin d’un nombre, comme %1:2000</translation>
    </message>
    <message>
        <source>a time of day is written time-of-day:22:00-06:00</source>
        <translation>une heure de la journée s’écrit time-of-day:22:00-06:00</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation>action inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a target is ID/MODEL, not &apos;%1&apos;</source>
        <translation>une cible s’écrit ID/MODÈLE, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the action &apos;%1&apos; needs targets</source>
        <translation>l’action «&#xa0;%1&#xa0;» a besoin de cibles</translation>
    </message>
    <message>
        <source>&apos;restrict&apos; needs a tag</source>
        <translation>«&#xa0;restrict&#xa0;» a besoin d’une étiquette</translation>
    </message>
    <message>
        <source>a rule needs a name</source>
        <translation>une règle a besoin d’un nom</translation>
    </message>
    <message>
        <source>send to %1</source>
        <translation>envoyer à %1</translation>
    </message>
    <message>
        <source>the cheapest that fits of %1</source>
        <translation>le moins cher qui convient parmi %1</translation>
    </message>
    <message>
        <source>fallback %1</source>
        <translation>repli %1</translation>
    </message>
    <message>
        <source>only accounts tagged “%1”</source>
        <translation>seulement les comptes étiquetés «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>redact sensitive data</source>
        <translation>masquer les données sensibles</translation>
    </message>
    <message>
        <source>block</source>
        <translation>bloquer</translation>
    </message>
    <message>
        <source>block: %1</source>
        <translation>bloquer&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown kind of attachment &apos;%1&apos; (image, pdf or text)</source>
        <translation>type de pièce jointe inconnu « %1 » (image, pdf ou text)</translation>
    </message>
    <message>
        <source>&apos;tools-only&apos; needs a tag</source>
        <translation>« tools-only » demande une étiquette</translation>
    </message>
    <message>
        <source>tools only for accounts tagged “%1”</source>
        <translation>outils seulement pour les comptes étiquetés « %1 »</translation>
    </message>
</context>
<context>
    <name>Quorum::RuleListModel</name>
    <message>
        <source>Rules are kept in the database, and Quorum runs without one now.</source>
        <translation>Les règles sont gardées dans la base de données, et Quorum fonctionne maintenant sans elle.</translation>
    </message>
    <message>
        <source>On: untick to turn it off</source>
        <translation>Activée&#xa0;: décochez pour la désactiver</translation>
    </message>
    <message>
        <source>Off: tick to turn it on</source>
        <translation>Désactivée&#xa0;: cochez pour l’activer</translation>
    </message>
</context>
<context>
    <name>Quorum::RuleStore</name>
    <message>
        <source>Rule %1 (&quot;%2&quot;) cannot be read: its stored JSON is damaged.</source>
        <translation>La règle %1 («&#xa0;%2&#xa0;») ne peut pas être lue&#xa0;: son JSON enregistré est endommagé.</translation>
    </message>
    <message>
        <source>Rule %1 cannot be used: %2</source>
        <translation>La règle %1 ne peut pas être utilisée&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no rule %1.</source>
        <translation>Il n’y a pas de règle %1.</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON non valide à la ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>not a Quorum rules file (its &quot;format&quot; is not &quot;quorum-rules&quot;)</source>
        <translation>pas un fichier de règles de Quorum (son «&#xa0;format&#xa0;» n’est pas «&#xa0;quorum-rules&#xa0;»)</translation>
    </message>
    <message>
        <source>written by a newer Quorum (rules format version %1; this one reads %2)</source>
        <translation>écrit par un Quorum plus récent (version de format des règles %1&#xa0;; celui-ci lit la %2)</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list</source>
        <translation>«&#xa0;rules&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <source>rule %1 is not an object</source>
        <translation>la règle %1 n’est pas un objet</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>règle %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Quorum::RulesCommand</name>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>no rule &apos;%1&apos; (see quorum rules list)</source>
        <translation>aucune règle «&#xa0;%1&#xa0;» (voir quorum rules list)</translation>
    </message>
    <message>
        <source>Warning: rule “%1”: %2</source>
        <translation>Avertissement&#xa0;: règle «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
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
        <translation>Utilisation&#xa0;: quorum rules list|add|remove|move|enable|disable|import|export ...

  list [--json]                      les règles dans l’ordre où elles sont essayées
  add NOM [--if COND ...] ACTION     ajouter une règle (voir quorum rules add --help)
  add --json RÈGLE                   ajouter une règle écrite en JSON
  remove RÈGLE                       supprimer une règle
  move RÈGLE POSITION                déplacer une règle (1 est essayée en premier)
  enable RÈGLE / disable RÈGLE       activer ou désactiver une règle
  import FICHIER [--append]          remplacer (ou compléter) les règles depuis un fichier
  export [-o FICHIER]                écrire les règles en JSON

RÈGLE est l’id d’une règle, son nom, ou #N pour la N-ième règle.
Le format de fichier et les conditions sont décrits dans docs/rules.md.
</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, add, remove, move, enable, disable, import or export)</source>
        <translation>action inconnue «&#xa0;%1&#xa0;» (list, add, remove, move, enable, disable, import ou export)</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>Lists the routing rules in the order they are tried.</source>
        <translation>Liste les règles de routage dans l’ordre où elles sont essayées.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>No rules: every prompt goes to the models you choose (the default rule).</source>
        <translation>Aucune règle&#xa0;: chaque prompt va aux modèles que vous choisissez (la règle par défaut).</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (désactivée)</translation>
    </message>
    <message>
        <source>Otherwise: the models you choose (the default rule).</source>
        <translation>Sinon&#xa0;: les modèles que vous choisissez (la règle par défaut).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>A condition (repeatable).</source>
        <translation>Une condition (répétable).</translation>
    </message>
    <message>
        <source>cond</source>
        <translation>cond</translation>
    </message>
    <message>
        <source>Send to this target (repeatable: compare them).</source>
        <translation>Envoyer à cette cible (répétable&#xa0;: pour les comparer).</translation>
    </message>
    <message>
        <source>id/model</source>
        <translation>id/modèle</translation>
    </message>
    <message>
        <source>A candidate: the cheapest whose context window fits is used (repeatable).</source>
        <translation>Un candidat&#xa0;: le moins cher dont la fenêtre de contexte convient est utilisé (répétable).</translation>
    </message>
    <message>
        <source>Try this target, on an error before its first token the next (repeatable).</source>
        <translation>Essayer cette cible et, sur une erreur avant son premier jeton, la suivante (répétable).</translation>
    </message>
    <message>
        <source>Only accounts with this tag may receive it.</source>
        <translation>Seuls les comptes avec cette étiquette peuvent le recevoir.</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>Replace sensitive data by placeholders before sending.</source>
        <translation>Remplacer les données sensibles par des substituts avant l’envoi.</translation>
    </message>
    <message>
        <source>Do not send; show this message.</source>
        <translation>Ne pas envoyer&#xa0;; afficher ce message.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>Where in the list (1 is tried first).</source>
        <translation>Où dans la liste (1 est essayée en premier).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Add it turned off.</source>
        <translation>L’ajouter désactivée.</translation>
    </message>
    <message>
        <source>The whole rule as JSON (docs/rules.md).</source>
        <translation>Toute la règle en JSON (docs/rules.md).</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>règle</translation>
    </message>
    <message>
        <source>The rule&apos;s name.</source>
        <translation>Le nom de la règle.</translation>
    </message>
    <message>
        <source>--json needs one JSON object: %1</source>
        <translation>--json demande un seul objet JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected one NAME (quote it when it has spaces)</source>
        <translation>un seul NOM attendu (mettez-le entre guillemets s’il contient des espaces)</translation>
    </message>
    <message>
        <source>--if %1: %2</source>
        <translation>--if %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--position needs a number from 1</source>
        <translation>--position demande un nombre à partir de 1</translation>
    </message>
    <message>
        <source>there is a rule “%1” already</source>
        <translation>il y a déjà une règle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Added rule “%1” (id %2).</source>
        <translation>Règle «&#xa0;%1&#xa0;» ajoutée (id %2).</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <source>Removes a routing rule (by id, name or #N).</source>
        <translation>Supprime une règle de routage (par id, nom ou #N).</translation>
    </message>
    <message>
        <source>The rule&apos;s id, name or #N.</source>
        <translation>L’id, le nom ou le #N de la règle.</translation>
    </message>
    <message>
        <source>expected one RULE</source>
        <translation>une seule RÈGLE attendue</translation>
    </message>
    <message>
        <source>Removed rule “%1”.</source>
        <translation>Règle «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>RULE POSITION</source>
        <translation>RÈGLE POSITION</translation>
    </message>
    <message>
        <source>Moves a rule; position 1 is tried first.</source>
        <translation>Déplace une règle&#xa0;; la position 1 est essayée en premier.</translation>
    </message>
    <message>
        <source>Its new place, from 1.</source>
        <translation>Sa nouvelle place, à partir de 1.</translation>
    </message>
    <message>
        <source>expected RULE and a POSITION from 1</source>
        <translation>RÈGLE et POSITION à partir de 1 attendues</translation>
    </message>
    <message>
        <source>Moved rule “%1” to position %2.</source>
        <translation>Règle «&#xa0;%1&#xa0;» déplacée en position %2.</translation>
    </message>
    <message>
        <source>Turns a rule on.</source>
        <translation>Active une règle.</translation>
    </message>
    <message>
        <source>Turns a rule off.</source>
        <translation>Désactive une règle.</translation>
    </message>
    <message>
        <source>FILE [--append]</source>
        <translation>FICHIER [--append]</translation>
    </message>
    <message>
        <source>Reads rules from a file written by quorum rules export (docs/rules.md) and replaces the rules with them, or adds them after the others with --append. Nothing changes when any rule in the file is wrong.</source>
        <translation>Lit des règles dans un fichier écrit par quorum rules export (docs/rules.md) et remplace les règles par celles-ci, ou les ajoute après les autres avec --append. Rien ne change si une règle du fichier est incorrecte.</translation>
    </message>
    <message>
        <source>Keep the rules there are and add these after them.</source>
        <translation>Garder les règles existantes et ajouter celles-ci après.</translation>
    </message>
    <message>
        <source>The rules file; - reads standard input.</source>
        <translation>Le fichier de règles&#xa0;; - lit l’entrée standard.</translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation>un seul FICHIER attendu</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l’entrée standard</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>there would be a rule “%1” twice; rule names are unique</source>
        <translation>il y aurait deux fois une règle «&#xa0;%1&#xa0;»&#xa0;; les noms de règles sont uniques</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s).</source>
        <translation>
            <numerusform>%n règle importée.</numerusform>
            <numerusform>%n règles importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>[-o FILE]</source>
        <translation>[-o FICHIER]</translation>
    </message>
    <message>
        <source>Writes the routing rules as JSON (docs/rules.md), to standard output or a file.</source>
        <translation>Écrit les règles de routage en JSON (docs/rules.md), sur la sortie standard ou dans un fichier.</translation>
    </message>
    <message>
        <source>Write to this file.</source>
        <translation>Écrire dans ce fichier.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rule(s) to %1.</source>
        <translation>
            <numerusform>%n règle écrite dans %1.</numerusform>
            <numerusform>%n règles écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>[--explain] [--json] [--target ID/MODEL ...] [--tag TAG ...] PROMPT</source>
        <translation>[--explain] [--json] [--target ID/MODÈLE ...] [--tag ÉTIQUETTE ...] PROMPT</translation>
    </message>
    <message>
        <source>Says where the routing rules would send a prompt, without sending it. The default rule sends to the --target models, or without them to the models last chosen in the window.</source>
        <translation>Dit où les règles de routage enverraient un prompt, sans l’envoyer. La règle par défaut envoie aux modèles de --target ou, sans eux, aux derniers modèles choisis dans la fenêtre.</translation>
    </message>
    <message>
        <source>Say why: each rule looked at, in order.</source>
        <translation>Dire pourquoi&#xa0;: chaque règle examinée, dans l’ordre.</translation>
    </message>
    <message>
        <source>A model the default rule sends to (repeatable).</source>
        <translation>Un modèle auquel la règle par défaut envoie (répétable).</translation>
    </message>
    <message>
        <source>A tag of the conversation (repeatable).</source>
        <translation>Une étiquette de la conversation (répétable).</translation>
    </message>
    <message>
        <source>Route as a follow-up in this stored conversation (its tags count).</source>
        <translation>Router comme une suite dans cette conversation enregistrée (ses étiquettes comptent).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The prompt; - reads it from standard input.</source>
        <translation>Le prompt&#xa0;; - le lit sur l’entrée standard.</translation>
    </message>
    <message>
        <source>expected one PROMPT (quote it, or use - to read standard input)</source>
        <translation>un seul PROMPT attendu (mettez-le entre guillemets, ou utilisez - pour lire l’entrée standard)</translation>
    </message>
    <message>
        <source>a target is ID/MODEL, not &apos;%1&apos;</source>
        <translation>une cible s’écrit ID/MODÈLE, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no conversation %1</source>
        <translation>aucune conversation %1</translation>
    </message>
    <message>
        <source>Blocked (%1): %2</source>
        <translation>Bloqué (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>aucune cible</translation>
    </message>
    <message>
        <source>Rule: %1 (%2)</source>
        <translation>Règle&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>Cibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent as: %1</source>
        <translation>Envoyé en tant que&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>NAME [--if COND ...] (--send T ... | --cheapest T ... | --fallback T ... | --restrict TAG | --redact | --block MESSAGE | --tools-only TAG) [--position N] [--disabled]
       quorum rules add --json RULE</source>
        <translation>NOM [--if COND ...] (--send T ... | --cheapest T ... | --fallback T ... | --restrict ÉTIQUETTE | --redact | --block MESSAGE | --tools-only ÉTIQUETTE) [--position N] [--disabled]
       quorum rules add --json RÈGLE</translation>
    </message>
    <message>
        <source>Adds a routing rule. Rules are tried in order; governance rules (restrict, redact, block, tools-only) always run first. Conditions (all must hold), for example:
  has-code  regex:^translate  any-keyword:invoice,contract  all-keywords:sql,postgres
  tokens-above:2000  tokens-below:200  script:cyrillic  conversation-tag:work
  time-of-day:22:00-06:00  weekday:sat,sun  budget-above:80  sensitive  sensitive:email,card
  uses-tool:files  uses-tool:files__write_file
A leading ! negates one: !script:latin. Targets are ID/MODEL, such as openai/gpt-4.1-mini.</source>
        <translation>Ajoute une règle de routage. Les règles sont essayées dans l’ordre&#xa0;; les règles de gouvernance (restrict, redact, block, tools-only) passent toujours en premier. Conditions (toutes doivent être remplies), par exemple&#xa0;:
  has-code  regex:^translate  any-keyword:invoice,contract  all-keywords:sql,postgres
  tokens-above:2000  tokens-below:200  script:cyrillic  conversation-tag:work
  time-of-day:22:00-06:00  weekday:sat,sun  budget-above:80  sensitive  sensitive:email,card
  uses-tool:files  uses-tool:files__write_file
Un « ! » en tête en inverse une&#xa0;: !script:latin. Les cibles s’écrivent ID/MODÈLE, comme openai/gpt-4.1-mini.</translation>
    </message>
    <message>
        <source>The tools the uses-tool conditions name (all, without one) are offered only to accounts with this tag.</source>
        <translation>Les outils que nomment les conditions uses-tool (tous, sans elles) ne sont offerts qu&apos;aux comptes portant cette étiquette.</translation>
    </message>
    <message>
        <source>a rule has one action: --send, --cheapest, --fallback, --restrict, --redact, --block or --tools-only</source>
        <translation>une règle a une action&#xa0;: --send, --cheapest, --fallback, --restrict, --redact, --block ou --tools-only</translation>
    </message>
</context>
<context>
    <name>Quorum::RulesPage</name>
    <message>
        <source>Contains any of</source>
        <translation>Contient l’un des mots</translation>
    </message>
    <message>
        <source>Contains all of</source>
        <translation>Contient tous les mots</translation>
    </message>
    <message>
        <source>Matches the regular expression</source>
        <translation>Correspond à l’expression régulière</translation>
    </message>
    <message>
        <source>Contains code</source>
        <translation>Contient du code</translation>
    </message>
    <message>
        <source>Longer than (tokens)</source>
        <translation>Plus long que (jetons)</translation>
    </message>
    <message>
        <source>Shorter than (tokens)</source>
        <translation>Plus court que (jetons)</translation>
    </message>
    <message>
        <source>Written in the script</source>
        <translation>Écrit dans l’écriture</translation>
    </message>
    <message>
        <source>Conversation is tagged</source>
        <translation>La conversation est étiquetée</translation>
    </message>
    <message>
        <source>Time of day is between</source>
        <translation>L’heure est entre</translation>
    </message>
    <message>
        <source>Weekday is</source>
        <translation>Le jour de la semaine est</translation>
    </message>
    <message>
        <source>Monthly budget spent above (%)</source>
        <translation>Budget mensuel dépensé au-delà de (%)</translation>
    </message>
    <message>
        <source>Contains sensitive data</source>
        <translation>Contient des données sensibles</translation>
    </message>
    <message>
        <source>Send to (several: compare)</source>
        <translation>Envoyer à (plusieurs&#xa0;: comparer)</translation>
    </message>
    <message>
        <source>The cheapest that fits of</source>
        <translation>Le moins cher qui convient parmi</translation>
    </message>
    <message>
        <source>Try in turn (fallback)</source>
        <translation>Essayer tour à tour (repli)</translation>
    </message>
    <message>
        <source>Only accounts tagged</source>
        <translation>Seulement les comptes étiquetés</translation>
    </message>
    <message>
        <source>Redact sensitive data</source>
        <translation>Masquer les données sensibles</translation>
    </message>
    <message>
        <source>Block, saying</source>
        <translation>Bloquer, en disant</translation>
    </message>
    <message>
        <source>Rules are tried from the top; the first that matches chooses the models (with Auto on). Governance rules (only accounts tagged, redact, block) always apply, even to models you chose yourself. No match: the models you chose.</source>
        <translation>Les règles sont essayées à partir du haut&#xa0;; la première qui correspond choisit les modèles (avec Auto activé). Les règles de gouvernance (seulement les comptes étiquetés, masquer, bloquer) s’appliquent toujours, même aux modèles que vous avez choisis vous-même. Aucune correspondance&#xa0;: les modèles que vous avez choisis.</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Règles de routage</translation>
    </message>
    <message>
        <source>A&amp;dd Rule</source>
        <translation>A&amp;jouter une règle</translation>
    </message>
    <message>
        <source>Add a routing rule</source>
        <translation>Ajouter une règle de routage</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>Supprimer la règle sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Im&amp;porter…</translation>
    </message>
    <message>
        <source>Import rules from a file</source>
        <translation>Importer des règles depuis un fichier</translation>
    </message>
    <message>
        <source>Import Rules</source>
        <translation>Importer des règles</translation>
    </message>
    <message>
        <source>Rules (*.json)</source>
        <translation>Règles (*.json)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the rules to a file</source>
        <translation>Exporter les règles dans un fichier</translation>
    </message>
    <message>
        <source>Export Rules</source>
        <translation>Exporter les règles</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nom de la règle</translation>
    </message>
    <message>
        <source>When all of these hold (none: always)</source>
        <translation>Quand toutes ces conditions sont remplies (aucune&#xa0;: toujours)</translation>
    </message>
    <message>
        <source>Add C&amp;ondition</source>
        <translation>Ajouter une &amp;condition</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <source>What the rule does</source>
        <translation>Ce que fait la règle</translation>
    </message>
    <message>
        <source>Models, as account/model, separated by commas</source>
        <translation>Modèles, sous la forme compte/modèle, séparés par des virgules</translation>
    </message>
    <message>
        <source>openai/gpt-4.1-mini, anthropic/claude-sonnet-4-5</source>
        <translation>openai/gpt-4.1-mini, anthropic/claude-sonnet-4-5</translation>
    </message>
    <message>
        <source>Account tag</source>
        <translation>Étiquette de compte</translation>
    </message>
    <message>
        <source>local, eu, no-training …</source>
        <translation>local, eu, no-training …</translation>
    </message>
    <message>
        <source>Message shown when blocked</source>
        <translation>Message affiché en cas de blocage</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;hen:</source>
        <translation>Al&amp;ors&#xa0;:</translation>
    </message>
    <message>
        <source>Mode&amp;ls:</source>
        <translation>&amp;Modèles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Me&amp;ssage:</source>
        <translation>M&amp;essage&#xa0;:</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Try a prompt</source>
        <translation>Essayer un prompt</translation>
    </message>
    <message>
        <source>A prompt to try the rules on</source>
        <translation>Un prompt sur lequel essayer les règles</translation>
    </message>
    <message>
        <source>Type a prompt to see where the rules send it, and why.</source>
        <translation>Saisissez un prompt pour voir où les règles l’envoient, et pourquoi.</translation>
    </message>
    <message>
        <source>not</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Negate this condition</source>
        <translation>Inverser cette condition</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Condition value</source>
        <translation>Valeur de la condition</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Retirer cette condition</translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation>Condition %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not account/model, such as openai/gpt-4.1-mini.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme compte/modèle, comme openai/gpt-4.1-mini.</translation>
    </message>
    <message>
        <source>There is a rule “%1” already; names are unique.</source>
        <translation>Il y a déjà une règle «&#xa0;%1&#xa0;»&#xa0;; les noms sont uniques.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistrée.</translation>
    </message>
    <message>
        <source>Saved. Note: %1</source>
        <translation>Enregistrée. Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
    <message>
        <source>example</source>
        <translation>exemple</translation>
    </message>
    <message>
        <source>Type a prompt above to try the rules.</source>
        <translation>Saisissez un prompt ci-dessus pour essayer les règles.</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Bloqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent as: %1</source>
        <translation>Envoyé en tant que&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing imported from %1: %2</source>
        <translation>Rien n’a été importé de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Has attached files</source>
        <translation>A des fichiers joints</translation>
    </message>
    <message>
        <source>Has attached files of kind</source>
        <translation>A des fichiers joints du type</translation>
    </message>
    <message>
        <source>Has an attached file larger than (MB)</source>
        <translation>A un fichier joint de plus de (Mo)</translation>
    </message>
    <message>
        <source>Tools only for accounts tagged</source>
        <translation>Outils seulement pour les comptes étiquetés</translation>
    </message>
</context>
<context>
    <name>Quorum::SecretStore</name>
    <message>
        <source>No key is stored for %1.</source>
        <translation>Aucune clé n’est enregistrée pour %1.</translation>
    </message>
    <message>
        <source>No keychain is available (no Secret Service or KWallet is running): %1</source>
        <translation>Aucun trousseau de clés n’est disponible (ni Secret Service ni KWallet ne fonctionne)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Le trousseau de clés a refusé l’accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Le trousseau de clés a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::Settings</name>
    <message>
        <source>Cannot write the settings file %1.</source>
        <translation>Impossible d’écrire le fichier de paramètres %1.</translation>
    </message>
    <message>
        <source>The settings file %1 is not valid.</source>
        <translation>Le fichier de paramètres %1 n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>Quorum::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>&amp;Fournisseurs</translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation>Routa&amp;ge</translation>
    </message>
    <message>
        <source>system (the system&apos;s proxy settings)</source>
        <translation>system (les paramètres de proxy du système)</translation>
    </message>
    <message>
        <source>For every provider without its own proxy: system, none, http://host:port or socks5://host:port. A provider&apos;s own proxy is set on the Providers page.</source>
        <translation>Pour chaque fournisseur sans proxy propre&#xa0;: system, none, http://hôte:port ou socks5://hôte:port. Le proxy propre à un fournisseur se règle dans la page Fournisseurs.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>default (60 s)</source>
        <translation>par défaut (60 s)</translation>
    </message>
    <message>
        <source>Name: value, one per line; sent to every provider</source>
        <translation>Nom: valeur, un par ligne&#xa0;; envoyés à chaque fournisseur</translation>
    </message>
    <message>
        <source>Pr&amp;oxy:</source>
        <translation>&amp;Proxy&#xa0;:</translation>
    </message>
    <message>
        <source>Response &amp;timeout:</source>
        <translation>&amp;Délai de réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>En-têtes s&amp;upplémentaires&#xa0;:</translation>
    </message>
    <message>
        <source>A header is &quot;Name: value&quot;, not &quot;%1&quot;.</source>
        <translation>Un en-tête s’écrit «&#xa0;Nom: valeur&#xa0;», pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Réseau</translation>
    </message>
    <message>
        <source>&amp;Enter sends the prompt (Shift+Enter starts a new line)</source>
        <translation>&amp;Entrée envoie le prompt (Maj+Entrée commence une nouvelle ligne)</translation>
    </message>
    <message>
        <source>When off, Enter starts a new line and Ctrl+Enter sends.</source>
        <translation>Désactivé&#xa0;: Entrée commence une nouvelle ligne et Ctrl+Entrée envoie.</translation>
    </message>
    <message>
        <source>&amp;Composer</source>
        <translation>Sa&amp;isie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>Celle du système (%1)</translation>
    </message>
    <message>
        <source>Quorum speaks the new language from its next start.</source>
        <translation>Quorum parlera la nouvelle langue à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
</context>
<context>
    <name>Quorum::SpendCommand</name>
    <message>
        <source>all providers</source>
        <translation>tous les fournisseurs</translation>
    </message>
    <message>
        <source>%1: %2 of %3 this month (%4 %)</source>
        <translation>%1&#xa0;: %2 sur %3 ce mois-ci (%4&#xa0;%)</translation>
    </message>
    <message>
        <source>Budget exceeded: %1</source>
        <translation>Budget dépassé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Budget at 80 %: %1</source>
        <translation>Budget à 80&#xa0;%&#xa0;: %1</translation>
    </message>
    <message>
        <source>[--since DATE] [--by model|provider|day] [--json]</source>
        <translation>[--since DATE] [--by model|provider|day] [--json]</translation>
    </message>
    <message>
        <source>What the stored answers cost, from the costs stored with them, and the monthly budgets.</source>
        <translation>Ce qu’ont coûté les réponses enregistrées, d’après les coûts enregistrés avec elles, et les budgets mensuels.</translation>
    </message>
    <message>
        <source>From this day (YYYY-MM-DD, local time; default: the first of this month).</source>
        <translation>À partir de ce jour (AAAA-MM-JJ, heure locale&#xa0;; par défaut&#xa0;: le premier du mois).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Group by model, provider or day (default: model).</source>
        <translation>Regrouper par modèle, fournisseur ou jour (par défaut&#xa0;: modèle).</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>takes no arguments</source>
        <translation>ne prend aucun argument</translation>
    </message>
    <message>
        <source>--since needs a date such as 2026-11-01</source>
        <translation>--since demande une date comme 2026-11-01</translation>
    </message>
    <message>
        <source>--by is model, provider or day, not &apos;%1&apos;</source>
        <translation>--by vaut model, provider ou day, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Spent since %1: %2 for %n answer(s)</source>
        <translation>
            <numerusform>Dépensé depuis le %1&#xa0;: %2 pour %n réponse</numerusform>
            <numerusform>Dépensé depuis le %1&#xa0;: %2 pour %n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n of them estimated from the text (the provider sent no usage)</source>
        <translation>
            <numerusform>  %n d’entre elles estimée à partir du texte (le fournisseur n’a pas envoyé l’utilisation)</numerusform>
            <numerusform>  %n d’entre elles estimées à partir du texte (le fournisseur n’a pas envoyé l’utilisation)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n of them with an unknown cost, not counted (no price for the model)</source>
        <translation>
            <numerusform>  %n d’entre elles au coût inconnu, non comptée (pas de prix pour le modèle)</numerusform>
            <numerusform>  %n d’entre elles au coût inconnu, non comptées (pas de prix pour le modèle)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source> — exceeded</source>
        <translation> — dépassé</translation>
    </message>
    <message>
        <source> — over 80 %</source>
        <translation> — au-delà de 80&#xa0;%</translation>
    </message>
    <message>
        <source>Usage: quorum budget set|clear|list ...

  set USD [--provider ID]     a monthly budget, overall or for one provider account;
                              quorum warns at 80 % and at 100 %
  clear [--provider ID]       remove it
  list [--json]               the budgets and what was spent this month
</source>
        <translation>Utilisation&#xa0;: quorum budget set|clear|list ...

  set USD [--provider ID]     un budget mensuel, global ou pour un compte de fournisseur&#xa0;;
                              quorum avertit à 80&#xa0;% et à 100&#xa0;%
  clear [--provider ID]       le supprimer
  list [--json]               les budgets et ce qui a été dépensé ce mois-ci
</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (set, clear or list)</source>
        <translation>action inconnue «&#xa0;%1&#xa0;» (set, clear ou list)</translation>
    </message>
    <message>
        <source>Monthly budgets.</source>
        <translation>Budgets mensuels.</translation>
    </message>
    <message>
        <source>A provider account.</source>
        <translation>Un compte de fournisseur.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>budget set needs an amount in USD, such as 20 or 12.50</source>
        <translation>budget set demande un montant en USD, comme 20 ou 12.50</translation>
    </message>
    <message>
        <source>budget %1 takes no amount</source>
        <translation>budget %1 ne prend pas de montant</translation>
    </message>
    <message>
        <source>No budget is set.</source>
        <translation>Aucun budget n’est fixé.</translation>
    </message>
</context>
<context>
    <name>Quorum::StreamDecoder</name>
    <message>
        <source>The Converse response has no output.message.</source>
        <translation>La réponse de Converse n’a pas de output.message.</translation>
    </message>
    <message>
        <source>malformed JSON (%1 at offset %2): %3</source>
        <translation>JSON mal formé (%1 à la position %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>a JSON value that is no object: %1</source>
        <translation>une valeur JSON qui n’est pas un objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>The stream ended before the answer was complete.</source>
        <translation>Le flux s’est terminé avant que la réponse soit complète.</translation>
    </message>
</context>
<context>
    <name>Quorum::StreamError</name>
    <message>
        <source>AWS denied %1 access: allow the action in the IAM policy of its credentials.</source>
        <translation>AWS a refusé l’accès à %1&#xa0;: autorisez l’action dans la politique IAM de ses identifiants.</translation>
    </message>
    <message>
        <source>AWS denied %1 access to %2: enable the model under Bedrock&apos;s “Model access”, or allow it in the IAM policy of the credentials.</source>
        <translation>AWS a refusé à %1 l’accès à %2&#xa0;: activez le modèle sous «&#xa0;Model access&#xa0;» de Bedrock, ou autorisez-le dans la politique IAM des identifiants.</translation>
    </message>
    <message>
        <source>The AWS session token of %1 has expired: refresh the credentials.</source>
        <translation>Le jeton de session AWS de %1 a expiré&#xa0;: renouvelez les identifiants.</translation>
    </message>
    <message>
        <source>The key for %1 was refused.</source>
        <translation>La clé de %1 a été refusée.</translation>
    </message>
    <message>
        <source>%1 refused the request for billing reasons (quota or credits used up).</source>
        <translation>%1 a refusé la requête pour des raisons de facturation (quota ou crédits épuisés).</translation>
    </message>
    <message>
        <source>%1 does not know the model %2, or its base URL is wrong.</source>
        <translation>%1 ne connaît pas le modèle %2, ou son URL de base est fausse.</translation>
    </message>
    <message>
        <source>%1 rejected the request for %2.</source>
        <translation>%1 a rejeté la requête pour %2.</translation>
    </message>
    <message>
        <source>%1 is rate limiting requests.</source>
        <translation>%1 limite le débit des requêtes.</translation>
    </message>
    <message numerus="yes">
        <source>It asks to wait %n second(s).</source>
        <translation>
            <numerusform>Il demande d’attendre %n seconde.</numerusform>
            <numerusform>Il demande d’attendre %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is overloaded.</source>
        <translation>%1 est surchargé.</translation>
    </message>
    <message>
        <source>%1 had a server error.</source>
        <translation>%1 a eu une erreur de serveur.</translation>
    </message>
    <message>
        <source>Could not reach %1.</source>
        <translation>Impossible de joindre %1.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>%1 sent a response Quorum cannot read.</source>
        <translation>%1 a envoyé une réponse que Quorum ne peut pas lire.</translation>
    </message>
    <message>
        <source>The answer from %1 exceeded the size limit and was stopped.</source>
        <translation>La réponse de %1 a dépassé la taille maximale et a été arrêtée.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêtée.</translation>
    </message>
    <message>
        <source>%1 is not set up completely.</source>
        <translation>%1 n’est pas entièrement configuré.</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
</context>
<context>
    <name>Quorum::StreamTransport</name>
    <message>
        <source>The server redirected the request to %1, another address; Quorum sends keys only to the address configured.</source>
        <translation>Le serveur a redirigé la requête vers une autre adresse (%1) ; Quorum n’envoie les clés qu’à l’adresse configurée.</translation>
    </message>
</context>
<context>
    <name>Quorum::SubcommandParser</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Usage: quorum %1 %2</source>
        <translation>Utilisation&#xa0;: quorum %1 %2</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (%2)</source>
        <translation>action inconnue «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
</context>
<context>
    <name>Quorum::SynthesisRow</name>
    <message>
        <source>agree</source>
        <translation>accord</translation>
    </message>
    <message>
        <source>contradict</source>
        <translation>contradiction</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>unique</translation>
    </message>
    <message>
        <source>unstated</source>
        <translation>non affirmé</translation>
    </message>
    <message>
        <source>Claims of the answers</source>
        <translation>Affirmations des réponses</translation>
    </message>
    <message>
        <source>%1 · %2: %3 (%4)</source>
        <translation>%1 · %2&#xa0;: %3 (%4)</translation>
    </message>
    <message>
        <source>%1. %2 — %3 points, first in %4 of %5</source>
        <translation>%1. %2 — %3 points, premier dans %4 sur %5</translation>
    </message>
    <message>
        <source>Peer ranking (Borda):
</source>
        <translation>Classement entre pairs (Borda)&#xa0;:
</translation>
    </message>
    <message>
        <source>Where the answers agree (%1)</source>
        <translation>Où les réponses s’accordent (%1)</translation>
    </message>
    <message>
        <source>Synthesis shown</source>
        <translation>Synthèse affichée</translation>
    </message>
    <message>
        <source>The turn&apos;s syntheses, newest first: choose the one to show</source>
        <translation>Les synthèses du tour, la plus récente d&apos;abord : choisissez celle à afficher</translation>
    </message>
    <message>
        <source>The judge writes one answer from the ticked points only</source>
        <translation>Le juge écrit une réponse à partir des seuls points cochés</translation>
    </message>
    <message numerus="yes">
        <source>, %n point(s)</source>
        <translation>
            <numerusform>, %n point</numerusform>
            <numerusform>, %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%2 · %3</source>
        <translation>%1%2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Fuse the %n Ticked Point(s)</source>
        <translation>
            <numerusform>Fusionner le %n point coché</numerusform>
            <numerusform>Fusionner les %n points cochés</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick Points to Fuse Them</source>
        <translation>Cochez des points pour les fusionner</translation>
    </message>
</context>
<context>
    <name>Quorum::TargetParametersDialog</name>
    <message>
        <source>Parameters of %1</source>
        <translation>Paramètres de %1</translation>
    </message>
    <message>
        <source>needed: the model is chosen twice</source>
        <translation>requis&#xa0;: le modèle est choisi deux fois</translation>
    </message>
    <message>
        <source>none: this chip only</source>
        <translation>aucun&#xa0;: cette puce seulement</translation>
    </message>
    <message>
        <source>A variant&apos;s name saves these parameters under it, for any model: ACCOUNT/MODEL#NAME on the command line.</source>
        <translation>Le nom d’une variante enregistre ces paramètres sous ce nom, pour tout modèle&#xa0;: COMPTE/MODÈLE#NOM en ligne de commande.</translation>
    </message>
    <message>
        <source>&amp;Variant name:</source>
        <translation>Nom de &amp;variante&#xa0;:</translation>
    </message>
    <message>
        <source>(as they are)</source>
        <translation>(tels quels)</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>Partir &amp;de&#xa0;:</translation>
    </message>
    <message>
        <source>Its own system prompt</source>
        <translation>Son propre prompt système</translation>
    </message>
    <message>
        <source>Replaces the conversation&apos;s system prompt for this model</source>
        <translation>Remplace le prompt système de la conversation pour ce modèle</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Température</translation>
    </message>
    <message>
        <source>Top &amp;p</source>
        <translation>Top &amp;p</translation>
    </message>
    <message>
        <source>&amp;Maximum output tokens</source>
        <translation>&amp;Maximum de jetons de sortie</translation>
    </message>
    <message>
        <source>The provider&apos;s default</source>
        <translation>Le défaut du fournisseur</translation>
    </message>
    <message>
        <source>Effort: %1</source>
        <translation>Effort&#xa0;: %1</translation>
    </message>
    <message>
        <source>A budget of thinking tokens</source>
        <translation>Un budget de jetons de réflexion</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> jetons</translation>
    </message>
    <message>
        <source>&amp;Reasoning:</source>
        <translation>&amp;Réflexion&#xa0;:</translation>
    </message>
    <message>
        <source>Output &amp;JSON Schema</source>
        <translation>Schéma &amp;JSON de sortie</translation>
    </message>
    <message>
        <source>Give the variant a name: the model is chosen twice, and the name tells them apart.</source>
        <translation>Donnez un nom à la variante&#xa0;: le modèle est choisi deux fois, et le nom les distingue.</translation>
    </message>
    <message>
        <source>The output schema must be a JSON object.</source>
        <translation>Le schéma de sortie doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The output schema is not JSON: %1 (at character %2).</source>
        <translation>Le schéma de sortie n’est pas du JSON&#xa0;: %1 (au caractère %2).</translation>
    </message>
</context>
<context>
    <name>Quorum::TextExport</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>*Started %1*</source>
        <translation>*Commencée le %1*</translation>
    </message>
    <message>
        <source>**System prompt:**</source>
        <translation>**Prompt système&#xa0;:**</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>%1 in / %2 out tokens</source>
        <translation>%1 jetons en entrée / %2 en sortie</translation>
    </message>
    <message>
        <source>★ picked</source>
        <translation>★ choisie</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Arrêtée avant la fin.</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>une réponse</translation>
    </message>
    <message>
        <source>Synthesis (%1) by %2 · %3</source>
        <translation>Synthèse (%1) par %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2: %3 — %4</source>
        <translation>%1 · %2&#xa0;: %3 — %4</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Joint&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::ToolBox</name>
    <message>
        <source>the server was stopped: its settings changed</source>
        <translation>le serveur a été arrêté&#xa0;: ses réglages ont changé</translation>
    </message>
    <message>
        <source>The tool server “%1” is not configured.</source>
        <translation>Le serveur d&apos;outils « %1 » n&apos;est pas configuré.</translation>
    </message>
    <message>
        <source>The tool server “%1” is not available: %2</source>
        <translation>Le serveur d&apos;outils « %1 » n&apos;est pas disponible&#xa0;: %2</translation>
    </message>
    <message>
        <source>it did not start</source>
        <translation>il n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>There is no tool named “%1”.</source>
        <translation>Il n&apos;y a pas d&apos;outil nommé « %1 ».</translation>
    </message>
    <message>
        <source>The model called a tool it was not offered.</source>
        <translation>Le modèle a appelé un outil qui ne lui était pas offert.</translation>
    </message>
    <message>
        <source>The arguments were not a JSON object: %1</source>
        <translation>Les arguments n&apos;étaient pas un objet JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>The model&apos;s arguments were not JSON.</source>
        <translation>Les arguments du modèle n&apos;étaient pas du JSON.</translation>
    </message>
    <message>
        <source>The tool server “%1” is not running.</source>
        <translation>Le serveur d&apos;outils « %1 » ne tourne pas.</translation>
    </message>
    <message>
        <source>The user does not allow this tool.</source>
        <translation>L&apos;utilisateur n&apos;autorise pas cet outil.</translation>
    </message>
    <message>
        <source>Denied by the tool&apos;s setting.</source>
        <translation>Refusé par le réglage de l&apos;outil.</translation>
    </message>
    <message>
        <source>The user did not allow this call.</source>
        <translation>L&apos;utilisateur n&apos;a pas autorisé cet appel.</translation>
    </message>
    <message>
        <source>Denied by the user.</source>
        <translation>Refusé par l&apos;utilisateur.</translation>
    </message>
    <message numerus="yes">
        <source>[%n more character(s) of the result were cut]</source>
        <translation>
            <numerusform>[%n caractère de plus du résultat a été coupé]</numerusform>
            <numerusform>[%n caractères de plus du résultat ont été coupés]</numerusform>
        </translation>
    </message>
    <message>
        <source>The result was cut to %L1 characters.</source>
        <translation>Le résultat a été coupé à %L1 caractères.</translation>
    </message>
    <message>
        <source>The tool call failed: %1</source>
        <translation>L&apos;appel d&apos;outil a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>the web search settings changed</source>
        <translation>les réglages de la recherche web ont changé</translation>
    </message>
    <message>
        <source>The shared web search was not made: %1</source>
        <translation>La recherche web partagée n&apos;a pas été faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Searched once: every answer of this turn was given the same results.</source>
        <translation>Une seule recherche&#xa0;: chaque réponse de ce tour a reçu les mêmes résultats.</translation>
    </message>
    <message>
        <source>A web search was made for this question before you answer; use its results where they help, and cite the ones you use by number, as [1].</source>
        <translation>Une recherche web a été faite pour cette question avant votre réponse&#xa0;; utilisez ses résultats là où ils aident, et citez ceux que vous utilisez par leur numéro, comme [1].</translation>
    </message>
    <message>
        <source>The search was not made: %1</source>
        <translation>La recherche n&apos;a pas été faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>no web search service is set up (Settings → Tools, or quorum websearch set)</source>
        <translation>aucun service de recherche web n&apos;est configuré (Réglages → Outils, ou quorum websearch set)</translation>
    </message>
</context>
<context>
    <name>Quorum::ToolStep</name>
    <message>
        <source>tool error</source>
        <translation>erreur de l&apos;outil</translation>
    </message>
    <message>
        <source>ran</source>
        <translation>exécuté</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
    <message>
        <source>shared web search</source>
        <translation>recherche web partagée</translation>
    </message>
    <message>
        <source>web search</source>
        <translation>recherche web</translation>
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
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>Tool calls</source>
        <translation>Appels d&apos;outils</translation>
    </message>
    <message>
        <source>Remember for this tool</source>
        <translation>Retenir pour cet outil</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Tool call: %1</source>
        <translation>Appel d&apos;outil&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 on the server “%2”</source>
        <translation>%1 sur le serveur « %2 »</translation>
    </message>
    <message>
        <source>The model wants to call %1 on the tool server “%2”. Allow it?</source>
        <translation>Le modèle veut appeler %1 sur le serveur d&apos;outils « %2 ». L&apos;autoriser&#xa0;?</translation>
    </message>
    <message>
        <source>Remember the answer for this tool</source>
        <translation>Retenir la réponse pour cet outil</translation>
    </message>
    <message>
        <source>Allow this tool call</source>
        <translation>Autoriser cet appel d&apos;outil</translation>
    </message>
    <message>
        <source>Deny this tool call</source>
        <translation>Refuser cet appel d&apos;outil</translation>
    </message>
    <message>
        <source>Sources of the web search</source>
        <translation>Sources de la recherche web</translation>
    </message>
</context>
<context>
    <name>Quorum::ToolsPage</name>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Serveurs MCP</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Command or address</source>
        <translation>Commande ou adresse</translation>
    </message>
    <message>
        <source>Add an MCP server</source>
        <translation>Ajouter un serveur MCP</translation>
    </message>
    <message>
        <source>Remove the selected MCP server</source>
        <translation>Supprimer le serveur MCP choisi</translation>
    </message>
    <message>
        <source>&amp;List Its Tools</source>
        <translation>&amp;Lister ses outils</translation>
    </message>
    <message>
        <source>Start the selected server and list its tools</source>
        <translation>Démarrer le serveur choisi et lister ses outils</translation>
    </message>
    <message>
        <source>The selected server&apos;s tools</source>
        <translation>Les outils du serveur choisi</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>When a model calls it</source>
        <translation>Quand un modèle l&apos;appelle</translation>
    </message>
    <message>
        <source>A server&apos;s environment variables and headers (tokens) are set with quorum mcp add; their values are kept in the system keychain.</source>
        <translation>Les variables d&apos;environnement et en-têtes d&apos;un serveur (jetons) se définissent avec quorum mcp add&#xa0;; leurs valeurs sont gardées dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Rounds of tool calls an answer may make</source>
        <translation>Tours d&apos;appels d&apos;outils qu&apos;une réponse peut faire</translation>
    </message>
    <message>
        <source>Rounds of tool calls an answer may make:</source>
        <translation>Tours d&apos;appels d&apos;outils par réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Web search</source>
        <translation>Recherche web</translation>
    </message>
    <message>
        <source>Web search service</source>
        <translation>Service de recherche web</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>none; “local” for a SearXNG of your own</source>
        <translation>aucune&#xa0;; « local » pour votre propre SearXNG</translation>
    </message>
    <message>
        <source>When a model calls the web search</source>
        <translation>Quand un modèle appelle la recherche web</translation>
    </message>
    <message>
        <source>Save the web search settings</source>
        <translation>Enregistrer les réglages de la recherche web</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Search for “Qt” with the saved settings</source>
        <translation>Chercher « Qt » avec les réglages enregistrés</translation>
    </message>
    <message>
        <source>Choose it per conversation in the composer&apos;s Tools menu: as a tool the models may call, or shared (one search with the prompt, the same results for every model, listed under each answer).</source>
        <translation>Choisissez-la par conversation dans le menu Outils de la zone de saisie&#xa0;: comme outil que les modèles peuvent appeler, ou partagée (une recherche avec le prompt, les mêmes résultats pour chaque modèle, listés sous chaque réponse).</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Res&amp;ults:</source>
        <translation>Rés&amp;ultats&#xa0;:</translation>
    </message>
    <message>
        <source>Ta&amp;gs for the rules:</source>
        <translation>Étiquettes pour les règl&amp;es&#xa0;:</translation>
    </message>
    <message>
        <source>https://searx.example.org (its JSON format enabled)</source>
        <translation>https://searx.example.org (format JSON activé)</translation>
    </message>
    <message>
        <source>the service&apos;s own API</source>
        <translation>l&apos;API du service</translation>
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
        <translation>Coché&#xa0;: les conversations peuvent utiliser ses outils</translation>
    </message>
    <message>
        <source>When a model calls %1</source>
        <translation>Quand un modèle appelle %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add an MCP Server</source>
        <translation>Ajouter un serveur MCP</translation>
    </message>
    <message>
        <source>How Quorum reaches the server</source>
        <translation>Comment Quorum joint le serveur</translation>
    </message>
    <message>
        <source>A program Quorum starts (stdio)</source>
        <translation>Un programme que Quorum démarre (stdio)</translation>
    </message>
    <message>
        <source>An address (Streamable HTTP)</source>
        <translation>Une adresse (Streamable HTTP)</translation>
    </message>
    <message>
        <source>npx -y @modelcontextprotocol/server-filesystem ~/notes</source>
        <translation>npx -y @modelcontextprotocol/server-filesystem ~/notes</translation>
    </message>
    <message>
        <source>https://mcp.example.com/mcp</source>
        <translation>https://mcp.example.com/mcp</translation>
    </message>
    <message>
        <source>Add the server</source>
        <translation>Ajouter le serveur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Command or address:</source>
        <translation>&amp;Commande ou adresse&#xa0;:</translation>
    </message>
    <message>
        <source>A name is letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (it names the server&apos;s tools).</source>
        <translation>Un nom se compose de lettres, de chiffres, de &apos;-&apos;, &apos;_&apos; et &apos;.&apos; (il nomme les outils du serveur).</translation>
    </message>
    <message>
        <source>“web” is the built-in web search; choose another name.</source>
        <translation>« web » est la recherche web intégrée&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The address is an http or https URL.</source>
        <translation>L&apos;adresse est une URL http ou https.</translation>
    </message>
    <message>
        <source>Say which program to start, with its arguments.</source>
        <translation>Indiquez quel programme démarrer, avec ses arguments.</translation>
    </message>
    <message>
        <source>Remove an MCP Server</source>
        <translation>Supprimer un serveur MCP</translation>
    </message>
    <message>
        <source>Remove the server “%1”? Conversations that use it go on without its tools.</source>
        <translation>Supprimer le serveur « %1 »&#xa0;? Les conversations qui l&apos;utilisent continuent sans ses outils.</translation>
    </message>
    <message>
        <source>kept in the keychain; type to replace it</source>
        <translation>gardée dans le trousseau&#xa0;; tapez pour la remplacer</translation>
    </message>
    <message>
        <source>SearXNG needs the instance&apos;s address.</source>
        <translation>SearXNG a besoin de l&apos;adresse de l&apos;instance.</translation>
    </message>
    <message>
        <source>There is no keychain to keep the API key in.</source>
        <translation>Il n&apos;y a pas de trousseau où garder la clé d&apos;API.</translation>
    </message>
    <message>
        <source>The API key stays out of files, and the keychain cannot keep it: %1</source>
        <translation>La clé d&apos;API reste hors des fichiers, et le trousseau ne peut pas la garder&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Web search is off.</source>
        <translation>La recherche web est désactivée.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>The search worked and found nothing.</source>
        <translation>La recherche a fonctionné et n&apos;a rien trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>The search worked: %n result(s), the first “%1”.</source>
        <translation>
            <numerusform>La recherche a fonctionné : %n résultat, le premier « %1 ».</numerusform>
            <numerusform>La recherche a fonctionné : %n résultats, le premier « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When a model calls it:</source>
        <translation>Quand un &amp;modèle l&apos;appelle&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Quorum::TurnPages</name>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Il n’y a pas de conversation %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
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
        <translation>Vous</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit this prompt and send it again as a new branch</source>
        <translation>Modifier ce prompt et l’envoyer à nouveau comme nouvelle branche</translation>
    </message>
    <message>
        <source>Edit prompt</source>
        <translation>Modifier le prompt</translation>
    </message>
    <message>
        <source>+ Model</source>
        <translation>+ Modèle</translation>
    </message>
    <message>
        <source>Ask another model this prompt, with the same history</source>
        <translation>Poser ce prompt à un autre modèle, avec le même historique</translation>
    </message>
    <message>
        <source>Add a model to this turn</source>
        <translation>Ajouter un modèle à ce tour</translation>
    </message>
    <message>
        <source>Synthesize</source>
        <translation>Synthétiser</translation>
    </message>
    <message>
        <source>Let a judge model fuse, list, score or rank these answers and map where they disagree</source>
        <translation>Faire fusionner, lister, noter ou classer ces réponses par un modèle juge et montrer où elles divergent</translation>
    </message>
    <message>
        <source>Synthesize the answers</source>
        <translation>Synthétiser les réponses</translation>
    </message>
    <message>
        <source>Fuse into One Answer</source>
        <translation>Fusionner en une réponse</translation>
    </message>
    <message>
        <source>Checklist of Points</source>
        <translation>Liste des points</translation>
    </message>
    <message>
        <source>Scored Table</source>
        <translation>Tableau de notes</translation>
    </message>
    <message>
        <source>Peer Ranking (the Models Rank Each Other)</source>
        <translation>Classement entre pairs (les modèles se classent)</translation>
    </message>
    <message>
        <source>Choose the Judge…</source>
        <translation>Choisir le juge…</translation>
    </message>
    <message>
        <source>an answer no longer shown</source>
        <translation>une réponse qui n’est plus affichée</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Réponse %1</translation>
    </message>
    <message>
        <source>Fuse Every Turn of This Conversation</source>
        <translation>Fusionner chaque tour de cette conversation</translation>
    </message>
    <message>
        <source>When a turn&apos;s answers have ended, the judge fuses them (off by default: it costs a request)</source>
        <translation>Quand les réponses d’un tour sont terminées, le juge les fusionne (désactivé par défaut&#xa0;: cela coûte une requête)</translation>
    </message>
    <message>
        <source>Your Modes</source>
        <translation>Vos modes</translation>
    </message>
    <message>
        <source>%1 (based on %2)</source>
        <translation>%1 (fondé sur %2)</translation>
    </message>
    <message>
        <source>Judge Modes…</source>
        <translation>Modes de juge…</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Joint&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::VariantStore</name>
    <message>
        <source>A variant&apos;s name is up to 64 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit (&apos;%1&apos; is not).</source>
        <translation>Le nom d’une variante compte jusqu’à 64 lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;-&#xa0;» ou «&#xa0;_&#xa0;» et commence par une lettre ou un chiffre («&#xa0;%1&#xa0;» non).</translation>
    </message>
    <message>
        <source>There is no variant named &apos;%1&apos;.</source>
        <translation>Il n’y a pas de variante nommée «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Quorum::VariantsCommand</name>
    <message>
        <source>expected one variant name</source>
        <translation>un nom de variante attendu</translation>
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
        <translation>Usage&#xa0;: quorum variants [list|show|add|remove] ...

  list [--json]            les variantes et leurs paramètres
  show NAME [--json]       une variante
  add NAME [paramètres]    une variante (voir variants add --help)&#xa0;;
                           l’ajouter à nouveau crée une nouvelle version
  remove NAME              retirer une variante (les réponses gardent la leur)

Une cible l’utilise sous la forme COMPTE/MODÈLE#NOM.
</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>Lists the variants and their parameters.</source>
        <translation>Liste les variantes et leurs paramètres.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>No variants yet: quorum variants add NAME --temperature 0.2 ...</source>
        <translation>Pas encore de variantes&#xa0;: quorum variants add NAME --temperature 0.2 ...</translation>
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
        <translation>Affiche les paramètres d’une variante.</translation>
    </message>
    <message>
        <source>The variant&apos;s name.</source>
        <translation>Le nom de la variante.</translation>
    </message>
    <message>
        <source># %1, version %2</source>
        <translation># %1, version %2</translation>
    </message>
    <message>
        <source>NAME [--system TEXT] [--temperature T] [--top-p P] [--max-tokens N] [--effort LEVEL] [--reasoning-budget N] [--schema FILE]</source>
        <translation>NAME [--system TEXT] [--temperature T] [--top-p P] [--max-tokens N] [--effort LEVEL] [--reasoning-budget N] [--schema FILE]</translation>
    </message>
    <message>
        <source>Adds a variant: parameters a target is asked with when written ACCOUNT/MODEL#NAME. Each provider is sent them in its own fields, and what a model does not take is said before anything is sent. Adding a name again replaces its parameters and raises its version.</source>
        <translation>Ajoute une variante&#xa0;: des paramètres envoyés à une cible écrite COMPTE/MODÈLE#NOM. Chaque fournisseur les reçoit dans ses propres champs, et ce qu’un modèle n’accepte pas est dit avant tout envoi. Ajouter à nouveau un nom remplace ses paramètres et augmente sa version.</translation>
    </message>
    <message>
        <source>a variant needs at least one parameter</source>
        <translation>une variante demande au moins un paramètre</translation>
    </message>
    <message>
        <source>Variant &apos;%1&apos; is at version %2: %3</source>
        <translation>La variante «&#xa0;%1&#xa0;» est à la version %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Removes a variant; answers asked with it keep their parameters.</source>
        <translation>Retire une variante&#xa0;; les réponses demandées avec elle gardent leurs paramètres.</translation>
    </message>
</context>
<context>
    <name>Quorum::WebSearch</name>
    <message>
        <source>“%1” is not an http or https URL</source>
        <translation>« %1 » n&apos;est pas une URL http ou https</translation>
    </message>
    <message>
        <source>the search has no query</source>
        <translation>la recherche n&apos;a pas de requête</translation>
    </message>
    <message>
        <source>the search service answered more than %1 MB</source>
        <translation>le service de recherche a répondu plus de %1 Mo</translation>
    </message>
    <message>
        <source>%1 did not answer in %2 s</source>
        <translation>%1 n&apos;a pas répondu en %2 s</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 n&apos;a pas pu être joint&#xa0;: %2</translation>
    </message>
    <message>
        <source>no web search service is set up (Settings → Tools, or quorum websearch set)</source>
        <translation>aucun service de recherche web n&apos;est configuré (Réglages → Outils, ou quorum websearch set)</translation>
    </message>
    <message>
        <source>%1 needs an API key (Settings → Tools, or quorum websearch set)</source>
        <translation>%1 a besoin d&apos;une clé d&apos;API (Réglages → Outils, ou quorum websearch set)</translation>
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
        <translation>Usage&#xa0;: quorum websearch set|show|off|run ...

  set searxng --url URL            une instance SearXNG (format JSON activé)
  set brave | set tavily           une API hébergée&#xa0;; sa clé est lue sur l&apos;entrée
                                   standard
      [--results N] [--tag TAG] [--approval allow|ask|deny]
  show [--json]                    le service choisi, et si sa clé est là
  off                              pas de recherche web (la clé est supprimée)
  run [--json] REQUÊTE             chercher maintenant et afficher les résultats

Les modèles s&apos;en servent quand les outils d&apos;une conversation l&apos;incluent&#xa0;:
quorum ask --search tool (un outil qu&apos;ils peuvent appeler) ou --search shared
(une recherche par prompt, les mêmes résultats pour chaque modèle).
</translation>
    </message>
    <message>
        <source>SERVICE [--url URL] [--results N] [--tag TAG ...] [--approval allow|ask|deny]</source>
        <translation>SERVICE [--url URL] [--results N] [--tag TAG ...] [--approval allow|ask|deny]</translation>
    </message>
    <message>
        <source>Sets the web search service: searxng (an instance&apos;s URL), brave or tavily (an API key, read from standard input and kept in the system keychain, never in a file).</source>
        <translation>Choisit le service de recherche web&#xa0;: searxng (l&apos;URL d&apos;une instance), brave ou tavily (une clé d&apos;API, lue sur l&apos;entrée standard et gardée dans le trousseau du système, jamais dans un fichier).</translation>
    </message>
    <message>
        <source>SearXNG: the instance. Brave, Tavily: another address of their API (a proxy).</source>
        <translation>SearXNG&#xa0;: l&apos;instance. Brave, Tavily&#xa0;: une autre adresse de leur API (un proxy).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>How many results a search returns (1-20, default 5).</source>
        <translation>Combien de résultats une recherche renvoie (1-20, 5 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>A tag of the service for the rules (repeatable): &quot;local&quot; for a SearXNG of your own lets searches hold what only local accounts may see.</source>
        <translation>Une étiquette du service pour les règles (répétable)&#xa0;: &quot;local&quot; pour votre propre SearXNG permet aux recherches de contenir ce que seuls les comptes locaux peuvent voir.</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>When a model calls the search: allow, ask (default) or deny.</source>
        <translation>Quand un modèle appelle la recherche&#xa0;: allow, ask (par défaut) ou deny.</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>autorisation</translation>
    </message>
    <message>
        <source>searxng, brave or tavily.</source>
        <translation>searxng, brave ou tavily.</translation>
    </message>
    <message>
        <source>expected one SERVICE: searxng, brave or tavily</source>
        <translation>un SERVICE attendu&#xa0;: searxng, brave ou tavily</translation>
    </message>
    <message>
        <source>--url needs an http or https URL</source>
        <translation>--url demande une URL http ou https</translation>
    </message>
    <message>
        <source>searxng needs --url: the instance&apos;s address</source>
        <translation>searxng demande --url&#xa0;: l&apos;adresse de l&apos;instance</translation>
    </message>
    <message>
        <source>--results is 1 to 20</source>
        <translation>--results va de 1 à 20</translation>
    </message>
    <message>
        <source>--approval is allow, ask or deny</source>
        <translation>--approval est allow, ask ou deny</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>Clé d&apos;API pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>no API key was given on standard input</source>
        <translation>aucune clé d&apos;API n&apos;a été donnée sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>the API key stays out of files, and the keychain cannot keep it: %1</source>
        <translation>la clé d&apos;API reste hors des fichiers, et le trousseau ne peut pas la garder&#xa0;: %1</translation>
    </message>
    <message>
        <source>Web search: %1%2</source>
        <translation>Recherche web&#xa0;: %1%2</translation>
    </message>
    <message>
        <source>Try it: quorum websearch run &quot;a question&quot;</source>
        <translation>Essayez&#xa0;: quorum websearch run &quot;une question&quot;</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>Shows the web search service.</source>
        <translation>Affiche le service de recherche web.</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>No web search is set up (quorum websearch set).</source>
        <translation>Aucune recherche web n&apos;est configurée (quorum websearch set).</translation>
    </message>
    <message>
        <source>Service:  %1</source>
        <translation>Service&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Address:  %1</source>
        <translation>Adresse&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Results:  %1</source>
        <translation>Résultats&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tags:     %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Approval: %1</source>
        <translation>Autorisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>API key:  in the keychain</source>
        <translation>Clé d&apos;API&#xa0;: dans le trousseau</translation>
    </message>
    <message>
        <source>API key:  missing (quorum websearch set)</source>
        <translation>Clé d&apos;API&#xa0;: absente (quorum websearch set)</translation>
    </message>
    <message>
        <source>Turns web search off and removes its API key.</source>
        <translation>Désactive la recherche web et supprime sa clé d&apos;API.</translation>
    </message>
    <message>
        <source>Web search is off.</source>
        <translation>La recherche web est désactivée.</translation>
    </message>
    <message>
        <source>[--json] QUERY</source>
        <translation>[--json] REQUÊTE</translation>
    </message>
    <message>
        <source>Searches the web with the service set, and prints the results.</source>
        <translation>Cherche sur le web avec le service choisi, et affiche les résultats.</translation>
    </message>
    <message>
        <source>What to search for.</source>
        <translation>Ce qu&apos;il faut chercher.</translation>
    </message>
    <message>
        <source>expected a QUERY</source>
        <translation>une REQUÊTE attendue</translation>
    </message>
    <message>
        <source>no web search service is set up (quorum websearch set)</source>
        <translation>aucun service de recherche web n&apos;est configuré (quorum websearch set)</translation>
    </message>
</context>
<context>
    <name>Quorum::WebSearchTool</name>
    <message>
        <source>the search was stopped</source>
        <translation>la recherche a été arrêtée</translation>
    </message>
    <message>
        <source>web search is not set up</source>
        <translation>la recherche web n&apos;est pas configurée</translation>
    </message>
    <message>
        <source>there is no tool “%1”</source>
        <translation>il n&apos;y a pas d&apos;outil « %1 »</translation>
    </message>
    <message>
        <source>the search has no query</source>
        <translation>la recherche n&apos;a pas de requête</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no web search service is set up (Settings → Tools, or quorum websearch set)</source>
        <translation>aucun service de recherche web n&apos;est configuré (Réglages → Outils, ou quorum websearch set)</translation>
    </message>
    <message>
        <source>%1 needs an API key (Settings → Tools, or quorum websearch set)</source>
        <translation>%1 a besoin d&apos;une clé d&apos;API (Réglages → Outils, ou quorum websearch set)</translation>
    </message>
</context>
<context>
    <name>Quorum::WebSearchWire</name>
    <message>
        <source>%1 answered with something that is not JSON</source>
        <translation>%1 a répondu par autre chose que du JSON</translation>
    </message>
    <message>
        <source>%1 answered without results</source>
        <translation>%1 a répondu sans résultats</translation>
    </message>
    <message>
        <source>the SearXNG instance does not serve JSON (HTTP 403): enable “json” under search → formats in its settings.yml, or choose another instance</source>
        <translation>l&apos;instance SearXNG ne sert pas de JSON (HTTP 403)&#xa0;: activez « json » sous search → formats dans son settings.yml, ou choisissez une autre instance</translation>
    </message>
    <message>
        <source>%1 refused the API key (HTTP %2)%3: check it in Settings → Tools</source>
        <translation>%1 a refusé la clé d&apos;API (HTTP %2)%3&#xa0;: vérifiez-la dans Réglages → Outils</translation>
    </message>
    <message>
        <source>%1 says too many searches for now (HTTP 429)%2: try again shortly</source>
        <translation>%1 signale trop de recherches pour l&apos;instant (HTTP 429)%2&#xa0;: réessayez sous peu</translation>
    </message>
    <message>
        <source>%1 says the plan&apos;s searches are spent (HTTP %2)%3</source>
        <translation>%1 signale que les recherches de l&apos;offre sont épuisées (HTTP %2)%3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3</source>
        <translation>%1 a répondu HTTP %2%3</translation>
    </message>
    <message>
        <source>The web search for “%1” found nothing.</source>
        <translation>La recherche web de « %1 » n&apos;a rien trouvé.</translation>
    </message>
    <message>
        <source>Web search results for “%1”:</source>
        <translation>Résultats de la recherche web pour « %1 »&#xa0;:</translation>
    </message>
</context>
</TS>
