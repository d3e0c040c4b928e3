#pragma once

namespace baton::protocol {

inline constexpr const char* kApiPrefix = "/api/v1";
inline constexpr int kApiVersion = 1;

} // namespace baton::protocol
