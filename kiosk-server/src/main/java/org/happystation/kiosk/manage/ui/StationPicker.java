package org.happystation.kiosk.manage.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.function.Consumer;
import org.happystation.kiosk.stations.Station;

/** Chooses the station a console view works on; a station manager has just one, so it stays read-only. */
class StationPicker extends ComboBox<Station> {

    StationPicker(String label, List<Station> stations, Consumer<Station> onChange) {
        super(label);
        setItems(stations);
        setItemLabelGenerator(s -> s.name() + " (" + s.code() + ")");
        setReadOnly(stations.size() <= 1);
        setWidth("28em");
        addValueChangeListener(change -> {
            if (change.getValue() != null) {
                onChange.accept(change.getValue());
            }
        });
        if (!stations.isEmpty()) {
            setValue(stations.getFirst());
        }
    }
}
