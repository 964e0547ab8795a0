// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "experiment/experimentfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "experiment/checks.h"
#include "storage/promptstore.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
std::expected<QList<ExperimentCheck>, QString> checksFrom(const QJsonValue &value, const QString &where)
{
    QList<ExperimentCheck> checks;
    if (value.isUndefined()) {
        return checks;
    }
    if (!value.isArray()) {
        return std::unexpected(ExperimentFile::tr("%1: \"checks\" must be a list").arg(where));
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto check = ExperimentCheck::fromJson(array.at(i).toObject());
        if (!check) {
            return std::unexpected(ExperimentFile::tr("%1, check %2: %3").arg(where).arg(i + 1).arg(check.error()));
        }
        checks.append(*check);
    }
    return checks;
}
} // namespace

QString Experiment::promptFor(const ExperimentCase &row) const
{
    return Checks::fill(prompt, row.variables);
}

std::expected<QList<ExperimentCase>, QString> ExperimentFile::readCsv(const QString &input)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    QList<QStringList> records;
    QList<int> lines; // where each record starts
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    const auto endField = [&] {
        record << field;
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        if (!(record.size() == 1 && record.constFirst().isEmpty())) { // blank lines are skipped
            records << record;
            lines << recordLine;
        }
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    // After the closing quote only a comma or the end of the line may follow.
                    const QChar next = i + 1 < text.size() ? text.at(i + 1) : u'\n';
                    if (next != u',' && next != u'\n' && next != u'\r') {
                        return std::unexpected(tr("line %1: text after a closing quote").arg(line));
                    }
                }
            } else {
                if (c == u'\n') {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (fieldStarted) {
                return std::unexpected(tr("line %1: a quote inside a field that does not start with one").arg(line));
            }
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        return std::unexpected(tr("line %1: a quoted field is not closed").arg(recordLine));
    }
    if (fieldStarted || !record.isEmpty()) {
        endRecord();
    }
    if (records.isEmpty()) {
        return std::unexpected(tr("the CSV file is empty: its first line names the variables"));
    }
    const QStringList header = records.constFirst();
    QStringList seen;
    for (const QString &name : header) {
        if (name.trimmed().isEmpty()) {
            return std::unexpected(tr("line %1: a column has no name").arg(lines.constFirst()));
        }
        if (seen.contains(name.trimmed())) {
            return std::unexpected(
                tr("line %1: two columns are named '%2'").arg(lines.constFirst()).arg(name.trimmed()));
        }
        seen << name.trimmed();
    }
    QList<ExperimentCase> cases;
    for (qsizetype r = 1; r < records.size(); ++r) {
        if (records.at(r).size() != header.size()) {
            return std::unexpected(tr("line %1: %2 fields, but the header names %3")
                    .arg(lines.at(r))
                    .arg(records.at(r).size())
                    .arg(header.size()));
        }
        ExperimentCase row;
        row.line = lines.at(r);
        for (qsizetype c = 0; c < header.size(); ++c) {
            row.variables.insert(header.at(c).trimmed(), records.at(r).at(c));
        }
        cases << row;
    }
    return cases;
}

