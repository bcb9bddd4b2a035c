# CPack: packages of the app, the CLI and the sandbox.
#   Linux (built and checked here): `cpack -G DEB` and `cpack -G TGZ` in the build folder;
#     scripts/package-check.sh validates them and installs the DEB in a clean Debian 12 chroot.
#   Windows: NSIS, with windeployqt copying Qt's libraries and plugins next to the programs.
#   macOS: DragNDrop, with macdeployqt making the app bundle self-contained.
# The Windows and macOS configurations are not built on these Linux machines (README).
set(CPACK_PACKAGE_NAME "scoredesk")
set(CPACK_PACKAGE_VENDOR "ScoreDesk")
set(CPACK_PACKAGE_CONTACT "ScoreDesk developers <scoredesk@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "Call, test and run machine-learning scoring web services (Azure ML Studio classic
request/response and batch, Azure ML online endpoints), directly or through an API Management
gateway. Keys stay in the system keychain. Includes scoredesk-cli for scripts and
scoredesk-sandbox, a local service to try everything offline.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://scoredesk.github.io/")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ScoreDesk")
set(CPACK_PACKAGE_EXECUTABLES "scoredesk" "ScoreDesk")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_NSIS_DISPLAY_NAME "ScoreDesk")
    set(CPACK_NSIS_PACKAGE_NAME "ScoreDesk ${PROJECT_VERSION}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\scoredesk.exe")
    set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\ScoreDesk.lnk' '$INSTDIR\\\\bin\\\\scoredesk.exe'")
    set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\ScoreDesk.lnk'")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # windeployqt copies the Qt libraries, plugins (platforms, sqldrivers, imageformats, tls)
    # and translations the programs need into bin/, at install time, so the installer holds them.
    get_target_property(scoredesk_qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(scoredesk_qt_bin "${scoredesk_qmake}" DIRECTORY)
    find_program(SCOREDESK_WINDEPLOYQT windeployqt HINTS "${scoredesk_qt_bin}" REQUIRED)
    install(CODE "
        foreach(program scoredesk.exe scoredesk-cli.exe scoredesk-sandbox.exe)
            execute_process(COMMAND \"${SCOREDESK_WINDEPLOYQT}\" --release --no-compiler-runtime
                \"\${CMAKE_INSTALL_PREFIX}/bin/\${program}\" COMMAND_ERROR_IS_FATAL ANY)
        endforeach()")
    include(InstallRequiredSystemLibraries) # the compiler's runtime
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "ScoreDesk")
    set(CPACK_DMG_FORMAT "UDZO")
    # The app is a bundle on macOS (src/app), the CLI and the sandbox inside it; macdeployqt puts the Qt
    # frameworks and plugins inside it and fixes their paths, at install time.
    get_target_property(scoredesk_qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(scoredesk_qt_bin "${scoredesk_qmake}" DIRECTORY)
    find_program(SCOREDESK_MACDEPLOYQT macdeployqt HINTS "${scoredesk_qt_bin}" REQUIRED)
    install(CODE "
        execute_process(COMMAND \"${SCOREDESK_MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/scoredesk.app\"
            \"-executable=\${CMAKE_INSTALL_PREFIX}/scoredesk.app/Contents/MacOS/scoredesk-cli\"
            \"-executable=\${CMAKE_INSTALL_PREFIX}/scoredesk.app/Contents/MacOS/scoredesk-sandbox\"
            COMMAND_ERROR_IS_FATAL ANY)")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    # Libraries the programs link come from dpkg-shlibdeps; Qt's plugins (the platform, the
    # SQLite driver, the SVG icons) are loaded at run time, so they are named here.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
endif()
include(CPack)
