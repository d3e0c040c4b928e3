<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BotStatusText</name>
    <message>
        <source>Agent #%1</source>
        <translation>Agent #%1</translation>
    </message>
    <message>
        <source>Bot woke up</source>
        <translation>Bot wieder aktiv</translation>
    </message>
    <message>
        <source>Autoflows continued by %1</source>
        <translation>%1 hat die Autoflows fortgesetzt</translation>
    </message>
    <message>
        <source>Autoflows continued</source>
        <translation>Autoflows fortgesetzt</translation>
    </message>
    <message>
        <source>Bot turned on by %1</source>
        <translation>%1 hat den Bot eingeschaltet</translation>
    </message>
    <message>
        <source>Bot turned on</source>
        <translation>Bot eingeschaltet</translation>
    </message>
    <message>
        <source>Bot snoozed until %1 after a manual reply by %2</source>
        <translation>Bot bis %1 pausiert nach manueller Antwort von %2</translation>
    </message>
    <message>
        <source>Bot snoozed until %1 after a manual reply</source>
        <translation>Bot bis %1 pausiert nach manueller Antwort</translation>
    </message>
    <message>
        <source>Snooze extended until %1 by %2</source>
        <translation>%2 hat die Pause bis %1 verlängert</translation>
    </message>
    <message>
        <source>Snooze extended until %1</source>
        <translation>Pause bis %1 verlängert</translation>
    </message>
    <message>
        <source>Bot snoozed until %1 by %2</source>
        <translation>%2 hat den Bot bis %1 pausiert</translation>
    </message>
    <message>
        <source>Bot snoozed until %1</source>
        <translation>Bot bis %1 pausiert</translation>
    </message>
    <message>
        <source>Bot snoozed by %1</source>
        <translation>%1 hat den Bot pausiert</translation>
    </message>
    <message>
        <source>Bot snoozed</source>
        <translation>Bot pausiert</translation>
    </message>
    <message>
        <source>Bot turned off: message limit reached</source>
        <translation>Bot ausgeschaltet: Nachrichtenlimit erreicht</translation>
    </message>
    <message>
        <source>Bot turned off until %1 by %2</source>
        <translation>%2 hat den Bot bis %1 ausgeschaltet</translation>
    </message>
    <message>
        <source>Bot turned off until %1</source>
        <translation>Bot bis %1 ausgeschaltet</translation>
    </message>
    <message>
        <source>Bot turned off by %1</source>
        <translation>%1 hat den Bot ausgeschaltet</translation>
    </message>
    <message>
        <source>Bot turned off</source>
        <translation>Bot ausgeschaltet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Pausiert bis %1</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Inactive until %1</source>
        <translation>Inaktiv bis %1</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Viber</source>
        <translation>Viber</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Live chat</translation>
    </message>
    <message>
        <source>Bot active</source>
        <translation>Bot aktiv</translation>
    </message>
    <message>
        <source>Bot snoozed</source>
        <translation>Bot pausiert</translation>
    </message>
    <message>
        <source>Bot inactive</source>
        <translation>Bot inaktiv</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Abbestellt</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Einzelchat</translation>
    </message>
</context>
<context>
    <name>XdgAutostartStore</name>
    <message>
        <source>Could not remove %1</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Could not create %1</source>
        <translation>%1 konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>baton::app</name>
    <message>
        <source>Baton: the desktop console for support agents.</source>
        <translation>Baton: die Desktop-Konsole für Support-Mitarbeiter.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Preselect the server at &lt;url&gt;.</source>
        <translation>Den Server unter &lt;URL&gt; vorauswählen.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Keep settings, data and cache in &lt;folder&gt; instead of the usual places.</source>
        <translation>Einstellungen, Daten und Cache in &lt;Ordner&gt; statt an den üblichen Orten ablegen.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Forget the cached data and the settings of this profile (the saved login stays in the keychain unless --forget-token is given).</source>
        <translation>Die zwischengespeicherten Daten und die Einstellungen dieses Profils verwerfen (die gespeicherte Anmeldung bleibt im Schlüsselbund, außer --forget-token wird angegeben).</translation>
    </message>
    <message>
        <source>With --reset: also remove the saved login from the keychain.</source>
        <translation>Mit --reset: auch die gespeicherte Anmeldung aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>Sign in as &lt;email&gt; without the login dialog; the password is read from the environment variable BATON_PASSWORD.</source>
        <translation>Ohne Anmeldedialog als &lt;E-Mail&gt; anmelden; das Passwort wird aus der Umgebungsvariable BATON_PASSWORD gelesen.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Keep the session token in memory only (sign in again next time).</source>
        <translation>Das Sitzungstoken nur im Arbeitsspeicher halten (beim nächsten Mal erneut anmelden).</translation>
    </message>
    <message>
        <source>Open the chat with the number &lt;id&gt;.</source>
        <translation>Den Chat mit der Nummer &lt;ID&gt; öffnen.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Colours: system (the desktop&apos;s), light or dark; overrides the setting for this run.</source>
        <translation>Farben: system (wie der Desktop), light oder dark; überschreibt die Einstellung für diesen Start.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>The server must be an http or https address: %1</source>
        <translation>Der Server muss eine http- oder https-Adresse sein: %1</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>--profile braucht einen Ordner.</translation>
    </message>
    <message>
        <source>--forget-token only works together with --reset.</source>
        <translation>--forget-token funktioniert nur zusammen mit --reset.</translation>
    </message>
    <message>
        <source>--chat needs a chat number: %1</source>
        <translation>--chat braucht eine Chatnummer: %1</translation>
    </message>
    <message>
        <source>--palette must be system, light or dark: %1</source>
        <translation>--palette muss system, light oder dark sein: %1</translation>
    </message>
    <message>
        <source>--email needs an address.</source>
        <translation>--email braucht eine Adresse.</translation>
    </message>
    <message>
        <source>--email needs the password in the environment variable BATON_PASSWORD.</source>
        <translation>--email braucht das Passwort in der Umgebungsvariable BATON_PASSWORD.</translation>
    </message>
    <message>
        <source>Show Baton in &lt;language&gt; (system, en, de, es or uk); overrides the setting for this run.</source>
        <translation>Baton in &lt;Sprache&gt; anzeigen (system, en, de, es oder uk); gilt statt der Einstellung für diesen Start.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>--language must be system, en, de, es or uk: %1</source>
        <translation>--language muss system, en, de, es oder uk sein: %1</translation>
    </message>
