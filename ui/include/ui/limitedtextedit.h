#pragma once

#include <QPlainTextEdit>

namespace baton::ui {

// A plain-text editor that holds at most `maxCodePoints` Unicode code points
// (an emoji is one). An insertion that would go over the limit -- typing,
// pasting, dropping, an input method, insertChecked() -- is refused as a
// whole: the text already there is kept exactly, nothing is truncated, and
// refused() says how long the text would have been.
class LimitedTextEdit : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit LimitedTextEdit(qsizetype maxCodePoints, QWidget* parent = nullptr);

    qsizetype maxCodePoints() const { return max_; }
    qsizetype codePoints() const;
    // Inserts at the cursor (replacing the selection) unless that would go
    // over the limit. Returns whether it was inserted.
    bool insertChecked(const QString& text);

Q_SIGNALS:
    void refused(qsizetype wouldBe);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void inputMethodEvent(QInputMethodEvent* event) override;
    void insertFromMimeData(const QMimeData* source) override;

private:
    // The length after replacing the selection with `text`.
    qsizetype lengthWith(const QString& text) const;
    bool allow(const QString& text);
    void guard();

    qsizetype max_;
    QString accepted_;
    bool reverting_ = false;
};

} // namespace baton::ui
