// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "settings/toolspage.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "common/settings.h"
#include "secrets/secretstore.h"
#include "tools/mcpclient.h"
#include "tools/websearch.h"
#include "tools/websearchtool.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
QString describe(const McpServerConfig &server)
{
    if (server.transport == McpServerConfig::Transport::Http) {
        return server.url.toString();
    }
    QStringList words {server.command};
    words << server.arguments;
    return words.join(u' ');
}

QComboBox *approvalBox(QWidget *parent, ToolApproval approval)
{
    auto *box = new QComboBox(parent);
    box->addItem(ToolsPage::tr("Allow"), int(ToolApproval::Allow));
    box->addItem(ToolsPage::tr("Ask"), int(ToolApproval::Ask));
    box->addItem(ToolsPage::tr("Deny"), int(ToolApproval::Deny));
    box->setCurrentIndex(box->findData(int(approval)));
    return box;
}
} // namespace

ToolsPage::ToolsPage(
    QString dataDir, SecretStore *keychain, Settings *settings, QNetworkAccessManager *network, QWidget *parent)
    : QWidget(parent)
    , m_dataDir(std::move(dataDir))
    , m_keychain(keychain)
    , m_settings(settings)
    , m_config(m_dataDir)
    , m_network(network)
{
    setObjectName(u"toolsPage"_s);

    // MCP servers, and the tools of the one selected.
    auto *serversBox = new QGroupBox(tr("MCP servers"), this);
    m_servers = new QTreeWidget(serversBox);
    m_servers->setObjectName(u"toolServers"_s);
    m_servers->setAccessibleName(tr("MCP servers"));
    m_servers->setHeaderLabels({tr("Server"), tr("Kind"), tr("Command or address")});
    m_servers->setRootIsDecorated(false);
    m_servers->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto *add = new QPushButton(tr("A&dd…"), serversBox);
    add->setObjectName(u"addToolServer"_s);
    add->setAccessibleName(tr("Add an MCP server"));
    m_remove = new QPushButton(tr("Re&move"), serversBox);
    m_remove->setObjectName(u"removeToolServer"_s);
    m_remove->setAccessibleName(tr("Remove the selected MCP server"));
    m_listTools = new QPushButton(tr("&List Its Tools"), serversBox);
    m_listTools->setObjectName(u"listServerTools"_s);
    m_listTools->setAccessibleName(tr("Start the selected server and list its tools"));
    auto *serverButtons = new QHBoxLayout;
    serverButtons->addWidget(add);
    serverButtons->addWidget(m_remove);
    serverButtons->addStretch(1);
    serverButtons->addWidget(m_listTools);
    m_tools = new QTreeWidget(serversBox);
    m_tools->setObjectName(u"serverTools"_s);
    m_tools->setAccessibleName(tr("The selected server's tools"));
    m_tools->setHeaderLabels({tr("Tool"), tr("When a model calls it")});
    m_tools->setRootIsDecorated(false);
    m_tools->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *secretsHelp = new QLabel(tr("A server's environment variables and headers (tokens) are set with quorum mcp "
                                      "add; their values are kept in the system keychain."),
        serversBox);
    secretsHelp->setWordWrap(true);
    secretsHelp->setForegroundRole(QPalette::PlaceholderText);
    auto *rounds = new QSpinBox(serversBox);
    rounds->setObjectName(u"maxToolRounds"_s);
    rounds->setAccessibleName(tr("Rounds of tool calls an answer may make"));
    rounds->setRange(1, 50);
    rounds->setValue(m_settings ? m_settings->maxToolRounds() : 8);
    auto *roundsRow = new QFormLayout;
    roundsRow->addRow(tr("Rounds of tool calls an answer may make:"), rounds);
    auto *serversLayout = new QVBoxLayout(serversBox);
    serversLayout->addWidget(m_servers, 2);
    serversLayout->addLayout(serverButtons);
    serversLayout->addWidget(m_tools, 3);
    serversLayout->addWidget(secretsHelp);
    serversLayout->addLayout(roundsRow);

    // The web search.
    auto *searchBox = new QGroupBox(tr("Web search"), this);
    m_service = new QComboBox(searchBox);
    m_service->setObjectName(u"webSearchService"_s);
    m_service->setAccessibleName(tr("Web search service"));
    m_service->addItem(tr("Off"), int(WebSearchConfig::Service::None));
    m_service->addItem(u"SearXNG"_s, int(WebSearchConfig::Service::SearXng));
    m_service->addItem(u"Brave Search"_s, int(WebSearchConfig::Service::Brave));
    m_service->addItem(u"Tavily"_s, int(WebSearchConfig::Service::Tavily));
    m_url = new QLineEdit(searchBox);
    m_url->setObjectName(u"webSearchUrl"_s);
    m_key = new QLineEdit(searchBox);
    m_key->setObjectName(u"webSearchKey"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_results = new QSpinBox(searchBox);
    m_results->setObjectName(u"webSearchResults"_s);
    m_results->setRange(1, 20);
    m_searchTags = new QLineEdit(searchBox);
    m_searchTags->setObjectName(u"webSearchTags"_s);
    m_searchTags->setPlaceholderText(tr("none; “local” for a SearXNG of your own"));
    m_searchApproval = approvalBox(searchBox, ToolApproval::Ask);
    m_searchApproval->setObjectName(u"webSearchApproval"_s);
    m_searchApproval->setAccessibleName(tr("When a model calls the web search"));
    auto *saveSearch = new QPushButton(tr("Appl&y"), searchBox);
    saveSearch->setObjectName(u"saveWebSearch"_s);
    saveSearch->setAccessibleName(tr("Save the web search settings"));
    auto *testSearch = new QPushButton(tr("&Test"), searchBox);
    testSearch->setObjectName(u"testWebSearch"_s);
    testSearch->setAccessibleName(tr("Search for “Qt” with the saved settings"));
    m_searchStatus = new QLabel(searchBox);
    m_searchStatus->setObjectName(u"webSearchStatus"_s);
    m_searchStatus->setWordWrap(true);
    m_searchStatus->setTextFormat(Qt::PlainText);
    auto *searchHelp = new QLabel(tr("Choose it per conversation in the composer's Tools menu: as a tool the models "
                                     "may call, or shared (one search with the prompt, the same results for every "
                                     "model, listed under each answer)."),
        searchBox);
    searchHelp->setWordWrap(true);
    searchHelp->setForegroundRole(QPalette::PlaceholderText);
    auto *searchButtons = new QHBoxLayout;
    searchButtons->addWidget(m_searchStatus, 1);
    searchButtons->addWidget(testSearch);
    searchButtons->addWidget(saveSearch);
    auto *searchForm = new QFormLayout(searchBox);
    searchForm->addRow(tr("Ser&vice:"), m_service);
    searchForm->addRow(tr("Addr&ess:"), m_url);
    searchForm->addRow(tr("API &key:"), m_key);
    searchForm->addRow(tr("Res&ults:"), m_results);
    searchForm->addRow(tr("Ta&gs for the rules:"), m_searchTags);
    searchForm->addRow(tr("&When a model calls it:"), m_searchApproval);
    searchForm->addRow(searchHelp);
    searchForm->addRow(searchButtons);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"toolsProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(u"color: rgb(220, 50, 47);"_s);
    m_problem->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(serversBox, 3);
    layout->addWidget(searchBox, 2);

    connect(add, &QPushButton::clicked, this, &ToolsPage::addServer);
    connect(m_remove, &QPushButton::clicked, this, &ToolsPage::removeServer);
    connect(m_listTools, &QPushButton::clicked, this, &ToolsPage::listTools);
    connect(m_servers, &QTreeWidget::itemSelectionChanged, this, &ToolsPage::serverSelected);
    connect(m_servers, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column != 0) {
            return;
        }
        const QString name = item->data(0, Qt::UserRole).toString();
        if (std::optional<McpServerConfig> server = m_config.find(name)) {
            const bool on = item->checkState(0) == Qt::Checked;
            if (server->enabled != on) {
                server->enabled = on;
                m_config.upsert(*server);
                save();
            }
        }
    });
    connect(rounds, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_settings) {
            m_settings->setMaxToolRounds(value);
            Q_EMIT toolsChanged();
        }
    });
    connect(m_service, &QComboBox::currentIndexChanged, this, [this] {
        const auto service = WebSearchConfig::Service(m_service->currentData().toInt());
        m_url->setEnabled(service != WebSearchConfig::Service::None);
        m_key->setEnabled(service == WebSearchConfig::Service::Brave || service == WebSearchConfig::Service::Tavily);
        m_url->setPlaceholderText(service == WebSearchConfig::Service::SearXng
                ? tr("https://searx.example.org (its JSON format enabled)")
                : tr("the service's own API"));
    });
    connect(saveSearch, &QPushButton::clicked, this, &ToolsPage::saveWebSearch);
    connect(testSearch, &QPushButton::clicked, this, &ToolsPage::testWebSearch);
    reload();
}