</context>
<context>
    <name>baton::app::Console</name>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The chat could not be marked read: %1</source>
        <translation>Der Chat konnte nicht als gelesen markiert werden: %1</translation>
    </message>
    <message>
        <source>No server is known yet: start Baton with --server URL.</source>
        <translation>Es ist noch kein Server bekannt: Starten Sie Baton mit --server URL.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Falsche E-Mail-Adresse oder falsches Passwort.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The login could not be saved: %1</source>
        <translation>Die Anmeldung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The local data in %1 cannot be used: %2</source>
        <translation>Die lokalen Daten in %1 können nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>baton::app::Desktop</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>the server&apos;s answer cannot be read</source>
        <translation>die Antwort des Servers ist nicht lesbar</translation>
    </message>
</context>
<context>
    <name>baton::app::Profile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>baton::app::Wiring</name>
    <message>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>der Server ist nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>%1; try again in %2 s</source>
        <translation>%1; neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation>der Server hat mit %1 geantwortet</translation>
    </message>
    <message>
        <source>the server&apos;s answer could not be read (%1)</source>
        <translation>die Antwort des Servers konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>The chat could not be assigned: %1</source>
        <translation>Der Chat konnte nicht zugewiesen werden: %1</translation>
    </message>
    <message>
        <source>The chat could not be closed: %1</source>
        <translation>Der Chat konnte nicht geschlossen werden: %1</translation>
    </message>
    <message>
        <source>The chat could not be reopened: %1</source>
        <translation>Der Chat konnte nicht wieder geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The chat could not be marked unread: %1</source>
        <translation>Der Chat konnte nicht als ungelesen markiert werden: %1</translation>
    </message>
    <message>
        <source>This reply can&apos;t be sent again.</source>
        <translation>Diese Antwort kann nicht erneut gesendet werden.</translation>
    </message>
    <message>
        <source>This reply is on its way and can&apos;t be discarded.</source>
        <translation>Diese Antwort wird gerade gesendet und kann nicht verworfen werden.</translation>
    </message>
    <message>
        <source>The message could not be deleted: %1</source>
        <translation>Die Nachricht konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>This attachment has no address to download from.</source>
        <translation>Für diesen Anhang gibt es keine Download-Adresse.</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>Die Datei konnte nicht heruntergeladen werden: %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The file could not be saved to %1.</source>
        <translation>Die Datei konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>the reply could not be saved on this computer</source>
        <translation>die Antwort konnte nicht auf diesem Computer gespeichert werden</translation>
    </message>
    <message>
        <source>A reply was not sent: %1</source>
        <translation>Eine Antwort wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>Die Notiz wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The note was not deleted: %1</source>
        <translation>Die Notiz wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>The bot status was not changed: %1</source>
        <translation>Der Bot-Status wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>The bot was not snoozed longer: %1</source>
        <translation>Die Bot-Pause wurde nicht verlängert: %1</translation>
    </message>
    <message>
        <source>Autoflows were not continued: %1</source>
        <translation>Die Autoflows wurden nicht fortgesetzt: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n subscriber(s) not changed: %1</source>
        <translation>
            <numerusform>%n Abonnent nicht geändert: %1</numerusform>
            <numerusform>%n Abonnenten nicht geändert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The tags were not saved: %1</source>
        <translation>Die Tags wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The variable was not saved: %1</source>
        <translation>Die Variable wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The flow was not stopped: %1</source>
        <translation>Der Flow wurde nicht gestoppt: %1</translation>
    </message>
    <message>
        <source>The flow was not started: %1</source>
        <translation>Der Flow wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Flows could not be searched: %1</source>
        <translation>Die Flow-Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>unlesbare Antwort</translation>
    </message>
    <message>
        <source>The subscriber was not enabled: %1</source>
        <translation>Der Abonnent wurde nicht aktiviert: %1</translation>
    </message>
    <message>
        <source>The subscriber was not disabled: %1</source>
        <translation>Der Abonnent wurde nicht deaktiviert: %1</translation>
    </message>
    <message>
        <source>The contact was not saved: %1</source>
        <translation>Der Kontakt wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The deal was not added: %1</source>
        <translation>Der Deal wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>The deal was not saved: %1</source>
        <translation>Der Deal wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>baton::models::AgentDirectory</name>
    <message>
        <source>Agent #%1</source>
        <translation>Agent #%1</translation>
    </message>
