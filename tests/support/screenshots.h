// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

// Screenshots of widgets under test, to look at: with QUORUM_SCREENSHOT_DIR set, a widget is
// saved as NAME.png in the current palette and as NAME-dark.png in a dark one (Fusion with
// a dark palette, as on a desktop in dark mode), which shows any colour that ignores the
// palette. Without the variable nothing happens.

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace Quorum::Testing
{

inline QPalette darkPalette()
{
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    QPalette p(QColor(0x35, 0x35, 0x35), window); // derives light, mid, dark and shadow from these
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

inline void saveScreenshots(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("QUORUM_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    QStyle *const before = QApplication::style();
    const QString styleName = before->name();
    const QPalette palette = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    QApplication::processEvents(); // palette changes reach the widgets as events
    widget->grab().save(dir + u'/' + name + QStringLiteral("-dark.png"));
    QApplication::setStyle(QStyleFactory::create(styleName));
    QApplication::setPalette(palette);
    QApplication::processEvents();
}

} // namespace Quorum::Testing
