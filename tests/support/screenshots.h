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

#include "theme/theme.h"

namespace Quorum::Testing
{

inline void saveScreenshots(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("QUORUM_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    // Widgets added to a visible layout are shown by a queued call: let it run first.
    QApplication::processEvents();
    QApplication::processEvents();
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    QStyle *const before = QApplication::style();
    const QString styleName = before->name();
    const QPalette palette = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(Theme::darkPalette());
    QApplication::processEvents(); // palette changes reach the widgets as events
    widget->grab().save(dir + u'/' + name + QStringLiteral("-dark.png"));
    QApplication::setStyle(QStyleFactory::create(styleName));
    QApplication::setPalette(palette);
    QApplication::processEvents();
}

} // namespace Quorum::Testing
