package org.happystation.plugins.canteen;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import java.util.Optional;
import org.happystation.plugin.api.PluginContext;
import org.happystation.plugins.canteen.domain.Dish;
import org.happystation.plugins.canteen.domain.Photos;
import org.happystation.plugins.canteen.domain.Quote;

/** Small pieces the canteen's screens share. */
final class Ui {

    private Ui() {}

    static String money(PluginContext context, long fen) {
        return context.message("money", Quote.yuan(fen));
    }

    /** A line of text in a given size, at least the kiosk's 24 px. */
    static Paragraph text(String text, int sizePx) {
        var paragraph = new Paragraph(text);
        paragraph
                .getStyle()
                .set("font-size", sizePx + "px")
                .set("line-height", "1.4")
                .set("margin", "8px 0");
        return paragraph;
    }

    /** A message the reader must see: a sentence, in a framed box (not only colour). */
    static Paragraph notice(String text, String id) {
        var paragraph = text(text, 24);
        paragraph.setId(id);
        paragraph.getElement().setAttribute("role", "alert");
        paragraph
                .getStyle()
                .set("border", "3px solid #1a1a1a")
                .set("border-radius", "8px")
                .set("padding", "12px")
                .set("background", "#fff8e1")
                .set("color", "#1a1a1a");
        return paragraph;
    }

    /** The tags of a dish as words, for example "软烂、低盐". */
    static String tags(PluginContext context, List<String> tags) {
        return String.join(
                "、", tags.stream().map(tag -> context.message("tag." + tag)).toList());
    }

    /** One dish: name, tags in words, note, and its photo when there is one. */
    static Component dish(PluginContext context, Dish dish, int sizePx) {
        var line = new Div();
        line.getStyle()
                .set("display", "flex")
                .set("gap", "16px")
                .set("align-items", "center")
                .set("margin", "8px 0");
        photo(context, dish.photoId(), dish.name()).ifPresent(line::add);
        var words = new Div(new Span(dish.name()));
        words.getStyle().set("font-size", sizePx + "px");
        if (!dish.tags().isEmpty()) {
            var tags = new Span(" (" + tags(context, dish.tags()) + ")");
            words.add(tags);
        }
        if (!dish.note().isEmpty()) {
            words.add(new Span(" " + dish.note()));
        }
        line.add(words);
        return line;
    }

    /** A dish photo served by the host from the record, read when the browser asks for it. */
    static Optional<Image> photo(PluginContext context, String photoId, String alt) {
        if (photoId.isEmpty()) {
            return Optional.empty();
        }
        var photos = new Photos(context.records());
        DownloadHandler handler = event -> {
            var photo = photos.find(photoId);
            if (photo.isEmpty()) {
                event.getResponse().setStatus(404);
                return;
            }
            event.setContentType(photo.get().contentType());
            event.setContentLength(photo.get().bytes().length);
            event.getOutputStream().write(photo.get().bytes());
        };
        var image = new Image(handler, alt);
        image.setWidth("120px");
        image.setHeight("90px");
        image.getStyle().set("object-fit", "cover").set("border-radius", "6px");
        return Optional.of(image);
    }
}
