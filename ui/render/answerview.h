// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QTextBrowser>

namespace Quorum
{

/*!
 * The view of a rendered answer: a QTextBrowser whose Copy (and drag) gives each formula
 * as its TeX source between its delimiters, where a plain QTextBrowser would give an object
 * character.
 */
class AnswerView final : public QTextBrowser
{
    Q_OBJECT

public:
    using QTextBrowser::QTextBrowser;

protected:
    QMimeData *createMimeDataFromSelection() const override;
};

} // namespace Quorum
