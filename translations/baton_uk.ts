<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>BotStatusText</name>
    <message>
        <source>Agent #%1</source>
        <translation>Оператор №%1</translation>
    </message>
    <message>
        <source>Bot woke up</source>
        <translation>Бот відновив роботу</translation>
    </message>
    <message>
        <source>Autoflows continued by %1</source>
        <translation>Автосценарії відновлено (%1)</translation>
    </message>
    <message>
        <source>Autoflows continued</source>
        <translation>Автосценарії відновлено</translation>
    </message>
    <message>
        <source>Bot turned on by %1</source>
        <translation>Бота ввімкнено (%1)</translation>
    </message>
    <message>
        <source>Bot turned on</source>
        <translation>Бота ввімкнено</translation>
    </message>
    <message>
        <source>Bot snoozed until %1 after a manual reply by %2</source>
        <translation>Бота призупинено до %1 після ручної відповіді (%2)</translation>
    </message>
    <message>
        <source>Bot snoozed until %1 after a manual reply</source>
        <translation>Бота призупинено до %1 після ручної відповіді</translation>
    </message>
    <message>
        <source>Snooze extended until %1 by %2</source>
        <translation>Призупинення продовжено до %1 (%2)</translation>
    </message>
    <message>
        <source>Snooze extended until %1</source>
        <translation>Призупинення продовжено до %1</translation>
    </message>
    <message>
        <source>Bot snoozed until %1 by %2</source>
        <translation>Бота призупинено до %1 (%2)</translation>
    </message>
    <message>
        <source>Bot snoozed until %1</source>
        <translation>Бота призупинено до %1</translation>
    </message>
    <message>
        <source>Bot snoozed by %1</source>
        <translation>Бота призупинено (%1)</translation>
    </message>
    <message>
        <source>Bot snoozed</source>
        <translation>Бота призупинено</translation>
    </message>
    <message>
        <source>Bot turned off: message limit reached</source>
        <translation>Бота вимкнено: досягнуто ліміту повідомлень</translation>
    </message>
    <message>
        <source>Bot turned off until %1 by %2</source>
        <translation>Бота вимкнено до %1 (%2)</translation>
    </message>
    <message>
        <source>Bot turned off until %1</source>
        <translation>Бота вимкнено до %1</translation>
    </message>
    <message>
        <source>Bot turned off by %1</source>
        <translation>Бота вимкнено (%1)</translation>
    </message>
    <message>
        <source>Bot turned off</source>
        <translation>Бота вимкнено</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Призупинений до %1</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Призупинений</translation>
    </message>
    <message>
        <source>Inactive until %1</source>
        <translation>Неактивний до %1</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивний</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 год %2 хв</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 дн. %2 год</translation>
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
        <translation>Бот активний</translation>
    </message>
    <message>
        <source>Bot snoozed</source>
        <translation>Бот призупинений</translation>
    </message>
    <message>
        <source>Bot inactive</source>
        <translation>Бот неактивний</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Підписаний</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Відписаний</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Вимкнений</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Груповий</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Особистий</translation>
    </message>
</context>
<context>
    <name>XdgAutostartStore</name>
    <message>
        <source>Could not remove %1</source>
        <translation>Не вдалося видалити %1</translation>
    </message>
    <message>
        <source>Could not create %1</source>
        <translation>Не вдалося створити %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
</context>
<context>
    <name>baton::app</name>
    <message>
        <source>Baton: the desktop console for support agents.</source>
        <translation>Baton — настільна консоль для операторів підтримки.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Показати цю довідку й вийти.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Показати версію й вийти.</translation>
    </message>
    <message>
        <source>Preselect the server at &lt;url&gt;.</source>
        <translation>Попередньо вибрати сервер за адресою &lt;url&gt;.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Keep settings, data and cache in &lt;folder&gt; instead of the usual places.</source>
        <translation>Зберігати налаштування, дані та кеш у теці &lt;тека&gt;, а не у звичних місцях.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>тека</translation>
    </message>
    <message>
        <source>Forget the cached data and the settings of this profile (the saved login stays in the keychain unless --forget-token is given).</source>
        <translation>Забути кешовані дані й налаштування цього профілю (збережений вхід лишається у сховищі ключів, якщо не вказано --forget-token).</translation>
    </message>
    <message>
        <source>With --reset: also remove the saved login from the keychain.</source>
        <translation>Разом із --reset: також видалити збережений вхід зі сховища ключів.</translation>
    </message>
    <message>
        <source>Sign in as &lt;email&gt; without the login dialog; the password is read from the environment variable BATON_PASSWORD.</source>
        <translation>Увійти як &lt;email&gt; без вікна входу; пароль береться зі змінної середовища BATON_PASSWORD.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>Keep the session token in memory only (sign in again next time).</source>
        <translation>Зберігати токен сеансу лише в пам’яті (наступного разу доведеться увійти знову).</translation>
    </message>
    <message>
        <source>Open the chat with the number &lt;id&gt;.</source>
        <translation>Відкрити чат із номером &lt;номер&gt;.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>Colours: system (the desktop&apos;s), light or dark; overrides the setting for this run.</source>
        <translation>Кольори: system (як у робочому середовищі), light або dark; замінює налаштування на час цього запуску.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Неочікуваний аргумент: %1</translation>
    </message>
    <message>
        <source>The server must be an http or https address: %1</source>
        <translation>Сервер має бути адресою http або https: %1</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>Для --profile потрібно вказати теку.</translation>
    </message>
    <message>
        <source>--forget-token only works together with --reset.</source>
        <translation>--forget-token працює лише разом із --reset.</translation>
    </message>
    <message>
        <source>--chat needs a chat number: %1</source>
        <translation>Для --chat потрібен номер чату: %1</translation>
    </message>
    <message>
        <source>--palette must be system, light or dark: %1</source>
        <translation>--palette має бути system, light або dark: %1</translation>
    </message>
    <message>
        <source>--email needs an address.</source>
        <translation>Для --email потрібно вказати адресу.</translation>
    </message>
    <message>
        <source>--email needs the password in the environment variable BATON_PASSWORD.</source>
        <translation>Для --email потрібен пароль у змінній середовища BATON_PASSWORD.</translation>
    </message>
    <message>
        <source>Show Baton in &lt;language&gt; (system, en, de, es or uk); overrides the setting for this run.</source>
        <translation>Показувати Baton мовою &lt;мова&gt; (system, en, de, es або uk); замість налаштування на цей запуск.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>мова</translation>
    </message>
    <message>
        <source>--language must be system, en, de, es or uk: %1</source>
        <translation>--language має бути system, en, de, es або uk: %1</translation>
    </message>
