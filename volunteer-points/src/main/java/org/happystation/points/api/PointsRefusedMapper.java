package org.happystation.points.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.ui.Texts;

/**
 * A refusal as JSON: the reason for programs, the English detail, and the sentence a person reads in
 * Chinese and English. 403, 404 and 400 where they fit; 409 for every refusal of the rules.
 */
@Provider
public class PointsRefusedMapper implements ExceptionMapper<PointsRefused> {

    public record Problem(String error, String reason, String message_zh, String message_en) {}

    @Override
    public Response toResponse(PointsRefused refused) {
        var status =
                switch (refused.reason()) {
                    case NOT_PERMITTED -> Response.Status.FORBIDDEN;
                    case NOT_FOUND -> Response.Status.NOT_FOUND;
                    case INVALID_INPUT -> Response.Status.BAD_REQUEST;
                    default -> Response.Status.CONFLICT;
                };
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new Problem(
                        refused.getMessage(),
                        refused.reason().name(),
                        Texts.refusal(Locale.CHINESE, refused),
                        Texts.refusal(Locale.ENGLISH, refused)))
                .build();
    }
}
