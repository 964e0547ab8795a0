// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace Quorum
{

/*!
 * Installs Quorum's translation for \a locale (embedded under :/i18n) and Qt's own
 * (qtbase_*.qm from the Qt installation) on \a app. English needs none; a language
 * without a translation falls back to English silently. Returns true when Quorum's own
 * translation was loaded.
 */
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

//! The languages Quorum has a translation for ("de", "en", ...), from the embedded files.
QStringList availableLanguages();

} // namespace Quorum