</context>
<context>
    <name>baton::app::Console</name>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Ваш сеанс завершився. Увійдіть знову.</translation>
    </message>
    <message>
        <source>The chat could not be marked read: %1</source>
        <translation>Не вдалося позначити чат прочитаним: %1</translation>
    </message>
    <message>
        <source>No server is known yet: start Baton with --server URL.</source>
        <translation>Сервер ще не вказано: запустіть Baton з --server URL.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Неправильна електронна пошта або пароль.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Не вдається з’єднатися з %1: %2</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Не вдалося увійти: %1</translation>
    </message>
    <message>
        <source>The login could not be saved: %1</source>
        <translation>Не вдалося зберегти дані входу: %1</translation>
    </message>
    <message>
        <source>The local data in %1 cannot be used: %2</source>
        <translation>Неможливо використати локальні дані в %1: %2</translation>
    </message>
</context>
<context>
    <name>baton::app::Desktop</name>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>the server&apos;s answer cannot be read</source>
        <translation>не вдається прочитати відповідь сервера</translation>
    </message>
</context>
<context>
    <name>baton::app::Profile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не вдається створити теку %1.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Не вдається видалити %1.</translation>
    </message>
</context>
<context>
    <name>baton::app::Wiring</name>
    <message>
        <source>the server did not answer in time</source>
        <translation>сервер не відповів вчасно</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>сервер недоступний (%1)</translation>
    </message>
    <message>
        <source>%1; try again in %2 s</source>
        <translation>%1; спробуйте ще раз через %2 с</translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation>сервер відповів %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer could not be read (%1)</source>
        <translation>не вдалося прочитати відповідь сервера (%1)</translation>
    </message>
    <message>
        <source>The chat could not be assigned: %1</source>
        <translation>Не вдалося призначити чат: %1</translation>
    </message>
    <message>
        <source>The chat could not be closed: %1</source>
        <translation>Не вдалося закрити чат: %1</translation>
    </message>
    <message>
        <source>The chat could not be reopened: %1</source>
        <translation>Не вдалося знову відкрити чат: %1</translation>
    </message>
    <message>
        <source>The chat could not be marked unread: %1</source>
        <translation>Не вдалося позначити чат непрочитаним: %1</translation>
    </message>
    <message>
        <source>This reply can&apos;t be sent again.</source>
        <translation>Цю відповідь не можна надіслати повторно.</translation>
    </message>
    <message>
        <source>This reply is on its way and can&apos;t be discarded.</source>
        <translation>Ця відповідь уже надсилається, її не можна відкинути.</translation>
    </message>
    <message>
        <source>The message could not be deleted: %1</source>
        <translation>Не вдалося видалити повідомлення: %1</translation>
    </message>
    <message>
        <source>This attachment has no address to download from.</source>
        <translation>Для цього вкладення немає адреси завантаження.</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>Не вдалося завантажити файл: %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не вдається створити теку %1.</translation>
    </message>
    <message>
        <source>The file could not be saved to %1.</source>
        <translation>Не вдалося зберегти файл у %1.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Збережено: %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>вхід не виконано</translation>
    </message>
    <message>
        <source>the reply could not be saved on this computer</source>
        <translation>не вдалося зберегти відповідь на цьому комп’ютері</translation>
    </message>
    <message>
        <source>A reply was not sent: %1</source>
        <translation>Відповідь не надіслано: %1</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>Нотатку не збережено: %1</translation>
    </message>
    <message>
        <source>The note was not deleted: %1</source>
        <translation>Нотатку не видалено: %1</translation>
    </message>
    <message>
        <source>The bot status was not changed: %1</source>
        <translation>Статус бота не змінено: %1</translation>
    </message>
    <message>
        <source>The bot was not snoozed longer: %1</source>
        <translation>Призупинення бота не продовжено: %1</translation>
    </message>
    <message>
        <source>Autoflows were not continued: %1</source>
        <translation>Автосценарії не відновлено: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Не вдалося прочитати відповідь сервера.</translation>
    </message>
    <message numerus="yes">
        <source>%n subscriber(s) not changed: %1</source>
        <translation>
            <numerusform>Статус бота не змінено для %n підписника: %1</numerusform>
            <numerusform>Статус бота не змінено для %n підписників: %1</numerusform>
            <numerusform>Статус бота не змінено для %n підписників: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The tags were not saved: %1</source>
        <translation>Теги не збережено: %1</translation>
    </message>
    <message>
        <source>The variable was not saved: %1</source>
        <translation>Змінну не збережено: %1</translation>
    </message>
    <message>
        <source>The flow was not stopped: %1</source>
        <translation>Сценарій не зупинено: %1</translation>
    </message>
    <message>
        <source>The flow was not started: %1</source>
        <translation>Сценарій не запущено: %1</translation>
    </message>
    <message>
        <source>Flows could not be searched: %1</source>
        <translation>Не вдалося виконати пошук сценаріїв: %1</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>відповідь неможливо прочитати</translation>
    </message>
    <message>
        <source>The subscriber was not enabled: %1</source>
        <translation>Підписника не ввімкнено: %1</translation>
    </message>
    <message>
        <source>The subscriber was not disabled: %1</source>
        <translation>Підписника не вимкнено: %1</translation>
    </message>
    <message>
        <source>The contact was not saved: %1</source>
        <translation>Контакт не збережено: %1</translation>
    </message>
    <message>
        <source>The deal was not added: %1</source>
        <translation>Угоду не додано: %1</translation>
    </message>
    <message>
        <source>The deal was not saved: %1</source>
        <translation>Угоду не збережено: %1</translation>
    </message>
