// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "common/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Quorum
{

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // The translators are children of the application and live as long as it does; those of
    // an earlier call go, so that a second call switches the language rather than layering
    // the new one over the old (whose strings would show wherever the new one has none).
    for (QTranslator *old : app.findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }
    auto *translator = new QTranslator(&app);
    bool translated = translator->load(locale, u"quorum"_s, u"_"_s, u":/i18n"_s);
    // Without a translation for the locale (the C locale, or a language Quorum does not
    // have yet) the text is English; quorum_en carries the English plural forms ("1 model",
    // "2 models") that the source strings ("%n model(s)") leave open.
    if (!translated && translator->load(u"quorum_en"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(translator);
        return false;
    }
    if (translated) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(u":/i18n"_s).entryList({u"quorum_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        languages << file.sliced(7).chopped(3); // quorum_de.qm -> de
    }
    return languages;
}

} // namespace Quorum
