// A second Baton process for tst_net_singleinstance:
//   singleinstance_helper KEY hold       claims KEY, prints "claimed", then
//                                        one "activated A|B|…" line per
//                                        activation; quits after "--quit".
//   singleinstance_helper KEY send ARGS  hands ARGS to the holder of KEY.
#include <net/singleinstance.h>

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 64;
    baton::net::SingleInstance instance(args.at(1));
    if (args.at(2) == u"hold"_s) {
        if (!instance.claim()) {
            say(u"busy "_s + instance.errorString());
            return 2;
        }
        QObject::connect(&instance, &baton::net::SingleInstance::activated, &app,
                         [](const QStringList& received) {
                             say(u"activated "_s + received.join(u'|'));
                             if (received.contains(u"--quit"_s))
                                 QCoreApplication::quit();
                         });
        say(u"claimed"_s);
        return app.exec();
    }
    if (args.at(2) == u"send"_s) {
        if (instance.claim()) {
            say(u"claimed"_s);
            return 3;
        }
        if (!instance.sendToRunning(args.mid(3))) {
            say(u"failed "_s + instance.errorString());
            return 1;
        }
        say(u"sent"_s);
        return 0;
    }
    return 64;
}