ToolsPage::~ToolsPage() = default;

void ToolsPage::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void ToolsPage::reload()
{
    if (auto loaded = m_config.load(); !loaded) {
        showProblem(loaded.error());
    }
    const QString selected
        = m_servers->currentItem() ? m_servers->currentItem()->data(0, Qt::UserRole).toString() : QString();
    const QSignalBlocker blocker(m_servers);
    m_servers->clear();
    for (const McpServerConfig &server : m_config.servers()) {
        auto *item = new QTreeWidgetItem(m_servers,
            {server.name,
                server.transport == McpServerConfig::Transport::Http ? tr("HTTP") : tr("stdio"),
                describe(server)});
        item->setData(0, Qt::UserRole, server.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, server.enabled ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(0, tr("Ticked: conversations may use its tools"));
        if (server.name == selected) {
            m_servers->setCurrentItem(item);
        }
    }
    m_servers->resizeColumnToContents(0);
    serverSelected();
    showWebSearch();
}

void ToolsPage::save()
{
    if (auto saved = m_config.save(); !saved) {
        showProblem(saved.error());
        return;
    }
    showProblem({});
    Q_EMIT toolsChanged();
}

std::optional<McpServerConfig> ToolsPage::selectedServer() const
{
    const QTreeWidgetItem *item = m_servers->currentItem();
    return item ? m_config.find(item->data(0, Qt::UserRole).toString()) : std::nullopt;
}

void ToolsPage::serverSelected()
{
    const std::optional<McpServerConfig> server = selectedServer();
    m_remove->setEnabled(server.has_value());
    m_listTools->setEnabled(server.has_value());
    m_tools->clear();
    if (!server) {
        return;
    }
    // The tools whose approval is set; the others are listed by "List Its Tools".
    QStringList names = server->approvals.keys();
    names.sort();
    for (const QString &tool : std::as_const(names)) {
        auto *item = new QTreeWidgetItem(m_tools, {tool});
        QComboBox *box = approvalBox(m_tools, server->approvals.value(tool));
        box->setAccessibleName(tr("When a model calls %1").arg(tool));
        m_tools->setItemWidget(item, 1, box);
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, name = server->name, tool] {
            setApproval(name, tool, ToolApproval(box->currentData().toInt()));
        });
    }
}

