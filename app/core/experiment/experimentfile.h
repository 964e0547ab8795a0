// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "types/chattarget.h"
#include "types/experimentcheck.h"
#include "types/libraryprompt.h"

namespace Quorum
{

class Database;

//! One column of an experiment: a target with its parameters, under a name of its own.
struct ExperimentVariant {
    QString name; //!< the column's name (default: the target's label)
    ChatTarget target;
    //! "NAME" or "NAME@N": the prompt library persona that is this column's system prompt
    //! (ExperimentFile::resolveLibrary puts its text in target.parameters.system).
    QString persona;

    friend bool operator==(const ExperimentVariant &, const ExperimentVariant &) = default;
};

//! One row: the values of the prompt's variables, and checks of its own.
struct ExperimentCase {
    QHash<QString, QString> variables;
    QList<ExperimentCheck> checks;
    int line = 0; //!< where it was read (the file's case number, or the CSV line)

    friend bool operator==(const ExperimentCase &, const ExperimentCase &) = default;
};

/*!
 * An experiment as a file (docs/experiments.md, "Files"): a prompt with {{variables}}, the
 * variants (columns), the cases (rows; inline or from a CSV file), checks for every answer
 * and for one case, repeats, a judge for graded checks and a cost limit. Versioned by
 * "quorum_experiment": 1.
 */
struct Experiment {
    static constexpr int formatVersion = 1;

    QString name;
    QString prompt;
    //! "NAME" or "NAME@N": the prompt library prompt that `prompt` is (resolveLibrary).
    QString libraryPrompt;
    std::optional<PromptRef> libraryPromptRef; //!< its version, once resolved
    std::optional<QString> system;
    QList<ExperimentVariant> variants;
    QList<ExperimentCase> cases;
    QList<ExperimentCheck> checks; //!< for every answer
    int repeat = 1;
    QString judge; //!< "account/model" for judge checks that name none
    std::optional<double> maxCostUsd;

    //! Cells a run asks for: variants × cases × repeats.
    qint64 cellCount() const
    {
        return static_cast<qint64>(variants.size()) * static_cast<qint64>(cases.size()) * repeat;
    }
    //! The prompt of \a row, its variables filled in.
    QString promptFor(const ExperimentCase &row) const;
};

class ExperimentFile final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::ExperimentFile)

public:
    /*!
     * Reads an experiment from \a json; "cases_csv" is read relative to \a directory. Nothing
     * is half-read: any problem (a broken CSV row named by its line, a case without a value
     * for a variable the prompt or a check uses, a bad check, a target that is not
     * ACCOUNT/MODEL) is the error, and no case is run.
     */
    [[nodiscard]] static std::expected<Experiment, QString> read(const QByteArray &json, const QString &directory);
    //! Reads the file at \a path.
    [[nodiscard]] static std::expected<Experiment, QString> load(const QString &path);
    //! The file's JSON for \a experiment (cases inline).
    static QByteArray write(const Experiment &experiment);
    /*!
     * Puts the prompt library's texts in \a experiment: "library_prompt" becomes the prompt and
     * each variant's "persona" its system prompt, at the version named or the latest, which
     * is then pinned ("NAME@N"), so a run and its resume ask the same words and every answer
     * records the version. A pinned item that is gone keeps the text already there (a stored
     * run). Then every {{variable}} of those texts needs a value in every case. \a library
     * null: references are an error.
     */
    [[nodiscard]] static std::expected<void, QString> resolveLibrary(Experiment &experiment, const Database *library);
    //! The first case that lacks a value for a {{variable}} the experiment uses, said; empty: none.
    static QString missingVariables(const Experiment &experiment);

    /*!
     * RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF, a
     * BOM): the header row names the columns. Written here: Qt has no CSV reader. The error
     * names the line.
     */
    [[nodiscard]] static std::expected<QList<ExperimentCase>, QString> readCsv(const QString &text);
};

} // namespace Quorum
