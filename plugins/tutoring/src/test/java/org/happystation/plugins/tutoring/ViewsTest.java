package org.happystation.plugins.tutoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.happystation.plugins.tutoring.Screens.click;
import static org.happystation.plugins.tutoring.Screens.find;
import static org.happystation.plugins.tutoring.Screens.get;
import static org.happystation.plugins.tutoring.Screens.label;
import static org.happystation.plugins.tutoring.Screens.text;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.List;
import org.happystation.plugin.api.ResidentInfo;
import org.happystation.plugins.tutoring.domain.Catalogue;
import org.happystation.plugins.tutoring.domain.ChildProfiles;
import org.happystation.plugins.tutoring.domain.RecordingVolunteerWork;
import org.happystation.plugins.tutoring.domain.Tutor;
import org.happystation.plugins.tutoring.domain.TutoringClass;
import org.junit.jupiter.api.Test;

/** The screens driven by their ids without a browser, the way the end-to-end tests drive them in Chromium. */
class ViewsTest {

    private static final ResidentInfo MOTHER = new ResidentInfo(100, "李红", 1988);
    private static final ResidentInfo GRANDMOTHER = new ResidentInfo(101, "王秀兰", 1950);
    private static final ResidentInfo XIAOMING = new ResidentInfo(201, "张小明", 2017);
    private static final ResidentInfo TEACHER = new ResidentInfo(300, "陈老师", 1960);

    /** Thursday 19 November 2026, 18:30: the sample maths class met from 16:30 to 18:00 today. */
    private final FakeContext kiosk = new FakeContext(LocalDateTime.of(2026, 11, 19, 18, 30));

    private Component openKiosk() {
        return new TutoringService().createKioskView(kiosk);
    }

    private TutoringClass sampleClass(String name) {
        return new Catalogue(kiosk.records)
                .classes().stream()
                        .filter(c -> c.name().equals(name))
                        .findFirst()
                        .orElseThrow();
    }

    private void signInMother() {
        kiosk.resident = MOTHER;
        kiosk.relatives = List.of(GRANDMOTHER, XIAOMING);
    }

    @Test
    void without_anyone_signed_in_the_kiosk_lists_classes_with_places_and_asks_to_sign_in() {
        Component view = openKiosk();

        assertThat(text(get(view, "tutoring-sign-in"))).contains("请先登录");
        TutoringClass maths = sampleClass("三四年级数学");
        assertThat(find(view, "tutoring-class-" + maths.id())).isPresent();
        assertThat(find(view, "tutoring-enrol-" + maths.id())).isEmpty();
    }

    @Test
    void a_parent_without_a_linked_child_is_told_the_staff_can_add_the_child() {
        kiosk.resident = MOTHER;
        kiosk.relatives = List.of(GRANDMOTHER);

        Component view = openKiosk();

        assertThat(text(get(view, "tutoring-no-child"))).contains("工作人员").contains("家庭成员");
        assertThat(find(view, "tutoring-my-children")).isEmpty();
    }

    @Test
    void a_parent_enrols_a_child_giving_the_details_once_then_withdraws_after_confirming() {
        signInMother();
        Component view = openKiosk();
        TutoringClass maths = sampleClass("三四年级数学");

        click(view, "tutoring-enrol-" + maths.id());
        assertThat(find(view, "tutoring-child-" + GRANDMOTHER.id())).isEmpty();
        click(view, "tutoring-child-" + XIAOMING.id());
        fillProfile(view, 3, "12345");
        click(view, "tutoring-profile-save");
        assertThat(text(get(view, "tutoring-message"))).contains("手机号");
        assertThat(new ChildProfiles(kiosk.records).of(XIAOMING.id())).isEmpty();

        fillProfile(view, 3, "13800001234");
        click(view, "tutoring-profile-save");
        click(view, "tutoring-confirm");
        assertThat(text(get(view, "tutoring-result"))).contains("已为张小明报名「三四年级数学」");

        click(view, "tutoring-my-children");
        assertThat(text(get(view, "tutoring-place-" + maths.id() + "-" + XIAOMING.id())))
                .contains("已报名")
                .contains("接下来的课");
        click(view, "tutoring-withdraw-" + maths.id() + "-" + XIAOMING.id());
        assertThat(text(view)).contains("确定让张小明退出「三四年级数学」吗");
        click(view, "tutoring-withdraw-confirm");
        assertThat(text(get(view, "tutoring-result"))).contains("张小明已退出「三四年级数学」");
        assertThat(find(view, "tutoring-place-" + maths.id() + "-" + XIAOMING.id()))
                .isEmpty();
    }