</context>
<context>
    <name>baton::models::Outbox</name>
    <message>
        <source>A reply can carry at most %1 files.</source>
        <translation>Eine Antwort kann höchstens %1 Dateien enthalten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>executable files are not accepted</source>
        <translation>ausführbare Dateien werden nicht angenommen</translation>
    </message>
    <message>
        <source>%1: the copy of the file is missing from the local cache</source>
        <translation>%1: die Kopie der Datei fehlt im lokalen Cache</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
</context>
<context>
    <name>baton::models::SubscriberCard</name>
    <message>
        <source>Someone else changed the bot status first: %1</source>
        <translation>Jemand anderes hat den Bot-Status zuerst geändert: %1</translation>
    </message>
</context>
<context>
    <name>baton::net::CredentialStore</name>
    <message>
        <source>The system keychain is not available, so you will have to log in again after restarting Baton. (%1)</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher müssen Sie sich nach einem Neustart von Baton erneut anmelden. (%1)</translation>
    </message>
    <message>
        <source>no keychain service</source>
        <translation>kein Schlüsselbunddienst</translation>
    </message>
</context>
<context>
    <name>baton::net::SingleInstance</name>
    <message>
        <source>Another instance is running</source>
        <translation>Eine andere Instanz läuft bereits</translation>
    </message>
    <message>
        <source>The running instance did not answer</source>
        <translation>Die laufende Instanz hat nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>baton::ui::AutomationSection</name>
    <message>
        <source>+60 min</source>
        <translation>+60 Min.</translation>
    </message>
    <message>
        <source>Continue autoflows</source>
        <translation>Autoflows fortsetzen</translation>
    </message>
    <message>
        <source>Active flow</source>
        <translation>Aktiver Flow</translation>
    </message>
    <message>
        <source>Stop flow</source>
        <translation>Flow stoppen</translation>
    </message>
    <message>
        <source>Start flow</source>
        <translation>Flow starten</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>Queued messages</source>
        <translation>Nachrichten in der Warteschlange</translation>
    </message>
    <message>
        <source>Find a flow</source>
        <translation>Flow suchen</translation>
    </message>
    <message>
        <source>Find a flow by name</source>
        <translation>Flow nach Namen suchen</translation>
    </message>
    <message>
        <source>Flows found</source>
        <translation>Gefundene Flows</translation>
    </message>
    <message>
        <source>Running flow: %1</source>
        <translation>Laufender Flow: %1</translation>
    </message>
    <message>
        <source>No flow running</source>
        <translation>Kein Flow aktiv</translation>
    </message>
</context>
<context>
    <name>baton::ui::BotStatusButton</name>
    <message>
        <source>Bot active</source>
        <translation>Bot aktiv</translation>
    </message>
    <message>
        <source>Bot snoozed</source>
        <translation>Bot pausiert</translation>
    </message>
    <message>
        <source>Bot snoozed · wakes in %1 (%2)</source>
        <translation>Bot pausiert · wieder aktiv in %1 (%2)</translation>
    </message>
    <message>
        <source>Bot inactive</source>
        <translation>Bot inaktiv</translation>
    </message>
    <message>
        <source>Bot inactive · on in %1 (%2)</source>
        <translation>Bot inaktiv · wieder an in %1 (%2)</translation>
    </message>
    <message>
        <source>Bot status: %1</source>
        <translation>Bot-Status: %1</translation>
    </message>
</context>
<context>
    <name>baton::ui::BotStatusMenu</name>
    <message>
        <source>Bot status</source>
        <translation>Bot-Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>For 15 minutes</source>
        <translation>Für 15 Minuten</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>For 4 hours</source>
        <translation>Für 4 Stunden</translation>
    </message>
    <message>
        <source>Until tomorrow 09:00</source>
        <translation>Bis morgen 09:00</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>Bis…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Until turned on</source>
        <translation>Bis zum Einschalten</translation>
    </message>
    <message>
        <source>+60 min</source>
        <translation>+60 Min.</translation>
    </message>
    <message>
        <source>Continue autoflows</source>
        <translation>Autoflows fortsetzen</translation>
    </message>
    <message>
        <source>Snooze the bot until</source>
        <translation>Bot pausieren bis</translation>
    </message>
    <message>
        <source>Turn the bot off until</source>
        <translation>Bot ausschalten bis</translation>
    </message>
