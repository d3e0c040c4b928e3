#include <protocol/limits.h>
#include <ui/limitedtextedit.h>

#include <QKeyEvent>
#include <QMimeData>
#include <QTextBlock>

namespace baton::ui {

LimitedTextEdit::LimitedTextEdit(qsizetype maxCodePoints, QWidget* parent)
    : QPlainTextEdit(parent)
    , max_(maxCodePoints)
{
    setTabChangesFocus(true);
    connect(this, &QPlainTextEdit::textChanged, this, &LimitedTextEdit::guard);
}

qsizetype LimitedTextEdit::codePoints() const
{
    return protocol::codePointCount(toPlainText());
}

qsizetype LimitedTextEdit::lengthWith(const QString& text) const
{
    const QString selected = textCursor().selectedText();
    return codePoints() - protocol::codePointCount(selected) + protocol::codePointCount(text);
}

bool LimitedTextEdit::allow(const QString& text)
{
    if (text.isEmpty())
        return true;
    const qsizetype wouldBe = lengthWith(text);
    if (wouldBe <= max_)
        return true;
    Q_EMIT refused(wouldBe);
    return false;
}

bool LimitedTextEdit::insertChecked(const QString& text)
{
    if (isReadOnly() || !allow(text))
        return false;
    insertPlainText(text);
    return true;
}

void LimitedTextEdit::keyPressEvent(QKeyEvent* event)
{
    QString inserted;
    const int key = event->key();
    const bool editingModifiers =
        (event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) == Qt::NoModifier;
    if (editingModifiers && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        inserted = QStringLiteral("\n");
    } else if (!event->text().isEmpty()) {
        const QString text = event->text();
        const bool printable = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
            return c.isPrint() || c.isSurrogate() || c == QLatin1Char(' ');
        });
        if (printable)
            inserted = text;
    }
    if (!inserted.isEmpty() && !isReadOnly() && !allow(inserted)) {
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void LimitedTextEdit::inputMethodEvent(QInputMethodEvent* event)
{
    if (!event->commitString().isEmpty() && !allow(event->commitString())) {
        event->accept();
        return;
    }
    QPlainTextEdit::inputMethodEvent(event);
}

void LimitedTextEdit::insertFromMimeData(const QMimeData* source)
{
    if (source && source->hasText() && !allow(source->text()))
        return;
    QPlainTextEdit::insertFromMimeData(source);
}

void LimitedTextEdit::guard()
{
    if (reverting_)
        return;
    const QString now = toPlainText();
    const qsizetype length = protocol::codePointCount(now);
    if (length <= max_) {
        accepted_ = now;
        return;
    }
    // A path the overrides above do not see (e.g. a programmatic insertion):
    // put the accepted text back rather than cut the new one.
    reverting_ = true;
    const int position = std::min<int>(textCursor().position(), static_cast<int>(accepted_.size()));
    setPlainText(accepted_);
    QTextCursor cursor = textCursor();
    cursor.setPosition(position);
    setTextCursor(cursor);
    reverting_ = false;
    Q_EMIT refused(length);
}

} // namespace baton::ui
