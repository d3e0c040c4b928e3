# Proves that check_includes.cmake can fail. For each rule it writes a small
# source tree under WORK_DIR that is clean except for one forbidden include,
# and expects the scan to report exactly that one; it also expects a tree that
# uses only allowed includes to pass.
#
#   cmake -DWORK_DIR=<dir> -DSCANNER=<check_includes.cmake> [-DQTCORE_DIR=<dir>] -P <this>
cmake_minimum_required(VERSION 3.25)

if(NOT WORK_DIR OR NOT SCANNER)
    message(FATAL_ERROR "WORK_DIR and SCANNER are required")
endif()

set(failures "")
set(case_index 0)

# scan_case(<expect_ok|expect_violation> <name> <file> <line>...): a clean tree
# plus <file> (relative to the tree root) holding the given lines.
function(scan_case expectation name file)
    math(EXPR case_index "${case_index} + 1")
    set(case_index ${case_index} PARENT_SCOPE)
    set(root "${WORK_DIR}/case${case_index}")
    file(REMOVE_RECURSE "${root}")
    # Every layer with an allowed include, as in the real tree.
    file(WRITE "${root}/protocol/include/protocol/enums.h" "#pragma once\n#include <QString>\n")
    file(WRITE "${root}/net/src/client.cpp" "#include <protocol/enums.h>\n#include <QWebSocket>\n")
    file(WRITE "${root}/models/src/model.cpp" "#include <net/client.h>\n#include <QSqlQuery>\n")
    file(WRITE "${root}/ui/src/view.cpp" "#include <models/model.h>\n#include <QWidget>\n")
    file(WRITE "${root}/app/main.cpp" "#include <ui/view.h>\n#include <net/client.h>\n")
    file(WRITE "${root}/server/src/main.cpp" "#include <protocol/enums.h>\n#include <QHttpServer>\n")
    list(JOIN ARGN "\n" body)
    file(WRITE "${root}/${file}" "// ${name}\n${body}\nint x;\n")

    execute_process(
        COMMAND "${CMAKE_COMMAND}" "-DROOT=${root}" "-DQTCORE_DIR=${QTCORE_DIR}" -P "${SCANNER}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(expectation STREQUAL "expect_ok")
        if(NOT rc EQUAL 0)
            list(APPEND failures "${name}: expected no violation, got rc=${rc}:\n${err}")
        endif()
    elseif(rc EQUAL 0)
        list(APPEND failures "${name}: the include in ${file} was not reported")
    elseif(NOT err MATCHES "Layering violations \\(1\\)" OR NOT err MATCHES "${file}")
        list(APPEND failures "${name}: expected one violation in ${file}, got:\n${err}")
    endif()
    set(failures "${failures}" PARENT_SCOPE)
endfunction()

scan_case(expect_ok "allowed includes" protocol/src/ok.cpp
    "#include <protocol/enums.h>" "#include <QString>" "#include <QJsonObject>"
    "#include <QDateTime>" "#include <QRandomGenerator>" "#include <QtCore/QByteArray>"
    "#include <QtCore>" "#include <qstring.h>" "#include <optional>" "#include <queue>"
    "#include \"local.h\"" "// #include <QWidget> in a comment is not an include")

# protocol/ includes none of our other layers ...
foreach(other net models ui app server)
    scan_case(expect_violation "protocol includes ${other}" protocol/src/bad.cpp
        "#include <${other}/thing.h>")
endforeach()
scan_case(expect_violation "protocol header includes net" protocol/include/protocol/bad.h
    "#pragma once" "#include <net/backoff.h>")
scan_case(expect_violation "protocol quoted include" protocol/src/bad.cpp
    "#include \"models/chatmodel.h\"")
scan_case(expect_violation "protocol indented include" protocol/src/bad.cpp
    "#if 1" "  #  include <ui/mainwindow.h>" "#endif")

# ... and no Qt module but Core.
foreach(header QWidget QNetworkAccessManager QNetworkReply QSqlDatabase QWebSocket
               QHttpServer QHttpServerResponse QGuiApplication QImage QColor QTest
               QtGui QtGui/QColor QtNetwork/QTcpSocket QtSql/QSqlQuery QtWidgets
               qwidget.h)
    scan_case(expect_violation "protocol includes <${header}>" protocol/src/bad.cpp
        "#include <${header}>")
endforeach()

# net/ does not include models, ui, app or server.
foreach(other models ui app server)
    scan_case(expect_violation "net includes ${other}" net/src/bad.cpp "#include <${other}/x.h>")
endforeach()
# models/ does not include ui, app or server.
foreach(other ui app server)
    scan_case(expect_violation "models includes ${other}" models/src/bad.cpp
        "#include <${other}/x.h>")
endforeach()
# ui/ does not include app or server.
foreach(other app server)
    scan_case(expect_violation "ui includes ${other}" ui/src/bad.cpp "#include <${other}/x.h>")
endforeach()
# app/ does not include server.
scan_case(expect_violation "app includes server" app/src/bad.cpp "#include <server/x.h>")
# server/ links protocol only.
foreach(other net models ui app)
    scan_case(expect_violation "server includes ${other}" server/src/bad.cpp
        "#include <${other}/x.h>")
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "The layering scan is wrong:\n  ${text}")
endif()
message(STATUS "Layering scan self-test: ${case_index} cases behaved as expected")
