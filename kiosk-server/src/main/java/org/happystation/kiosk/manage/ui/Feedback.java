package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.html.Paragraph;
import org.happystation.kiosk.security.NotPermittedException;
import org.happystation.points.base.PointsRefused;
import org.happystation.points.ui.Texts;

/**
 * A message line at the top of a console view: what just happened, or why it did not. Used instead of
 * pop-up notifications, which vanish before a slow reader has read them.
 */
class Feedback extends Paragraph {

    Feedback() {
        setId("console-feedback");
        addClassName("console-feedback");
        getElement().setAttribute("role", "status");
    }

    void done(String text) {
        removeClassName("error");
        setText(text);
    }

    void failed(String text) {
        addClassName("error");
        setText(text);
    }

    /** Runs an action and reports its outcome; a refused action changes nothing and says why. */
    boolean attempt(Runnable action, String successText) {
        try {
            action.run();
            done(successText);
            return true;
        } catch (PointsRefused refused) {
            failed(Texts.refusal(getLocale(), refused));
            return false;
        } catch (IllegalArgumentException | IllegalStateException | NotPermittedException e) {
            failed(rootMessage(e));
            return false;
        } catch (jakarta.validation.ConstraintViolationException e) {
            failed(e.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted()
                    .collect(java.util.stream.Collectors.joining("; ")));
            return false;
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
                if (cause instanceof IllegalArgumentException || cause instanceof NotPermittedException) {
                    failed(cause.getMessage());
                    return false;
                }
            }
            throw e;
        }
    }

    private static String rootMessage(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
