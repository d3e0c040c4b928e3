#include "batondprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#include <csignal>

using namespace Qt::StringLiterals;

namespace baton::test {

BatondProcess::BatondProcess(QStringList extraArguments)
    : arguments_(std::move(extraArguments))
    , environment_(QProcessEnvironment::systemEnvironment())
{}

BatondProcess::BatondProcess(const BatondProcess& primary, QStringList extraArguments)
    : arguments_(std::move(extraArguments))
    , environment_(QProcessEnvironment::systemEnvironment())
    , sharedDataDir_(primary.dataDir())
    , sharedDbUrl_(primary.database_.url())
{}

BatondProcess::~BatondProcess()
{
    if (isRunning())
        stop();
}

void BatondProcess::setEnvironment(const QString& name, const QString& value)
{
    environment_.insert(name, value);
}

bool BatondProcess::isRunning() const
{
    return process_ && process_->state() != QProcess::NotRunning;
}

QUrl BatondProcess::streamUrl() const
{
    QUrl out = url_;
    out.setScheme(u"ws"_s);
    out.setPath(u"/api/v1/stream"_s);
    return out;
}

QString BatondProcess::log()
{
    if (process_)
        log_ += QString::fromUtf8(process_->readAllStandardError());
    return log_;
}

bool BatondProcess::start(QString* error)
{
    if (!dataDir_.isValid()) {
        *error = u"cannot create a temporary data directory"_s;
        return false;
    }
    const bool peer = !sharedDataDir_.isEmpty();
    if (!peer && !database_.create(error))
        return false;
    const QString dbUrl = peer ? sharedDbUrl_ : database_.url();
    QStringList args{u"--data"_s, dataDir(), u"--listen"_s, u"127.0.0.1:0"_s};
    if (!dbUrl.isEmpty())
        args << u"--db"_s << dbUrl;
    args += arguments_;

    process_ = std::make_unique<QProcess>();
    process_->setProcessEnvironment(environment_);
    process_->start(QStringLiteral(BATOND_PATH), args);
    if (!process_->waitForStarted(10'000)) {
        *error = u"cannot start %1: %2"_s.arg(QStringLiteral(BATOND_PATH), process_->errorString());
        return false;
    }
    // The first stdout line names the address; a cold start with demo
    // seeding and migrations can take a few seconds.
    QByteArray firstLine;
    const QDeadlineTimer deadline(30'000);
    while (!process_->canReadLine() && !deadline.hasExpired()) {
        if (process_->state() == QProcess::NotRunning)
            break;
        process_->waitForReadyRead(200);
    }
    firstLine = process_->readLine().trimmed();
    static const QRegularExpression pattern(u"^listening on (http://127\\.0\\.0\\.1:(\\d+))$"_s);
    const auto match = pattern.match(QString::fromUtf8(firstLine));
    if (!match.hasMatch() || match.captured(2).toInt() == 0) {
        *error = u"batond did not report its address; first line '%1', log:\n%2"_s.arg(
            QString::fromUtf8(firstLine), log());
        process_->kill();
        process_->waitForFinished(5000);
        return false;
    }
    url_ = QUrl(match.captured(1));
    return true;
}

int BatondProcess::stop()
{
    if (!process_)
        return -1;
    if (process_->state() != QProcess::NotRunning) {
        ::kill(static_cast<pid_t>(process_->processId()), SIGTERM);
        if (!process_->waitForFinished(15'000)) {
            process_->kill();
            process_->waitForFinished(5000);
            log();
            return -1;
        }
    }
    log();
    if (process_->exitStatus() != QProcess::NormalExit)
        return -1;
    return process_->exitCode();
}

} // namespace baton::test
