package org.happystation.kiosk.shell.ui;

import java.util.Optional;

/** A kiosk screen that says what "read to me" should read, instead of its visible text. */
interface ReadAloudText {

    /** The text to read for what the screen shows now; empty to read the visible text. */
    Optional<String> readAloudText();
}
