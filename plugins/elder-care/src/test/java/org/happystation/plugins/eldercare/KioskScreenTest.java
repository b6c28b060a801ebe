package org.happystation.plugins.eldercare;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugins.eldercare.domain.CareProfile;
import org.happystation.plugins.eldercare.domain.CareProfiles;
import org.happystation.plugins.eldercare.domain.InMemoryRecordStore;
import org.happystation.plugins.eldercare.domain.InMemoryReservations;
import org.happystation.plugins.eldercare.domain.Mobility;
import org.junit.jupiter.api.Test;

/** Drives the kiosk screen without a browser, the way a resident touches it. */
class KioskScreenTest {

    private static final Clock MONDAY_SIX =
            Clock.fixed(Instant.parse("2025-06-01T22:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final ResidentInfo son = new ResidentInfo(2, "李建国", 1970);
    private final ResidentInfo mother = new ResidentInfo(1, "王秀兰", 1945);
    private final InMemoryRecordStore records = new InMemoryRecordStore();
    private final InMemoryReservations reservations = new InMemoryReservations();
    private final boolean[] wentHome = {false};
    private final String[] readAloud = {null};
    private final List<Consumer<String>> cameras = new ArrayList<>();

    private KioskScreen screen(Optional<ResidentInfo> resident, List<ResidentInfo> relatives) {
        return new KioskScreen(new TestKioskContext(
                resident,
                relatives,
                records,
                reservations,
                MONDAY_SIX,
                wentHome,
                Optional.empty(),
                readAloud,
                cameras));
    }

    private KioskScreen screenActingFor(ResidentInfo resident, ResidentInfo relative) {
        return new KioskScreen(new TestKioskContext(
                Optional.of(resident),
                List.of(relative),
                records,
                reservations,
                MONDAY_SIX,
                wentHome,
                Optional.of(relative),
                readAloud,
                cameras));
    }

    private static Stream<Component> all(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(KioskScreenTest::all));
    }

    private static Optional<Component> find(Component root, String id) {
        return all(root).filter(c -> id.equals(c.getId().orElse(null))).findFirst();
    }

    private static void touch(Component root, String id) {
        ((Button) find(root, id).orElseThrow(() -> new AssertionError("No " + id + " on screen: " + text(root))))
                .click();
    }

    private static String text(Component root) {
        return all(root)
                .filter(c -> c instanceof HasText)
                .map(c -> ((HasText) c).getText())
                .filter(t -> !t.isBlank())
                .collect(Collectors.joining(" | "));
    }

    @Test
    void a_relative_books_rehabilitation_for_his_mother_in_three_touches_and_sees_the_summary_with_its_qr_code() {
        reservations.link(son, mother);
        KioskScreen screen = screen(Optional.of(son), List.of(mother));

        touch(screen, "eldercare-for-1");
        touch(screen, "eldercare-service-rehab");
        touch(screen, "eldercare-day-2025-06-02");
        touch(screen, "eldercare-time-0830");
        assertThat(text(screen)).contains("为谁：王秀兰", "康复训练", "08:30 至 09:15", "还有名额");
        touch(screen, "eldercare-confirm");

        assertThat(text(screen)).contains("预约成功", "为谁：王秀兰", "位置已经留好了");
        Component qr = find(screen, "eldercare-booking-qr").orElseThrow();
        assertThat(qr.getElement().getAttribute("data-qr")).startsWith("eldercare:");
        touch(screen, "eldercare-my-bookings");
        assertThat(text(screen)).contains("王秀兰：已预约");
    }

    @Test
    void a_son_acting_for_his_mother_at_the_kiosk_is_not_asked_again_and_books_in_her_name() {
        reservations.link(son, mother);
        KioskScreen screen = screenActingFor(son, mother);

        assertThat(find(screen, "eldercare-for-self")).isEmpty();
        touch(screen, "eldercare-service-rehab");
        touch(screen, "eldercare-day-2025-06-02");
        touch(screen, "eldercare-time-0830");
        touch(screen, "eldercare-confirm");

        assertThat(text(screen)).contains("预约成功", "为谁：王秀兰");
        var slots = reservations.slots("svc-rehab", Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));
        var bookings = slots.stream()
                .flatMap(slot -> reservations.bookings(slot.id()).stream())
                .toList();
        assertThat(bookings).singleElement().satisfies(booking -> {
            assertThat(booking.bookedBy()).isEqualTo(son.id());
            assertThat(booking.bookedFor()).isEqualTo(mother.id());
        });
    }

