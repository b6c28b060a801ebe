package org.happystation.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The server's voice, with Debian's espeak-ng (CI installs it; see .ci/run). */
class ServerVoiceTest {

    private final ServerVoice voice = new ServerVoice();

    @Test
    void a_chinese_sentence_becomes_a_wav_of_a_few_seconds() {
        byte[] wav = voice.speak("您好，欢迎来到灵西社区幸福驿站。请选择服务。", Locale.CHINESE).orElseThrow();

        assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(wav, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WAVE");
        assertThat(seconds(wav)).isBetween(2.0, 20.0);
    }

    @Test
    void an_english_screen_is_spoken_too_and_a_blank_screen_gives_nothing_to_play() {
        assertThat(voice.speak("Welcome. Please choose a service.", Locale.ENGLISH))
                .isPresent();
        assertThat(voice.speak("   ", Locale.CHINESE)).isEmpty();
    }

    @Test
    void text_that_looks_like_options_is_only_spoken() {
        // The text reaches espeak-ng on its standard input: a leading dash is words, not an option.
        assertThat(voice.speak("--version; rm -rf /", Locale.ENGLISH).orElseThrow())
                .startsWith("RIFF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void a_long_screen_is_cut_at_a_sentence_end_before_the_limit() {
        String sentence = "这是一句话。";
        String text = sentence.repeat(ServerVoice.MAX_CHARACTERS / sentence.length() + 20);

        String spoken = ServerVoice.shorten(text);

        assertThat(spoken.length()).isLessThanOrEqualTo(ServerVoice.MAX_CHARACTERS);
        assertThat(spoken).endsWith("。");
    }

    /** The length of the sound: data bytes over bytes a second, both from the WAV header. */
    private static double seconds(byte[] wav) {
        var header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int byteRate = header.getInt(28);
        return (wav.length - 44) / (double) byteRate;
    }
}
