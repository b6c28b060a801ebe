package org.happystation.plugins.canteen;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.happystation.plugin.api.AdminContext;
import org.happystation.plugins.canteen.domain.CanteenException;
import org.happystation.plugins.canteen.domain.Dish;
import org.happystation.plugins.canteen.domain.Photos;

/**
 * One dish of the menu editor: name, tags, note and a photo. Gives its dish on request and fires {@link
 * PhotoRefused} when an upload is not a small JPEG or PNG.
 */
class DishForm extends Div {

    /** An uploaded file was refused; {@code reason} is the sentence to show. */
    static class PhotoRefused extends ComponentEvent<DishForm> {
        private final String reason;

        PhotoRefused(DishForm source, String reason) {
            super(source, false);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    private final AdminContext context;
    private final TextField name = new TextField();
    private final CheckboxGroup<String> tags = new CheckboxGroup<>();
    private final TextField note = new TextField();
    private final Div photo = new Div();
    private final AtomicReference<byte[]> uploaded = new AtomicReference<>();
    private String photoId;

    DishForm(AdminContext context, Dish dish, int index) {
        this.context = context;
        this.photoId = dish.photoId();
        name.setLabel(context.message("menus.dish.name"));
        name.setValue(dish.name());
        name.setId("canteen-dish-name-" + index);
        tags.setLabel(context.message("menus.dish.tags"));
        tags.setItems(Dish.TAGS);
        tags.setItemLabelGenerator(tag -> context.message("tag." + tag));
        tags.setValue(new java.util.HashSet<>(dish.tags()));
        note.setLabel(context.message("menus.dish.note"));
        note.setValue(dish.note());
        getStyle()
                .set("display", "flex")
                .set("gap", "12px")
                .set("align-items", "flex-end")
                .set("flex-wrap", "wrap")
                .set("border-bottom", "1px solid #757575")
                .set("padding", "8px 0");
        add(name, tags, note, photo, upload(index));
        showPhoto();
    }

    private Upload upload(int index) {
        // The handler runs outside the UI's lock: it only keeps the bytes; the listeners below, on the UI
        // thread, check and store them.
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> uploaded.set(bytes)));
        upload.setId("canteen-dish-photo-" + index);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Photos.MAX_BYTES);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.addSucceededListener(event -> storeUpload());
        upload.addAllFinishedListener(event -> storeUpload());
        upload.addFileRejectedListener(event ->
                fireEvent(new PhotoRefused(this, context.message("photo.too-large", Photos.MAX_BYTES / 1024))));
        return upload;
    }

    private void storeUpload() {
        byte[] bytes = uploaded.getAndSet(null);
        if (bytes == null) {
            return;
        }
        try {
            photoId = new Photos(context.records()).save(bytes);
            showPhoto();
        } catch (CanteenException refused) {
            fireEvent(new PhotoRefused(this, context.message(refused.messageKey(), refused.arguments())));
        }
    }

    private void showPhoto() {
        photo.removeAll();
        Ui.photo(context, photoId, name.getValue()).ifPresent(photo::add);
    }

    /** The dish as the form shows it now. */
    Dish dish() {
        return new Dish(name.getValue(), List.copyOf(tags.getValue()), photoId, note.getValue());
    }

    void addPhotoRefusedListener(ComponentEventListener<PhotoRefused> listener) {
        addListener(PhotoRefused.class, listener);
    }
}
