#pragma once

#include <protocol/event.h>
#include <protocol/note.h>

#include <QAbstractListModel>
#include <QPointer>

namespace baton::models {

class AgentDirectory;

// The private notes of one chat, oldest first (by id).
class NotesModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ChatIdRole,
        AuthorIdRole,
        AuthorNameRole,
        TextRole, // also Qt::DisplayRole
        CreatedAtRole,
        UpdatedAtRole, // invalid when never edited
        EditedRole,
    };
    Q_ENUM(Role)

    explicit NotesModel(qint64 chatId, const AgentDirectory* agents = nullptr,
                        QObject* parent = nullptr);

    qint64 chatId() const { return chatId_; }
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // One reset, e.g. with GET /chats/ID/notes or the cache.
    void setNotes(const QList<protocol::Note>& notes);
    void upsertNote(const protocol::Note& note);
    bool removeNote(qint64 noteId);
    // note.created / note.updated upsert, note.deleted removes; other chats'
    // notes and other events are ignored.
    void applyEvent(const protocol::Event& event);
    void applyEvents(const QList<protocol::Event>& events);

    int rowOf(qint64 noteId) const;
    const protocol::Note& noteAt(int row) const { return notes_.at(row); }

private:
    QVariant valueOf(const protocol::Note& note, int role) const;
    int lowerBound(qint64 id) const;

    qint64 chatId_;
    QPointer<const AgentDirectory> agents_;
    QList<protocol::Note> notes_;
};

} // namespace baton::models
