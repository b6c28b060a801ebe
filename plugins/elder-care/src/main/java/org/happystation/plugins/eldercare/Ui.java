package org.happystation.plugins.eldercare;

import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.happystation.plugin.api.PluginContext;
import org.happystation.plugins.eldercare.domain.CareBooking;
import org.happystation.plugins.eldercare.domain.CareStatus;
import org.happystation.plugins.eldercare.domain.DeliveredBy;
import org.happystation.plugins.eldercare.domain.ElderCareException;
import org.happystation.plugins.eldercare.domain.Mobility;

/** Small pieces the elder-care screens share. */
final class Ui {

    private Ui() {}

    /** A line of text in a given size. */
    static Paragraph text(String text, int sizePx) {
        var paragraph = new Paragraph(text);
        paragraph
                .getStyle()
                .set("font-size", sizePx + "px")
                .set("line-height", "1.4")
                .set("margin", "8px 0");
        return paragraph;
    }

    /** A message the reader must see: a sentence in a framed box (not only colour), read out by screen readers. */
    static Paragraph notice(String text, String id, int sizePx) {
        var paragraph = text(text, sizePx);
        paragraph.setId(id);
        paragraph.getElement().setAttribute("role", "status");
        paragraph
                .getStyle()
                .set("border", "3px solid #1a1a1a")
                .set("border-radius", "8px")
                .set("padding", "12px")
                .set("background", "#fff8e1")
                .set("color", "#1a1a1a");
        return paragraph;
    }

    /** The sentence of a refusal, with statuses, roles and mobility levels in words. */
    static String sentence(PluginContext context, ElderCareException refused) {
        Object[] arguments = Arrays.stream(refused.arguments())
                .map(argument -> switch (argument) {
                    case CareStatus status -> context.message(status.messageKey());
                    case Mobility mobility -> context.message(mobility.messageKey());
                    case DeliveredBy role -> context.message(role.messageKey());
                    case Number number -> String.valueOf(number);
                    default -> argument;
                })
                .toArray();
        return context.message(refused.messageKey(), arguments);
    }

    static String date(PluginContext context, LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern(context.message("date.pattern"), context.locale()));
    }

    static String time(PluginContext context, Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm")
                .format(instant.atZone(context.clock().getZone()));
    }

    /** "09:00 至 09:45" */
    static String span(PluginContext context, CareBooking booking) {
        return context.message("time.span", time(context, booking.startsAt()), time(context, booking.endsAt()));
    }

    /** The day with "today" or "tomorrow" when it is one of them. */
    static String dayLabel(PluginContext context, LocalDate day) {
        LocalDate today = LocalDate.now(context.clock());
        String date = date(context, day);
        if (day.equals(today)) {
            return context.message("date.today", date);
        }
        return day.equals(today.plusDays(1)) ? context.message("date.tomorrow", date) : date;
    }
}
