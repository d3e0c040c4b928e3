#include "fixtures.h"

#include <models/agentdirectory.h>
#include <models/notesmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fixtures;
using baton::models::AgentDirectory;
using baton::models::NotesModel;

namespace {

constexpr qint64 kChat = 3907;

Note note(qint64 id, const QString& text, qint64 author = 12, qint64 chatId = kChat)
{
    return Note{id, chatId, author, text, at(id), std::nullopt};
}

QList<qint64> ids(const NotesModel& model)
{
    QList<qint64> out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r).data(NotesModel::IdRole).toLongLong());
    return out;
}

} // namespace

class TestNotesModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void eventsInsertUpdateRemove();
    void authorNames();
};

void TestNotesModel::eventsInsertUpdateRemove()
{
    NotesModel model(kChat);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNotes({note(30, u"c"_s), note(10, u"a"_s), note(10, u"dup"_s),
                    note(20, u"other chat"_s, 12, kChat + 1)});
    QCOMPARE(ids(model), (QList<qint64>{10, 30}));

    Stream stream;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.applyEvent(stream.next(EventType::NoteCreated,
                                 note(20, u"Prefers the Packstation, not the home address."_s)));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(ids(model), (QList<qint64>{10, 20, 30}));
    model.applyEvent(stream.next(EventType::NoteCreated, note(40, u"elsewhere"_s, 12, 1)));
    QCOMPARE(model.rowCount(), 3);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Note edited = note(20, u"Packstation 148 (Friedrichstraße)."_s, 12);
    edited.updatedAt = at(500);
    model.applyEvent(stream.next(EventType::NoteUpdated, edited));
    QCOMPARE(changed.count(), 1);
    const auto roles = changed.first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(NotesModel::TextRole));
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(roles.contains(NotesModel::EditedRole));
    QVERIFY(!roles.contains(NotesModel::AuthorIdRole));
    QCOMPARE(model.index(1).data(NotesModel::TextRole).toString(),
             u"Packstation 148 (Friedrichstraße)."_s);
    QCOMPARE(model.index(1).data(NotesModel::UpdatedAtRole).toDateTime(), at(500));
    QVERIFY(model.index(1).data(NotesModel::EditedRole).toBool());
    // The same state again changes nothing.
    model.applyEvent(stream.next(EventType::NoteUpdated, edited));
    QCOMPARE(changed.count(), 1);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.applyEvent(stream.next(EventType::NoteDeleted, NoteDeleted{20, kChat + 1}));
    QCOMPARE(removed.count(), 0); // another chat's id pair
    model.applyEvent(stream.next(EventType::NoteDeleted, NoteDeleted{20, kChat}));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(ids(model), (QList<qint64>{10, 30}));
    model.applyEvent(stream.next(EventType::NoteDeleted, NoteDeleted{20, kChat}));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowOf(30), 1);
}

void TestNotesModel::authorNames()
{
    AgentDirectory agents;
    agents.setAgents({Agent{12, u"Tomás Ribeiro"_s, {}, {}, Role::Agent, true}});
    NotesModel model(kChat, &agents);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNotes({note(1, u"x"_s, 12), note(2, u"y"_s, 7)});
    QCOMPARE(model.index(0).data(NotesModel::AuthorNameRole).toString(), u"Tomás Ribeiro"_s);
    QCOMPARE(model.index(1).data(NotesModel::AuthorNameRole).toString(), u"Agent #7"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    agents.setAgents({Agent{12, u"Tomás Ribeiro"_s, {}, {}, Role::Agent, true},
                      Agent{7, u"Maya Lindqvist"_s, {}, {}, Role::Admin, true}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(1).data(NotesModel::AuthorNameRole).toString(), u"Maya Lindqvist"_s);
}

QTEST_GUILESS_MAIN(TestNotesModel)
#include "tst_notesmodel.moc"
