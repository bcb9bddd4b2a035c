# CPack: `cpack -G DEB` in the build folder makes a Debian package of the app, the CLI and
# the sandbox, depending on the Qt 6 and QtKeychain runtime packages Debian 12 ships.
set(CPACK_PACKAGE_NAME "scoredesk")
set(CPACK_PACKAGE_VENDOR "ScoreDesk")
set(CPACK_PACKAGE_CONTACT "ScoreDesk developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
