// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "documents/mathjax.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <quickjs.h>

using namespace Qt::Literals::StringLiterals;

namespace Quorum
{

namespace
{

constexpr size_t memoryLimit = size_t(256) << 20;
constexpr size_t stackLimit = size_t(1) << 20;

// MathJax's own start-up (mathjax-full/js/components) wants a browser or Node's module
// loader; this is the part of Node's require() MathJax's TeX-to-SVG path uses: relative
// CommonJS modules of mathjax-full itself, nothing else.
constexpr char loaderSource[] = R"JS((function (load, root) {
  const cache = new Map();
  const dirname = (p) => p.substring(0, p.lastIndexOf('/'));
  const normalize = (p) => {
    const out = [];
    for (const s of p.split('/')) {
      if (s === '..') out.pop(); else if (s !== '.' && s !== '') out.push(s);
    }
    return '/' + out.join('/');
  };
  const resolve = (from, name) => {
    if (!name.startsWith('.'))
      throw new Error('MathJax asked for a module Quorum does not load: ' + name);
    const path = normalize(dirname(from) + '/' + name);
    return path.endsWith('.js') ? path : path + '.js';
  };
  const require = (path) => {
    let module = cache.get(path);
    if (module) return module.exports;
    module = { exports: {} };
    cache.set(path, module);
    load(path)(module.exports, (name) => require(resolve(path, name)), module, path, dirname(path));
    return module.exports;
  };
  const js = root + '/js/';
  const packages = {
    base: 'base/BaseConfiguration', ams: 'ams/AmsConfiguration',
    newcommand: 'newcommand/NewcommandConfiguration', boldsymbol: 'boldsymbol/BoldsymbolConfiguration',
    braket: 'braket/BraketConfiguration', cancel: 'cancel/CancelConfiguration',
    color: 'color/ColorConfiguration', mathtools: 'mathtools/MathtoolsConfiguration',
    physics: 'physics/PhysicsConfiguration', cases: 'cases/CasesConfiguration',
    gensymb: 'gensymb/GensymbConfiguration', upgreek: 'upgreek/UpgreekConfiguration',
    textmacros: 'textmacros/TextMacrosConfiguration',
  };
  const { mathjax } = require(js + 'mathjax.js');
  const { TeX } = require(js + 'input/tex.js');
  const { SVG } = require(js + 'output/svg.js');
  const { liteAdaptor } = require(js + 'adaptors/liteAdaptor.js');
  const { RegisterHTMLHandler } = require(js + 'handlers/html.js');
  for (const name of Object.keys(packages)) require(js + 'input/tex/' + packages[name] + '.js');
  const adaptor = liteAdaptor();
  RegisterHTMLHandler(adaptor);
  const tex = new TeX({ packages: Object.keys(packages), formatError: (jax, error) => { throw error; } });
  const svg = new SVG({ fontCache: 'local' });
  const document = mathjax.document('', { InputJax: tex, OutputJax: svg });
  return (source, display) =>
    adaptor.innerHTML(document.convert(source, { display, em: 16, ex: 8, containerWidth: 1280 }));
}))JS";

QString takeString(JSContext *context, JSValue value)
{
    size_t length = 0;
    const char *text = JS_ToCStringLen(context, &length, value);
    QString result = text ? QString::fromUtf8(text, qsizetype(length)) : QString();
    if (text) {
        JS_FreeCString(context, text);
    }
    JS_FreeValue(context, value);
    return result;
}

//! The pending exception's message ("TeX: Missing close brace").
QString exceptionText(JSContext *context)
{
    const JSValue exception = JS_GetException(context);
    const JSValue message = JS_GetPropertyStr(context, exception, "message");
    QString text
        = JS_IsUndefined(message) ? takeString(context, JS_DupValue(context, exception)) : takeString(context, message);
    JS_FreeValue(context, exception);
    return text.isEmpty() ? u"unknown error"_s : text;
}

/*!
 * MathJax draws a piece of a stretched delimiter (a tall bracket, a brace over a sum) as an
 * <svg> inside the formula's <svg>, a window onto the glyph. Qt SVG follows SVG Tiny 1.2,
 * which has no nested <svg>, and leaves them out; this turns each into a group moved and
 * scaled as the window would, masked to the window (<mask> is one of the few SVG 1.1
 * elements Qt SVG adds since 6.7; it has no <clipPath>, and a <symbol> window misplaces
 * MathJax's pieces). Qt SVG draws a masked group through an image at the device's
 * resolution, so those pieces only are pixels in a PDF, at its 300 dpi.
 */
