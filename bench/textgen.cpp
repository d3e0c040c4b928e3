#include "textgen.h"

#include <array>

using namespace Qt::StringLiterals;

namespace baton::bench {

namespace {

constexpr std::array kFirst{u"Maria",   u"Jonas",  u"Aiko",    u"Carlos",  u"Lena",   u"Omar",
                            u"Priya",   u"Sven",   u"Zoë",     u"Tomás",   u"Mei",    u"Olena",
                            u"Kwame",   u"Inês",   u"Farid",   u"Björn",   u"Łukasz", u"Ngozi",
                            u"Hiroshi", u"Анна",   u"Дмитрий", u"Αλέξης",  u"محمد",   u"Yusuf",
                            u"李娜",    u"김민준", u"Nguyễn",  u"Siobhán", u"Ayşe",   u"Rahul"};
constexpr std::array kLast{
    u"Schmidt", u"Kowalski", u"Tanaka",   u"García",   u"Novak",     u"Haddad",       u"Sharma",
    u"Berg",    u"Dubois",   u"Ribeiro",  u"Müller",   u"Ivanova",   u"Papadopoulos", u"Okafor",
    u"Yılmaz",  u"O'Brien",  u"Nakamura", u"Ferreira", u"Lindqvist", u"Chen",         u"Park"};
constexpr std::array kPhrases{
    u"Hi, I have a question about my order.",
    u"Where is my parcel? The tracking page has not changed since Monday.",
    u"Can I change the delivery address?",
    u"Thanks!",
    u"ok",
    u"I would like a refund for the second item, it arrived broken.",
    u"Do you ship to Norway?",
    u"Hallo, wann kommt meine Bestellung an?",
    u"Ich möchte mein Abo kündigen, bitte.",
    u"Vielen Dank für die schnelle Hilfe!",
    u"Bonjour, est-ce que la taille M est encore disponible ?",
    u"Merci beaucoup, bonne journée.",
    u"Hola, ¿cuál es el horario de atención?",
    u"¿Puedo pagar con tarjeta al recibir el pedido?",
    u"Olá, o meu pedido chegou incompleto.",
    u"Здравствуйте, когда будет доставка?",
    u"Спасибо, всё получил.",
    u"Γεια σας, θα ήθελα να αλλάξω την παραγγελία μου.",
    u"こんにちは、注文の状況を教えてください。",
    u"您好，我的包裹什么时候到？",
    u"안녕하세요, 환불 가능한가요?",
    u"مرحبا، متى سيصل طلبي؟",
    u"Merhaba, kargom nerede?",
    u"Cześć, czy mogę zmienić rozmiar?",
    u"The app keeps logging me out every time I open it, I already reinstalled it twice and "
    u"cleared the cache, my phone is a Pixel 7 with the latest update.",
    u"Order A-20931, paid on Friday.",
    u"My email is the same as on the invoice.",
    u"Is there a discount for students?",
    u"hours?",
    u"I need to talk to a human please"};
constexpr std::array kEmoji{u" 🙂", u" 👍", u" 🙏", u" 😡", u" 🚚", u" ❤️", u" 🎁", u" 😅", u" 🇩🇪"};

} // namespace

QString TextGen::firstName()
{
    return QString::fromUtf16(kFirst[rng_.bounded(static_cast<quint32>(kFirst.size()))]);
}

QString TextGen::lastName()
{
    return QString::fromUtf16(kLast[rng_.bounded(static_cast<quint32>(kLast.size()))]);
}

QString TextGen::message()
{
    // Mostly short chat lines, a long tail of longer ones.
    const quint32 roll = rng_.bounded(100);
    const int sentences = roll < 60 ? 1 : roll < 85 ? 2 : roll < 95 ? 3 : 6;
    QString text;
    for (int i = 0; i < sentences; ++i) {
        if (i > 0)
            text += u' ';
        text += QString::fromUtf16(kPhrases[rng_.bounded(static_cast<quint32>(kPhrases.size()))]);
    }
    if (rng_.bounded(5) == 0)
        text += QString::fromUtf16(kEmoji[rng_.bounded(static_cast<quint32>(kEmoji.size()))]);
    return text;
}

} // namespace baton::bench
