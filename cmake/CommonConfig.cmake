# One INTERFACE target carries every flag the project's own targets share, in the spirit of
# qBittorrent's CommonConfig: link scoredesk_common_config and nothing else needs repeating.
add_library(scoredesk_common_config INTERFACE)

target_compile_definitions(scoredesk_common_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SCOREDESK_VERSION="${PROJECT_VERSION}"
)

target_compile_options(scoredesk_common_config INTERFACE
    -Wall -Wextra -Wpedantic -Werror
    -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-align -Wformat=2
)
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    # Qt's qCDebug(category) is a variadic macro called with no further argument.
    target_compile_options(scoredesk_common_config INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
endif()

if(SCOREDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "SCOREDESK_FUZZ needs clang (CC=clang-14 CXX=clang++-14): libFuzzer comes with it")
    endif()
    target_compile_options(scoredesk_common_config INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g)
    target_link_options(scoredesk_common_config INTERFACE -fsanitize=address,undefined)
elseif(SCOREDESK_SANITIZE)
    target_compile_options(scoredesk_common_config INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(scoredesk_common_config INTERFACE -fsanitize=address,undefined)
endif()
