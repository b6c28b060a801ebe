package org.happystation.kiosk.manage.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;
import org.happystation.kiosk.security.NotPermittedException;

/** Refusals become JSON bodies with a sentence, never stack traces: 400 for bad input, 403 for no right. */
final class ApiErrors {

    private ApiErrors() {}

    record Problem(String error) {}

    static Response problem(Response.Status status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new Problem(message))
                .build();
    }

    @Provider
    public static class BadInput implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            return problem(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @Provider
    public static class NotPermitted implements ExceptionMapper<NotPermittedException> {
        @Override
        public Response toResponse(NotPermittedException e) {
            return problem(Response.Status.FORBIDDEN, e.getMessage());
        }
    }

    @Provider
    public static class Invalid implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return problem(
                    Response.Status.BAD_REQUEST,
                    e.getConstraintViolations().stream()
                            .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                            .sorted()
                            .collect(Collectors.joining("; ")));
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<IllegalStateException> {
        @Override
        public Response toResponse(IllegalStateException e) {
            return problem(Response.Status.CONFLICT, e.getMessage());
        }
    }
}
