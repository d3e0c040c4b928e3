<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BotStatusText</name>
    <message>
        <source>Agent #%1</source>
        <translation>Agente #%1</translation>
    </message>
    <message>
        <source>Bot woke up</source>
        <translation>El bot se reactivó</translation>
    </message>
    <message>
        <source>Autoflows continued by %1</source>
        <translation>Flujos automáticos reanudados por %1</translation>
    </message>
    <message>
        <source>Autoflows continued</source>
        <translation>Flujos automáticos reanudados</translation>
    </message>
    <message>
        <source>Bot turned on by %1</source>
        <translation>Bot activado por %1</translation>
    </message>
    <message>
        <source>Bot turned on</source>
        <translation>Bot activado</translation>
    </message>
    <message>
        <source>Bot snoozed until %1 after a manual reply by %2</source>
        <translation>Bot pausado hasta %1 tras una respuesta manual de %2</translation>
    </message>
    <message>
        <source>Bot snoozed until %1 after a manual reply</source>
        <translation>Bot pausado hasta %1 tras una respuesta manual</translation>
    </message>
    <message>
        <source>Snooze extended until %1 by %2</source>
        <translation>Pausa ampliada hasta %1 por %2</translation>
    </message>
    <message>
        <source>Snooze extended until %1</source>
        <translation>Pausa ampliada hasta %1</translation>
    </message>
    <message>
        <source>Bot snoozed until %1 by %2</source>
        <translation>Bot pausado hasta %1 por %2</translation>
    </message>
    <message>
        <source>Bot snoozed until %1</source>
        <translation>Bot pausado hasta %1</translation>
    </message>
    <message>
        <source>Bot snoozed by %1</source>
        <translation>Bot pausado por %1</translation>
    </message>
    <message>
        <source>Bot snoozed</source>
        <translation>Bot pausado</translation>
    </message>
    <message>
        <source>Bot turned off: message limit reached</source>
        <translation>Bot desactivado: se alcanzó el límite de mensajes</translation>
    </message>
    <message>
        <source>Bot turned off until %1 by %2</source>
        <translation>Bot desactivado hasta %1 por %2</translation>
    </message>
    <message>
        <source>Bot turned off until %1</source>
        <translation>Bot desactivado hasta %1</translation>
    </message>
    <message>
        <source>Bot turned off by %1</source>
        <translation>Bot desactivado por %1</translation>
    </message>
    <message>
        <source>Bot turned off</source>
        <translation>Bot desactivado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>En pausa hasta %1</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Inactive until %1</source>
        <translation>Inactivo hasta %1</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
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
        <translation>Bot activo</translation>
    </message>
    <message>
        <source>Bot snoozed</source>
        <translation>Bot en pausa</translation>
    </message>
    <message>
        <source>Bot inactive</source>
        <translation>Bot inactivo</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Suscrito</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
</context>
<context>
    <name>XdgAutostartStore</name>
    <message>
        <source>Could not remove %1</source>
        <translation>No se pudo eliminar %1</translation>
    </message>
    <message>
        <source>Could not create %1</source>
        <translation>No se pudo crear %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>baton::app</name>
    <message>
        <source>Baton: the desktop console for support agents.</source>
        <translation>Baton: la consola de escritorio para agentes de soporte.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Preselect the server at &lt;url&gt;.</source>
        <translation>Preselecciona el servidor en &lt;url&gt;.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Keep settings, data and cache in &lt;folder&gt; instead of the usual places.</source>
        <translation>Guarda los ajustes, los datos y la caché en &lt;carpeta&gt; en lugar de las ubicaciones habituales.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Forget the cached data and the settings of this profile (the saved login stays in the keychain unless --forget-token is given).</source>
        <translation>Borra los datos en caché y los ajustes de este perfil (el inicio de sesión guardado permanece en el llavero salvo que se indique --forget-token).</translation>
    </message>
    <message>
        <source>With --reset: also remove the saved login from the keychain.</source>
        <translation>Con --reset: elimina también del llavero el inicio de sesión guardado.</translation>
    </message>
    <message>
        <source>Sign in as &lt;email&gt; without the login dialog; the password is read from the environment variable BATON_PASSWORD.</source>
        <translation>Inicia sesión como &lt;correo&gt; sin el diálogo de inicio de sesión; la contraseña se lee de la variable de entorno BATON_PASSWORD.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>Keep the session token in memory only (sign in again next time).</source>
        <translation>Guarda el token de sesión solo en memoria (habrá que volver a iniciar sesión la próxima vez).</translation>
    </message>
    <message>
        <source>Open the chat with the number &lt;id&gt;.</source>
        <translation>Abre el chat con el número &lt;id&gt;.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Colours: system (the desktop&apos;s), light or dark; overrides the setting for this run.</source>
        <translation>Colores: system (los del escritorio), light o dark; sustituye el ajuste solo en esta ejecución.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>The server must be an http or https address: %1</source>
        <translation>El servidor debe ser una dirección http o https: %1</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>--profile necesita una carpeta.</translation>
    </message>
    <message>
        <source>--forget-token only works together with --reset.</source>
        <translation>--forget-token solo funciona junto con --reset.</translation>
    </message>
    <message>
        <source>--chat needs a chat number: %1</source>
        <translation>--chat necesita un número de chat: %1</translation>
    </message>
    <message>
        <source>--palette must be system, light or dark: %1</source>
        <translation>--palette debe ser system, light o dark: %1</translation>
    </message>
    <message>
        <source>--email needs an address.</source>
        <translation>--email necesita una dirección.</translation>
    </message>
    <message>
        <source>--email needs the password in the environment variable BATON_PASSWORD.</source>
        <translation>--email necesita la contraseña en la variable de entorno BATON_PASSWORD.</translation>
    </message>
    <message>
        <source>Show Baton in &lt;language&gt; (system, en, de, es or uk); overrides the setting for this run.</source>
        <translation>Mostrar Baton en &lt;idioma&gt; (system, en, de, es o uk); sustituye al ajuste en esta ejecución.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>--language must be system, en, de, es or uk: %1</source>
        <translation>--language debe ser system, en, de, es o uk: %1</translation>
    </message>
