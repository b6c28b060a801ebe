package org.happystation.kiosk.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.happystation.kiosk.stations.FacilityKind;
import org.happystation.kiosk.stations.Station;
import org.happystation.kiosk.stations.StationFacility;
import org.happystation.kiosk.stations.StationId;
import org.happystation.plugin.api.ServiceTile;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HomeScreenTest extends BrowserlessTest {

    private final Station lingxi =
            new Station("LX-001", "灵西社区幸福驿站", "灵西社区", "灵山街道灵西社区党群服务中心一楼", "周一至周日 8:00–18:00", Instant.now());
    private final List<StationFacility> facilities =
            List.of(new StationFacility(new StationId(1), "溢香家", FacilityKind.CANTEEN, "社区食堂，可同时容纳 350 余人就餐", 0));

    @BeforeEach
    void chinese() {
        UI.getCurrent().setLocale(Locale.CHINESE);
    }

    @Test
    void without_services_the_screen_says_they_are_coming_and_how_to_get_help() {
        var screen = show(new HomeScreen(lingxi, Optional.empty(), List.of(), facilities));

        assertThat(text(screen)).contains("欢迎来到灵西社区幸福驿站").contains("自助服务即将上线").contains("工作人员");
        assertThat(serviceTiles(screen)).isEmpty();
    }

    @Test
    void the_station_tells_when_and_where_it_is_open_and_what_it_runs() {
        var screen = show(new HomeScreen(lingxi, Optional.empty(), List.of(), facilities));

        assertThat(text(screen))
                .contains("开放时间")
                .contains("周一至周日 8:00–18:00")
                .contains("灵山街道灵西社区党群服务中心一楼")
                .contains("溢香家")
                .contains("社区食堂");
    }

    @Test
    void each_service_is_a_large_tile_in_the_given_order_linking_to_its_page() {
        var tiles = List.of(
                new ServiceTile("canteen", Map.of("zh", "社区食堂", "en", "Canteen"), "vaadin:cutlery", 1),
                new ServiceTile("policy-lookup", Map.of("zh", "政策查询", "en", "Policies"), "vaadin:book", 2));

        var screen = show(new HomeScreen(lingxi, Optional.empty(), tiles, facilities));

        var links = serviceTiles(screen);
        assertThat(links).extracting(Anchor::getHref).containsExactly("service/canteen", "service/policy-lookup");
        assertThat(links)
                .extracting(link -> link.getElement().getTextRecursively())
                .containsExactly("社区食堂", "政策查询");
        assertThat(text(screen)).doesNotContain("即将上线");
    }

    @Test
    void volunteers_always_find_the_way_to_check_in() {
        var screen = show(new HomeScreen(lingxi, Optional.empty(), List.of(), facilities));

        var checkin = $(Anchor.class, screen).id("volunteer-checkin");
        assertThat(checkin.getHref()).isEqualTo("checkin");
        assertThat(checkin.getElement().getTextRecursively()).isEqualTo("志愿者签到");
    }

    private java.util.List<Anchor> serviceTiles(HomeScreen screen) {
        return $(Anchor.class, screen).all().stream()
                .filter(anchor -> anchor.hasClassName("service-tile"))
                .toList();
    }

    @Test
    void a_signed_in_resident_is_greeted_by_name() {
        var screen = show(new HomeScreen(lingxi, Optional.of("王秀兰"), List.of(), facilities));

        assertThat(text(screen)).contains("您好，王秀兰");
    }

    @Test
    void in_english_the_labels_change_and_the_names_stay() {
        UI.getCurrent().setLocale(Locale.ENGLISH);

        var screen = show(new HomeScreen(lingxi, Optional.empty(), List.of(), facilities));

        assertThat(text(screen))
                .contains("Welcome to 灵西社区幸福驿站")
                .contains("Opening hours")
                .contains("Community canteen");
    }

    private HomeScreen show(HomeScreen screen) {
        UI.getCurrent().add(screen);
        return screen;
    }

    /** The text of the components, and of the read-only parts written as HTML. */
    private static String text(HomeScreen screen) {
        var html = screen.getChildren()
                .filter(Html.class::isInstance)
                .map(part -> Jsoup.parse(part.getElement().getProperty("innerHTML", ""))
                        .text())
                .collect(java.util.stream.Collectors.joining(" "));
        return screen.getElement().getTextRecursively() + " " + html;
    }

    @Test
    void a_facility_name_with_markup_is_shown_as_text() {
        var odd = List.of(new StationFacility(
                new StationId(1), "<b>溢香家</b> & 食堂", FacilityKind.CANTEEN, "<script>alert(1)</script>", 0));
        var screen = show(new HomeScreen(lingxi, Optional.empty(), List.of(), odd));

        assertThat(text(screen)).contains("<b>溢香家</b> & 食堂").contains("<script>alert(1)</script>");
    }
}
