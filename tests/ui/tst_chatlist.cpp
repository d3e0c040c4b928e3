#include "uifixtures.h"

#include <models/agentdirectory.h>
#include <models/chatfiltermodel.h>
#include <models/chatlistmodel.h>
#include <ui/botstatusmenu.h>
#include <ui/chatitemdelegate.h>
#include <ui/chatlistpane.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>

#include <algorithm>

using namespace baton;
using namespace Qt::StringLiterals;
using models::ChatListModel;

// The chat list pane on a ChatListModel / ChatFilterModel fed with a
// realistic workspace.
class TestChatList : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tabCountsAreShownAndFollowTheModels();
    void channelFilterByKeyboardNarrowsListAndCounts();
    void searchAndAssigneeFilters();
    void tabsSwitchLists();
    void multiSelectionGivesBulkBotStatus();
    void rowTextsNameTheSourceAndBotStatus();
    void delegatePaintsEveryRowWithThePalette();
    void loadingListShowsNoCountsAndKeepsTheCurrentChat();

private:
    QStringList tabTexts() const;
    QList<qint64> visibleIds() const;

    uifix::TestClock clock_;
    std::unique_ptr<ChatListModel> list_;
    std::unique_ptr<models::ChatFilterModel> filter_;
    std::unique_ptr<models::AgentDirectory> agents_;
    std::unique_ptr<ui::ChatListPane> pane_;
};

void TestChatList::init()
{
    list_ = std::make_unique<ChatListModel>();
    list_->setChats(uifix::workspace());
    filter_ = std::make_unique<models::ChatFilterModel>(list_.get());
    agents_ = std::make_unique<models::AgentDirectory>();
    agents_->setAgents(uifix::agents());
    pane_ = std::make_unique<ui::ChatListPane>(filter_.get(), agents_.get(), clock_.clock());
    pane_->setCurrentAgentId(uifix::kMe);
    pane_->resize(380, 900);
    pane_->show();
    QApplication::setActiveWindow(pane_.get());
    QVERIFY(QTest::qWaitForWindowActive(pane_.get()));
}

void TestChatList::cleanup()
{
    pane_.reset();
    filter_.reset();
    list_.reset();
    agents_.reset();
}

QStringList TestChatList::tabTexts() const
{
    QStringList out;
    for (int i = 0; i < pane_->tabs()->count(); ++i)
        out.append(pane_->tabs()->tabText(i));
    return out;
}

QList<qint64> TestChatList::visibleIds() const
{
    QList<qint64> out;
    for (int row = 0; row < filter_->rowCount(); ++row)
        out.append(filter_->chatIdAt(row));
    return out;
}

void TestChatList::tabCountsAreShownAndFollowTheModels()
{
    QCOMPARE(tabTexts(),
             (QStringList{u"Open (9)"_s, u"Unread (6)"_s, u"Closed (3)"_s, u"All (12)"_s}));

    // A new chat opens with an unread message.
    protocol::Chat fresh = uifix::chat(13, protocol::Channel::Telegram, u"Neo Park"_s, 0,
                                       protocol::ChatState::Open, 1);
    list_->upsertChat(fresh);
    QCOMPARE(tabTexts(),
             (QStringList{u"Open (10)"_s, u"Unread (7)"_s, u"Closed (3)"_s, u"All (13)"_s}));
    QCOMPARE(visibleIds().first(), 13); // newest first

    // Lena's chat is closed by someone.
    protocol::Chat lena = *list_->chat(1);
    lena.state = protocol::ChatState::Closed;
    list_->upsertChat(lena);
    list_->flushPendingChanges(); // the model coalesces changes until the event loop turns
    QCOMPARE(tabTexts(),
             (QStringList{u"Open (9)"_s, u"Unread (6)"_s, u"Closed (4)"_s, u"All (13)"_s}));
    QVERIFY(!visibleIds().contains(1));
}

void TestChatList::channelFilterByKeyboardNarrowsListAndCounts()
{
    QComboBox* channel = pane_->channelFilter();
    channel->setFocus();
    QTest::keyClick(channel, Qt::Key_Down); // Telegram
    QTest::keyClick(channel, Qt::Key_Down); // WhatsApp
    QCOMPARE(channel->currentText(), u"WhatsApp"_s);
    QCOMPARE(tabTexts(),
             (QStringList{u"Open (2)"_s, u"Unread (2)"_s, u"Closed (1)"_s, u"All (3)"_s}));
    QCOMPARE(visibleIds(), (QList<qint64>{1, 7}));

    QComboBox* type = pane_->typeFilter();
    QTest::keyClick(channel, Qt::Key_Up); // Telegram
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Down);
    QTest::keyClick(type, Qt::Key_Down); // Groups
    QCOMPARE(visibleIds(), (QList<qint64>{8}));
    QCOMPARE(tabTexts().first(), u"Open (1)"_s);
}

