#include "apiutil.h"
#include "chatstore.h"
#include "database.h"
#include "eventhub.h"
#include "flowstore.h"
#include "sqlquery.h"
#include "subscriberservice.h"
#include "subscriberview.h"

#include <protocol/limits.h>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {
namespace {

bool isReserved(const QString& name)
{
    return name == u"email"_s || name == u"phone"_s;
}

std::optional<qint64> chatIdOf(const Database& db, qint64 subscriberId)
{
    Query q(db, u"SELECT id FROM chats WHERE subscriber_id = ?"_s);
    q.bind(subscriberId).exec();
    if (!q.next())
        return std::nullopt;
    return q.integer(0);
}

} // namespace

void SubscriberService::checkVariableName(const QString& name)
{
    if (!isValidVariableName(name))
        fail(ErrorCode::InvalidField,
             u"a variable name is a letter or underscore, then up to 63 letters, digits or "
             "underscores"_s,
             u"name"_s);
}

Subscriber SubscriberService::get(const Caller& caller, qint64 subscriberId) const
{
    auto subscriber = loadSubscriber(db_, flows_, caller.workspaceId, subscriberId);
    if (!subscriber)
        failNotFound(u"subscriber"_s);
    return *subscriber;
}

Subscriber SubscriberService::change(const Caller& caller, qint64 subscriberId,
                                     const QDateTime& now,
                                     const std::function<void(const Subscriber&)>& apply)
{
    QList<StoredEvent> published;
    Subscriber after;
    {
        Transaction tx(db_);
        if (db_.dialect() == Dialect::Postgresql) {
            Query(db_, u"SELECT id FROM subscribers WHERE workspace_id = ? AND id = ? FOR UPDATE"_s)
                .bind(caller.workspaceId)
                .bind(subscriberId)
                .exec();
        }
        const auto before = loadSubscriber(db_, flows_, caller.workspaceId, subscriberId);
        if (!before)
            failNotFound(u"subscriber"_s);
        const auto chatId = chatIdOf(db_, subscriberId);
        const auto chatBefore =
            chatId ? chats_.chat(caller.workspaceId, *chatId) : std::optional<Chat>();
        apply(*before);
        after = *loadSubscriber(db_, flows_, caller.workspaceId, subscriberId);
        if (after == *before)
            return after;
        published.append(events_.append(caller.workspaceId, EventType::SubscriberUpdated, after,
                                        caller.origin(), now));
        if (chatId) {
            const auto chatAfter = chats_.chat(caller.workspaceId, *chatId);
            if (chatAfter && chatAfter != chatBefore)
                published.append(events_.append(caller.workspaceId, EventType::ChatUpdated,
                                                *chatAfter, caller.origin(), now));
        }
        tx.commit();
    }
    hub_.publish(published);
    return after;
}

void SubscriberService::refreshSearch(qint64 subscriberId)
{
    chats_.refreshSearch(subscriberId);
}

Subscriber SubscriberService::setTags(const Caller& caller, qint64 subscriberId,
                                      const TagsRequest& request, const QDateTime& now)
{
    if (const auto problem = validate(request))
        throw ApiFailure(*problem);
    // Exact duplicates collapse; "VIP" and "vip" are two tags.
    QStringList wanted;
    for (const QString& tag : request.tags) {
        if (!wanted.contains(tag))
            wanted.append(tag);
    }
    return change(caller, subscriberId, now, [&](const Subscriber& before) {
        if (QSet<QString>(before.tags.cbegin(), before.tags.cend()) ==
            QSet<QString>(wanted.cbegin(), wanted.cend()))
            return;
        for (const QString& tag : std::as_const(wanted)) {
            Query(db_, u"INSERT INTO tags (workspace_id, name) VALUES (?, ?) "
                       "ON CONFLICT (workspace_id, name) DO NOTHING"_s)
                .bind(caller.workspaceId)
                .bind(tag)
                .exec();
        }
        Query(db_, u"DELETE FROM subscriber_tags WHERE subscriber_id = ?"_s)
            .bind(subscriberId)
            .exec();
        for (const QString& tag : std::as_const(wanted)) {
            Query(db_, u"INSERT INTO subscriber_tags (subscriber_id, tag_id) SELECT ?, id FROM "
                       "tags WHERE workspace_id = ? AND name = ?"_s)
                .bind(subscriberId)
                .bind(caller.workspaceId)
                .bind(tag)
                .exec();
        }
        // A tag nobody has any more disappears from the workspace.
        for (const QString& tag : before.tags) {
            if (wanted.contains(tag))
                continue;
            Query(db_, u"DELETE FROM tags WHERE workspace_id = ? AND name = ? AND NOT EXISTS "
                       "(SELECT 1 FROM subscriber_tags st WHERE st.tag_id = tags.id)"_s)
                .bind(caller.workspaceId)
                .bind(tag)
                .exec();
        }
    });
}