</context>
<context>
    <name>baton::models::AgentDirectory</name>
    <message>
        <source>Agent #%1</source>
        <translation>Оператор №%1</translation>
    </message>
</context>
<context>
    <name>baton::models::Outbox</name>
    <message>
        <source>A reply can carry at most %1 files.</source>
        <translation>Максимальна кількість файлів у відповіді: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>файл більший за %1 МіБ</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>файл не існує</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>файл неможливо прочитати (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл порожній</translation>
    </message>
    <message>
        <source>executable files are not accepted</source>
        <translation>виконувані файли не приймаються</translation>
    </message>
    <message>
        <source>%1: the copy of the file is missing from the local cache</source>
        <translation>%1: копія файлу відсутня в локальному кеші</translation>
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
        <translation>Хтось інший уже змінив статус бота: %1</translation>
    </message>
</context>
<context>
    <name>baton::net::CredentialStore</name>
    <message>
        <source>The system keychain is not available, so you will have to log in again after restarting Baton. (%1)</source>
        <translation>Системне сховище ключів недоступне, тому після перезапуску Baton доведеться увійти знову. (%1)</translation>
    </message>
    <message>
        <source>no keychain service</source>
        <translation>немає служби сховища ключів</translation>
    </message>
</context>
<context>
    <name>baton::net::SingleInstance</name>
    <message>
        <source>Another instance is running</source>
        <translation>Уже запущено інший екземпляр</translation>
    </message>
    <message>
        <source>The running instance did not answer</source>
        <translation>Запущений екземпляр не відповів</translation>
    </message>
</context>
<context>
    <name>baton::ui::AutomationSection</name>
    <message>
        <source>+60 min</source>
        <translation>+60 хв</translation>
    </message>
    <message>
        <source>Continue autoflows</source>
        <translation>Відновити автосценарії</translation>
    </message>
    <message>
        <source>Active flow</source>
        <translation>Активний сценарій</translation>
    </message>
    <message>
        <source>Stop flow</source>
        <translation>Зупинити сценарій</translation>
    </message>
    <message>
        <source>Start flow</source>
        <translation>Запустити сценарій</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Автоматизація</translation>
    </message>
    <message>
        <source>Queued messages</source>
        <translation>Повідомлення в черзі</translation>
    </message>
    <message>
        <source>Find a flow</source>
        <translation>Пошук сценарію</translation>
    </message>
    <message>
        <source>Find a flow by name</source>
        <translation>Пошук сценарію за назвою</translation>
    </message>
    <message>
        <source>Flows found</source>
        <translation>Знайдені сценарії</translation>
    </message>
    <message>
        <source>Running flow: %1</source>
        <translation>Виконується сценарій: %1</translation>
    </message>
    <message>
        <source>No flow running</source>
        <translation>Немає активного сценарію</translation>
    </message>
</context>
<context>
    <name>baton::ui::BotStatusButton</name>
    <message>
        <source>Bot active</source>
        <translation>Бот активний</translation>
    </message>
    <message>
        <source>Bot snoozed</source>
        <translation>Бот призупинений</translation>
    </message>
    <message>
        <source>Bot snoozed · wakes in %1 (%2)</source>
        <translation>Бот призупинений · відновиться через %1 (%2)</translation>
    </message>
    <message>
        <source>Bot inactive</source>
        <translation>Бот неактивний</translation>
    </message>
    <message>
        <source>Bot inactive · on in %1 (%2)</source>
        <translation>Бот неактивний · увімкнеться через %1 (%2)</translation>
    </message>
    <message>
        <source>Bot status: %1</source>
        <translation>Статус бота: %1</translation>
    </message>
</context>
<context>
    <name>baton::ui::BotStatusMenu</name>
    <message>
        <source>Bot status</source>
        <translation>Статус бота</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Призупинити</translation>
    </message>
    <message>
        <source>For 15 minutes</source>
        <translation>На 15 хвилин</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>На 1 годину</translation>
    </message>
    <message>
        <source>For 4 hours</source>
        <translation>На 4 години</translation>
    </message>
    <message>
        <source>Until tomorrow 09:00</source>
        <translation>До завтра, 09:00</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>До…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Вимкнути</translation>
    </message>
    <message>
        <source>Until turned on</source>
        <translation>До ввімкнення вручну</translation>
    </message>
    <message>
        <source>+60 min</source>
        <translation>+60 хв</translation>
    </message>
    <message>
        <source>Continue autoflows</source>
        <translation>Відновити автосценарії</translation>
    </message>
    <message>
        <source>Snooze the bot until</source>
        <translation>Призупинити бота до</translation>
    </message>
    <message>
        <source>Turn the bot off until</source>
        <translation>Вимкнути бота до</translation>
    </message>
</context>
<context>
    <name>baton::ui::ChannelSection</name>
    <message>
        <source>Support window</source>
        <translation>Вікно підтримки</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Messaging app</source>
        <translation>Месенджер</translation>
    </message>
    <message>
        <source>%1 has no support window.</source>
        <translation>У %1 немає вікна підтримки.</translation>
    </message>
    <message>
        <source>Support window: %1 left</source>
        <translation>Вікно підтримки: залишилося %1</translation>
    </message>
    <message>
        <source>Support window closed: only templates can be sent.</source>
        <translation>Вікно підтримки закрито: можна надсилати лише шаблони.</translation>
    </message>
    <message>
        <source>Follows your profile</source>
        <translation>Стежить за вашим профілем</translation>
    </message>
    <message>
        <source>Does not follow your profile</source>
        <translation>Не стежить за вашим профілем</translation>
    </message>
    <message>
        <source>You follow them</source>
        <translation>Ви стежите за цим профілем</translation>
    </message>
    <message>
        <source>You don&apos;t follow them</source>
        <translation>Ви не стежите за цим профілем</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Group members: %1&lt;br&gt;Share link: %2&lt;br&gt;Invite link: %3</source>
        <translation>Учасників групи: %1&lt;br&gt;Посилання для поширення: %2&lt;br&gt;Посилання-запрошення: %3</translation>
    </message>
</context>
<context>
    <name>baton::ui::ChatItemDelegate</name>
    <message>
        <source>No messages yet</source>
        <translation>Ще немає повідомлень</translation>
    </message>
    <message>
        <source>Mentioned you in a story</source>
        <translation>Згадка про вас в історії</translation>
    </message>
    <message>
        <source>Came from an ad</source>
        <translation>Перехід із реклами</translation>
    </message>
    <message>
        <source>Bot: %1</source>
        <translation>Бот: %1</translation>
    </message>
    <message>
        <source>Via another app: %1</source>
        <translation>Через інший застосунок: %1</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Оператор: %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Ви: %1</translation>
    </message>
    <message>
        <source>Agent #%1</source>
        <translation>Оператор №%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>wakes in %1</source>
        <translation>відновиться через %1</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Призупинений</translation>
    </message>
    <message>
        <source>off, on in %1</source>
        <translation>вимкнений, увімкнеться через %1</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивний</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не призначено</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Призначено вам</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n непрочитане</numerusform>
            <numerusform>%n непрочитані</numerusform>
            <numerusform>%n непрочитаних</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (група)</translation>
    </message>
</context>
<context>
    <name>baton::ui::ChatListPane</name>
    <message>
        <source>Chats</source>
        <translation>Чати</translation>
    </message>
    <message>
        <source>Chat lists</source>
        <translation>Списки чатів</translation>
    </message>
    <message>
        <source>Messaging app</source>
        <translation>Месенджер</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Усі месенджери</translation>
    </message>
    <message>
        <source>Chat type</source>
        <translation>Тип чату</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Усі типи</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Особисті</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Групові</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мої</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не призначені</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Пошук чатів</translation>
    </message>
    <message>
        <source>Search name, username, email, phone</source>
        <translation>Пошук за ім’ям, ніком, поштою, телефоном</translation>
    </message>
    <message>
        <source>Chat list</source>
        <translation>Список чатів</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкриті</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Непрочитані</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закриті</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n chats</source>
        <translation>
            <numerusform>%1: %n чат</numerusform>
            <numerusform>%1: %n чати</numerusform>
            <numerusform>%1: %n чатів</numerusform>
        </translation>
    </message>
    <message>
        <source>Chat actions</source>
        <translation>Дії з чатом</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>Відкрити чат</translation>
    </message>
    <message numerus="yes">
        <source>Bot status for %n chats</source>
        <translation>
            <numerusform>Статус бота для %n чату</numerusform>
            <numerusform>Статус бота для %n чатів</numerusform>
            <numerusform>Статус бота для %n чатів</numerusform>
        </translation>
    </message>
    <message>
        <source>Bot status</source>
        <translation>Статус бота</translation>
    </message>
</context>
<context>
    <name>baton::ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Палітра команд</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation>Введіть команду…</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Команди</translation>
    </message>
</context>
<context>
    <name>baton::ui::Composer</name>
    <message>
        <source>Reply composer</source>
        <translation>Редактор відповіді</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Відповідь</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Напишіть відповідь… (Ctrl+Enter — надіслати)</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Використано символів</translation>
    </message>
    <message>
        <source>Composer error</source>
        <translation>Помилка редактора відповіді</translation>
    </message>
    <message>
        <source>Bot notice</source>
        <translation>Примітка щодо бота</translation>
    </message>
    <message>
        <source>Support window</source>
        <translation>Вікно підтримки</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Надіслати</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Прикріпити файли…</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>Вставити емодзі</translation>
    </message>
    <message>
        <source>Replying to</source>
        <translation>Відповідь на</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Скасувати відповідь</translation>
    </message>
    <message>
        <source>Editing your message</source>
        <translation>Редагування повідомлення</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Скасувати редагування</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Прикріплені файли</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>Вилучити вкладення</translation>
    </message>
    <message>
        <source>A message can have at most %1 characters; this would make %2. Your text is kept as it was.</source>
        <translation>Повідомлення може містити не більше %1 символів, а вийшло б %2. Ваш текст залишено без змін.</translation>
    </message>
    <message>
        <source>Replying to: %1</source>
        <translation>Відповідь на: %1</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be read.</source>
        <translation>Не вдається прочитати «%1».</translation>
    </message>
    <message>
        <source>“%1” is %2; files can be at most 20 MiB.</source>
        <translation>Розмір «%1» — %2; файл може бути не більшим за 20 МіБ.</translation>
    </message>
    <message>
        <source>“%1” is a program or script; programs can&apos;t be sent.</source>
        <translation>«%1» — програма або скрипт; програми надсилати не можна.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Прикріплено: %1</translation>
    </message>
    <message>
        <source>The message can&apos;t be saved: %1.</source>
        <translation>Не вдається зберегти повідомлення: %1.</translation>
    </message>
    <message>
        <source>The message can&apos;t be sent: %1.</source>
        <translation>Не вдається надіслати повідомлення: %1.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не надіслано: %1</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикріпити файли</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 з %2 символів</translation>
    </message>
    <message>
        <source>%1 allows free text only after the subscriber writes; only templates can be sent.</source>
        <translation>%1 дозволяє довільний текст лише після повідомлення від підписника; можна надсилати тільки шаблони.</translation>
    </message>
    <message>
        <source>The 7-day %1 window closed %2 ago; only templates can be sent.</source>
        <translation>7-денне вікно підтримки %1 закрилося %2 тому; можна надсилати тільки шаблони.</translation>
    </message>
    <message>
        <source>The 24-hour %1 window closed %2 ago; only templates can be sent.</source>
        <translation>24-годинне вікно підтримки %1 закрилося %2 тому; можна надсилати тільки шаблони.</translation>
    </message>
    <message>
        <source>%1 left in the %2 support window.</source>
        <translation>До закриття вікна підтримки %2 залишилося %1.</translation>
    </message>
    <message>
        <source>Sending snoozes the bot for 60 minutes.</source>
        <translation>Надсилання призупинить бота на 60 хвилин.</translation>
    </message>
    <message>
        <source>Sending keeps the bot snoozed for at least 60 minutes.</source>
        <translation>Після надсилання бот лишатиметься призупиненим щонайменше 60 хвилин.</translation>
    </message>
    <message>
        <source>Free text can&apos;t be sent now.</source>
        <translation>Зараз не можна надіслати довільний текст.</translation>
    </message>
</context>
<context>
    <name>baton::ui::ConnectionIndicator</name>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Connecting since %1</source>
        <translation>Підключення з %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Підключення…</translation>
    </message>
    <message>
        <source>Offline · last sync %1 (%2 ago)</source>
        <translation>Офлайн · остання синхронізація %1 (%2 тому)</translation>
    </message>
    <message>
        <source>Offline · never synced</source>
        <translation>Офлайн · ще не синхронізовано</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>З’єднання: %1</translation>
    </message>
</context>
<context>
    <name>baton::ui::ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Редагувати контакт</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
</context>
<context>
    <name>baton::ui::ConversationPane</name>
    <message>
        <source>Conversation</source>
        <translation>Розмова</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Аватар</translation>
    </message>
    <message>
        <source>Subscriber name</source>
        <translation>Ім’я підписника</translation>
    </message>
    <message>
        <source>Messaging app</source>
        <translation>Месенджер</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Close chat</source>
        <translation>Закрити чат</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Позначити як непрочитаний</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Позначити непрочитаним</translation>
    </message>
    <message>
        <source>Reply or note</source>
        <translation>Відповідь або нотатка</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Відповідь</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не призначено</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (я)</translation>
    </message>
    <message>
        <source>Chat #%1</source>
        <translation>Чат №%1</translation>
    </message>
    <message>
        <source>No chat open</source>
        <translation>Чат не відкрито</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (група)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>відкритий</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закритий</translation>
    </message>
    <message>
        <source>Agent #%1</source>
        <translation>Оператор №%1</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Відкрити знову</translation>
    </message>
    <message>
        <source>Reopen chat</source>
        <translation>Знову відкрити чат</translation>
    </message>
</context>
<context>
    <name>baton::ui::CustomTimeDialog</name>
    <message>
        <source>Until:</source>
        <translation>До:</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>До</translation>
    </message>
</context>
<context>
    <name>baton::ui::DealDialog</name>
    <message>
        <source>Edit deal</source>
        <translation>Редагувати угоду</translation>
    </message>
    <message>
        <source>Add deal</source>
        <translation>Додати угоду</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>Назва угоди</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>e.g. 49.90</source>
        <translation>напр., 49.90</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Deal error</source>
        <translation>Помилка угоди</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Choose a pipeline and a stage.</source>
        <translation>Виберіть воронку й етап.</translation>
    </message>
    <message>
        <source>Give the deal a name.</source>
        <translation>Вкажіть назву угоди.</translation>
    </message>
    <message>
        <source>The amount must be a number with at most two decimals, like 49.90.</source>
        <translation>Сума має бути числом щонайбільше з двома знаками після крапки, наприклад 49.90.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code, like EUR.</source>
        <translation>Валюта має бути трилітерним кодом, наприклад EUR.</translation>
    </message>
</context>
<context>
    <name>baton::ui::DealsSection</name>
    <message>
        <source>Add deal</source>
        <translation>Додати угоду</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Редагувати угоду</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Редагувати контакт</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stage #%1</source>
        <translation>Етап №%1</translation>
    </message>
</context>
<context>
    <name>baton::ui::EmojiPicker</name>
    <message>
        <source>grinning face</source>
        <translation>широка усмішка</translation>
    </message>
    <message>
        <source>smiling face</source>
        <translation>усміхнене обличчя</translation>
    </message>
    <message>
        <source>tears of joy</source>
        <translation>сльози радості</translation>
    </message>
    <message>
        <source>winking face</source>
        <translation>підморгування</translation>
    </message>
    <message>
        <source>heart eyes</source>
        <translation>очі-сердечка</translation>
    </message>
    <message>
        <source>thinking face</source>
        <translation>замислене обличчя</translation>
    </message>
    <message>
        <source>sweat smile</source>
        <translation>усмішка в холодному поті</translation>
    </message>
    <message>
        <source>crying face</source>
        <translation>заплакане обличчя</translation>
    </message>
    <message>
        <source>folded hands</source>
        <translation>складені долоні</translation>
    </message>
    <message>
        <source>thumbs up</source>
        <translation>палець угору</translation>
    </message>
    <message>
        <source>thumbs down</source>
        <translation>палець униз</translation>
    </message>
    <message>
        <source>waving hand</source>
        <translation>помах рукою</translation>
    </message>
    <message>
        <source>clapping hands</source>
        <translation>оплески</translation>
    </message>
    <message>
        <source>raised hands</source>
        <translation>підняті руки</translation>
    </message>
    <message>
        <source>OK hand</source>
        <translation>жест OK</translation>
    </message>
    <message>
        <source>flexed biceps</source>
        <translation>напружений біцепс</translation>
    </message>
    <message>
        <source>red heart</source>
        <translation>червоне серце</translation>
    </message>
    <message>
        <source>party popper</source>
        <translation>хлопавка</translation>
    </message>
    <message>
        <source>fire</source>
        <translation>вогонь</translation>
    </message>
    <message>
        <source>star</source>
        <translation>зірка</translation>
    </message>
    <message>
        <source>check mark</source>
        <translation>галочка</translation>
    </message>
    <message>
        <source>cross mark</source>
        <translation>хрестик</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>попередження</translation>
    </message>
    <message>
        <source>question mark</source>
        <translation>знак питання</translation>
    </message>
    <message>
        <source>package</source>
        <translation>посилка</translation>
    </message>
    <message>
        <source>delivery truck</source>
        <translation>вантажівка доставки</translation>
    </message>
    <message>
        <source>credit card</source>
        <translation>кредитна картка</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>календар</translation>
    </message>
    <message>
        <source>alarm clock</source>
        <translation>будильник</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>envelope</source>
        <translation>конверт</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>подарунок</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Емодзі</translation>
    </message>
</context>
<context>
    <name>baton::ui::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Увійти</translation>
    </message>
    <message>
        <source>Log in to Baton</source>
        <translation>Вхід у Baton</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Login error</source>
        <translation>Помилка входу</translation>
    </message>
    <message>
        <source>Enter the server address, like https://baton.example.com.</source>
        <translation>Введіть адресу сервера, наприклад https://baton.example.com.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Введіть адресу електронної пошти.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введіть пароль.</translation>
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
        <translation>Панелі</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Рядок стану</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Чати</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Розмова</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Бот</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Довідка</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Обліковий запис</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Рядок меню</translation>
    </message>
</context>
<context>
    <name>baton::ui::MessageDelegate</name>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Учора</translation>
    </message>
    <message>
        <source>Pressed a button</source>
        <translation>Натиснуто кнопку</translation>
    </message>
    <message>
        <source>Mentioned you in a story</source>
        <translation>Згадка про вас в історії</translation>
    </message>
    <message>
        <source>Came from an ad</source>
        <translation>Перехід із реклами</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Бот</translation>
    </message>
    <message>
        <source>Sent from another app</source>
        <translation>Надіслано з іншого застосунку</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ви</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Надсилання…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не надіслано</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не надіслано: %1</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>змінено %1</translation>
    </message>
    <message>
        <source>read</source>
        <translation>прочитано</translation>
    </message>
    <message>
        <source>An earlier message</source>
        <translation>Попереднє повідомлення</translation>
    </message>
    <message>
        <source>Ad: %1</source>
        <translation>Реклама: %1</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Це повідомлення видалено</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Відкинути</translation>
    </message>
</context>
<context>
    <name>baton::ui::MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Надіслати повторно</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Відкинути</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Відповісти</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Копіювати текст</translation>
    </message>
    <message>
        <source>Download “%1”</source>
        <translation>Завантажити «%1»</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Редагувати</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Дії з повідомленням</translation>
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
        <translation>(змінено)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Додати нотатку</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Редагувати</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Notes list</source>
        <translation>Список нотаток</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Текст нотатки</translation>
    </message>
    <message>
        <source>Private note, never sent to the subscriber (Ctrl+Enter saves)</source>
        <translation>Приватна нотатка, підписник її не побачить (Ctrl+Enter — зберегти)</translation>
    </message>
    <message>
        <source>Note characters used</source>
        <translation>Використано символів у нотатці</translation>
    </message>
    <message>
        <source>Note error</source>
        <translation>Помилка нотатки</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Редагувати нотатку</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Видалити нотатку</translation>
    </message>
    <message>
        <source>Cancel editing the note</source>
        <translation>Скасувати редагування нотатки</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Зберегти нотатку</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters; this would make %2. Your text is kept.</source>
        <translation>Нотатка може містити не більше %1 символів, а вийшло б %2. Ваш текст залишено без змін.</translation>
    </message>
    <message>
        <source>The note can&apos;t be saved: %1.</source>
        <translation>Не вдається зберегти нотатку: %1.</translation>
    </message>
</context>
<context>
    <name>baton::ui::NotificationBanner</name>
    <message>
        <source>Dismiss the notification</source>
        <translation>Закрити сповіщення</translation>
    </message>
    <message>
        <source>Dismiss (Escape)</source>
        <translation>Закрити (Escape)</translation>
    </message>
    <message>
        <source>Notification: %1</source>
        <translation>Сповіщення: %1</translation>
    </message>
    <message>
        <source>Press Escape to dismiss</source>
        <translation>Натисніть Escape, щоб закрити</translation>
    </message>
    <message>
        <source>Press Enter to open, Escape to dismiss</source>
        <translation>Натисніть Enter, щоб відкрити, або Escape, щоб закрити</translation>
    </message>
</context>
<context>
    <name>baton::ui::NotificationCenter</name>
    <message>
        <source>Attachment: %1</source>
        <translation>Вкладення: %1</translation>
    </message>
    <message>
        <source>Mentioned you in a story</source>
        <translation>Згадка про вас в історії</translation>
    </message>
    <message>
        <source>Came from an ad</source>
        <translation>Перехід із реклами</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Нове повідомлення</translation>
    </message>
    <message>
        <source>New open chat: %1</source>
        <translation>Новий відкритий чат: %1</translation>
    </message>
    <message>
        <source>Assigned to you: %1</source>
        <translation>Призначено вам: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new open chat(s)</source>
        <translation>
            <numerusform>%n новий відкритий чат</numerusform>
            <numerusform>%n нові відкриті чати</numerusform>
            <numerusform>%n нових відкритих чатів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s) assigned to you</source>
        <translation>
            <numerusform>%n чат призначено вам</numerusform>
            <numerusform>%n чати призначено вам</numerusform>
            <numerusform>%n чатів призначено вам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) in your chats</source>
        <translation>
            <numerusform>%n нове повідомлення у ваших чатах</numerusform>
            <numerusform>%n нові повідомлення у ваших чатах</numerusform>
            <numerusform>%n нових повідомлень у ваших чатах</numerusform>
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
        <translation>Немає системного трея: сповіщення з’являтимуться у вікні</translation>
    </message>
    <message>
        <source>Click a notification, or press Enter on it, to open its chat.</source>
        <translation>Клацніть сповіщення або натисніть на ньому Enter, щоб відкрити відповідний чат.</translation>
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
        <translation>Контактні дані</translation>
    </message>
    <message>
        <source>Ad campaign</source>
        <translation>Рекламна кампанія</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профіль</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Аватар</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Username: @%1</source>
        <translation>Ім’я користувача: @%1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Ел. пошта: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Subscribed: %1</source>
        <translation>Дата підписки: %1</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>Остання активність: %1</translation>
    </message>
    <message>
        <source>Ad campaign: %1</source>
        <translation>Рекламна кампанія: %1</translation>
    </message>
    <message>
        <source>Ad campaign: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Рекламна кампанія: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>baton::ui::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Сторінки налаштувань</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Загальні</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Гарячі клавіші</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Обліковий запис</translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation>Помилка налаштувань</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Застосувати</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Baton uses the new language after a restart.</source>
        <translation>Нова мова застосується після перезапуску Baton.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Потрібен перезапуск</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Системна</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світла</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темна</translation>
    </message>
    <message>
        <source>Start Baton when I log in</source>
        <translation>Запускати Baton під час входу в систему</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Запускати згорнутим у трей</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Показувати сповіщення</translation>
    </message>
    <message>
        <source>For chats that become open</source>
        <translation>Для чатів, які стають відкритими</translation>
    </message>
    <message>
        <source>For chats assigned to me and their new messages</source>
        <translation>Для чатів, призначених мені, і нових повідомлень у них</translation>
    </message>
    <message>
        <source>Do not disturb (the tray count still updates)</source>
        <translation>Не турбувати (лічильник у треї й далі оновлюється)</translation>
    </message>
    <message>
        <source>Play the system bell with each notification</source>
        <translation>Подавати системний звуковий сигнал із кожним сповіщенням</translation>
    </message>
    <message>
        <source>Every command can run from the keyboard. Choose which keys run which command.</source>
        <translation>Будь-яку команду можна виконати з клавіатури. Виберіть, які клавіші запускають яку команду.</translation>
    </message>
    <message>
        <source>Change keyboard shortcuts…</source>
        <translation>Змінити гарячі клавіші…</translation>
    </message>
    <message>
        <source>Change keyboard shortcuts</source>
        <translation>Змінити гарячі клавіші</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Ви увійшли як</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Вийти з облікового запису</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Ви увійшли як:</translation>
    </message>
