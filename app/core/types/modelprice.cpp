// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "types/modelprice.h"

#include <cmath>

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

namespace
{
//! \a amount in units of 10^-\a decimals dollars as "D.FF...", trailing zeros trimmed to two.
QString fixedPoint(qint64 amount, int decimals)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i) {
        scale *= 10;
    }
    const bool negative = amount < 0;
    const qint64 magnitude = negative ? -amount : amount;
    QString fraction = u"%1"_s.arg(magnitude % scale, decimals, 10, QChar(u'0'));
    while (fraction.size() > 2 && fraction.endsWith(u'0')) {
        fraction.chop(1);
    }
    return (negative ? u"-"_s : QString()) + QString::number(magnitude / scale) + u'.' + fraction;
}

//! Decimal text to an integer count of 10^-\a decimals dollars, without a detour through double.
std::optional<qint64> parseFixedPoint(const QString &text, int decimals)
{
    static const QRegularExpression pattern(u"^\\s*(\\d{1,9})(?:\\.(\\d*))?\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch() || match.capturedLength(2) > decimals) {
        return std::nullopt;
    }
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i) {
        scale *= 10;
    }
    return match.captured(1).toLongLong() * scale + match.captured(2).leftJustified(decimals, u'0').toLongLong();
}
} // namespace

qint64 nanosFromUsd(double usd)
{
    return std::isfinite(usd) ? std::llround(usd * static_cast<double>(nanosPerUsd)) : 0;
}

QString formatUsd(qint64 micros)
{
    return fixedPoint(micros, 6);
}

QString formatUsdNanos(qint64 nanos)
{
    return fixedPoint(nanos, 9);
}

QString formatCost(qint64 nanos)
{
    if (nanos < 0) {
        return u"-"_s + formatCost(-nanos);
    }
    if (nanos >= nanosPerUsd) {
        const qint64 cents = (nanos + 5'000'000) / 10'000'000; // half up
        return u"$%1.%2"_s.arg(cents / 100).arg(cents % 100, 2, 10, QChar(u'0'));
    }
    if (nanos == 0) {
        return u"$0.00"_s;
    }
    // Two significant digits: round away all but the two leading ones, then trim zeros.
    qint64 unit = 1;
    while (nanos / unit >= 100) {
        unit *= 10;
    }
    const qint64 rounded = (nanos + unit / 2) / unit * unit;
    if (rounded >= nanosPerUsd) {
        return u"$1.00"_s;
    }
    return u"$"_s + formatUsdNanos(rounded);
}

std::optional<qint64> parseUsdMicros(const QString &text)
{
    return parseFixedPoint(text, 6);
}

std::optional<qint64> parseUsdNanos(const QString &text)
{
    return parseFixedPoint(text, 9);
}

} // namespace Quorum
