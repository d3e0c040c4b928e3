# Linux: files at their Debian places, and the .deb settings. Paths that live
# outside the install prefix (/etc, /lib/systemd) are absolute, so the
# packages are staged with DESTDIR.
set(baton_linux ${CMAKE_CURRENT_SOURCE_DIR}/linux)

if(TARGET baton)
    install(TARGETS baton RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT baton)

    configure_file(${baton_linux}/baton.desktop.in
        ${CMAKE_CURRENT_BINARY_DIR}/${BATON_APP_ID}.desktop @ONLY)
    configure_file(${baton_linux}/metainfo.xml.in
        ${CMAKE_CURRENT_BINARY_DIR}/${BATON_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${BATON_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT baton)
    install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${BATON_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT baton)

    # PNGs rendered from the SVG at build time by a small QtSvg tool.
    add_executable(baton_rendericon tools/rendericon.cpp)
    target_link_libraries(baton_rendericon PRIVATE Qt6::Svg Qt6::Gui)
    baton_set_warnings(baton_rendericon)
    set(baton_icon_svg ${CMAKE_CURRENT_SOURCE_DIR}/icons/baton.svg)
    set(baton_icon_dir ${CMAKE_CURRENT_BINARY_DIR}/hicolor)
    set(baton_icon_pngs "")
    foreach(size IN LISTS BATON_ICON_SIZES)
        list(APPEND baton_icon_pngs ${baton_icon_dir}/${size}x${size}/apps/${BATON_APP_ID}.png)
    endforeach()
    string(JOIN " " baton_icon_size_text ${BATON_ICON_SIZES})
    add_custom_command(OUTPUT ${baton_icon_pngs}
        COMMAND baton_rendericon ${baton_icon_svg} ${baton_icon_dir} ${BATON_APP_ID}
            ${BATON_ICON_SIZES}
        DEPENDS baton_rendericon ${baton_icon_svg}
        COMMENT "Rendering the app icon at ${baton_icon_size_text} pixels"
        VERBATIM)
    add_custom_target(baton_icons ALL DEPENDS ${baton_icon_pngs})
    install(DIRECTORY ${baton_icon_dir}/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor COMPONENT baton)
    install(FILES ${baton_icon_svg}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${BATON_APP_ID}.svg COMPONENT baton)
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/baton RENAME copyright COMPONENT baton)
    list(APPEND baton_packaged baton)

    # The desktop-integration files as built, checked by the same validators
    # the install test runs on the installed ones (scripts/test-install).
    if(BATON_BUILD_TESTS)
        add_test(NAME tst_packaging_desktop_file
            COMMAND desktop-file-validate ${CMAKE_CURRENT_BINARY_DIR}/${BATON_APP_ID}.desktop)
        add_test(NAME tst_packaging_metainfo
            COMMAND appstreamcli validate --no-net
                ${CMAKE_CURRENT_BINARY_DIR}/${BATON_APP_ID}.metainfo.xml)
        add_test(NAME tst_packaging_icons
            COMMAND ${CMAKE_COMMAND} -DDIR=${baton_icon_dir} -DNAME=${BATON_APP_ID}
                "-DSIZES=${BATON_ICON_SIZES}" -P ${CMAKE_CURRENT_SOURCE_DIR}/check-icons.cmake)
        set_tests_properties(tst_packaging_desktop_file tst_packaging_metainfo
            tst_packaging_icons PROPERTIES LABELS packaging)
    endif()
endif()

if(TARGET batond)
    install(TARGETS batond RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT batond)
    install(FILES ${baton_linux}/batond.service
        DESTINATION /lib/systemd/system COMPONENT batond)
    install(FILES ${baton_linux}/batond.conf DESTINATION /etc/batond COMPONENT batond)
    install(FILES ${baton_linux}/nginx-batond.conf
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/batond/examples COMPONENT batond)
    install(FILES ${PROJECT_SOURCE_DIR}/docs/server.md ${PROJECT_SOURCE_DIR}/docs/packaging.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/batond COMPONENT batond)
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/batond RENAME copyright COMPONENT batond)
    list(APPEND baton_packaged batond)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Library dependencies come from dpkg-shlibdeps (dpkg-dev); plugins that are
# loaded at run time, and tools the maintainer scripts use, are listed here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_BATON_PACKAGE_NAME baton)
set(CPACK_DEBIAN_BATON_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_BATON_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager, qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_BATON_PACKAGE_SUGGESTS "batond")
set(CPACK_DEBIAN_BATON_DESCRIPTION
    "Desktop console for chatbot support agents
Baton shows every chatbot conversation (Telegram, WhatsApp, Instagram,
Messenger, Viber, live chat) in one list with the state of its bot, and
gives agents the tools to take over from the bot, answer, and hand the
conversation back. It needs a Baton server (package batond).")

set(CPACK_DEBIAN_BATOND_PACKAGE_NAME batond)
set(CPACK_DEBIAN_BATOND_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_BATOND_PACKAGE_SUGGESTS "nginx, postgresql")
set(CPACK_DEBIAN_BATOND_PACKAGE_CONTROL_EXTRA
    ${baton_linux}/batond-debian/conffiles
    ${baton_linux}/batond-debian/postinst
    ${baton_linux}/batond-debian/prerm
    ${baton_linux}/batond-debian/postrm)
set(CPACK_DEBIAN_BATOND_DESCRIPTION
    "Baton server: chats, bots and agents over HTTP and WebSocket
batond owns the data and the rules Baton's desktop consoles sync with:
storage (SQLite, or PostgreSQL for larger setups), the bot engine, timers
and channel connectors. The package runs it as the systemd service batond
(user batond, data in /var/lib/batond, settings in /etc/batond/batond.conf)
and ships a sample nginx site for TLS in front.")
