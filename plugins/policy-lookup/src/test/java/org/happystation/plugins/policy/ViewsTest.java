package org.happystation.plugins.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.happystation.plugins.policy.model.PolicyState;
import org.happystation.plugins.policy.store.PolicyRepository;
import org.happystation.plugins.policy.ui.AdminPolicyView;
import org.junit.jupiter.api.Test;

class ViewsTest {

    private final FakeContext context = new FakeContext();

    private static Stream<Component> tree(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ViewsTest::tree));
    }

    private static Optional<Component> byId(Component root, String id) {
        return tree(root).filter(c -> id.equals(c.getId().orElse(null))).findFirst();
    }

    private static void click(Component root, String id) {
        var component = byId(root, id).orElseThrow(() -> new AssertionError("no component " + id));
        if (component instanceof Button button) {
            button.click();
        } else {
            ComponentUtil.fireEvent(component, new ClickEvent<>(component));
        }
    }

    @Test
    void a_resident_types_sbk_on_the_keyboard_and_opens_a_social_security_card_policy() {
        var view = new PolicyService().createKioskView(context);
        click(view, "policy-key-s");
        click(view, "policy-key-b");
        click(view, "policy-key-k");
        assertThat(((TextField) byId(view, "policy-search-field").orElseThrow()).getValue())
                .isEqualTo("sbk");

        click(view, "policy-search-button");
        var results = byId(view, "policy-results").orElseThrow();
        var first = results.getChildren().findFirst().orElseThrow();
        assertThat(first.getClassNames()).contains("policy-result");
        click(view, first.getId().orElseThrow());

        var page = byId(view, "policy-page").orElseThrow();
        assertThat(tree(page).filter(ListItem.class::isInstance)).isNotEmpty();
        assertThat(byId(view, "policy-qr")).isPresent();
        click(view, "policy-print");
        assertThat(byId(view, "policy-print-view")).isPresent();
        click(view, "policy-back");
        assertThat(byId(view, "policy-page")).isPresent();
    }

    @Test
    void a_category_button_lists_the_category() {
        var view = new PolicyService().createKioskView(context);
        click(view, "policy-category-housing");

        assertThat(byId(view, "policy-results").orElseThrow().getChildren().count())
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void the_public_page_shows_published_entries_only() {
        new PolicyService().createKioskView(context);
        var repository = new PolicyRepository(context.records(), context.clock());
        var entry = repository.published().get(0);
        var page = new PolicyPublicPage();

        assertThat(page.createPublicView(context, "p/" + entry.id())).isNotNull();
        repository.changeState(entry, PolicyState.RETIRED);
        assertThat(page.createPublicView(context, "p/" + entry.id())).isNull();
        assertThat(page.createPublicView(context, "p/no-such-id")).isNull();
    }

    @Test
    void an_import_with_bad_rows_lists_them_in_the_console_and_changes_nothing() {
        var view = (AdminPolicyView) new PolicyAdmin().createAdminView(context);
        var repository = new PolicyRepository(context.records(), context.clock());
        int before = repository.all().size();
        String csv = "title,category,summary\r\n,employment,简介\r\n坏,nope,简介\r\n";

        importFile(view, "bad.csv", csv);

        var problems = byId(view, "policy-import-problems").orElseThrow();
        assertThat(tree(problems).filter(ListItem.class::isInstance).count()).isGreaterThanOrEqualTo(2);
        assertThat(tree(problems).filter(ListItem.class::isInstance).map(c -> ((ListItem) c).getText()))
                .anySatisfy(text -> assertThat(text).startsWith("第 2 行"))
                .anySatisfy(text -> assertThat(text).startsWith("第 3 行"));
        assertThat(repository.all()).hasSize(before);
    }

    private static void importFile(AdminPolicyView view, String name, String text) {
        try {
            var method = AdminPolicyView.class.getDeclaredMethod("importFile", String.class, byte[].class);
            method.setAccessible(true);
            method.invoke(view, name, text.getBytes(StandardCharsets.UTF_8));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