</context>
<context>
    <name>baton::ui::ChannelSection</name>
    <message>
        <source>Support window</source>
        <translation>Support-Fenster</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Messaging app</source>
        <translation>Messaging-App</translation>
    </message>
    <message>
        <source>%1 has no support window.</source>
        <translation>%1 hat kein Support-Fenster.</translation>
    </message>
    <message>
        <source>Support window: %1 left</source>
        <translation>Support-Fenster: noch %1</translation>
    </message>
    <message>
        <source>Support window closed: only templates can be sent.</source>
        <translation>Support-Fenster geschlossen: Es können nur Vorlagen gesendet werden.</translation>
    </message>
    <message>
        <source>Follows your profile</source>
        <translation>Folgt Ihrem Profil</translation>
    </message>
    <message>
        <source>Does not follow your profile</source>
        <translation>Folgt Ihrem Profil nicht</translation>
    </message>
    <message>
        <source>You follow them</source>
        <translation>Sie folgen dem Abonnenten</translation>
    </message>
    <message>
        <source>You don&apos;t follow them</source>
        <translation>Sie folgen dem Abonnenten nicht</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Group members: %1&lt;br&gt;Share link: %2&lt;br&gt;Invite link: %3</source>
        <translation>Gruppenmitglieder: %1&lt;br&gt;Link zum Teilen: %2&lt;br&gt;Einladungslink: %3</translation>
    </message>
</context>
<context>
    <name>baton::ui::ChatItemDelegate</name>
    <message>
        <source>No messages yet</source>
        <translation>Noch keine Nachrichten</translation>
    </message>
    <message>
        <source>Mentioned you in a story</source>
        <translation>Hat Sie in einer Story erwähnt</translation>
    </message>
    <message>
        <source>Came from an ad</source>
        <translation>Kam über eine Anzeige</translation>
    </message>
    <message>
        <source>Bot: %1</source>
        <translation>Bot: %1</translation>
    </message>
    <message>
        <source>Via another app: %1</source>
        <translation>Über eine andere App: %1</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <source>Agent #%1</source>
        <translation>Agent #%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>wakes in %1</source>
        <translation>wieder aktiv in %1</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>off, on in %1</source>
        <translation>aus, wieder an in %1</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Ihnen zugewiesen</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (Gruppe)</translation>
    </message>
</context>
<context>
    <name>baton::ui::ChatListPane</name>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Chat lists</source>
        <translation>Chatlisten</translation>
    </message>
    <message>
        <source>Messaging app</source>
        <translation>Messaging-App</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Alle Apps</translation>
    </message>
    <message>
        <source>Chat type</source>
        <translation>Chattyp</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Einzelchats</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <source>Search name, username, email, phone</source>
        <translation>Name, Benutzername, E-Mail, Telefon suchen</translation>
    </message>
    <message>
        <source>Chat list</source>
        <translation>Chatliste</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n chats</source>
        <translation>
            <numerusform>%1: %n Chat</numerusform>
            <numerusform>%1: %n Chats</numerusform>
        </translation>
    </message>
    <message>
        <source>Chat actions</source>
        <translation>Chataktionen</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>Chat öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Bot status for %n chats</source>
        <translation>
            <numerusform>Bot-Status für %n Chat</numerusform>
            <numerusform>Bot-Status für %n Chats</numerusform>
        </translation>
    </message>
    <message>
        <source>Bot status</source>
        <translation>Bot-Status</translation>
    </message>
</context>
<context>
    <name>baton::ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation>Befehl eingeben…</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
</context>
<context>
    <name>baton::ui::Composer</name>
    <message>
        <source>Reply composer</source>
        <translation>Antwort-Editor</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Antwort schreiben… (Ctrl+Enter sendet)</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Verwendete Zeichen</translation>
    </message>
    <message>
        <source>Composer error</source>
        <translation>Editor-Fehler</translation>
    </message>
    <message>
        <source>Bot notice</source>
        <translation>Bot-Hinweis</translation>
    </message>
    <message>
        <source>Support window</source>
        <translation>Support-Fenster</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Dateien anhängen…</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>Emoji einfügen</translation>
    </message>
    <message>
        <source>Replying to</source>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Antworten abbrechen</translation>
    </message>
    <message>
        <source>Editing your message</source>
        <translation>Ihre Nachricht wird bearbeitet</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>Anhänge entfernen</translation>
    </message>
    <message>
        <source>A message can have at most %1 characters; this would make %2. Your text is kept as it was.</source>
        <translation>Eine Nachricht darf höchstens %1 Zeichen haben; es wären %2. Ihr Text bleibt unverändert.</translation>
    </message>
    <message>
        <source>Replying to: %1</source>
        <translation>Antwort auf: %1</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be read.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is %2; files can be at most 20 MiB.</source>
        <translation>„%1“ ist %2 groß; Dateien dürfen höchstens 20 MiB groß sein.</translation>
    </message>
    <message>
        <source>“%1” is a program or script; programs can&apos;t be sent.</source>
        <translation>„%1“ ist ein Programm oder Skript; Programme können nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Angehängt: %1</translation>
    </message>
    <message>
        <source>The message can&apos;t be saved: %1.</source>
        <translation>Die Nachricht kann nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>The message can&apos;t be sent: %1.</source>
        <translation>Die Nachricht kann nicht gesendet werden: %1.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message>
        <source>%1 allows free text only after the subscriber writes; only templates can be sent.</source>
        <translation>%1 erlaubt freien Text erst, nachdem der Abonnent geschrieben hat; es können nur Vorlagen gesendet werden.</translation>
    </message>
    <message>
        <source>The 7-day %1 window closed %2 ago; only templates can be sent.</source>
        <translation>Das 7-Tage-Fenster von %1 ist seit %2 geschlossen; es können nur Vorlagen gesendet werden.</translation>
    </message>
    <message>
        <source>The 24-hour %1 window closed %2 ago; only templates can be sent.</source>
        <translation>Das 24-Stunden-Fenster von %1 ist seit %2 geschlossen; es können nur Vorlagen gesendet werden.</translation>
    </message>
    <message>
        <source>%1 left in the %2 support window.</source>
        <translation>Noch %1 im Support-Fenster von %2.</translation>
    </message>
    <message>
        <source>Sending snoozes the bot for 60 minutes.</source>
        <translation>Senden pausiert den Bot für 60 Minuten.</translation>
    </message>
    <message>
        <source>Sending keeps the bot snoozed for at least 60 minutes.</source>
        <translation>Nach dem Senden bleibt der Bot mindestens 60 Minuten pausiert.</translation>
    </message>
    <message>
        <source>Free text can&apos;t be sent now.</source>
        <translation>Freier Text kann jetzt nicht gesendet werden.</translation>
    </message>
