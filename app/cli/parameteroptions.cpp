// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "cli/parameteroptions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
enum Option { System, Temperature, TopP, MaxTokens, Effort, Budget, Schema };
} // namespace

ParameterOptions::ParameterOptions(bool withSystem)
    : m_withSystem(withSystem)
{
    m_options = {
        QCommandLineOption(u"system"_s, tr("A system prompt."), tr("text")),
        QCommandLineOption(u"temperature"_s, tr("Sampling temperature."), tr("t")),
        QCommandLineOption(u"top-p"_s, tr("Nucleus sampling: 0 to 1."), tr("p")),
        QCommandLineOption(u"max-tokens"_s, tr("The most tokens each answer may have."), tr("n")),
        QCommandLineOption(u"effort"_s,
            tr("Reasoning effort: none, minimal, low, medium or high (mapped per provider)."),
            tr("level")),
        QCommandLineOption(u"reasoning-budget"_s, tr("Thinking tokens, for providers that take a budget."), tr("n")),
        QCommandLineOption(u"schema"_s, tr("A JSON Schema file the answer must follow."), tr("file")),
    };
}

void ParameterOptions::addTo(QCommandLineParser &parser) const
{
    for (int i = 0; i < m_options.size(); ++i) {
        if (i != System || m_withSystem) {
            parser.addOption(m_options.at(i));
        }
    }
}

std::expected<GenerationParameters, QString> ParameterOptions::read(const QCommandLineParser &parser) const
{
    // The values become the JSON of a variant, read by its one reader: the same rules and
    // messages as a variant file.
    QJsonObject json;
    const auto number = [&](Option option, const QString &key) -> std::expected<void, QString> {
        if (!parser.isSet(m_options.at(option))) {
            return {};
        }
        bool ok = false;
        const double value = parser.value(m_options.at(option)).toDouble(&ok);
        if (!ok) {
            return std::unexpected(tr("--%1 needs a number").arg(m_options.at(option).names().constFirst()));
        }
        json.insert(key, value);
        return {};
    };
    for (const auto &[option, key] : {std::pair {Temperature, u"temperature"_s},
             std::pair {TopP, u"top_p"_s},
             std::pair {MaxTokens, u"max_tokens"_s},
             std::pair {Budget, u"reasoning_budget"_s}}) {
        if (auto read = number(option, key); !read) {
            return std::unexpected(read.error());
        }
    }
    if (m_withSystem && parser.isSet(m_options.at(System))) {
        json.insert("system"_L1, parser.value(m_options.at(System)));
    }
    if (parser.isSet(m_options.at(Effort))) {
        json.insert("reasoning_effort"_L1, parser.value(m_options.at(Effort)));
    }
    if (parser.isSet(m_options.at(Schema))) {
        const QString path = parser.value(m_options.at(Schema));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return std::unexpected(tr("cannot read %1: %2").arg(path, file.errorString()));
        }
        QJsonParseError error;
        const QJsonDocument schema = QJsonDocument::fromJson(file.readAll(), &error);
        if (!schema.isObject()) {
            return std::unexpected(tr("%1 is not a JSON Schema object: %2")
                    .arg(path,
                        error.error == QJsonParseError::NoError ? tr("it is not an object") : error.errorString()));
        }
        json.insert("output_schema"_L1, schema.object());
    }
    auto parameters = GenerationParameters::fromJson(json);
    if (!parameters) {
        return parameters;
    }
    if (const QStringList problems = parameters->problems(); !problems.isEmpty()) {
        return std::unexpected(problems.join(u' '));
    }
    return parameters;
}

} // namespace Quorum
