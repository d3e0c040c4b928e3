#include "uifixtures.h"

#include <models/agentdirectory.h>
#include <models/chatlistmodel.h>
#include <models/messagemodel.h>
#include <models/notesmodel.h>
#include <models/subscribercard.h>
#include <ui/botstatusmenu.h>
#include <ui/composer.h>
#include <ui/conversationpane.h>
#include <ui/limitedtextedit.h>
#include <ui/messagedelegate.h>
#include <ui/messageview.h>
#include <ui/notespanel.h>
#include <ui/stores.h>
#include <ui/subscribercardwidget.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace baton;
using namespace Qt::StringLiterals;
using models::MessageModel;

// The middle and right panes: history view and delegate, notes, the
// subscriber card and the conversation header, on models fed with protocol data.
class TestConversation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void historyPaintsEveryRowKind();
    void lineBreaksInATextAreKept();
    void rowsFollowEditsWidthAndFont();
    void footersFollowTheClocksZone();
    void failedSendsOfferRetryAndDiscardByMouse();
    void attachmentsDownloadAndRowActions();
    void editOwnTelegramMessagesWithin48Hours();
    void olderPagesLoadWhenScrolledToTheTop();
    void notesAddEditDeleteOwn();
    void cardShowsTheSubscriberAndEmitsEveryChange();
    void cardEditsVariablesInPlaceWithTypedEditors();
    void cardDealsAndContact();
    void conversationHeaderFollowsTheChat();

private:
    QModelIndex rowOf(MessageModel& model, qint64 id) { return model.index(model.rowOfId(id)); }

    uifix::TestClock clock_;
    std::unique_ptr<models::AgentDirectory> agents_;
};

void TestConversation::init()
{
    *clock_.at = uifix::now();
    agents_ = std::make_unique<models::AgentDirectory>();
    agents_->setAgents(uifix::agents());
}

void TestConversation::cleanup()
{
    agents_.reset();
}

namespace {

void fill(MessageModel& model, qint64 chatId)
{
    model.setTimeZone(QTimeZone::utc());
    model.setCurrentAgentId(uifix::kMe);
    model.setMessages(uifix::history(chatId), false);
    models::PendingSend sending{
        u"0b9c1f7e-1111-4000-8000-000000000001"_s, u"Sending this now"_s, {}, {}, uifix::ago(5)};
    models::PendingSend failing{u"0b9c1f7e-2222-4000-8000-000000000002"_s,
                                u"This one failed"_s,
                                std::optional<qint64>(107),
                                {},
                                uifix::ago(4)};
    model.addPending(sending);
    model.addPending(failing);
    model.markFailed(failing.clientId, u"the server refused it"_s);
}

void showView(ui::MessageView& view, QSize size)
{
    view.resize(size);
    view.show();
    QApplication::setActiveWindow(&view);
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.doItemsLayout();
}

} // namespace

