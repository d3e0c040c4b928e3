#pragma once

#include <QDialog>
#include <QFrame>

class QKeySequenceEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStandardItemModel;
class QTableWidget;

namespace baton::ui {

class ShortcutMap;

// Rebinds shortcuts: pick a command, press the new keys, Assign. Conflicts
// and Alt+character bindings are refused with the reason. Changes are saved
// through the ShortcutMap at once.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(ShortcutMap* map, QWidget* parent = nullptr);

    QTableWidget* table() const { return table_; }
    QKeySequenceEdit* keyEdit() const { return keys_; }
    QPushButton* assignButton() const { return assign_; }
    QString errorText() const;
    // Selects the row of `id`.
    void selectAction(const QString& id);

public Q_SLOTS:
    void assign();
    void clearBinding();
    void resetBinding();
    void resetAll();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString currentId() const;
    void fill();

    ShortcutMap* map_;
    QTableWidget* table_;
    QKeySequenceEdit* keys_;
    QPushButton* assign_;
    QLabel* error_;
};

// A panel over the main window listing every command and its keys; Escape,
// F1 or a click closes it.
class ShortcutHelpOverlay : public QFrame {
    Q_OBJECT

public:
    ShortcutHelpOverlay(const ShortcutMap* map, QWidget* parent);
    QTableWidget* table() const { return table_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void fill();
    const ShortcutMap* map_;
    QTableWidget* table_;
};

// Ctrl+K: type part of a command's name, Enter runs it.
class CommandPalette : public QFrame {
    Q_OBJECT

public:
    CommandPalette(const QList<QAction*>& actions, QWidget* parent);
    QLineEdit* field() const { return field_; }
    QListView* list() const { return list_; }
    // Shows the palette with an empty filter and the field focused.
    void popup();
    // The names currently listed.
    QStringList visibleNames() const;

public Q_SLOTS:
    void runCurrent();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refilter();

    QList<QAction*> actions_;
    QLineEdit* field_;
    QListView* list_;
    QStandardItemModel* model_;
};

} // namespace baton::ui
