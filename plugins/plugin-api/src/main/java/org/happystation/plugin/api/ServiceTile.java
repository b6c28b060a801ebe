package org.happystation.plugin.api;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The tile a service shows on the kiosk home screen.
 *
 * @param id stable identifier of the service, lower-case letters, digits and dashes (for example
 *     {@code canteen}); it is also the last part of the kiosk address {@code /service/{id}}
 * @param titles the tile's title by language tag ({@code zh}, {@code en}); {@code zh} is required
 * @param icon name of a Vaadin Lumo or Vaadin icon (for example {@code vaadin:cutlery})
 * @param defaultOrder where the tile goes when the station manager has not ordered the tiles
 */
public record ServiceTile(String id, Map<String, String> titles, String icon, int defaultOrder) {

    public ServiceTile {
        Objects.requireNonNull(id, "A tile needs an id.");
        if (!id.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new IllegalArgumentException(
                    "A tile id uses lower-case letters, digits and dashes, up to 63 characters: " + id);
        }
        titles = Map.copyOf(Objects.requireNonNull(titles, "A tile needs titles."));
        if (!titles.containsKey("zh")) {
            throw new IllegalArgumentException("A tile needs a Chinese title (language tag zh): " + id);
        }
        Objects.requireNonNull(icon, "A tile needs an icon.");
    }

    /** The title in the given locale's language, falling back to Chinese. */
    public String title(Locale locale) {
        return titles.getOrDefault(locale.getLanguage(), titles.get("zh"));
    }
}
