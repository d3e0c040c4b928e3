#include <ui/shortcutmap.h>
#include <ui/shortcutsdialog.h>

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace baton::ui {

namespace {

QString keysText(const QList<QKeySequence>& keys)
{
    QStringList out;
    for (const QKeySequence& k : keys)
        out.append(k.toString(QKeySequence::NativeText));
    return out.join(u", "_s);
}

void fillTable(QTableWidget* table, const ShortcutMap* map)
{
    const QStringList ids = map->ids();
    table->setRowCount(static_cast<int>(ids.size()));
    for (int row = 0; row < ids.size(); ++row) {
        auto* name = new QTableWidgetItem(map->name(ids.at(row)));
        name->setData(Qt::UserRole, ids.at(row));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto* keys = new QTableWidgetItem(keysText(map->shortcuts(ids.at(row))));
        keys->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        table->setItem(row, 0, name);
        table->setItem(row, 1, keys);
    }
}

QTableWidget* shortcutTable(QWidget* parent)
{
    auto* table = new QTableWidget(0, 2, parent);
    table->setHorizontalHeaderLabels({ShortcutsDialog::tr("Command"), ShortcutsDialog::tr("Keys")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    return table;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(ShortcutMap* map, QWidget* parent)
    : QDialog(parent)
    , map_(map)
    , table_(shortcutTable(this))
    , keys_(new QKeySequenceEdit(this))
    , assign_(new QPushButton(tr("Assign"), this))
    , error_(new QLabel(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setAccessibleName(windowTitle());
    table_->setAccessibleName(tr("Commands and their keys"));
    keys_->setAccessibleName(tr("New keys"));
    assign_->setAccessibleName(tr("Assign the keys"));
    error_->setAccessibleName(tr("Shortcut error"));
    error_->setWordWrap(true);
    error_->hide();
    auto* clear = new QPushButton(tr("Remove keys"), this);
    clear->setAccessibleName(tr("Remove keys"));
    auto* reset = new QPushButton(tr("Default"), this);
    reset->setAccessibleName(tr("Reset to default"));
    auto* resetEverything = new QPushButton(tr("Reset all"), this);
    resetEverything->setAccessibleName(tr("Reset all shortcuts"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* editRow = new QHBoxLayout;
    editRow->addWidget(new QLabel(tr("Press new keys:"), this));
    editRow->addWidget(keys_, 1);
    editRow->addWidget(assign_);
    editRow->addWidget(clear);
    editRow->addWidget(reset);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_, 1);
    layout->addLayout(editRow);
    layout->addWidget(error_);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(resetEverything);
    bottom->addStretch(1);
    bottom->addWidget(close);
    layout->addLayout(bottom);

    connect(assign_, &QPushButton::clicked, this, &ShortcutsDialog::assign);
    connect(clear, &QPushButton::clicked, this, &ShortcutsDialog::clearBinding);
    connect(reset, &QPushButton::clicked, this, &ShortcutsDialog::resetBinding);
    connect(resetEverything, &QPushButton::clicked, this, &ShortcutsDialog::resetAll);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(map_, &ShortcutMap::changed, this, &ShortcutsDialog::fill);
    connect(table_, &QTableWidget::currentCellChanged, this, [this] {
        keys_->clear();
        error_->hide();
    });
    // QKeySequenceEdit records Tab like any key, which would trap a
    // keyboard-only agent in it: plain Tab and Shift+Tab move the focus
    // instead (Ctrl+Tab and the like can still be recorded).
    keys_->installEventFilter(this);
    fill();
    resize(560, 520);
}

bool ShortcutsDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == keys_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const auto modifiers = key->modifiers() & ~Qt::ShiftModifier & ~Qt::KeypadModifier;
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) &&
            modifiers == Qt::NoModifier) {
            const bool forward =
                key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
            focusNextPrevChild(forward);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ShortcutsDialog::fill()
{
    const QString current = currentId();
    fillTable(table_, map_);
    if (!current.isEmpty())
        selectAction(current);
}

QString ShortcutsDialog::currentId() const
{
    const int row = table_->currentRow();
    return row >= 0 && table_->item(row, 0) ? table_->item(row, 0)->data(Qt::UserRole).toString()
                                            : QString();
}

void ShortcutsDialog::selectAction(const QString& id)
{
    for (int row = 0; row < table_->rowCount(); ++row) {
        if (table_->item(row, 0)->data(Qt::UserRole).toString() == id) {
            table_->setCurrentCell(row, 0);
            return;
        }
    }
}

QString ShortcutsDialog::errorText() const
{
    return error_->isHidden() ? QString() : error_->text();
}

void ShortcutsDialog::assign()
{
    const QString id = currentId();
    const QKeySequence sequence = keys_->keySequence();
    if (id.isEmpty() || sequence.isEmpty())
        return;
    const QString problem = map_->problem(id, {sequence});
    if (!problem.isEmpty()) {
        error_->setText(problem);
        error_->show();
        return;
    }
    map_->setShortcuts(id, {sequence});
    error_->hide();
}

void ShortcutsDialog::clearBinding()
{
    const QString id = currentId();
    if (!id.isEmpty())
        map_->setShortcuts(id, {});
}

void ShortcutsDialog::resetBinding()
{
    const QString id = currentId();
    if (!id.isEmpty())
        map_->resetToDefault(id);
}

void ShortcutsDialog::resetAll()
{
    map_->resetAll();
}

// ---- ShortcutHelpOverlay ----

ShortcutHelpOverlay::ShortcutHelpOverlay(const ShortcutMap* map, QWidget* parent)
    : QFrame(parent)
    , map_(map)
    , table_(shortcutTable(this))
{
    setAccessibleName(tr("Keyboard shortcuts"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    table_->setAccessibleName(tr("Keyboard shortcuts"));
    auto* title = new QLabel(tr("Keyboard shortcuts (Escape closes)"), this);
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    title->setFont(f);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(title);
    layout->addWidget(table_, 1);
    parent->installEventFilter(this);
    table_->installEventFilter(this);
    connect(map_, &ShortcutMap::changed, this, &ShortcutHelpOverlay::fill);
    fill();
    hide();
}

void ShortcutHelpOverlay::fill()
{
    fillTable(table_, map_);
}

void ShortcutHelpOverlay::showEvent(QShowEvent* event)
{
    setGeometry(parentWidget()->rect().adjusted(40, 40, -40, -40));
    raise();
    table_->setFocus(Qt::OtherFocusReason);
    QFrame::showEvent(event);
}

bool ShortcutHelpOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect().adjusted(40, 40, -40, -40));
    if (watched == table_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape || key->key() == Qt::Key_F1) {
            hide();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void ShortcutHelpOverlay::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F1) {
        hide();
        return;
    }
    QFrame::keyPressEvent(event);
}

void ShortcutHelpOverlay::mousePressEvent(QMouseEvent*)
{
    hide();
}

// ---- CommandPalette ----

CommandPalette::CommandPalette(const QList<QAction*>& actions, QWidget* parent)
    : QFrame(parent)
    , actions_(actions)
    , field_(new QLineEdit(this))
    , list_(new QListView(this))
    , model_(new QStandardItemModel(this))
{
    setAccessibleName(tr("Command palette"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    field_->setAccessibleName(tr("Command"));
    field_->setPlaceholderText(tr("Type a command…"));
    list_->setAccessibleName(tr("Commands"));
    list_->setModel(model_);
    list_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(field_);
    layout->addWidget(list_);
    field_->installEventFilter(this);
    list_->installEventFilter(this);
    connect(field_, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(list_, &QListView::activated, this, &CommandPalette::runCurrent);
    hide();
}

void CommandPalette::popup()
{
    QWidget* p = parentWidget();
    const int w = std::min(520, p->width() - 40);
    setGeometry((p->width() - w) / 2, 40, w, std::min(360, p->height() - 80));
    field_->clear();
    refilter();
    show();
    raise();
    field_->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::refilter()
{
    model_->clear();
    const QStringList words = field_->text().split(u' ', Qt::SkipEmptyParts);
    for (QAction* a : std::as_const(actions_)) {
        if (!a->isEnabled())
            continue;
        const QString name = a->text();
        const bool match = std::all_of(words.cbegin(), words.cend(), [&](const QString& w) {
            return name.contains(w, Qt::CaseInsensitive);
        });
        if (!match)
            continue;
        QString label = name;
        if (!a->shortcut().isEmpty())
            label += u"    "_s + a->shortcut().toString(QKeySequence::NativeText);
        auto* item = new QStandardItem(label);
        item->setData(QVariant::fromValue(static_cast<QObject*>(a)), Qt::UserRole);
        item->setData(name, Qt::AccessibleTextRole);
        model_->appendRow(item);
    }
    if (model_->rowCount() > 0)
        list_->setCurrentIndex(model_->index(0, 0));
}

QStringList CommandPalette::visibleNames() const
{
    QStringList out;
    for (int row = 0; row < model_->rowCount(); ++row)
        out.append(model_->item(row)->data(Qt::AccessibleTextRole).toString());
    return out;
}

void CommandPalette::runCurrent()
{
    const QModelIndex index = list_->currentIndex();
    auto* action = index.isValid()
                       ? qobject_cast<QAction*>(index.data(Qt::UserRole).value<QObject*>())
                       : nullptr;
    hide();
    if (action)
        action->trigger();
}

bool CommandPalette::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Escape:
            hide();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        case Qt::Key_Down:
        case Qt::Key_Up:
            if (watched == field_) {
                const int row = list_->currentIndex().row() + (key->key() == Qt::Key_Down ? 1 : -1);
                if (row >= 0 && row < model_->rowCount())
                    list_->setCurrentIndex(model_->index(row, 0));
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace baton::ui
