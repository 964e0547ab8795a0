// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "compare/diffdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

#include <dtl/dtl.hpp>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
QStringList tokens(const QString &text)
{
    // Words, runs of whitespace, and each other character on its own.
    static const QRegularExpression token(u"\\w+|\\s+|[^\\w\\s]"_s, QRegularExpression::UseUnicodePropertiesOption);
    QStringList result;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        result.append(it.next().captured());
    }
    return result;
}
} // namespace

QList<DiffPiece> wordDiff(const QString &from, const QString &to)
{
    const QStringList a = tokens(from);
    const QStringList b = tokens(to);
    // dtl works on random-access sequences of comparable elements.
    const std::vector<QString> left(a.cbegin(), a.cend());
    const std::vector<QString> right(b.cbegin(), b.cend());
    dtl::Diff<QString, std::vector<QString>> diff(left, right);
    diff.compose();
    QList<DiffPiece> pieces;
    for (const auto &[element, info] : diff.getSes().getSequence()) {
        const DiffPiece::Kind kind = info.type == dtl::SES_DELETE ? DiffPiece::Kind::Removed
            : info.type == dtl::SES_ADD                           ? DiffPiece::Kind::Added
                                                                  : DiffPiece::Kind::Same;
        if (!pieces.isEmpty() && pieces.constLast().kind == kind) {
            pieces.last().text += element;
        } else {
            pieces.append({kind, element});
        }
    }
    return pieces;
}

DiffDialog::DiffDialog(
    const QString &fromLabel, const QString &from, const QString &toLabel, const QString &to, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"diffDialog"_s);
    setWindowTitle(tr("Compare Answers"));
    resize(820, 620);
    const QList<DiffPiece> pieces = wordDiff(from, to);
    int removed = 0;
    int added = 0;

    m_view = new QTextBrowser(this);
    m_view->setObjectName(u"diffView"_s);
    m_view->setOpenLinks(false);
    QTextCursor cursor(m_view->document());
    QTextCharFormat same;
    same.setFont(QFontDatabase::systemFont(QFontDatabase::GeneralFont));
    QTextCharFormat minus = same;
    minus.setBackground(QColor(220, 50, 47, 60));
    minus.setFontStrikeOut(true);
    QTextCharFormat plus = same;
    plus.setBackground(QColor(133, 153, 0, 70));
    for (const DiffPiece &piece : pieces) {
        switch (piece.kind) {
        case DiffPiece::Kind::Same:
            cursor.insertText(piece.text, same);
            break;
        case DiffPiece::Kind::Removed:
            cursor.insertText(piece.text, minus);
            removed += static_cast<int>(tokens(piece.text).size());
            break;
        case DiffPiece::Kind::Added:
            cursor.insertText(piece.text, plus);
            added += static_cast<int>(tokens(piece.text).size());
            break;
        }
    }
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"diffSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Struck out: only in %1. Highlighted: only in %2. %3 removed, %4 added.")
            .arg(fromLabel, toLabel)
            .arg(tr("%n piece(s)", nullptr, removed), tr("%n piece(s)", nullptr, added)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
}

DiffDialog::~DiffDialog() = default;

QString DiffDialog::summary() const
{
    return m_summary->text();
}

} // namespace Quorum
