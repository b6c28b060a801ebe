package org.happystation.plugins.policy.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Marks the searched words in a text. It segments the text with the same analyser as the index, so it
 * marks exactly the words that made the entry match.
 */
final class Highlighter {

    private static final String ELLIPSIS = "…";

    private Highlighter() {}

    /** The whole text, the words marked. */
    static List<Segment> mark(String text, Set<String> words) {
        return window(text, words, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /** A passage of at most {@code length} characters starting a little before the first marked word. */
    static List<Segment> window(String text, Set<String> words, int before, int length) {
        var matches = ChineseText.tokens(text).stream()
                .filter(token -> words.contains(token.term()))
                .toList();
        int first = matches.isEmpty() ? 0 : matches.get(0).start();
        int from = Math.max(0, first - Math.min(before, first));
        int to = (int) Math.min(text.length(), (long) from + length);
        var segments = new ArrayList<Segment>();
        if (from > 0) {
            segments.add(new Segment(ELLIPSIS, false));
        }
        int at = from;
        for (var token : matches) {
            if (token.start() < at || token.end() > to) {
                continue;
            }
            plain(text.substring(at, token.start()), segments);
            segments.add(new Segment(text.substring(token.start(), token.end()), true));
            at = token.end();
        }
        plain(text.substring(at, to), segments);
        if (to < text.length()) {
            segments.add(new Segment(ELLIPSIS, false));
        }
        return segments;
    }

    /** Marks the characters whose pinyin initials spell {@code initials}, for example 社保卡 for sbk. */
    static List<Segment> markInitials(String title, String initials) {
        var positions = new ArrayList<Integer>();
        var spelled = new StringBuilder();
        for (int i = 0; i < title.length(); i++) {
            String initial = PinyinInitials.ofCharacters(title.substring(i, i + 1));
            if (!initial.isEmpty()) {
                positions.add(i);
                spelled.append(initial);
            }
        }
        int found = spelled.indexOf(initials);
        if (found < 0) {
            return List.of(new Segment(title, false));
        }
        int start = positions.get(found);
        int end = positions.get(found + initials.length() - 1) + 1;
        var segments = new ArrayList<Segment>();
        plain(title.substring(0, start), segments);
        segments.add(new Segment(title.substring(start, end), true));
        plain(title.substring(end), segments);
        return segments;
    }

    private static void plain(String text, List<Segment> segments) {
        if (!text.isEmpty()) {
            segments.add(new Segment(text, false));
        }
    }
}