void TestChatList::searchAndAssigneeFilters()
{
    pane_->focusSearch();
    QTest::keyClicks(pane_->searchField(), u"maya"_s);
    QCOMPARE(visibleIds(), (QList<qint64>{2}));
    pane_->searchField()->clear();
    QTest::keyClicks(pane_->searchField(), u"5550005"_s); // Ирина's phone
    QCOMPARE(visibleIds(), (QList<qint64>{5}));
    pane_->searchField()->clear();
    QCOMPARE(visibleIds().size(), 9);

    QComboBox* assignee = pane_->assigneeFilter();
    assignee->setFocus();
    QTest::keyClick(assignee, Qt::Key_Down); // Mine
    QCOMPARE(visibleIds(), (QList<qint64>{1, 10}));
    QTest::keyClick(assignee, Qt::Key_Down); // Unassigned
    QCOMPARE(visibleIds(), (QList<qint64>{3, 5, 8, 12, 7}));
}

void TestChatList::tabsSwitchLists()
{
    QSignalSpy activated(pane_.get(), &ui::ChatListPane::chatActivated);
    pane_->setList(protocol::ChatList::Unread);
    QCOMPARE(visibleIds(), (QList<qint64>{1, 3, 5, 8, 12, 7}));
    pane_->tabs()->setFocus();
    QTest::keyClick(pane_->tabs(), Qt::Key_Right);
    QCOMPARE(pane_->list(), protocol::ChatList::Closed);
    QCOMPARE(visibleIds(), (QList<qint64>{4, 9, 11}));

    // Keyboard in the list: down twice, Enter opens.
    pane_->focusList();
    QCOMPARE(pane_->currentChatId(), 4);
    QTest::keyClick(pane_->view(), Qt::Key_Down);
    QTest::keyClick(pane_->view(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), 9);
}

