package org.happystation.kiosk.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import java.util.List;
import java.util.Optional;
import org.happystation.kiosk.stations.Station;
import org.happystation.kiosk.stations.StationFacility;
import org.happystation.plugin.api.ServiceTile;
import org.jsoup.nodes.Entities;

/**
 * What the home screen shows, given the station, its tiles in order and its service points: a large tile
 * per service or, with none installed yet, a plain "coming soon"; then opening hours, address and phone.
 * Takes data in and calls no service, so it is tested without a server.
 */
public class HomeScreen extends Div {

    public HomeScreen(
            Station station, Optional<String> residentName, List<ServiceTile> tiles, List<StationFacility> facilities) {
        addClassName("home-screen");
        add(
                welcome(station, residentName),
                tiles.isEmpty() ? noServicesYet() : tileGrid(tiles),
                volunteerCheckin(),
                stationInfo(station),
                facilities(facilities));
    }

    private Component welcome(Station station, Optional<String> residentName) {
        var title = new H1(residentName
                .map(name -> getTranslation("home.welcome.resident", name))
                .orElse(getTranslation("home.welcome", station.name())));
        title.addClassName("home-title");
        return title;
    }

    private Component tileGrid(List<ServiceTile> ordered) {
        var grid = new Div();
        grid.addClassName("tile-grid");
        for (ServiceTile tile : ordered) {
            var link = new Anchor("service/" + tile.id(), "");
            link.addClassName("service-tile");
            link.setId("tile-" + tile.id());
            var icon = new Icon(
                    tile.icon().contains(":") ? tile.icon().split(":")[0] : "vaadin",
                    tile.icon().contains(":") ? tile.icon().split(":")[1] : tile.icon());
            icon.addClassName("tile-icon");
            link.add(icon, new Span(tile.title(getLocale())));
            grid.add(link);
        }
        return grid;
    }

    /** For a signed-in resident who volunteers: their points, one touch from their statement. */
    public void showVolunteerPoints(long points) {
        var link = new Anchor("my-points", "");
        link.setId("my-points-link");
        link.addClassName("volunteer-checkin-link");
        var icon = new Icon("vaadin", "star");
        icon.addClassName("tile-icon");
        link.add(icon, new Span(getTranslation("home.my-points", points)));
        getElement().insertChild(1, link.getElement());
    }

    /** Volunteers come to the kiosk to scan the check-in code; the way there is always on the home screen. */
    private Component volunteerCheckin() {
        var link = new Anchor("checkin", "");
        link.setId("volunteer-checkin");
        link.addClassName("volunteer-checkin-link");
        var icon = new Icon("vaadin", "handshake");
        icon.addClassName("tile-icon");
        link.add(icon, new Span(getTranslation("home.volunteer-checkin")));
        return link;
    }

    private Component noServicesYet() {
        var box = new Section();
        box.addClassName("no-services");
        box.setId("no-services");
        box.add(
                new H2(getTranslation("home.no-services.title")),
                new Paragraph(getTranslation("home.no-services.text")));
        return box;
    }

    /*
     * The station's details and service points are read, never touched: each is one element of HTML rather
     * than a tree of components, because every open kiosk keeps its screen's components in the server's
     * memory (a city's server holds thousands of kiosk sessions).
     */
    private Component stationInfo(Station station) {
        var html = new StringBuilder("<section class=\"station-info\">");
        html.append("<h2>")
                .append(escaped(getTranslation("home.station.title")))
                .append("</h2>");
        infoLine(html, "home.station.hours", station.openingHours());
        infoLine(html, "home.station.address", station.address());
        if (station.phone() != null) {
            infoLine(html, "home.station.phone", station.phone());
        }
        return new Html(html.append("</section>").toString());
    }

    private void infoLine(StringBuilder html, String labelKey, String value) {
        html.append("<p class=\"info-line\"><span class=\"info-label\">")
                .append(escaped(getTranslation(labelKey)))
                .append("</span><span>")
                .append(escaped(value))
                .append("</span></p>");
    }

    private Component facilities(List<StationFacility> facilities) {
        var html = new StringBuilder("<section class=\"facilities\">");
        if (!facilities.isEmpty()) {
            html.append("<h2>")
                    .append(escaped(getTranslation("home.facilities.title")))
                    .append("</h2><ul>");
            for (var facility : facilities) {
                html.append("<li><span class=\"facility-name\">")
                        .append(escaped(facility.name()))
                        .append("</span><span class=\"facility-kind\">")
                        .append(escaped(getTranslation(
                                "facility.kind." + facility.kind().name())))
                        .append("</span>");
                if (!facility.summary().isBlank() && "zh".equals(getLocale().getLanguage())) {
                    html.append("<p>").append(escaped(facility.summary())).append("</p>");
                }
                html.append("</li>");
            }
            html.append("</ul>");
        }
        return new Html(html.append("</section>").toString());
    }

    /** Text from the station's managers goes into HTML as text, never as markup. */
    private static String escaped(String text) {
        return Entities.escape(text == null ? "" : text);
    }
}