</context>
<context>
    <name>baton::app::Console</name>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Tu sesión ha finalizado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The chat could not be marked read: %1</source>
        <translation>No se pudo marcar el chat como leído: %1</translation>
    </message>
    <message>
        <source>No server is known yet: start Baton with --server URL.</source>
        <translation>Aún no hay ningún servidor configurado: inicia Baton con --server URL.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Correo o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Error al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>The login could not be saved: %1</source>
        <translation>No se pudo guardar el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The local data in %1 cannot be used: %2</source>
        <translation>No se pueden usar los datos locales de %1: %2</translation>
    </message>
</context>
<context>
    <name>baton::app::Desktop</name>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>the server&apos;s answer cannot be read</source>
        <translation>no se puede leer la respuesta del servidor</translation>
    </message>
</context>
<context>
    <name>baton::app::Profile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>No se puede eliminar %1.</translation>
    </message>
</context>
<context>
    <name>baton::app::Wiring</name>
    <message>
        <source>the server did not answer in time</source>
        <translation>el servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>no se puede conectar con el servidor (%1)</translation>
    </message>
    <message>
        <source>%1; try again in %2 s</source>
        <translation>%1; vuelve a intentarlo en %2 s</translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation>el servidor respondió %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer could not be read (%1)</source>
        <translation>no se pudo leer la respuesta del servidor (%1)</translation>
    </message>
    <message>
        <source>The chat could not be assigned: %1</source>
        <translation>No se pudo asignar el chat: %1</translation>
    </message>
    <message>
        <source>The chat could not be closed: %1</source>
        <translation>No se pudo cerrar el chat: %1</translation>
    </message>
    <message>
        <source>The chat could not be reopened: %1</source>
        <translation>No se pudo reabrir el chat: %1</translation>
    </message>
    <message>
        <source>The chat could not be marked unread: %1</source>
        <translation>No se pudo marcar el chat como no leído: %1</translation>
    </message>
    <message>
        <source>This reply can&apos;t be sent again.</source>
        <translation>Esta respuesta no se puede volver a enviar.</translation>
    </message>
    <message>
        <source>This reply is on its way and can&apos;t be discarded.</source>
        <translation>Esta respuesta ya se está enviando y no se puede descartar.</translation>
    </message>
    <message>
        <source>The message could not be deleted: %1</source>
        <translation>No se pudo eliminar el mensaje: %1</translation>
    </message>
    <message>
        <source>This attachment has no address to download from.</source>
        <translation>Este adjunto no tiene ninguna dirección de descarga.</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>No se pudo descargar el archivo: %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The file could not be saved to %1.</source>
        <translation>No se pudo guardar el archivo en %1.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Archivo guardado: %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>sin sesión iniciada</translation>
    </message>
    <message>
        <source>the reply could not be saved on this computer</source>
        <translation>no se pudo guardar la respuesta en este equipo</translation>
    </message>
    <message>
        <source>A reply was not sent: %1</source>
        <translation>No se envió una respuesta: %1</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>No se guardó la nota: %1</translation>
    </message>
    <message>
        <source>The note was not deleted: %1</source>
        <translation>No se eliminó la nota: %1</translation>
    </message>
    <message>
        <source>The bot status was not changed: %1</source>
        <translation>No se cambió el estado del bot: %1</translation>
    </message>
    <message>
        <source>The bot was not snoozed longer: %1</source>
        <translation>No se amplió la pausa del bot: %1</translation>
    </message>
    <message>
        <source>Autoflows were not continued: %1</source>
        <translation>No se reanudaron los flujos automáticos: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>No se pudo leer la respuesta del servidor.</translation>
    </message>
    <message numerus="yes">
        <source>%n subscriber(s) not changed: %1</source>
        <translation>
            <numerusform>No se cambió %n suscriptor: %1</numerusform>
            <numerusform>No se cambiaron %n suscriptores: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The tags were not saved: %1</source>
        <translation>No se guardaron las etiquetas: %1</translation>
    </message>
    <message>
        <source>The variable was not saved: %1</source>
        <translation>No se guardó la variable: %1</translation>
    </message>
    <message>
        <source>The flow was not stopped: %1</source>
        <translation>No se detuvo el flujo: %1</translation>
    </message>
    <message>
        <source>The flow was not started: %1</source>
        <translation>No se inició el flujo: %1</translation>
    </message>
    <message>
        <source>Flows could not be searched: %1</source>
        <translation>No se pudieron buscar flujos: %1</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>respuesta ilegible</translation>
    </message>
    <message>
        <source>The subscriber was not enabled: %1</source>
        <translation>No se activó el suscriptor: %1</translation>
    </message>
    <message>
        <source>The subscriber was not disabled: %1</source>
        <translation>No se desactivó el suscriptor: %1</translation>
    </message>
    <message>
        <source>The contact was not saved: %1</source>
        <translation>No se guardó el contacto: %1</translation>
    </message>
    <message>
        <source>The deal was not added: %1</source>
        <translation>No se añadió el negocio: %1</translation>
    </message>
    <message>
        <source>The deal was not saved: %1</source>
        <translation>No se guardó el negocio: %1</translation>
    </message>