void TestChatList::multiSelectionGivesBulkBotStatus()
{
    pane_->focusList();
    QCOMPARE(pane_->currentChatId(), 1);
    QTest::keyClick(pane_->view(), Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(pane_->view(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(pane_->selectedChatIds(), (QList<qint64>{1, 2, 3}));
    QCOMPARE(pane_->selectedSubscriberIds(), (QList<qint64>{1001, 1002, 1003}));

    QList<QList<qint64>> ids;
    QList<protocol::BotState> states;
    QList<QDateTime> untils;
    connect(pane_.get(), &ui::ChatListPane::botStatusRequested, this,
            [&](const QList<qint64>& s, protocol::BotState state, const QDateTime& until) {
                ids.append(s);
                states.append(state);
                untils.append(until);
            });
    QMenu* menu = pane_->createContextMenu();
    ui::BotStatusMenu* bot = nullptr;
    for (QAction* a : menu->actions()) {
        if (auto* m = qobject_cast<ui::BotStatusMenu*>(a->menu()))
            bot = m;
    }
    QVERIFY(bot);
    QVERIFY(bot->isBulk());
    QVERIFY(bot->title().contains(u"3"_s));
    bot->action(ui::BotStatusMenu::Preset::Snooze4Hours)->trigger();
    QCOMPARE(ids, (QList<QList<qint64>>{{1001, 1002, 1003}}));
    QCOMPARE(states.first(), protocol::BotState::Snoozed);
    QCOMPARE(untils.first(), uifix::now().addSecs(4 * 3600));
    delete menu;

    // One chat (Ирина's, inactive): not bulk; "Continue autoflows" goes to that subscriber.
    QTest::keyClick(pane_->view(), Qt::Key_Down);
    QCOMPARE(pane_->selectedSubscriberIds(), (QList<qint64>{1005}));
    QList<qint64> continued;
    connect(pane_.get(), &ui::ChatListPane::continueRequested, this,
            [&](qint64 s) { continued.append(s); });
    menu = pane_->createContextMenu();
    for (QAction* a : menu->actions()) {
        if (auto* m = qobject_cast<ui::BotStatusMenu*>(a->menu()))
            bot = m;
    }
    QVERIFY(!bot->isBulk());
    QVERIFY(
        !bot->action(ui::BotStatusMenu::Preset::Extend60)->isEnabled()); // no wake time to extend
    bot->action(ui::BotStatusMenu::Preset::Continue)->trigger();
    QCOMPARE(continued, (QList<qint64>{1005}));
    delete menu;
}

void TestChatList::rowTextsNameTheSourceAndBotStatus()
{
    pane_->setList(protocol::ChatList::All);
    ui::ChatItemDelegate* d = pane_->delegate();
    const auto index = [&](qint64 id) {
        for (int row = 0; row < filter_->rowCount(); ++row) {
            if (filter_->chatIdAt(row) == id)
                return filter_->index(row, 0);
        }
        return QModelIndex();
    };
    QCOMPARE(d->previewText(index(1)), u"Where is my order?"_s);
    QCOMPARE(d->previewText(index(2)), u"Ann Meyer: Your parcel left the warehouse"_s);
    QCOMPARE(d->previewText(index(3)), u"Bot: Thanks! Pick a size:"_s);
    QCOMPARE(d->previewText(index(4)), u"Via another app: Invoice attached"_s);
    QCOMPARE(d->botStatusText(index(1)), u"Active"_s);
    QCOMPARE(d->botStatusText(index(2)), u"wakes in 42 min"_s);
    QCOMPARE(d->botStatusText(index(5)), u"Inactive"_s);
    QCOMPARE(d->botStatusText(index(6)), u"off, on in 3 h"_s);
    QCOMPARE(d->assigneeText(index(1)), u"Assigned to you"_s);
    QCOMPARE(d->assigneeText(index(2)), u"Ann Meyer"_s);
    QCOMPARE(d->assigneeText(index(3)), u"Unassigned"_s);
    QVERIFY(d->accessibleText(index(8)).contains(u"4 unread"_s));

    // The countdown follows the clock.
    *clock_.at = uifix::now().addSecs(40 * 60);
    QCOMPARE(d->botStatusText(index(2)), u"wakes in 2 min"_s);
}

void TestChatList::delegatePaintsEveryRowWithThePalette()
{
    pane_->setList(protocol::ChatList::All);
    QVERIFY(pane_->view()->uniformItemSizes());
    QCoreApplication::processEvents(); // the view lays its rows out on the next turn
    const QImage shot = pane_->view()->viewport()->grab().toImage();
    QVERIFY(uifix::distinctColors(shot) > 16);

    // Each row painted on its own, with a palette whose text is magenta:
    // the text must come from the palette, never a fixed black or white.
    ui::ChatItemDelegate* d = pane_->delegate();
    QStyleOptionViewItem option;
    option.initFrom(pane_->view());
    option.palette.setColor(QPalette::Text, QColor(255, 0, 255));
    option.palette.setColor(QPalette::Base, QColor(20, 20, 20));
    option.state |= QStyle::State_Enabled | QStyle::State_Active;
    QList<QByteArray> renders;
    for (int row = 0; row < filter_->rowCount(); ++row) {
        const QModelIndex index = filter_->index(row, 0);
        const QSize size(360, d->sizeHint(option, index).height());
        QVERIFY(size.height() >= 56);
        QImage image(size, QImage::Format_ARGB32);
        image.fill(QColor(20, 20, 20));
        {
            QPainter painter(&image);
            option.rect = QRect(QPoint(0, 0), size);
            d->paint(&painter, option, index);
        }
        QVERIFY2(uifix::distinctColors(image) > 8, qPrintable(u"row %1"_s.arg(row)));
        int magenta = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.red() > 200 && c.green() < 80 && c.blue() > 200)
                    ++magenta;
            }
        }
        QVERIFY2(magenta > 20, qPrintable(u"row %1 has no text in the palette colour"_s.arg(row)));
        renders.append(
            QByteArray(reinterpret_cast<const char*>(image.constBits()), image.sizeInBytes()));
    }
    // Rows differ from each other (they show their own data).
    QCOMPARE(QSet<QByteArray>(renders.cbegin(), renders.cend()).size(), renders.size());
}

void TestChatList::loadingListShowsNoCountsAndKeepsTheCurrentChat()
{
    // The first screen of a cache load: the newest half, the rest to come.
    QList<protocol::Chat> all = uifix::workspace();
    std::sort(all.begin(), all.end(), protocol::sortsBefore);
    const QList<protocol::Chat> newest = all.first(6);
    const QList<protocol::Chat> rest = all.sliced(6);
    list_->setChats(newest);
    list_->setLoading(true);
    QCOMPARE(tabTexts(), (QStringList{u"Open"_s, u"Unread"_s, u"Closed"_s, u"All"_s}));
    QVERIFY(pane_->view()->model()->rowCount() >= 3);
    const qint64 current = filter_->chatIdAt(2);
    QVERIFY(pane_->selectChat(current));
    QCOMPARE(pane_->view()->currentIndex().row(), 2);

    // The rest arrives below; no count until it is all in.
    list_->insertChats(rest);
    QCOMPARE(tabTexts(), (QStringList{u"Open"_s, u"Unread"_s, u"Closed"_s, u"All"_s}));
    QCOMPARE(pane_->currentChatId(), current);
    QCOMPARE(pane_->view()->currentIndex().row(), 2);
    QCOMPARE(pane_->selectedChatIds(), QList<qint64>{current});

    list_->setLoading(false);
    QCOMPARE(tabTexts(),
             (QStringList{u"Open (9)"_s, u"Unread (6)"_s, u"Closed (3)"_s, u"All (12)"_s}));
    QCOMPARE(pane_->currentChatId(), current);
}

QTEST_MAIN(TestChatList)
#include "tst_chatlist.moc"
