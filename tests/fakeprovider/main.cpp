// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// quorum-fakeprovider: the fake provider server as a program, for manual runs,
// screenshots and benchmarks. Listens on 127.0.0.1 only.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "fakeproviderserver.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"quorum-fakeprovider"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A fake LLM provider on 127.0.0.1 speaking the OpenAI (also /mistral/v1, /openrouter/api/v1, Azure, "
        "Responses), Anthropic, Gemini and Ollama protocols.\n"
        "Model names script the answer: fake+deltas=N+delay=MS+chunk=N+reasoning=N+status=N+retry-after=S+"
        "stall=N+drop=N+error=N+truncate=N; a model containing 'echo' echoes the prompt."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"Port to listen on (0: any free port)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption keyOption(u"require-key"_s, u"Refuse requests without this API key."_s, u"KEY"_s);
    const QCommandLineOption modelsOption(u"models"_s, u"Comma-separated model list to offer."_s, u"LIST"_s);
    parser.addOptions({portOption, keyOption, modelsOption});
    parser.process(app);

    Quorum::Fake::FakeProviderServer server;
    if (parser.isSet(keyOption)) {
        server.setRequiredKey(parser.value(keyOption));
    }
    if (parser.isSet(modelsOption)) {
        server.setModels(parser.value(modelsOption).split(u','));
    }
    if (!server.listen(static_cast<quint16>(parser.value(portOption).toUInt()))) {
        QTextStream(stderr) << "quorum-fakeprovider: cannot listen on 127.0.0.1:" << parser.value(portOption) << '\n';
        return 1;
    }
    QTextStream(stdout) << "listening on http://127.0.0.1:" << server.port() << Qt::endl;
    return QCoreApplication::exec();
}