void TestConversation::historyPaintsEveryRowKind()
{
    MessageModel model(1, agents_.get());
    fill(model, 1);
    ui::MessageView view(clock_.clock());
    view.setCurrentAgentId(uifix::kMe);
    view.setMessageModel(&model);
    showView(view, {720, 2600});

    ui::MessageDelegate* d = view.messageDelegate();
    QCOMPARE(d->sourceLabel(rowOf(model, 102)), u"Bot"_s);
    QCOMPARE(d->sourceLabel(rowOf(model, 106)), u"Ann Meyer"_s);
    QCOMPARE(d->sourceLabel(rowOf(model, 108)), u"Sent from another app"_s);
    QCOMPARE(d->sourceLabel(rowOf(model, 109)), u"You"_s);
    QCOMPARE(d->sourceLabel(rowOf(model, 103)), u"Pressed a button"_s);
    QCOMPARE(d->sourceLabel(rowOf(model, 104)), u"Mentioned you in a story"_s);
    QCOMPARE(d->sourceLabel(rowOf(model, 101)), u"Came from an ad"_s);
    QVERIFY(d->sourceLabel(rowOf(model, 112)).isEmpty());
    QVERIFY(d->footerText(rowOf(model, 102)).endsWith(u"✓✓ read"_s));
    QVERIFY(d->footerText(rowOf(model, 106)).endsWith(u"✓✓"_s));
    QVERIFY(d->footerText(rowOf(model, 108)).endsWith(u" ✓"_s));
    QVERIFY(d->footerText(rowOf(model, 109)).startsWith(u"edited"_s));
    QCOMPARE(
        d->footerText(model.index(model.rowOfClientId(u"0b9c1f7e-1111-4000-8000-000000000001"_s))),
        u"Sending…"_s);
    QCOMPARE(
        d->footerText(model.index(model.rowOfClientId(u"0b9c1f7e-2222-4000-8000-000000000002"_s))),
        u"Not sent: the server refused it"_s);

    // Every row paints something of its own, and the whole view is not blank.
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.state |= QStyle::State_Enabled;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        const QSize size = d->sizeHint(option, index);
        QVERIFY(size.height() > 10);
        QImage image(QSize(720, size.height()), QImage::Format_ARGB32);
        image.fill(view.palette().color(QPalette::Base));
        {
            QPainter painter(&image);
            option.rect = QRect(QPoint(0, 0), image.size());
            d->paint(&painter, option, index);
        }
        QVERIFY2(uifix::distinctColors(image) > 3, qPrintable(u"row %1"_s.arg(row)));
    }
    // Separators above the first message of each day, and only there.
    QVERIFY(rowOf(model, 101).data(MessageModel::DateSeparatorRole).toBool());
    QVERIFY(!rowOf(model, 102).data(MessageModel::DateSeparatorRole).toBool());
    QVERIFY(rowOf(model, 105).data(MessageModel::DateSeparatorRole).toBool());
    const QSize separated = d->sizeHint(option, rowOf(model, 105));
    QVERIFY(d->geometry(QStyleOptionViewItem(option), rowOf(model, 105)).separator.isValid());
    QVERIFY(separated.height() > 0);

    const QImage shot = view.viewport()->grab().toImage();
    QVERIFY(uifix::distinctColors(shot) > 16);
    // Outgoing bubbles sit right, incoming left.
    option.rect = QRect(0, 0, 720, 400);
    QVERIFY(d->geometry(option, rowOf(model, 109)).bubble.right() > 600);
    QVERIFY(d->geometry(option, rowOf(model, 112)).bubble.left() < 100);
}

void TestConversation::lineBreaksInATextAreKept()
{
    MessageModel model(1, agents_.get());
    model.setTimeZone(QTimeZone::utc());
    const QDateTime at = uifix::ago(60);
    model.setMessages({uifix::message(201, 1, at, protocol::Direction::In,
                                      protocol::MessageSource::Subscriber, u"one two three"_s),
                       uifix::message(202, 1, at, protocol::Direction::In,
                                      protocol::MessageSource::Subscriber, u"one\ntwo\nthree"_s)},
                      false);
    ui::MessageView view(clock_.clock());
    view.setMessageModel(&model);
    showView(view, {720, 600});
    ui::MessageDelegate* d = view.messageDelegate();
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.rect = QRect(0, 0, 720, 400);
    const int oneLine = d->geometry(option, rowOf(model, 201)).text.height();
    const int threeLines = d->geometry(option, rowOf(model, 202)).text.height();
    QVERIFY2(threeLines >= 3 * oneLine - 2, qPrintable(u"%1 vs %2"_s.arg(threeLines).arg(oneLine)));
}

// The delegate keeps laid-out text sizes (the view lays every row out again
// when one changes); an edit, another width or another font is a new size.
void TestConversation::rowsFollowEditsWidthAndFont()
{
    MessageModel model(1, agents_.get());
    model.setTimeZone(QTimeZone::utc());
    const QDateTime at = uifix::ago(60);
    protocol::Message message = uifix::message(301, 1, at, protocol::Direction::In,
                                               protocol::MessageSource::Subscriber, u"Hi"_s);
    model.setMessages({message}, false);
    ui::MessageView view(clock_.clock());
    view.setMessageModel(&model);
    showView(view, {720, 600});
    const auto height = [&] {
        QCoreApplication::processEvents();
        QTest::qWait(20);
        return view.visualRect(view.model()->index(0, 0)).height();
    };
    const int short720 = height();
    QVERIFY(short720 > 0);

    message.text = u"Where is my order? It was due on Monday and nothing came. "_s.repeated(8);
    message.editedAt = at.addSecs(30);
    model.upsertMessage(message, false);
    const int long720 = height();
    QVERIFY2(long720 > short720, qPrintable(u"%1 vs %2"_s.arg(long720).arg(short720)));

    view.resize(360, 600);
    const int long360 = height();
    QVERIFY2(long360 > long720, qPrintable(u"%1 vs %2"_s.arg(long360).arg(long720)));
    view.resize(720, 600);
    QCOMPARE(height(), long720);

    QFont larger = view.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    view.setFont(larger);
    const int larger720 = height();
    QVERIFY2(larger720 > long720, qPrintable(u"%1 vs %2"_s.arg(larger720).arg(long720)));
}

