// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QFrame>
#include <QScrollArea>
#include <QString>

namespace Quorum
{

/*!
 * A Settings form that scrolls rather than squeezing its rows when the dialog is short. The
 * area is frameless, scrolls only vertically (the form narrows with its splitter) and is no
 * Tab stop of its own: Tab goes into the fields, and the area follows the one focused.
 */
inline QScrollArea *formScrollArea(QWidget *form, const QString &objectName, const QString &name, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setObjectName(objectName);
    scroll->setAccessibleName(name);
    return scroll;
}

} // namespace Quorum
