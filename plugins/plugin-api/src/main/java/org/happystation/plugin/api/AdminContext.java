package org.happystation.plugin.api;

/** The context of a console screen: the station being managed and who manages it. */
public interface AdminContext extends PluginContext {

    /** The user name of the signed-in station manager or city administrator. */
    String actor();
}
