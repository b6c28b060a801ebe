package org.happystation.plugins.policy.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.happystation.plugin.api.PluginContext;
import org.happystation.plugins.policy.model.Category;
import org.happystation.plugins.policy.model.Policy;
import org.happystation.plugins.policy.model.PolicyCodec;
import org.happystation.plugins.policy.model.PolicyState;

/**
 * The form of one entry. It checks its fields with the same rules as an import and fires an
 * {@link ActionEvent} with the entry as typed; it stores nothing itself.
 */
final class PolicyForm extends Div {

    /** What the manager asked for. */
    enum Action {
        SAVE,
        PUBLISH,
        RETIRE,
        DRAFT,
        DELETE,
        CANCEL
    }

    /** The manager pressed a button; {@code edited} is the entry as typed (null for delete and cancel). */
    static final class ActionEvent extends ComponentEvent<PolicyForm> {
        private final Action action;
        private final Policy original;
        private final Policy edited;

        ActionEvent(PolicyForm form, Action action, Policy original, Policy edited) {
            super(form, false);
            this.action = action;
            this.original = original;
            this.edited = edited;
        }

        Action action() {
            return action;
        }

        Policy original() {
            return original;
        }

        Policy edited() {
            return edited;
        }
    }

    private static final List<String> TEXTS = List.of(
            "title", "place", "hours", "fees", "processingTime", "contact", "effectiveFrom", "expiresOn", "source");
    private static final List<String> AREAS = List.of("summary", "qualification", "steps", "materials");

    private final PluginContext context;
    private final H3 heading = new H3();
    private final Paragraph status = new Paragraph();
    private final Select<Category> category = new Select<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Map<String, AbstractField<?, String>> textFields = new HashMap<>();
    private final Div buttons = new Div();
    private Policy original;

    PolicyForm(PluginContext context) {
        this.context = context;
        setId("policy-form");
        var layout = new FormLayout();
        category.setLabel(context.message("field.category"));
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> context.message("category." + c.code()));
        category.setId("policy-form-category");
        fields.put("category", category);
        layout.add(category);
        TEXTS.forEach(name -> layout.add(text(name, new TextField())));
        AREAS.forEach(name -> layout.add(text(name, new TextArea()), 2));
        add(heading, status, layout, buttons);
    }

    private Component text(String name, AbstractField<?, String> field) {
        var component = (Component) field;
        ((HasLabel) field).setLabel(context.message("field." + name));
        component.setId("policy-form-" + name);
        fields.put(name, (HasValidation) field);
        textFields.put(name, field);
        return component;
    }

    /** Shows an entry to edit, or an empty form for a new one when {@code policy} is null. */
    void edit(Policy policy) {
        original = policy;
        status.setText("");
        fields.values().forEach(f -> f.setInvalid(false));
        heading.setText(policy == null ? context.message("form.new") : context.message("form.editing", policy.title()));
        var values = policy == null ? Map.<String, Object>of() : PolicyCodec.toMap(policy);
        category.setValue(policy == null ? null : policy.category());
        textFields.forEach((name, field) -> field.setValue(asText(values.get(name))));
        configureButtons(policy == null ? null : policy.state());
    }

    private static String asText(Object value) {
        if (value instanceof List<?> list) {
            return String.join("\n", list.stream().map(Object::toString).toList());
        }
        return value == null ? "" : value.toString();
    }

    private void configureButtons(PolicyState state) {
        buttons.removeAll();
        buttons.add(button("form.save", Action.SAVE, "policy-form-save"));
        if (state != PolicyState.PUBLISHED) {
            buttons.add(button("form.publish", Action.PUBLISH, "policy-form-publish"));
        }
        if (state == PolicyState.PUBLISHED) {
            buttons.add(button("form.retire", Action.RETIRE, "policy-form-retire"));
        }
        if (state == PolicyState.PUBLISHED || state == PolicyState.RETIRED) {
            buttons.add(button("form.draft", Action.DRAFT, "policy-form-draft"));
        }
        if (state == PolicyState.DRAFT) {
            buttons.add(button("form.delete", Action.DELETE, "policy-form-delete"));
        }
        buttons.add(button("form.cancel", Action.CANCEL, "policy-form-cancel"));
    }

    private Button button(String key, Action action, String id) {
        var button = new Button(context.message(key), click -> fire(action));
        button.setId(id);
        if (action == Action.SAVE || action == Action.PUBLISH) {
            button.addClassName("primary-action");
        }
        return button;
    }

    private void fire(Action action) {
        if (action == Action.DELETE || action == Action.CANCEL) {
            fireEvent(new ActionEvent(this, action, original, null));
            return;
        }
        var decoded = PolicyCodec.fromMap(typed());
        fields.values().forEach(f -> f.setInvalid(false));
        if (!decoded.valid()) {
            decoded.problems().forEach(problem -> markInvalid(problem.field(), problem.code()));
            status.setText(context.message("form.invalid"));
            return;
        }
        fireEvent(new ActionEvent(this, action, original, decoded.policy()));
    }

    private void markInvalid(String name, String code) {
        var field = fields.get(name);
        if (field != null) {
            field.setErrorMessage(context.message("problem." + code));
            field.setInvalid(true);
        }
    }

    private Map<String, Object> typed() {
        var map = new HashMap<String, Object>();
        textFields.forEach((name, field) -> map.put(name, field.getValue()));
        map.put("steps", lines(textFields.get("steps").getValue()));
        map.put("materials", lines(textFields.get("materials").getValue()));
        map.put(
                "category",
                category.getValue() == null ? null : category.getValue().code());
        map.put(
                "state",
                original == null ? PolicyState.DRAFT.name() : original.state().name());
        map.put("sample", original != null && original.sample());
        return map;
    }

    private static List<Object> lines(String text) {
        return text.lines()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> (Object) s)
                .toList();
    }

    Registration addActionListener(ComponentEventListener<ActionEvent> listener) {
        return addListener(ActionEvent.class, listener);
    }
}