    @Test
    void a_child_in_the_wrong_grade_is_told_why_and_cannot_confirm() {
        signInMother();
        new ChildProfiles(kiosk.records).save(MOTHER, XIAOMING, 5, "", "13800001234");
        Component view = openKiosk();
        TutoringClass lowGrades = sampleClass("作业辅导（低年级）");

        click(view, "tutoring-enrol-" + lowGrades.id());
        click(view, "tutoring-child-" + XIAOMING.id());

        assertThat(text(get(view, "tutoring-message"))).contains("张小明登记的是五年级，「作业辅导（低年级）」只收一年级到二年级的孩子");
        assertThat(find(view, "tutoring-confirm")).isEmpty();
        click(view, "tutoring-back");
        assertThat(find(view, "tutoring-child-" + XIAOMING.id())).isPresent();
    }

    @Test
    void a_full_class_puts_the_child_on_the_waitlist_with_the_position() {
        signInMother();
        new ChildProfiles(kiosk.records).save(MOTHER, XIAOMING, 3, "", "13800001234");
        Component view = openKiosk();
        TutoringClass maths = sampleClass("三四年级数学");
        fillClass(maths);

        view = openKiosk();
        assertThat(label(view, "tutoring-enrol-" + maths.id())).isEqualTo("报名候补");
        click(view, "tutoring-enrol-" + maths.id());
        click(view, "tutoring-child-" + XIAOMING.id());
        click(view, "tutoring-confirm");

        assertThat(text(get(view, "tutoring-result"))).contains("候补名单").contains("第 1 位");
    }

    @Test
    void the_manager_makes_a_volunteer_the_tutor_who_then_takes_attendance_and_gets_the_hours() {
        kiosk.volunteerWork = new RecordingVolunteerWork(kiosk.clock, TEACHER.id());
        kiosk.residents.add(TEACHER);
        signInMother();
        new ChildProfiles(kiosk.records).save(MOTHER, XIAOMING, 3, "", "13800001234");
        Component parentView = openKiosk();
        TutoringClass maths = sampleClass("三四年级数学");
        click(parentView, "tutoring-enrol-" + maths.id());
        click(parentView, "tutoring-child-" + XIAOMING.id());
        click(parentView, "tutoring-confirm");

        makeTutor(maths);

        FakeContext tutorKiosk = kiosk.sameStation();
        tutorKiosk.resident = TEACHER;
        Component view = new TutoringService().createKioskView(tutorKiosk);
        click(view, "tutoring-teach");
        click(view, "tutoring-session-" + maths.id() + "-2026-11-19");
        assertThat(label(view, "tutoring-present-" + XIAOMING.id())).isEqualTo("张小明：未到");
        click(view, "tutoring-present-" + XIAOMING.id());
        assertThat(label(view, "tutoring-present-" + XIAOMING.id())).isEqualTo("张小明：到 ✓");
        ((TextArea) get(view, "tutoring-session-note")).setValue("讲了两位数乘法");
        click(view, "tutoring-session-save");

        assertThat(text(get(view, "tutoring-result"))).contains("到 1 人，未到 0 人");
        assertThat(text(get(view, "tutoring-hours"))).contains("90 分钟");

        Component again = openKiosk();
        click(again, "tutoring-my-children");
        assertThat(text(get(again, "tutoring-attendance-" + maths.id() + "-" + XIAOMING.id())))
                .contains("出勤率 100%")
                .contains("11月19日 周四：到");
    }

    @Test
    void staff_take_todays_attendance_and_confirm_the_tutor_hours() {
        kiosk.volunteerWork = new RecordingVolunteerWork(kiosk.clock, TEACHER.id());
        kiosk.residents.add(TEACHER);
        signInMother();
        new ChildProfiles(kiosk.records).save(MOTHER, XIAOMING, 3, "", "13800001234");
        openKiosk();
        TutoringClass maths = sampleClass("三四年级数学");
        makeTutor(maths);
        Component parentView = openKiosk();
        click(parentView, "tutoring-enrol-" + maths.id());
        click(parentView, "tutoring-child-" + XIAOMING.id());
        click(parentView, "tutoring-confirm");

        Component staff = new TutoringStaff().createStaffView(kiosk.sameStation());
        assertThat(text(get(staff, "tutoring-staff-line-" + maths.id()))).contains("还没有登记出勤");
        click(staff, "tutoring-staff-session-" + maths.id());
        click(staff, "tutoring-present-" + XIAOMING.id());
        click(staff, "tutoring-session-save");

        assertThat(text(get(staff, "tutoring-hours"))).contains("已为陈老师记录志愿服务 90 分钟");
        click(staff, "tutoring-staff-back");
        assertThat(text(get(staff, "tutoring-staff-line-" + maths.id()))).contains("到 1 人");
    }

