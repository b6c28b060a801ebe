package org.happystation.kiosk.shell.ui;

import com.vaadin.flow.component.Component;

/**
 * When the kiosk loses the server (network down, server restarting), a calm full-screen message in large
 * type replaces Vaadin's small "connection lost" notice; when the server answers again the kiosk opens its
 * home screen afresh (the session may be gone, and a half-finished screen would only confuse). It lives in
 * the browser alone, since the server cannot be asked while it is out of reach.
 */
final class ReconnectingScreen {

    private ReconnectingScreen() {}

    /** Installs the watch once per page; a later call only updates the texts (the language may change). */
    static void install(Component host) {
        host.getElement()
                .executeJs(
                        """
                const texts = {title: $0, text: $1};
                if (window.stationConnection) { window.stationConnection.texts = texts; return; }
                const watch = window.stationConnection = {texts, screen: null, probe: null};
                document.body.classList.add('kiosk-page');
                const show = () => {
                  if (watch.screen) return;
                  const screen = watch.screen = document.createElement('div');
                  screen.id = 'reconnecting';
                  screen.className = 'reconnecting-screen';
                  screen.setAttribute('role', 'alert');
                  const title = document.createElement('h1');
                  title.textContent = watch.texts.title;
                  const text = document.createElement('p');
                  text.textContent = watch.texts.text;
                  screen.append(title, text);
                  document.body.append(screen);
                  // Ask the server itself, so that the screen goes whether the network or the server was out.
                  watch.probe = setInterval(() => fetch('/icons/station.svg', {cache: 'no-store'})
                      .then(answer => { if (answer.ok) location.assign('/'); }).catch(() => {}), 3000);
                };
                const store = window.Vaadin && window.Vaadin.connectionState;
                if (store && store.addStateChangeListener) {
                  store.addStateChangeListener((before, now) => {
                    if (now === 'reconnecting' || now === 'connection-lost') show();
                  });
                }
                window.addEventListener('offline', show);""",
                        host.getTranslation("kiosk.reconnecting.title"),
                        host.getTranslation("kiosk.reconnecting.text"));
    }
}
