#include <ui/emojipicker.h>

#include <QGridLayout>
#include <QKeyEvent>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace baton::ui {

namespace {

struct Entry {
    const char16_t* emoji;
    const char* name;
};

// QT_TR_NOOP-style names, translated in the constructor.
constexpr Entry kEmoji[] = {
    {u"😀", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "grinning face")},
    {u"😊", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "smiling face")},
    {u"😂", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "tears of joy")},
    {u"😉", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "winking face")},
    {u"😍", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "heart eyes")},
    {u"🤔", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "thinking face")},
    {u"😅", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "sweat smile")},
    {u"😢", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "crying face")},
    {u"🙏", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "folded hands")},
    {u"👍", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "thumbs up")},
    {u"👎", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "thumbs down")},
    {u"👋", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "waving hand")},
    {u"👏", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "clapping hands")},
    {u"🙌", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "raised hands")},
    {u"👌", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "OK hand")},
    {u"💪", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "flexed biceps")},
    {u"❤️", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "red heart")},
    {u"🎉", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "party popper")},
    {u"🔥", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "fire")},
    {u"⭐", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "star")},
    {u"✅", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "check mark")},
    {u"❌", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "cross mark")},
    {u"⚠️", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "warning")},
    {u"❓", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "question mark")},
    {u"📦", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "package")},
    {u"🚚", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "delivery truck")},
    {u"💳", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "credit card")},
    {u"📅", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "calendar")},
    {u"⏰", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "alarm clock")},
    {u"📞", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "telephone")},
    {u"✉️", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "envelope")},
    {u"🎁", QT_TRANSLATE_NOOP("baton::ui::EmojiPicker", "gift")},
};

} // namespace

QStringList EmojiPicker::emoji()
{
    QStringList out;
    for (const Entry& e : kEmoji)
        out.append(QString::fromUtf16(e.emoji));
    return out;
}

EmojiPicker::EmojiPicker(QWidget* parent)
    : QFrame(parent, Qt::Popup)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Emoji"));
    auto* grid = new QGridLayout(this);
    grid->setSpacing(2);
    grid->setContentsMargins(4, 4, 4, 4);
    int i = 0;
    for (const Entry& e : kEmoji) {
        const QString text = QString::fromUtf16(e.emoji);
        auto* button = new QToolButton(this);
        button->setText(text);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setAccessibleName(tr(e.name));
        button->setToolTip(tr(e.name));
        QFont f = button->font();
        f.setPointSizeF(f.pointSizeF() * 1.4);
        button->setFont(f);
        connect(button, &QToolButton::clicked, this, [this, text] {
            Q_EMIT picked(text);
            hide();
        });
        grid->addWidget(button, i / columns_, i % columns_);
        buttons_.append(button);
        ++i;
    }
}

void EmojiPicker::popup(QWidget* anchor)
{
    adjustSize();
    if (anchor) {
        const QPoint below = anchor->mapToGlobal(QPoint(0, 0));
        move(below.x(), below.y() - height());
    }
    show();
    if (!buttons_.isEmpty())
        buttons_.first()->setFocus(Qt::PopupFocusReason);
}

void EmojiPicker::keyPressEvent(QKeyEvent* event)
{
    const int current =
        static_cast<int>(buttons_.indexOf(qobject_cast<QToolButton*>(focusWidget())));
    int next = -1;
    switch (event->key()) {
    case Qt::Key_Right:
        next = current + 1;
        break;
    case Qt::Key_Left:
        next = current - 1;
        break;
    case Qt::Key_Down:
        next = current + columns_;
        break;
    case Qt::Key_Up:
        next = current - columns_;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (current >= 0) {
            buttons_.at(current)->click();
            return;
        }
        break;
    default:
        break;
    }
    if (current >= 0 && next >= 0 && next < buttons_.size()) {
        buttons_.at(next)->setFocus(Qt::TabFocusReason);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace baton::ui
