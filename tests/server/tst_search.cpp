// The chat search on the server is protocol::matchesSearch: the ids the
// server answers for tricky search texts equal the ids protocol::matches
// picks from the whole list.
#include "batondprocess.h"
#include "channelclient.h"
#include "httpclient.h"

#include <protocol/chat.h>
#include <protocol/chatlist.h>

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace baton::test;
using namespace baton::protocol;

namespace {

constexpr qint64 kTelegram = 1;

} // namespace

class TestSearch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void serverSearchIsMatchesSearch();
    void searchNeverCrossesFields();
    void nonAsciiDigitsAreNoPhoneSearch();

private:
    // Every chat of list=all with this search, following the cursors.
    QList<Chat> fetchAll(const QString& search);
    QSet<qint64> expected(const QList<Chat>& all, const QString& search) const;
    static QSet<qint64> idsOf(const QList<Chat>& chats);
    void inbound(const QString& externalId, const QString& first, const QString& last,
                 const QString& username);

    BatondProcess server_;
    std::unique_ptr<HttpClient> http_;
};

void TestSearch::initTestCase()
{
    QString error;
    QVERIFY2(server_.start(&error), qPrintable(error));
    http_ = std::make_unique<HttpClient>(server_.url());
    QCOMPARE(http_->login(u"ann@acme.test"_s).status, 200);

    inbound(u"search-1"_s, u"Straße"_s, u"Kunde"_s, u"strasse_k"_s);
    inbound(u"search-2"_s, u"İlker"_s, u"Yılmaz"_s, u"ilker"_s);
    inbound(u"search-3"_s, u"Zed ٣٤٥"_s, QString(), QString());
    inbound(u"search-4"_s, u"100%"_s, u"Real"_s, u"pct"_s);
    inbound(u"search-5"_s, u"Foo"_s, u"Bar"_s, u"baz"_s);
    inbound(u"search-6"_s, QString(), QString(), QString()); // title "#id"
    inbound(u"search-7"_s, u"Under_Score"_s, QString(), u"x!y"_s);

    // A phone on the "100%" subscriber, through the contact card.
    const QList<Chat> all = fetchAll(QString());
    qint64 subscriberId = 0;
    for (const Chat& chat : all) {
        if (chat.username == u"pct"_s)
            subscriberId = chat.subscriberId;
    }
    QVERIFY(subscriberId > 0);
    const Reply contact =
        http_->send("PATCH", u"/api/v1/subscribers/%1/contact"_s.arg(subscriberId),
                    R"({"first_name": "100%", "last_name": "Real", "phone": "+49 (151) 234-56"})",
                    "application/json");
    QVERIFY2(contact.status == 200, qPrintable(contact.describe()));
}

void TestSearch::cleanupTestCase()
{
    http_.reset();
    QCOMPARE(server_.stop(), 0);
}

void TestSearch::inbound(const QString& externalId, const QString& first, const QString& last,
                         const QString& username)
{
    const Reply r =
        postChannel(server_.url(), kTelegram, demoSecret(u"acme"_s, u"telegram"_s), u"inbound"_s,
                    {{u"external_id"_s, externalId},
                     {u"first_name"_s, first},
                     {u"last_name"_s, last},
                     {u"username"_s, username},
                     {u"text"_s, u"hello"_s}});
    QVERIFY2(r.status == 200 || r.status == 201, qPrintable(r.describe()));
}

QList<Chat> TestSearch::fetchAll(const QString& search)
{
    QList<Chat> out;
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        QString query =
            u"list=all&limit=200&q="_s + QString::fromLatin1(QUrl::toPercentEncoding(search));
        if (!cursor.isEmpty())
            query += u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const Reply r = http_->get(u"/api/v1/chats"_s, QUrlQuery(query));
        const auto decoded = decode<ChatPage>(r.json);
        if (r.status != 200 || !decoded) {
            qWarning().noquote() << "chat list failed for" << search << r.describe();
            return {};
        }
        out += decoded->chats;
        cursor = decoded->nextCursor;
        if (cursor.isEmpty())
            break;
    }
    return out;
}

