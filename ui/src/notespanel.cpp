#include <models/notesmodel.h>
#include <protocol/limits.h>
#include <ui/limitedtextedit.h>
#include <ui/notespanel.h>

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace baton::ui {

using models::NotesModel;

namespace {

// "Ann · 21 Nov 10:42 (edited)" over the wrapped text.
class NoteDelegate : public QStyledItemDelegate {
public:
    NoteDelegate(QListView* view, Clock clock)
        : QStyledItemDelegate(view)
        , view_(view)
        , clock_(std::move(clock))
    {}

    static QString header(const QModelIndex& index, const QTimeZone& zone)
    {
        const QDateTime at = index.data(NotesModel::CreatedAtRole).toDateTime().toTimeZone(zone);
        QString out =
            NotesPanel::tr("%1 · %2").arg(index.data(NotesModel::AuthorNameRole).toString(),
                                          QLocale().toString(at, QLocale::ShortFormat));
        if (index.data(NotesModel::EditedRole).toBool())
            out += u" "_s + NotesPanel::tr("(edited)");
        return out;
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const int width = std::max(100, view_->viewport()->width() - 16);
        const QFontMetrics fm(option.font);
        const QRect text =
            fm.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap | Qt::TextWrapAnywhere,
                            index.data(NotesModel::TextRole).toString());
        return {width, fm.height() + text.height() + 16};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle* style = view_->style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, view_);
        const bool selected = option.state & QStyle::State_Selected;
        const QColor text =
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        painter->save();
        const QRect r = option.rect.adjusted(8, 4, -8, -4);
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(text);
        const QFontMetrics fm(option.font);
        painter->drawText(QRect(r.left(), r.top(), r.width(), fm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, header(index, clock_().timeZone()));
        painter->setFont(option.font);
        painter->drawText(
            QRect(r.left(), r.top() + fm.height() + 4, r.width(), r.height() - fm.height() - 4),
            Qt::TextWordWrap | Qt::TextWrapAnywhere, index.data(NotesModel::TextRole).toString());
        painter->restore();
    }

private:
    QListView* view_;
    Clock clock_;
};

} // namespace

NotesPanel::NotesPanel(const models::AgentDirectory*, Clock clock, QWidget* parent)
    : QWidget(parent)
    , view_(new QListView(this))
    , edit_(new LimitedTextEdit(protocol::kMaxNoteCodePoints, this))
    , counter_(new QLabel(this))
    , error_(new QLabel(this))
    , submit_(new QPushButton(tr("Add note"), this))
    , editButton_(new QPushButton(tr("Edit"), this))
    , delete_(new QPushButton(tr("Delete"), this))
    , cancel_(new QPushButton(tr("Cancel"), this))
{
    setAccessibleName(tr("Notes"));
    view_->setAccessibleName(tr("Notes list"));
    view_->setItemDelegate(new NoteDelegate(view_, std::move(clock)));
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view_->setResizeMode(QListView::Adjust);
    edit_->setAccessibleName(tr("Note text"));
    edit_->setPlaceholderText(tr("Private note, never sent to the subscriber (Ctrl+Enter saves)"));
    counter_->setAccessibleName(tr("Note characters used"));
    error_->setAccessibleName(tr("Note error"));
    error_->setWordWrap(true);
    error_->hide();
    submit_->setAccessibleName(tr("Add note"));
    editButton_->setAccessibleName(tr("Edit note"));
    delete_->setAccessibleName(tr("Delete note"));
    cancel_->setAccessibleName(tr("Cancel editing the note"));
    cancel_->hide();

    auto* save = new QAction(tr("Save note"), this);
    save->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QAction::triggered, this, &NotesPanel::submit);
    edit_->addAction(save);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(editButton_);
    buttons->addWidget(delete_);
    buttons->addStretch(1);
    buttons->addWidget(counter_);
    buttons->addWidget(cancel_);
    buttons->addWidget(submit_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(view_, 2);
    layout->addWidget(edit_, 1);
    layout->addWidget(error_);
    layout->addLayout(buttons);

    connect(submit_, &QPushButton::clicked, this, &NotesPanel::submit);
    connect(editButton_, &QPushButton::clicked, this, &NotesPanel::editCurrent);
    connect(delete_, &QPushButton::clicked, this, &NotesPanel::deleteCurrent);
    connect(cancel_, &QPushButton::clicked, this, &NotesPanel::cancelEdit);
    connect(edit_, &QPlainTextEdit::textChanged, this, [this] {
        counter_->setText(u"%1/%2"_s.arg(edit_->codePoints()).arg(protocol::kMaxNoteCodePoints));
        error_->hide();
    });
    connect(edit_, &LimitedTextEdit::refused, this, [this](qsizetype wouldBe) {
        error_->setText(
            tr("A note can have at most %1 characters; this would make %2. Your text is kept.")
                .arg(protocol::kMaxNoteCodePoints)
                .arg(wouldBe));
        error_->show();
    });
    counter_->setText(u"0/%1"_s.arg(protocol::kMaxNoteCodePoints));
    updateButtons();
}

