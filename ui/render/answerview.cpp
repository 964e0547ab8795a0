// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "render/answerview.h"

#include <QMimeData>

#include "documents/mathobject.h"

namespace Quorum
{

QMimeData *AnswerView::createMimeDataFromSelection() const
{
    const QTextCursor selection = textCursor();
    if (!selection.selectedText().contains(QChar::ObjectReplacementCharacter)) {
        return QTextBrowser::createMimeDataFromSelection();
    }
    // With a formula in it, plain text only (a fresh QMimeData: QTextEdit's own fills in its
    // text from the selection when first read): in an HTML or ODF copy the formula would be an
    // empty object where it is pasted.
    auto *data = new QMimeData;
    data->setText(plainTextWithMath(selection));
    return data;
}

} // namespace Quorum
