// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QWidget>

class QLabel;

namespace Quorum
{

/*!
 * The centre of the main window, where the answers of several models appear side by
 * side. Until a conversation is open it explains what to do.
 */
class CompareArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareArea)

public:
    explicit CompareArea(QWidget *parent = nullptr);
    ~CompareArea() override;

private:
    QLabel *m_welcomeLabel = nullptr;
};

} // namespace Quorum
