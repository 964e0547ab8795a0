// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "theme/theme.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

#include "theme/symbolstyle.h"

using namespace Qt::StringLiterals;

namespace Quorum::Theme
{

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    QPalette p(QColor(0x35, 0x35, 0x35), window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x32, 0x32, 0x32));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

QPalette problemPalette(const QPalette &palette)
{
    QPalette red = palette;
    red.setColor(QPalette::WindowText, isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x39, 0x2b));
    return red;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

bool apply(const QString &scheme)
{
    QStyleHints *hints = QGuiApplication::styleHints();
    const Qt::ColorScheme wanted = scheme == "dark"_L1 ? Qt::ColorScheme::Dark
        : scheme == "light"_L1                         ? Qt::ColorScheme::Light
                                                       : Qt::ColorScheme::Unknown;
    hints->setColorScheme(wanted); // followed by platforms that can (no-op elsewhere)
    const bool dark = wanted == Qt::ColorScheme::Dark
        || (wanted == Qt::ColorScheme::Unknown && hints->colorScheme() == Qt::ColorScheme::Dark);
    // Where the platform's palette does not follow the hint, Fusion and our palette do.
    const bool paletteIsDark = isDark(QApplication::palette());
    if (dark != paletteIsDark) {
        if (dark) {
            QApplication::setStyle(new SymbolStyle(QStyleFactory::create(u"Fusion"_s)));
            QApplication::setPalette(darkPalette());
        } else {
            QApplication::setPalette(QApplication::style()->standardPalette());
        }
    }
    return dark;
}

void installStyle()
{
    QApplication::setStyle(new SymbolStyle);
}

QIcon accountIcon(const QString &accountId, qreal ratio, int size)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const int hue = static_cast<int>(qHash(accountId) % 360);
    painter.setBrush(QColor::fromHsv(hue, 150, 190));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(0, 0, size, size));
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setPixelSize(size * 10 / 16);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, accountId.left(1).toUpper());
    return QIcon(pixmap);
}

} // namespace Quorum::Theme
