package org.happystation.plugin.api;

/** Messages to the staff of the context's station, shown in their console until someone handles them. */
public interface StaffNotifications {

    /**
     * Tells the station's staff something that needs a person, for example "王秀兰 ordered a meal for
     * delivery". Keep it to one sentence of at most 500 characters, in Chinese (the staff's language).
     */
    void notifyStaff(String message);
}
