# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Quorum authors
# cmake -DDIR=<dir> -P check_core_no_widgets.cmake
# Fails when a source under DIR uses QtGui or QtWidgets (app/core, app/cli).
cmake_minimum_required(VERSION 3.25)
file(GLOB_RECURSE sources "${DIR}/*.h" "${DIR}/*.cpp" "${DIR}/*.h.in")
set(bad "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "QtWidgets|QtGui|QWidget|QIcon|QPixmap|#include.*<Q(Gui)?Application>")
    foreach(line IN LISTS lines)
        list(APPEND bad "${source}: ${line}")
    endforeach()
endforeach()
list(LENGTH sources count)
if(count EQUAL 0)
    message(FATAL_ERROR "no sources found under ${DIR}")
endif()
if(bad)
    list(JOIN bad "\n" text)
    message(FATAL_ERROR "${DIR} must not use QtGui or QtWidgets:\n${text}")
endif()
message(STATUS "checked ${count} files under ${DIR}: no QtGui or QtWidgets")
