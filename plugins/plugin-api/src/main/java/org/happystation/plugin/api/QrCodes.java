package org.happystation.plugin.api;

import com.vaadin.flow.component.Component;

/** QR codes rendered by the host (ZXing), for bookings, orders and "take it with you" links. */
public interface QrCodes {

    /**
     * An image of the QR code of {@code text}.
     *
     * @param sizePx width and height in CSS pixels; at least 120 so phones read it from a kiosk screen
     * @param description what the code is, read by screen readers (for example "订单二维码")
     */
    Component image(String text, int sizePx, String description);
}