</context>
<context>
    <name>baton::ui::ShortcutHelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Гарячі клавіші</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (Escape closes)</source>
        <translation>Гарячі клавіші (Escape — закрити)</translation>
    </message>
</context>
<context>
    <name>baton::ui::ShortcutMap</name>
    <message>
        <source>Next chat</source>
        <translation>Наступний чат</translation>
    </message>
    <message>
        <source>Previous chat</source>
        <translation>Попередній чат</translation>
    </message>
    <message>
        <source>Open the selected chat</source>
        <translation>Відкрити вибраний чат</translation>
    </message>
    <message>
        <source>Go to the chat list</source>
        <translation>Перейти до списку чатів</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Пошук чатів</translation>
    </message>
    <message>
        <source>Show open chats</source>
        <translation>Показати відкриті чати</translation>
    </message>
    <message>
        <source>Show unread chats</source>
        <translation>Показати непрочитані чати</translation>
    </message>
    <message>
        <source>Show closed chats</source>
        <translation>Показати закриті чати</translation>
    </message>
    <message>
        <source>Show all chats</source>
        <translation>Показати всі чати</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>Написати відповідь</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Надіслати відповідь</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикріпити файли</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>Вставити емодзі</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Написати нотатку</translation>
    </message>
    <message>
        <source>Close or reopen the chat</source>
        <translation>Закрити або знову відкрити чат</translation>
    </message>
    <message>
        <source>Mark the chat unread</source>
        <translation>Позначити чат непрочитаним</translation>
    </message>
    <message>
        <source>Assign the chat to me</source>
        <translation>Призначити чат мені</translation>
    </message>
    <message>
        <source>Choose the assignee</source>
        <translation>Вибрати відповідального</translation>
    </message>
    <message>
        <source>Bot status menu</source>
        <translation>Меню статусу бота</translation>
    </message>
    <message>
        <source>Snooze the bot for 15 minutes</source>
        <translation>Призупинити бота на 15 хвилин</translation>
    </message>
    <message>
        <source>Snooze the bot for 1 hour</source>
        <translation>Призупинити бота на 1 годину</translation>
    </message>
    <message>
        <source>Snooze the bot for 4 hours</source>
        <translation>Призупинити бота на 4 години</translation>
    </message>
    <message>
        <source>Snooze the bot until tomorrow 09:00</source>
        <translation>Призупинити бота до завтра, 09:00</translation>
    </message>
    <message>
        <source>Snooze the bot 60 minutes longer</source>
        <translation>Продовжити призупинення бота на 60 хвилин</translation>
    </message>
    <message>
        <source>Continue autoflows</source>
        <translation>Відновити автосценарії</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Палітра команд</translation>
    </message>
    <message>
        <source>Keyboard shortcuts help</source>
        <translation>Довідка з гарячих клавіш</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Change keyboard shortcuts</source>
        <translation>Змінити гарячі клавіші</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Вийти з облікового запису</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти з програми</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>Невідома команда.</translation>
    </message>
    <message>
        <source>%1 uses Alt with a character key, which breaks keyboards that type with AltGr. Use Ctrl, Ctrl+Shift or a function key.</source>
        <translation>%1 поєднує Alt із символьною клавішею, а це заважає розкладкам, що вводять символи через AltGr. Використайте Ctrl, Ctrl+Shift або функціональну клавішу.</translation>
    </message>
    <message>
        <source>Already used by “%1”.</source>
        <translation>Уже призначено для «%1».</translation>
    </message>
    <message>
        <source>Workspace statistics</source>
        <translation>Статистика робочого простору</translation>
    </message>
