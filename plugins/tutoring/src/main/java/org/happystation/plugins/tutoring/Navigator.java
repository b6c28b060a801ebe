package org.happystation.plugins.tutoring;

import com.vaadin.flow.component.Component;

/** The kiosk screen's stack of inner screens: each is a method that fills the screen again when shown. */
interface Navigator {

    /** Shows a new screen above the current one. */
    void open(Runnable screen);

    /** Shows the screen below the current one again. */
    void back();

    /** Drops every inner screen and shows the plugin's first screen again. */
    void first();

    /** Fills the screen: a title, the content, and a back button on inner screens. */
    void show(String title, Component... content);
}
