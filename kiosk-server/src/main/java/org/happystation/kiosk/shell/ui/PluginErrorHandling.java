package org.happystation.kiosk.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.enterprise.inject.spi.CDI;
import org.happystation.kiosk.plugins.PluginHost;

/**
 * Guards what {@link PluginHost#guarded} cannot: code of a plugin that runs later, in the listeners of
 * the components it returned. An error whose stack passes through a plugin's classes is counted against
 * that plugin and its screen is replaced by the calm error panel; every other error is Vaadin's as usual.
 */
public class PluginErrorHandling implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static class Handler extends DefaultErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            var host = CDI.current().select(PluginHost.class).get();
            var plugin = host.pluginThatThrew(event.getThrowable());
            if (plugin.isEmpty()) {
                super.error(event);
                return;
            }
            host.reportFailure(plugin.get(), event.getThrowable());
            var ui = UI.getCurrent();
            if (ui != null && ui.getCurrentView() instanceof ServiceHostView view) {
                view.showFailure();
            }
        }
    }
}
