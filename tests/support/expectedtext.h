// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>

#include <QString>

namespace Quorum::Testing
{

/*!
 * The error a std::expected holds, for a test's failure message, or a note that it holds a
 * value. QVERIFY2 evaluates its message whether the check passes or not, and error() on a
 * value is undefined behaviour (an abort with _GLIBCXX_ASSERTIONS, as the app ships): every
 * message that shows a result's error goes through here.
 */
template<class T, class E> QString errorText(const std::expected<T, E> &result)
{
    using namespace Qt::StringLiterals;
    if (result) {
        return u"(no error: the result holds a value)"_s;
    }
    if constexpr (requires { result.error().message; }) {
        return result.error().message;
    } else {
        return result.error();
    }
}

} // namespace Quorum::Testing
