// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

// Tests that run once per language Quorum speaks: a data row per language, and a guard that
// speaks one language for a scope and English again after it (whatever the test's outcome).

#include <QCoreApplication>
#include <QLocale>
#include <QTest>

#include "common/translations.h"

namespace Quorum::Testing
{

//! A data column "language" with a row per embedded translation ("de", "en", "fr", …).
inline void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : availableLanguages()) {
        QTest::newRow(qPrintable(language)) << language;
    }
}

//! Quorum's text in \a language until the guard goes, then English again.
class SpeakLanguage final
{
public:
    explicit SpeakLanguage(const QString &language)
        : m_translated(installTranslations(*QCoreApplication::instance(), QLocale(language)))
    {
    }
    ~SpeakLanguage() { installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)); }
    Q_DISABLE_COPY_MOVE(SpeakLanguage)

    //! Whether Quorum's own translation was loaded (false for English, which has none of its own).
    bool translated() const { return m_translated; }

private:
    bool m_translated;
};

} // namespace Quorum::Testing
