#pragma once

#include <QByteArray>
#include <QString>

namespace baton::server::crypto {

// Must run once before anything else here (libsodium's own initialisation).
bool initialize();

// Argon2id with libsodium's interactive limits; the result carries its own
// salt and parameters ("$argon2id$v=19$m=...").
QString hashPassword(const QString& password);
bool verifyPassword(const QString& hash, const QString& password);

// A random 256-bit token, base64url without padding.
QString newToken();
// How a token is stored and looked up: SHA-256, hex.
QString tokenDigest(const QString& token);
// SHA-256, hex, of arbitrary bytes.
QString sha256Hex(const QByteArray& bytes);

bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

} // namespace baton::server::crypto
