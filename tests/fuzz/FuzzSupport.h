#pragma once

#include <QCoreApplication>
#include <QTemporaryDir>

namespace jx::fuzz {

/// The application object and a temporary directory every fuzz target needs, made once.
inline QTemporaryDir& setUp()
{
    static int argc = 1;
    static char name[] = "jixiao-fuzz";
    static char* argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    return dir;
}

} // namespace jx::fuzz