</context>
<context>
    <name>baton::ui::ShortcutsDialog</name>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Призначити</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Гарячі клавіші</translation>
    </message>
    <message>
        <source>Commands and their keys</source>
        <translation>Команди та їхні клавіші</translation>
    </message>
    <message>
        <source>New keys</source>
        <translation>Нові клавіші</translation>
    </message>
    <message>
        <source>Assign the keys</source>
        <translation>Призначити клавіші</translation>
    </message>
    <message>
        <source>Shortcut error</source>
        <translation>Помилка гарячої клавіші</translation>
    </message>
    <message>
        <source>Remove keys</source>
        <translation>Прибрати клавіші</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Типові</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Відновити типові</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Скинути все</translation>
    </message>
    <message>
        <source>Reset all shortcuts</source>
        <translation>Скинути всі гарячі клавіші</translation>
    </message>
    <message>
        <source>Press new keys:</source>
        <translation>Натисніть нові клавіші:</translation>
    </message>
</context>
<context>
    <name>baton::ui::StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Увесь час</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Останні 7 днів</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <source>Statistics status</source>
        <translation>Стан статистики</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показники</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Бот</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Надіслано повідомлень</translation>
    </message>
    <message>
        <source>Messages received</source>
        <translation>Отримано повідомлень</translation>
    </message>
    <message>
        <source>Active subscribers</source>
        <translation>Активні підписники</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Період:</translation>
    </message>
    <message>
        <source>Figures for all time</source>
        <translation>Показники за весь час</translation>
    </message>
    <message>
        <source>Figures from %1 to %2</source>
        <translation>Показники з %1 по %2</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Завантаження показників…</translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation>Не вдалося завантажити показники: %1</translation>
    </message>
    <message>
        <source>All bots</source>
        <translation>Усі боти</translation>
    </message>
    <message>
        <source>Bot %1</source>
        <translation>Бот %1</translation>
    </message>
