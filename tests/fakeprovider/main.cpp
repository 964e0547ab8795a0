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
        "Responses), Anthropic, Gemini, Ollama and AWS Bedrock protocols.\n"
        "Model names script the answer: fake+deltas=N+delay=MS+chunk=N+reasoning=N+status=N+retry-after=S+"
        "stall=N+drop=N+error=N+truncate=N; a model containing 'echo' echoes the prompt."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"Port to listen on (0: any free port)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption keyOption(u"require-key"_s, u"Refuse requests without this API key."_s, u"KEY"_s);
    const QCommandLineOption modelsOption(u"models"_s, u"Comma-separated model list to offer."_s, u"LIST"_s);
    const QCommandLineOption awsOption(u"aws-key"_s,
        u"Bedrock requests must be SigV4-signed with this access key (ACCESS_KEY_ID:SECRET[:SESSION_TOKEN])."_s,
        u"KEY"_s);
    const QCommandLineOption regionOption(u"aws-region"_s,
        u"The region Bedrock signatures are scoped to (default us-east-1)."_s,
        u"REGION"_s,
        u"us-east-1"_s);
    parser.addOptions({portOption, keyOption, modelsOption, awsOption, regionOption});
    parser.process(app);

    Quorum::Fake::FakeProviderServer server;
    if (parser.isSet(keyOption)) {
        server.setRequiredKey(parser.value(keyOption));
    }
    if (parser.isSet(awsOption)) {
        const QStringList parts = parser.value(awsOption).split(u':');
        if (parts.size() < 2) {
            QTextStream(stderr) << "quorum-fakeprovider: --aws-key is ACCESS_KEY_ID:SECRET[:SESSION_TOKEN]\n";
            return 2;
        }
        server.setAwsCredentials({parts.at(0), parts.at(1), parts.value(2)}, parser.value(regionOption));
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
