# Shared compile settings for every Baton target.
function(baton_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    if(BATON_WERROR)
        # GCC's maybe-uninitialized analysis reports false positives inside
        # libstdc++'s std::variant at -O2; it stays a warning, not an error.
        target_compile_options(${target} PRIVATE -Werror
            $<$<CXX_COMPILER_ID:GNU>:-Wno-error=maybe-uninitialized>)
    endif()
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER)
endfunction()

# baton_layer(NAME SOURCES ... LINKS ...): one library per layer. Its public
# include directory holds only its own headers, so a layer can include another
# layer's headers only by linking to it. A layer whose code has not been
# written yet is an interface library that already carries its links.
function(baton_layer name)
    cmake_parse_arguments(arg "" "" "SOURCES;LINKS" ${ARGN})
    if(arg_SOURCES)
        add_library(baton_${name} STATIC ${arg_SOURCES})
        target_include_directories(baton_${name} PUBLIC
            $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/include>)
        target_link_libraries(baton_${name} PUBLIC ${arg_LINKS})
        baton_set_warnings(baton_${name})
    else()
        add_library(baton_${name} INTERFACE)
        target_include_directories(baton_${name} INTERFACE
            $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/include>)
        target_link_libraries(baton_${name} INTERFACE ${arg_LINKS})
    endif()
    add_library(Baton::${name} ALIAS baton_${name})
endfunction()
