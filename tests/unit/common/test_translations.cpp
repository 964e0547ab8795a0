// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The translations as Quorum loads them (the .qm files embedded under :/i18n), against the .ts
// files they were made from: every plural message gives the form the language's grammar asks
// for at 0, 1, 2, 5 and 21, and no translation loses or invents a placeholder (%1, %n) or an
// accelerator.
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include "buildpaths.h"
#include "common/translations.h"
#include "languages.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
struct Message {
    QString context;
    QString source;
    QString comment;
    QStringList forms; // one for a plain message, one per plural form for %n
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == "message"_L1) {
            messages << message;
        }
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = {context, {}, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1};
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "comment"_L1) {
            message.comment = xml.readElementText();
        } else if (name == "translation"_L1 && !message.numerus) {
            message.forms = {xml.readElementText()};
        } else if (name == "numerusform"_L1) {
            message.forms << xml.readElementText();
        }
    }
    return messages;
}

//! The plural form a language uses for \a n (CLDR's rules for the languages Quorum has).
std::optional<int> pluralForm(const QString &language, int n)
{
    if (language == "en"_L1 || language == "de"_L1) {
        return n == 1 ? 0 : 1;
    }
    if (language == "fr"_L1) {
        return n < 2 ? 0 : 1; // "0 modèle", "1 modèle", "2 modèles"
    }
    return std::nullopt;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(?:n|L?[1-9])"_s);
    QStringList found;
    for (const auto &match : pattern.globalMatch(text)) {
        found << match.captured();
    }
    found.removeDuplicates();
    found.sort();
    return found;
}

bool hasAccelerator(const QString &text)
{
    QString t = text;
    t.replace(u"&&"_s, QString());
    const qsizetype at = t.indexOf(u'&');
    return at >= 0 && at + 1 < t.size() && !t[at + 1].isSpace();
}

QString tsPath(const QString &language)
{
    return Quorum::Testing::buildPath(QUORUM_TRANSLATIONS_DIR "/quorum_%1.ts").arg(language);
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLanguageHasItsFiles()
    {
        const QStringList languages = availableLanguages();
        QVERIFY2(languages.contains(u"de"_s) && languages.contains(u"fr"_s), qPrintable(languages.join(u", "_s)));
        for (const QString &language : languages) {
            QVERIFY2(QFile::exists(tsPath(language)), qPrintable(tsPath(language)));
        }
    }

    void pluralsFollowTheLanguage_data() { Testing::addLanguageRows(); }

    void pluralsFollowTheLanguage()
    {
        QFETCH(QString, language);
        const Testing::SpeakLanguage speaking(language);
        QVERIFY(speaking.translated() || language == "en"_L1);
        const QList<Message> messages = readTs(tsPath(language));
        qsizetype plurals = 0;
        for (const Message &m : messages) {
            if (!m.numerus) {
                continue;
            }
            ++plurals;
            QCOMPARE(m.forms.size(), 2); // all of Quorum's languages have two forms
            for (const int n : {0, 1, 2, 5, 21}) {
                const auto form = pluralForm(language, n);
                QVERIFY2(form, qPrintable(u"add the plural rule of "_s + language + u" to this test"_s));
                QString expected = m.forms.at(*form);
                expected.replace(u"%n"_s, QString::number(n));
                const QString got = QCoreApplication::translate(qPrintable(m.context),
                    qPrintable(m.source),
                    m.comment.isEmpty() ? nullptr : qPrintable(m.comment),
                    n);
                QVERIFY2(got == expected,
                    qPrintable(u"%1, n = %2: got “%3”, expected “%4”"_s.arg(m.source).arg(n).arg(got, expected)));
            }
        }
        QVERIFY2(plurals >= 30, qPrintable(QString::number(plurals)));
    }

    void pluralsSpotCheck()
    {
        // What a reader sees, written out: the French singular covers 0, the German does not.
        {
            const Testing::SpeakLanguage french(u"fr"_s);
            QCOMPARE(QCoreApplication::translate("Quorum::DocumentExport", "%n model(s)", nullptr, 0), u"0 modèle"_s);
            QCOMPARE(QCoreApplication::translate("Quorum::DocumentExport", "%n model(s)", nullptr, 2), u"2 modèles"_s);
        }
        {
            const Testing::SpeakLanguage german(u"de"_s);
            QCOMPARE(QCoreApplication::translate("Quorum::DocumentExport", "%n model(s)", nullptr, 0), u"0 Modelle"_s);
            QCOMPARE(QCoreApplication::translate("Quorum::DocumentExport", "%n model(s)", nullptr, 1), u"1 Modell"_s);
        }
        QCOMPARE(QCoreApplication::translate("Quorum::DocumentExport", "%n model(s)", nullptr, 1), u"1 model"_s);
    }

    void translationsKeepPlaceholdersAndAccelerators_data() { Testing::addLanguageRows(); }

    void translationsKeepPlaceholdersAndAccelerators()
    {
        QFETCH(QString, language);
        const QList<Message> messages = readTs(tsPath(language));
        QVERIFY(!messages.isEmpty());
        QStringList wrong;
        for (const Message &m : messages) {
            if (language == "en"_L1 && !m.numerus) {
                continue; // the English file carries only the plural forms
            }
            for (const QString &form : m.forms) {
                if (form.isEmpty()) {
                    wrong << m.source + u" → (empty)"_s;
                } else if (placeholders(form) != placeholders(m.source)) {
                    // A singular may leave out %n ("the selected conversation"); no other difference.
                    QStringList withoutN = placeholders(m.source);
                    withoutN.removeAll(u"%n"_s);
                    if (!m.numerus || placeholders(form) != withoutN) {
                        wrong << m.source + u" → "_s + form;
                    }
                } else if (hasAccelerator(form) != hasAccelerator(m.source)) {
                    wrong << m.source + u" → "_s + form + u" (accelerator)"_s;
                }
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u"\n"_s)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
