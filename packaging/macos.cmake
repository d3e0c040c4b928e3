# macOS: a disk image with Baton.app to drag into Applications. The Qt
# frameworks and plugins go into the bundle through the deploy script Qt
# generates (macdeployqt). batond is not packaged for macOS. Not built or run
# on Linux; made for the macOS CI runner (docs/packaging.md).
if(TARGET baton)
    set_target_properties(baton PROPERTIES
        MACOSX_BUNDLE ON
        OUTPUT_NAME Baton
        MACOSX_BUNDLE_BUNDLE_NAME Baton
        MACOSX_BUNDLE_GUI_IDENTIFIER ${BATON_APP_ID}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
    install(TARGETS baton BUNDLE DESTINATION . COMPONENT baton)
    baton_deploy_script(baton baton_deploy_script)
    install(SCRIPT ${baton_deploy_script} COMPONENT baton)
    list(APPEND baton_packaged baton)
endif()

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Baton")
set(CPACK_DMG_FORMAT UDZO)
