// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

namespace Quorum::Theme
{

//! A dark palette for Fusion, used when the user picks Dark and the platform has none.
QPalette darkPalette();
//! True when \a palette is a dark one (light text on a dark window).
bool isDark(const QPalette &palette);
//! \a palette with its window text in the red that says a problem, lighter on a dark one.
QPalette problemPalette(const QPalette &palette);
/*!
 * Applies "system", "light" or "dark" to the application: the colour scheme hint where
 * the platform follows it (Qt 6.8), and otherwise Fusion with a light or dark palette.
 * Returns whether the result is dark.
 */
bool apply(const QString &scheme);
//! Makes the application's style a SymbolStyle over the platform's (before any widget exists).
void installStyle();
//! An account's mark: its first letter on a colour of its own (stable per account id), \a size px.
QIcon accountIcon(const QString &accountId, qreal ratio, int size = 16);

} // namespace Quorum::Theme
