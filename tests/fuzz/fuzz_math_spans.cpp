// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// libFuzzer target for finding TeX math in Markdown (documents/mathspans): any text gives
// spans in order, inside it, apart, each starting and ending with its delimiters and holding
// TeX; protectMath() puts exactly one readable placeholder per span and no other.
#include <cstdlib>

#include "documents/mathspans.h"

using namespace Quorum;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<MathSpan> spans = findMath(text);
    qsizetype end = 0;
    for (const MathSpan &span : spans) {
        if (span.start < end || span.length < 2 || span.start + span.length > text.size() || span.tex.isEmpty()) {
            std::abort();
        }
        const QStringView whole = QStringView(text).sliced(span.start, span.length);
        const bool dollars = whole.startsWith(u'$') && whole.endsWith(u'$');
        const bool brackets = whole.startsWith(u"\\[") && whole.endsWith(u"\\]");
        const bool parentheses = whole.startsWith(u"\\(") && whole.endsWith(u"\\)");
        if (!dollars && !brackets && !parentheses) {
            std::abort();
        }
        if (span.display != (whole.startsWith(u"$$") || brackets) || !whole.contains(span.tex)) {
            std::abort();
        }
        end = span.start + span.length;
    }
    const ProtectedMath math = protectMath(text);
    if (math.spans.size() != spans.size()) {
        std::abort();
    }
    qsizetype found = 0;
    for (qsizetype at = 0; at < math.markdown.size(); ++at) {
        if (math.markdown.at(at) == QChar(mathPlaceholderClose)) {
            continue;
        }
        if (math.markdown.at(at) != QChar(mathPlaceholderOpen)) {
            continue;
        }
        qsizetype length = 0;
        if (mathPlaceholderAt(math.markdown, at, &length) != found || length < 3) {
            std::abort(); // each placeholder readable, in order, none forged
        }
        ++found;
    }
    if (found != spans.size()) {
        std::abort();
    }
    return 0;
}