// The delegate reads the clock's zone at most once a second (rows are laid
// out by the thousand); a new zone still shows.
void TestConversation::footersFollowTheClocksZone()
{
    uifix::TestClock clock;
    *clock.at = QDateTime(QDate(2026, 11, 21), QTime(12, 0), QTimeZone::utc());
    MessageModel model(1, agents_.get());
    const QDateTime sent(QDate(2026, 11, 21), QTime(10, 29), QTimeZone::utc());
    model.setMessages({uifix::message(401, 1, sent, protocol::Direction::In,
                                      protocol::MessageSource::Subscriber, u"Hi"_s)},
                      false);
    ui::MessageView view(clock.clock());
    view.setMessageModel(&model);
    ui::MessageDelegate* d = view.messageDelegate();
    QCOMPARE(d->footerText(model.index(0)), ui::shortTime(QTime(10, 29), QLocale()));
    *clock.at = clock.at->toTimeZone(QTimeZone(5 * 3600));
    QTRY_COMPARE_WITH_TIMEOUT(d->footerText(model.index(0)),
                              ui::shortTime(QTime(15, 29), QLocale()), 5000);
}

void TestConversation::failedSendsOfferRetryAndDiscardByMouse()
{
    MessageModel model(1, agents_.get());
    fill(model, 1);
    ui::MessageView view(clock_.clock());
    view.setMessageModel(&model);
    showView(view, {720, 2600});
    QSignalSpy retries(&view, &ui::MessageView::retryRequested);
    QSignalSpy discards(&view, &ui::MessageView::discardRequested);

    const QModelIndex failed =
        view.model()->index(model.rowOfClientId(u"0b9c1f7e-2222-4000-8000-000000000002"_s), 0);
    view.scrollTo(failed);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.rect = view.visualRect(failed);
    const ui::MessageDelegate::Geometry g = view.messageDelegate()->geometry(option, failed);
    QVERIFY(g.retry.isValid());
    QVERIFY(g.discard.isValid());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, g.retry.center());
    QCOMPARE(retries.size(), 1);
    QCOMPARE(retries.at(0).at(0).toString(), u"0b9c1f7e-2222-4000-8000-000000000002"_s);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, g.discard.center());
    QCOMPARE(discards.size(), 1);
    // A click on the text of the bubble is neither.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, g.bubble.topLeft() + QPoint(12, 6));
    QCOMPARE(retries.size() + discards.size(), 2);

    // The same by keyboard, through the row's actions.
    const QList<QAction*> actions = view.actionsFor(failed.row(), this);
    QStringList texts;
    for (QAction* a : actions)
        texts.append(a->text());
    QVERIFY(texts.contains(u"Retry sending"_s));
    QVERIFY(texts.contains(u"Discard"_s));
    actions.first()->trigger();
    QCOMPARE(retries.size(), 2);
    qDeleteAll(actions);
}

void TestConversation::attachmentsDownloadAndRowActions()
{
    MessageModel model(1, agents_.get());
    fill(model, 1);
    ui::MessageView view(clock_.clock());
    view.setMessageModel(&model);
    showView(view, {720, 2600});
    QSignalSpy downloads(&view, &ui::MessageView::downloadRequested);
    QSignalSpy replies(&view, &ui::MessageView::replyRequested);

    const QModelIndex receipt = view.model()->index(model.rowOfId(107), 0);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.rect = view.visualRect(receipt);
    const auto g = view.messageDelegate()->geometry(option, receipt);
    QCOMPARE(g.downloads.size(), 1);
    QVERIFY(g.quote.isValid()); // replies to 106
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, g.downloads.first().center());
    QCOMPARE(downloads.size(), 1);
    QCOMPARE(downloads.at(0).at(0).toLongLong(), 107);
    QCOMPARE(downloads.at(0).at(1).toMap().value(u"filename"_s).toString(), u"receipt.pdf"_s);

    // Clicking the quote jumps to the quoted message.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, g.quote.center());
    QCOMPARE(view.currentRow(), model.rowOfId(106));

    const QList<QAction*> actions = view.actionsFor(model.rowOfId(107), this);
    QStringList texts;
    for (QAction* a : actions)
        texts.append(a->text());
    QVERIFY(texts.contains(u"Reply"_s));
    QVERIFY(texts.contains(u"Download “receipt.pdf”"_s));
    actions.at(static_cast<int>(texts.indexOf(u"Reply"_s)))->trigger();
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).at(1).toString(), u"Thanks. Here is the receipt."_s);
    qDeleteAll(actions);
    // System lines have no actions.
    QVERIFY(view.actionsFor(model.rowOfId(105), this).isEmpty());
}

