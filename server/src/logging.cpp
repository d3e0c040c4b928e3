#include "logging.h"

Q_LOGGING_CATEGORY(lcServer, "baton.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "baton.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "baton.server.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "baton.server.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStream, "baton.server.stream", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "baton.server.demo", QtInfoMsg)
