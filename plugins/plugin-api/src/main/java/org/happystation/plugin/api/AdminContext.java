package org.happystation.plugin.api;

import java.util.List;

/** The context of a console screen: the station being managed and who manages it. */
public interface AdminContext extends PluginContext {

    /** The user name of the signed-in station manager or city administrator. */
    String actor();

    /**
     * Since 1.1.0: residents of {@link #station()} whose name contains {@code query}, or whose mobile
     * number is {@code query}, at most 20, for example to mark who gets meals delivered. An empty query
     * finds nobody.
     */
    List<ResidentInfo> findResidents(String query);
}
