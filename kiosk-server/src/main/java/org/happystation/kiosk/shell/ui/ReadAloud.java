package org.happystation.kiosk.shell.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Supplier;
import org.happystation.kiosk.shell.ServerVoice;

/**
 * "读给我听 / Read to me": speaks the screen's main content. The browser's own speech synthesis speaks when
 * it has a voice for the language (most desktop Chromiums do not have a Chinese one); otherwise the
 * browser sends the text back and the server's voice ({@link ServerVoice}) makes the audio it plays.
 * What is read is the text a plugin gave for its screen, or else the visible text of the screen.
 */
class ReadAloud extends Div {

    private final Button button = new Button();
    private final Element audio = new Element("audio");
    private final Paragraph unavailable = new Paragraph();
    private final ServerVoice serverVoice;
    private final Supplier<Optional<String>> givenText;

    /**
     * @param givenText the text the current screen asks to have read, if it gives one
     */
    ReadAloud(ServerVoice serverVoice, Supplier<Optional<String>> givenText) {
        this.serverVoice = serverVoice;
        this.givenText = givenText;
        addClassName("read-aloud");
        button.setId("read-aloud");
        button.addClickListener(click -> read());
        audio.setAttribute("id", "read-aloud-audio");
        audio.setAttribute("preload", "auto");
        unavailable.setId("read-aloud-unavailable");
        unavailable.addClassName("read-aloud-unavailable");
        unavailable.getElement().setAttribute("role", "status");
        unavailable.setVisible(false);
        add(button);
        getElement().appendChild(audio);
    }

    /** Sets the button's label in the current language. */
    void localize() {
        button.setText(getTranslation("kiosk.read-aloud"));
        unavailable.setText(getTranslation("kiosk.read-aloud.unavailable"));
    }

    /** The message shown, in place of speech, when neither the browser nor the server can speak. */
    Paragraph unavailableMessage() {
        return unavailable;
    }

    private void read() {
        unavailable.setVisible(false);
        String language = "en".equals(getLocale().getLanguage()) ? "en" : "zh";
        // The browser picks the way to speak; it calls back speakOnServer when it has no voice of its own.
        getElement().executeJs("""
                const host = this, audio = $0, given = $1, language = $2;
                audio.pause();
                const synth = window.speechSynthesis;
                if (synth) synth.cancel();
                let text = given;
                if (!text) {
                  const main = document.querySelector('.kiosk-content');
                  // Each line of the screen becomes a sentence, so that the voice pauses between them.
                  text = (main ? main.innerText : '').split('\\n').map(l => l.trim()).filter(l => l)
                      .map(l => /[。！？.!?：:]$/.test(l) ? l : l + (language === 'en' ? '.' : '。')).join(' ');
                }
                const voice = synth && synth.getVoices()
                    .find(v => v.lang.toLowerCase().replace('_', '-').startsWith(language));
                if (voice) {
                  const spoken = new SpeechSynthesisUtterance(text);
                  spoken.voice = voice;
                  spoken.lang = voice.lang;
                  spoken.rate = 0.85; // slower, for elderly listeners
                  synth.speak(spoken);
                  host.setAttribute('data-spoken-by', 'browser');
                } else {
                  host.$server.speakOnServer(text);
                }""", audio, givenText.get().orElse(""), language);
    }

    /** The browser has no voice for the language: the server makes the audio and the browser plays it. */
    @ClientCallable
    void speakOnServer(String text) {
        var wav = serverVoice.speak(text, getLocale());
        if (wav.isEmpty()) {
            unavailable.setVisible(true);
            return;
        }
        byte[] sound = wav.get();
        audio.setAttribute(
                "src",
                DownloadHandler.fromInputStream(download -> new DownloadResponse(
                        new ByteArrayInputStream(sound), "read-aloud.wav", "audio/wav", sound.length)));
        getElement().setAttribute("data-spoken-by", "server");
        audio.executeJs("this.load(); this.play().catch(() => {});");
    }
}
