// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "compare/inspectordialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Quorum
{

InspectorDialog::InspectorDialog(const QString &title, const QString &request, const QString &response, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"inspectorDialog"_s);
    setWindowTitle(tr("Inspect: %1").arg(title));
    resize(760, 600);
    const auto makeView = [this](const QString &text, const QString &name) {
        auto *view = new QPlainTextEdit(this);
        view->setObjectName(name);
        view->setReadOnly(true);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        view->setPlainText(text);
        return view;
    };
    m_request = makeView(request, u"inspectedRequest"_s);
    m_response = makeView(response, u"inspectedResponse"_s);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_request, tr("Request (keys hidden)"));
    tabs->addTab(m_response, tr("Raw Response"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
}

InspectorDialog::~InspectorDialog() = default;

} // namespace Quorum
