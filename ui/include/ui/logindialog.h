#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace baton::ui {

class LoginStore;

// Server URL, email and password. Remembers the server and email (never the
// password) once a login succeeded; the app does the request and reports
// back with loginFailed() or loginSucceeded().
class LoginDialog : public QDialog {
    Q_OBJECT

public:
    explicit LoginDialog(LoginStore* store, QWidget* parent = nullptr);

    QLineEdit* serverField() const { return server_; }
    QLineEdit* emailField() const { return email_; }
    QLineEdit* passwordField() const { return password_; }
    QPushButton* loginButton() const { return login_; }
    QString errorText() const;

public Q_SLOTS:
    void submit();
    void loginFailed(const QString& error);
    void loginSucceeded();

Q_SIGNALS:
    void loginRequested(const QString& serverUrl, const QString& email, const QString& password);

private:
    void showError(const QString& text);
    void setBusy(bool busy);

    LoginStore* store_;
    QLineEdit* server_;
    QLineEdit* email_;
    QLineEdit* password_;
    QLabel* error_;
    QPushButton* login_;
};

} // namespace baton::ui