    @Test
    void the_manager_removes_the_samples_in_one_click_and_a_bad_class_form_saves_nothing() {
        Component admin = new TutoringAdmin().createAdminView(kiosk.sameStation());
        TutoringClass maths = sampleClass("三四年级数学");
        assertThat(label(admin, "tutoring-admin-sample-" + maths.id())).isEqualTo("示例");

        click(admin, "tutoring-admin-remove-samples");
        assertThat(text(get(admin, "tutoring-admin-notice"))).contains("已删除 4 个示例班级");
        assertThat(new Catalogue(kiosk.records).classes()).isEmpty();

        click(admin, "tutoring-admin-new-class");
        ((TextField) get(admin, "tutoring-admin-class-name")).setValue("科学小实验");
        click(admin, "tutoring-admin-class-save");
        assertThat(text(get(admin, "tutoring-admin-class-problem"))).contains("请至少选择一个上课日");
        assertThat(new Catalogue(kiosk.records).classes()).isEmpty();
    }

    @Test
    void the_english_kiosk_speaks_english() {
        kiosk.locale = java.util.Locale.ENGLISH;

        Component view = openKiosk();

        assertThat(text(get(view, "tutoring-sign-in"))).startsWith("Please sign in first");
        assertThat(text(view)).contains("Every Tue, Thu, 16:30-18:00");
    }

    private void fillProfile(Component view, int grade, String phone) {
        click(view, "tutoring-grade-" + grade);
        assertThat(label(view, "tutoring-grade-" + grade)).startsWith("✓");
        for (int i = 0; i < 12; i++) {
            click(view, "tutoring-guardian-phone-pad-delete"); // one more than a number has: empty stays empty
        }
        for (char digit : phone.toCharArray()) {
            click(view, "tutoring-guardian-phone-pad-" + digit);
        }
        assertThat(((TextField) get(view, "tutoring-guardian-phone")).getValue())
                .isEqualTo(phone.length() > 11 ? phone.substring(0, 11) : phone);
    }

    /** Other families take every place of the class from another kiosk. */
    private void fillClass(TutoringClass tutoringClass) {
        var profiles = new ChildProfiles(kiosk.records);
        var enrolments =
                new org.happystation.plugins.tutoring.domain.Enrolments(kiosk.records, kiosk.reservations, kiosk.clock);
        for (int i = 0; i < tutoringClass.capacity(); i++) {
            var parent = new ResidentInfo(1000 + i, "家长" + i, 1985);
            var child = new ResidentInfo(2000 + i, "孩子" + i, 2017);
            profiles.save(parent, child, 3, "", "13900000000");
            enrolments.enrol(tutoringClass.id(), parent, child);
        }
    }

    /** The manager finds the volunteer, makes them a tutor and gives them the class, in the console. */
    private void makeTutor(TutoringClass tutoringClass) {
        Component admin = new TutoringAdmin().createAdminView(kiosk.sameStation());
        click(admin, "tutoring-admin-tutors");
        ((TextField) get(admin, "tutoring-admin-tutor-search")).setValue("陈");
        click(admin, "tutoring-admin-tutor-search-button");
        click(admin, "tutoring-admin-tutor-add-" + TEACHER.id());
        click(admin, "tutoring-admin-classes");
        click(admin, "tutoring-admin-edit-" + tutoringClass.id());
        Select<Tutor> tutor = get(admin, "tutoring-admin-class-tutor");
        tutor.setValue(tutor.getListDataView()
                .getItems()
                .filter(t -> t.residentId() == TEACHER.id())
                .findFirst()
                .orElseThrow());
        click(admin, "tutoring-admin-class-save");
        assertThat(text(get(admin, "tutoring-admin-notice"))).contains("已保存");
    }
}