std::expected<Experiment, QString> ExperimentFile::read(const QByteArray &json, const QString &directory)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject()) {
        return std::unexpected(error.error == QJsonParseError::NoError
                ? tr("an experiment file is a JSON object")
                : tr("not JSON: %1 (at character %2)").arg(error.errorString()).arg(error.offset));
    }
    const QJsonObject root = document.object();
    const QJsonValue version = root.value("quorum_experiment"_L1);
    if (!version.isDouble()) {
        return std::unexpected(tr("not an experiment file: \"quorum_experiment\" (its format version) is missing"));
    }
    if (version.toInt() > Experiment::formatVersion) {
        return std::unexpected(tr("the file is of format %1; this Quorum reads up to %2: please update Quorum")
                .arg(version.toInt())
                .arg(Experiment::formatVersion));
    }
    Experiment experiment;
    experiment.name = root.value("name"_L1).toString();
    experiment.prompt = root.value("prompt"_L1).toString();
    experiment.libraryPrompt = root.value("library_prompt"_L1).toString();
    if (experiment.prompt.trimmed().isEmpty() && experiment.libraryPrompt.isEmpty()) {
        return std::unexpected(tr("\"prompt\" is missing"));
    }
    if (root.value("system"_L1).isString()) {
        experiment.system = root.value("system"_L1).toString();
    }
    experiment.judge = root.value("judge"_L1).toString();
    if (const QJsonValue repeat = root.value("repeat"_L1); !repeat.isUndefined()) {
        if (!repeat.isDouble() || repeat.toInt() < 1 || repeat.toInt() > 1000 || repeat.toDouble() != repeat.toInt()) {
            return std::unexpected(tr("\"repeat\" must be a whole number from 1 to 1000"));
        }
        experiment.repeat = repeat.toInt();
    }
    if (const QJsonValue cost = root.value("max_cost_usd"_L1); !cost.isUndefined()) {
        if (!cost.isDouble() || cost.toDouble() < 0) {
            return std::unexpected(tr("\"max_cost_usd\" must be a number of dollars"));
        }
        experiment.maxCostUsd = cost.toDouble();
    }

    const QJsonArray variants = root.value("variants"_L1).toArray();
    if (variants.isEmpty()) {
        return std::unexpected(tr("\"variants\" must list at least one target"));
    }
    QStringList names;
    for (qsizetype i = 0; i < variants.size(); ++i) {
        const QJsonObject v = variants.at(i).toObject();
        const auto target = ChatTarget::parse(v.value("target"_L1).toString());
        if (!target) {
            return std::unexpected(
                tr("variant %1: \"target\" must be ACCOUNT/MODEL or ACCOUNT/MODEL#VARIANT").arg(i + 1));
        }
        ExperimentVariant variant {
            v.value("name"_L1).toString(target->label()), *target, v.value("persona"_L1).toString()};
        if (v.contains("parameters"_L1)) {
            const auto parameters = GenerationParameters::fromJson(v.value("parameters"_L1).toObject());
            if (!parameters) {
                return std::unexpected(tr("variant %1: %2").arg(i + 1).arg(parameters.error()));
            }
            if (const QStringList problems = parameters->problems(); !problems.isEmpty()) {
                return std::unexpected(tr("variant %1: %2").arg(i + 1).arg(problems.join(u' ')));
            }
            variant.target.parameters = *parameters;
        }
        if (names.contains(variant.name)) {
            return std::unexpected(tr("two variants are named '%1': give each column a name").arg(variant.name));
        }
        names << variant.name;
        experiment.variants << variant;
    }

    auto checks = checksFrom(root.value("checks"_L1), tr("the experiment"));
    if (!checks) {
        return std::unexpected(checks.error());
    }
    experiment.checks = *checks;

    if (root.contains("cases_csv"_L1)) {
        const QString path = QDir(directory).filePath(root.value("cases_csv"_L1).toString());
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return std::unexpected(tr("cannot read the cases %1: %2").arg(path, file.errorString()));
        }
        auto cases = readCsv(QString::fromUtf8(file.readAll()));
        if (!cases) {
            return std::unexpected(QFileInfo(path).fileName() + u": "_s + cases.error());
        }
        experiment.cases = *cases;
    }
    const QJsonArray cases = root.value("cases"_L1).toArray();
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QJsonObject c = cases.at(i).toObject();
        ExperimentCase row;
        row.line = static_cast<int>(i + 1);
        const QJsonObject vars = c.value("vars"_L1).toObject();
        for (auto it = vars.begin(); it != vars.end(); ++it) {
            if (!it.value().isString() && !it.value().isDouble() && !it.value().isBool()) {
                return std::unexpected(
                    tr("case %1: the value of '%2' must be text or a number").arg(i + 1).arg(it.key()));
            }
            row.variables.insert(
                it.key(), it.value().isString() ? it.value().toString() : it.value().toVariant().toString());
        }
        auto own = checksFrom(c.value("checks"_L1), tr("case %1").arg(i + 1));
        if (!own) {
            return std::unexpected(own.error());
        }
        row.checks = *own;
        experiment.cases << row;
    }
    if (experiment.cases.isEmpty()) {
        experiment.cases << ExperimentCase {{}, {}, 1}; // a prompt without variables: one row
    }

    if (const QString missing = missingVariables(experiment); !missing.isEmpty()) {
        return std::unexpected(missing);
    }
    return experiment;
}

QString ExperimentFile::missingVariables(const Experiment &experiment)
{
    // Every variable the prompt, the system prompts and the checks use has a value in every
    // case: a gap found now runs nothing, rather than sending "{{country}}" to a model and
    // paying for it. Texts still to come from the prompt library are checked once they came.
    for (const ExperimentCase &row : experiment.cases) {
        QStringList missing;
        Checks::fill(experiment.prompt, row.variables, &missing);
        Checks::fill(experiment.system.value_or(QString()), row.variables, &missing);
        for (const ExperimentVariant &variant : experiment.variants) {
            Checks::fill(variant.target.parameters.system.value_or(QString()), row.variables, &missing);
        }
        for (const ExperimentCheck &check : experiment.checks) {
            Checks::fill(check, row.variables, &missing);
        }
        for (const ExperimentCheck &check : row.checks) {
            Checks::fill(check, row.variables, &missing);
        }
        if (!missing.isEmpty()) {
            return tr("case %1 has no value for %2").arg(row.line).arg(u"{{"_s + missing.join(u"}}, {{"_s) + u"}}"_s);
        }
    }
    return {};
}

