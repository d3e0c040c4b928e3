#pragma once

#include <QByteArray>

namespace baton::protocol {

// How many leading bytes isExecutable() looks at.
inline constexpr qsizetype kExecutableSniffBytes = 8;

// Decides by content, never by file name: PE/MZ, ELF, Mach-O (32/64 bit, both
// byte orders, fat/universal) and `#!` scripts are executables.
bool isExecutable(const QByteArray& head);

} // namespace baton::protocol
