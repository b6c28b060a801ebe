package org.happystation.plugins.policy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugin.api.RecordStore.ConcurrentChangeException;
import org.happystation.plugins.policy.model.Category;
import org.happystation.plugins.policy.model.Policy;
import org.happystation.plugins.policy.model.PolicyState;
import org.happystation.plugins.policy.store.PolicyCatalog;
import org.happystation.plugins.policy.store.PolicyRepository;
import org.happystation.plugins.policy.transfer.ImportResult;
import org.happystation.plugins.policy.transfer.PolicyCsv;
import org.happystation.plugins.policy.transfer.PolicyImport;
import org.happystation.plugins.policy.transfer.PolicyJsonFile;
import org.happystation.plugins.policy.transfer.RowProblem;

/**
 * The station manager's console screen: the grid of entries with filters, the entry form, removal of the
 * sample set, and import and export as JSON or CSV.
 */
public final class AdminPolicyView extends VerticalLayout {

    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AdminContext context;
    private final PolicyRepository repository;
    private final Grid<Policy> grid = new Grid<>();
    private final Select<Optional<PolicyState>> stateFilter = new Select<>();
    private final Select<Optional<Category>> categoryFilter = new Select<>();
    private final Paragraph message = new Paragraph();
    private final Div importProblems = new Div();
    private final PolicyForm form;

    public AdminPolicyView(AdminContext context, PolicyCatalog catalog) {
        this.context = context;
        this.repository = catalog.repository();
        this.form = new PolicyForm(context);
        setId("policy-admin");
        message.setId("policy-admin-message");
        importProblems.setId("policy-import-problems");
        configureGrid();
        configureFilters();
        configureForm();
        add(
                new H2(msg("admin.title")),
                new Paragraph(msg("admin.intro")),
                sampleNotice(),
                toolbar(),
                message,
                importProblems,
                grid,
                form,
                importSection());
        refresh();
    }

