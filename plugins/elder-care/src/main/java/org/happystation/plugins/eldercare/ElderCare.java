package org.happystation.plugins.eldercare;

import java.time.Duration;
import org.happystation.plugin.api.PluginContext;
import org.happystation.plugins.eldercare.domain.Availability;
import org.happystation.plugins.eldercare.domain.Bookings;
import org.happystation.plugins.eldercare.domain.CareProfiles;
import org.happystation.plugins.eldercare.domain.CareServices;
import org.happystation.plugins.eldercare.domain.VolunteerRecorder;

/** Builds the domain objects of one call from the host's context. */
final class ElderCare {

    private ElderCare() {}

    static CareServices services(PluginContext context) {
        return new CareServices(context.records());
    }

    static CareProfiles profiles(PluginContext context) {
        return new CareProfiles(context.records());
    }

    static Availability availability(PluginContext context) {
        return new Availability(context.reservations(), context.clock());
    }

    static Bookings bookings(PluginContext context) {
        return new Bookings(
                context.records(),
                context.reservations(),
                context.clock(),
                services(context),
                profiles(context),
                Duration.ofHours(ElderCareSettings.cancelCutoffHours(context)));
    }

    static VolunteerRecorder volunteerRecorder(PluginContext context) {
        return new VolunteerRecorder(context.volunteerWork(), context.clock().getZone());
    }
}
