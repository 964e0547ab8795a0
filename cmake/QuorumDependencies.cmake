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

set(_qt_components Core Gui Widgets Network Sql Test Charts Svg LinguistTools)
foreach(_component IN LISTS _qt_components)
    if(_component STREQUAL "Charts")
        set(_hint qt6-charts-dev)
    elseif(_component STREQUAL "Svg")
        set(_hint qt6-svg-dev)
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

# zlib's crc32() checks AWS event-stream frames (Bedrock's ConverseStream).
quorum_require_package(ZLIB zlib1g-dev)