</context>
<context>
    <name>baton::ui::ConnectionIndicator</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connecting since %1</source>
        <translation>Verbindungsaufbau seit %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindungsaufbau…</translation>
    </message>
    <message>
        <source>Offline · last sync %1 (%2 ago)</source>
        <translation>Offline · zuletzt synchronisiert %1 (vor %2)</translation>
    </message>
    <message>
        <source>Offline · never synced</source>
        <translation>Offline · nie synchronisiert</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
</context>
<context>
    <name>baton::ui::ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>baton::ui::ConversationPane</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Subscriber name</source>
        <translation>Name des Abonnenten</translation>
    </message>
    <message>
        <source>Messaging app</source>
        <translation>Messaging-App</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Close chat</source>
        <translation>Chat schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Ungelesen markieren</translation>
    </message>
    <message>
        <source>Reply or note</source>
        <translation>Antwort oder Notiz</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (ich)</translation>
    </message>
    <message>
        <source>Chat #%1</source>
        <translation>Chat #%1</translation>
    </message>
    <message>
        <source>No chat open</source>
        <translation>Kein Chat geöffnet</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (Gruppe)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Agent #%1</source>
        <translation>Agent #%1</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Reopen chat</source>
        <translation>Chat wieder öffnen</translation>
    </message>
</context>
<context>
    <name>baton::ui::CustomTimeDialog</name>
    <message>
        <source>Until:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
</context>
<context>
    <name>baton::ui::DealDialog</name>
    <message>
        <source>Edit deal</source>
        <translation>Deal bearbeiten</translation>
    </message>
    <message>
        <source>Add deal</source>
        <translation>Deal hinzufügen</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>Name des Deals</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>e.g. 49.90</source>
        <translation>z. B. 49,90</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Deal error</source>
        <translation>Deal-Fehler</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Choose a pipeline and a stage.</source>
        <translation>Wählen Sie eine Pipeline und eine Phase.</translation>
    </message>
    <message>
        <source>Give the deal a name.</source>
        <translation>Geben Sie dem Deal einen Namen.</translation>
    </message>
    <message>
        <source>The amount must be a number with at most two decimals, like 49.90.</source>
        <translation>Der Betrag muss eine Zahl mit höchstens zwei Nachkommastellen sein, z. B. 49,90.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code, like EUR.</source>
        <translation>Die Währung muss ein Code aus drei Buchstaben sein, z. B. EUR.</translation>
    </message>
</context>
<context>
    <name>baton::ui::DealsSection</name>
    <message>
        <source>Add deal</source>
        <translation>Deal hinzufügen</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Deal bearbeiten</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stage #%1</source>
        <translation>Phase #%1</translation>
    </message>
