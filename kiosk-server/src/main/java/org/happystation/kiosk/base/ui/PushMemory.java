package org.happystation.kiosk.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every open kiosk holds a push WebSocket, and Atmosphere gives each one a 16 KB byte buffer and a 16 K-char
 * buffer that it never uses (Vaadin sends the browser's messages over HTTP, and Atmosphere only clears
 * these buffers): 48 KB a kiosk, a third of its memory on the server. This makes them small for the
 * connections that follow. Atmosphere reads the size when a connection opens, so setting it on the
 * framework Vaadin prepared for its servlet is enough.
 */
public class PushMemory implements VaadinServiceInitListener {

    /** Bytes (and characters) for each WebSocket's unused buffers. */
    static final int WEBSOCKET_BUFFER_SIZE = 256;

    private static final Logger LOG = LoggerFactory.getLogger(PushMemory.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service) || service.getServlet() == null) {
            return;
        }
        var servlet = service.getServlet();
        Object prepared = servlet.getServletContext()
                .getAttribute(JSR356WebsocketInitializer.getAttributeName(servlet.getServletName()));
        if (prepared instanceof AtmosphereFramework atmosphere) {
            atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, String.valueOf(WEBSOCKET_BUFFER_SIZE));
            LOG.info("Push WebSockets of {} get {}-byte buffers", servlet.getServletName(), WEBSOCKET_BUFFER_SIZE);
        } else {
            LOG.warn(
                    "No prepared Atmosphere for {}: push WebSockets keep Vaadin's 16 KB buffers",
                    servlet.getServletName());
        }
    }
}
