package org.happystation.kiosk.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.happystation.kiosk.residents.ResidentService;
import org.happystation.kiosk.security.Actor;
import org.happystation.kiosk.stations.StationService;
import org.happystation.kiosk.volunteering.LedgerWallet;
import org.happystation.kiosk.volunteering.ResidentWallets;
import org.happystation.kiosk.volunteering.VolunteerRecords;
import org.happystation.plugin.api.VolunteerWork;
import org.happystation.points.activities.Activity;
import org.happystation.points.activities.ActivityDetails;
import org.happystation.points.activities.ActivityService;
import org.happystation.points.activities.Category;
import org.happystation.points.activities.PointsRule;
import org.happystation.points.activities.Schedule;
import org.happystation.points.base.Operator;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.base.PointsRefused.Reason;
import org.happystation.points.base.StationRef;
import org.happystation.points.checkin.Attendances;
import org.happystation.points.checkin.CheckMethod;
import org.happystation.points.checkin.CheckinOutcome;
import org.happystation.points.checkin.CheckinService;
import org.happystation.points.ledger.Account;
import org.happystation.points.ledger.Ledger;
import org.happystation.points.ledger.LedgerCheck;
import org.happystation.points.ledger.Leg;
import org.happystation.points.ledger.Points;
import org.happystation.points.ledger.Posting;
import org.happystation.points.ledger.TransactionKind;
import org.happystation.points.ledger.Wallets;
import org.happystation.points.records.RecordService;
import org.happystation.points.records.RecordStatus;
import org.happystation.points.rewards.RewardDetails;
import org.happystation.points.rewards.RewardService;
import org.happystation.points.rewards.VoucherStatus;
import org.happystation.points.volunteers.IdNumber;
import org.happystation.points.volunteers.VolunteerId;
import org.happystation.points.volunteers.VolunteerProfile;
import org.happystation.points.volunteers.VolunteerService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The volunteer module on the real database (PostgreSQL in CI): check-in codes accepted once under
 * concurrency, records crediting once, redemptions that never overspend, idempotent charges, and the
 * ledger's invariants after each.
 */
@ExtendWith(ArquillianExtension.class)
class VolunteerPointsIT {

