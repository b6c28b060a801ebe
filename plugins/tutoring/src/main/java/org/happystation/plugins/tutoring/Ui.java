package org.happystation.plugins.tutoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.stream.Collectors;
import org.happystation.plugin.api.PluginContext;
import org.happystation.plugins.tutoring.domain.ClassSession;
import org.happystation.plugins.tutoring.domain.Term;
import org.happystation.plugins.tutoring.domain.TutoringClass;
import org.happystation.plugins.tutoring.domain.TutoringException;

/** Small pieces and wordings the tutoring screens share. */
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

    /** A message the reader must see: a full sentence in a framed box (not only colour), read out as an alert. */
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

    /** A kiosk button: at least 80 px high and wide enough to read, one action. */
    static Button big(String text, String id, Runnable action) {
        var button = new Button(text, click -> action.run());
        button.setId(id);
        button.getStyle()
                .set("min-width", "320px")
                .set("min-height", "80px")
                .set("margin", "8px 8px 0 0")
                .set("white-space", "normal")
                .set("height", "auto");
        return button;
    }

    /** Components one under the other. */
    static Div column(Component... components) {
        var column = new Div(components);
        column.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start");
        return column;
    }

    /** A framed card, for one class or one child. */
    static Div card(String id, Component... components) {
        var card = new Div(components);
        card.setId(id);
        card.getStyle()
                .set("border", "2px solid #5a5a5a")
                .set("border-radius", "10px")
                .set("padding", "12px 16px")
                .set("margin", "12px 0");
        return card;
    }

    /** The sentence of a refusal, in the reader's language. */
    static String explain(PluginContext context, TutoringException refused) {
        return context.message(refused.messageKey(), refused.arguments());
    }

    static String grade(PluginContext context, int grade) {
        return context.message("grade." + grade);
    }

    static String grades(PluginContext context, TutoringClass tutoringClass) {
        return context.message(
                "class.grades",
                grade(context, tutoringClass.grades().from()),
                grade(context, tutoringClass.grades().to()));
    }

    static String weekday(PluginContext context, DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, context.locale());
    }

    /** For example 每周二、周四 16:30–18:00. */
    static String schedule(PluginContext context, TutoringClass tutoringClass) {
        String days = tutoringClass.schedule().days().stream()
                .map(day -> weekday(context, day))
                .collect(Collectors.joining(context.message("list.separator")));
        return context.message(
                "class.schedule",
                days,
                tutoringClass.schedule().start().toString(),
                tutoringClass.schedule().end().toString());
    }

    static String tutor(PluginContext context, TutoringClass tutoringClass) {
        return tutoringClass.hasTutor() ? tutoringClass.tutor().name() : context.message("class.tutor-none");
    }

    /** A date in words, for example 11月21日 周六. */
    static String date(PluginContext context, LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern(context.message("date.pattern"), context.locale()));
    }

    /** A session in words, with 今天 when it is today. */
    static String session(PluginContext context, ClassSession session, LocalDate today) {
        String when = context.message(
                "session.when",
                date(context, session.date()),
                session.start().toString(),
                session.end().toString());
        return session.date().equals(today) ? context.message("session.today", when) : when;
    }

    static String term(PluginContext context, Term term) {
        return context.message("term.span", term.name(), date(context, term.first()), date(context, term.last()));
    }
}
