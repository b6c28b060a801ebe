package org.happystation.plugins.policy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.happystation.plugin.api.KioskContext;
import org.happystation.plugins.policy.model.Category;
import org.happystation.plugins.policy.model.Policy;
import org.happystation.plugins.policy.search.SearchHit;
import org.happystation.plugins.policy.store.PolicyCatalog;

/**
 * The kiosk screens, one at a time in this component: the start screen (categories, search field and
 * keyboard), a list of results, a policy page, and its print view. Each inner screen has a back button.
 */
public final class KioskPolicyView extends Div {

    private static final int MAX_RESULTS = 30;

    private final KioskContext context;
    private final PolicyCatalog catalog;
    private final TextField searchField = new TextField();
    private final Button searchButton = new Button();
    private Runnable backToResults = this::showStart;

    public KioskPolicyView(KioskContext context, PolicyCatalog catalog) {
        this.context = context;
        this.catalog = catalog;
        setId("policy-lookup");
        getStyle().set("font-size", "24px").set("max-width", "1100px");
        configureSearch();
        showStart();
    }

    private void configureSearch() {
        searchField.setId("policy-search-field");
        searchField.setLabel(msg("search.label"));
        searchField.setPlaceholder(msg("search.placeholder"));
        searchField.setClearButtonVisible(false);
        searchField.getStyle().set("font-size", "28px").set("width", "100%").set("max-width", "720px");
        searchField.addKeyPressListener(Key.ENTER, event -> showSearchResults());
        searchButton.setText(msg("search.button"));
        searchButton.setId("policy-search-button");
        searchButton.addClassName("primary-action");
        searchButton.getStyle().set("min-width", "160px").set("min-height", "72px");
        searchButton.addClickListener(click -> showSearchResults());
    }

    private void showStart() {
        removeAll();
        add(new H1(msg("start.title")), new Paragraph(msg("start.intro")));
        add(heading(msg("categories.title")), categoryButtons());
        add(heading(msg("search.title")), searchField, new OnScreenKeyboard(context, searchField, searchButton));
    }

    private Div categoryButtons() {
        var grid = new Div();
        grid.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fill, minmax(300px, 1fr))")
                .set("gap", "16px");
        for (Category category : Category.values()) {
            var button = new Button(msg("category." + category.code()), click -> showCategory(category));
            button.setId("policy-category-" + category.code());
            button.addClassName("policy-category");
            button.getStyle().set("min-height", "80px").set("width", "100%");
            grid.add(button);
        }
        return grid;
    }

    private void showSearchResults() {
        String query = searchField.getValue().strip();
        if (query.isEmpty()) {
            showMessage(msg("results.empty-query"));
            return;
        }
        List<SearchHit> hits = catalog.index().search(query, MAX_RESULTS);
        backToResults = this::showSearchResults;
        var intro = hits.isEmpty() ? msg("results.none", query) : msg("results.title", hits.size(), query);
        showResults(intro, hits.stream().map(this::resultCard).toList());
    }

    private void showCategory(Category category) {
        List<Policy> policies = catalog.index().inCategory(category);
        backToResults = () -> showCategory(category);
        String name = msg("category." + category.code());
        var intro = policies.isEmpty()
                ? msg("results.category-empty", name)
                : msg("results.category", name, policies.size());
        showResults(intro, policies.stream().map(this::resultCard).toList());
    }

    private void showMessage(String text) {
        removeAll();
        add(backButton(this::showStart), new Paragraph(text));
    }

    private void showResults(String intro, List<Component> cards) {
        removeAll();
        var results = new Div();
        results.setId("policy-results");
        results.getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "16px");
        cards.forEach(results::add);
        add(backButton(this::showStart), new Paragraph(intro), results);
    }

    private Component resultCard(SearchHit hit) {
        var fragment = MarkedText.of(hit.fragment());
        return card(hit.policy(), MarkedText.of(hit.title()), fragment);
    }

    private Component resultCard(Policy policy) {
        return card(policy, new Span(policy.title()), new Span(cut(policy.summary())));
    }

    private Component card(Policy policy, Span title, Span body) {
        var titleLine = new Div(title);
        titleLine.getStyle().set("font-size", "30px").set("font-weight", "bold");
        var category = new Div(new Span(
                msg("page.category", msg("category." + policy.category().code()))));
        var open = new Div(new Span(msg("results.open") + " ›"));
        open.getStyle().set("font-weight", "bold");
        var card = new Div(titleLine, category, new Div(body), open);
        card.setId("policy-result-" + policy.id());
        card.addClassName("policy-result");
        card.getElement().setAttribute("role", "button");
        card.getElement().setAttribute("tabindex", "0");
        card.getStyle()
                .set("border", "3px solid #1f4e79")
                .set("border-radius", "12px")
                .set("padding", "16px 20px")
                .set("min-height", "64px")
                .set("cursor", "pointer")
                .set("background", "#ffffff")
                .set("color", "#1a1a1a");
        card.addClickListener(click -> showPolicy(policy));
        return card;
    }

    private void showPolicy(Policy policy) {
        removeAll();
        var page = new PolicyPageContent(context, PolicyPageContent.Medium.KIOSK).build(policy);
        page.setId("policy-page");
        var print = new Button(msg("print.button"), click -> showPrint(policy));
        print.setId("policy-print");
        add(backButton(backToResults), page, takeAway(policy), print);
    }

    private Component takeAway(Policy policy) {
        var section = new Div();
        section.setId("policy-qr");
        section.getStyle()
                .set("border", "3px solid #1a1a1a")
                .set("padding", "16px")
                .set("margin", "24px 0");
        var qr = context.qrCodes().image(context.publicLink("p/" + policy.id()), 240, msg("qr.description"));
        section.add(heading(msg("take.title")), qr, new Paragraph(msg("take.text")));
        return section;
    }

    /** Black on white, no controls but the back button; the browser's print dialog opens at once. */
    private void showPrint(Policy policy) {
        removeAll();
        var page = new PolicyPageContent(context, PolicyPageContent.Medium.PRINT).build(policy);
        page.setId("policy-print-view");
        page.getStyle().set("background", "#ffffff").set("color", "#000000").set("padding", "24px");
        page.add(new Paragraph(msg("print.note", context.station().name())));
        add(backButton(() -> showPolicy(policy)), new H2(msg("print.heading")), page);
        // A no-op until the view is attached to a browser; in tests there is none.
        getElement().executeJs("window.print()");
    }

    private Button backButton(Runnable action) {
        var back = new Button(msg("back"), click -> action.run());
        back.setId("policy-back");
        back.getStyle().set("min-width", "160px");
        return back;
    }

    private static H2 heading(String text) {
        return new H2(text);
    }

    private static String cut(String text) {
        return text.length() <= 72 ? text : text.substring(0, 72) + "…";
    }

    private String msg(String key, Object... arguments) {
        return context.message(key, arguments);
    }
}
