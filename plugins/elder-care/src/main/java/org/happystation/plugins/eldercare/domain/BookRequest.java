package org.happystation.plugins.eldercare.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import org.happystation.plugin.api.ResidentInfo;

/**
 * A resident's confirmed choice: a service's time on a day, for themselves or a linked elder.
 *
 * @param confirmKey made once per confirmation screen: confirming twice with it books once
 */
public record BookRequest(
        String confirmKey,
        String serviceKey,
        LocalDate day,
        LocalTime start,
        ResidentInfo bookedBy,
        ResidentInfo elder) {}
