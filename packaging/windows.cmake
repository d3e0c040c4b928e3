# Windows: an NSIS installer with the client (and batond as an optional
# component). Qt's DLLs and plugins are copied next to baton.exe by the
# deploy script Qt generates (windeployqt). Not built or run on Linux; made
# for the Windows CI runner (docs/packaging.md).
if(TARGET baton)
    set_target_properties(baton PROPERTIES WIN32_EXECUTABLE ON)
    install(TARGETS baton RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT baton)
    baton_deploy_script(baton baton_deploy_script)
    install(SCRIPT ${baton_deploy_script} COMPONENT baton)
    list(APPEND baton_packaged baton)
endif()
if(TARGET batond)
    install(TARGETS batond RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT batond)
    baton_deploy_script(batond batond_deploy_script)
    install(SCRIPT ${batond_deploy_script} COMPONENT batond)
    list(APPEND baton_packaged batond)
endif()

set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_PACKAGE_NAME "Baton")
set(CPACK_NSIS_DISPLAY_NAME "Baton ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "baton@baton.example")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\baton.exe")
# Start menu entry "Baton" for bin/baton.exe.
set(CPACK_PACKAGE_EXECUTABLES "baton" "Baton")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "baton.exe")