</context>
<context>
    <name>baton::ui::EmojiPicker</name>
    <message>
        <source>grinning face</source>
        <translation>grinsendes Gesicht</translation>
    </message>
    <message>
        <source>smiling face</source>
        <translation>lächelndes Gesicht</translation>
    </message>
    <message>
        <source>tears of joy</source>
        <translation>Freudentränen</translation>
    </message>
    <message>
        <source>winking face</source>
        <translation>zwinkerndes Gesicht</translation>
    </message>
    <message>
        <source>heart eyes</source>
        <translation>Herzaugen</translation>
    </message>
    <message>
        <source>thinking face</source>
        <translation>nachdenkendes Gesicht</translation>
    </message>
    <message>
        <source>sweat smile</source>
        <translation>Lächeln mit Schweißtropfen</translation>
    </message>
    <message>
        <source>crying face</source>
        <translation>weinendes Gesicht</translation>
    </message>
    <message>
        <source>folded hands</source>
        <translation>gefaltete Hände</translation>
    </message>
    <message>
        <source>thumbs up</source>
        <translation>Daumen hoch</translation>
    </message>
    <message>
        <source>thumbs down</source>
        <translation>Daumen runter</translation>
    </message>
    <message>
        <source>waving hand</source>
        <translation>winkende Hand</translation>
    </message>
    <message>
        <source>clapping hands</source>
        <translation>klatschende Hände</translation>
    </message>
    <message>
        <source>raised hands</source>
        <translation>erhobene Hände</translation>
    </message>
    <message>
        <source>OK hand</source>
        <translation>OK-Hand</translation>
    </message>
    <message>
        <source>flexed biceps</source>
        <translation>angespannter Bizeps</translation>
    </message>
    <message>
        <source>red heart</source>
        <translation>rotes Herz</translation>
    </message>
    <message>
        <source>party popper</source>
        <translation>Konfettibombe</translation>
    </message>
    <message>
        <source>fire</source>
        <translation>Feuer</translation>
    </message>
    <message>
        <source>star</source>
        <translation>Stern</translation>
    </message>
    <message>
        <source>check mark</source>
        <translation>Häkchen</translation>
    </message>
    <message>
        <source>cross mark</source>
        <translation>Kreuz</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>question mark</source>
        <translation>Fragezeichen</translation>
    </message>
    <message>
        <source>package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>delivery truck</source>
        <translation>Lieferwagen</translation>
    </message>
    <message>
        <source>credit card</source>
        <translation>Kreditkarte</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>alarm clock</source>
        <translation>Wecker</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>envelope</source>
        <translation>Briefumschlag</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
</context>
<context>
    <name>baton::ui::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Log in to Baton</source>
        <translation>Bei Baton anmelden</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Login error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <source>Enter the server address, like https://baton.example.com.</source>
        <translation>Geben Sie die Serveradresse ein, z. B. https://baton.example.com.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>baton::ui::MainWindow</name>
    <message>
        <source>Baton</source>
        <translation>Baton</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
</context>
<context>
    <name>baton::ui::MessageDelegate</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Pressed a button</source>
        <translation>Hat eine Schaltfläche gedrückt</translation>
    </message>
    <message>
        <source>Mentioned you in a story</source>
        <translation>Hat Sie in einer Story erwähnt</translation>
    </message>
    <message>
        <source>Came from an ad</source>
        <translation>Kam über eine Anzeige</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Sent from another app</source>
        <translation>Aus einer anderen App gesendet</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>bearbeitet %1</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>An earlier message</source>
        <translation>Eine frühere Nachricht</translation>
    </message>
    <message>
        <source>Ad: %1</source>
        <translation>Anzeige: %1</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Diese Nachricht wurde gelöscht</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>baton::ui::MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Download “%1”</source>
        <translation>„%1“ herunterladen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Nachrichtenaktionen</translation>
    </message>
</context>
<context>
    <name>baton::ui::NotesPanel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(bearbeitet)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes list</source>
        <translation>Notizliste</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
    <message>
        <source>Private note, never sent to the subscriber (Ctrl+Enter saves)</source>
        <translation>Private Notiz, wird nie an den Abonnenten gesendet (Ctrl+Enter speichert)</translation>
    </message>
    <message>
        <source>Note characters used</source>
        <translation>Verwendete Zeichen der Notiz</translation>
    </message>
    <message>
        <source>Note error</source>
        <translation>Notizfehler</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Cancel editing the note</source>
        <translation>Bearbeiten der Notiz abbrechen</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters; this would make %2. Your text is kept.</source>
        <translation>Eine Notiz darf höchstens %1 Zeichen haben; es wären %2. Ihr Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>The note can&apos;t be saved: %1.</source>
        <translation>Die Notiz kann nicht gespeichert werden: %1.</translation>
    </message>
</context>
<context>
    <name>baton::ui::NotificationBanner</name>
    <message>
        <source>Dismiss the notification</source>
        <translation>Benachrichtigung schließen</translation>
    </message>
    <message>
        <source>Dismiss (Escape)</source>
        <translation>Schließen (Escape)</translation>
    </message>
    <message>
        <source>Notification: %1</source>
        <translation>Benachrichtigung: %1</translation>
    </message>
    <message>
        <source>Press Escape to dismiss</source>
        <translation>Zum Schließen Escape drücken</translation>
    </message>
    <message>
        <source>Press Enter to open, Escape to dismiss</source>
        <translation>Zum Öffnen Enter drücken, zum Schließen Escape</translation>
    </message>
</context>
<context>
    <name>baton::ui::NotificationCenter</name>
    <message>
        <source>Attachment: %1</source>
        <translation>Anhang: %1</translation>
    </message>
    <message>
        <source>Mentioned you in a story</source>
        <translation>Hat Sie in einer Story erwähnt</translation>
    </message>
    <message>
        <source>Came from an ad</source>
        <translation>Kam über eine Anzeige</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>New open chat: %1</source>
        <translation>Neuer offener Chat: %1</translation>
    </message>
    <message>
        <source>Assigned to you: %1</source>
        <translation>Ihnen zugewiesen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new open chat(s)</source>
        <translation>
            <numerusform>%n neuer offener Chat</numerusform>
            <numerusform>%n neue offene Chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s) assigned to you</source>
        <translation>
            <numerusform>%n Chat Ihnen zugewiesen</numerusform>
            <numerusform>%n Chats Ihnen zugewiesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) in your chats</source>
        <translation>
            <numerusform>%n neue Nachricht in Ihren Chats</numerusform>
            <numerusform>%n neue Nachrichten in Ihren Chats</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>baton::ui::Notifier</name>
    <message>
        <source>No system tray: notifications appear in the window</source>
        <translation>Kein Infobereich: Benachrichtigungen erscheinen im Fenster</translation>
    </message>
    <message>
        <source>Click a notification, or press Enter on it, to open its chat.</source>
        <translation>Klicken Sie auf eine Benachrichtigung oder drücken Sie darauf Enter, um ihren Chat zu öffnen.</translation>
    </message>
