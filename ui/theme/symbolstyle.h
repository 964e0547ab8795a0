// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QProxyStyle>

namespace Quorum::Theme
{

/*!
 * The application's style (the platform's, or Fusion), with the standard icons Quorum's first
 * screen shows drawn as vector symbols in the palette's colours: a line edit's clear button and
 * the menu bar's and tool bars' extension buttons. Where the desktop's icon theme has a clear
 * icon, that one is used, as Qt would.
 *
 * Why not Qt's own: its fall-backs are PNG files, and Qt reads each one's size when the icon is
 * made (QPixmapIconEngine::addFile); the first PNG read by file name loads every image-format
 * plugin installed (eleven on Debian, with libtiff, libwebp, libjpeg and libmng: 1.9 MiB and
 * 7-9 ms of every start here) for a window that shows no raster image at all. Drawn symbols
 * are also crisp at any scale and follow the dark palette.
 */
class SymbolStyle final : public QProxyStyle
{
public:
    //! Wraps \a base (owned), or the platform's default style when it is null.
    explicit SymbolStyle(QStyle *base = nullptr);

    QIcon standardIcon(StandardPixmap which, const QStyleOption *option, const QWidget *widget) const override;
};

} // namespace Quorum::Theme
