package org.happystation.points.ui;

import com.vaadin.flow.server.VaadinServletRequest;

/** The address the current browser used to reach the server, for links that must lead back to it. */
public final class RequestAddress {

    private RequestAddress() {}

    /** {@code scheme://host[:port]} of the current request, or empty outside a request. */
    public static String current() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        var http = request.getHttpServletRequest();
        boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort());
    }
}
