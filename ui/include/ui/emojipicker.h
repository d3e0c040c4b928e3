#pragma once

#include <QFrame>

class QToolButton;

namespace baton::ui {

// A small popup grid of common emoji. Arrow keys / Tab move between them,
// Enter or Space picks one, Escape closes.
class EmojiPicker : public QFrame {
    Q_OBJECT

public:
    explicit EmojiPicker(QWidget* parent = nullptr);

    // The emoji offered, in order.
    static QStringList emoji();
    QList<QToolButton*> buttons() const { return buttons_; }
    // Shows the popup below `anchor` with the first emoji focused.
    void popup(QWidget* anchor);

Q_SIGNALS:
    void picked(const QString& emoji);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QList<QToolButton*> buttons_;
    int columns_ = 8;
};

} // namespace baton::ui
