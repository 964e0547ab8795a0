// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QDialog>

class QTextBrowser;
class QLabel;

namespace Quorum
{

//! A piece of a word-level diff: text common to both, only in the first, or only in the second.
struct DiffPiece {
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    friend bool operator==(const DiffPiece &, const DiffPiece &) = default;
};

/*!
 * The word-level difference between two texts, computed with dtl (an O(ND) diff): words and
 * the whitespace between them are the units, so a changed word shows as one change and
 * code keeps its layout. Adjacent pieces of one kind are merged.
 */
QList<DiffPiece> wordDiff(const QString &from, const QString &to);

//! Two answers of a turn side by side as one text: removed words struck out, added ones marked.
class DiffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffDialog)

public:
    DiffDialog(const QString &fromLabel,
        const QString &from,
        const QString &toLabel,
        const QString &to,
        QWidget *parent = nullptr);
    ~DiffDialog() override;

    QTextBrowser *view() const { return m_view; }
    QString summary() const;

private:
    QTextBrowser *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Quorum
