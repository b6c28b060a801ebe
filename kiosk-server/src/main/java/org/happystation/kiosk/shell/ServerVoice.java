package org.happystation.kiosk.shell;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speech made on the server, for kiosks whose browser has no Chinese (or English) voice: Debian's
 * {@code espeak-ng} turns the text into a WAV file. The text goes to the program on its standard input,
 * never on a command line, so nothing in it is interpreted.
 */
@ApplicationScoped
public class ServerVoice {

    /** About a screenful read aloud; anything longer is cut at a sentence end. */
    public static final int MAX_CHARACTERS = 600;

    private static final Logger LOG = LoggerFactory.getLogger(ServerVoice.class);
    private static final String PROGRAM = "espeak-ng";
    /** Words a minute: slower than espeak's 175, for elderly listeners. */
    private static final int SPEED = 140;
    /** A station has a handful of kiosks; more at once would only queue behind the CPU. */
    private final Semaphore running = new Semaphore(4);

    private volatile Boolean installed;

    /** Whether the server can speak at all (the program is installed). */
    public boolean available() {
        if (installed == null) {
            installed = run(new ProcessBuilder(PROGRAM, "--version"), null).isPresent();
            if (!installed) {
                LOG.warn(
                        "{} is not installed: kiosks without a voice of their own cannot read aloud."
                                + " Install it with 'apt-get install espeak-ng'.",
                        PROGRAM);
            }
        }
        return installed;
    }

    /** The text spoken in Mandarin (or English for an English screen), as WAV; empty if it cannot be made. */
    public Optional<byte[]> speak(String text, Locale locale) {
        String toSay = shorten(text);
        if (toSay.isBlank() || !available()) {
            return Optional.empty();
        }
        String voice = "en".equals(locale.getLanguage()) ? "en" : "cmn";
        var command = new ProcessBuilder(PROGRAM, "-v", voice, "-s", String.valueOf(SPEED), "--stdout");
        return run(command, toSay);
    }

    /** Cuts the text to {@link #MAX_CHARACTERS}, at the last sentence end before the limit if there is one. */
    static String shorten(String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.length() <= MAX_CHARACTERS) {
            return clean;
        }
        String head = clean.substring(0, MAX_CHARACTERS);
        int end = Math.max(Math.max(head.lastIndexOf("。"), head.lastIndexOf(". ")), head.lastIndexOf("！"));
        return end > MAX_CHARACTERS / 2 ? head.substring(0, end + 1) : head;
    }

    private Optional<byte[]> run(ProcessBuilder command, String input) {
        try {
            if (!running.tryAcquire(10, TimeUnit.SECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        Process process = null;
        try {
            process = command.redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (var stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            byte[] output = readAll(process.getInputStream());
            if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(output);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (process != null) {
                process.destroyForcibly();
            }
            running.release();
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
