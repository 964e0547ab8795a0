// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace Quorum
{

//! The exact request sent for an answer (keys redacted) and the raw response, as text.
class InspectorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorDialog)

public:
    InspectorDialog(const QString &title, const QString &request, const QString &response, QWidget *parent = nullptr);
    ~InspectorDialog() override;

    QPlainTextEdit *requestView() const { return m_request; }
    QPlainTextEdit *responseView() const { return m_response; }

private:
    QPlainTextEdit *m_request = nullptr;
    QPlainTextEdit *m_response = nullptr;
};

} // namespace Quorum
