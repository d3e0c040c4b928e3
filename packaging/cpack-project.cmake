# Read by cpack for each generator, after CPackConfig.cmake.
if(CPACK_GENERATOR STREQUAL "DEB")
    # CPackDeb writes a summary that is not CPack's default above each
    # package's description; with the default, each .deb's summary is the
    # first line of its own CPACK_DEBIAN_<COMPONENT>_DESCRIPTION.
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY}")
endif()
