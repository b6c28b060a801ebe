package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.Consumer;
import org.happystation.kiosk.volunteering.QrImageReader;

/**
 * Takes a QR code at the console three ways: typed (or typed by a USB scanner, which acts as a keyboard),
 * or as a photo or camera image decoded on the server with ZXing. Hands the text on; says when a picture
 * holds no readable code.
 */
class CodeReader extends Div {

    private static final int MAX_IMAGE_BYTES = 12 * 1024 * 1024;

    CodeReader(String idPrefix, String fieldLabel, String buttonLabel, Feedback feedback, Consumer<String> onCode) {
        addClassName("console-toolbar");
        var typed = new TextField(fieldLabel);
        typed.setId(idPrefix + "-code");
        var use = new Button(buttonLabel, click -> {
            onCode.accept(typed.getValue());
            typed.clear();
        });
        use.setId(idPrefix + "-submit");
        var ui = UI.getCurrent();
        var upload = new Upload();
        upload.setId(idPrefix + "-image");
        upload.setAcceptedFileTypes("image/*");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_IMAGE_BYTES);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            upload.clearFileList();
            try {
                QrImageReader.read(new ByteArrayInputStream(bytes))
                        .ifPresentOrElse(onCode, () -> feedback.failed(getTranslation("code.image.unreadable")));
            } catch (IOException unreadable) {
                feedback.failed(getTranslation("code.image.unreadable"));
            }
        })));
        upload.getElement().setAttribute("capture", "environment");
        var i18n = new com.vaadin.flow.component.upload.UploadI18N();
        i18n.setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles()
                .setOne(getTranslation("code.image.button"))
                .setMany(getTranslation("code.image.button")));
        i18n.setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles()
                .setOne(getTranslation("code.image.drop"))
                .setMany(getTranslation("code.image.drop")));
        i18n.setError(new com.vaadin.flow.component.upload.UploadI18N.Error()
                .setFileIsTooBig(getTranslation("code.image.unreadable"))
                .setIncorrectFileType(getTranslation("code.image.unreadable"))
                .setTooManyFiles(getTranslation("code.image.unreadable")));
        upload.setI18n(i18n);
        add(typed, use, upload);
    }
}