void TestConversation::editOwnTelegramMessagesWithin48Hours()
{
    MessageModel model(1, agents_.get());
    fill(model, 1);
    ui::MessageView view(clock_.clock());
    view.setMessageModel(&model);
    view.setCurrentAgentId(uifix::kMe);
    view.setChannel(protocol::Channel::Telegram);
    QVERIFY(view.canEdit(model.rowOfId(109)));
    QVERIFY(!view.canEdit(model.rowOfId(106))); // Ann's
    QVERIFY(!view.canEdit(model.rowOfId(110))); // deleted
    QVERIFY(!view.canEdit(model.rowOfId(102))); // the bot's
    *clock_.at = uifix::now().addSecs(48 * 3600);
    QVERIFY(!view.canEdit(model.rowOfId(109)));
    *clock_.at = uifix::now();
    view.setChannel(protocol::Channel::WhatsApp);
    QVERIFY(!view.canEdit(model.rowOfId(109)));
}

void TestConversation::olderPagesLoadWhenScrolledToTheTop()
{
    MessageModel model(7, agents_.get());
    model.setTimeZone(QTimeZone::utc());
    QList<qint64> requests;
    connect(&model, &MessageModel::historyRequested, this,
            [&](qint64, qint64 before) { requests.append(before); });
    QList<protocol::Message> newest;
    for (int i = 0; i < 40; ++i)
        newest << uifix::message(2000 + i, 7, uifix::ago(4000 - i * 60), protocol::Direction::In,
                                 protocol::MessageSource::Subscriber,
                                 u"Newest page message %1"_s.arg(i));
    model.setMessages(newest, true);
    ui::MessageView view(clock_.clock());
    view.setMessageModel(&model);
    showView(view, {600, 400});
    QCoreApplication::processEvents();
    QVERIFY(view.verticalScrollBar()->maximum() > 0);
    QCOMPARE(view.verticalScrollBar()->value(),
             view.verticalScrollBar()->maximum()); // newest in view
    QVERIFY(requests.isEmpty());                   // the bottom being visible asks for nothing

    // The agent scrolls to the top.
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.verticalScrollBar()->value(), 0);
    QCOMPARE(requests, (QList<qint64>{2000}));
    const int before = view.verticalScrollBar()->value();
    QCOMPARE(before, 0);

    QList<protocol::Message> older;
    for (int i = 0; i < 40; ++i)
        older << uifix::message(1000 + i, 7, uifix::ago(9000 - i * 60), protocol::Direction::In,
                                protocol::MessageSource::Subscriber,
                                u"Older page message %1"_s.arg(i));
    model.addHistoryPage({older, true});
    QCoreApplication::processEvents();
    view.doItemsLayout();
    QCOMPARE(model.rowCount(), 80);
    // The message that was at the top is still in view; nothing jumped to the new top.
    const QRect was = view.visualRect(view.model()->index(model.rowOfId(2000), 0));
    QVERIFY(view.viewport()->rect().intersects(was));
    QVERIFY(view.verticalScrollBar()->value() > 0);
    QCOMPARE(requests.size(), 1);
}

