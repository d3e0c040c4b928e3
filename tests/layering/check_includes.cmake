# Scans the sources of every layer and fails if one includes a header from a
# layer above it (or beside it, for the server), or if protocol/ includes a Qt
# module other than Qt Core.
#
#   cmake -DROOT=<source dir> [-DQTCORE_DIR=<.../include/QtCore>] -P check_includes.cmake
#
# Linking already keeps layers apart for our own headers (each layer's include
# directory is only visible to the layers that link it), but every Qt module's
# headers usually sit under one include prefix, so `#include <QtNetwork/...>`
# would compile in protocol/ while linking only Qt6::Core. This scan catches
# that, and it catches a forbidden include before anyone adds the link that
# would make it compile.
cmake_minimum_required(VERSION 3.25)

if(NOT ROOT OR NOT IS_DIRECTORY "${ROOT}")
    message(FATAL_ERROR "check_includes: ROOT must name the source directory (got '${ROOT}')")
endif()

# Which of our layers each layer must not include.
set(forbidden_protocol net models ui app server)
set(forbidden_net models ui app server)
set(forbidden_models ui app server)
set(forbidden_ui app server)
set(forbidden_app server)
set(forbidden_server net models ui app)

# Qt headers that never belong in protocol/, whether or not QTCORE_DIR is known.
set(qt_denied_regex
    "^(Qt(Gui|Widgets|Network|Sql|WebSockets|HttpServer|Svg|Test|Concurrent|DBus|Xml|Qml|Quick)(/|$)|Q(Widget|Network|Sql|WebSocket|HttpServer|Tcp|Udp|Ssl|Test|Abstract(Socket|Button)|Application$|Gui|Pixmap$|Image$|Icon$|Color$|Font$|Painter)|q(widget|network|sql|websocket|httpserver|tcp|udp|ssl|guiapplication|pixmap|image|icon|color|font|painter)[a-z_]*\\.h$)")

set(extensions h hpp hxx cpp cc cxx inl ipp mm)
set(violations "")
set(scanned 0)

# Is `header` (the text between <> or "") a Qt header outside Qt Core?
function(is_non_core_qt header out)
    set(result FALSE)
    if(header MATCHES "${qt_denied_regex}")
        set(result TRUE)
    elseif(header MATCHES "^(Qt[A-Za-z]+)/")
        # <QtModule/Header>: only QtCore is allowed.
        if(NOT CMAKE_MATCH_1 STREQUAL "QtCore")
            set(result TRUE)
        endif()
    elseif(header MATCHES "^Q[A-Za-z0-9]*$" OR header MATCHES "^q[a-z0-9_]*\\.h$")
        # <QClass>, <QtModule> or <qclass.h>: must be a Qt Core header.
        if(QTCORE_DIR AND IS_DIRECTORY "${QTCORE_DIR}")
            if(NOT EXISTS "${QTCORE_DIR}/${header}")
                set(result TRUE)
            endif()
        elseif(header MATCHES "^Qt[A-Z]" AND NOT header STREQUAL "QtCore"
               AND NOT header STREQUAL "QtGlobal" AND NOT header MATCHES "^QtCore")
            set(result TRUE)
        endif()
    endif()
    set(${out} ${result} PARENT_SCOPE)
endfunction()

foreach(layer protocol net models ui app server)
    if(NOT IS_DIRECTORY "${ROOT}/${layer}")
        continue()
    endif()
    set(globs "")
    foreach(ext IN LISTS extensions)
        list(APPEND globs "${ROOT}/${layer}/*.${ext}")
    endforeach()
    file(GLOB_RECURSE files LIST_DIRECTORIES false ${globs})
    list(SORT files)
    foreach(file IN LISTS files)
        math(EXPR scanned "${scanned} + 1")
        file(RELATIVE_PATH rel "${ROOT}" "${file}")
        file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
        foreach(line IN LISTS lines)
            if(NOT line MATCHES "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"]")
                continue()
            endif()
            set(header "${CMAKE_MATCH_1}")
            foreach(other IN LISTS forbidden_${layer})
                if(header MATCHES "^${other}/")
                    list(APPEND violations
                        "${rel}: includes <${header}>, but ${layer}/ must not depend on ${other}/")
                endif()
            endforeach()
            if(layer STREQUAL "protocol")
                is_non_core_qt("${header}" bad)
                if(bad)
                    list(APPEND violations
                        "${rel}: includes <${header}>, but protocol/ may use Qt Core only")
                endif()
            endif()
        endforeach()
    endforeach()
endforeach()

if(violations)
    list(LENGTH violations count)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "Layering violations (${count}):\n  ${text}")
endif()
message(STATUS "Layering: ${scanned} files scanned, no violations")
