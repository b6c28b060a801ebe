package org.happystation.plugins.tutoring;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds and touches components of a view by their ids, as the browser tests do, but without a browser. */
final class Screens {

    private Screens() {}

    static Stream<Component> tree(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(Screens::tree));
    }

    static Optional<Component> find(Component root, String id) {
        return tree(root).filter(c -> id.equals(c.getId().orElse(null))).findFirst();
    }

    @SuppressWarnings("unchecked")
    static <T extends Component> T get(Component root, String id) {
        return (T) find(root, id)
                .orElseThrow(() -> new AssertionError("No component " + id + " on screen: " + text(root)));
    }

    static void click(Component root, String id) {
        Component component = get(root, id);
        if (component instanceof Button button) {
            if (!button.isEnabled()) {
                throw new AssertionError(id + " is disabled");
            }
            button.click();
        } else {
            ComponentUtil.fireEvent(component, new ClickEvent<>(component));
        }
    }

    /** The text of one component, such as a button's label. */
    static String label(Component root, String id) {
        return ((HasText) get(root, id)).getText();
    }

    /** The words on screen, as a resident reads them. */
    static String text(Component root) {
        return tree(root)
                .filter(HasText.class::isInstance)
                .map(c -> ((HasText) c).getText())
                .filter(text -> !text.isBlank())
                .collect(Collectors.joining(" | "));
    }
}
