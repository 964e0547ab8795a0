# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Quorum authors
#
# quorum_add_test(NAME <name> SOURCES <files...> LIBS <targets...> LABELS <labels...> [TIMEOUT <s>])
#
# One executable per test file, registered with ctest. Every test runs with LC_ALL=C.UTF-8,
# a private HOME and XDG directories under the build tree (no test reads or writes the
# user's real files) and without a display; `ui` tests use the offscreen platform.

set(QUORUM_TEST_HOME "${PROJECT_BINARY_DIR}/test-home")
set(QUORUM_SANITIZER_ENV
    "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
    "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0")

function(quorum_test_environment test labels)
    set(env
        "LC_ALL=C.UTF-8"
        "HOME=${QUORUM_TEST_HOME}"
        "XDG_CONFIG_HOME=${QUORUM_TEST_HOME}/.config"
        "XDG_DATA_HOME=${QUORUM_TEST_HOME}/.local/share"
        "XDG_CACHE_HOME=${QUORUM_TEST_HOME}/.cache"
        "QT_QPA_PLATFORM=offscreen"
        ${QUORUM_SANITIZER_ENV})
    set_tests_properties(${test} PROPERTIES ENVIRONMENT "${env}" ENVIRONMENT_MODIFICATION
                                                                 "DISPLAY=unset:;WAYLAND_DISPLAY=unset:;QUORUM_DATA_DIR=unset:")
endfunction()

function(quorum_add_test)
    # WRAPPER: a script the test runs under (tests/support/with-secret-service.sh).
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT;WRAPPER" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 60)
    endif()
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE ${ARG_LIBS} Qt6::Test)
    # The shared fixtures and helpers (tests/support) are there for every test.
    target_include_directories(${ARG_NAME} PRIVATE "${PROJECT_SOURCE_DIR}/tests/support")
    # Tests get no -Wconversion: QTRY_COMPARE and friends narrow a std::chrono count to int
    # inside the macro (Qt 6.8). The libraries under test keep it (QuorumBuildSettings).
    set_target_properties(${ARG_NAME} PROPERTIES QUORUM_TEST ON)
    if(ARG_WRAPPER)
        add_test(NAME ${ARG_NAME} COMMAND sh ${ARG_WRAPPER} $<TARGET_FILE:${ARG_NAME}>)
    else()
        add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT})
    quorum_test_environment(${ARG_NAME} "${ARG_LABELS}")
endfunction()

# quorum_test_paths(<target> <NAME> <path> [<NAME> <path> ...])
#
# Defines each NAME as its path (a file of the build, $<TARGET_FILE:...>, or of the sources)
# relative to the directory of the target's executable; Quorum::Testing::buildPath()
# (tests/support/buildpaths.h) makes it absolute at run time. No absolute path is compiled into
# a test that way, so ccache finds its objects from any clone: CCACHE_BASEDIR rewrites the paths
# on a compiler's command line, never those inside a -D value, and each fresh clone compiled
# these tests again (~60 objects per preset).
function(quorum_test_paths target)
    set(definitions "")
    set(arguments ${ARGN})
    while(arguments)
        list(POP_FRONT arguments name path)
        list(APPEND definitions "${name}=\"$<PATH:RELATIVE_PATH,${path},${CMAKE_CURRENT_BINARY_DIR}>\"")
    endwhile()
    target_compile_definitions(${target} PRIVATE ${definitions})
endfunction()