QString flattenNestedSvg(const QString &svg)
{
    static const QRegularExpression nested(uR"re(<svg\s([^>]*)>)re"_s);
    static const QRegularExpression attribute(uR"re(\b(width|height|x|y|viewBox)="([^"]*)")re"_s);
    QString result;
    result.reserve(svg.size() + 512);
    const qsizetype rootEnd = svg.indexOf(u'>') + 1;
    result += svg.first(rootEnd);
    qsizetype at = rootEnd;
    int window = 0;
    auto match = nested.match(svg, at);
    while (match.hasMatch()) {
        const qsizetype close = svg.indexOf(u"</svg>"_s, match.capturedEnd());
        if (close < 0) {
            break;
        }
        result += QStringView(svg).sliced(at, match.capturedStart() - at);
        double width = 0, height = 0, x = 0, y = 0;
        QList<double> box;
        for (auto it = attribute.globalMatch(match.captured(1)); it.hasNext();) {
            const auto a = it.next();
            const QString name = a.captured(1);
            if (name == u"viewBox"_s) {
                for (const QString &n : a.captured(2).split(u' ', Qt::SkipEmptyParts)) {
                    box.append(n.toDouble());
                }
            } else {
                (name == u"width"_s           ? width
                        : name == u"height"_s ? height
                        : name == u"x"_s      ? x
                                              : y)
                    = a.captured(2).toDouble();
            }
        }
        if (box.size() != 4 || box[2] <= 0 || box[3] <= 0) {
            box = {0, 0, width, height};
        }
        // The window's origin (box[0], box[1]) goes to (x, y), scaled from box to size.
        const QString id = u"quorum-window-"_s + QString::number(++window);
        const QString rect
            = u"x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\""_s.arg(box[0]).arg(box[1]).arg(box[2]).arg(box[3]);
        result += u"<g transform=\"translate(%1 %2) scale(%3 %4) translate(%5 %6)\">"_s.arg(x)
                      .arg(y)
                      .arg(width > 0 ? width / box[2] : 1)
                      .arg(height > 0 ? height / box[3] : 1)
                      .arg(-box[0])
                      .arg(-box[1]);
        result += u"<mask id=\"%1\" maskUnits=\"userSpaceOnUse\" %2><rect %2 fill=\"white\"/></mask>"_s.arg(id, rect);
        result += u"<g mask=\"url(#%1)\">"_s.arg(id);
        result += QStringView(svg).sliced(match.capturedEnd(), close - match.capturedEnd());
        result += u"</g></g>"_s;
        at = close + 6;
        match = nested.match(svg, at);
    }
    result += QStringView(svg).sliced(at);
    return result;
}

} // namespace

struct MathJax::Engine {
    JSRuntime *runtime = nullptr;
    JSContext *context = nullptr;
    JSValue convert = JS_UNDEFINED;
    QString root;
    QDeadlineTimer deadline = QDeadlineTimer::Forever;
    bool interrupted = false;

    ~Engine()
    {
        if (context) {
            JS_FreeValue(context, convert);
            JS_FreeContext(context);
        }
        if (runtime) {
            JS_FreeRuntime(runtime);
        }
    }

    //! The native half of the loader's require(): a module of mathjax-full, compiled.
    static JSValue loadModule(JSContext *context, JSValueConst, int argc, JSValueConst *argv)
    {
        auto *engine = static_cast<Engine *>(JS_GetContextOpaque(context));
        const QString path = argc > 0 ? takeString(context, JS_DupValue(context, argv[0])) : QString();
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty() || !canonical.startsWith(engine->root + u'/')) {
            return JS_ThrowTypeError(context, "no such MathJax module: %s", qUtf8Printable(path));
        }
        QFile file(canonical);
        if (!file.open(QIODevice::ReadOnly)) {
            return JS_ThrowTypeError(context, "cannot read %s", qUtf8Printable(path));
        }
        const QByteArray source
            = "(function (exports, require, module, __filename, __dirname) {" + file.readAll() + "\n})";
        return JS_Eval(context, source.constData(), size_t(source.size()), qUtf8Printable(path), JS_EVAL_TYPE_GLOBAL);
    }

    static int interrupt(JSRuntime *, void *opaque)
    {
        auto *engine = static_cast<Engine *>(opaque);
        if (engine->deadline.hasExpired()) {
            engine->interrupted = true;
            return 1;
        }
        return 0;
    }
};

MathJax &MathJax::forThisThread()
{
    static thread_local MathJax instance;
    return instance;
}

QString MathJax::directory()
{
    const QString configured = qEnvironmentVariable("QUORUM_MATHJAX_DIR");
    return configured.isEmpty() ? QStringLiteral(QUORUM_MATHJAX_DIR) : configured;
}

MathJax::MathJax()
    : m_cache(2000)
{
}

MathJax::~MathJax() = default;

