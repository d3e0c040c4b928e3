#include <models/messagemodel.h>
#include <protocol/limits.h>
#include <ui/messagedelegate.h>
#include <ui/messageview.h>

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace baton::ui {

using models::MessageModel;

namespace {

// Qt's views call fetchMore when the *bottom* of the list is visible; a chat
// history grows at the top. This proxy hides canFetchMore from the view, and
// MessageView asks the model itself when the top is reached.
class NoAutoFetchProxy : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    bool canFetchMore(const QModelIndex&) const override { return false; }
    void fetchMore(const QModelIndex&) override {}
};

} // namespace

MessageView::MessageView(Clock clock, QWidget* parent)
    : QListView(parent)
    , clock_(std::move(clock))
    , proxy_(new NoAutoFetchProxy(this))
    , delegate_(new MessageDelegate(this, clock_, this))
{
    setAccessibleName(tr("Messages"));
    setModel(proxy_);
    setItemDelegate(delegate_);
    setUniformItemSizes(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setMouseTracking(true);
    setWordWrap(true);
    verticalScrollBar()->setSingleStep(24);

    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        atBottom_ = value >= verticalScrollBar()->maximum() - 4;
        if (value <= verticalScrollBar()->minimum())
            maybeFetchOlder();
    });
    connect(proxy_, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex&, int first, int) {
                // Older messages arrive above: keep the same message in view.
                if (first == 0 && proxy_->rowCount() > 0)
                    keepFromBottom_ = verticalScrollBar()->maximum() - verticalScrollBar()->value();
            });
    connect(proxy_, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int) {
                if (first != 0 && atBottom_)
                    keepFromBottom_ = 0;
            });
    connect(proxy_, &QAbstractItemModel::modelReset, this, [this] { keepFromBottom_ = 0; });
    // A row's height depends on its data (a delivery tick does not change it,
    // an edit, a reaction or a date separator can): lay out again.
    connect(proxy_, &QAbstractItemModel::dataChanged, this, [this] {
        if (atBottom_)
            keepFromBottom_ = 0;
        scheduleDelayedItemsLayout();
    });
    connect(delegate_, &MessageDelegate::retryRequested, this, &MessageView::retryRequested);
    connect(delegate_, &MessageDelegate::discardRequested, this, &MessageView::discardRequested);
    connect(delegate_, &MessageDelegate::downloadRequested, this, &MessageView::downloadRequested);
    connect(delegate_, &MessageDelegate::quoteActivated, this, [this](qint64 id) {
        if (!model_)
            return;
        const int row = model_->rowOfId(id);
        if (row >= 0) {
            const QModelIndex index = proxy_->index(row, 0);
            setCurrentIndex(index);
            scrollTo(index, QAbstractItemView::PositionAtCenter);
        }
    });
}

void MessageView::setMessageModel(MessageModel* model)
{
    model_ = model;
    proxy_->setSourceModel(model);
    keepFromBottom_ = 0;
    atBottom_ = true;
    scheduleDelayedItemsLayout();
}

void MessageView::setCurrentAgentId(qint64 agentId)
{
    currentAgentId_ = agentId;
    delegate_->setCurrentAgentId(agentId);
    viewport()->update();
}

void MessageView::maybeFetchOlder()
{
    if (model_ && model_->canFetchMore({}))
        model_->fetchMore({});
}

void MessageView::updateGeometries()
{
    QListView::updateGeometries();
    if (keepFromBottom_ >= 0) {
        verticalScrollBar()->setValue(verticalScrollBar()->maximum() - keepFromBottom_);
        keepFromBottom_ = -1;
    }
    // A short history does not fill the view: there is no scrolling to the
    // top to ask for more, so ask now (the model keeps one request in flight).
    if (model_ && verticalScrollBar()->maximum() == 0 && model_->canFetchMore({}))
        QMetaObject::invokeMethod(this, &MessageView::maybeFetchOlder, Qt::QueuedConnection);
}

void MessageView::resizeEvent(QResizeEvent* event)
{
    const bool bottom = atBottom_;
    QListView::resizeEvent(event);
    if (bottom)
        keepFromBottom_ = 0;
}

