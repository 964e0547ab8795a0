// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include "types/sensitivekind.h"

namespace Quorum
{

//! Something in a prompt that should not leave the machine unnoticed.
struct SensitiveMatch {
    using Kind = SensitiveKind;
    Kind kind = Kind::Email;
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;

    static QString kindName(Kind kind); //!< "email", "phone", "card", "iban", "api-key", "aws-key", "custom"
    friend bool operator==(const SensitiveMatch &, const SensitiveMatch &) = default;
};

/*!
 * Finds sensitive data in text: e-mail addresses, phone numbers, payment card numbers
 * (checked with Luhn, so an order number of 16 digits is not one), IBANs (checked with the
 * ISO 13616 mod-97 sum), API keys of the common providers and AWS access keys, and the
 * user's own patterns. Matches never overlap; validated kinds win over looser ones.
 * Regular expressions are compiled once (static), so a scan is linear in the text.
 */
class SensitiveScanner final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::SensitiveScanner)

public:
    //! Every match, in order of position. \a custom are the user's patterns (valid ones).
    static QList<SensitiveMatch> scan(const QString &text, const QList<QRegularExpression> &custom = {});
    //! Only matches of \a kinds (empty: all).
    static QList<SensitiveMatch> scan(
        const QString &text, const QList<SensitiveMatch::Kind> &kinds, const QList<QRegularExpression> &custom);

    static bool luhnValid(QStringView digits);
    static bool ibanValid(QStringView iban);
};

/*!
 * A prompt with its sensitive parts replaced by placeholders ("[EMAIL_1]", "[CARD_1]"; the
 * same value always gets the same placeholder), and the way back: restore() puts the
 * originals into an answer wherever the model repeated a placeholder.
 */
struct Redaction {
    QString text;
    //! placeholder -> original, in order of first appearance
    QList<std::pair<QString, QString>> placeholders;

    static Redaction apply(const QString &text, const QList<SensitiveMatch> &matches);
    QString restore(const QString &answer) const;
    /*!
     * For an answer still arriving: restores all but a trailing unclosed "[..." that may be
     * the start of a placeholder (held back until it is complete), so a longer text always
     * restores to a longer text with the same beginning.
     */
    QString restoreGrowing(const QString &answer) const;
    bool isEmpty() const { return placeholders.isEmpty(); }
};

/*!
 * Restores placeholders in an answer that arrives in pieces: a piece may end inside a
 * placeholder ("[EMA"), so text from an unclosed '[' is held back until it is closed or
 * too long to be one. What push() returns is final; finish() returns the rest.
 */
class RedactionStream final
{
public:
    explicit RedactionStream(Redaction redaction)
        : m_redaction(std::move(redaction))
    {
    }
    QString push(const QString &piece);
    QString finish();

private:
    Redaction m_redaction;
    QString m_pending;
};

} // namespace Quorum
