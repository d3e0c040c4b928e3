// The structures that keep the chat list fast at 100,000 chats, checked for
// correctness (never for time): the folded search against Qt's
// case-insensitive search, the chunked row store against a plain vector, and
// the hand-written filter proxy against brute force under random streams
// with removals, renames and changing searches.
#include "fixtures.h"

#include <models/chatfiltermodel.h>
#include <models/chatlistmodel.h>
#include <models/chunkedlist.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fixtures;
using baton::models::ChatFilterModel;
using baton::models::ChatListModel;

namespace {

constexpr qint64 kMe = 12;

// The search rule as first written (Qt::CaseInsensitive per field, then the
// phone digits): the fast path must give the same answers.
bool referenceSearch(const Chat& chat, QStringView search)
{
    const QStringView needle = search.trimmed();
    if (needle.isEmpty())
        return true;
    for (const QString* field : {&chat.title, &chat.username, &chat.email, &chat.phone}) {
        if (field->contains(needle, Qt::CaseInsensitive))
            return true;
    }
    QString digits;
    for (const QChar c : needle) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
        else if (!(c.isSpace() || c == u'-' || c == u'+' || c == u'(' || c == u')' || c == u'.'))
            return false;
    }
    if (digits.isEmpty())
        return false;
    QString phone;
    for (const QChar c : chat.phone) {
        if (c >= u'0' && c <= u'9')
            phone.append(c);
    }
    return phone.contains(digits);
}

QString randomText(QRandomGenerator& rng, int maxLength)
{
    // Letters whose folding is special (ß, final sigma, Kelvin sign, dotted
    // I, a title-case digraph, a supplementary-plane letter), digits, phone
    // separators and the key's own field separator.
    static const QList<char32_t> alphabet = {
        U'a', U'A',      U'b',          U'S',          U's',      U'\u00DF', U'\u1E9E', U'k',
        U'K', U'\u212A', U'\u00B5',     U'\u03BC',     U'\u03C3', U'\u03C2', U'\u03A3', U'i',
        U'I', U'\u0130', U'\u0131',     U'\u01C5',     U'\u01C6', U'\u00C5', U'\u212B', U'\u00E5',
        U'0', U'1',      U'5',          U' ',          U'-',      U'+',      U'(',      U'.',
        U'@', U'\0',     U'\U00010400', U'\U00010428', U'\u00EB', U'\u00CB'};
    QString out;
    const int n = static_cast<int>(rng.bounded(maxLength + 1));
    for (int i = 0; i < n; ++i) {
        const char32_t c = alphabet.at(static_cast<int>(rng.bounded(alphabet.size())));
        out.append(QString::fromUcs4(&c, 1));
    }
    return out;
}

QList<qint64> proxyIds(const ChatFilterModel& proxy)
{
    QList<qint64> ids;
    for (int r = 0; r < proxy.rowCount(); ++r)
        ids.append(proxy.index(r, 0).data(ChatListModel::IdRole).toLongLong());
    return ids;
}

QList<qint64> sourceIds(const ChatListModel& source)
{
    QList<qint64> ids;
    for (int r = 0; r < source.rowCount(); ++r)
        ids.append(source.chatAt(r).id);
    return ids;
}

ChatQuery resolved(ChatQuery query)
{
    if (query.assignee == AssigneeFilter::Me)
        query.assigneeId = kMe;
    return query;
}

QList<qint64> bruteForce(const ChatListModel& source, const ChatQuery& query)
{
    const ChatQuery q = resolved(query);
    QList<qint64> ids;
    for (int r = 0; r < source.rowCount(); ++r) {
        if (matches(source.chatAt(r), q))
            ids.append(source.chatAt(r).id);
    }
    return ids;
}

QList<Chat> modelChats(const ChatListModel& source)
{
    QList<Chat> chats;
    for (int r = 0; r < source.rowCount(); ++r)
        chats.append(source.chatAt(r));
    return chats;
}

} // namespace