QSet<qint64> TestSearch::idsOf(const QList<Chat>& chats)
{
    QSet<qint64> out;
    for (const Chat& chat : chats)
        out.insert(chat.id);
    return out;
}

QSet<qint64> TestSearch::expected(const QList<Chat>& all, const QString& search) const
{
    ChatQuery query;
    query.list = ChatList::All;
    query.search = search;
    QSet<qint64> out;
    for (const Chat& chat : all) {
        if (matches(chat, query))
            out.insert(chat.id);
    }
    return out;
}

void TestSearch::serverSearchIsMatchesSearch()
{
    const QList<Chat> all = fetchAll(QString());
    QVERIFY(all.size() > 7);
    const QStringList searches{
        u"ß"_s,        u"SS"_s,          u"STRASSE"_s,  u"straße"_s,  u"STRASSE_K"_s,
        u"İ"_s,        u"i̇"_s,           u"i"_s,        u"ı"_s,       u"I"_s,
        u"ILKER"_s,    u"YILMAZ"_s,      u"yılmaz"_s,   u"٣"_s,       u"٣٤"_s,
        u"٣٤٥"_s,      u"3"_s,           u"345"_s,      u"%"_s,       u"_"_s,
        u"!"_s,        u"100%"_s,        u"10_"_s,      u"r_al"_s,    u"%real"_s,
        u"under_"_s,   u"under score"_s, u"x!y"_s,      u"!y"_s,      u"foo bar"_s,
        u"bar\nbaz"_s, u"bar baz"_s,     u"\n"_s,       u"a\nb"_s,    u" foo \n"_s,
        u"#"_s,        u"#1"_s,          u"49"_s,       u"+49 151"_s, u"(151) 234"_s,
        u"151-234"_s,  u"49 ١٥١"_s,      u"15123456"_s, u"234.56"_s,  u"\t151\t"_s,
        u"'"_s,        u"\\"_s,          u"ann"_s,      u"ANN"_s,     u"%%"_s,
        u"@"_s,        u".test"_s,       u"k\u0130"_s,  u"\u212A"_s,  u"\u00DF\u1E9E"_s,
    };
    for (const QString& search : searches) {
        const QSet<qint64> want = expected(all, search);
        const QSet<qint64> got = idsOf(fetchAll(search));
        if (got != want) {
            QStringList extra;
            QStringList missing;
            for (const qint64 id : got - want)
                extra.append(QString::number(id));
            for (const qint64 id : want - got)
                missing.append(QString::number(id));
            QFAIL(qPrintable(u"search %1: server also answered [%2], missed [%3]"_s.arg(
                QString::fromLatin1(QUrl::toPercentEncoding(search)), extra.join(u", "_s),
                missing.join(u", "_s))));
        }
    }
}

void TestSearch::searchNeverCrossesFields()
{
    // The title "Foo Bar" and the username "baz" are two fields.
    QVERIFY(fetchAll(u"bar\nbaz"_s).isEmpty());
    QVERIFY(fetchAll(u"barbaz"_s).isEmpty());
    QCOMPARE(fetchAll(u"foo bar"_s).size(), 1);
    QCOMPARE(fetchAll(u"BAZ"_s).size(), 1);
}

void TestSearch::nonAsciiDigitsAreNoPhoneSearch()
{
    // Arabic-Indic digits are text, not phone digits: only the title that
    // holds them, never every chat.
    const QList<Chat> found = fetchAll(u"٤٥"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().title, u"Zed ٣٤٥"_s);
    // ASCII digits with separators are a phone search.
    const QList<Chat> phone = fetchAll(u"151 234 5"_s);
    QCOMPARE(phone.size(), 1);
    QCOMPARE(phone.constFirst().username, u"pct"_s);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
