#pragma once

#include <QLoggingCategory>

// One category per area so operators can turn each up or down with
// QT_LOGGING_RULES, e.g. "baton.server.db.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcStream)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
