#pragma once

#include <protocol/event.h>
#include <ui/clock.h>

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <optional>

namespace baton::models {
class ChatListModel;
}

namespace baton::ui {

// One thing to tell the agent. `chatId` is the chat a click opens (0: the
// chat list).
struct Notification {
    enum class Kind { OpenChat, Message, Assigned, Summary, Notice };

    Kind kind = Kind::Notice;
    qint64 chatId = 0;
    QString title;
    QString body;
    // What it stands for: chats that became open, inbound messages, chats
    // someone else assigned to the agent.
    int openChats = 0;
    int messages = 0;
    int assigned = 0;

    bool operator==(const Notification&) const = default;
};

// Decides what to notify from the event batches the SyncEngine applied
// (docs/ui.md, "Tray, notifications, settings"): a chat that becomes open,
// a chat someone else assigned to the agent, an inbound subscriber message
// in a chat assigned to the agent. Never the agent's own changes,
// outgoing, bot or system messages. At most one
// notification per interval: what arrives meanwhile waits and is shown as
// one summary when the interval is over; a catch-up (a snapshot, a large
// batch) is one summary too. Do-not-disturb drops candidates, the unread
// count still follows the list.
class NotificationCenter : public QObject {
    Q_OBJECT

public:
    struct Rules {
        bool enabled = true;
        bool openChats = true;
        // Chats assigned to the agent: the assignment and new messages.
        bool myMessages = true;
    };

    // `chats` is not owned and must outlive the center; its current chats
    // are the known state (no notification for them).
    NotificationCenter(const models::ChatListModel* chats, Clock clock, QObject* parent = nullptr);

    void setAgentId(std::optional<qint64> agentId) { agentId_ = agentId; }
    void setRules(const Rules& rules);
    Rules rules() const { return rules_; }
    void setDoNotDisturb(bool on);
    bool doNotDisturb() const { return doNotDisturb_; }
    // The least time between two notifications (default 5000 ms).
    void setInterval(qint64 ms) { intervalMs_ = ms; }

    // Chats with unread messages (the tray's count).
    int unreadChats() const { return static_cast<int>(unread_.size()); }
    // Candidates waiting for the interval to end.
    int pendingCount() const { return static_cast<int>(pending_.size()); }
    // The timer that ends the wait; tests move the clock and call flush().
    const QTimer* timer() const { return &timer_; }

    // Emits the waiting candidates (one notification, a summary when
    // several) if the interval is over, else waits for the rest of it.
    void flush();
    // A click on a notification: chatOpenRequested or listRequested.
    void activate(const Notification& notification);
    // Forgets the known state and takes the list as it is now (after a
    // sign-in as someone else), without notifying.
    void reset();

    // The short text a notification shows for a message.
    static QString preview(const protocol::Message& message);

public Q_SLOTS:
    // SyncEngine::eventsApplied.
    void applyEvents(const QList<baton::protocol::Event>& events);
    // SyncEngine::snapshotApplied: what changed against the known state
    // becomes one summary.
    void applySnapshot();

Q_SIGNALS:
    void notify(const baton::ui::Notification& notification);
    void chatOpenRequested(qint64 chatId);
    void listRequested();
    void unreadChatsChanged(int count);
    void doNotDisturbChanged(bool on);

private:
    struct Known {
        protocol::ChatState state = protocol::ChatState::Open;
        qint64 unread = 0;
        std::optional<qint64> assignee;
    };
    struct Candidate {
        qint64 chatId = 0;
        bool opened = false;
        bool assigned = false;
        int messages = 0;
        QString chatTitle;
        QString preview;
    };

    void seed();
    void addCandidate(const Candidate& candidate);
    bool mine(const protocol::Origin& origin) const;
    bool assignedToMe(qint64 chatId) const;
    Notification build() const;
    void setUnread(qint64 chatId, bool unread);
    void trackRows(int first, int last);

    const models::ChatListModel* chats_;
    Clock clock_;
    std::optional<qint64> agentId_;
    Rules rules_;
    bool doNotDisturb_ = false;
    qint64 intervalMs_ = 5000;

    QHash<qint64, Known> known_;
    QList<Candidate> pending_; // oldest first, one per chat
    QDateTime lastShown_;
    QTimer timer_;
    QSet<qint64> unread_;
};

} // namespace baton::ui
