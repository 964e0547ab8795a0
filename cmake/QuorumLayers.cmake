# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Quorum authors
#
# The allowed dependencies between Quorum's folders and targets, read from the one place
# they are written: the ```layers block of docs/architecture.md. Each line there is
#
#   FOLDER (TARGET): FOLDERS IT MAY INCLUDE
#
# where a folder ending in /* stands for every folder under it. Used by the lint_layers test
# (tests/lint/check_layers.cmake, for #include lines) and at configure time by
# tests/CMakeLists.txt (for the CMake targets' links).

# Sets in the caller's scope: QUORUM_LAYER_FOLDERS (the folders, in the order written),
# and for each folder F: QUORUM_LAYER_TARGET_<F> and QUORUM_LAYER_ALLOWED_<F> (F with "/"
# as "_").
function(quorum_read_layers doc)
    file(READ "${doc}" text)
    string(FIND "${text}" "```layers\n" begin)
    if(begin EQUAL -1)
        message(FATAL_ERROR "${doc} has no ```layers block")
    endif()
    math(EXPR begin "${begin} + 10")
    string(SUBSTRING "${text}" ${begin} -1 text)
    string(FIND "${text}" "```" end)
    string(SUBSTRING "${text}" 0 ${end} text)
    string(REPLACE "\n" ";" lines "${text}")
    set(folders "")
    foreach(line IN LISTS lines)
        string(STRIP "${line}" line)
        if(line STREQUAL "" OR line MATCHES "^#")
            continue()
        endif()
        if(NOT line MATCHES "^([^ ]+) \\(([a-z_]+)\\):(.*)$")
            message(FATAL_ERROR "${doc}: cannot read the layers line '${line}'")
        endif()
        set(folder "${CMAKE_MATCH_1}")
        set(target "${CMAKE_MATCH_2}")
        string(STRIP "${CMAKE_MATCH_3}" allowed)
        string(REPLACE " " ";" allowed "${allowed}")
        string(REPLACE "/" "_" key "${folder}")
        list(APPEND folders "${folder}")
        set(QUORUM_LAYER_TARGET_${key} "${target}" PARENT_SCOPE)
        set(QUORUM_LAYER_ALLOWED_${key} "${allowed}" PARENT_SCOPE)
    endforeach()
    set(QUORUM_LAYER_FOLDERS "${folders}" PARENT_SCOPE)
endfunction()

# Sets <out> to TRUE when <folder> may include <other> (itself included).
function(quorum_layer_allows folder other out)
    set(result FALSE)
    if(folder STREQUAL other)
        set(result TRUE)
    else()
        string(REPLACE "/" "_" key "${folder}")
        foreach(allowed IN LISTS QUORUM_LAYER_ALLOWED_${key})
            if(allowed MATCHES "^(.*)/\\*$")
                string(FIND "${other}/" "${CMAKE_MATCH_1}/" at)
                if(at EQUAL 0)
                    set(result TRUE)
                endif()
            elseif(allowed STREQUAL other)
                set(result TRUE)
            endif()
        endforeach()
    endif()
    set(${out} ${result} PARENT_SCOPE)
endfunction()