void NotesPanel::setModel(NotesModel* model)
{
    if (model_ == model)
        return;
    cancelEdit();
    model_ = model;
    view_->setModel(model);
    if (model) {
        connect(view_->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &NotesPanel::updateButtons);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &NotesPanel::updateButtons);
    }
    updateButtons();
}

void NotesPanel::setCurrentAgent(qint64 agentId, bool admin)
{
    agentId_ = agentId;
    admin_ = admin;
    updateButtons();
}

QString NotesPanel::counterText() const
{
    return counter_->text();
}

QString NotesPanel::errorText() const
{
    return error_->isHidden() ? QString() : error_->text();
}

bool NotesPanel::canModify(int row) const
{
    if (!model_ || row < 0 || row >= model_->rowCount())
        return false;
    return admin_ || model_->noteAt(row).authorId == agentId_;
}

void NotesPanel::updateButtons()
{
    const int row = view_->currentIndex().isValid() ? view_->currentIndex().row() : -1;
    const bool own = canModify(row);
    editButton_->setEnabled(own && editingId_ == 0);
    delete_->setEnabled(own);
    submit_->setEnabled(model_ != nullptr);
    submit_->setText(editingId_ ? tr("Save note") : tr("Add note"));
    cancel_->setVisible(editingId_ != 0);
}

void NotesPanel::submit()
{
    if (!model_)
        return;
    const QString text = edit_->toPlainText();
    if (const auto problem = protocol::checkNoteText(text)) {
        if (*problem != protocol::TextProblem::Empty) {
            error_->setText(tr("The note can't be saved: %1.")
                                .arg(protocol::describe(*problem, protocol::kMaxNoteCodePoints)));
            error_->show();
        }
        return;
    }
    if (editingId_ != 0)
        Q_EMIT editRequested(editingId_, text);
    else
        Q_EMIT addRequested(model_->chatId(), text);
}

void NotesPanel::markSaved()
{
    editingId_ = 0;
    edit_->clear();
    updateButtons();
}

void NotesPanel::editCurrent()
{
    const int row = view_->currentIndex().isValid() ? view_->currentIndex().row() : -1;
    if (!canModify(row))
        return;
    editingId_ = model_->noteAt(row).id;
    edit_->setPlainText(model_->noteAt(row).text);
    edit_->moveCursor(QTextCursor::End);
    edit_->setFocus(Qt::OtherFocusReason);
    updateButtons();
}

void NotesPanel::deleteCurrent()
{
    const int row = view_->currentIndex().isValid() ? view_->currentIndex().row() : -1;
    if (canModify(row))
        Q_EMIT deleteRequested(model_->noteAt(row).id);
}

void NotesPanel::cancelEdit()
{
    if (editingId_ == 0)
        return;
    editingId_ = 0;
    edit_->clear();
    updateButtons();
}

void NotesPanel::focusEditor()
{
    edit_->setFocus(Qt::ShortcutFocusReason);
}

} // namespace baton::ui