void TestConversation::notesAddEditDeleteOwn()
{
    models::NotesModel notes(1, agents_.get());
    notes.setNotes(uifix::notes(1));
    ui::NotesPanel panel(agents_.get(), clock_.clock());
    panel.setModel(&notes);
    panel.setCurrentAgent(uifix::kMe, false);
    panel.resize(500, 500);
    panel.show();
    QApplication::setActiveWindow(&panel);
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    QSignalSpy adds(&panel, &ui::NotesPanel::addRequested);
    QSignalSpy edits(&panel, &ui::NotesPanel::editRequested);
    QSignalSpy deletes(&panel, &ui::NotesPanel::deleteRequested);

    QVERIFY(!panel.canModify(0)); // Ann's
    QVERIFY(panel.canModify(1));  // mine
    panel.view()->setCurrentIndex(notes.index(0));
    panel.editCurrent();
    QVERIFY(!panel.isEditing());
    panel.deleteCurrent();
    QCOMPARE(deletes.size(), 0);

    panel.editor()->setFocus();
    QTest::keyClicks(panel.editor(), u"Called back, all good 👍"_s.left(21));
    QCOMPARE(panel.counterText(), u"21/2000"_s);
    QTest::keyClick(panel.editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(adds.size(), 1);
    QCOMPARE(adds.at(0).at(0).toLongLong(), 1);
    QCOMPARE(adds.at(0).at(1).toString(), u"Called back, all good"_s);
    panel.markSaved();
    QVERIFY(panel.editor()->toPlainText().isEmpty());

    panel.view()->setCurrentIndex(notes.index(1));
    panel.editCurrent();
    QVERIFY(panel.isEditing());
    QCOMPARE(panel.editor()->toPlainText(), u"Refund approved by finance."_s);
    QTest::keyClicks(panel.editor(), u" Paid."_s);
    QTest::keyClick(panel.editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(edits.size(), 1);
    QCOMPARE(edits.at(0).at(0).toLongLong(), 2);
    QCOMPARE(edits.at(0).at(1).toString(), u"Refund approved by finance. Paid."_s);
    panel.markSaved();
    panel.deleteCurrent();
    QCOMPARE(deletes.size(), 1);
    QCOMPARE(deletes.at(0).at(0).toLongLong(), 2);

    // 2000 code points, and no more.
    panel.editor()->setPlainText(QString(1999, u'n'));
    QTest::keyClick(panel.editor(), Qt::Key_A);
    QCOMPARE(panel.counterText(), u"2000/2000"_s);
    QTest::keyClick(panel.editor(), Qt::Key_B);
    QCOMPARE(panel.editor()->codePoints(), 2000);
    QVERIFY(panel.errorText().contains(u"2000"_s));

    // An admin may change anyone's note.
    panel.setCurrentAgent(uifix::kMe, true);
    QVERIFY(panel.canModify(0));
}

void TestConversation::cardShowsTheSubscriberAndEmitsEveryChange()
{
    models::SubscriberCard card(agents_.get());
    card.setSubscriber(uifix::subscriber(1001));
    ui::SubscriberCardWidget widget(&card, clock_.clock());
    widget.resize(420, 1400);
    widget.show();
    QApplication::setActiveWindow(&widget);
    QVERIFY(QTest::qWaitForWindowActive(&widget));

    const QString profile = widget.profile()->text();
    for (const QString& part :
         {u"Lena Vogel"_s, u"@lenavogel"_s, u"lena.vogel@example.com"_s, u"+49 151 23456789"_s,
          u"Subscribed"_s, u"Winter sale"_s, u"https://ads.example/winter"_s})
        QVERIFY2(profile.contains(part), qPrintable(part));
    QCOMPARE(widget.channel()->text(), u"Support window: 22 h left"_s);
    QCOMPARE(widget.automation()->flowText(), u"Running flow: Order status"_s);
    QCOMPARE(widget.automation()->findChildren<QListWidget*>().first()->count(), 2);
    QVERIFY(widget.automation()->botStatusButton()->text().contains(u"wakes in 42 min"_s));

    QList<QStringList> tags;
    connect(&widget, &ui::SubscriberCardWidget::tagsChangeRequested, this,
            [&](qint64 id, const QStringList& t) {
                QCOMPARE(id, 1001);
                tags.append(t);
            });
    QCOMPARE(widget.tags()->chips().size(), 2);
    QTest::keyClicks(widget.tags()->addField(), u"wholesale"_s);
    QTest::keyClick(widget.tags()->addField(), Qt::Key_Return);
    QTest::mouseClick(widget.tags()->chips().first(), Qt::LeftButton);
    QCOMPARE(tags,
             (QList<QStringList>{{u"vip"_s, u"returning"_s, u"wholesale"_s}, {u"returning"_s}}));

    QList<protocol::BotStatusRequest> bot;
    connect(&widget, &ui::SubscriberCardWidget::botStatusRequested, this,
            [&](qint64, const protocol::BotStatusRequest& r) { bot.append(r); });
    widget.automation()
        ->botStatusButton()
        ->statusMenu()
        ->action(ui::BotStatusMenu::Preset::Snooze1Hour)
        ->trigger();
    QCOMPARE(bot.size(), 1);
    QCOMPARE(bot.first().state, protocol::BotState::Snoozed);
    QCOMPARE(bot.first().until, std::optional(uifix::now().addSecs(3600)));
    QCOMPARE(bot.first().baseVersion, 7);

    QSignalSpy extend(&widget, &ui::SubscriberCardWidget::extendRequested);
    QSignalSpy cont(&widget, &ui::SubscriberCardWidget::continueRequested);
    QSignalSpy stop(&widget, &ui::SubscriberCardWidget::stopFlowRequested);
    QSignalSpy search(&widget, &ui::SubscriberCardWidget::flowSearchRequested);
    QSignalSpy start(&widget, &ui::SubscriberCardWidget::startFlowRequested);
    QSignalSpy enabled(&widget, &ui::SubscriberCardWidget::enabledChangeRequested);
    QTest::mouseClick(widget.automation()->extendButton(), Qt::LeftButton);
    QTest::mouseClick(widget.automation()->continueButton(), Qt::LeftButton);
    QTest::mouseClick(widget.automation()->stopButton(), Qt::LeftButton);
    QCOMPARE(extend.size(), 1);
    QCOMPARE(extend.at(0).at(1).toInt(), 60);
    QCOMPARE(cont.size(), 1);
    QCOMPARE(stop.size(), 1);
    QTest::keyClicks(widget.automation()->flowSearch(), u"ord"_s);
    QCOMPARE(search.last().at(1).toString(), u"ord"_s);
    widget.setFlowResults({protocol::Flow{31, 3, u"Order status"_s, {}, {}},
                           protocol::Flow{32, 3, u"Order cancel"_s, {}, {}}});
    QVERIFY(!widget.automation()->startButton()->isEnabled());
    widget.automation()->flowResults()->setFocus();
    widget.automation()->flowResults()->setCurrentRow(1);
    QTest::mouseClick(widget.automation()->startButton(), Qt::LeftButton);
    QCOMPARE(start.size(), 1);
    QCOMPARE(start.at(0).at(1).toLongLong(), 32);
    QTest::mouseClick(widget.subscription()->toggleButton(), Qt::LeftButton);
    QCOMPARE(enabled.size(), 1);
    QCOMPARE(enabled.at(0).at(1).toBool(), false);

    // The model moves on: the card follows.
    protocol::Subscriber s = uifix::subscriber(1001);
    s.status = protocol::SubscriptionStatus::Disabled;
    s.flow.reset();
    s.botStatus = uifix::status(protocol::BotState::Active, {}, 8);
    card.setSubscriber(s);
    QCOMPARE(widget.subscription()->toggleButton()->text(), u"Enable subscriber"_s);
    QCOMPARE(widget.automation()->flowText(), u"No flow running"_s);
    QVERIFY(!widget.automation()->stopButton()->isEnabled());
    QVERIFY(!widget.automation()->extendButton()->isEnabled());

    // A lost race shows the other agent's change.
    QVERIFY(widget.conflictText().isEmpty());
    card.conflict(uifix::status(protocol::BotState::Inactive, {}, 9));
    QVERIFY(!widget.conflictText().isEmpty());

    // Instagram and Telegram-group details.
    protocol::Subscriber insta = uifix::subscriber(1003, protocol::Channel::Instagram);
    insta.instagram = protocol::InstagramFollow{true, false};
    card.setSubscriber(insta);
    QVERIFY(widget.channel()->text().contains(u"Follows your profile"_s));
    QVERIFY(widget.channel()->text().contains(u"You don't follow them"_s));
    QVERIFY(widget.channel()->text().contains(u"6 d 22 h left"_s));
    protocol::Subscriber group = uifix::subscriber(1008, protocol::Channel::Telegram);
    group.group = protocol::GroupInfo{1234, u"https://t.me/shopfans"_s, u"https://t.me/+AbCdEf"_s};
    card.setSubscriber(group);
    QVERIFY(widget.channel()->text().contains(u"has no support window"_s));
    QVERIFY(widget.channel()->text().contains(QLocale().toString(1234)));
    QVERIFY(widget.channel()->text().contains(u"https://t.me/+AbCdEf"_s));

    QVERIFY(uifix::distinctColors(widget.grab().toImage()) > 16);
}

void TestConversation::cardEditsVariablesInPlaceWithTypedEditors()
{
    models::SubscriberCard card(agents_.get());
    card.setSubscriber(uifix::subscriber(1001));
    ui::SubscriberCardWidget widget(&card, clock_.clock());
    widget.resize(420, 1400);
    widget.show();
    QApplication::setActiveWindow(&widget);
    QVERIFY(QTest::qWaitForWindowActive(&widget));
    QList<std::pair<QString, QVariant>> changes;
    connect(&widget, &ui::SubscriberCardWidget::variableChangeRequested, this,
            [&](qint64, const QString& name, const QVariant& value) {
                changes.append({name, value});
            });
    QTableView* table = widget.variables()->table();
    QStandardItemModel* model = widget.variables()->model();
    QCOMPARE(model->rowCount(), 4);
    table->setFocus();

    // Number: F2 opens a spin box.
    table->setCurrentIndex(model->index(1, 1));
    QTest::keyClick(table, Qt::Key_F2);
    auto* spin = table->findChild<QDoubleSpinBox*>();
    QVERIFY(spin);
    QCOMPARE(spin->value(), 129.5);
    spin->selectAll();
    QTest::keyClicks(spin, u"150.25"_s);
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_COMPARE(changes.size(), 1); // the delegate commits on the next event-loop turn
    QCOMPARE(changes.last().first, u"cart_total"_s);
    QCOMPARE(changes.last().second.typeId(), QMetaType::Double);
    QCOMPARE(changes.last().second.toDouble(), 150.25);

    // Date: a date editor.
    table->setCurrentIndex(model->index(2, 1));
    QTest::keyClick(table, Qt::Key_F2);
    auto* date = table->findChild<QDateEdit*>();
    QVERIFY(date);
    QCOMPARE(date->date(), QDate(1990, 4, 12));
    date->setDate(QDate(1990, 4, 13));
    QTest::keyClick(date, Qt::Key_Return);
    QTRY_COMPARE(changes.size(), 2);
    QCOMPARE(changes.last().second.toDate(), QDate(1990, 4, 13));

    // Boolean: a check box toggled with Space.
    table->setCurrentIndex(model->index(3, 1));
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.last().first, u"newsletter"_s);
    QCOMPARE(changes.last().second.typeId(), QMetaType::Bool);
    QCOMPARE(changes.last().second.toBool(), false);

    // Text: a line edit.
    table->setCurrentIndex(model->index(0, 1));
    QTest::keyClick(table, Qt::Key_F2);
    auto* line = table->findChild<QLineEdit*>();
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, u"NW-30000"_s);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(changes.size(), 4);
    QCOMPARE(changes.last(), (std::pair<QString, QVariant>{u"order_number"_s, u"NW-30000"_s}));
}