</context>
<context>
    <name>baton::models::AgentDirectory</name>
    <message>
        <source>Agent #%1</source>
        <translation>Agente #%1</translation>
    </message>
</context>
<context>
    <name>baton::models::Outbox</name>
    <message>
        <source>A reply can carry at most %1 files.</source>
        <translation>Una respuesta puede llevar como máximo %1 archivos.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>el archivo supera los %1 MiB</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>no se puede leer el archivo (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>executable files are not accepted</source>
        <translation>no se aceptan archivos ejecutables</translation>
    </message>
    <message>
        <source>%1: the copy of the file is missing from the local cache</source>
        <translation>%1: falta la copia del archivo en la caché local</translation>
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
        <translation>Otra persona cambió antes el estado del bot: %1</translation>
    </message>
</context>
<context>
    <name>baton::net::CredentialStore</name>
    <message>
        <source>The system keychain is not available, so you will have to log in again after restarting Baton. (%1)</source>
        <translation>El llavero del sistema no está disponible, así que tendrás que volver a iniciar sesión después de reiniciar Baton. (%1)</translation>
    </message>
    <message>
        <source>no keychain service</source>
        <translation>no hay servicio de llavero</translation>
    </message>
</context>
<context>
    <name>baton::net::SingleInstance</name>
    <message>
        <source>Another instance is running</source>
        <translation>Ya hay otra instancia en ejecución</translation>
    </message>
    <message>
        <source>The running instance did not answer</source>
        <translation>La instancia en ejecución no respondió</translation>
    </message>
</context>
<context>
    <name>baton::ui::AutomationSection</name>
    <message>
        <source>+60 min</source>
        <translation>+60 min</translation>
    </message>
    <message>
        <source>Continue autoflows</source>
        <translation>Reanudar flujos automáticos</translation>
    </message>
    <message>
        <source>Active flow</source>
        <translation>Flujo activo</translation>
    </message>
    <message>
        <source>Stop flow</source>
        <translation>Detener flujo</translation>
    </message>
    <message>
        <source>Start flow</source>
        <translation>Iniciar flujo</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatización</translation>
    </message>
    <message>
        <source>Queued messages</source>
        <translation>Mensajes en cola</translation>
    </message>
    <message>
        <source>Find a flow</source>
        <translation>Buscar un flujo</translation>
    </message>
    <message>
        <source>Find a flow by name</source>
        <translation>Buscar un flujo por nombre</translation>
    </message>
    <message>
        <source>Flows found</source>
        <translation>Flujos encontrados</translation>
    </message>
    <message>
        <source>Running flow: %1</source>
        <translation>Flujo en curso: %1</translation>
    </message>
    <message>
        <source>No flow running</source>
        <translation>Ningún flujo en curso</translation>
    </message>
</context>
<context>
    <name>baton::ui::BotStatusButton</name>
    <message>
        <source>Bot active</source>
        <translation>Bot activo</translation>
    </message>
    <message>
        <source>Bot snoozed</source>
        <translation>Bot en pausa</translation>
    </message>
    <message>
        <source>Bot snoozed · wakes in %1 (%2)</source>
        <translation>Bot en pausa · se reactiva en %1 (%2)</translation>
    </message>
    <message>
        <source>Bot inactive</source>
        <translation>Bot inactivo</translation>
    </message>
    <message>
        <source>Bot inactive · on in %1 (%2)</source>
        <translation>Bot inactivo · se activa en %1 (%2)</translation>
    </message>
    <message>
        <source>Bot status: %1</source>
        <translation>Estado del bot: %1</translation>
    </message>
</context>
<context>
    <name>baton::ui::BotStatusMenu</name>
    <message>
        <source>Bot status</source>
        <translation>Estado del bot</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>For 15 minutes</source>
        <translation>Durante 15 minutos</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>For 4 hours</source>
        <translation>Durante 4 horas</translation>
    </message>
    <message>
        <source>Until tomorrow 09:00</source>
        <translation>Hasta mañana a las 09:00</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>Hasta…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Until turned on</source>
        <translation>Hasta que se active</translation>
    </message>
    <message>
        <source>+60 min</source>
        <translation>+60 min</translation>
    </message>
    <message>
        <source>Continue autoflows</source>
        <translation>Reanudar flujos automáticos</translation>
    </message>
    <message>
        <source>Snooze the bot until</source>
        <translation>Pausar el bot hasta</translation>
    </message>
    <message>
        <source>Turn the bot off until</source>
        <translation>Desactivar el bot hasta</translation>
    </message>
</context>
<context>
    <name>baton::ui::ChannelSection</name>
    <message>
        <source>Support window</source>
        <translation>Ventana de atención</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Messaging app</source>
        <translation>App de mensajería</translation>
    </message>
    <message>
        <source>%1 has no support window.</source>
        <translation>%1 no tiene ventana de atención.</translation>
    </message>
    <message>
        <source>Support window: %1 left</source>
        <translation>Ventana de atención: quedan %1</translation>
    </message>
    <message>
        <source>Support window closed: only templates can be sent.</source>
        <translation>Ventana de atención cerrada: solo se pueden enviar plantillas.</translation>
    </message>
    <message>
        <source>Follows your profile</source>
        <translation>Sigue tu perfil</translation>
    </message>
    <message>
        <source>Does not follow your profile</source>
        <translation>No sigue tu perfil</translation>
    </message>
    <message>
        <source>You follow them</source>
        <translation>Sigues su perfil</translation>
    </message>
    <message>
        <source>You don&apos;t follow them</source>
        <translation>No sigues su perfil</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Group members: %1&lt;br&gt;Share link: %2&lt;br&gt;Invite link: %3</source>
        <translation>Miembros del grupo: %1&lt;br&gt;Enlace para compartir: %2&lt;br&gt;Enlace de invitación: %3</translation>
    </message>
</context>
<context>
    <name>baton::ui::ChatItemDelegate</name>
    <message>
        <source>No messages yet</source>
        <translation>Aún no hay mensajes</translation>
    </message>
    <message>
        <source>Mentioned you in a story</source>
        <translation>Te mencionó en una historia</translation>
    </message>
    <message>
        <source>Came from an ad</source>
        <translation>Llegó desde un anuncio</translation>
    </message>
    <message>
        <source>Bot: %1</source>
        <translation>Bot: %1</translation>
    </message>
    <message>
        <source>Via another app: %1</source>
        <translation>Desde otra app: %1</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agente: %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Tú: %1</translation>
    </message>
    <message>
        <source>Agent #%1</source>
        <translation>Agente #%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>wakes in %1</source>
        <translation>se reactiva en %1</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>off, on in %1</source>
        <translation>desactivado, se activa en %1</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Asignado a ti</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (grupo)</translation>
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
        <translation>Listas de chats</translation>
    </message>
    <message>
        <source>Messaging app</source>
        <translation>App de mensajería</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Todas las apps</translation>
    </message>
    <message>
        <source>Chat type</source>
        <translation>Tipo de chat</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personales</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>De todos</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Míos</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <source>Search name, username, email, phone</source>
        <translation>Buscar nombre, usuario, correo, teléfono</translation>
    </message>
    <message>
        <source>Chat list</source>
        <translation>Lista de chats</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leídos</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrados</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n chats</source>
        <translation>
            <numerusform>%1: %n chat</numerusform>
            <numerusform>%1: %n chats</numerusform>
        </translation>
    </message>
    <message>
        <source>Chat actions</source>
        <translation>Acciones del chat</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>Abrir chat</translation>
    </message>
    <message numerus="yes">
        <source>Bot status for %n chats</source>
        <translation>
            <numerusform>Estado del bot para %n chat</numerusform>
            <numerusform>Estado del bot para %n chats</numerusform>
        </translation>
    </message>
    <message>
        <source>Bot status</source>
        <translation>Estado del bot</translation>
    </message>
</context>
<context>
    <name>baton::ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation>Escribe un comando…</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
</context>
<context>
    <name>baton::ui::Composer</name>
    <message>
        <source>Reply composer</source>
        <translation>Editor de respuestas</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Escribe una respuesta… (Ctrl+Enter para enviar)</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Caracteres usados</translation>
    </message>
    <message>
        <source>Composer error</source>
        <translation>Error del editor</translation>
    </message>
    <message>
        <source>Bot notice</source>
        <translation>Aviso del bot</translation>
    </message>
    <message>
        <source>Support window</source>
        <translation>Ventana de atención</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Adjuntar archivos…</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>Insertar emoji</translation>
    </message>
    <message>
        <source>Replying to</source>
        <translation>Respondiendo a</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Cancelar respuesta</translation>
    </message>
    <message>
        <source>Editing your message</source>
        <translation>Editando tu mensaje</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar edición</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>Quitar adjuntos</translation>
    </message>
    <message>
        <source>A message can have at most %1 characters; this would make %2. Your text is kept as it was.</source>
        <translation>Un mensaje puede tener como máximo %1 caracteres; así tendría %2. Tu texto se mantiene como estaba.</translation>
    </message>
    <message>
        <source>Replying to: %1</source>
        <translation>Respondiendo a: %1</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be read.</source>
        <translation>No se puede leer «%1».</translation>
    </message>
    <message>
        <source>“%1” is %2; files can be at most 20 MiB.</source>
        <translation>«%1» ocupa %2; los archivos pueden ocupar como máximo 20 MiB.</translation>
    </message>
    <message>
        <source>“%1” is a program or script; programs can&apos;t be sent.</source>
        <translation>«%1» es un programa o script; no se pueden enviar programas.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Adjunto: %1</translation>
    </message>
    <message>
        <source>The message can&apos;t be saved: %1.</source>
        <translation>No se puede guardar el mensaje: %1.</translation>
    </message>
    <message>
        <source>The message can&apos;t be sent: %1.</source>
        <translation>No se puede enviar el mensaje: %1.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <source>%1 allows free text only after the subscriber writes; only templates can be sent.</source>
        <translation>%1 solo permite texto libre después de que escriba el suscriptor; solo se pueden enviar plantillas.</translation>
    </message>
    <message>
        <source>The 7-day %1 window closed %2 ago; only templates can be sent.</source>
        <translation>La ventana de 7 días de %1 se cerró hace %2; solo se pueden enviar plantillas.</translation>
    </message>
    <message>
        <source>The 24-hour %1 window closed %2 ago; only templates can be sent.</source>
        <translation>La ventana de 24 horas de %1 se cerró hace %2; solo se pueden enviar plantillas.</translation>
    </message>
    <message>
        <source>%1 left in the %2 support window.</source>
        <translation>Quedan %1 en la ventana de atención de %2.</translation>
    </message>
    <message>
        <source>Sending snoozes the bot for 60 minutes.</source>
        <translation>Al enviar, el bot se pausa durante 60 minutos.</translation>
    </message>
    <message>
        <source>Sending keeps the bot snoozed for at least 60 minutes.</source>
        <translation>Al enviar, el bot sigue en pausa al menos 60 minutos.</translation>
    </message>
    <message>
        <source>Free text can&apos;t be sent now.</source>
        <translation>Ahora no se puede enviar texto libre.</translation>
    </message>
</context>
<context>
    <name>baton::ui::ConnectionIndicator</name>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Connecting since %1</source>
        <translation>Conectando desde %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Offline · last sync %1 (%2 ago)</source>
        <translation>Sin conexión · última sincronización %1 (hace %2)</translation>
    </message>
    <message>
        <source>Offline · never synced</source>
        <translation>Sin conexión · nunca sincronizado</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Conexión: %1</translation>
    </message>
</context>
<context>
    <name>baton::ui::ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>baton::ui::ConversationPane</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Subscriber name</source>
        <translation>Nombre del suscriptor</translation>
    </message>
    <message>
        <source>Messaging app</source>
        <translation>App de mensajería</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Close chat</source>
        <translation>Cerrar chat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Marcar como no leído</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Marcar no leído</translation>
    </message>
    <message>
        <source>Reply or note</source>
        <translation>Respuesta o nota</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (yo)</translation>
    </message>
    <message>
        <source>Chat #%1</source>
        <translation>Chat #%1</translation>
    </message>
    <message>
        <source>No chat open</source>
        <translation>Ningún chat abierto</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (grupo)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>Agent #%1</source>
        <translation>Agente #%1</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Reopen chat</source>
        <translation>Reabrir chat</translation>
    </message>
</context>
<context>
    <name>baton::ui::CustomTimeDialog</name>
    <message>
        <source>Until:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>baton::ui::DealDialog</name>
    <message>
        <source>Edit deal</source>
        <translation>Editar negocio</translation>
    </message>
    <message>
        <source>Add deal</source>
        <translation>Añadir negocio</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>Nombre del negocio</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>e.g. 49.90</source>
        <translation>p. ej., 49,90</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Deal error</source>
        <translation>Error del negocio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Choose a pipeline and a stage.</source>
        <translation>Elige un embudo y una etapa.</translation>
    </message>
    <message>
        <source>Give the deal a name.</source>
        <translation>Ponle un nombre al negocio.</translation>
    </message>
    <message>
        <source>The amount must be a number with at most two decimals, like 49.90.</source>
        <translation>El importe debe ser un número con dos decimales como máximo, como 49,90.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code, like EUR.</source>
        <translation>La moneda debe ser un código de tres letras, como EUR.</translation>
    </message>
</context>
<context>
    <name>baton::ui::DealsSection</name>
    <message>
        <source>Add deal</source>
        <translation>Añadir negocio</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Editar negocio</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negocios</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stage #%1</source>
        <translation>Etapa #%1</translation>
    </message>
</context>
<context>
    <name>baton::ui::EmojiPicker</name>
    <message>
        <source>grinning face</source>
        <translation>cara con sonrisa amplia</translation>
    </message>
    <message>
        <source>smiling face</source>
        <translation>cara sonriente</translation>
    </message>
    <message>
        <source>tears of joy</source>
        <translation>lágrimas de alegría</translation>
    </message>
    <message>
        <source>winking face</source>
        <translation>cara guiñando un ojo</translation>
    </message>
    <message>
        <source>heart eyes</source>
        <translation>ojos de corazón</translation>
    </message>
    <message>
        <source>thinking face</source>
        <translation>cara pensativa</translation>
    </message>
    <message>
        <source>sweat smile</source>
        <translation>sonrisa con sudor</translation>
    </message>
    <message>
        <source>crying face</source>
        <translation>cara llorando</translation>
    </message>
    <message>
        <source>folded hands</source>
        <translation>manos juntas</translation>
    </message>
    <message>
        <source>thumbs up</source>
        <translation>pulgar arriba</translation>
    </message>
    <message>
        <source>thumbs down</source>
        <translation>pulgar abajo</translation>
    </message>
    <message>
        <source>waving hand</source>
        <translation>mano saludando</translation>
    </message>
    <message>
        <source>clapping hands</source>
        <translation>manos aplaudiendo</translation>
    </message>
    <message>
        <source>raised hands</source>
        <translation>manos levantadas</translation>
    </message>
    <message>
        <source>OK hand</source>
        <translation>mano con señal de OK</translation>
    </message>
    <message>
        <source>flexed biceps</source>
        <translation>bíceps flexionado</translation>
    </message>
    <message>
        <source>red heart</source>
        <translation>corazón rojo</translation>
    </message>
    <message>
        <source>party popper</source>
        <translation>cañón de confeti</translation>
    </message>
    <message>
        <source>fire</source>
        <translation>fuego</translation>
    </message>
    <message>
        <source>star</source>
        <translation>estrella</translation>
    </message>
    <message>
        <source>check mark</source>
        <translation>marca de verificación</translation>
    </message>
    <message>
        <source>cross mark</source>
        <translation>marca de cruz</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>question mark</source>
        <translation>signo de interrogación</translation>
    </message>
    <message>
        <source>package</source>
        <translation>paquete</translation>
    </message>
    <message>
        <source>delivery truck</source>
        <translation>camión de reparto</translation>
    </message>
    <message>
        <source>credit card</source>
        <translation>tarjeta de crédito</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>calendario</translation>
    </message>
    <message>
        <source>alarm clock</source>
        <translation>despertador</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>envelope</source>
        <translation>sobre</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>regalo</translation>
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
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Log in to Baton</source>
        <translation>Iniciar sesión en Baton</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>tu@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Login error</source>
        <translation>Error de inicio de sesión</translation>
    </message>
    <message>
        <source>Enter the server address, like https://baton.example.com.</source>
        <translation>Introduce la dirección del servidor, como https://baton.example.com.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Introduce tu dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduce tu contraseña.</translation>
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
        <translation>Paneles</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barra de estado</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barra de menús</translation>
    </message>
</context>
<context>
    <name>baton::ui::MessageDelegate</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Pressed a button</source>
        <translation>Pulsó un botón</translation>
    </message>
    <message>
        <source>Mentioned you in a story</source>
        <translation>Te mencionó en una historia</translation>
    </message>
    <message>
        <source>Came from an ad</source>
        <translation>Llegó desde un anuncio</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Sent from another app</source>
        <translation>Enviado desde otra app</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>editado %1</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leído</translation>
    </message>
    <message>
        <source>An earlier message</source>
        <translation>Un mensaje anterior</translation>
    </message>
    <message>
        <source>Ad: %1</source>
        <translation>Anuncio: %1</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Este mensaje se eliminó</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>baton::ui::MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Reintentar envío</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Download “%1”</source>
        <translation>Descargar «%1»</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Acciones del mensaje</translation>
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
        <translation>(editada)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes list</source>
        <translation>Lista de notas</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Private note, never sent to the subscriber (Ctrl+Enter saves)</source>
        <translation>Nota privada, nunca se envía al suscriptor (Ctrl+Enter para guardar)</translation>
    </message>
    <message>
        <source>Note characters used</source>
        <translation>Caracteres usados en la nota</translation>
    </message>
    <message>
        <source>Note error</source>
        <translation>Error de la nota</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Cancel editing the note</source>
        <translation>Cancelar la edición de la nota</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters; this would make %2. Your text is kept.</source>
        <translation>Una nota puede tener como máximo %1 caracteres; así tendría %2. Tu texto se mantiene.</translation>
    </message>
    <message>
        <source>The note can&apos;t be saved: %1.</source>
        <translation>No se puede guardar la nota: %1.</translation>
    </message>
</context>
<context>
    <name>baton::ui::NotificationBanner</name>
    <message>
        <source>Dismiss the notification</source>
        <translation>Descartar la notificación</translation>
    </message>
    <message>
        <source>Dismiss (Escape)</source>
        <translation>Descartar (Escape)</translation>
    </message>
    <message>
        <source>Notification: %1</source>
        <translation>Notificación: %1</translation>
    </message>
    <message>
        <source>Press Escape to dismiss</source>
        <translation>Pulsa Escape para descartar</translation>
    </message>
    <message>
        <source>Press Enter to open, Escape to dismiss</source>
        <translation>Pulsa Enter para abrir o Escape para descartar</translation>
    </message>
</context>
<context>
    <name>baton::ui::NotificationCenter</name>
    <message>
        <source>Attachment: %1</source>
        <translation>Adjunto: %1</translation>
    </message>
    <message>
        <source>Mentioned you in a story</source>
        <translation>Te mencionó en una historia</translation>
    </message>
    <message>
        <source>Came from an ad</source>
        <translation>Llegó desde un anuncio</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Mensaje nuevo</translation>
    </message>
    <message>
        <source>New open chat: %1</source>
        <translation>Nuevo chat abierto: %1</translation>
    </message>
    <message>
        <source>Assigned to you: %1</source>
        <translation>Asignado a ti: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new open chat(s)</source>
        <translation>
            <numerusform>%n nuevo chat abierto</numerusform>
            <numerusform>%n nuevos chats abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s) assigned to you</source>
        <translation>
            <numerusform>%n chat asignado a ti</numerusform>
            <numerusform>%n chats asignados a ti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) in your chats</source>
        <translation>
            <numerusform>%n mensaje nuevo en tus chats</numerusform>
            <numerusform>%n mensajes nuevos en tus chats</numerusform>
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
        <translation>Sin bandeja del sistema: las notificaciones aparecen en la ventana</translation>
    </message>
    <message>
        <source>Click a notification, or press Enter on it, to open its chat.</source>
        <translation>Haz clic en una notificación o pulsa Enter sobre ella para abrir su chat.</translation>
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
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Ad campaign</source>
        <translation>Campaña publicitaria</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Username: @%1</source>
        <translation>Usuario: @%1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Correo: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Subscribed: %1</source>
        <translation>Fecha de suscripción: %1</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>Última actividad: %1</translation>
    </message>
    <message>
        <source>Ad campaign: %1</source>
        <translation>Campaña publicitaria: %1</translation>
    </message>
    <message>
        <source>Ad campaign: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Campaña publicitaria: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>baton::ui::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation>Error de ajustes</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Baton uses the new language after a restart.</source>
        <translation>Baton usará el nuevo idioma después de reiniciarse.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Es necesario reiniciar</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Start Baton when I log in</source>
        <translation>Abrir Baton al iniciar sesión</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Iniciar minimizado en la bandeja</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Mostrar notificaciones</translation>
    </message>
    <message>
        <source>For chats that become open</source>
        <translation>De chats que se abren</translation>
    </message>
    <message>
        <source>For chats assigned to me and their new messages</source>
        <translation>De chats asignados a mí y sus mensajes nuevos</translation>
    </message>
    <message>
        <source>Do not disturb (the tray count still updates)</source>
        <translation>No molestar (el contador de la bandeja se sigue actualizando)</translation>
    </message>
    <message>
        <source>Play the system bell with each notification</source>
        <translation>Reproducir el sonido del sistema con cada notificación</translation>
    </message>
    <message>
        <source>Every command can run from the keyboard. Choose which keys run which command.</source>
        <translation>Todos los comandos se pueden ejecutar con el teclado. Elige qué teclas ejecutan cada comando.</translation>
    </message>
    <message>
        <source>Change keyboard shortcuts…</source>
        <translation>Cambiar atajos de teclado…</translation>
    </message>
    <message>
        <source>Change keyboard shortcuts</source>
        <translation>Cambiar atajos de teclado</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Sesión iniciada como:</translation>
    </message>
