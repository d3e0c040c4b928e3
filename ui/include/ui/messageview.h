#pragma once

#include <models/messagemodel.h>
#include <protocol/enums.h>
#include <ui/clock.h>

#include <QListView>
#include <QPointer>

class QIdentityProxyModel;

namespace baton::ui {

class MessageDelegate;

// The history of the open chat. Older pages load when the agent scrolls to
// the top (MessageModel::fetchMore; Qt's own bottom-triggered fetchMore is
// switched off by a proxy), and the scroll position stays on the same
// message while they are inserted above. New messages keep the view at the
// bottom when it was there. A context menu (mouse, menu key or Shift+F10)
// offers reply, copy, download, retry / discard for failed sends, and edit /
// delete for the agent's own Telegram messages within 48 hours.
class MessageView : public QListView {
    Q_OBJECT

public:
    explicit MessageView(Clock clock, QWidget* parent = nullptr);

    void setMessageModel(models::MessageModel* model);
    models::MessageModel* messageModel() const { return model_; }
    MessageDelegate* messageDelegate() const { return delegate_; }
    void setCurrentAgentId(qint64 agentId);
    void setChannel(protocol::Channel channel) { channel_ = channel; }

    // The row of the current message in the MessageModel, or -1.
    int currentRow() const;
    // Whether the agent may edit or delete the message at `row` now.
    bool canEdit(int row) const;
    // The context-menu actions for `row`, parented to `parent`.
    QList<QAction*> actionsFor(int row, QObject* parent);

Q_SIGNALS:
    void replyRequested(qint64 messageId, const QString& quote);
    void retryRequested(const QString& clientId);
    void discardRequested(const QString& clientId);
    void downloadRequested(qint64 messageId, const QVariantMap& attachment);
    void editRequested(qint64 messageId, const QString& text);
    void deleteRequested(qint64 messageId);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void updateGeometries() override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void maybeFetchOlder();

    Clock clock_;
    QPointer<models::MessageModel> model_;
    QIdentityProxyModel* proxy_;
    MessageDelegate* delegate_;
    protocol::Channel channel_ = protocol::Channel::Telegram;
    qint64 currentAgentId_ = 0;
    bool atBottom_ = true;
    int keepFromBottom_ = -1;
};

} // namespace baton::ui
