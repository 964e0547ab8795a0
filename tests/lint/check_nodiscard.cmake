# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Quorum authors
#
# cmake -DDIRS=<dir;dir> -P check_nodiscard.cmake
#
# Fails when a header under DIRS declares a function that returns a result or an error
# (std::expected) without [[nodiscard]]: with warnings as errors, the compiler then finds
# every call that drops one, and a failed write cannot go unsaid.
cmake_minimum_required(VERSION 3.25)
set(bad "")
set(count 0)
foreach(dir IN LISTS DIRS)
    file(GLOB_RECURSE headers "${dir}/*.h")
    foreach(header IN LISTS headers)
        # A function: the return type starts the line, and a parenthesis follows (a member
        # variable of that type has none).
        file(STRINGS "${header}" lines REGEX "^[ \t]*((static|virtual|inline|constexpr|friend)[ \t]+)*std::expected<.*\\(")
        foreach(line IN LISTS lines)
            list(APPEND bad "${header}: ${line}")
        endforeach()
        file(STRINGS "${header}" good REGEX "^[ \t]*\\[\\[nodiscard\\]\\][ \t]+.*std::expected<")
        list(LENGTH good n)
        math(EXPR count "${count} + ${n}")
    endforeach()
endforeach()
if(bad)
    list(JOIN bad "\n  " text)
    message(FATAL_ERROR "functions that return std::expected without [[nodiscard]]:\n  ${text}")
endif()
message(STATUS "${count} functions that return a result or an error, each [[nodiscard]]")