</context>
<context>
    <name>baton::ui::ProfileSection</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>Ad campaign</source>
        <translation>Anzeigenkampagne</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Username: @%1</source>
        <translation>Benutzername: @%1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Subscribed: %1</source>
        <translation>Abonniert: %1</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>Letzte Aktivität: %1</translation>
    </message>
    <message>
        <source>Ad campaign: %1</source>
        <translation>Anzeigenkampagne: %1</translation>
    </message>
    <message>
        <source>Ad campaign: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Anzeigenkampagne: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>baton::ui::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation>Einstellungsfehler</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Baton uses the new language after a restart.</source>
        <translation>Baton verwendet die neue Sprache nach einem Neustart.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Neustart erforderlich</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Start Baton when I log in</source>
        <translation>Baton bei der Anmeldung am System starten</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>For chats that become open</source>
        <translation>Für neu geöffnete Chats</translation>
    </message>
    <message>
        <source>For chats assigned to me and their new messages</source>
        <translation>Für mir zugewiesene Chats und deren neue Nachrichten</translation>
    </message>
    <message>
        <source>Do not disturb (the tray count still updates)</source>
        <translation>Nicht stören (der Zähler im Infobereich wird weiter aktualisiert)</translation>
    </message>
    <message>
        <source>Play the system bell with each notification</source>
        <translation>Bei jeder Benachrichtigung den Systemton abspielen</translation>
    </message>
    <message>
        <source>Every command can run from the keyboard. Choose which keys run which command.</source>
        <translation>Jeder Befehl lässt sich über die Tastatur ausführen. Legen Sie fest, welche Tasten welchen Befehl ausführen.</translation>
    </message>
    <message>
        <source>Change keyboard shortcuts…</source>
        <translation>Tastenkürzel ändern…</translation>
    </message>
    <message>
        <source>Change keyboard shortcuts</source>
        <translation>Tastenkürzel ändern</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
</context>
<context>
    <name>baton::ui::ShortcutHelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (Escape closes)</source>
        <translation>Tastenkürzel (Escape schließt)</translation>
    </message>
</context>
<context>
    <name>baton::ui::ShortcutMap</name>
    <message>
        <source>Next chat</source>
        <translation>Nächster Chat</translation>
    </message>
    <message>
        <source>Previous chat</source>
        <translation>Vorheriger Chat</translation>
    </message>
    <message>
        <source>Open the selected chat</source>
        <translation>Ausgewählten Chat öffnen</translation>
    </message>
    <message>
        <source>Go to the chat list</source>
        <translation>Zur Chatliste wechseln</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <source>Show open chats</source>
        <translation>Offene Chats anzeigen</translation>
    </message>
    <message>
        <source>Show unread chats</source>
        <translation>Ungelesene Chats anzeigen</translation>
    </message>
    <message>
        <source>Show closed chats</source>
        <translation>Geschlossene Chats anzeigen</translation>
    </message>
    <message>
        <source>Show all chats</source>
        <translation>Alle Chats anzeigen</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>Antwort schreiben</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>Emoji einfügen</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Notiz schreiben</translation>
    </message>
    <message>
        <source>Close or reopen the chat</source>
        <translation>Chat schließen oder wieder öffnen</translation>
    </message>
    <message>
        <source>Mark the chat unread</source>
        <translation>Chat als ungelesen markieren</translation>
    </message>
    <message>
        <source>Assign the chat to me</source>
        <translation>Chat mir zuweisen</translation>
    </message>
    <message>
        <source>Choose the assignee</source>
        <translation>Zuständigen auswählen</translation>
    </message>
    <message>
        <source>Bot status menu</source>
        <translation>Bot-Status-Menü</translation>
    </message>
    <message>
        <source>Snooze the bot for 15 minutes</source>
        <translation>Bot für 15 Minuten pausieren</translation>
    </message>
    <message>
        <source>Snooze the bot for 1 hour</source>
        <translation>Bot für 1 Stunde pausieren</translation>
    </message>
    <message>
        <source>Snooze the bot for 4 hours</source>
        <translation>Bot für 4 Stunden pausieren</translation>
    </message>
    <message>
        <source>Snooze the bot until tomorrow 09:00</source>
        <translation>Bot bis morgen 09:00 pausieren</translation>
    </message>
    <message>
        <source>Snooze the bot 60 minutes longer</source>
        <translation>Bot-Pause um 60 Minuten verlängern</translation>
    </message>
    <message>
        <source>Continue autoflows</source>
        <translation>Autoflows fortsetzen</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Keyboard shortcuts help</source>
        <translation>Hilfe zu Tastenkürzeln</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Change keyboard shortcuts</source>
        <translation>Tastenkürzel ändern</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>Unbekannter Befehl.</translation>
    </message>
    <message>
        <source>%1 uses Alt with a character key, which breaks keyboards that type with AltGr. Use Ctrl, Ctrl+Shift or a function key.</source>
        <translation>%1 verwendet Alt mit einer Zeichentaste; das stört Tastaturen, die mit AltGr schreiben. Verwenden Sie Ctrl, Ctrl+Shift oder eine Funktionstaste.</translation>
    </message>
    <message>
        <source>Already used by “%1”.</source>
        <translation>Bereits belegt durch „%1“.</translation>
    </message>
    <message>
        <source>Workspace statistics</source>
        <translation>Statistik des Arbeitsbereichs</translation>
    </message>
