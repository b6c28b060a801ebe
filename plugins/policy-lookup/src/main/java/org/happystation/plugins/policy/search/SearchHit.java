package org.happystation.plugins.policy.search;

import java.util.List;
import org.happystation.plugins.policy.model.Policy;

/**
 * One result of a search, best first.
 *
 * @param title the entry's title cut into segments, the matched words marked
 * @param fragment a short passage of the body around the first matched word, marked the same way
 */
public record SearchHit(Policy policy, float score, List<Segment> title, List<Segment> fragment) {

    /** The marked words of title and fragment, for tests and screen readers. */
    public List<String> matchedWords() {
        return java.util.stream.Stream.concat(title.stream(), fragment.stream())
                .filter(Segment::match)
                .map(Segment::text)
                .toList();
    }
}