    @Test
    void on_the_day_the_mother_checks_in_by_showing_her_booking_code_to_the_camera() {
        reservations.link(son, mother);
        KioskScreen screen = screenActingFor(son, mother);
        touch(screen, "eldercare-service-rehab");
        touch(screen, "eldercare-day-2025-06-02");
        touch(screen, "eldercare-time-0830");
        touch(screen, "eldercare-confirm");
        String code =
                find(screen, "eldercare-booking-qr").orElseThrow().getElement().getAttribute("data-qr");
        touch(screen, "eldercare-my-bookings");

        touch(screen, "eldercare-self-checkin");
        assertThat(find(screen, "test-camera")).isPresent();
        Consumer<String> camera = cameras.getLast();
        camera.accept("https://example.com/not-a-booking");
        assertThat(text(screen)).contains("这不是养老助养的预约码");
        camera.accept("eldercare:no-such-booking");
        assertThat(text(screen)).contains("不是您或您家人的预约");
        camera.accept(code);
        assertThat(text(screen)).contains("王秀兰 已签到（康复训练）");
        camera.accept(code);
        assertThat(text(screen)).contains("王秀兰 已签到");

        touch(screen, "eldercare-back");
        assertThat(text(screen)).contains("王秀兰：已签到");
    }

    @Test
    void read_aloud_on_the_time_screen_names_only_the_times_with_places_and_other_screens_read_what_they_show() {
        reservations.link(son, mother);
        KioskScreen screen = screenActingFor(son, mother);
        assertThat(readAloud[0]).isNull();

        touch(screen, "eldercare-service-rehab");
        touch(screen, "eldercare-day-2025-06-02");

        assertThat(readAloud[0]).startsWith("请选择").contains("还有空位的时间：08:30 至 09:15，");
        assertThat(readAloud[0]).doesNotContain("名额");
        touch(screen, "eldercare-time-0830");
        assertThat(readAloud[0]).isNull();
    }

    @Test
    void the_son_himself_is_too_young_for_rehabilitation_and_is_told_why_with_nothing_to_press() {
        reservations.link(son, mother);
        KioskScreen screen = screen(Optional.of(son), List.of(mother));

        touch(screen, "eldercare-for-self");

        assertThat(find(screen, "eldercare-service-rehab")).isEmpty();
        assertThat(find(screen, "eldercare-unavailable-rehab")).isPresent();
        assertThat(text(screen)).contains("这项服务为 60 岁及以上的老人提供，李建国 今年 55 岁");
        assertThat(find(screen, "eldercare-service-health-check")).isPresent();
    }

    @Test
    void a_home_visit_without_an_address_asks_for_the_staff_and_with_one_shows_it_in_the_summary() {
        KioskScreen before = screen(Optional.of(mother), List.of());
        assertThat(find(before, "eldercare-service-home-visit")).isEmpty();
        assertThat(text(before)).contains("请先找驿站工作人员登记住址");

        new CareProfiles(records)
                .save(new CareProfile("", 0, mother.id(), mother.name(), "灵山街道3号楼2单元401", Mobility.PARTIAL, "独居"));
        KioskScreen after = screen(Optional.of(mother), List.of());
        touch(after, "eldercare-service-home-visit");
        touch(after, "eldercare-day-2025-06-02");
        touch(after, "eldercare-time-0900");

        assertThat(text(after)).contains("地点：上门，灵山街道3号楼2单元401");
    }

    @Test
    void nobody_signed_in_sees_the_services_and_is_asked_to_sign_in_with_nothing_to_book() {
        KioskScreen screen = screen(Optional.empty(), List.of());

        assertThat(text(screen)).contains("要预约，请先回到首页登录", "日间照料", "上门探访");
        assertThat(all(screen).filter(c -> c instanceof Button)).isEmpty();
    }

    @Test
    void a_full_time_offers_the_waitlist_and_the_confirmation_says_the_place_in_the_queue() {
        var bathing = new ResidentInfo(5, "赵桂芝", 1948);
        KioskScreen first = screen(Optional.of(bathing), List.of());
        touch(first, "eldercare-service-bathing");
        touch(first, "eldercare-day-2025-06-02");
        touch(first, "eldercare-time-0900");
        touch(first, "eldercare-confirm");

        KioskScreen second = screen(Optional.of(mother), List.of());
        touch(second, "eldercare-service-bathing");
        touch(second, "eldercare-day-2025-06-02");
        assertThat(text(second)).contains("09:00 至 10:00：已满，可排队");
        touch(second, "eldercare-time-0900");
        touch(second, "eldercare-confirm");

        assertThat(text(second)).contains("已经排上队了", "您排在候补第 1 位");
    }
}