    /** Monday 23 November 2026, lunch help 10:30–13:00 Beijing time. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Deployment
    static WebArchive station() {
        return StationDeployment.withTests();
    }

    @Inject
    StationService stations;

    @Inject
    VolunteerService volunteers;

    @Inject
    ActivityService activities;

    @Inject
    CheckinService checkins;

    @Inject
    Attendances attendances;

    @Inject
    RecordService records;

    @Inject
    RewardService rewards;

    @Inject
    Ledger ledger;

    @Inject
    Wallets wallets;

    @Inject
    LedgerCheck check;

    @Inject
    org.happystation.kiosk.residents.ResidentService residents;

    @Inject
    ResidentWallets residentWallets;

    @Inject
    org.happystation.kiosk.plugins.PluginRecords pluginRecords;

    @Inject
    org.happystation.kiosk.plugins.PluginReservations pluginReservations;

    @Inject
    org.happystation.kiosk.plugins.PluginCounters pluginCounters;

    private StationRef station;
    private StationRef otherStation;

    @BeforeEach
    void newStations() {
        station = newStation();
        otherStation = newStation();
    }

    @AfterEach
    void theBooksBalance() {
        var report = check.run();
        assertTrue(report.ok(), report.summary());
    }

    @Test
    void a_thousand_concurrent_submissions_of_one_code_check_in_exactly_once() throws Exception {
        var volunteer = volunteer();
        var activity = runningNow(station, 20);
        String code = checkins.kioskCode(station, activity);
        Instant opened = Instant.now();

        var accepted = new AtomicInteger();
        var replayed = new AtomicInteger();
        var other = new ArrayList<Throwable>();
        runTogether(1000, () -> {
            try {
                checkins.scan(volunteer, code, opened);
                accepted.incrementAndGet();
            } catch (PointsRefused refused) {
                if (refused.reason() == Reason.CODE_REPLAYED) {
                    replayed.incrementAndGet();
                } else {
                    synchronized (other) {
                        other.add(refused);
                    }
                }
            }
            return null;
        });

        assertTrue(other.isEmpty(), other::toString);
        assertEquals(1, accepted.get());
        assertEquals(999, replayed.get());
        assertTrue(checkins.openAttendance(volunteer).isPresent());
    }

    @Test
    void forged_expired_and_other_station_codes_are_refused_and_change_nothing() {
        var volunteer = volunteer();
        var activity = runningNow(station, 20);
        var elsewhere = runningNow(otherStation, 20);
        String good = checkins.kioskCode(station, activity);
        Instant now = Instant.now();

        assertRefused(
                () -> checkins.scan(volunteer, good.substring(0, good.length() - 2) + "xx", now), Reason.CODE_FORGED);
        assertRefused(
                () -> checkins.scan(
                        volunteer, checkins.codes().kioskCode(station, activity.id(), now.minusSeconds(120)), now),
                Reason.CODE_EXPIRED);
        // A code signed for this station that names another station's activity.
        assertRefused(
                () -> checkins.scan(volunteer, checkins.codes().kioskCode(station, elsewhere.id(), now), now),
                Reason.CODE_OTHER_STATION);
        assertRefused(() -> checkins.scan(volunteer, good, now.minus(Duration.ofMinutes(11))), Reason.CODE_EXPIRED);
        assertTrue(checkins.openAttendance(volunteer).isEmpty());

        // The refusals consumed nothing: the good code still checks the volunteer in.
        assertEquals(
                CheckinOutcome.Kind.CHECKED_IN,
                checkins.scan(volunteer, good, now).kind());
    }

    @Test
    void service_inside_the_window_is_approved_and_credited_once_and_locked() {
        var volunteer = volunteer();
        var lunch = lunchOnMonday(PointsRule.DEFAULT);
        Instant in = at(MONDAY, 10, 25);
        Instant out = at(MONDAY, 12, 40);

        attendances.toggleByStaff(volunteer.value(), lunch, in, CheckMethod.MANUAL);
        var outcome = attendances.toggleByStaff(volunteer.value(), lunch, out, CheckMethod.MANUAL);

        var record = outcome.record().orElseThrow();
        assertEquals(RecordStatus.APPROVED, record.status());
        assertEquals(120, record.minutes(), "from 10:30, the scheduled start, to 12:40, in half hours");
        assertEquals(2, record.points());
        assertEquals(2, balance(volunteer));
        assertRefused(() -> records.approve(Operator.SYSTEM, record.id(), null), Reason.RECORD_LOCKED);
        assertEquals(2, balance(volunteer));
    }

    @Test
    void a_forgotten_check_out_waits_for_a_manager_whose_approval_credits_once_even_when_clicked_twice()
            throws Exception {
        var volunteer = volunteer();
        var lunch = lunchOnMonday(PointsRule.DEFAULT);
        attendances.toggleByStaff(volunteer.value(), lunch, at(MONDAY, 10, 30), CheckMethod.MANUAL);

        attendances.closeForgotten(
                checkins.openAttendance(volunteer).orElseThrow().id(), lunch);

        var record = records.ofVolunteer(volunteer.value()).getFirst();
        assertEquals(RecordStatus.PENDING, record.status());
        assertEquals("FORGOTTEN_CHECK_OUT", record.reviewReason());
        assertEquals(150, record.minutes());
        assertEquals(0, balance(volunteer));

        var manager = new Operator(
                "manager", Operator.Role.STATION_MANAGER, java.util.Optional.of(station), java.util.Optional.empty());
        var approvals = new AtomicInteger();
        runTogether(2, () -> {
            try {
                records.approve(manager, record.id(), 120);
                approvals.incrementAndGet();
            } catch (PointsRefused locked) {
                assertEquals(Reason.RECORD_LOCKED, locked.reason());
            }
            return null;
        });
        assertEquals(1, approvals.get());
        assertEquals(2, balance(volunteer));
    }

    @Test
    void a_hundred_concurrent_redemptions_against_points_for_ten_give_ten_vouchers_and_a_zero_balance()
            throws Exception {
        var volunteer = volunteer();
        earn(volunteer, 20);
        var meal = rewards.add(Operator.SYSTEM, station, new RewardDetails("免费午餐", "", Points.of(2), null, null, true));

        var vouchers = new AtomicInteger();
        var refusals = new AtomicInteger();
        runTogether(100, () -> {
            try {
                rewards.redeem(
                        Operator.volunteer(volunteer.value()),
                        volunteer.value(),
                        meal.id(),
                        UUID.randomUUID().toString());
                vouchers.incrementAndGet();
            } catch (PointsRefused refused) {
                assertEquals(Reason.INSUFFICIENT_POINTS, refused.reason());
                refusals.incrementAndGet();
            }
            return null;
        });

        assertEquals(10, vouchers.get());
        assertEquals(90, refusals.get());
        assertEquals(0, balance(volunteer));
        assertEquals(10, rewards.ofVolunteer(volunteer.value()).size());
    }

    @Test
    void a_double_click_on_redeem_gives_one_voucher_and_staff_accept_it_once() throws Exception {
        var volunteer = volunteer();
        earn(volunteer, 10);
        var haircut = rewards.add(Operator.SYSTEM, station, new RewardDetails("理发五折", "", Points.of(3), 5, 1, true));
        String key = UUID.randomUUID().toString();

        var codes = java.util.Collections.synchronizedSet(new java.util.HashSet<String>());
        runTogether(
                2,
                () -> codes.add(
                        rewards.redeem(Operator.volunteer(volunteer.value()), volunteer.value(), haircut.id(), key)
                                .code()));

        assertEquals(1, codes.size());
        assertEquals(7, balance(volunteer));
        assertEquals(4, rewards.reward(haircut.id()).stock());
        assertRefused(
                () -> rewards.redeem(
                        Operator.volunteer(volunteer.value()),
                        volunteer.value(),
                        haircut.id(),
                        UUID.randomUUID().toString()),
                Reason.LIMIT_REACHED);
        assertEquals(7, balance(volunteer), "a refused redemption takes nothing");

        var staff = new Operator(
                "canteen", Operator.Role.STAFF, java.util.Optional.of(station), java.util.Optional.empty());
        String code = codes.iterator().next();
        assertEquals(VoucherStatus.ACCEPTED, rewards.accept(staff, code).status());
        assertRefused(() -> rewards.accept(staff, code), Reason.VOUCHER_NOT_USABLE);
        assertRefused(() -> rewards.cancel(staff, code), Reason.VOUCHER_NOT_USABLE);
        var elsewhereStaff = new Operator(
                "other", Operator.Role.STAFF, java.util.Optional.of(otherStation), java.util.Optional.empty());
        assertRefused(() -> rewards.accept(elsewhereStaff, code), Reason.NOT_PERMITTED);
    }

    @Test
    void cancelling_an_unused_voucher_refunds_the_points_and_the_stock() {
        var volunteer = volunteer();
        earn(volunteer, 5);
        var kit = rewards.add(Operator.SYSTEM, station, new RewardDetails("学习用品包", "", Points.of(1), 2, null, true));
        var voucher = rewards.redeem(
                Operator.volunteer(volunteer.value()),
                volunteer.value(),
                kit.id(),
                UUID.randomUUID().toString());

        rewards.cancel(Operator.volunteer(volunteer.value()), voucher.code());

        assertEquals(5, balance(volunteer));
        assertEquals(2, rewards.reward(kit.id()).stock());
        assertEquals(
                VoucherStatus.CANCELLED,
                rewards.byCode(voucher.code()).orElseThrow().status());
    }

    @Test
    void two_concurrent_charges_with_one_idempotency_key_make_one_transaction() throws Exception {
        var volunteer = volunteer();
        earn(volunteer, 10);
        var wallet = Account.walletOfVolunteer(volunteer.value());
        String key = "plugin-canteen-order-" + UUID.randomUUID();
        var charge = new Posting(
                key,
                TransactionKind.CHARGE,
                "午餐",
                Leg.transfer(wallet, Account.servicesOf(station.id()), Points.of(2)));

        var written = new AtomicInteger();
        runTogether(2, () -> {
            if (wallets.postOnce(charge, wallet)) {
                written.incrementAndGet();
            }
            return null;
        });

        assertEquals(1, written.get());
        assertEquals(8, balance(volunteer));
        assertEquals(
                1,
                ledger.statement(wallet, 10).stream()
                        .filter(line -> line.idempotencyKey().equals(key))
                        .count());

        assertTrue(wallets.refundOnce(key, "订单取消"));
        assertFalse(wallets.refundOnce(key, "订单取消"));
        assertEquals(10, balance(volunteer));
        assertRefused(
                () -> wallets.postOnce(
                        new Posting(
                                key,
                                TransactionKind.CHARGE,
                                "",
                                Leg.transfer(wallet, Account.servicesOf(station.id()), Points.of(3))),
                        wallet),
                Reason.KEY_REUSED);
    }

    @Test
    void a_canteen_meal_paid_with_points_and_cancelled_on_two_kiosks_at_once_is_refunded_once() throws Exception {
        var kioskStation = new org.happystation.kiosk.stations.StationId(station.id());
        String phone = randomPhone();
        var li = residents.register(Actor.SYSTEM, kioskStation, new ResidentService.ResidentDetails("李娜", phone, 1972));
        var volunteer = volunteer(phone);
        earn(volunteer, 5);
        var zone = java.time.ZoneId.of("Asia/Shanghai");
        var orders = new org.happystation.plugins.canteen.domain.Orders(
                new org.happystation.kiosk.plugins.HostRecordStore("canteen", station.id(), pluginRecords),
                new org.happystation.kiosk.plugins.HostReservations("canteen", station.id(), pluginReservations),
                new org.happystation.kiosk.plugins.HostCounters("canteen", station.id(), pluginCounters),
                new LedgerWallet("canteen", station.id(), residentWallets, wallets, ledger),
                java.time.Clock.system(zone),
                org.happystation.plugins.canteen.domain.CanteenRules.from(key -> null));
        var diner = org.happystation.kiosk.plugins.PluginContexts.info(li);
        var order = orders.place(new org.happystation.plugins.canteen.domain.PlaceOrder(
                UUID.randomUUID().toString(),
                LocalDate.now(zone).plusDays(1),
                org.happystation.plugins.canteen.domain.Meal.LUNCH,
                0,
                false,
                "",
                diner,
                diner,
                org.happystation.plugins.canteen.domain.Payment.POINTS));
        assertEquals(3, balance(volunteer), "a meal costs 2 points");

        runTogether(2, () -> {
            try {
                orders.cancel(order.id());
            } catch (org.happystation.plugins.canteen.domain.CanteenException alreadyCancelled) {
                // the other kiosk cancelled it first
            }
            return null;
        });

        assertEquals(5, balance(volunteer), "the 2 points came back once");
        assertEquals(
                org.happystation.plugins.canteen.domain.OrderState.CANCELLED,
                orders.find(order.id()).orElseThrow().state());
    }

    @Test
    void spending_points_never_changes_the_hours_record() {
        var volunteer = volunteer();
        earn(volunteer, 4);
        long minutes = records.recordedMinutes(volunteer.value());
        var meal = rewards.add(Operator.SYSTEM, station, new RewardDetails("午餐", "", Points.of(4), null, null, true));

        rewards.redeem(
                Operator.volunteer(volunteer.value()),
                volunteer.value(),
                meal.id(),
                UUID.randomUUID().toString());

        assertEquals(minutes, records.recordedMinutes(volunteer.value()));
        assertEquals(0, balance(volunteer));
    }

    @Test
    void a_volunteer_gives_points_to_a_linked_relative_who_pays_with_them_at_a_station_service() {
        var kioskStation = new org.happystation.kiosk.stations.StationId(station.id());
        String phone = randomPhone();
        var daughter =
                residents.register(Actor.SYSTEM, kioskStation, new ResidentService.ResidentDetails("李娜", phone, 1972));
        var mother = residents.register(
                Actor.SYSTEM, kioskStation, new ResidentService.ResidentDetails("王秀兰", randomPhone(), 1941));
        var stranger = residents.register(
                Actor.SYSTEM, kioskStation, new ResidentService.ResidentDetails("赵建国", randomPhone(), 1950));
        residents.linkRelative(Actor.SYSTEM, daughter.id(), mother.id(), "母亲");
        var volunteer = volunteer(phone);
        earn(volunteer, 5);
        var mothersWallet = Account.walletOfResident(mother.id().value());
        var asVolunteer = Operator.volunteer(volunteer.value());

        assertTrue(wallets.give(asVolunteer, volunteer.value(), mothersWallet, Points.of(3), "gift-1-" + station.id()));
        assertFalse(
                wallets.give(asVolunteer, volunteer.value(), mothersWallet, Points.of(3), "gift-1-" + station.id()),
                "a double click gives once");
        assertRefused(
                () -> wallets.give(
                        asVolunteer,
                        volunteer.value(),
                        Account.walletOfResident(stranger.id().value()),
                        Points.of(1),
                        "gift-2-" + station.id()),
                Reason.NOT_PERMITTED);
        assertEquals(2, balance(volunteer));

        // The canteen charges the mother's points through the plugin API's wallet.
        var canteen = new LedgerWallet("canteen", station.id(), residentWallets, wallets, ledger);
        var motherAtKiosk =
                new org.happystation.plugin.api.ResidentInfo(mother.id().value(), "王秀兰", 1941);
        assertEquals(3, canteen.balance(motherAtKiosk));
        canteen.charge(motherAtKiosk, 2, "order-" + station.id(), "午餐");
        canteen.charge(motherAtKiosk, 2, "order-" + station.id(), "午餐");
        assertEquals(1, canteen.balance(motherAtKiosk));
        assertThrows(
                IllegalStateException.class, () -> canteen.charge(motherAtKiosk, 5, "order-2-" + station.id(), "晚餐"));
        canteen.refund("order-" + station.id(), "订单取消");
        assertEquals(3, canteen.balance(motherAtKiosk));
        // The daughter pays from her own volunteer wallet.
        var daughterAtKiosk =
                new org.happystation.plugin.api.ResidentInfo(daughter.id().value(), "李娜", 1972);
        assertEquals(2, canteen.balance(daughterAtKiosk));
    }

    @Test
    void service_given_through_a_station_service_is_recorded_once_and_counts_at_once_only_when_staff_confirm_it()
            throws Exception {
        var kioskStation = new org.happystation.kiosk.stations.StationId(station.id());
        String phone = randomPhone();
        var li = residents.register(Actor.SYSTEM, kioskStation, new ResidentService.ResidentDetails("李娜", phone, 1972));
        var volunteer = volunteer(phone);
        var stranger = residents.register(
                Actor.SYSTEM, kioskStation, new ResidentService.ResidentDetails("赵建国", randomPhone(), 1950));
        var work = new VolunteerRecords(
                "elder-care",
                new org.happystation.plugin.api.StationInfo(station.id(), "V", "测试驿站"),
                residentWallets,
                records,
                java.time.Clock.systemUTC());
        var liAtKiosk = org.happystation.kiosk.plugins.PluginContexts.info(li);
        var strangerAtKiosk = org.happystation.kiosk.plugins.PluginContexts.info(stranger);
        var end = Instant.now().minus(Duration.ofHours(1));
        var visit = new VolunteerWork.ServiceGiven(
                liAtKiosk,
                VolunteerWork.ServiceKind.ELDER_CARE,
                "上门探访",
                "陪王秀兰聊天，量血压",
                end.minus(Duration.ofMinutes(95)),
                end,
                true,
                "booking-" + station.id());

        assertTrue(work.isVolunteer(liAtKiosk));
        assertFalse(work.isVolunteer(strangerAtKiosk));
        var outcomes = new java.util.concurrent.ConcurrentLinkedQueue<VolunteerWork.Recorded>();
        runTogether(2, () -> outcomes.add(work.record(visit)));
        outcomes.add(work.record(visit));

        assertEquals(
                List.of(new VolunteerWork.Recorded(90, 1, true)),
                outcomes.stream().distinct().toList(),
                "95 minutes record as 90 (half hours), a point an hour, approved");
        assertEquals(1, records.ofVolunteer(volunteer.value()).size(), "a double touch records once");
        assertEquals(1, balance(volunteer));

        var reportedAlone = work.record(new VolunteerWork.ServiceGiven(
                liAtKiosk,
                VolunteerWork.ServiceKind.TUTORING,
                "课后辅导：数学",
                "辅导数学作业",
                end.minus(Duration.ofDays(1)).minus(Duration.ofHours(2)),
                end.minus(Duration.ofDays(1)),
                false,
                "session-" + station.id()));
        assertFalse(reportedAlone.approved());
        assertEquals(1, balance(volunteer), "nothing counts before a manager's review");
        assertEquals(
                List.of("课后辅导：数学"),
                records.toReview(station).stream()
                        .map(org.happystation.points.records.ServiceRecord::activityName)
                        .toList());
        assertThrows(
                IllegalArgumentException.class,
                () -> work.record(new VolunteerWork.ServiceGiven(
                        strangerAtKiosk,
                        VolunteerWork.ServiceKind.ELDER_CARE,
                        "上门探访",
                        "",
                        end.minus(Duration.ofHours(1)),
                        end,
                        true,
                        "stranger-" + station.id())));
        assertThrows(
                IllegalArgumentException.class,
                () -> work.record(new VolunteerWork.ServiceGiven(
                        liAtKiosk,
                        VolunteerWork.ServiceKind.ELDER_CARE,
                        "上门探访",
                        "",
                        Instant.now(),
                        Instant.now().plus(Duration.ofHours(1)),
                        true,
                        "future-" + station.id())));
    }

    // ---- set-up ----

    private static String randomPhone() {
        return String.format("16%09d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000L));
    }

    private StationRef newStation() {
        String code = "V-" + UUID.randomUUID().toString().substring(0, 8);
        return new StationRef(stations.createStation(
                        Actor.SYSTEM,
                        code,
                        new StationService.StationDetails("驿站" + code, "测试社区", "测试路 1 号", "8:00–18:00", null))
                .id()
                .value());
    }

    private VolunteerId volunteer() {
        return volunteer(
                String.format("17%09d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L)));
    }

    /** A volunteer with this phone and a random made-up ID number (drawn again if an earlier run took it). */
    private VolunteerId volunteer(String phone) {
        PointsRefused last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            long n = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
            var id = IdNumber.withCheckDigit(String.format(
                    "210302%04d%02d%02d%03d",
                    1940 + n % 60, 1 + (n / 60) % 12, 1 + (n / 720) % 28, (n / 20_160) % 1000));
            try {
                return volunteers
                        .register(
                                Operator.SYSTEM,
                                station,
                                new VolunteerProfile("测试志愿者", id, phone, "灵西社区", List.of(), List.of(), null),
                                null)
                        .id();
            } catch (PointsRefused taken) {
                last = taken;
            }
        }
        throw last;
    }

    /** Earns exactly this many points through one approved record: a point an hour, on a day-long activity. */
    private void earn(VolunteerId volunteer, int points) {
        var activity = activities.create(
                Operator.SYSTEM,
                station,
                new ActivityDetails(
                        "全天值守",
                        Category.OTHER,
                        "大厅",
                        "值守",
                        "驿站",
                        "周立伟",
                        Schedule.once(MONDAY, LocalTime.MIN, LocalTime.of(23, 59)),
                        50,
                        new PointsRule(1, 60, 60, 240)));
        attendances.toggleByStaff(volunteer.value(), activity, at(MONDAY, 0, 0), CheckMethod.MANUAL);
        var record = attendances
                .toggleByStaff(volunteer.value(), activity, at(MONDAY, points, 0), CheckMethod.MANUAL)
                .record()
                .orElseThrow();
        assertEquals(points, record.points());
    }

    private Activity lunchOnMonday(PointsRule rule) {
        return activities.create(
                Operator.SYSTEM,
                station,
                new ActivityDetails(
                        "午餐帮厨",
                        Category.CANTEEN,
                        "食堂",
                        "打饭",
                        "驿站",
                        "陈美玲",
                        Schedule.once(MONDAY, LocalTime.of(10, 30), LocalTime.of(13, 0)),
                        50,
                        rule));
    }

    /** An activity running now in Beijing time, whatever the hour the tests run at. */
    private Activity runningNow(StationRef where, int capacity) {
        var now = ZonedDateTime.now(Schedule.ZONE);
        var today = now.toLocalDate();
        var start = now.getHour() >= 1
                ? now.toLocalTime().minusHours(1).withSecond(0).withNano(0)
                : LocalTime.MIN;
        var end = now.getHour() <= 21
                ? now.toLocalTime().plusHours(2).withSecond(0).withNano(0)
                : LocalTime.of(23, 59, 59);
        return activities.create(
                Operator.SYSTEM,
                where,
                new ActivityDetails(
                        "驿站值守",
                        Category.OTHER,
                        "大厅",
                        "引导居民",
                        "驿站",
                        "周立伟",
                        new Schedule(today, today, EnumSet.allOf(DayOfWeek.class), start, end),
                        capacity,
                        PointsRule.DEFAULT));
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), Schedule.ZONE).toInstant();
    }

    private long balance(VolunteerId volunteer) {
        return ledger.balance(Account.walletOfVolunteer(volunteer.value())).amount();
    }

    private static void assertRefused(Runnable action, Reason reason) {
        assertEquals(reason, assertThrows(PointsRefused.class, action::run).reason());
    }

    /** Starts all tasks at once on their own threads and waits; rethrows the first unexpected failure. */
    private static void runTogether(int count, Callable<?> task) throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(Math.min(count, 64))) {
            var futures = new ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            for (var future : futures) {
                future.get();
            }
        }
    }
}
