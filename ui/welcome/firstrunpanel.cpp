// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "welcome/firstrunpanel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "providers/modellister.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

FirstRunPanel::FirstRunPanel(ProviderAccount ollama, QNetworkAccessManager *network, QWidget *parent)
    : QWidget(parent)
    , m_ollama(std::move(ollama))
    , m_network(network)
{
    setObjectName(u"firstRunPanel"_s);
    auto *title = new QLabel(tr("Set up a model provider"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(
        tr("Quorum sends each prompt to several models at once. Start with a model on this computer, or add "
           "the API key of a cloud provider. Keys are kept in the system keychain."),
        this);
    intro->setWordWrap(true);

    m_ollamaStatus = new QLabel(this);
    m_ollamaStatus->setObjectName(u"ollamaStatus"_s);
    m_ollamaStatus->setWordWrap(true);
    m_ollamaStatus->setTextFormat(Qt::PlainText);
    m_useOllama = new QPushButton(tr("Start with &Ollama"), this);
    m_useOllama->setObjectName(u"useOllama"_s);
    m_useOllama->setVisible(false);
    connect(m_useOllama, &QPushButton::clicked, this, &FirstRunPanel::useOllamaRequested);

    auto *cloud = new QLabel(tr("Or add a cloud provider:"), this);
    auto *grid = new QGridLayout;
    int n = 0;
    for (const QString &id : {u"openai"_s, u"anthropic"_s, u"gemini"_s, u"mistral"_s, u"openrouter"_s, u"deepseek"_s}) {
        const auto preset = ProviderPreset::find(id);
        if (!preset) {
            continue;
        }
        auto *button = new QPushButton(preset->displayName, this);
        button->setObjectName(u"add-"_s + id);
        button->setAccessibleName(tr("Add %1").arg(preset->displayName));
        connect(button, &QPushButton::clicked, this, [this, id] { Q_EMIT addProviderRequested(id); });
        grid->addWidget(button, n / 3, n % 3);
        ++n;
    }
    auto *more = new QPushButton(tr("More Providers…"), this);
    more->setObjectName(u"addOther"_s);
    connect(more, &QPushButton::clicked, this, [this] { Q_EMIT addProviderRequested(QString()); });
    grid->addWidget(more, n / 3, n % 3);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addWidget(m_ollamaStatus);
    column->addWidget(m_useOllama, 0, Qt::AlignLeft);
    column->addSpacing(12);
    column->addWidget(cloud);
    column->addLayout(grid);
    auto *frame = new QWidget(this);
    frame->setLayout(column);
    frame->setMaximumWidth(560);
    // Centred by stretches, not by an alignment flag: an aligned item gets its size hint's
    // height, too little for word-wrapped text at a wider width (it was squashed under Xvfb).
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(frame, 100);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(row);
    layout->addStretch(2);
    detectOllama();
}

FirstRunPanel::~FirstRunPanel() = default;

void FirstRunPanel::detectOllama()
{
    delete m_lister;
    m_ollamaStatus->setText(tr("Looking for Ollama on this computer…"));
    m_useOllama->setVisible(false);
    // A short timeout: a local server that is there answers in milliseconds.
    m_lister = new ModelLister(m_network, m_ollama, std::chrono::seconds(3), this);
    connect(m_lister, &ModelLister::finished, this, [this](const QList<ModelInfo> &models) {
        QStringList names;
        for (qsizetype i = 0; i < models.size() && i < 4; ++i) {
            names << models.at(i).id;
        }
        if (models.isEmpty()) {
            m_ollamaStatus->setText(tr("Ollama is running on this computer but has no models yet. Pull one "
                                       "(for example: ollama pull llama3.2), then look again."));
        } else {
            m_ollamaStatus->setText(
                tr("Ollama is running on this computer with %n model(s): %1.", nullptr, int(models.size()))
                    .arg(names.join(u", "_s) + (models.size() > names.size() ? u", …"_s : QString())));
            m_useOllama->setVisible(true);
        }
        m_lister->deleteLater();
    });
    connect(m_lister, &ModelLister::failed, this, [this](const StreamError &) {
        m_ollamaStatus->setText(tr("No Ollama is running on this computer (%1). Install it from ollama.com to "
                                   "use local models.")
                .arg(m_ollama.baseUrl.toString()));
        m_lister->deleteLater();
    });
    m_lister->start();
}

} // namespace Quorum