</context>
<context>
    <name>baton::ui::ShortcutHelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (Escape closes)</source>
        <translation>Atajos de teclado (Escape para cerrar)</translation>
    </message>
</context>
<context>
    <name>baton::ui::ShortcutMap</name>
    <message>
        <source>Next chat</source>
        <translation>Chat siguiente</translation>
    </message>
    <message>
        <source>Previous chat</source>
        <translation>Chat anterior</translation>
    </message>
    <message>
        <source>Open the selected chat</source>
        <translation>Abrir el chat seleccionado</translation>
    </message>
    <message>
        <source>Go to the chat list</source>
        <translation>Ir a la lista de chats</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <source>Show open chats</source>
        <translation>Mostrar chats abiertos</translation>
    </message>
    <message>
        <source>Show unread chats</source>
        <translation>Mostrar chats no leídos</translation>
    </message>
    <message>
        <source>Show closed chats</source>
        <translation>Mostrar chats cerrados</translation>
    </message>
    <message>
        <source>Show all chats</source>
        <translation>Mostrar todos los chats</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>Escribir una respuesta</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Enviar la respuesta</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>Insertar emoji</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Escribir una nota</translation>
    </message>
    <message>
        <source>Close or reopen the chat</source>
        <translation>Cerrar o reabrir el chat</translation>
    </message>
    <message>
        <source>Mark the chat unread</source>
        <translation>Marcar el chat como no leído</translation>
    </message>
    <message>
        <source>Assign the chat to me</source>
        <translation>Asignarme el chat</translation>
    </message>
    <message>
        <source>Choose the assignee</source>
        <translation>Elegir a quién asignar</translation>
    </message>
    <message>
        <source>Bot status menu</source>
        <translation>Menú de estado del bot</translation>
    </message>
    <message>
        <source>Snooze the bot for 15 minutes</source>
        <translation>Pausar el bot 15 minutos</translation>
    </message>
    <message>
        <source>Snooze the bot for 1 hour</source>
        <translation>Pausar el bot 1 hora</translation>
    </message>
    <message>
        <source>Snooze the bot for 4 hours</source>
        <translation>Pausar el bot 4 horas</translation>
    </message>
    <message>
        <source>Snooze the bot until tomorrow 09:00</source>
        <translation>Pausar el bot hasta mañana a las 09:00</translation>
    </message>
    <message>
        <source>Snooze the bot 60 minutes longer</source>
        <translation>Ampliar la pausa del bot 60 minutos</translation>
    </message>
    <message>
        <source>Continue autoflows</source>
        <translation>Reanudar flujos automáticos</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <source>Keyboard shortcuts help</source>
        <translation>Ayuda de atajos de teclado</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Change keyboard shortcuts</source>
        <translation>Cambiar atajos de teclado</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>Comando desconocido.</translation>
    </message>
    <message>
        <source>%1 uses Alt with a character key, which breaks keyboards that type with AltGr. Use Ctrl, Ctrl+Shift or a function key.</source>
        <translation>%1 usa Alt con una tecla de carácter, lo que interfiere con los teclados que escriben con AltGr. Usa Ctrl, Ctrl+Shift o una tecla de función.</translation>
    </message>
    <message>
        <source>Already used by “%1”.</source>
        <translation>Ya lo usa «%1».</translation>
    </message>
    <message>
        <source>Workspace statistics</source>
        <translation>Estadísticas del espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>baton::ui::ShortcutsDialog</name>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Commands and their keys</source>
        <translation>Comandos y sus teclas</translation>
    </message>
    <message>
        <source>New keys</source>
        <translation>Teclas nuevas</translation>
    </message>
    <message>
        <source>Assign the keys</source>
        <translation>Asignar las teclas</translation>
    </message>
    <message>
        <source>Shortcut error</source>
        <translation>Error de atajo</translation>
    </message>
    <message>
        <source>Remove keys</source>
        <translation>Quitar teclas</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Restablecer valor predeterminado</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Restablecer todo</translation>
    </message>
    <message>
        <source>Reset all shortcuts</source>
        <translation>Restablecer todos los atajos</translation>
    </message>
    <message>
        <source>Press new keys:</source>
        <translation>Pulsa las teclas nuevas:</translation>
    </message>
