// The session flow of Console (docs/app.md): signing in with the
// dialog, the command line's email or the keychain's token; making the
// account's cache, outbox and engine; the end of a session and signing out.
#include "api.h"
#include "session.h"
#include "wiring.h"

#include <models/agentdirectory.h>
#include <models/chatlistmodel.h>
#include <models/messagemodel.h>
#include <models/subscribercard.h>
#include <protocol/crm.h>
#include <ui/logindialog.h>
#include <ui/mainwindow.h>
#include <ui/stores.h>
#include <ui/subscribercardwidget.h>

#include <QJsonDocument>
#include <QLineEdit>
#include <QSettings>

#include <app/console.h>

using namespace Qt::StringLiterals;

namespace baton::app {

void Console::start()
{
    if (!config_.email.isEmpty()) {
        const QUrl server =
            config_.server.isEmpty() ? QUrl(loginStore_->serverUrl()) : config_.server;
        if (!server.isValid() || server.host().isEmpty()) {
            showLogin(tr("No server is known yet: start Baton with --server URL."));
            return;
        }
        login(server, config_.email, config_.password);
        return;
    }
    const QUrl stored(loginStore_->serverUrl());
    const QString email = loginStore_->email();
    const bool known = stored.isValid() && !stored.host().isEmpty() && !email.isEmpty();
    const bool sameServer = config_.server.isEmpty() ||
                            (known && accountOf(config_.server, email) == accountOf(stored, email));
    if (!known || !sameServer || !credentials_) {
        showLogin();
        return;
    }
    credentials_->read(stored, email, this,
                       [this, stored, email](const net::CredentialResult& result) {
                           if (result.ok && result.token && !result.token->isEmpty())
                               resume(stored, email, *result.token);
                           else
                               showLogin(result.ok ? QString() : result.error);
                       });
}

void Console::showLogin(const QString& message)
{
    if (!email_.isEmpty() && login_->emailField()->text().isEmpty())
        login_->emailField()->setText(email_);
    if (!message.isEmpty())
        login_->loginFailed(message);
    login_->show();
    login_->raise();
    login_->activateWindow();
    Q_EMIT loginShown();
}

QString Console::describe(const net::RestError& error) const
{
    return Wiring::describe(error);
}

void Console::login(const QUrl& server, const QString& email, const QString& password)
{
    rest_->setBaseUrl(server);
    rest_->login(
        email, password, this,
        [this, server, email](const net::RestResult<protocol::LoginResponse>& r) {
            if (!r.ok()) {
                QString message;
                if (r.error->isHttp() && r.error->httpStatus == 401)
                    message = tr("Wrong email or password.");
                else if (r.error->isNetwork())
                    message = tr("Cannot reach %1: %2").arg(server.toString(), describe(*r.error));
                else
                    message = tr("Login failed: %1").arg(describe(*r.error));
                if (login_->serverField()->text().isEmpty())
                    login_->serverField()->setText(server.toString());
                if (login_->emailField()->text().isEmpty())
                    login_->emailField()->setText(email);
                showLogin(message);
                return;
            }
            if (credentials_) {
                credentials_->write(
                    server, email, r->token, this, [this](const net::CredentialResult& result) {
                        if (!result.ok)
                            wiring_->report(
                                tr("The login could not be saved: %1").arg(result.error));
                    });
            }
            if (login_->isVisible())
                login_->loginSucceeded();
            enter(server, email, r->token, r->agent);
        });
}

void Console::resume(const QUrl& server, const QString& email, const QString& token)
{
    rest_->setBaseUrl(server);
    rest_->setToken(token);
    rest_->me(this, [this, server, email, token](const net::RestResult<protocol::MeResponse>& r) {
        if (r.ok()) {
            enter(server, email, token, r->agent);
            return;
        }
        if (r.error->isHttp() && r.error->httpStatus == 401) {
            if (credentials_)
                credentials_->remove(server, email, this, [](const net::CredentialResult&) {});
            email_ = email;
            showLogin(tr("Your session has ended. Please log in again."));
            return;
        }
        // The server is away: work from the cache with the agent seen last
        // time; the stream keeps trying and the indicator says offline.
        const auto agent = protocol::decodeBytes<protocol::Agent>(
            settings_->value(kSessionAgentKey).toByteArray());
        if (agent && settings_->value(kSessionAccountKey).toString() == accountOf(server, email)) {
            enter(server, email, token, *agent);
            return;
        }
        email_ = email;
        showLogin(tr("Cannot reach %1: %2").arg(server.toString(), describe(*r.error)));
    });
}

bool Console::ensureSession(const QUrl& server, const QString& email, QString* error)
{
    const QString account = accountOf(server, email);
    if (session_ && session_->account == account)
        return true;
    if (session_) {
        // Someone else signs in: the other account's data stays in its file.
        closeCurrentChat();
        session_->engine->stop();
        wiring_->attachOutbox(nullptr);
        session_.reset();
        chats_->clear();
        card_->clear();
        agents_->setAgents({});
    }
    auto s = std::make_unique<Session>();
    s->account = account;
    s->cache = std::make_unique<models::LocalCache>(profile_.cachePath(server, email));
    if (!s->cache->open()) {
        *error = tr("The local data in %1 cannot be used: %2")
                     .arg(s->cache->path(), s->cache->lastError());
        return false;
    }
    s->outbox = std::make_unique<models::Outbox>(rest_.get(), s->cache.get());
    s->outbox->setRetryDelays(config_.outboxRetryBase, config_.outboxRetryCap);
    s->engine = std::make_unique<models::SyncEngine>(rest_.get(), stream_.get(), s->cache.get(),
                                                     chats_.get(), agents_.get());
    s->engine->setOutbox(s->outbox.get());
    connect(s->engine.get(), &models::SyncEngine::stateChanged, this, &Console::updateConnection);
    connect(s->engine.get(), &models::SyncEngine::eventsApplied, this,
            [this](const QList<protocol::Event>& events) {
                const qint64 shown = card_->subscriberId();
                for (const protocol::Event& e : events) {
                    const auto* deal = std::get_if<protocol::Deal>(&e.payload);
                    if (deal && shown != 0 && deal->subscriberId == shown) {
                        loadDeals(shown);
                        break;
                    }
                }
                Q_EMIT eventsApplied(events);
            });
    wiring_->attachOutbox(s->outbox.get());
    session_ = std::move(s);
    Q_EMIT sessionStarted();
    return true;
}

void Console::enter(const QUrl& server, const QString& email, const QString& token,
                    const protocol::Agent& agent)
{
    QString error;
    if (!ensureSession(server, email, &error)) {
        showLogin(error);
        return;
    }
    email_ = email;
    agent_ = agent;
    rest_->setBaseUrl(server);
    rest_->setToken(token);
    stream_->setUrl(net::EventStream::streamUrlFor(server));
    stream_->setToken(token);
    loginStore_->remember(server.toString(), email);
    settings_->setValue(kSessionAccountKey, accountOf(server, email));
    settings_->setValue(kSessionAgentKey,
                        QJsonDocument(protocol::toJson(agent)).toJson(QJsonDocument::Compact));
    window_->setCurrentAgent(agent.id, agent.role == protocol::Role::Admin);
    if (messages_)
        messages_->setCurrentAgentId(agent.id);
    if (!session_->outbox->isStarted())
        session_->outbox->start();
    session_->engine->start();
    signedIn_ = true;
    login_->hide();
    window_->show();
    window_->raise();
    window_->activateWindow();
    rest_->send(api::pipelines(), this, [this](const net::RestResponse& r) {
        if (!r.ok())
            return; // the deals section works without pipelines until next time
        auto object = protocol::parseObject(r.body);
        if (!object)
            return;
        protocol::JsonReader reader(*object);
        const auto pipelines = reader.list<protocol::Pipeline>(u"pipelines");
        if (reader.ok())
            window_->cardWidget()->setPipelines(pipelines);
    });
    updateConnection();
    Q_EMIT signedIn(agent.id);
}

void Console::sessionEnded(const QString& message)
{
    if (!signedIn_)
        return;
    signedIn_ = false;
    if (session_)
        session_->engine->stop();
    if (credentials_)
        credentials_->remove(rest_->baseUrl(), email_, this, [](const net::CredentialResult&) {});
    rest_->setToken({});
    // The window keeps showing the cache behind the dialog.
    showLogin(message);
}

void Console::signOut()
{
    if (!signedIn_)
        return;
    signedIn_ = false;
    // The logout needs the token; everything else forgets it at once.
    rest_->logout(this, [](const net::RestResponse&) {});
    if (session_)
        session_->engine->stop();
    closeCurrentChat();
    if (credentials_)
        credentials_->remove(rest_->baseUrl(), email_, this, [](const net::CredentialResult&) {});
    stream_->setToken({});
    window_->hide();
    showLogin();
}

} // namespace baton::app