Subscriber SubscriberService::setVariable(const Caller& caller, qint64 subscriberId,
                                          const QString& name, const VariableRequest& request,
                                          const QDateTime& now)
{
    const VariableType type = static_cast<VariableType>(request.value.index());
    if (type == VariableType::Text) {
        const QString& text = std::get<QString>(request.value);
        if (!text.isEmpty()) {
            const auto problem = checkText(text, kMaxVariableText);
            if (problem && *problem != TextProblem::Empty)
                fail(ErrorCode::Unprocessable, u"value: "_s + describe(*problem, kMaxVariableText),
                     u"value"_s);
        }
    }
    if (type == VariableType::Number && !std::isfinite(std::get<double>(request.value)))
        fail(ErrorCode::InvalidField, u"value: must be a finite number"_s, u"value"_s);
    if (isReserved(name)) {
        if (type != VariableType::Text)
            fail(ErrorCode::Unprocessable, u"type: %1 is a text variable"_s.arg(name), u"type"_s);
        const QString& text = std::get<QString>(request.value);
        if (name == u"phone"_s && validate(ContactRequest{{}, {}, text}))
            fail(ErrorCode::Unprocessable,
                 u"value: a phone is digits, spaces and + - ( ), at most 32 characters"_s,
                 u"value"_s);
    }
    return change(caller, subscriberId, now, [&](const Subscriber& before) {
        if (isReserved(name)) {
            const QString& text = std::get<QString>(request.value);
            if ((name == u"email"_s ? before.email : before.phone) == text)
                return;
            const QString sql = name == u"email"_s
                                    ? u"UPDATE subscribers SET email = ? WHERE id = ?"_s
                                    : u"UPDATE subscribers SET phone = ? WHERE id = ?"_s;
            Query(db_, sql).bind(text).bind(subscriberId).exec();
            refreshSearch(subscriberId);
            return;
        }
        const bool exists = std::any_of(before.variables.cbegin(), before.variables.cend(),
                                        [&](const Variable& v) { return v.name == name; });
        if (!exists) {
            Query count(db_, u"SELECT COUNT(*) FROM subscriber_variables WHERE subscriber_id = ? "
                             "AND name NOT IN ('email', 'phone')"_s);
            count.bind(subscriberId);
            if (scalar(count) >= kMaxVariables)
                fail(ErrorCode::Unprocessable,
                     u"name: a subscriber has at most %1 variables"_s.arg(kMaxVariables),
                     u"name"_s);
        }
        QVariant text(QMetaType::fromType<QString>());
        QVariant number(QMetaType::fromType<double>());
        QVariant date(QMetaType::fromType<QString>());
        QVariant boolean(QMetaType::fromType<bool>());
        switch (type) {
        case VariableType::Text:
            text = std::get<QString>(request.value);
            break;
        case VariableType::Number:
            number = std::get<double>(request.value);
            break;
        case VariableType::Date:
            date = std::get<QDate>(request.value).toString(Qt::ISODate);
            break;
        case VariableType::Boolean:
            boolean = std::get<bool>(request.value);
            break;
        }
        Query(db_, u"INSERT INTO subscriber_variables (subscriber_id, name, type, value_text, "
                   "value_number, value_date, value_boolean, updated_at) VALUES (?, ?, ?, ?, ?, "
                   "?, ?, ?) ON CONFLICT (subscriber_id, name) DO UPDATE SET type = "
                   "excluded.type, value_text = excluded.value_text, value_number = "
                   "excluded.value_number, value_date = excluded.value_date, value_boolean = "
                   "excluded.value_boolean, updated_at = excluded.updated_at"_s)
            .bind(subscriberId)
            .bind(name)
            .bind(enumName(type))
            .bind(text)
            .bind(number)
            .bind(date)
            .bind(boolean)
            .bind(now)
            .exec();
    });
}

Subscriber SubscriberService::deleteVariable(const Caller& caller, qint64 subscriberId,
                                             const QString& name, const QDateTime& now)
{
    return change(caller, subscriberId, now, [&](const Subscriber&) {
        if (isReserved(name)) {
            const QString sql = name == u"email"_s
                                    ? u"UPDATE subscribers SET email = '' WHERE id = ?"_s
                                    : u"UPDATE subscribers SET phone = '' WHERE id = ?"_s;
            Query(db_, sql).bind(subscriberId).exec();
            refreshSearch(subscriberId);
            return;
        }
        Query(db_, u"DELETE FROM subscriber_variables WHERE subscriber_id = ? AND name = ?"_s)
            .bind(subscriberId)
            .bind(name)
            .exec();
    });
}

Subscriber SubscriberService::disable(const Caller& caller, qint64 subscriberId,
                                      const QDateTime& now)
{
    return change(caller, subscriberId, now, [&](const Subscriber& before) {
        if (before.status == SubscriptionStatus::Unsubscribed)
            fail(ErrorCode::Unprocessable,
                 u"the subscriber has unsubscribed: only they can come back, by writing"_s);
        if (before.status == SubscriptionStatus::Disabled)
            return;
        Query(db_, u"UPDATE subscribers SET status = 'disabled' WHERE id = ?"_s)
            .bind(subscriberId)
            .exec();
        // The bot sends nothing at all: the running flow stops too.
        flows_.deleteRun(subscriberId);
    });
}

Subscriber SubscriberService::enable(const Caller& caller, qint64 subscriberId,
                                     const QDateTime& now)
{
    return change(caller, subscriberId, now, [&](const Subscriber& before) {
        if (before.status == SubscriptionStatus::Unsubscribed)
            fail(ErrorCode::Unprocessable,
                 u"the subscriber has unsubscribed: only they can come back, by writing"_s);
        if (before.status == SubscriptionStatus::Active)
            return;
        Query(db_, u"UPDATE subscribers SET status = 'active' WHERE id = ?"_s)
            .bind(subscriberId)
            .exec();
    });
}

Subscriber SubscriberService::setContact(const Caller& caller, qint64 subscriberId,
                                         const ContactRequest& request, const QDateTime& now)
{
    return change(caller, subscriberId, now, [&](const Subscriber&) {
        // 404 before 422: the body's rules are checked once the subscriber exists.
        if (const auto problem = validate(request))
            throw ApiFailure(*problem);
        Query(db_, u"UPDATE subscribers SET first_name = ?, last_name = ?, phone = ? "
                   "WHERE id = ?"_s)
            .bind(request.firstName)
            .bind(request.lastName)
            .bind(request.phone)
            .bind(subscriberId)
            .exec();
        refreshSearch(subscriberId);
    });
}

} // namespace baton::server