bool MathJax::load()
{
    if (m_engine) {
        return true;
    }
    const QString root = QFileInfo(directory()).canonicalFilePath();
    if (root.isEmpty() || !QFileInfo::exists(root + u"/js/mathjax.js"_s)) {
        m_loadError = QCoreApplication::translate("Quorum::MathJax", "MathJax is not installed (looked in %1)")
                          .arg(QDir::toNativeSeparators(directory()));
        return false;
    }
    auto engine = std::make_unique<Engine>();
    engine->root = root;
    engine->runtime = JS_NewRuntime();
    if (!engine->runtime) {
        m_loadError = u"QuickJS could not start"_s;
        return false;
    }
    JS_SetMemoryLimit(engine->runtime, memoryLimit);
    JS_SetMaxStackSize(engine->runtime, stackLimit);
    JS_SetStripInfo(engine->runtime, JS_STRIP_SOURCE); // MathJax's 2 MB of source are not kept
    JS_SetInterruptHandler(engine->runtime, &Engine::interrupt, engine.get());
    engine->context = JS_NewContext(engine->runtime);
    if (!engine->context) {
        m_loadError = u"QuickJS could not start"_s;
        return false;
    }
    JS_SetContextOpaque(engine->context, engine.get());

    engine->deadline = QDeadlineTimer(10000); // loading, on a slow disk
    const JSValue loader
        = JS_Eval(engine->context, loaderSource, sizeof loaderSource - 1, "<quorum>", JS_EVAL_TYPE_GLOBAL);
    if (JS_IsException(loader)) {
        m_loadError = exceptionText(engine->context);
        return false;
    }
    JSValue arguments[] = {JS_NewCFunction(engine->context, &Engine::loadModule, "load", 1),
        JS_NewString(engine->context, root.toUtf8().constData())};
    engine->convert = JS_Call(engine->context, loader, JS_UNDEFINED, 2, arguments);
    JS_FreeValue(engine->context, arguments[0]);
    JS_FreeValue(engine->context, arguments[1]);
    JS_FreeValue(engine->context, loader);
    if (JS_IsException(engine->convert)) {
        engine->convert = JS_UNDEFINED;
        m_loadError = QCoreApplication::translate("Quorum::MathJax", "MathJax did not load: %1")
                          .arg(exceptionText(engine->context));
        return false;
    }
    m_loadError.clear();
    m_engine = std::move(engine);
    return true;
}

std::expected<MathSvg, QString> MathJax::toSvg(const QString &tex, bool display)
{
    const QString key = (display ? u"D"_s : u"I"_s) + tex;
    if (const auto *cached = m_cache.object(key)) {
        return *cached;
    }
    auto result = convert(tex, display);
    if (result || m_engine) { // not cached: MathJax missing, or an engine that hit a limit
        m_cache.insert(key, new std::expected<MathSvg, QString>(result));
    }
    return result;
}

std::expected<MathSvg, QString> MathJax::convert(const QString &tex, bool display)
{
    if (tex.size() > maximumLength) {
        return std::unexpected(
            QCoreApplication::translate("Quorum::MathJax", "the formula is longer than %L1 characters")
                .arg(maximumLength));
    }
    if (!m_engine && (!m_loadError.isEmpty() || !load())) {
        return std::unexpected(m_loadError); // tried once: not again for every formula
    }
    ++m_conversions;
    JSContext *context = m_engine->context;
    JSValue arguments[] = {JS_NewString(context, tex.toUtf8().constData()), JS_NewBool(context, display)};
    m_engine->interrupted = false;
    m_engine->deadline = QDeadlineTimer(timeLimitMs);
    const JSValue value = JS_Call(context, m_engine->convert, JS_UNDEFINED, 2, arguments);
    JS_FreeValue(context, arguments[0]);
    JS_FreeValue(context, arguments[1]);
    if (JS_IsException(value)) {
        QString error = exceptionText(context);
        if (m_engine->interrupted) {
            error = QCoreApplication::translate("Quorum::MathJax", "the formula took longer than %L1 ms to draw")
                        .arg(timeLimitMs);
        }
        if (m_engine->interrupted || error.contains(u"out of memory"_s) || error.contains(u"stack overflow"_s)) {
            m_engine.reset(); // whatever state it was left in: the next formula loads afresh
        }
        return std::unexpected(error);
    }
    const QString svg = flattenNestedSvg(takeString(context, value));

    // <svg style="vertical-align: -2.819ex;" ... width="16.809ex" height="6.354ex" ...>
    static const QRegularExpression width(u"<svg[^>]*\\swidth=\"([0-9.]+)ex\""_s);
    static const QRegularExpression height(u"<svg[^>]*\\sheight=\"([0-9.]+)ex\""_s);
    static const QRegularExpression align(u"<svg[^>]*vertical-align:\\s*(-?[0-9.]+)ex"_s);
    MathSvg result;
    result.svg = svg.toUtf8();
    result.widthEx = width.match(svg).captured(1).toDouble();
    result.heightEx = height.match(svg).captured(1).toDouble();
    result.depthEx = -align.match(svg).captured(1).toDouble();
    if (result.widthEx <= 0 || result.heightEx <= 0) {
        return std::unexpected(QCoreApplication::translate("Quorum::MathJax", "MathJax drew nothing"));
    }
    return result;
}

} // namespace Quorum
