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

# Faster builds, the same results. Linking some eighty test executables with debug information
# is where GNU ld spends minutes; lld (or gold) does it in a fraction of that.
if(SCOREDESK_FAST_LINKER AND NOT MSVC AND NOT APPLE)
    include(CheckLinkerFlag)
    check_linker_flag(CXX -fuse-ld=lld SCOREDESK_HAVE_LLD)
    if(SCOREDESK_HAVE_LLD)
        target_link_options(scoredesk_common_config INTERFACE -fuse-ld=lld)
    else()
        check_linker_flag(CXX -fuse-ld=gold SCOREDESK_HAVE_GOLD)
        if(SCOREDESK_HAVE_GOLD)
            target_link_options(scoredesk_common_config INTERFACE -fuse-ld=gold)
        endif()
    endif()
endif()

# scoredesk_precompile(TARGET HEADER): TARGET's sources get cmake/pch/HEADER precompiled.
# scoredesk_reuse_pch(TARGET FROM): TARGET uses FROM's precompiled header, built once; FROM must
# have the same compile options and the same definitions of the macros the header looks at.
# The compiler would quietly parse the header again on a mismatch; -Winvalid-pch makes that an
# error, so the time saved cannot silently go away.
function(scoredesk_precompile target header)
    if(SCOREDESK_PCH)
        target_precompile_headers(${target} PRIVATE ${CMAKE_SOURCE_DIR}/cmake/pch/${header})
        target_compile_options(${target} PRIVATE -Winvalid-pch)
    endif()
endfunction()
# The targets that reuse a header are tests, benchmarks and fuzz runners, whose moc output is
# included by their own source: their mocs_compilation.cpp is empty, and loading a precompiled
# header of some 180 MB for an empty file would cost more than the file.
function(scoredesk_reuse_pch target from)
    if(SCOREDESK_PCH)
        target_precompile_headers(${target} REUSE_FROM ${from})
        target_compile_options(${target} PRIVATE -Winvalid-pch)
        get_target_property(binary_dir ${target} BINARY_DIR)
        set_source_files_properties(${binary_dir}/${target}_autogen/mocs_compilation.cpp
            PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    endif()
endfunction()
