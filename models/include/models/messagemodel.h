#pragma once

#include <protocol/event.h>
#include <protocol/message.h>

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QTimeZone>

#include <vector>

namespace baton::models {

class AgentDirectory;

// A reply the agent sent that the server has not confirmed yet.
struct PendingSend {
    QString clientId; // the UUID the send carries; compared case-insensitively
    QString text;
    std::optional<qint64> replyTo;
    QList<protocol::Attachment> attachments;
    QDateTime createdAt; // when the agent pressed send; now when invalid
};

// The history of one chat, oldest first, followed by the replies still being
// sent. Older pages come through fetchMore: the model emits
// historyRequested() and whoever serves history (the REST client, the cache,
// a test) answers with addHistoryPage() or historyFailed(). A pending row is
// replaced in place by its echo (message.created carrying its client id); it
// is never shown twice.
class MessageModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum class PendingState { None, Sending, Failed };
    Q_ENUM(PendingState)

    // Enum values are the protocol enums cast to int; absent optionals are
    // invalid QVariants.
    enum Role {
        IdRole = Qt::UserRole + 1, // 0 for a pending row
        ChatIdRole,
        TextRole,
        DirectionRole,
        SourceRole,
        KindRole,
        AgentIdRole,
        AgentNameRole,
        CreatedAtRole,
        DeliveryRole,
        ReplyToRole,
        ReplyTextRole,   // the quoted message's text, when it is loaded
        ReactionsRole,   // list of {emoji, by, agentId}
        AttachmentsRole, // list of {id, clientId, filename, mimeType, size, url}
        EditedRole,
        EditedAtRole,
        DeletedRole,
        ClientIdRole,
        PendingStateRole, // PendingState
        FailureReasonRole,
        DateSeparatorRole, // true for the first row of a day
        DateRole,          // the row's local date
        SystemTextRole,    // the readable line of a bot-status change
        StoryUrlRole,
        AdCampaignNameRole,
        AdCampaignUrlRole,
        BotStateRole, // the state a bot-status line records
    };
    Q_ENUM(Role)

    explicit MessageModel(qint64 chatId, const AgentDirectory* agents = nullptr,
                          QObject* parent = nullptr);
    ~MessageModel() override;

    qint64 chatId() const { return chatId_; }
    // Days (date separators) and the times in system lines are in this zone;
    // the system zone by default.
    void setTimeZone(const QTimeZone& zone);
    // The agent pending rows are shown as sent by.
    void setCurrentAgentId(qint64 agentId) { currentAgentId_ = agentId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Replaces the confirmed history (one reset), e.g. with the cached newest
    // page; pending rows stay unless the page confirms them.
    void setMessages(const QList<protocol::Message>& messages, bool hasMore);
    // The answer to historyRequested(): inserted above the loaded rows.
    void addHistoryPage(const protocol::MessagePage& page);
    void historyFailed();
    bool hasMore() const { return hasMore_; }
    bool isFetching() const { return fetching_; }

    // message.created inserts (or replaces the pending row with the same
    // client id); message.updated updates in place. Events of other chats
    // are ignored.
    void applyEvent(const protocol::Event& event);
    void applyEvents(const QList<protocol::Event>& events);
    // `created`: the message is new (may be inserted even above the loaded
    // rows' newest); otherwise only known messages change.
    void upsertMessage(const protocol::Message& message, bool created = true);

    // Shows a "sending" row at the bottom. False when the client id is empty,
    // already pending, or already confirmed.
    bool addPending(const PendingSend& send);
    bool markFailed(const QString& clientId, const QString& reason);
    bool markSending(const QString& clientId);
    bool removePending(const QString& clientId);

    int rowOfId(qint64 id) const;
    int rowOfClientId(const QString& clientId) const;
    const protocol::Message& messageAt(int row) const
    {
        return rows_[static_cast<std::size_t>(row)].message;
    }
    PendingState pendingStateAt(int row) const
    {
        return rows_[static_cast<std::size_t>(row)].pending;
    }
    int confirmedCount() const { return confirmedCount_; }

Q_SIGNALS:
    // Asks for the page of messages before `beforeId` (0: the newest page).
    void historyRequested(qint64 chatId, qint64 beforeId);

private:
    struct Row {
        protocol::Message message;
        PendingState pending = PendingState::None;
        QString failure;
    };

    QVariant valueOf(const Row& row, int role) const;
    QList<int> differingRoles(const Row& before, const Row& after) const;
    int lowerBoundId(qint64 id) const;
    int pendingRow(const QString& normalizedId) const;
    QDate dayOf(int row) const;
    void refreshSeparator(int row);
    void refreshReplies(const QSet<qint64>& ids);
    void refreshAgentNames();

    qint64 chatId_;
    QPointer<const AgentDirectory> agents_;
    QTimeZone zone_;
    qint64 currentAgentId_ = 0;
    std::vector<Row> rows_; // confirmed rows by id, then pending rows
    int confirmedCount_ = 0;
    QHash<QString, qint64> confirmedClientIds_;
    bool hasMore_ = true;
    bool fetching_ = false;
};

} // namespace baton::models