</context>
<context>
    <name>baton::ui::SubscriberCardWidget</name>
    <message>
        <source>No subscriber</source>
        <translation>Немає підписника</translation>
    </message>
    <message>
        <source>Subscriber card</source>
        <translation>Картка підписника</translation>
    </message>
    <message>
        <source>Bot status conflict</source>
        <translation>Конфлікт статусу бота</translation>
    </message>
    <message>
        <source>Bot and automation</source>
        <translation>Бот і автоматизація</translation>
    </message>
    <message>
        <source>Messaging app</source>
        <translation>Месенджер</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Змінні</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Підписка</translation>
    </message>
</context>
<context>
    <name>baton::ui::SubscriptionSection</name>
    <message>
        <source>Disable subscriber</source>
        <translation>Вимкнути підписника</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Підписка</translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation>Стан підписки</translation>
    </message>
    <message>
        <source>Disabled: the bot sends this subscriber nothing.</source>
        <translation>Вимкнено: бот нічого не надсилає цьому підписникові.</translation>
    </message>
    <message>
        <source>Enable subscriber</source>
        <translation>Увімкнути підписника</translation>
    </message>
</context>
<context>
    <name>baton::ui::TagsSection</name>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Додати тег</translation>
    </message>
    <message>
        <source>Add a tag and press Enter</source>
        <translation>Введіть тег і натисніть Enter</translation>
    </message>
    <message>
        <source>Tag error</source>
        <translation>Помилка тегу</translation>
    </message>
    <message>
        <source>Tags are 1 to 64 characters, without control characters.</source>
        <translation>Тег має містити від 1 до 64 символів, без керівних символів.</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Вилучити тег %1</translation>
    </message>
