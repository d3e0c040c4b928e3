// Executable sniffing of an upload's first bytes, against the list of magic
// numbers in protocol/executable.h written out again.

#include "common.h"

#include <protocol/executable.h>

using namespace baton::protocol;
using baton::fuzz::require;

namespace {

bool reference(const QByteArray& head)
{
    static const QByteArray magics[] = {
        QByteArray("MZ"),
        QByteArray("\x7f"
                   "ELF"),
        QByteArray("\xfe\xed\xfa\xce"),
        QByteArray("\xfe\xed\xfa\xcf"),
        QByteArray("\xce\xfa\xed\xfe"),
        QByteArray("\xcf\xfa\xed\xfe"),
        QByteArray("\xca\xfe\xba\xbe"),
        QByteArray("\xca\xfe\xba\xbf"),
        QByteArray("\xbe\xba\xfe\xca"),
        QByteArray("\xbf\xba\xfe\xca"),
        QByteArray("#!"),
    };
    for (const QByteArray& magic : magics) {
        if (head.startsWith(magic))
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = baton::fuzz::bytesOf(data, size);
    const bool executable = isExecutable(bytes);
    require(executable == reference(bytes), "isExecutable knows every magic number");
    require(executable == isExecutable(bytes.left(kExecutableSniffBytes)),
            "only the first bytes decide");
    return 0;
}
