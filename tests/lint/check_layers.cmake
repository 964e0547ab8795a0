# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Quorum authors
#
# cmake -DSOURCE_DIR=<checkout> [-DINJECT=<file>|<include>] -P check_layers.cmake
#
# Fails when an #include "..." in app/ or ui/ reaches a folder its own folder may not use,
# by the layers of docs/architecture.md (cmake/QuorumLayers.cmake reads them), or when a
# source sits in a folder the layers do not name. A header is named by its first path part:
# "storage/database.h" is in the folder whose last part is "storage". INJECT adds one
# include to one file, as if it were written there: the self-test uses it to prove that a
# wrong include fails.
cmake_minimum_required(VERSION 3.25)
include("${SOURCE_DIR}/cmake/QuorumLayers.cmake")
quorum_read_layers("${SOURCE_DIR}/docs/architecture.md")

# Module name (a folder's last part) -> folder; the names must be unique.
set(modules "")
foreach(folder IN LISTS QUORUM_LAYER_FOLDERS)
    get_filename_component(name "${folder}" NAME)
    if(DEFINED module_${name})
        message(FATAL_ERROR "two folders are named '${name}': ${module_${name}} and ${folder}")
    endif()
    set(module_${name} "${folder}")
    list(APPEND modules "${name}")
endforeach()

file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp"
     "${SOURCE_DIR}/app/*.h.in" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp")
list(LENGTH sources count)
if(count EQUAL 0)
    message(FATAL_ERROR "no sources under ${SOURCE_DIR}/app and ui")
endif()
if(INJECT)
    string(REPLACE "|" ";" inject "${INJECT}")
    list(GET inject 0 inject_file)
    list(GET inject 1 inject_include)
endif()

set(problems "")
set(edges 0)
foreach(source IN LISTS sources)
    # The folder of a source: the longest layer folder it is in.
    set(own "")
    foreach(folder IN LISTS QUORUM_LAYER_FOLDERS)
        string(FIND "${source}" "${folder}/" at)
        string(LENGTH "${folder}" length)
        string(LENGTH "${own}" ownLength)
        if(at EQUAL 0 AND length GREATER ownLength)
            set(own "${folder}")
        endif()
    endforeach()
    if(own STREQUAL "")
        list(APPEND problems "${source}: its folder is not in the layers of docs/architecture.md")
        continue()
    endif()
    file(STRINGS "${SOURCE_DIR}/${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]+\"[^\"]+\"")
    if(INJECT AND source STREQUAL inject_file)
        list(APPEND includes "#include \"${inject_include}\"")
    endif()
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]+\"([^\"]+)\".*$" "\\1" path "${line}")
        if(NOT path MATCHES "^([^/]+)/")
            continue() # a file beside it, or a generated one (moc, ui_*.h)
        endif()
        set(name "${CMAKE_MATCH_1}")
        if(NOT DEFINED module_${name})
            continue() # not one of Quorum's folders
        endif()
        set(target "${module_${name}}")
        math(EXPR edges "${edges} + 1")
        quorum_layer_allows("${own}" "${target}" ok)
        if(NOT ok)
            list(APPEND problems "${source}: ${own} may not include ${target} (\"${path}\")")
        endif()
    endforeach()
endforeach()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "includes that break the layers of docs/architecture.md:\n  ${text}")
endif()
message(STATUS "layers ok: ${count} files, ${edges} includes between Quorum's folders")