</context>
<context>
    <name>baton::ui::TrayIcon</name>
    <message>
        <source>Baton tray menu</source>
        <translation>Меню Baton у треї</translation>
    </message>
    <message>
        <source>Show Baton</source>
        <translation>Показати Baton</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Не турбувати</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти з програми</translation>
    </message>
    <message>
        <source>Baton</source>
        <translation>Baton</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
    <message numerus="yes">
        <source>%n unread chat(s)</source>
        <translation>
            <numerusform>%n непрочитаний чат</numerusform>
            <numerusform>%n непрочитані чати</numerusform>
            <numerusform>%n непрочитаних чатів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::ui::VariableDelegate</name>
    <message>
        <source>Number value</source>
        <translation>Числове значення</translation>
    </message>
    <message>
        <source>Date value</source>
        <translation>Значення дати</translation>
    </message>
    <message>
        <source>Text value</source>
        <translation>Текстове значення</translation>
    </message>
</context>
<context>
    <name>baton::ui::VariablesSection</name>
    <message>
        <source>Variables</source>
        <translation>Змінні</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Змінна</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Baton is already running with this profile; it was brought to the front.</source>
        <translation>Baton уже запущено з цим профілем; його вікно виведено на передній план.</translation>
    </message>
    <message>
        <source>Baton seems to be running but does not answer: %1</source>
        <translation>Схоже, Baton запущено, але він не відповідає: %1</translation>
    </message>
</context>
</TS>
