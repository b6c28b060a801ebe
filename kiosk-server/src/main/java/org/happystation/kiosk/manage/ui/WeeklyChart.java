package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * A chart of weekly series drawn in the browser by Chart.js (MIT; served from {@code /scripts}, where its
 * licence sits beside it), so that the server only sends the numbers. Each series is named in the legend
 * and has its own colour and, for lines, its own dash, so that colour is never the only cue.
 */
class WeeklyChart extends Div {

    record Series(String name, List<Long> values, String colour) {}

    /** Colours with at least 3:1 contrast on white, told apart also by dash patterns. */
    static final List<String> COLOURS =
            List.of("#0b4f9c", "#a30d0d", "#1d6b2f", "#7a4b00", "#5b2a86", "#00616b", "#3d3d3d", "#8a1e5c");

    WeeklyChart(String id, String title, String type, boolean stacked, List<String> weeks, List<Series> series) {
        setId(id);
        addClassName("console-chart");
        var canvas = new Element("canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", title);
        getElement().appendChild(canvas);
        String config = config(title, type, stacked, weeks, series);
        addAttachListener(attach -> {
            attach.getUI().getPage().addJavaScript("context://scripts/chart.umd.min.js");
            canvas.executeJs("""
                    const canvas = this;
                    const draw = () => {
                      if (!window.Chart) { setTimeout(draw, 50); return; }
                      if (canvas.chart) canvas.chart.destroy();
                      canvas.chart = new window.Chart(canvas, JSON.parse($0));
                    };
                    draw();""", config);
        });
    }

    private static String config(String title, String type, boolean stacked, List<String> weeks, List<Series> series) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            var one = series.get(i);
            var values = Json.createArrayBuilder();
            one.values().forEach(values::add);
            var dataset = Json.createObjectBuilder()
                    .add("label", one.name())
                    .add("data", values)
                    .add("borderColor", one.colour())
                    .add("backgroundColor", one.colour())
                    .add("borderWidth", 3);
            if ("line".equals(type)) {
                var dash = Json.createArrayBuilder();
                if (i % 3 == 1) {
                    dash.add(8).add(4);
                } else if (i % 3 == 2) {
                    dash.add(2).add(3);
                }
                dataset.add("borderDash", dash).add("fill", false).add("pointRadius", 4);
            }
            datasets.add(dataset);
        }
        var labels = Json.createArrayBuilder();
        weeks.forEach(labels::add);
        var axis = Json.createObjectBuilder()
                .add("stacked", stacked)
                .add(
                        "ticks",
                        Json.createObjectBuilder()
                                .add("font", Json.createObjectBuilder().add("size", 16)));
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("responsive", true)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "title",
                                                        Json.createObjectBuilder()
                                                                .add("display", true)
                                                                .add("text", title)
                                                                .add(
                                                                        "font",
                                                                        Json.createObjectBuilder()
                                                                                .add("size", 20)))
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add(
                                                                        "labels",
                                                                        Json.createObjectBuilder()
                                                                                .add(
                                                                                        "font",
                                                                                        Json.createObjectBuilder()
                                                                                                .add("size", 16)))))
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add("x", axis)
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("stacked", stacked)
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add(
                                                                                        "font",
                                                                                        Json.createObjectBuilder()
                                                                                                .add("size", 16))))))
                .build()
                .toString();
    }
}