class TestChatListScale : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void foldedSearchEqualsCaseInsensitiveSearch();
    void chunkedListEqualsVector();
    void invalidActivityTimesSortAsTheProtocolSays();
    void loadedListIsCopiedNotChanged();
    void movedChatIsOneMoveInTheProxy();
    void filterChangeKeepsPersistentRows();
    void proxyFollowsRandomStreamsWithSearches();
    void renamesKeepSearchKeysRight();
    void compactRowsGiveBackTheChats();
    void latin1KeysMatchLikeUtf16Keys();
    void narrowedSearchesEqualFullSearches();
    void typingOnAndBackFollowsChanges();
};

void TestChatListScale::foldedSearchEqualsCaseInsensitiveSearch()
{
    QRandomGenerator rng(41);
    int hits = 0;
    for (int i = 0; i < 20000; ++i) {
        Chat c = chat(1, at(0));
        c.title = randomText(rng, 12);
        c.username = randomText(rng, 8);
        c.email = randomText(rng, 8);
        c.phone = randomText(rng, 8);
        const QString needle = randomText(rng, i % 10 == 0 ? 6 : 3);
        const bool expected = referenceSearch(c, needle);
        if (matchesSearch(c, needle) != expected) {
            QFAIL(qPrintable(u"'%1' in '%2' / '%3' / '%4' / '%5': expected %6"_s.arg(
                needle, c.title, c.username, c.email, c.phone, expected ? u"match"_s : u"none"_s)));
        }
        hits += expected ? 1 : 0;
    }
    QVERIFY(hits > 2000); // the strings do exercise matches, not only misses
}

void TestChatListScale::chunkedListEqualsVector()
{
    baton::models::detail::ChunkedList<int> list;
    std::vector<int> expected;
    QRandomGenerator rng(5);
    for (int step = 0; step < 20000; ++step) {
        const int op = static_cast<int>(rng.bounded(10));
        const auto size = static_cast<qsizetype>(expected.size());
        if (op < 5 || size == 0) {
            const auto at = static_cast<qsizetype>(rng.bounded(static_cast<quint32>(size + 1)));
            list.insert(at, step);
            expected.insert(expected.begin() + at, step);
        } else if (op < 8) {
            const auto at = static_cast<qsizetype>(rng.bounded(static_cast<quint32>(size)));
            list.erase(at);
            expected.erase(expected.begin() + at);
        } else {
            const auto from = static_cast<qsizetype>(rng.bounded(static_cast<quint32>(size)));
            const auto to = static_cast<qsizetype>(rng.bounded(static_cast<quint32>(size)));
            list.move(from, to);
            const int v = expected[static_cast<std::size_t>(from)];
            expected.erase(expected.begin() + from);
            expected.insert(expected.begin() + to, v);
        }
        if (step % 500 == 0 || step > 19900) {
            QCOMPARE(list.size(), static_cast<qsizetype>(expected.size()));
            std::vector<int> seen;
            list.forEach([&](int v) { seen.push_back(v); });
            QCOMPARE(seen, expected);
            for (qsizetype i = 0; i < list.size(); i += 37)
                QCOMPARE(list.at(i), expected[static_cast<std::size_t>(i)]);
        }
    }

    // No chunk outgrows its room: appends (a load of older rows) fill
    // chunks, inserts in the middle split a full one in halves.
    baton::models::detail::ChunkedList<int> appended;
    std::vector<int> appendedExpected;
    constexpr qsizetype kChunk = baton::models::detail::ChunkedList<int>::kMaxChunk;
    for (int i = 0; i < 20 * kChunk; ++i) {
        appended.insert(appended.size(), i);
        appendedExpected.push_back(i);
    }
    QCOMPARE(appended.capacity(), appended.size());
    for (int i = 0; i < 3 * kChunk; ++i) {
        const auto at = static_cast<qsizetype>(rng.bounded(static_cast<quint32>(appended.size())));
        appended.insert(at, -i);
        appendedExpected.insert(appendedExpected.begin() + at, -i);
    }
    QVERIFY(appended.capacity() <= 2 * appended.size());
    std::vector<int> appendedSeen;
    appended.forEach([&](int v) { appendedSeen.push_back(v); });
    QCOMPARE(appendedSeen, appendedExpected);
    for (qsizetype i = 0; i < appended.size(); i += 13)
        QCOMPARE(appended.at(i), appendedExpected[static_cast<std::size_t>(i)]);

    // lowerBound on sorted contents, across many chunks.
    std::vector<int> sortedValues;
    for (int i = 0; i < 5000; ++i)
        sortedValues.push_back(i * 2);
    list.assign(sortedValues);
    const auto less = [](int v, int key) { return v < key; };
    for (int key = -1; key <= 10001; key += 7) {
        const auto want =
            std::lower_bound(sortedValues.begin(), sortedValues.end(), key) - sortedValues.begin();
        QCOMPARE(list.lowerBound(key, less), static_cast<qsizetype>(want));
    }
    list.set(10, 21);
    QCOMPARE(list.at(10), 21);
}

