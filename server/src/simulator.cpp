#include "database.h"
#include "logging.h"
#include "simulator.h"
#include "sqlquery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <array>

using namespace Qt::StringLiterals;

namespace baton::server {
namespace {

constexpr std::array kTexts{
    u"Hi, where is my order?",
    u"What are your opening hours?",
    u"Do you have this in size L?",
    u"I'd like a refund, the zip broke",
    u"Can I talk to a human please",
    u"Is there a gift card for my sister? 🎁",
    u"Quick feedback: delivery was super fast!",
    u"Do you ship to Iceland?",
    u"My tracking number doesn't work",
    u"Thanks, that's all 🙏",
    u"Is the store open on Sunday?",
    u"The package arrived damaged 😞",
};
constexpr std::array kButtons{u"Latest order", u"Another order", u"Buy gift card",
                              u"No thanks",    u"Great",         u"Okay"};
constexpr std::array kFirstNames{u"Maya", u"Jonas", u"Keiko", u"Rafael", u"Ana",   u"Felix",
                                 u"Lea",  u"Sami",  u"Noor",  u"Emil",   u"Clara", u"Hugo"};
constexpr std::array kLastNames{u"Berg",  u"Costa", u"Ito",   u"Haas", u"Lund",  u"Mendes",
                                u"Novak", u"Ortiz", u"Quinn", u"Roth", u"Sousa", u"Vidal"};

template <class A>
QString pick(QRandomGenerator& random, const A& table)
{
    return QString::fromUtf16(table[random.bounded(static_cast<quint32>(table.size()))]);
}

} // namespace

Simulator::Simulator(const Database& db, QUrl server, int intervalMs, QObject* parent)
    : QObject(parent)
    , db_(db)
    , server_(std::move(server))
{
    timer_.setInterval(intervalMs);
    connect(&timer_, &QTimer::timeout, this, &Simulator::tick);
}

bool Simulator::start()
{
    Query q(db_, u"SELECT id, channel, channel_secret FROM bots ORDER BY id"_s);
    q.exec();
    while (q.next()) {
        const QString secret = q.text(2);
        if (secret.startsWith(u"demo-"_s))
            bots_.append({q.integer(0), q.text(1), secret.toUtf8()});
    }
    if (bots_.isEmpty())
        return false;
    timer_.start();
    qCInfo(lcDemo) << "simulating subscribers on" << bots_.size() << "bots every"
                   << timer_.interval() << "ms";
    return true;
}

void Simulator::tick()
{
    ++ticks_;
    // Every third tick the chatty subscriber asks again: after 25 answers
    // in 24 hours the bot goes inactive on its message limit.
    if (ticks_ % 3 == 0) {
        post(bots_.constFirst(), {{u"external_id"_s, u"sim-chatty"_s},
                                  {u"first_name"_s, u"Chatty"_s},
                                  {u"last_name"_s, u"McAsk"_s},
                                  {u"text"_s, u"opening hours?"_s}});
        return;
    }
    const SimBot& bot = bots_.at(random_.bounded(static_cast<int>(bots_.size())));
    // A pool of 40 simulated subscribers per bot: each one's first message is a first contact.
    const quint32 who = random_.bounded(40u);
    QJsonObject body;
    body.insert(u"external_id"_s, u"sim-%1-%2"_s.arg(bot.id).arg(who));
    body.insert(u"first_name"_s, pick(random_, kFirstNames));
    body.insert(u"last_name"_s, pick(random_, kLastNames));
    const quint32 kind = random_.bounded(20u);
    if (kind < 4) {
        body.insert(u"kind"_s, u"button"_s);
        body.insert(u"text"_s, pick(random_, kButtons));
    } else if (kind == 4 && bot.channel == u"instagram"_s) {
        body.insert(u"kind"_s, u"story_mention"_s);
        body.insert(u"story_url"_s, u"https://instagram.test/stories/sim/%1"_s.arg(ticks_));
    } else if (kind == 5 && bot.channel != u"whatsapp"_s && bot.channel != u"viber"_s &&
               bot.channel != u"livechat"_s) {
        body.insert(u"kind"_s, u"ad_click"_s);
        body.insert(u"text"_s, u"Is the spring sale still on?"_s);
        body.insert(u"ad_campaign"_s, QJsonObject{{u"name"_s, u"Spring sale"_s},
                                                  {u"url"_s, u"https://ads.acme.test/spring"_s}});
    } else {
        body.insert(u"text"_s, pick(random_, kTexts));
    }
    post(bot, body);
}

void Simulator::post(const SimBot& bot, const QJsonObject& body)
{
    QUrl url = server_;
    url.setPath(u"/api/v1/channels/%1/inbound"_s.arg(bot.id));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Channel-Secret", bot.secret);
    request.setTransferTimeout(10'000);
    QNetworkReply* reply =
        network_.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, reply, [reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 201)
            qCWarning(lcDemo) << "simulated inbound answered" << status;
        reply->deleteLater();
    });
}

} // namespace baton::server
