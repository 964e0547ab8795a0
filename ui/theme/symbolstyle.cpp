// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "theme/symbolstyle.h"

#include <algorithm>
#include <optional>

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Quorum::Theme
{

namespace
{

enum class Symbol { Clear, ExtendRight, ExtendLeft, ExtendDown };

//! Draws one symbol at any size, in the application palette's colours at the time of painting
//! (so a cached QIcon follows a change to the dark palette).
class SymbolIconEngine final : public QIconEngine
{
public:
    explicit SymbolIconEngine(Symbol symbol)
        : m_symbol(symbol)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QPalette::ColorGroup group = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
        QColor ink = palette.color(group, QPalette::WindowText);
        const qreal side = std::min(rect.width(), rect.height());
        const QRectF box(QPointF(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0),
            QSizeF(side, side));
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (m_symbol == Symbol::Clear) {
            // A soft disc with a cross cut out of it, as most platforms draw it.
            ink.setAlphaF(mode == QIcon::Active ? 0.7f : 0.45f);
            painter->setPen(Qt::NoPen);
            painter->setBrush(ink);
            const QRectF disc = box.adjusted(side * 0.1, side * 0.1, -side * 0.1, -side * 0.1);
            painter->drawEllipse(disc);
            QPen cross(palette.color(group, QPalette::Base), std::max(1.0, side * 0.1), Qt::SolidLine, Qt::RoundCap);
            painter->setPen(cross);
            const qreal arm = side * 0.17;
            const QPointF c = disc.center();
            painter->drawLine(c + QPointF(-arm, -arm), c + QPointF(arm, arm));
            painter->drawLine(c + QPointF(-arm, arm), c + QPointF(arm, -arm));
        } else {
            // Two chevrons: "more to the right" (or left, or below).
            painter->setPen(QPen(ink, std::max(1.0, side * 0.09), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            painter->translate(box.center());
            painter->rotate(m_symbol == Symbol::ExtendDown ? 90 : m_symbol == Symbol::ExtendLeft ? 180 : 0);
            const qreal h = side * 0.22, w = side * 0.16;
            for (const qreal x : {-side * 0.16, side * 0.08}) {
                QPainterPath chevron;
                chevron.moveTo(x - w / 2, -h);
                chevron.lineTo(x + w / 2, 0);
                chevron.lineTo(x - w / 2, h);
                painter->drawPath(chevron);
            }
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    //! Drawn for the device's pixels: \a size times \a scale of them, crisp at any scale.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent); // QIconEngine's own pixmap() leaves it uninitialised
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new SymbolIconEngine(m_symbol); }

    QString key() const override { return u"QuorumSymbol"_s; }

private:
    Symbol m_symbol;
};

std::optional<Symbol> symbolFor(QStyle::StandardPixmap which, const QWidget *widget)
{
    const bool rightToLeft
        = (widget ? widget->layoutDirection() : QGuiApplication::layoutDirection()) == Qt::RightToLeft;
    switch (which) {
    case QStyle::SP_LineEditClearButton:
        return Symbol::Clear;
    case QStyle::SP_ToolBarHorizontalExtensionButton:
        return rightToLeft ? Symbol::ExtendLeft : Symbol::ExtendRight;
    case QStyle::SP_ToolBarVerticalExtensionButton:
        return Symbol::ExtendDown;
    default:
        return std::nullopt;
    }
}

} // namespace

SymbolStyle::SymbolStyle(QStyle *base)
    : QProxyStyle(base)
{
}

QIcon SymbolStyle::standardIcon(StandardPixmap which, const QStyleOption *option, const QWidget *widget) const
{
    const std::optional<Symbol> symbol = symbolFor(which, widget);
    if (!symbol) {
        return QProxyStyle::standardIcon(which, option, widget);
    }
    // The desktop's own clear icon where its theme has one (Breeze, Adwaita: vector files).
    if (*symbol == Symbol::Clear && QIcon::hasThemeIcon(u"edit-clear"_s)) {
        return QIcon::fromTheme(u"edit-clear"_s);
    }
    return QIcon(new SymbolIconEngine(*symbol));
}

} // namespace Quorum::Theme