void ToolsPage::setApproval(const QString &server, const QString &tool, ToolApproval approval)
{
    std::optional<McpServerConfig> config = m_config.find(server);
    if (!config) {
        return;
    }
    if (approval == ToolApproval::Ask) {
        config->approvals.remove(tool); // ask is what a tool not named gets
    } else {
        config->approvals.insert(tool, approval);
    }
    m_config.upsert(*config);
    save();
}

void ToolsPage::listTools()
{
    const std::optional<McpServerConfig> selected = selectedServer();
    if (!selected) {
        return;
    }
    McpServerConfig server = *selected;
    if (m_keychain) {
        QStringList problems;
        const QList<McpServerConfig> withSecrets = McpConfig::withSecrets({server}, *m_keychain, &problems);
        if (withSecrets.isEmpty()) {
            showProblem(problems.join(u' '));
            return;
        }
        server = withSecrets.constFirst();
    }
    m_listTools->setEnabled(false);
    m_listTools->setText(tr("Starting…"));
    m_lister = std::make_unique<McpClient>(server);
    const auto done = [this, name = server.name] {
        m_listTools->setEnabled(true);
        m_listTools->setText(tr("&List Its Tools"));
        if (m_lister->state() != ToolSource::State::Ready) {
            showProblem(tr("%1: %2").arg(name, m_lister->problem()));
            return;
        }
        showProblem({});
        const std::optional<McpServerConfig> now = selectedServer();
        if (!now || now->name != name) {
            return;
        }
        m_tools->clear();
        for (const McpTool &tool : m_lister->tools()) {
            auto *item = new QTreeWidgetItem(m_tools, {tool.name});
            item->setToolTip(0, tool.description);
            QComboBox *box = approvalBox(m_tools, now->approvals.value(tool.name, ToolApproval::Ask));
            box->setAccessibleName(tr("When a model calls %1").arg(tool.name));
            m_tools->setItemWidget(item, 1, box);
            connect(box, &QComboBox::currentIndexChanged, this, [this, box, name, tool = tool.name] {
                setApproval(name, tool, ToolApproval(box->currentData().toInt()));
            });
        }
        m_lister->stop();
    };
    connect(m_lister.get(), &McpClient::ready, this, done);
    connect(m_lister.get(), &McpClient::failed, this, done);
    m_lister->start();
}

