# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Quorum authors
#
# The whole dependency set is looked up here, at configure time, so a missing package
# stops the build at once with the name of what to install (packaging/build-env.sh
# installs all of it; the README lists the Fedora and Arch names).

function(quorum_require_package package hint)
    find_package(${package} ${ARGN} QUIET)
    if(NOT ${package}_FOUND)
        message(FATAL_ERROR "Quorum needs ${package}, which was not found.\n"
                            "Install it (Debian/Ubuntu: ${hint}), or run packaging/build-env.sh, "
                            "which installs everything Quorum needs.")
    endif()
endfunction()

set(_qt_components Core Gui Widgets Network Sql Test Charts Svg Pdf LinguistTools)
foreach(_component IN LISTS _qt_components)
    if(_component STREQUAL "Charts")
        set(_hint qt6-charts-dev)
    elseif(_component STREQUAL "Svg")
        set(_hint qt6-svg-dev)
    elseif(_component STREQUAL "Pdf")
        set(_hint qt6-pdf-dev)
    elseif(_component STREQUAL "LinguistTools")
        set(_hint "qt6-tools-dev qt6-l10n-tools")
    elseif(_component STREQUAL "Sql")
        set(_hint "qt6-base-dev libqt6sql6-sqlite")
    else()
        set(_hint qt6-base-dev)
    endif()
    quorum_require_package(Qt6${_component} "${_hint}" 6.8)
endforeach()
# The Qt6 umbrella package provides qt_standard_project_setup() and friends.
find_package(Qt6 6.8 REQUIRED COMPONENTS ${_qt_components})

quorum_require_package(KF6SyntaxHighlighting libkf6syntaxhighlighting-dev)
quorum_require_package(Qt6Keychain qtkeychain-qt6-dev)

# The same libsqlite3 that Qt's QSQLITE driver links (Debian builds Qt with -system-sqlite):
# one SQLite in the process. Used for the C API Qt lacks (migration scripts, backups).
quorum_require_package(SQLite3 libsqlite3-dev)

# CommonMark with GitHub's extensions, to HTML (the HTML and PDF exports). It ships no CMake
# package, only a pkg-config file.
find_package(PkgConfig REQUIRED)
pkg_check_modules(CMARK_GFM IMPORTED_TARGET libcmark-gfm)
if(NOT CMARK_GFM_FOUND)
    message(FATAL_ERROR "Quorum needs cmark-gfm, which was not found.\n"
                        "Install it (Debian/Ubuntu: libcmark-gfm-dev libcmark-gfm-extensions-dev), or run "
                        "packaging/build-env.sh, which installs everything Quorum needs.")
endif()

# libcurl reads the answers' streamed responses on the network thread (StreamTransport): at
# the 200,000 small chunks of a fast local server Qt's HTTP stack costs ~12 us a chunk on a
# thread of its own, libcurl a fraction of that, decoded in the same pass (docs/architecture.md).
# Either TLS flavour builds; Debian's GnuTLS one is what Qt Network already loads.
quorum_require_package(CURL libcurl4-gnutls-dev 7.87)

# zlib's crc32() checks AWS event-stream frames (Bedrock's ConverseStream).
quorum_require_package(ZLIB zlib1g-dev)

# QuickJS runs MathJax 3 (TeX to SVG, docs/rendering.md): Debian's libquickjs ships its
# headers and a static library, no CMake or pkg-config file. Qt's own QJSEngine cannot run
# MathJax's ES2017 build (super and this inside arrow functions fail in its V4 engine).
find_path(QUICKJS_INCLUDE_DIR quickjs.h PATH_SUFFIXES quickjs)
find_library(QUICKJS_LIBRARY NAMES quickjs PATH_SUFFIXES quickjs)
if(NOT QUICKJS_INCLUDE_DIR OR NOT QUICKJS_LIBRARY)
    message(FATAL_ERROR "Quorum needs QuickJS, which was not found.\n"
                        "Install it (Debian/Ubuntu: libquickjs), or run packaging/build-env.sh, "
                        "which installs everything Quorum needs.")
endif()
add_library(Quorum::QuickJS STATIC IMPORTED)
set_target_properties(Quorum::QuickJS PROPERTIES IMPORTED_LOCATION "${QUICKJS_LIBRARY}"
                                                 INTERFACE_INCLUDE_DIRECTORIES "${QUICKJS_INCLUDE_DIR}")
find_package(Threads REQUIRED)
target_link_libraries(Quorum::QuickJS INTERFACE m ${CMAKE_DL_LIBS} Threads::Threads)

# MathJax 3's CommonJS build (mathjax-full/js), read at run time; Debian: node-mathjax-full.
# Without it formulas show as their TeX source, marked.
set(QUORUM_MATHJAX_DIR "/usr/share/nodejs/mathjax-full"
    CACHE PATH "Where mathjax-full (MathJax 3, with its js/ directory) is installed")
