// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The plain (not --json) output of `quorum search`, `history`, `show`, `spend` and
// `route --explain`, under a UTF-8 locale, over a conversation, a model and a rule whose names
// hold CJK, emoji, an em dash, Arabic (right to left) and Cyrillic: the bytes printed are the
// UTF-8 of what was stored, never Latin-1 read twice (`quorum search` once printed its em dash
// separator as "â\u0080\u0094").

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "buildpaths.h"
#include "clirunner.h"
#include "fakeproviderserver.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
// Each script in one string: CJK, an em dash, an emoji outside the BMP, Arabic, Cyrillic.
const QString prompt = u"東京の天気 — 🚀 مرحبا Привет"_s;
const QString model = u"echo-模型"_s;
const QString ruleName = u"東京 — ルール"_s;

//! The UTF-8 of \a text as it must appear in the output.
QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

//! The bytes of Latin-1 text read from UTF-8 and encoded again: what the old bug printed.
QByteArray doubleEncoded(const QString &text)
{
    return QString::fromLatin1(text.toUtf8()).toUtf8();
}
} // namespace

class TestCliUnicode : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    QTemporaryDir m_dir;
    QString m_conversation;

    Testing::CliResult run(const QStringList &arguments) const
    {
        Testing::CliRunner cli(Quorum::Testing::buildPath(QUORUM_BINARY), m_dir.path());
        cli.environment.insert(u"FAKE_KEY"_s, u"test-key"_s);
        cli.environment.insert(u"LANG"_s, u"C.UTF-8"_s);
        cli.environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        cli.environment.remove(u"LANGUAGE"_s);
        return cli.run(arguments);
    }

    //! Fails unless \a out holds each of \a expected as UTF-8, and none of them double-encoded.
    static bool holdsUtf8(const QByteArray &out, const QStringList &expected, QString *why)
    {
        for (const QString &text : expected) {
            if (!out.contains(utf8(text))) {
                *why = u"missing \"%1\" in:\n%2"_s.arg(text, QString::fromUtf8(out));
                return false;
            }
        }
        // An em dash (or any of the above) read as Latin-1 starts with "â" (C3 A2).
        if (out.contains(doubleEncoded(u"—"_s)) || out.contains("\xC3\xA2\xC2")) {
            *why = u"double-encoded UTF-8 in:\n%1"_s.arg(QString::fromUtf8(out));
            return false;
        }
        // Valid UTF-8 all through: decoding and encoding again gives the same bytes.
        if (QString::fromUtf8(out).toUtf8() != out) {
            *why = u"output is not valid UTF-8"_s;
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        QVERIFY(m_dir.isValid());
        const Testing::CliResult added = run({u"providers"_s,
            u"add"_s,
            u"fxo"_s,
            u"--kind"_s,
            u"openai"_s,
            u"--base-url"_s,
            u"http://127.0.0.1:%1/v1"_s.arg(m_server.port()),
            u"--api-key-env"_s,
            u"FAKE_KEY"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const Testing::CliResult rule
            = run({u"rules"_s, u"add"_s, ruleName, u"--if"_s, u"any-keyword:東京"_s, u"--send"_s, u"fxo/"_s + model});
        QVERIFY2(rule.exitCode == 0, qPrintable(rule.err));
        // The echo model answers with the prompt itself.
        const Testing::CliResult asked = run({u"ask"_s, u"--target"_s, u"fxo/"_s + model, prompt});
        QVERIFY2(asked.exitCode == 0, qPrintable(asked.err));
        QVERIFY2(asked.outBytes.contains(utf8(prompt)), asked.outBytes.constData());

        // What was stored, read back through the JSON contract (already right before the fix).
        const Testing::CliResult history = run({u"history"_s, u"--json"_s});
        QCOMPARE(history.exitCode, 0);
        const QJsonArray conversations = QJsonDocument::fromJson(history.outBytes).array();
        QCOMPARE(conversations.size(), 1);
        QCOMPARE(conversations.first()["title"_L1].toString(), prompt);
        m_conversation = QString::number(conversations.first()["id"_L1].toInteger());
    }

    void search()
    {
        const Testing::CliResult r = run({u"search"_s, u"東京"_s});
        QCOMPARE(r.exitCode, 0);
        QString why;
        // Title, the separator, the target, the snippet with its match marked.
        QVERIFY2(holdsUtf8(r.outBytes,
                     {prompt + u" — "_s, u" — fxo/"_s + model + u": "_s, u"«東京»の天気 — 🚀 مرحبا Привет"_s},
                     &why),
            qPrintable(why));
    }

    void history()
    {
        const Testing::CliResult r = run({u"history"_s});
        QCOMPARE(r.exitCode, 0);
        QString why;
        QVERIFY2(holdsUtf8(r.outBytes, {prompt}, &why), qPrintable(why));
    }

    void show()
    {
        const Testing::CliResult r = run({u"show"_s, m_conversation});
        QCOMPARE(r.exitCode, 0);
        QString why;
        QVERIFY2(holdsUtf8(r.outBytes, {u"# "_s + prompt, u"> "_s + prompt, u"fxo/"_s + model}, &why), qPrintable(why));
    }

    void spend()
    {
        const Testing::CliResult r = run({u"spend"_s});
        QCOMPARE(r.exitCode, 0);
        QString why;
        QVERIFY2(holdsUtf8(r.outBytes, {u"fxo/"_s + model}, &why), qPrintable(why));
    }

    void routeExplain()
    {
        const Testing::CliResult r = run({u"route"_s, u"--explain"_s, prompt});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString why;
        QVERIFY2(holdsUtf8(r.outBytes, {ruleName, u"fxo/"_s + model}, &why), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestCliUnicode)
#include "test_cli_unicode.moc"
