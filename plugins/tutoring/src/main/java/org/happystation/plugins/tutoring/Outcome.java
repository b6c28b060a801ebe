package org.happystation.plugins.tutoring;

import org.happystation.plugin.api.PluginContext;
import org.happystation.plugins.tutoring.domain.SessionRecord;

/** The sentences that say what saving a session did: the attendance kept, and the tutor's hours. */
final class Outcome {

    private Outcome() {}

    static String attendance(PluginContext context, SessionRecord saved) {
        return context.message(
                "session.saved", saved.present().size(), saved.absent().size());
    }

    static String hours(PluginContext context, SessionRecord saved) {
        return context.message(
                saved.hours().messageKey(),
                saved.minutes(),
                saved.points(),
                saved.tutor().name());
    }
}
