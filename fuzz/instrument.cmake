# Compile flags for the fuzz preset, included before the layers so that the
# code under test carries libFuzzer's coverage hooks and the sanitizers' checks,
# not only the fuzz targets themselves.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "BATON_BUILD_FUZZ needs clang (libFuzzer); use the fuzz preset")
endif()

# Any undefined behaviour stops the run like a crash does, so it is reported
# with the input that caused it.
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
    -fno-omit-frame-pointer)
add_link_options(-fsanitize=address,undefined)
