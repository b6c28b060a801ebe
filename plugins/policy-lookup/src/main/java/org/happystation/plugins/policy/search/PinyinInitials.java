package org.happystation.plugins.policy.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Pinyin initials of titles, so that a resident who can only type a few letters finds 社保卡 with
 * {@code sbk}. People abbreviate a word by its first letter (社会保障卡 → 社保卡 → {@code sbk}) or spell the
 * initial of every character ({@code shbzk}), and mix both, so each title yields every such spelling that
 * starts at one of its words; a query then matches any of them as a prefix.
 */
public final class PinyinInitials {

    /** How many words one spelling mixes, to keep the number of spellings small (2^4 per start). */
    private static final int WINDOW = 4;

    private PinyinInitials() {}

    /** The initial of every character: 社会保障卡 → {@code shbzk}; letters and digits stay as they are. */
    public static String ofCharacters(String text) {
        var out = new StringBuilder();
        for (char c : text.toCharArray()) {
            char initial = initial(c);
            if (initial != 0) {
                out.append(initial);
            }
        }
        return out.toString();
    }

    /** The spellings of a title's words (see the class comment) starting at the first word. */
    public static Set<String> fromStart(List<String> words) {
        return spellingsFrom(initialsOf(words), 0);
    }

    /** The spellings starting at any word of the title. */
    public static Set<String> fromAnyWord(List<String> words) {
        var initials = initialsOf(words);
        var all = new LinkedHashSet<String>();
        for (int start = 0; start < initials.size(); start++) {
            all.addAll(spellingsFrom(initials, start));
        }
        return all;
    }

    private static List<String> initialsOf(List<String> words) {
        return words.stream()
                .map(PinyinInitials::ofCharacters)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static Set<String> spellingsFrom(List<String> initials, int start) {
        var spellings = new LinkedHashSet<String>();
        var rest = new StringBuilder();
        for (int i = start; i < initials.size(); i++) {
            rest.append(initials.get(i));
        }
        spellings.add(rest.toString());
        int end = Math.min(initials.size(), start + WINDOW);
        List<String> partial = new ArrayList<>(List.of(""));
        for (int i = start; i < end; i++) {
            String full = initials.get(i);
            String first = full.substring(0, 1);
            var next = new ArrayList<String>();
            for (String prefix : partial) {
                next.add(prefix + full);
                if (full.length() > 1) {
                    next.add(prefix + first);
                }
            }
            partial = next;
        }
        spellings.addAll(partial);
        spellings.remove("");
        return spellings;
    }

    private static char initial(char c) {
        if (c < 128) {
            return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
        }
        String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
        if (readings == null || readings.length == 0 || readings[0].isEmpty()) {
            return 0;
        }
        return readings[0].toLowerCase(Locale.ROOT).charAt(0);
    }
}
