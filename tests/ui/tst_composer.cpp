#include "uifixtures.h"

#include <protocol/limits.h>
#include <ui/composer.h>
#include <ui/emojipicker.h>
#include <ui/limitedtextedit.h>
#include <ui/stores.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QInputMethodEvent>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace baton;
using namespace Qt::StringLiterals;

// The composer driven like an agent drives it: typing, pasting, the emoji
// picker, Ctrl+Enter, switching chats and attaching real files.
class TestComposer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusesThe513thCodePointKeepingTheText();
    void emojiCountAsOneAndAreRefusedOverTheLimit();
    void refusesAPasteOverTheLimitWithoutCuttingIt();
    void ctrlEnterSendsAndKeepsTheTextUntilConfirmed();
    void draftSurvivesSwitchingChatsAndRecreatingTheWidget();
    void attachmentsAreCheckedBeforeUpload();
    void lockedOutsideTheWhatsAppWindowButNotOnTelegram();
    void noticeThatSendingSnoozesTheBot();

private:
    void show(ui::Composer& composer);

    std::unique_ptr<uifix::TempSettings> temp_;
    std::unique_ptr<QSettings> settings_;
    std::unique_ptr<ui::SettingsDraftStore> drafts_;
    uifix::TestClock clock_;
};

void TestComposer::init()
{
    temp_ = std::make_unique<uifix::TempSettings>();
    settings_ = temp_->open();
    drafts_ = std::make_unique<ui::SettingsDraftStore>(settings_.get());
    *clock_.at = uifix::now();
}

void TestComposer::cleanup()
{
    drafts_.reset();
    settings_.reset();
    temp_.reset();
}

void TestComposer::show(ui::Composer& composer)
{
    composer.resize(600, 240);
    composer.show();
    QApplication::setActiveWindow(&composer);
    QVERIFY(QTest::qWaitForWindowActive(&composer));
    composer.editor()->setFocus();
}

void TestComposer::refusesThe513thCodePointKeepingTheText()
{
    ui::Composer composer(drafts_.get(), clock_.clock());
    composer.setChat(uifix::chat(2, protocol::Channel::Telegram, u"Maya"_s, 5));
    show(composer);

    const QString full = QString(511, u'a') + u"b"_s;
    QTest::keyClicks(composer.editor(), full);
    QCOMPARE(composer.text(), full);
    QCOMPARE(composer.counterText(), u"512/512"_s);
    QVERIFY(composer.errorText().isEmpty());

    QTest::keyClick(composer.editor(), Qt::Key_C);
    QCOMPARE(composer.text(), full); // nothing added, nothing cut
    QCOMPARE(composer.counterText(), u"512/512"_s);
    QVERIFY(composer.errorText().contains(u"512"_s));
    QVERIFY(composer.errorText().contains(u"513"_s));

    // Return would add a line break: the 513th code point as well.
    QTest::keyClick(composer.editor(), Qt::Key_Return);
    QCOMPARE(composer.text(), full);

    // Deleting one makes room again.
    QTest::keyClick(composer.editor(), Qt::Key_Backspace);
    QTest::keyClick(composer.editor(), Qt::Key_Z);
    QCOMPARE(composer.text(), QString(511, u'a') + u"z"_s);
}

void TestComposer::emojiCountAsOneAndAreRefusedOverTheLimit()
{
    ui::Composer composer(drafts_.get(), clock_.clock());
    composer.setChat(uifix::chat(2, protocol::Channel::Telegram, u"Maya"_s, 5));
    show(composer);
    QTest::keyClicks(composer.editor(), QString(510, u'x'));

    // Two emoji from the picker: 512 code points (514 UTF-16 units).
    for (int i = 0; i < 2; ++i) {
        composer.openEmojiPicker();
        QVERIFY(composer.emojiPicker()->isVisible());
        QToolButton* first = composer.emojiPicker()->buttons().first();
        QVERIFY(!first->accessibleName().isEmpty());
        QTest::mouseClick(first, Qt::LeftButton);
    }
    const QString grin = ui::EmojiPicker::emoji().first();
    const QString expected = QString(510, u'x') + grin + grin;
    QCOMPARE(composer.text(), expected);
    QCOMPARE(protocol::codePointCount(composer.text()), 512);
    QCOMPARE(composer.counterText(), u"512/512"_s);
    QVERIFY(composer.errorText().isEmpty());

    // A third emoji -- from the picker or an input method -- is refused.
    composer.openEmojiPicker();
    QTest::mouseClick(composer.emojiPicker()->buttons().at(3), Qt::LeftButton);
    QCOMPARE(composer.text(), expected);
    QVERIFY(!composer.errorText().isEmpty());

    QInputMethodEvent commit;
    commit.setCommitString(u"🎉"_s);
    QApplication::sendEvent(composer.editor(), &commit);
    QCOMPARE(composer.text(), expected);
}

