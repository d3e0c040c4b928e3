# Builds TARGET in BUILD_DIR and passes only if the build fails with output
# matching REASON, so a compile test cannot pass because of an unrelated error.
#
#   cmake -DBUILD_DIR=<dir> -DTARGET=<target> -DREASON=<regex> -P expect_build_failure.cmake
cmake_minimum_required(VERSION 3.25)

execute_process(
    COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target "${TARGET}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0)
    message(FATAL_ERROR "${TARGET} built, but it must not compile")
endif()
if(NOT "${out}${err}" MATCHES "${REASON}")
    message(FATAL_ERROR "${TARGET} failed, but not because of '${REASON}':\n${out}${err}")
endif()
message(STATUS "${TARGET} failed to build as expected ('${REASON}')")