</context>
<context>
    <name>baton::ui::StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Desde siempre</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Statistics status</source>
        <translation>Estado de las estadísticas</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <source>Messages received</source>
        <translation>Mensajes recibidos</translation>
    </message>
    <message>
        <source>Active subscribers</source>
        <translation>Suscriptores activos</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Figures for all time</source>
        <translation>Cifras desde siempre</translation>
    </message>
    <message>
        <source>Figures from %1 to %2</source>
        <translation>Cifras del %1 al %2</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Cargando las cifras…</translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation>No se pudieron cargar las cifras: %1</translation>
    </message>
    <message>
        <source>All bots</source>
        <translation>Todos los bots</translation>
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
        <translation>Ningún suscriptor</translation>
    </message>
    <message>
        <source>Subscriber card</source>
        <translation>Ficha del suscriptor</translation>
    </message>
    <message>
        <source>Bot status conflict</source>
        <translation>Conflicto de estado del bot</translation>
    </message>
    <message>
        <source>Bot and automation</source>
        <translation>Bot y automatización</translation>
    </message>
    <message>
        <source>Messaging app</source>
        <translation>App de mensajería</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negocios</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
</context>
<context>
    <name>baton::ui::SubscriptionSection</name>
    <message>
        <source>Disable subscriber</source>
        <translation>Desactivar suscriptor</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation>Estado de la suscripción</translation>
    </message>
    <message>
        <source>Disabled: the bot sends this subscriber nothing.</source>
        <translation>Desactivado: el bot no envía nada a este suscriptor.</translation>
    </message>
    <message>
        <source>Enable subscriber</source>
        <translation>Activar suscriptor</translation>
    </message>
