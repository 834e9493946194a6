# One INTERFACE target carries the project policy; every target links it.
add_library(jixiao_policy INTERFACE)
target_compile_features(jixiao_policy INTERFACE cxx_std_20)
target_compile_definitions(jixiao_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
target_compile_options(jixiao_policy INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
target_include_directories(jixiao_policy INTERFACE ${PROJECT_SOURCE_DIR})