int MessageView::currentRow() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.row() : -1;
}

bool MessageView::canEdit(int row) const
{
    if (!model_ || row < 0 || row >= model_->rowCount())
        return false;
    const protocol::Message& m = model_->messageAt(row);
    if (channel_ != protocol::Channel::Telegram || m.id == 0 || m.deleted ||
        m.source != protocol::MessageSource::Agent || !m.agentId || *m.agentId != currentAgentId_)
        return false;
    const QDateTime now = clock_ ? clock_() : QDateTime::currentDateTimeUtc();
    return m.createdAt.secsTo(now) <
           std::chrono::duration_cast<std::chrono::seconds>(protocol::kEditWindow).count();
}

QList<QAction*> MessageView::actionsFor(int row, QObject* parent)
{
    QList<QAction*> out;
    if (!model_ || row < 0 || row >= model_->rowCount())
        return out;
    const protocol::Message m = model_->messageAt(row);
    const auto pending = model_->pendingStateAt(row);
    const auto add = [&](const QString& text, auto slot) {
        auto* a = new QAction(text, parent);
        connect(a, &QAction::triggered, this, slot);
        out.append(a);
        return a;
    };
    if (m.kind == protocol::MessageKind::BotStatusChange)
        return out;
    if (pending == MessageModel::PendingState::Failed) {
        add(tr("Retry sending"), [this, m] { Q_EMIT retryRequested(m.clientId); });
        add(tr("Discard"), [this, m] { Q_EMIT discardRequested(m.clientId); });
    }
    if (m.id != 0 && !m.deleted) {
        const QString quote =
            m.text.isEmpty() && !m.attachments.isEmpty() ? m.attachments.first().filename : m.text;
        add(tr("Reply"), [this, m, quote] { Q_EMIT replyRequested(m.id, quote); });
    }
    if (!m.text.isEmpty() && !m.deleted)
        add(tr("Copy text"), [m] { QApplication::clipboard()->setText(m.text); });
    if (!m.deleted) {
        for (const protocol::Attachment& a : m.attachments) {
            if (a.url.isEmpty() && a.id == 0)
                continue;
            const QVariantMap map{{u"id"_s, a.id},
                                  {u"clientId"_s, a.clientId},
                                  {u"filename"_s, a.filename},
                                  {u"mimeType"_s, a.mimeType},
                                  {u"size"_s, a.size},
                                  {u"url"_s, a.url}};
            add(tr("Download “%1”").arg(a.filename),
                [this, m, map] { Q_EMIT downloadRequested(m.id, map); });
        }
    }
    if (canEdit(row)) {
        add(tr("Edit"), [this, m] { Q_EMIT editRequested(m.id, m.text); });
        add(tr("Delete"), [this, m] { Q_EMIT deleteRequested(m.id); });
    }
    return out;
}

void MessageView::keyPressEvent(QKeyEvent* event)
{
    // Home / End go to the oldest loaded / newest message even when the
    // current row is already there (Qt would not scroll then). Reaching the
    // top asks for older messages.
    if (event->modifiers() == Qt::NoModifier &&
        (event->key() == Qt::Key_Home || event->key() == Qt::Key_End)) {
        const int rows = proxy_->rowCount();
        if (rows > 0) {
            const QModelIndex index = proxy_->index(event->key() == Qt::Key_Home ? 0 : rows - 1, 0);
            setCurrentIndex(index);
            if (event->key() == Qt::Key_Home)
                scrollToTop();
            else
                scrollToBottom();
        }
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void MessageView::contextMenuEvent(QContextMenuEvent* event)
{
    QModelIndex index =
        event->reason() == QContextMenuEvent::Keyboard ? currentIndex() : indexAt(event->pos());
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setAccessibleName(tr("Message actions"));
    menu->addActions(actionsFor(index.row(), menu));
    if (menu->isEmpty()) {
        delete menu;
        return;
    }
    const QPoint pos = event->reason() == QContextMenuEvent::Keyboard
                           ? viewport()->mapToGlobal(visualRect(index).center())
                           : event->globalPos();
    menu->popup(pos);
}

} // namespace baton::ui