std::expected<void, QString> ExperimentFile::resolveLibrary(Experiment &experiment, const Database *library)
{
    // NAME@N that is pinned and whose text is here already is a stored run's: kept as it is
    // when the library no longer has it.
    const auto resolve = [library](const QString &spec,
                             QString &text,
                             bool haveText,
                             const QString &where) -> std::expected<std::optional<PromptRef>, QString> {
        const std::optional<PromptRef> pinned = PromptRef::fromPinned(spec);
        if (!library) {
            if (pinned && haveText) {
                return pinned;
            }
            return std::unexpected(
                tr("%1: \"%2\" is in the prompt library, and there is no database").arg(where, spec));
        }
        const auto found = PromptStore(*library).find(spec);
        if (!found) {
            if (pinned && haveText && found.error().kind == StorageError::Kind::NotFound) {
                return pinned;
            }
            return std::unexpected(tr("%1: %2").arg(where, found.error().message));
        }
        text = found->text;
        return found->ref();
    };
    if (!experiment.libraryPrompt.isEmpty()) {
        auto ref = resolve(
            experiment.libraryPrompt, experiment.prompt, !experiment.prompt.isEmpty(), tr("\"library_prompt\""));
        if (!ref) {
            return std::unexpected(ref.error());
        }
        experiment.libraryPromptRef = *ref;
        experiment.libraryPrompt = u"%1@%2"_s.arg((*ref)->name).arg((*ref)->version);
    }
    for (qsizetype i = 0; i < experiment.variants.size(); ++i) {
        ExperimentVariant &variant = experiment.variants[i];
        if (variant.persona.isEmpty()) {
            continue;
        }
        QString text = variant.target.parameters.system.value_or(QString());
        auto ref
            = resolve(variant.persona, text, variant.target.parameters.system.has_value(), tr("variant %1").arg(i + 1));
        if (!ref) {
            return std::unexpected(ref.error());
        }
        variant.target.parameters.system = text;
        variant.target.persona = *ref;
        variant.persona = u"%1@%2"_s.arg((*ref)->name).arg((*ref)->version);
    }
    if (const QString missing = missingVariables(experiment); !missing.isEmpty()) {
        return std::unexpected(missing);
    }
    return {};
}

std::expected<Experiment, QString> ExperimentFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    return read(file.readAll(), QFileInfo(path).absolutePath());
}

QByteArray ExperimentFile::write(const Experiment &experiment)
{
    QJsonObject root {{"quorum_experiment"_L1, Experiment::formatVersion}, {"prompt"_L1, experiment.prompt}};
    if (!experiment.libraryPrompt.isEmpty()) {
        root.insert("library_prompt"_L1, experiment.libraryPrompt);
    }
    if (!experiment.name.isEmpty()) {
        root.insert("name"_L1, experiment.name);
    }
    if (experiment.system) {
        root.insert("system"_L1, *experiment.system);
    }
    QJsonArray variants;
    for (const ExperimentVariant &v : experiment.variants) {
        QJsonObject json {{"name"_L1, v.name}, {"target"_L1, v.target.label()}};
        if (!v.persona.isEmpty()) {
            json.insert("persona"_L1, v.persona);
        }
        if (!v.target.parameters.isEmpty()) {
            json.insert("parameters"_L1, v.target.parameters.toJson());
        }
        variants << json;
    }
    root.insert("variants"_L1, variants);
    const auto checksJson = [](const QList<ExperimentCheck> &checks) {
        QJsonArray array;
        for (const ExperimentCheck &c : checks) {
            array << c.toJson();
        }
        return array;
    };
    QJsonArray cases;
    for (const ExperimentCase &c : experiment.cases) {
        QJsonObject vars;
        for (auto it = c.variables.cbegin(); it != c.variables.cend(); ++it) {
            vars.insert(it.key(), it.value());
        }
        QJsonObject json {{"vars"_L1, vars}};
        if (!c.checks.isEmpty()) {
            json.insert("checks"_L1, checksJson(c.checks));
        }
        cases << json;
    }
    root.insert("cases"_L1, cases);
    if (!experiment.checks.isEmpty()) {
        root.insert("checks"_L1, checksJson(experiment.checks));
    }
    if (experiment.repeat != 1) {
        root.insert("repeat"_L1, experiment.repeat);
    }
    if (!experiment.judge.isEmpty()) {
        root.insert("judge"_L1, experiment.judge);
    }
    if (experiment.maxCostUsd) {
        root.insert("max_cost_usd"_L1, *experiment.maxCostUsd);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Quorum
