// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// libFuzzer target for the HTML export's Markdown (cmark-gfm's tree made inert, code
// highlighted): any model text gives HTML with no script, no element that loads, no event
// attribute and no link but to http(s), mailto or a fragment; the tree surgery never
// touches a freed node (run under ASan). TeX math is found and put back, MathJax left out:
// every formula takes the path of one that cannot be drawn (fast, and the same
// placeholder work; drawing is test_documents_math's), so no <svg> may appear.
#include <cstdlib>

#include <QRegularExpression>

#include "documents/markdownhtml.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qputenv("QUORUM_MATHJAX_DIR", "/nonexistent/mathjax");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const MarkdownHtml markdown;
    static const QRegularExpression tag(u"<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>"_s);
    static const QRegularExpression href(u"href=\"([^\"]*)\""_s);
    static const QRegularExpression event(u"\\son[a-z]+\\s*="_s, QRegularExpression::CaseInsensitiveOption);
    const QString html = markdown.toHtml(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1).toLower();
        if (name == "script"_L1 || name == "img"_L1 || name == "iframe"_L1 || name == "object"_L1 || name == "embed"_L1
            || name == "style"_L1 || name == "link"_L1 || name == "form"_L1 || name == "svg"_L1 || name == "video"_L1
            || name == "audio"_L1 || name == "base"_L1 || name == "meta"_L1) {
            std::abort();
        }
        if (m.captured(2).contains(event) || m.captured(2).contains(u"src="_s, Qt::CaseInsensitive)) {
            std::abort();
        }
        if (const auto h = href.match(m.captured(2)); h.hasMatch()) {
            const QString url = h.captured(1).toLower();
            if (!url.startsWith(u"http://"_s) && !url.startsWith(u"https://"_s) && !url.startsWith(u"mailto:"_s)
                && !url.startsWith(u'#')) {
                std::abort();
            }
        }
    }
    return 0;
}