</context>
<context>
    <name>baton::ui::ShortcutsDialog</name>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Commands and their keys</source>
        <translation>Befehle und ihre Tasten</translation>
    </message>
    <message>
        <source>New keys</source>
        <translation>Neue Tasten</translation>
    </message>
    <message>
        <source>Assign the keys</source>
        <translation>Tasten zuweisen</translation>
    </message>
    <message>
        <source>Shortcut error</source>
        <translation>Tastenkürzel-Fehler</translation>
    </message>
    <message>
        <source>Remove keys</source>
        <translation>Tasten entfernen</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Alle zurücksetzen</translation>
    </message>
    <message>
        <source>Reset all shortcuts</source>
        <translation>Alle Tastenkürzel zurücksetzen</translation>
    </message>
    <message>
        <source>Press new keys:</source>
        <translation>Neue Tasten drücken:</translation>
    </message>
</context>
<context>
    <name>baton::ui::StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Statistics status</source>
        <translation>Statistikstatus</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <source>Messages received</source>
        <translation>Empfangene Nachrichten</translation>
    </message>
    <message>
        <source>Active subscribers</source>
        <translation>Aktive Abonnenten</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Figures for all time</source>
        <translation>Kennzahlen für den gesamten Zeitraum</translation>
    </message>
    <message>
        <source>Figures from %1 to %2</source>
        <translation>Kennzahlen von %1 bis %2</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Kennzahlen werden geladen…</translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation>Die Kennzahlen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>All bots</source>
        <translation>Alle Bots</translation>
    </message>
    <message>
        <source>Bot %1</source>
        <translation>Bot %1</translation>
    </message>
</context>
<context>
    <name>baton::ui::SubscriberCardWidget</name>
    <message>
        <source>No subscriber</source>
        <translation>Kein Abonnent</translation>
    </message>
    <message>
        <source>Subscriber card</source>
        <translation>Abonnentenkarte</translation>
    </message>
    <message>
        <source>Bot status conflict</source>
        <translation>Bot-Status-Konflikt</translation>
    </message>
    <message>
        <source>Bot and automation</source>
        <translation>Bot und Automatisierung</translation>
    </message>
    <message>
        <source>Messaging app</source>
        <translation>Messaging-App</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
</context>
<context>
    <name>baton::ui::SubscriptionSection</name>
    <message>
        <source>Disable subscriber</source>
        <translation>Abonnent deaktivieren</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation>Abonnementstatus</translation>
    </message>
    <message>
        <source>Disabled: the bot sends this subscriber nothing.</source>
        <translation>Deaktiviert: Der Bot sendet diesem Abonnenten nichts.</translation>
    </message>
    <message>
        <source>Enable subscriber</source>
        <translation>Abonnent aktivieren</translation>
    </message>
</context>
<context>
    <name>baton::ui::TagsSection</name>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Add a tag and press Enter</source>
        <translation>Tag eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>Tag error</source>
        <translation>Tag-Fehler</translation>
    </message>
    <message>
        <source>Tags are 1 to 64 characters, without control characters.</source>
        <translation>Tags haben 1 bis 64 Zeichen, ohne Steuerzeichen.</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Tag %1 entfernen</translation>
    </message>
</context>
<context>
    <name>baton::ui::TrayIcon</name>
    <message>
        <source>Baton tray menu</source>
        <translation>Baton-Menü im Infobereich</translation>
    </message>
    <message>
        <source>Show Baton</source>
        <translation>Baton anzeigen</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Baton</source>
        <translation>Baton</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n unread chat(s)</source>
        <translation>
            <numerusform>%n ungelesener Chat</numerusform>
            <numerusform>%n ungelesene Chats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::ui::VariableDelegate</name>
    <message>
        <source>Number value</source>
        <translation>Zahlenwert</translation>
    </message>
    <message>
        <source>Date value</source>
        <translation>Datumswert</translation>
    </message>
    <message>
        <source>Text value</source>
        <translation>Textwert</translation>
    </message>
</context>
<context>
    <name>baton::ui::VariablesSection</name>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Baton is already running with this profile; it was brought to the front.</source>
        <translation>Baton läuft bereits mit diesem Profil; das Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>Baton seems to be running but does not answer: %1</source>
        <translation>Baton scheint zu laufen, antwortet aber nicht: %1</translation>
    </message>
</context>
</TS>