void TestComposer::refusesAPasteOverTheLimitWithoutCuttingIt()
{
    ui::Composer composer(drafts_.get(), clock_.clock());
    composer.setChat(uifix::chat(2, protocol::Channel::Telegram, u"Maya"_s, 5));
    show(composer);
    const QString typed = u"Hello Maya, your tracking number is "_s;
    QTest::keyClicks(composer.editor(), typed);

    QApplication::clipboard()->setText(QString(500, u'7'));
    QTest::keyClick(composer.editor(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(composer.text(), typed);
    QVERIFY(composer.errorText().contains(u"kept"_s));

    QApplication::clipboard()->setText(u"NW-20931"_s);
    QTest::keyClick(composer.editor(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(composer.text(), typed + u"NW-20931"_s);
}

void TestComposer::ctrlEnterSendsAndKeepsTheTextUntilConfirmed()
{
    ui::Composer composer(drafts_.get(), clock_.clock());
    composer.setChat(uifix::chat(2, protocol::Channel::Telegram, u"Maya"_s, 5));
    composer.setReplyTo(106, u"Let me check your order"_s);
    show(composer);
    // The reply bar's icon is rendered when the bar is first shown.
    bool replyIcon = false;
    const auto labels = composer.findChildren<QLabel*>();
    for (const QLabel* label : labels)
        replyIcon = replyIcon || (label->isVisible() && !label->pixmap().isNull());
    QVERIFY(replyIcon);
    QSignalSpy sends(&composer, &ui::Composer::sendRequested);

    QTest::keyClicks(composer.editor(), u"On its way!"_s);
    QTest::keyClick(composer.editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sends.size(), 1);
    QCOMPARE(sends.at(0).at(0).toLongLong(), 2);
    QCOMPARE(sends.at(0).at(1).toString(), u"On its way!"_s);
    QCOMPARE(sends.at(0).at(2).toLongLong(), 106);
    QVERIFY(sends.at(0).at(3).toStringList().isEmpty());
    // Not confirmed yet: the text stays, and a second Ctrl+Enter is not a second message.
    QCOMPARE(composer.text(), u"On its way!"_s);
    QTest::keyClick(composer.editor(), Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QCOMPARE(sends.size(), 1);
    QCOMPARE(drafts_->draft(2), u"On its way!"_s);

    composer.markSent(2);
    QVERIFY(composer.text().isEmpty());
    QCOMPARE(composer.replyTo(), 0);
    QVERIFY(drafts_->draft(2).isEmpty());

    // Blank text sends nothing.
    QTest::keyClicks(composer.editor(), u"   "_s);
    QTest::keyClick(composer.editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sends.size(), 1);

    // A rejected send gives the text back to the agent with the reason.
    composer.setText(u"Second reply"_s);
    QTest::keyClick(composer.editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sends.size(), 2);
    composer.sendRejected(2, u"the network is down"_s);
    QCOMPARE(composer.text(), u"Second reply"_s);
    QVERIFY(composer.errorText().contains(u"the network is down"_s));
    QTest::keyClick(composer.editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sends.size(), 3);
}

void TestComposer::draftSurvivesSwitchingChatsAndRecreatingTheWidget()
{
    const protocol::Chat lena = uifix::chat(1, protocol::Channel::WhatsApp, u"Lena Vogel"_s, 2);
    const protocol::Chat maya = uifix::chat(2, protocol::Channel::Telegram, u"Maya"_s, 5);
    {
        ui::Composer composer(drafts_.get(), clock_.clock());
        show(composer);
        composer.setChat(lena);
        QTest::keyClicks(composer.editor(), u"Hallo Lena, "_s);
        composer.setChat(maya);
        QVERIFY(composer.text().isEmpty());
        QTest::keyClicks(composer.editor(), u"Hi Maya 👋"_s.left(8));
        composer.setChat(lena);
        QCOMPARE(composer.text(), u"Hallo Lena, "_s);
        QTest::keyClicks(composer.editor(), u"danke!"_s);
    }
    settings_->sync();
    settings_.reset();
    drafts_.reset();

    // A new settings object on the same file: what a restart sees.
    settings_ = temp_->open();
    drafts_ = std::make_unique<ui::SettingsDraftStore>(settings_.get());
    ui::Composer composer(drafts_.get(), clock_.clock());
    show(composer);
    composer.setChat(lena);
    QCOMPARE(composer.text(), u"Hallo Lena, danke!"_s);
    composer.setChat(maya);
    QCOMPARE(composer.text(), u"Hi Maya "_s);
}

void TestComposer::attachmentsAreCheckedBeforeUpload()
{
    ui::Composer composer(drafts_.get(), clock_.clock());
    composer.setChat(uifix::chat(2, protocol::Channel::Telegram, u"Maya"_s, 5));
    show(composer);
    QTemporaryDir dir;

    const auto write = [&](const QString& name, const QByteArray& bytes, qint64 size = -1) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write(bytes);
        if (size > 0)
            f.resize(size);
        return f.fileName();
    };
    // An ELF binary named like a picture: refused by its content.
    const QString elf = write(u"holiday.jpg"_s, QByteArray("\x7f"
                                                           "ELF\x02\x01\x01\x00",
                                                           8) +
                                                    QByteArray(256, '\0'));
    QVERIFY(!composer.addAttachment(elf));
    QVERIFY(composer.errorText().contains(u"holiday.jpg"_s));
    QVERIFY(composer.errorText().contains(u"program"_s));
    QVERIFY(composer.attachments().isEmpty());

    // One byte over 20 MiB.
    const QString big = write(u"catalogue.pdf"_s, "%PDF-1.7\n", protocol::kMaxAttachmentBytes + 1);
    QVERIFY(!composer.addAttachment(big));
    QVERIFY(composer.errorText().contains(u"20 MiB"_s));
    QVERIFY(composer.attachments().isEmpty());

    // Exactly 20 MiB is fine, and so is a PNG.
    const QString limit = write(u"manual.pdf"_s, "%PDF-1.7\n", protocol::kMaxAttachmentBytes);
    QVERIFY(composer.addAttachment(limit));
    const QString png =
        write(u"label.png"_s, QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, '\1'));
    QVERIFY(composer.addAttachment(png));
    QVERIFY(composer.errorText().isEmpty());
    QCOMPARE(composer.attachments().size(), 2);

    // Files alone can be sent; they travel with the send request.
    QSignalSpy sends(&composer, &ui::Composer::sendRequested);
    QTest::keyClick(composer.editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sends.size(), 1);
    QCOMPARE(sends.at(0).at(3).toStringList(),
             (QStringList{QFileInfo(limit).absoluteFilePath(), QFileInfo(png).absoluteFilePath()}));
    composer.markSent(2);
    QVERIFY(composer.attachments().isEmpty());
}

void TestComposer::lockedOutsideTheWhatsAppWindowButNotOnTelegram()
{
    ui::Composer composer(drafts_.get(), clock_.clock());
    show(composer);
    QSignalSpy sends(&composer, &ui::Composer::sendRequested);

    // Tom wrote 27 hours ago on WhatsApp: the window closed 3 hours ago.
    const protocol::Chat tom =
        uifix::chat(7, protocol::Channel::WhatsApp, u"Tom Becker"_s, 60 * 27);
    composer.setChat(tom);
    QVERIFY(composer.isLocked());
    QCOMPARE(composer.lockText(),
             u"The 24-hour WhatsApp window closed 3 h ago; only templates can be sent."_s);
    QTest::keyClicks(composer.editor(), u"Hello?"_s);
    QVERIFY(composer.text().isEmpty());
    QTest::keyClick(composer.editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sends.size(), 0);
    QVERIFY(!composer.sendAction()->isEnabled());
    QVERIFY(!composer.attachAction()->isEnabled());

    // Telegram has no window.
    composer.setChat(uifix::chat(9, protocol::Channel::Telegram, u"Aiko Tanaka"_s, 60 * 24 * 10));
    QVERIFY(!composer.isLocked());
    QVERIFY(composer.lockText().isEmpty());
    composer.editor()->setFocus();
    QTest::keyClicks(composer.editor(), u"Hello?"_s);
    QCOMPARE(composer.text(), u"Hello?"_s);

    // Lena wrote 2 minutes ago on WhatsApp: open, with the time left.
    composer.setChat(uifix::chat(1, protocol::Channel::WhatsApp, u"Lena Vogel"_s, 2));
    QVERIFY(!composer.isLocked());
    QCOMPARE(composer.windowText(), u"23 h 58 min left in the WhatsApp support window."_s);
    QVERIFY(composer.noticeText().contains(u"60 minutes"_s));

    // The clock moves past the window's end: refresh() locks it.
    *clock_.at = uifix::now().addSecs(24 * 3600);
    composer.refresh();
    QVERIFY(composer.isLocked());
    QVERIFY(composer.lockText().contains(u"closed 2 min ago"_s));
}

void TestComposer::noticeThatSendingSnoozesTheBot()
{
    ui::Composer composer(drafts_.get(), clock_.clock());
    show(composer);
    protocol::Chat maya = uifix::chat(2, protocol::Channel::Telegram, u"Maya"_s, 5);
    composer.setChat(maya);
    QCOMPARE(composer.noticeText(), u"Sending snoozes the bot for 60 minutes."_s);
    maya.botStatus = uifix::status(protocol::BotState::Inactive);
    composer.setChat(maya);
    QVERIFY(composer.noticeText().isEmpty());
}

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
