package org.happystation.plugins.policy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Word segmentation of Chinese text with Lucene's smartcn, shared by indexing, queries and highlighting. */
public final class ChineseText {

    /** One analysed word and where it stands in the text. */
    public record Token(String term, int start, int end) {}

    // Thread-safe: Lucene analyzers keep their per-thread state themselves. Loading the dictionary is slow,
    // so it happens once per plugin class loader.
    private static final Analyzer ANALYZER = new SmartChineseAnalyzer();

    private ChineseText() {}

    public static Analyzer analyzer() {
        return ANALYZER;
    }

    /** The words of a text, in order, with their offsets. */
    public static List<Token> tokens(String text) {
        var tokens = new ArrayList<Token>();
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Just the words. */
    public static List<String> words(String text) {
        return tokens(text).stream().map(Token::term).toList();
    }
}
