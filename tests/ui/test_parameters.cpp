// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Parameters per target in the window (#22): a chip's Parameters dialog sets its own system
// prompt, sampling and reasoning, says what the model does not take as it is typed, and saves
// a named variant; "Add Again as a Variant" puts the same model beside itself, and both go
// out with their own parameters.
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include "appfixture.h"
#include "common/translations.h"
#include "compare/answerpane.h"
#include "compare/comparearea.h"
#include "compare/turnview.h"
#include "composer/composer.h"
#include "composer/targetparametersdialog.h"
#include "fakeaccounts.h"
#include "fakeproviderserver.h"
#include "mainwindow/mainwindow.h"
#include "screenshots.h"
#include "storage/variantstore.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using Fake::Protocol;

class TestParameters : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    std::unique_ptr<Testing::AppFixture> m_app;

    static QToolButton *chip(const MainWindow &window, const QString &label)
    {
        for (QToolButton *button : window.findChildren<QToolButton *>(u"targetChip"_s)) {
            if (button->property("target").toString() == label) {
                return button;
            }
        }
        return nullptr;
    }

    //! Triggers \a action of chip \a label's menu and returns the dialog it opens.
    static TargetParametersDialog *openFromChip(MainWindow &window, const QString &label, const QString &action)
    {
        QToolButton *button = chip(window, label);
        if (!button || !button->menu()) {
            return nullptr;
        }
        QAction *item = button->menu()->findChild<QAction *>(action);
        if (!item) {
            return nullptr;
        }
        item->trigger();
        TargetParametersDialog *dialog = nullptr;
        const bool opened
            = QTest::qWaitFor([&] { return (dialog = window.findChild<TargetParametersDialog *>()) != nullptr; }, 2000);
        return opened ? dialog : nullptr;
    }

    static void choose(QComboBox *box, const QVariant &data) { box->setCurrentIndex(box->findData(data)); }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        QVERIFY(m_server.listen());
    }

    void init()
    {
        m_server.clearRequests();
        m_app = std::make_unique<Testing::AppFixture>();
        QVERIFY2(m_app->problem().isEmpty(), qPrintable(m_app->problem()));
        QVERIFY(m_app->addAccount(Testing::fakeAccount(m_server, Protocol::OpenAiChat, u"oa"_s)));
    }

    void aChipGetsParametersAndTheSameModelGoesTwice()
    {
        MainWindow window(m_app->settings(), m_app->services());
        window.resize(1200, 800);
        window.show();
        window.composer()->setTargets({*ChatTarget::parse(u"oa/o4-mini"_s)});

        TargetParametersDialog *dialog = openFromChip(window, u"oa/o4-mini"_s, u"parametersAction"_s);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(u"variantName"_s)->setText(u"deep"_s);
        dialog->findChild<QCheckBox *>(u"ownSystem"_s)->setChecked(true);
        dialog->findChild<QPlainTextEdit *>(u"systemPrompt"_s)->setPlainText(u"Think step by step."_s);
        choose(dialog->findChild<QComboBox *>(u"reasoning"_s), static_cast<int>(ReasoningEffort::High));
        // A temperature for a reasoning model: said as it is set, before any Send.
        dialog->findChild<QCheckBox *>(u"use_temperature"_s)->setChecked(true);
        QVERIFY2(dialog->problemsText().contains(u"takes no temperature"_s), qPrintable(dialog->problemsText()));
        QVERIFY(dialog->findChild<QLabel *>(u"parameterProblems"_s)->isVisible());
        Testing::saveScreenshots(dialog, u"parameters-dialog"_s);
        dialog->findChild<QCheckBox *>(u"use_temperature"_s)->setChecked(false);
        QVERIFY2(dialog->problemsText().isEmpty(), qPrintable(dialog->problemsText()));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(chip(window, u"oa/o4-mini#deep"_s));
        QTRY_VERIFY(window.findChildren<TargetParametersDialog *>().isEmpty()); // closed and deleted
        QVERIFY(chip(window, u"oa/o4-mini#deep"_s)->text().contains(u"#deep (system · effort high)"_s));
        const auto saved = VariantStore(*m_app->database()).variant(u"deep"_s);
        QVERIFY(saved);
        QCOMPARE(saved->parameters.effort, std::optional<ReasoningEffort>(ReasoningEffort::High));
        QCOMPARE(saved->parameters.system, std::optional<QString>(u"Think step by step."_s));

        // The same model again: it needs a name of its own before OK.
        dialog = openFromChip(window, u"oa/o4-mini#deep"_s, u"addVariantAction"_s);
        QVERIFY(dialog);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY2(dialog->findChild<QLineEdit *>(u"variantName"_s)->text().isEmpty(),
            qPrintable(dialog->findChild<QLineEdit *>(u"variantName"_s)->text() + dialog->windowTitle()));
        QVERIFY(!ok->isEnabled());
        dialog->findChild<QLineEdit *>(u"variantName"_s)->setText(u"quick"_s);
        dialog->findChild<QCheckBox *>(u"ownSystem"_s)->setChecked(false);
        choose(dialog->findChild<QComboBox *>(u"reasoning"_s), static_cast<int>(ReasoningEffort::Low));
        QVERIFY(ok->isEnabled());
        ok->click();
        QTRY_COMPARE(window.composer()->targets().size(), 2);

        Fake::Script script;
        script.deltas = {u"An answer."_s};
        m_server.enqueueFor(u"o4-mini"_s, script);
        m_server.enqueueFor(u"o4-mini"_s, script);
        window.composer()->setPrompt(u"Is 1001 prime?"_s);
        auto *edit = window.findChild<QPlainTextEdit *>(u"promptEdit"_s);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(window.compareArea()->turnViews().size(), 1);
        const QList<AnswerPane *> panes = window.compareArea()->turnViews().constFirst()->panes();
        QCOMPARE(panes.size(), 2);
        for (AnswerPane *pane : panes) {
            QTRY_COMPARE_WITH_TIMEOUT(pane->response().status, ResponseStatus::Done, 10000);
        }
        QStringList sent;
        for (const Fake::RecordedRequest &r : m_server.requestsFor(u"o4-mini"_s)) {
            sent << r.json.value("reasoning_effort"_L1).toString();
        }
        sent.sort();
        QCOMPARE(sent, (QStringList {u"high"_s, u"low"_s}));
        QStringList shown {panes.at(0)->targetLabel(), panes.at(1)->targetLabel()};
        shown.sort();
        QCOMPARE(shown, (QStringList {u"oa/o4-mini#deep"_s, u"oa/o4-mini#quick"_s}));
        Testing::saveScreenshots(&window, u"parameters-two-variants"_s);
    }

    // A saved set keeps each chip's own parameters, not only its label (#22).
    void aSetKeepsEachChipsParameters()
    {
        ChatTarget deep = *ChatTarget::parse(u"oa/o4-mini"_s);
        deep.parameters.effort = ReasoningEffort::High;
        deep.parameters.system = u"Think step by step."_s;
        const ChatTarget plain = *ChatTarget::parse(u"oa/gpt-4.1"_s);
        {
            MainWindow window(m_app->settings(), m_app->services());
            window.show();
            window.composer()->setTargets({deep, plain});
            window.composer()->saveSet(u"reasoning"_s);
            window.composer()->setTargets({});
            window.composer()->useSet(u"reasoning"_s);
            QCOMPARE(window.composer()->targets(), (QList<ChatTarget> {deep, plain}));
        }
        // Kept in the settings: a window opened later has it.
        MainWindow again(m_app->settings(), m_app->services());
        again.composer()->useSet(u"reasoning"_s);
        QCOMPARE(again.composer()->targets(), (QList<ChatTarget> {deep, plain}));
    }
};

QTEST_MAIN(TestParameters)
#include "test_parameters.moc"
