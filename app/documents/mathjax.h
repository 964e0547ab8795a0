// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <memory>

#include <QByteArray>
#include <QCache>
#include <QString>

namespace Quorum
{

//! A formula drawn by MathJax: an SVG and its size in ex of the surrounding text.
struct MathSvg {
    QByteArray svg;      //!< drawn in currentColor (the reader's text colour)
    double widthEx = 0;  //!< the whole width
    double heightEx = 0; //!< the whole height
    double depthEx = 0;  //!< how far it reaches below the text's baseline
};

/*!
 * TeX to SVG, offline, by MathJax 3 (mathjax-full's CommonJS build, Debian's
 * node-mathjax-full) run in QuickJS with MathJax's lite DOM adaptor: no browser, no DOM, no
 * network. One per thread (forThisThread()); loading MathJax takes ~80 ms, on first use.
 *
 * TeX packages: base, ams, newcommand, boldsymbol, braket, cancel, color, mathtools,
 * physics, cases, gensymb, upgreek and textmacros. Left out on purpose: html (\href,
 * \class, \style: markup from an answer), require and autoload (loading code), and
 * noundefined (an unknown macro is an error, so the formula shows as its source).
 *
 * Limits against hostile formulas: 20,000 characters, 1 s of work and 256 MB per formula
 * (the engine is made anew after a formula hits one), MathJax's own limits on macro
 * expansion; an error comes back as text, never as a half-drawn formula.
 */
class MathJax final
{
public:
    static constexpr qsizetype maximumLength = 20000;
    static constexpr int timeLimitMs = 1000;

    //! This thread's MathJax (loaded on first conversion).
    static MathJax &forThisThread();
    //! Where MathJax is read from: $QUORUM_MATHJAX_DIR, else the build's QUORUM_MATHJAX_DIR.
    static QString directory();

    MathJax();
    ~MathJax();
    Q_DISABLE_COPY_MOVE(MathJax)

    //! \a tex as an SVG (display: as a block), or why it cannot be drawn.
    [[nodiscard]] std::expected<MathSvg, QString> toSvg(const QString &tex, bool display);
    //! Loads MathJax now (false, with loadError(), when it is not there or does not load).
    bool load();
    QString loadError() const { return m_loadError; }
    //! How many formulas were converted (not found in the cache), for tests.
    int conversions() const { return m_conversions; }

private:
    struct Engine;
    [[nodiscard]] std::expected<MathSvg, QString> convert(const QString &tex, bool display);

    std::unique_ptr<Engine> m_engine;
    QString m_loadError;
    int m_conversions = 0;
    QCache<QString, std::expected<MathSvg, QString>> m_cache;
};

} // namespace Quorum
