// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "common/settings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
constexpr auto versionKey = "settingsVersion"_L1;
constexpr auto geometryKey = "mainWindow/geometry"_L1;
constexpr auto stateKey = "mainWindow/state"_L1;
constexpr auto conversationListKey = "mainWindow/conversationListVisible"_L1;
constexpr auto splitterPrefix = "splitters/"_L1;
constexpr auto startedWithOllamaKey = "setup/startedWithOllama"_L1;
constexpr auto networkProxyKey = "network/proxy"_L1;
constexpr auto networkTimeoutKey = "network/timeoutSeconds"_L1;
constexpr auto networkHeadersKey = "network/headers"_L1;
constexpr auto composerTargetsKey = "composer/targets"_L1;
constexpr auto modelSetsKey = "composer/modelSets"_L1;
constexpr auto enterSendsKey = "composer/enterSends"_L1;
constexpr auto blindCompareKey = "compare/blind"_L1;
constexpr auto colorSchemeKey = "appearance/colorScheme"_L1;
constexpr auto languageKey = "appearance/language"_L1;
constexpr auto followUpKey = "compare/followUpPolicy"_L1;
constexpr auto lastConversationKey = "compare/lastConversation"_L1;
constexpr auto judgeTargetKey = "compare/judge"_L1;
} // namespace

Settings::Settings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(fileName, QSettings::IniFormat)
{
    migrate();
}

Settings::~Settings()
{
    m_settings.sync();
}

QString Settings::fileName() const
{
    return m_settings.fileName();
}

int Settings::version() const
{
    return m_settings.value(versionKey, 0).toInt();
}

void Settings::migrate()
{
    const int from = version();
    if (from >= currentVersion) {
        return; // A newer file is read as it is; unknown keys are left alone.
    }
    // Numbered migrations go here, one `if (from < N)` block each, oldest first.
    m_settings.setValue(versionKey, currentVersion);
}

void Settings::setValue(const QString &key, const QVariant &value)
{
    if (m_settings.value(key) == value) {
        return;
    }
    m_settings.setValue(key, value);
    Q_EMIT changed(key);
}

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    setValue(geometryKey, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return m_settings.value(stateKey).toByteArray();
}

void Settings::setMainWindowState(const QByteArray &state)
{
    setValue(stateKey, state);
}

QByteArray Settings::splitterState(const QString &name) const
{
    return m_settings.value(splitterPrefix + name).toByteArray();
}

void Settings::setSplitterState(const QString &name, const QByteArray &state)
{
    setValue(splitterPrefix + name, state);
}

bool Settings::conversationListVisible() const
{
    return m_settings.value(conversationListKey, true).toBool();
}

void Settings::setConversationListVisible(bool visible)
{
    setValue(conversationListKey, visible);
}

QString Settings::networkProxy() const
{
    return m_settings.value(networkProxyKey).toString();
}

void Settings::setNetworkProxy(const QString &proxy)
{
    setValue(networkProxyKey, proxy);
}

int Settings::networkTimeoutSeconds() const
{
    return qBound(0, m_settings.value(networkTimeoutKey, 0).toInt(), 3600);
}

void Settings::setNetworkTimeoutSeconds(int seconds)
{
    setValue(networkTimeoutKey, seconds);
}

QString Settings::networkHeaders() const
{
    return m_settings.value(networkHeadersKey).toString();
}

void Settings::setNetworkHeaders(const QString &headers)
{
    setValue(networkHeadersKey, headers);
}

bool Settings::startedWithOllama() const
{
    return m_settings.value(startedWithOllamaKey, false).toBool();
}

void Settings::setStartedWithOllama(bool started)
{
    setValue(startedWithOllamaKey, started);
}

QStringList Settings::composerTargets() const
{
    return m_settings.value(composerTargetsKey).toStringList();
}

void Settings::setComposerTargets(const QStringList &targets)
{
    setValue(composerTargetsKey, targets);
}

QMap<QString, QStringList> Settings::modelSets() const
{
    QMap<QString, QStringList> sets;
    const QVariantMap stored = m_settings.value(modelSetsKey).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        sets.insert(it.key(), it.value().toStringList());
    }
    return sets;
}

void Settings::setModelSets(const QMap<QString, QStringList> &sets)
{
    QVariantMap stored;
    for (auto it = sets.cbegin(); it != sets.cend(); ++it) {
        stored.insert(it.key(), it.value());
    }
    setValue(modelSetsKey, stored);
}

bool Settings::enterSends() const
{
    return m_settings.value(enterSendsKey, true).toBool();
}

void Settings::setEnterSends(bool enterSends)
{
    setValue(enterSendsKey, enterSends);
}

bool Settings::blindCompare() const
{
    return m_settings.value(blindCompareKey, false).toBool();
}

void Settings::setBlindCompare(bool on)
{
    setValue(blindCompareKey, on);
}

QString Settings::colorScheme() const
{
    const QString scheme = m_settings.value(colorSchemeKey, u"system"_s).toString();
    return scheme == "light"_L1 || scheme == "dark"_L1 ? scheme : u"system"_s;
}

void Settings::setColorScheme(const QString &scheme)
{
    setValue(colorSchemeKey, scheme);
}

QString Settings::language() const
{
    return m_settings.value(languageKey).toString();
}

void Settings::setLanguage(const QString &language)
{
    setValue(languageKey, language);
}

QString Settings::followUpPolicy() const
{
    return m_settings.value(followUpKey, u"own-thread"_s).toString();
}

void Settings::setFollowUpPolicy(const QString &policy)
{
    setValue(followUpKey, policy);
}

int Settings::maxToolRounds() const
{
    return qBound(1, m_settings.value(u"tools/max_rounds"_s, 8).toInt(), 50);
}

void Settings::setMaxToolRounds(int rounds)
{
    setValue(u"tools/max_rounds"_s, qBound(1, rounds, 50));
}

QStringList Settings::toolset() const
{
    return m_settings.value(u"tools/toolset"_s).toStringList();
}

void Settings::setToolset(const QStringList &servers)
{
    setValue(u"tools/toolset"_s, servers);
}

QString Settings::judgeTarget() const
{
    return m_settings.value(judgeTargetKey).toString();
}

void Settings::setJudgeTarget(const QString &target)
{
    setValue(judgeTargetKey, target);
}

qint64 Settings::lastConversation() const
{
    return m_settings.value(lastConversationKey, 0).toLongLong();
}

void Settings::setLastConversation(qint64 id)
{
    setValue(lastConversationKey, id);
}

bool Settings::sync()
{
    m_settings.sync();
    return m_settings.status() == QSettings::NoError;
}

QString Settings::errorString() const
{
    switch (m_settings.status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return QCoreApplication::translate("Quorum::Settings", "Cannot write the settings file %1.")
            .arg(m_settings.fileName());
    case QSettings::FormatError:
        return QCoreApplication::translate("Quorum::Settings", "The settings file %1 is not valid.")
            .arg(m_settings.fileName());
    }
    return {};
}

} // namespace Quorum
