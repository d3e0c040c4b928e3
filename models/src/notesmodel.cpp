#include <models/agentdirectory.h>
#include <models/notesmodel.h>

#include <QSet>

#include <algorithm>
#include <variant>

using namespace Qt::StringLiterals;

namespace baton::models {

namespace {

constexpr int kRoles[] = {NotesModel::IdRole,        NotesModel::ChatIdRole,
                          NotesModel::AuthorIdRole,  NotesModel::AuthorNameRole,
                          NotesModel::TextRole,      NotesModel::CreatedAtRole,
                          NotesModel::UpdatedAtRole, NotesModel::EditedRole};

} // namespace

NotesModel::NotesModel(qint64 chatId, const AgentDirectory* agents, QObject* parent)
    : QAbstractListModel(parent)
    , chatId_(chatId)
    , agents_(agents)
{
    if (agents) {
        connect(agents, &AgentDirectory::agentsChanged, this, [this] {
            if (!notes_.isEmpty())
                Q_EMIT dataChanged(index(0), index(rowCount() - 1), {AuthorNameRole});
        });
    }
}

int NotesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(notes_.size());
}

QVariant NotesModel::valueOf(const protocol::Note& n, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return n.text;
    case IdRole:
        return n.id;
    case ChatIdRole:
        return n.chatId;
    case AuthorIdRole:
        return n.authorId;
    case AuthorNameRole:
        return agents_ ? agents_->name(n.authorId)
                       : AgentDirectory::tr("Agent #%1").arg(n.authorId);
    case CreatedAtRole:
        return n.createdAt;
    case UpdatedAtRole:
        return n.updatedAt ? QVariant(*n.updatedAt) : QVariant();
    case EditedRole:
        return n.updatedAt.has_value();
    default:
        return {};
    }
}

QVariant NotesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return valueOf(notes_.at(index.row()), role);
}

QHash<int, QByteArray> NotesModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"_ba},   {IdRole, "noteId"_ba},
            {ChatIdRole, "chatId"_ba},         {AuthorIdRole, "authorId"_ba},
            {AuthorNameRole, "authorName"_ba}, {TextRole, "text"_ba},
            {CreatedAtRole, "createdAt"_ba},   {UpdatedAtRole, "updatedAt"_ba},
            {EditedRole, "edited"_ba}};
}

int NotesModel::lowerBound(qint64 id) const
{
    const auto it = std::lower_bound(notes_.cbegin(), notes_.cend(), id,
                                     [](const protocol::Note& n, qint64 v) { return n.id < v; });
    return static_cast<int>(it - notes_.cbegin());
}

int NotesModel::rowOf(qint64 noteId) const
{
    const int r = lowerBound(noteId);
    return r < notes_.size() && notes_.at(r).id == noteId ? r : -1;
}

void NotesModel::setNotes(const QList<protocol::Note>& notes)
{
    beginResetModel();
    notes_.clear();
    QSet<qint64> seen;
    for (const auto& n : notes) {
        if (n.chatId == chatId_ && !seen.contains(n.id)) {
            seen.insert(n.id);
            notes_.append(n);
        }
    }
    std::sort(notes_.begin(), notes_.end(),
              [](const protocol::Note& a, const protocol::Note& b) { return a.id < b.id; });
    endResetModel();
}

void NotesModel::upsertNote(const protocol::Note& note)
{
    if (note.chatId != chatId_)
        return;
    const int r = lowerBound(note.id);
    if (r < notes_.size() && notes_.at(r).id == note.id) {
        QList<int> roles;
        for (int role : kRoles) {
            if (valueOf(notes_.at(r), role) != valueOf(note, role))
                roles.append(role);
        }
        if (roles.isEmpty())
            return;
        if (roles.contains(TextRole))
            roles.prepend(Qt::DisplayRole);
        notes_[r] = note;
        Q_EMIT dataChanged(index(r), index(r), roles);
        return;
    }
    beginInsertRows({}, r, r);
    notes_.insert(r, note);
    endInsertRows();
}

bool NotesModel::removeNote(qint64 noteId)
{
    const int r = rowOf(noteId);
    if (r < 0)
        return false;
    beginRemoveRows({}, r, r);
    notes_.removeAt(r);
    endRemoveRows();
    return true;
}

void NotesModel::applyEvent(const protocol::Event& event)
{
    using protocol::EventType;
    switch (event.type) {
    case EventType::NoteCreated:
    case EventType::NoteUpdated:
        if (const auto* n = std::get_if<protocol::Note>(&event.payload))
            upsertNote(*n);
        return;
    case EventType::NoteDeleted:
        if (const auto* d = std::get_if<protocol::NoteDeleted>(&event.payload)) {
            if (d->chatId == chatId_)
                removeNote(d->noteId);
        }
        return;
    default:
        return;
    }
}

void NotesModel::applyEvents(const QList<protocol::Event>& events)
{
    for (const auto& e : events)
        applyEvent(e);
}

} // namespace baton::models
