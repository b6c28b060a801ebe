package org.happystation.plugins.policy.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a resident typed, taken apart: the Chinese words worth searching for (without the words of a
 * spoken request such as 我想办, which every entry would match or none), and the letters of a pinyin-initials
 * query.
 */
record QueryWords(List<String> words, String initials) {

    private static final Set<String> FILLER = Set.of(
            "我", "想", "要", "想要", "办", "办理", "怎么", "怎样", "如何", "的", "了", "吗", "呢", "吧", "哪里", "在", "去", "请问", "问", "需要",
            "什么", "能", "能否", "可以", "我们", "你", "您", "他", "她", "是", "有", "和", "与", "一下", "咨询", "查", "查询", "知道", "关于", "给",
            "帮", "帮忙", "这个", "那个", "哪", "些", "多少", "怎么办", "谁", "个", "一个", "还", "都", "也", "就", "啊", "呀", "应该", "to",
            "how", "i", "a", "the");

    static QueryWords of(String query) {
        String trimmed = query == null ? "" : query.strip();
        var words = new LinkedHashSet<String>();
        for (String word : ChineseText.words(trimmed)) {
            if (!FILLER.contains(word)) {
                words.add(word);
            }
        }
        String letters = trimmed.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        String initials = letters.matches("[a-z]{1,30}") ? letters : "";
        return new QueryWords(List.copyOf(words), initials);
    }

    boolean isEmpty() {
        return words.isEmpty() && initials.isEmpty();
    }
}