    private void configureGrid() {
        grid.setId("policy-admin-grid");
        grid.addColumn(Policy::title).setHeader(msg("admin.column.title")).setFlexGrow(3);
        grid.addColumn(p -> msg("category." + p.category().code())).setHeader(msg("admin.column.category"));
        grid.addColumn(p -> msg("state." + p.state().name())).setHeader(msg("admin.column.state"));
        grid.addComponentColumn(this::sampleBadge).setHeader(msg("admin.column.sample"));
        grid.addColumn(this::updated).setHeader(msg("admin.column.updated"));
        grid.setAllRowsVisible(false);
        grid.setHeight("480px");
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                editEntry(event.getValue());
            }
        });
    }

    private Component sampleBadge(Policy policy) {
        if (!policy.sample()) {
            return new Span();
        }
        var badge = new Span(msg("admin.sample.badge"));
        badge.addClassName("policy-sample-badge");
        badge.getStyle()
                .set("border", "2px solid #8a5a00")
                .set("color", "#5c3c00")
                .set("background", "#fff4d6")
                .set("font-weight", "bold")
                .set("padding", "0 6px")
                .set("border-radius", "4px");
        return badge;
    }

    private String updated(Policy policy) {
        ZoneId zone = context.clock().getZone();
        return policy.updatedAt() == null
                ? ""
                : UPDATED.format(policy.updatedAt().atZone(zone));
    }

    private void configureFilters() {
        stateFilter.setLabel(msg("admin.filter.state"));
        stateFilter.setId("policy-filter-state");
        stateFilter.setItems(options(PolicyState.values()));
        stateFilter.setItemLabelGenerator(label(s -> msg("state." + s.name())));
        stateFilter.setValue(Optional.empty());
        stateFilter.addValueChangeListener(event -> refresh());
        categoryFilter.setLabel(msg("admin.filter.category"));
        categoryFilter.setId("policy-filter-category");
        categoryFilter.setItems(options(Category.values()));
        categoryFilter.setItemLabelGenerator(label(c -> msg("category." + c.code())));
        categoryFilter.setValue(Optional.empty());
        categoryFilter.addValueChangeListener(event -> refresh());
    }

    @SafeVarargs
    private static <T> java.util.List<Optional<T>> options(T... values) {
        var options = new java.util.ArrayList<Optional<T>>();
        options.add(Optional.empty());
        for (T value : values) {
            options.add(Optional.of(value));
        }
        return options;
    }

    private <T> com.vaadin.flow.component.ItemLabelGenerator<Optional<T>> label(Function<T, String> named) {
        return option -> option == null || option.isEmpty() ? msg("admin.filter.all") : named.apply(option.get());
    }

    private Component sampleNotice() {
        var remove = new Button(msg("admin.sample.remove"), click -> removeSamples());
        remove.setId("policy-remove-samples");
        var notice = new Div(new Paragraph(msg("admin.sample.intro")), remove);
        notice.getStyle()
                .set("border", "2px solid #8a5a00")
                .set("padding", "8px 12px")
                .set("background", "#fffaf0");
        return notice;
    }

    private Component toolbar() {
        var create = new Button(msg("admin.new"), click -> editEntry(null));
        create.setId("policy-new");
        create.addClassName("primary-action");
        var exportJson = downloadLink(
                msg("admin.export.json"), download("policies.json", "application/json", PolicyJsonFile::write));
        exportJson.setId("policy-export-json");
        var exportCsv = downloadLink(msg("admin.export.csv"), download("policies.csv", "text/csv", PolicyCsv::write));
        exportCsv.setId("policy-export-csv");
        var bar = new HorizontalLayout(stateFilter, categoryFilter, create, exportJson, exportCsv);
        bar.setAlignItems(Alignment.BASELINE);
        return bar;
    }

    /** The link gets its download once attached: registering one needs the UI, which view tests lack. */
    private static Anchor downloadLink(String text, DownloadHandler handler) {
        var link = new Anchor();
        link.setText(text);
        link.addAttachListener(event -> link.setHref(handler));
        return link;
    }

    private DownloadHandler download(String fileName, String type, Function<java.util.List<Policy>, String> format) {
        return event -> {
            byte[] bytes = format.apply(repository.all()).getBytes(StandardCharsets.UTF_8);
            event.setFileName(fileName);
            event.setContentType(type + "; charset=UTF-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }

    private Component importSection() {
        var upload = new Upload();
        var handler = UploadHandler.inMemory((metadata, bytes) -> inUi(() -> importFile(metadata.fileName(), bytes)));
        // Like the download links: registering the handler needs the UI, so it happens on attach.
        upload.addAttachListener(event -> upload.setUploadHandler(handler));
        upload.setId("policy-import");
        upload.setAcceptedFileTypes(".json", ".csv", "application/json", "text/csv");
        upload.setMaxFiles(1);
        var help = new Details(msg("admin.import.title"), new Paragraph(msg("admin.import.help")));
        help.setOpened(true);
        return new Div(help, upload);
    }

    /** Upload callbacks arrive on the request thread; the view changes on the UI's terms when there is one. */
    private void inUi(Runnable change) {
        getUI().ifPresentOrElse(ui -> ui.access(change::run), change);
    }

    void importFile(String fileName, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        importProblems.removeAll();
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        ImportResult result;
        if (name.endsWith(".json")) {
            result = PolicyJsonFile.read(text);
        } else if (name.endsWith(".csv")) {
            result = PolicyCsv.read(text);
        } else {
            show(msg("admin.import.unknown-type"));
            return;
        }
        if (!result.ok()) {
            show(msg("admin.import.failed"));
            var list = new UnorderedList();
            result.problems().forEach(problem -> list.add(new ListItem(describe(problem))));
            importProblems.add(list);
            return;
        }
        show(msg("admin.import.done", PolicyImport.apply(result, repository)));
        refresh();
    }

    private String describe(RowProblem problem) {
        String what = msg("problem." + problem.code());
        if (problem.row() == 0) {
            return msg("admin.import.file-problem", what);
        }
        return problem.field().isEmpty()
                ? msg("admin.import.row-whole", problem.row(), what)
                : msg("admin.import.row", problem.row(), msg("field." + problem.field()), what);
    }

    private void configureForm() {
        form.setVisible(false);
        form.addActionListener(event -> {
            try {
                handle(event);
            } catch (ConcurrentChangeException raced) {
                show(msg("admin.conflict"));
            }
        });
    }

    private void handle(PolicyForm.ActionEvent event) {
        Policy original = event.original();
        Policy saved =
                switch (event.action()) {
                    case CANCEL -> null;
                    case DELETE -> {
                        repository.delete(original);
                        show(msg("admin.deleted", original.title()));
                        yield null;
                    }
                    case SAVE -> store(original, event.edited());
                    case PUBLISH -> store(original, event.edited().withState(PolicyState.PUBLISHED));
                    case RETIRE -> store(original, event.edited().withState(PolicyState.RETIRED));
                    case DRAFT -> store(original, event.edited().withState(PolicyState.DRAFT));
                };
        if (saved != null) {
            show(msg("admin.saved", saved.title()));
        }
        form.setVisible(false);
        grid.asSingleSelect().clear();
        refresh();
    }

    private Policy store(Policy original, Policy edited) {
        return original == null
                ? repository.create(edited)
                : repository.save(edited.stored(original.id(), original.version()));
    }

    private void editEntry(Policy policy) {
        form.edit(policy);
        form.setVisible(true);
    }

    private void removeSamples() {
        show(msg("admin.sample.removed", repository.removeSamples()));
        refresh();
    }

    private void refresh() {
        var state = stateFilter.getValue() == null ? Optional.<PolicyState>empty() : stateFilter.getValue();
        var category = categoryFilter.getValue() == null ? Optional.<Category>empty() : categoryFilter.getValue();
        grid.setItems(repository.all().stream()
                .filter(p -> state.isEmpty() || p.state() == state.get())
                .filter(p -> category.isEmpty() || p.category() == category.get())
                .toList());
    }

    private void show(String text) {
        message.setText(text);
    }

    private String msg(String key, Object... arguments) {
        return context.message(key, arguments);
    }
}