void TestConversation::cardDealsAndContact()
{
    models::SubscriberCard card(agents_.get());
    card.setSubscriber(uifix::subscriber(1001));
    ui::SubscriberCardWidget widget(&card, clock_.clock());
    widget.show();
    const QList<protocol::Pipeline> pipelines{
        {5, u"Sales"_s, {{51, u"Lead"_s, 0}, {52, u"Offer"_s, 1}, {53, u"Won"_s, 2}}},
        {6, u"Support plans"_s, {{61, u"Trial"_s, 0}}}};
    widget.setPipelines(pipelines);
    widget.setDeals({protocol::Deal{77, 1001, 5, 51, u"Winter jacket"_s, 12990, u"EUR"_s,
                                    uifix::ago(3600), uifix::ago(3600)}});
    QCOMPARE(widget.deals()->table()->rowCount(), 1);
    QCOMPARE(widget.deals()->table()->item(0, 1)->text(), u"Sales · Lead"_s);

    QList<protocol::DealRequest> added;
    QList<std::pair<qint64, protocol::DealPatch>> edited;
    QList<protocol::ContactRequest> contacts;
    connect(&widget, &ui::SubscriberCardWidget::dealAddRequested, this,
            [&](qint64 id, const protocol::DealRequest& r) {
                QCOMPARE(id, 1001);
                added.append(r);
            });
    connect(&widget, &ui::SubscriberCardWidget::dealEditRequested, this,
            [&](qint64 id, const protocol::DealPatch& p) {
                edited.append({id, p});
            });
    connect(&widget, &ui::SubscriberCardWidget::contactEditRequested, this,
            [&](qint64, const protocol::ContactRequest& r) { contacts.append(r); });

    ui::DealDialog* dialog = widget.deals()->openAddDeal();
    QCOMPARE(uifix::mnemonics(dialog), QStringList());
    QTest::keyClicks(dialog->name(), u"Gloves"_s);
    QTest::keyClicks(dialog->amount(), u"19,999"_s);
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(added.isEmpty()); // three decimals: refused
    dialog->amount()->clear();
    QTest::keyClicks(dialog->amount(), u"19.90"_s);
    dialog->stage()->setCurrentIndex(1);
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first(), (protocol::DealRequest{5, 52, u"Gloves"_s, 1990, u"EUR"_s}));
    QCOMPARE(ui::DealDialog::parseAmount(u"1 299.5"_s), std::optional<qint64>(129950));
    QCOMPARE(ui::DealDialog::parseAmount(u"abc"_s), std::nullopt);

    widget.deals()->table()->selectRow(0);
    dialog = widget.deals()->openEditDeal();
    QVERIFY(dialog);
    QCOMPARE(dialog->name()->text(), u"Winter jacket"_s);
    dialog->stage()->setCurrentIndex(2);
    dialog->amount()->setText(u"119.00"_s);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.first().first, 77);
    QCOMPARE(edited.first().second.stageId, std::optional<qint64>(53));
    QCOMPARE(edited.first().second.amountMinor, std::optional<qint64>(11900));
    QVERIFY(!edited.first().second.name.has_value()); // unchanged fields are not sent

    ui::ContactDialog* contact = widget.deals()->openEditContact();
    QCOMPARE(uifix::mnemonics(contact), QStringList());
    QCOMPARE(contact->firstName()->text(), u"Lena"_s);
    contact->phone()->clear();
    QTest::keyClicks(contact->phone(), u"+49 160 1111111"_s);
    QTest::mouseClick(contact->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.first(),
             (protocol::ContactRequest{u"Lena"_s, u"Vogel"_s, u"+49 160 1111111"_s}));
}