void ToolsPage::addServer()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add an MCP Server"));
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(u"newServerName"_s);
    auto *kind = new QComboBox(&dialog);
    kind->setObjectName(u"newServerKind"_s);
    kind->setAccessibleName(tr("How Quorum reaches the server"));
    kind->addItem(tr("A program Quorum starts (stdio)"));
    kind->addItem(tr("An address (Streamable HTTP)"));
    auto *target = new QLineEdit(&dialog);
    target->setObjectName(u"newServerTarget"_s);
    target->setPlaceholderText(tr("npx -y @modelcontextprotocol/server-filesystem ~/notes"));
    connect(kind, &QComboBox::currentIndexChanged, &dialog, [kind, target] {
        target->setPlaceholderText(kind->currentIndex() == 0
                ? tr("npx -y @modelcontextprotocol/server-filesystem ~/notes")
                : tr("https://mcp.example.com/mcp"));
    });
    auto *problem = new QLabel(&dialog);
    problem->setWordWrap(true);
    problem->setStyleSheet(u"color: rgb(220, 50, 47);"_s);
    problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Add the server"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Kind:"), kind);
    form->addRow(tr("&Command or address:"), target);
    form->addRow(problem);
    form->addRow(buttons);
    McpServerConfig server;
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        server = McpServerConfig {};
        server.name = name->text().trimmed();
        QString why;
        if (!McpConfig::validName(server.name)) {
            why = tr("A name is letters, digits, '-', '_' and '.' (it names the server's tools).");
        } else if (server.name == WebSearchTool::serverName()) {
            why = tr("“web” is the built-in web search; choose another name.");
        } else if (kind->currentIndex() == 1) {
            server.transport = McpServerConfig::Transport::Http;
            server.url = QUrl(target->text().trimmed(), QUrl::StrictMode);
            if (!server.url.isValid() || (server.url.scheme() != "http"_L1 && server.url.scheme() != "https"_L1)) {
                why = tr("The address is an http or https URL.");
            }
        } else {
            const QStringList words = QProcess::splitCommand(target->text());
            if (words.isEmpty()) {
                why = tr("Say which program to start, with its arguments.");
            } else {
                server.command = words.constFirst();
                server.arguments = words.mid(1);
            }
        }
        problem->setText(why);
        problem->setVisible(!why.isEmpty());
        if (why.isEmpty()) {
            dialog.accept();
        }
    });
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (const std::optional<McpServerConfig> existing = m_config.find(server.name)) {
        server.approvals = existing->approvals; // replaced: its tools' settings stay
    }
    m_config.upsert(server);
    save();
    reload();
}

