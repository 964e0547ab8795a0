// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QPointer>
#include <QWidget>

#include "providers/provideraccount.h"

class QLabel;
class QNetworkAccessManager;
class QPushButton;

namespace Quorum
{

class ModelLister;

/*!
 * What the window shows while no provider is set up, instead of an empty screen: whether
 * Ollama answers on this machine (then one click starts with it), and a short way to add
 * a key for a cloud provider.
 */
class FirstRunPanel final : public QWidget
{
    Q_OBJECT

public:
    //! \a ollama is the account to look for a local Ollama with.
    FirstRunPanel(ProviderAccount ollama, QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~FirstRunPanel() override;

    //! Looks for Ollama again (the panel does it when it is created).
    void detectOllama();

    /*!
     * False: the panel fills the window's centre and lays its wrapped text out for the width
     * it gets. Said to the stack and splitter around it, height-for-width made each of their
     * size questions during start-up wrap the text again (~7 ms of the first paint here).
     */
    bool hasHeightForWidth() const override { return false; }

Q_SIGNALS:
    //! The user chose to add an account of this preset ("openai", "anthropic", ...).
    void addProviderRequested(const QString &presetId);
    //! The user chose to start with the local Ollama.
    void useOllamaRequested();

private:
    ProviderAccount m_ollama;
    QNetworkAccessManager *m_network;
    QPointer<ModelLister> m_lister;
    QLabel *m_ollamaStatus = nullptr;
    QPushButton *m_useOllama = nullptr;
};

} // namespace Quorum
