# The Debian package, built by CPack from an installed tree: `cpack -G DEB` in a build folder (or
# ./scripts/dev.sh package). Its dependencies are the binary's libraries as dpkg-shlibdeps finds
# them, plus the Qt plugins Effleur loads at run time, which no library dependency names.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME effleur)
set(CPACK_PACKAGE_VENDOR "The Effleur authors")
set(CPACK_PACKAGE_CONTACT "The Effleur authors <maintainers@effleur.app>"
    CACHE STRING "The package's maintainer, as 'Name <address>'")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "massage-protocol guide and session timer")
set(CPACK_PACKAGE_HOMEPAGE_URL "${EFFLEUR_HOMEPAGE_URL}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(EFFLEUR_DEB_VERSION "${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The SQLite driver and the voice. The platform plugins (xcb, offscreen) are in libqt6gui6 and the
# SVG icon plugin in libqt6svg6, which the binary links, and the audio backends in
# libqt6multimedia6, which the voice module links (Effleur's modules, in lib/effleur/modules/,
# bring their libraries' packages in through dpkg-shlibdeps as the binary does); the Wayland
# plugin is recommended. (libqt6gui6 recommends qt6-qpa-plugins itself.)
# Recommended for Russian, Ukrainian and Polish: Qt's own strings in them, and the voices that
# speak their cues (speech-dispatcher's espeak-ng, through Qt's speechd engine); English needs
# neither.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-speech-flite-plugin")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-wayland, qt6-translations-l10n, qt6-speech-speechd-plugin, speech-dispatcher-espeak-ng")
# The long description; CPack puts the summary above it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Effleur loads massage protocols from JSON files, checks them, and guides a
session step by step: which technique, along which massage lines, in which
direction, for how long, and what comes next. It ships five protocols, asks
each protocol's contraindication checklist before a session with a client,
and helps students rehearse and test themselves. Authors edit protocols in
the app or in their own editor, with every problem shown where it is.")

# What only the package carries: Debian's copyright file, changelog and lintian overrides. They are a component of
# their own, left out of a plain `cmake --install`.
configure_file(${PROJECT_SOURCE_DIR}/data/debian/changelog.in debian/changelog.Debian @ONLY)
add_custom_command(OUTPUT debian/changelog.Debian.gz
    COMMAND ${EFFLEUR_GZIP} -9nc changelog.Debian > changelog.Debian.gz
    WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/debian
    DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog.Debian
    COMMENT "Compressing the Debian changelog")
add_custom_target(effleur_deb_changelog ALL DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog.Debian.gz)
install(FILES ${PROJECT_SOURCE_DIR}/data/debian/copyright
              ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog.Debian.gz
        DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT debian EXCLUDE_FROM_ALL)
install(FILES ${PROJECT_SOURCE_DIR}/data/debian/lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME effleur
        COMPONENT debian EXCLUDE_FROM_ALL)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_COMPONENTS_ALL Unspecified debian)
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS OFF)

include(CPack)