void ToolsPage::removeServer()
{
    const std::optional<McpServerConfig> server = selectedServer();
    if (!server) {
        return;
    }
    const QString name = server->name;
    if (QMessageBox::question(this,
            tr("Remove an MCP Server"),
            tr("Remove the server “%1”? Conversations that use it go on without its tools.").arg(name))
        != QMessageBox::Yes) {
        return;
    }
    m_config.remove(name);
    if (m_keychain) {
        (void)m_keychain->removeBlocking(McpConfig::secretKey(name)); // none is fine
    }
    save();
    reload();
}

void ToolsPage::showWebSearch()
{
    const WebSearchConfig &search = m_config.webSearch();
    m_service->setCurrentIndex(m_service->findData(int(search.service)));
    m_url->setText(search.url.toString());
    m_results->setValue(search.maxResults);
    m_searchTags->setText(search.tags.join(u", "_s));
    m_searchApproval->setCurrentIndex(m_searchApproval->findData(int(search.approval)));
    m_key->clear();
    m_key->setPlaceholderText(search.needsKey() ? tr("kept in the keychain; type to replace it") : QString());
}

void ToolsPage::saveWebSearch()
{
    WebSearchConfig search;
    search.service = WebSearchConfig::Service(m_service->currentData().toInt());
    if (search.service != WebSearchConfig::Service::None) {
        const QString url = m_url->text().trimmed();
        if (!url.isEmpty()) {
            search.url = QUrl(url, QUrl::StrictMode);
            if (!search.url.isValid() || (search.url.scheme() != "http"_L1 && search.url.scheme() != "https"_L1)) {
                m_searchStatus->setText(tr("The address is an http or https URL."));
                return;
            }
        } else if (search.service == WebSearchConfig::Service::SearXng) {
            m_searchStatus->setText(tr("SearXNG needs the instance's address."));
            return;
        }
        search.maxResults = m_results->value();
        for (const QString &tag : m_searchTags->text().split(u',', Qt::SkipEmptyParts)) {
            search.tags << tag.trimmed();
        }
        search.approval = ToolApproval(m_searchApproval->currentData().toInt());
    }
    if (search.needsKey() && !m_key->text().trimmed().isEmpty()) {
        if (!m_keychain) {
            m_searchStatus->setText(tr("There is no keychain to keep the API key in."));
            return;
        }
        if (auto written = m_keychain->writeBlocking(McpConfig::webSearchSecretKey(), m_key->text().trimmed());
            !written) {
            m_searchStatus->setText(
                tr("The API key stays out of files, and the keychain cannot keep it: %1").arg(written.error().message));
            return;
        }
    } else if (!search.needsKey() && m_keychain) {
        (void)m_keychain->removeBlocking(McpConfig::webSearchSecretKey());
    }
    m_config.setWebSearch(search);
    save();
    showWebSearch();
    m_searchStatus->setText(search.configured() ? tr("Saved.") : tr("Web search is off."));
}

void ToolsPage::testWebSearch()
{
    if (!m_network) {
        return;
    }
    QStringList problems;
    const WebSearchConfig search = m_keychain && m_config.webSearch().configured()
        ? McpConfig::webSearchWithKey(m_config.webSearch(), *m_keychain, &problems)
        : m_config.webSearch();
    m_tester = std::make_unique<WebSearch>(m_network, search);
    m_searchStatus->setText(tr("Searching…"));
    connect(m_tester.get(), &WebSearch::finished, this, [this](qint64, const QList<WebResult> &results, qint64) {
        m_searchStatus->setText(results.isEmpty()
                ? tr("The search worked and found nothing.")
                : tr("The search worked: %n result(s), the first “%1”.", nullptr, int(results.size()))
                      .arg(results.constFirst().title.left(80)));
    });
    connect(m_tester.get(), &WebSearch::failed, this, [this](qint64, const QString &why) {
        m_searchStatus->setText(tr("The search failed: %1").arg(why));
    });
    m_tester->search(u"Qt"_s);
}

} // namespace Quorum
