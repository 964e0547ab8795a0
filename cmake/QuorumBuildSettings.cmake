# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Quorum authors
#
# quorum_build_settings: one INTERFACE target with the language level, warnings and Qt
# defines every Quorum target compiles with (quorum_core passes it on PUBLIC).

set(CMAKE_CXX_STANDARD 23)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

find_program(QUORUM_CCACHE ccache)
if(QUORUM_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${QUORUM_CCACHE}")
endif()

add_library(quorum_build_settings INTERFACE)
target_compile_features(quorum_build_settings INTERFACE cxx_std_23)

target_compile_options(
    quorum_build_settings
    INTERFACE -Wall
              -Wextra
              -Wpedantic
              -Wcast-qual
              -Wcast-align
              -Wold-style-cast
              -Woverloaded-virtual
              -Wnon-virtual-dtor
              -Wsuggest-override
              -Wundef
              -Wformat=2
              -Wimplicit-fallthrough
              -Wvla
              $<$<NOT:$<BOOL:$<TARGET_PROPERTY:QUORUM_TEST>>>:-Wconversion>
              $<$<NOT:$<BOOL:$<TARGET_PROPERTY:QUORUM_TEST>>>:-Wsign-conversion>
              -Werror=return-type
              $<$<CXX_COMPILER_ID:Clang>:-Wno-gnu-zero-variadic-macro-arguments>)
if(QUORUM_WERROR)
    target_compile_options(quorum_build_settings INTERFACE -Werror)
endif()

target_compile_definitions(
    quorum_build_settings
    INTERFACE QT_DISABLE_DEPRECATED_UP_TO=0x060800
              QT_NO_CAST_FROM_ASCII
              QT_NO_CAST_TO_ASCII
              QT_NO_CAST_FROM_BYTEARRAY
              QT_NO_URL_CAST_FROM_STRING
              QT_NO_CONTEXTLESS_CONNECT
              QT_NO_KEYWORDS
              QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
              QT_USE_QSTRINGBUILDER
              QT_NO_FOREACH
              $<$<BOOL:${QUORUM_SANITIZE}>:QT_FORCE_ASSERTS>)

if(QUORUM_SANITIZE)
    set(_sanitize -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_compile_options(quorum_build_settings INTERFACE ${_sanitize})
    target_link_options(quorum_build_settings INTERFACE ${_sanitize})
endif()

if(QUORUM_BUILD_FUZZ)
    # Coverage instrumentation for libFuzzer in every library; the fuzz targets link the
    # fuzzer runtime itself (tests/fuzz).
    set(_fuzz -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_compile_options(quorum_build_settings INTERFACE ${_fuzz})
    target_link_options(quorum_build_settings INTERFACE -fsanitize=address,undefined)
endif()

# The standard library checks its preconditions (an index in range, a std::expected holding
# a value before value(), an error before error()) in every configuration: the app ships with
# them, and the tests must fail where the shipped app would abort (docs/conventions.md).
target_compile_definitions(quorum_build_settings INTERFACE _GLIBCXX_ASSERTIONS)
# Release hardening; _FORTIFY_SOURCE needs the optimiser, so Debug builds go without it and
# the test command runs the whole suite in the release preset too.
target_compile_options(
    quorum_build_settings INTERFACE $<$<CONFIG:Release,RelWithDebInfo>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3
                                    -fstack-protector-strong>)
target_link_options(quorum_build_settings INTERFACE $<$<CONFIG:Release,RelWithDebInfo>:LINKER:-z,relro,-z,now>)