void TestConversation::conversationHeaderFollowsTheChat()
{
    models::ChatListModel chats;
    chats.setChats(uifix::workspace());
    uifix::TempSettings temp;
    auto settings = temp.open();
    ui::SettingsDraftStore drafts(settings.get());
    MessageModel messages(1, agents_.get());
    fill(messages, 1);
    models::NotesModel notes(1, agents_.get());
    notes.setNotes(uifix::notes(1));

    ui::ConversationPane pane(&chats, agents_.get(), &drafts, clock_.clock());
    pane.setCurrentAgent(uifix::kMe, false);
    pane.resize(800, 900);
    pane.show();
    QApplication::setActiveWindow(&pane);
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    pane.showChat(1, &messages, &notes);

    QCOMPARE(pane.titleText(), u"Lena Vogel"_s);
    QCOMPARE(pane.assigneePicker()->count(),
             3); // unassigned + the two agents allowed to take chats
    QCOMPARE(pane.assigneePicker()->currentData().toLongLong(), uifix::kMe);
    QCOMPARE(pane.closeButton()->text(), u"Close"_s);
    QCOMPARE(pane.composer()->chatId(), 1);
    QVERIFY(pane.composer()->windowText().contains(u"WhatsApp"_s));

    QSignalSpy assign(&pane, &ui::ConversationPane::assignRequested);
    QSignalSpy reopen(&pane, &ui::ConversationPane::reopenRequested);
    QSignalSpy close(&pane, &ui::ConversationPane::closeRequested);
    QSignalSpy unread(&pane, &ui::ConversationPane::markUnreadRequested);
    QList<std::pair<qint64, protocol::BotStatusRequest>> bot;
    connect(&pane, &ui::ConversationPane::botStatusRequested, this,
            [&](qint64 id, const protocol::BotStatusRequest& r) {
                bot.append({id, r});
            });

    // Assign by keyboard: focus the picker, Down to the next agent.
    pane.assigneePicker()->setFocus();
    QTest::keyClick(pane.assigneePicker(), Qt::Key_Up);
    QCOMPARE(assign.size(), 1);
    QCOMPARE(assign.at(0).at(0).toLongLong(), 1);
    QCOMPARE(assign.at(0).at(1).toLongLong(), uifix::kAnn);

    QTest::mouseClick(pane.closeButton(), Qt::LeftButton);
    QCOMPARE(close.size(), 1);
    // The server closes it; the header follows the list model.
    protocol::Chat lena = *chats.chat(1);
    lena.state = protocol::ChatState::Closed;
    lena.unreadCount = 0;
    lena.assigneeId = uifix::kAnn;
    chats.upsertChat(lena);
    chats.flushPendingChanges();
    QCOMPARE(pane.closeButton()->text(), u"Reopen"_s);
    QCOMPARE(pane.assigneePicker()->currentData().toLongLong(), uifix::kAnn);
    QTest::mouseClick(pane.closeButton(), Qt::LeftButton);
    QCOMPARE(reopen.size(), 1);
    QTest::mouseClick(pane.unreadButton(), Qt::LeftButton);
    QCOMPARE(unread.size(), 1);

    pane.applyBotPreset(ui::BotStatusMenu::Preset::Snooze15Min);
    QCOMPARE(bot.size(), 1);
    QCOMPARE(bot.first().first, 1001);
    QCOMPARE(bot.first().second.state, protocol::BotState::Snoozed);
    QCOMPARE(bot.first().second.until, std::optional(uifix::now().addSecs(15 * 60)));
    QCOMPARE(bot.first().second.baseVersion, 3);

    // Reply from the history fills the composer's reply bar and focuses it.
    const QList<QAction*> actions = pane.messageView()->actionsFor(messages.rowOfId(112), this);
    actions.first()->trigger();
    QCOMPARE(pane.composer()->replyTo(), 112);
    qDeleteAll(actions);

    pane.focusNotes();
    QCOMPARE(pane.tabs()->currentWidget(), pane.notesPanel());
    pane.focusComposer();
    QCOMPARE(pane.tabs()->currentWidget(), pane.composer());
    QVERIFY(uifix::distinctColors(pane.grab().toImage()) > 16);
}

QTEST_MAIN(TestConversation)
#include "tst_conversation.moc"
