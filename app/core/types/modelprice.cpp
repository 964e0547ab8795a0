// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "types/modelprice.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Quorum
{

QString priceSourceName(ModelPrice::Source source)
{
    switch (source) {
    case ModelPrice::Source::BuiltIn:
        return u"builtin"_s;
    case ModelPrice::Source::User:
        return u"user"_s;
    case ModelPrice::Source::Imported:
        return u"imported"_s;
    }
    return {};
}

std::optional<ModelPrice::Source> priceSourceFromName(const QString &name)
{
    for (const auto source : {ModelPrice::Source::BuiltIn, ModelPrice::Source::User, ModelPrice::Source::Imported}) {
        if (priceSourceName(source) == name) {
            return source;
        }
    }
    return std::nullopt;
}

QString formatUsd(qint64 micros)
{
    const bool negative = micros < 0;
    const qint64 magnitude = negative ? -micros : micros;
    QString fraction = u"%1"_s.arg(magnitude % 1'000'000, 6, 10, QChar(u'0'));
    while (fraction.size() > 2 && fraction.endsWith(u'0')) {
        fraction.chop(1);
    }
    return (negative ? u"-"_s : QString()) + QString::number(magnitude / 1'000'000) + u'.' + fraction;
}

QString formatCost(qint64 micros)
{
    if (micros < 0) {
        return u"-"_s + formatCost(-micros);
    }
    if (micros >= 1'000'000) {
        const qint64 cents = (micros + 5'000) / 10'000; // half up
        return u"$%1.%2"_s.arg(cents / 100).arg(cents % 100, 2, 10, QChar(u'0'));
    }
    if (micros == 0) {
        return u"$0.00"_s;
    }
    // Two significant digits: round away all but the two leading ones, then trim zeros.
    qint64 unit = 1;
    while (micros / unit >= 100) {
        unit *= 10;
    }
    const qint64 rounded = (micros + unit / 2) / unit * unit;
    if (rounded >= 1'000'000) {
        return u"$1.00"_s;
    }
    return u"$"_s + formatUsd(rounded);
}

std::optional<qint64> parseUsdMicros(const QString &text)
{
    // Decimal text to integer micro-dollars without a detour through double.
    static const QRegularExpression pattern(u"^\\s*(\\d{1,9})(?:\\.(\\d{0,6}))?\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const qint64 whole = match.captured(1).toLongLong();
    const QString fraction = match.captured(2).leftJustified(6, u'0');
    return whole * 1'000'000 + fraction.toLongLong();
}

} // namespace Quorum