</context>
<context>
    <name>baton::ui::TagsSection</name>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Add a tag and press Enter</source>
        <translation>Añade una etiqueta y pulsa Enter</translation>
    </message>
    <message>
        <source>Tag error</source>
        <translation>Error de etiqueta</translation>
    </message>
    <message>
        <source>Tags are 1 to 64 characters, without control characters.</source>
        <translation>Las etiquetas tienen de 1 a 64 caracteres, sin caracteres de control.</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Quitar la etiqueta %1</translation>
    </message>
</context>
<context>
    <name>baton::ui::TrayIcon</name>
    <message>
        <source>Baton tray menu</source>
        <translation>Menú de bandeja de Baton</translation>
    </message>
    <message>
        <source>Show Baton</source>
        <translation>Mostrar Baton</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Baton</source>
        <translation>Baton</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message numerus="yes">
        <source>%n unread chat(s)</source>
        <translation>
            <numerusform>%n chat sin leer</numerusform>
            <numerusform>%n chats sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::ui::VariableDelegate</name>
    <message>
        <source>Number value</source>
        <translation>Valor numérico</translation>
    </message>
    <message>
        <source>Date value</source>
        <translation>Valor de fecha</translation>
    </message>
    <message>
        <source>Text value</source>
        <translation>Valor de texto</translation>
    </message>
</context>
<context>
    <name>baton::ui::VariablesSection</name>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Baton is already running with this profile; it was brought to the front.</source>
        <translation>Baton ya se está ejecutando con este perfil; se ha traído al primer plano.</translation>
    </message>
    <message>
        <source>Baton seems to be running but does not answer: %1</source>
        <translation>Parece que Baton se está ejecutando, pero no responde: %1</translation>
    </message>
</context>
</TS>
