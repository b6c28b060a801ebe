package org.happystation.plugins.policy.ui;

import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.happystation.plugins.policy.search.Segment;

/**
 * Text with the searched words marked in bold and underlined, so the mark does not rely on colour. Every
 * piece is set as text, never as HTML.
 */
final class MarkedText {

    private MarkedText() {}

    static Span of(List<Segment> segments) {
        var span = new Span();
        for (Segment segment : segments) {
            var piece = new Span(segment.text());
            if (segment.match()) {
                piece.addClassName("policy-match");
                piece.getStyle()
                        .set("font-weight", "bold")
                        .set("text-decoration", "underline")
                        .set("background", "#fff1a8")
                        .set("color", "#1a1a1a");
            }
            span.add(piece);
        }
        return span;
    }
}
