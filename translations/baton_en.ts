<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>baton::app::Wiring</name>
    <message numerus="yes">
        <source>%n subscriber(s) not changed: %1</source>
        <translation>
            <numerusform>%n subscriber not changed: %1</numerusform>
            <numerusform>%n subscribers not changed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::ui::ChatItemDelegate</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::ui::ChatListPane</name>
    <message numerus="yes">
        <source>%1: %n chats</source>
        <translation>
            <numerusform>%1: %n chat</numerusform>
            <numerusform>%1: %n chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bot status for %n chats</source>
        <translation>
            <numerusform>Bot status for %n chat</numerusform>
            <numerusform>Bot status for %n chats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::ui::NotificationCenter</name>
    <message numerus="yes">
        <source>%n new open chat(s)</source>
        <translation>
            <numerusform>%n new open chat</numerusform>
            <numerusform>%n new open chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s) assigned to you</source>
        <translation>
            <numerusform>%n chat assigned to you</numerusform>
            <numerusform>%n chats assigned to you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) in your chats</source>
        <translation>
            <numerusform>%n new message in your chats</numerusform>
            <numerusform>%n new messages in your chats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::ui::TrayIcon</name>
    <message numerus="yes">
        <source>%n unread chat(s)</source>
        <translation>
            <numerusform>%n unread chat</numerusform>
            <numerusform>%n unread chats</numerusform>
        </translation>
    </message>
</context>
</TS>