void TestChatListScale::invalidActivityTimesSortAsTheProtocolSays()
{
    QList<Chat> chats;
    for (int i = 1; i <= 60; ++i) {
        Chat c = chat(i, at(i % 7 * 100));
        if (i % 5 == 0)
            c.lastActivityAt = QDateTime(); // invalid: must sort as sortsBefore says
        chats.append(c);
    }
    ChatListModel source;
    QAbstractItemModelTester tester(&source,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    source.setChats(chats);
    QCOMPARE(modelChats(source), sorted(chats));

    Stream stream;
    for (int i = 1; i <= 60; i += 3) {
        Chat c = *source.chat(i);
        c.lastActivityAt = i % 2 ? QDateTime() : at(1000 + i);
        source.applyEvent(stream.chatUpdated(c));
        chats[i - 1] = c;
        QCOMPARE(modelChats(source), sorted(chats));
    }
}

void TestChatListScale::loadedListIsCopiedNotChanged()
{
    QList<Chat> chats;
    for (int i = 1; i <= 10; ++i)
        chats.append(chat(i, at(i)));
    const QList<Chat> original = chats;
    ChatListModel source;
    source.setChats(chats);

    Chat c = *source.chat(3);
    c.title = u"Renamed"_s;
    c.lastActivityAt = at(100);
    source.upsertChat(c);
    QCOMPARE(chats, original); // the caller's list is never written
    QCOMPARE(source.chat(3)->title, u"Renamed"_s);
    QCOMPARE(source.chatAt(0).id, 3);

    // Changing the caller's list afterwards does not change the model.
    chats[4].title = u"Elsewhere"_s;
    QCOMPARE(source.chat(5)->title, original[4].title);
    QVERIFY(source.removeChat(5));
    QCOMPARE(source.count(), 9);
    QCOMPARE(chats.size(), 10);
}

void TestChatListScale::movedChatIsOneMoveInTheProxy()
{
    QList<Chat> chats;
    for (int i = 1; i <= 300; ++i)
        chats.append(chat(i, at(i * 10), i % 4 == 0 ? ChatState::Closed : ChatState::Open));
    ChatListModel source;
    source.setChats(chats);
    ChatFilterModel proxy(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy moved(&proxy, &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);

    Stream stream;
    const int row = proxy.rowOfChat(7);
    QVERIFY(row > 0);
    const QPersistentModelIndex followed = proxy.index(row, 0);
    Chat c = *source.chat(7);
    c.lastActivityAt = at(99999);
    source.applyEvent(stream.chatUpdated(c));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(inserted.count() + removed.count() + layout.count() + reset.count(), 0);
    QCOMPARE(proxy.chatIdAt(0), 7);
    QCOMPARE(followed.row(), 0);
    QCOMPARE(proxyIds(proxy), bruteForce(source, proxy.query()));

    // A closed chat moving is no row here; reopened with its move it enters
    // with one insert, at once.
    moved.clear();
    c = *source.chat(8);
    c.lastActivityAt = at(100000);
    source.applyEvent(stream.chatUpdated(c));
    QCOMPARE(moved.count() + inserted.count(), 0);
    c.state = ChatState::Open;
    c.lastActivityAt = at(99998);
    source.applyEvent(stream.chatUpdated(c));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(proxy.chatIdAt(0), 7);
    QCOMPARE(proxy.chatIdAt(1), 8);
    QCoreApplication::processEvents();
    QCOMPARE(proxyIds(proxy), bruteForce(source, proxy.query()));
    QCOMPARE(layout.count() + reset.count() + removed.count(), 0);
}

void TestChatListScale::filterChangeKeepsPersistentRows()
{
    QList<Chat> chats;
    for (int i = 1; i <= 200; ++i) {
        Chat c = chat(i, at(i * 10));
        if (i % 10 == 0)
            c.title = u"Ann Meyer %1"_s.arg(i);
        chats.append(c);
    }
    ChatListModel source;
    source.setChats(chats);
    ChatFilterModel proxy(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QPersistentModelIndex stays = proxy.index(proxy.rowOfChat(50), 0);
    const QPersistentModelIndex leaves = proxy.index(proxy.rowOfChat(51), 0);
    QVERIFY(stays.isValid() && leaves.isValid());

    proxy.setSearch(u"ann"_s);
    QCOMPARE(proxyIds(proxy), bruteForce(source, proxy.query()));
    QVERIFY(stays.isValid());
    QCOMPARE(stays.data(ChatListModel::IdRole).toLongLong(), 50);
    QVERIFY(!leaves.isValid());

    proxy.setSearch(QString());
    QCOMPARE(stays.data(ChatListModel::IdRole).toLongLong(), 50);
    QCOMPARE(proxy.rowCount(), 200);
    QCOMPARE(proxy.rowOfChat(51), proxy.rowOfChat(50) - 1);
}

void TestChatListScale::proxyFollowsRandomStreamsWithSearches()
{
    RandomWorkspace ws(23, 400);
    ChatListModel source;
    QAbstractItemModelTester sourceTester(&source,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    source.setChats(ws.chats());
    ChatFilterModel proxy(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setCurrentAgentId(kMe);

    static const QStringList searches = {u""_s,       u"a"_s,     u"an"_s,       u"ann"_s,
                                         u"ANN M"_s,  u"zoë"_s,   u"ØDEGAARD"_s, u"555"_s,
                                         u"555-01"_s, u"user1"_s, u"nobody"_s,   u"  jo "_s};
    QRandomGenerator rng(99);
    Stream& stream = ws.stream();
    for (int step = 0; step < 3000; ++step) {
        if (step % 40 == 0) {
            ChatQuery q = proxy.query();
            switch (rng.bounded(4)) {
            case 0:
                q.list = static_cast<ChatList>(rng.bounded(4));
                break;
            case 1:
                q.channel = rng.bounded(2) ? std::nullopt
                                           : std::optional(static_cast<Channel>(rng.bounded(4)));
                break;
            case 2:
                q.assignee = static_cast<AssigneeFilter>(rng.bounded(3));
                break;
            default:
                break;
            }
            q.search = searches.at(static_cast<int>(rng.bounded(searches.size())));
            // A changed filter re-reads every chat at once; an unchanged one
            // follows the changes of this turn at its end (dataChanged).
            const bool changed = resolved(q) != resolved(proxy.query());
            proxy.setQuery(q);
            if (!changed)
                QCoreApplication::processEvents();
            QCOMPARE(proxyIds(proxy), bruteForce(source, proxy.query()));
        }
        const int kind = static_cast<int>(rng.bounded(20));
        if (kind == 0 && source.count() > 50) {
            // A removal (the workspace stream has none).
            const qint64 id = source.chatAt(static_cast<int>(rng.bounded(source.count()))).id;
            QVERIFY(source.removeChat(id));
        } else if (kind == 1) {
            // A rename with mixed case and non-ASCII letters: a new search key.
            Chat c = source.chatAt(static_cast<int>(rng.bounded(source.count())));
            c.title = u"%1 Ödön ẞtraße %2"_s.arg(randomText(rng, 4)).arg(step);
            c.email = u"Mail%1@Example.COM"_s.arg(step);
            source.applyEvent(stream.chatUpdated(c));
        } else {
            source.applyEvents(ws.nextEvents());
        }
        if (step % 7 == 0)
            QCoreApplication::processEvents();
        if (step % 25 == 0) {
            QCoreApplication::processEvents();
            QCOMPARE(proxyIds(proxy), bruteForce(source, proxy.query()));
            QCOMPARE(sourceIds(source), [&] {
                QList<qint64> ids;
                for (const Chat& c : sorted(modelChats(source)))
                    ids.append(c.id);
                return ids;
            }());
            QCOMPARE(source.counts()->values(),
                     bruteCounts(modelChats(source), resolved(proxy.query())));
            QCOMPARE(proxy.rowCount(), source.counts()->count(proxy.query().list));
        }
    }
    QCoreApplication::processEvents();
    QCOMPARE(proxyIds(proxy), bruteForce(source, proxy.query()));
}

void TestChatListScale::renamesKeepSearchKeysRight()
{
    // Every rename appends a key; many renames of few chats make the key
    // buffer compact itself several times.
    QList<Chat> chats;
    for (int i = 1; i <= 20; ++i)
        chats.append(chat(i, at(i)));
    ChatListModel source;
    source.setChats(chats);
    ChatFilterModel proxy(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setList(ChatList::All);
    Stream stream;
    for (int step = 0; step < 2000; ++step) {
        Chat c = *source.chat(1 + step % 20);
        c.title = u"Name %1 %2"_s.arg(step).arg(QString(40, QChar(u'x')));
        source.applyEvent(stream.chatUpdated(c));
        if (step % 97 == 0) {
            QCoreApplication::processEvents();
            proxy.setSearch(u"name %1 "_s.arg(step));
            QCOMPARE(proxyIds(proxy), QList<qint64>{c.id});
            QCOMPARE(source.counts()->all(), 1);
            proxy.setSearch(QString());
        }
    }
    QCoreApplication::processEvents();
    proxy.setSearch(u"NAME 1999 X"_s);
    QCOMPARE(proxyIds(proxy), QList<qint64>{20});
    proxy.setSearch(u"Subscriber"_s);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestChatListScale::compactRowsGiveBackTheChats()
{
    // The model keeps a compact form of each chat (numbers in place, the
    // strings in one UTF-8 block): every field must come back, every
    // optional present or absent, times valid or not, strings in any script.
    QRandomGenerator rng(5);
    QList<Chat> chats;
    for (int i = 1; i <= 300; ++i) {
        Chat c =
            chat(i, at(i * 37 % 1000), i % 3 ? ChatState::Open : ChatState::Closed, i % 4,
                 i % 2 ? std::optional<qint64>(i % 5) : std::nullopt, static_cast<Channel>(i % 6));
        c.type = i % 7 ? ChatType::Personal : ChatType::Group;
        c.title = i % 11 ? randomText(rng, 12) : QString();
        c.username = i % 3 ? u"user%1"_s.arg(i) : QString();
        c.email = i % 5 ? u"Zoë.%1@exämple.org"_s.arg(i) : QString();
        c.phone = i % 2 ? u"+1 (555) %1"_s.arg(i) : QString();
        c.avatarUrl = i % 4 ? u"https://cdn.example.org/a/%1.png"_s.arg(i) : QString();
        if (i % 6 != 0) {
            MessagePreview m;
            m.text = i % 8 ? u"Здравствуйте 你好 %1 🙂"_s.arg(i) : QString();
            m.direction = i % 2 ? Direction::In : Direction::Out;
            m.source = static_cast<MessageSource>(i % 5);
            m.kind = static_cast<MessageKind>(i % 5);
            if (i % 3 == 0)
                m.agentId = i;
            m.at = i % 13 ? at(i) : QDateTime();
            if (i % 4 != 1)
                m.messageId = i * 10;
            c.lastMessage = m;
        }
        if (i % 5 == 0)
            c.lastActivityAt = QDateTime();
        if (i % 3 == 1)
            c.lastInboundAt = i % 9 ? at(i + 5) : QDateTime();
        c.botStatus = botStatus(static_cast<BotState>(i % 3), i,
                                i % 4 ? std::optional<QDateTime>(at(i + 600)) : std::nullopt,
                                i % 2 ? std::optional<qint64>(i) : std::nullopt,
                                static_cast<BotStatusReason>(i % 7));
        c.botStatus.actor.type = i % 2 ? ActorType::Agent : ActorType::System;
        c.botStatus.changedAt = i % 10 ? at(i + 1) : QDateTime();
        chats.append(c);
    }
    ChatListModel source;
    source.setChats(chats);
    QCOMPARE(source.count(), chats.size());
    QCOMPARE(modelChats(source), sorted(chats));
    for (const Chat& c : std::as_const(chats)) {
        QCOMPARE(source.chat(c.id), std::optional<Chat>(c));
        const QModelIndex i = source.index(source.rowOf(c.id));
        QCOMPARE(i.data(ChatListModel::TitleRole).toString(), c.title);
        QCOMPARE(i.data(ChatListModel::EmailRole).toString(), c.email);
        QCOMPARE(i.data(ChatListModel::AvatarUrlRole).toString(), c.avatarUrl);
        QCOMPARE(i.data(ChatListModel::AssigneeIdRole).isValid(), c.assigneeId.has_value());
        QCOMPARE(i.data(ChatListModel::LastMessageTextRole).toString(),
                 c.lastMessage ? c.lastMessage->text : QString());
        QCOMPARE(i.data(ChatListModel::LastMessageIdRole).isValid(),
                 c.lastMessage && c.lastMessage->messageId);
        QCOMPARE(i.data(ChatListModel::BotUntilRole).isValid(), c.botStatus.until.has_value());
        QCOMPARE(i.data(ChatListModel::LastActivityAtRole).toDateTime(), c.lastActivityAt);
    }
    QVERIFY(!source.chat(100000));

    // Updates go through the same form.
    Stream stream;
    for (int i = 1; i <= 300; i += 7) {
        Chat c = *source.chat(i);
        c.title = u"Ödön %1"_s.arg(i);
        c.lastMessage.reset();
        c.lastActivityAt = at(5000 + i);
        source.applyEvent(stream.chatUpdated(c));
        chats[i - 1] = c;
    }
    QCOMPARE(modelChats(source), sorted(chats));
}

void TestChatListScale::latin1KeysMatchLikeUtf16Keys()
{
    // A key whose folded text is all Latin-1 is kept one byte per character;
    // the needle must match it exactly as it matches the UTF-16 key.
    // Letters that fold into Latin-1 from outside it (Kelvin sign, Angstrom
    // sign), out of it (micro sign), or stay (ß), and the rest of the
    // random alphabet now and then.
    static const QList<char32_t> latin = {U'a',      U'A',      U'k',      U'K',      U'\u212A',
                                          U'\u212B', U'\u00C5', U'\u00E5', U'\u00DF', U'\u00B5',
                                          U'\u00EB', U'\u00CB', U'0',      U'5',      U' ',
                                          U'-',      U'+',      U'@',      U'\0'};
    QRandomGenerator rng(77);
    const auto text = [&rng](int maxLength) {
        if (rng.bounded(8) == 0)
            return randomText(rng, maxLength);
        QString out;
        for (int i = static_cast<int>(rng.bounded(maxLength + 1)); i > 0; --i) {
            const char32_t c = latin.at(static_cast<int>(rng.bounded(latin.size())));
            out.append(QString::fromUcs4(&c, 1));
        }
        return out;
    };
    int narrow = 0;
    int hits = 0;
    for (int i = 0; i < 20000; ++i) {
        Chat c = chat(1, at(0));
        c.title = text(10);
        c.username = text(6);
        c.email = i % 2 ? text(6) : u"Zoë@Example.org"_s;
        c.phone = text(8);
        const SearchKey key(c);
        QByteArray latin1 = "prefix";
        if (!SearchKey::appendLatin1(key.view(), latin1)) {
            QCOMPARE(latin1, "prefix"_ba); // unchanged when it does not fit
            continue;
        }
        ++narrow;
        const SearchKeyView v = key.view();
        QCOMPARE(latin1.size(), 6 + v.text.size());
        const SearchKeyLatin1View lv{QLatin1StringView(latin1).sliced(6), v.titleEnd, v.usernameEnd,
                                     v.emailEnd, v.phoneEnd};
        const SearchNeedle needle(text(i % 10 == 0 ? 6 : 3));
        const bool expected = needle.matches(v);
        QCOMPARE(needle.matches(lv), expected);
        QCOMPARE(expected, referenceSearch(c, needle.text()));
        hits += expected ? 1 : 0;
    }
    QVERIFY(narrow > 1000);
    QVERIFY(hits > 200);
}

void TestChatListScale::narrowedSearchesEqualFullSearches()
{
    // narrows(): everything the longer text matches, the shorter one does.
    QRandomGenerator rng(8);
    int narrowing = 0;
    for (int i = 0; i < 20000; ++i) {
        Chat c = chat(1, at(0));
        c.title = randomText(rng, 10);
        c.username = randomText(rng, 6);
        c.phone = randomText(rng, 8);
        const QString longer = randomText(rng, 5);
        const qsizetype from = rng.bounded(longer.size() + 1);
        const QString part = longer.mid(from, rng.bounded(longer.size() - from + 1));
        const SearchNeedle wide(part);
        const SearchNeedle narrow(longer);
        if (!narrow.narrows(wide))
            continue;
        ++narrowing;
        if (narrow.matches(SearchKey(c)))
            QVERIFY(wide.matches(SearchKey(c)));
    }
    QVERIFY(narrowing > 5000);
    QVERIFY(!SearchNeedle(u"abc"_s).narrows(SearchNeedle()));
    QVERIFY(!SearchNeedle(u"abc"_s).narrows(SearchNeedle(u"abd"_s)));
    QVERIFY(SearchNeedle(u" ABC "_s).narrows(SearchNeedle(u"b"_s)));
    // "-" is no phone search: "5-" finds phones by digits, "-" does not.
    QVERIFY(!SearchNeedle(u"5-"_s).narrows(SearchNeedle(u"-"_s)));
    QVERIFY(SearchNeedle(u"5-"_s).narrows(SearchNeedle(u"5"_s)));
}

void TestChatListScale::typingOnAndBackFollowsChanges()
{
    // The model searches only the previous matches while a text grows and
    // reuses a result when the text is deleted back to it: a rename, an
    // insert or a removal in between must not leave a stale answer.
    RandomWorkspace ws(31, 300);
    ChatListModel source;
    source.setChats(ws.chats());
    ChatFilterModel proxy(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setCurrentAgentId(kMe);
    proxy.setList(ChatList::All);
    Stream& stream = ws.stream();
    QRandomGenerator rng(3);
    const QString typed = u"ann m"_s;
    int seen = 0;
    for (int round = 0; round < 20; ++round) {
        for (qsizetype n = 1; n <= typed.size(); ++n) {
            proxy.setSearch(typed.left(n));
            QCOMPARE(proxyIds(proxy), bruteForce(source, proxy.query()));
            QCOMPARE(source.counts()->values(),
                     bruteCounts(modelChats(source), resolved(proxy.query())));
            seen += proxy.rowCount();
        }
        // Something changes while the text is typed: a rename into or out
        // of the matches, a removal, or a new chat.
        Chat c = source.chatAt(static_cast<int>(rng.bounded(source.count())));
        switch (round % 3) {
        case 0:
            c.title = round % 2 ? u"Ann Maier %1"_s.arg(round) : u"Bob %1"_s.arg(round);
            source.applyEvent(stream.chatUpdated(c));
            break;
        case 1:
            QVERIFY(source.removeChat(c.id));
            break;
        default:
            c.id = 100000 + round;
            c.title = u"Ann Mo %1"_s.arg(round);
            source.upsertChat(c);
            break;
        }
        QCoreApplication::processEvents();
        for (qsizetype n = typed.size() - 1; n >= 0; --n) {
            proxy.setSearch(typed.left(n));
            QCOMPARE(proxyIds(proxy), bruteForce(source, proxy.query()));
            QCOMPARE(source.counts()->values(),
                     bruteCounts(modelChats(source), resolved(proxy.query())));
        }
    }
    QVERIFY(seen > 0);
}

QTEST_GUILESS_MAIN(TestChatListScale)
#include "tst_chatlistscale.moc"
