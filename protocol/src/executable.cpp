#include <protocol/executable.h>

#include <algorithm>
#include <array>
#include <string_view>

namespace baton::protocol {

namespace {

using namespace std::string_view_literals;

// Leading bytes of executable formats, as they appear in the file.
constexpr std::array kMagics{
    "MZ"sv,               // DOS / PE (Windows .exe, .dll)
    "\177ELF"sv,          // ELF (Linux, BSD)
    "\xFE\xED\xFA\xCE"sv, // Mach-O 32-bit, big-endian (MH_MAGIC as stored)
    "\xFE\xED\xFA\xCF"sv, // Mach-O 64-bit, big-endian
    "\xCE\xFA\xED\xFE"sv, // Mach-O 32-bit, little-endian (MH_CIGAM)
    "\xCF\xFA\xED\xFE"sv, // Mach-O 64-bit, little-endian
    // Universal (fat) binaries. CAFEBABE is also the Java class file magic;
    // class files are refused too, which errs on the side of safety.
    "\xCA\xFE\xBA\xBE"sv, // FAT_MAGIC
    "\xCA\xFE\xBA\xBF"sv, // FAT_MAGIC_64
    "\xBE\xBA\xFE\xCA"sv, // FAT_CIGAM
    "\xBF\xBA\xFE\xCA"sv, // FAT_CIGAM_64
    "#!"sv,               // scripts run through an interpreter
};

} // namespace

bool isExecutable(const QByteArray& head)
{
    const std::string_view bytes(
        head.constData(), static_cast<std::size_t>(std::min(head.size(), kExecutableSniffBytes)));
    for (const std::string_view magic : kMagics) {
        if (bytes.starts_with(magic))
            return true;
    }
    return false;
}

} // namespace baton::protocol
