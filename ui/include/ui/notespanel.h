#pragma once

#include <models/notesmodel.h>
#include <ui/clock.h>

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace baton::models {
class AgentDirectory;
} // namespace baton::models

namespace baton::ui {

class LimitedTextEdit;

// The private notes of the open chat (beside the composer): each with its
// author and time; a 2000-character editor with a counter; edit and delete
// for the agent's own notes (or any note for an admin). Changes are emitted
// for the app; the editor keeps its text until markSaved().
class NotesPanel : public QWidget {
    Q_OBJECT

public:
    NotesPanel(const models::AgentDirectory* agents, Clock clock, QWidget* parent = nullptr);

    void setModel(models::NotesModel* model);
    models::NotesModel* model() const { return model_; }
    void setCurrentAgent(qint64 agentId, bool admin);

    QListView* view() const { return view_; }
    LimitedTextEdit* editor() const { return edit_; }
    QString counterText() const;
    QString errorText() const;
    bool isEditing() const { return editingId_ != 0; }
    // Whether the agent may edit / delete the note at `row`.
    bool canModify(int row) const;

public Q_SLOTS:
    void submit();
    void editCurrent();
    void deleteCurrent();
    void cancelEdit();
    void markSaved();
    void focusEditor();

Q_SIGNALS:
    void addRequested(qint64 chatId, const QString& text);
    void editRequested(qint64 noteId, const QString& text);
    void deleteRequested(qint64 noteId);

private:
    void updateButtons();

    QPointer<models::NotesModel> model_;
    qint64 agentId_ = 0;
    bool admin_ = false;
    qint64 editingId_ = 0;
    QListView* view_;
    LimitedTextEdit* edit_;
    QLabel* counter_;
    QLabel* error_;
    QPushButton* submit_;
    QPushButton* editButton_;
    QPushButton* delete_;
    QPushButton* cancel_;
};

} // namespace baton::ui
