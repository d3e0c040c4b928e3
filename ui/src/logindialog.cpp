#include <ui/logindialog.h>
#include <ui/stores.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace baton::ui {

LoginDialog::LoginDialog(LoginStore* store, QWidget* parent)
    : QDialog(parent)
    , store_(store)
    , server_(new QLineEdit(this))
    , email_(new QLineEdit(this))
    , password_(new QLineEdit(this))
    , error_(new QLabel(this))
    , login_(new QPushButton(tr("Log in"), this))
{
    setWindowTitle(tr("Log in to Baton"));
    setAccessibleName(windowTitle());
    server_->setAccessibleName(tr("Server"));
    server_->setPlaceholderText(u"https://baton.example.com"_s);
    email_->setAccessibleName(tr("Email"));
    email_->setPlaceholderText(tr("you@example.com"));
    password_->setAccessibleName(tr("Password"));
    password_->setEchoMode(QLineEdit::Password);
    error_->setAccessibleName(tr("Login error"));
    error_->setWordWrap(true);
    error_->hide();
    login_->setAccessibleName(tr("Log in"));
    login_->setDefault(true);
    if (store_) {
        server_->setText(store_->serverUrl());
        email_->setText(store_->email());
    }
    auto* form = new QFormLayout;
    form->addRow(tr("Server"), server_);
    form->addRow(tr("Email"), email_);
    form->addRow(tr("Password"), password_);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(login_, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(error_);
    layout->addWidget(buttons);
    if (!server_->text().isEmpty() && !email_->text().isEmpty())
        password_->setFocus(Qt::OtherFocusReason);
}

QString LoginDialog::errorText() const
{
    return error_->isHidden() ? QString() : error_->text();
}

void LoginDialog::showError(const QString& text)
{
    error_->setText(text);
    error_->show();
}

void LoginDialog::setBusy(bool busy)
{
    login_->setEnabled(!busy);
    server_->setReadOnly(busy);
    email_->setReadOnly(busy);
    password_->setReadOnly(busy);
}

void LoginDialog::submit()
{
    const QString server = server_->text().trimmed();
    const QUrl url(server, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) ||
        url.host().isEmpty()) {
        showError(tr("Enter the server address, like https://baton.example.com."));
        server_->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QString email = email_->text().trimmed();
    if (!email.contains(u'@')) {
        showError(tr("Enter your email address."));
        email_->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (password_->text().isEmpty()) {
        showError(tr("Enter your password."));
        password_->setFocus(Qt::OtherFocusReason);
        return;
    }
    error_->hide();
    setBusy(true);
    Q_EMIT loginRequested(server, email, password_->text());
}

void LoginDialog::loginFailed(const QString& error)
{
    setBusy(false);
    showError(error);
    password_->selectAll();
    password_->setFocus(Qt::OtherFocusReason);
}

void LoginDialog::loginSucceeded()
{
    if (store_)
        store_->remember(server_->text().trimmed(), email_->text().trimmed());
    password_->clear();
    setBusy(false);
    accept();
}

} // namespace baton::ui
