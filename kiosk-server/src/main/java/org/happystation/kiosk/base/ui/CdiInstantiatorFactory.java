package org.happystation.kiosk.base.ui;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.Unmanaged;

/**
 * Lets Vaadin create our views and components through CDI, so they take services by {@code @Inject}.
 * A small replacement for vaadin-cdi, whose version for Vaadin 25 is not on the Maven Central we use
 * (STACK.md). Instances are unmanaged: CDI injects them, Vaadin owns them, nothing holds them after.
 * Outside a CDI container (browserless tests) Vaadin's default instantiator is used.
 */
public class CdiInstantiatorFactory implements InstantiatorFactory {

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        return cdiAvailable() ? new CdiInstantiator(service) : null;
    }

    private static boolean cdiAvailable() {
        try {
            return CDI.current() != null;
        } catch (IllegalStateException | NoClassDefFoundError noContainer) {
            return false;
        }
    }

    static final class CdiInstantiator extends DefaultInstantiator {

        private static final String OUR_PACKAGE = "org.happystation.";

        CdiInstantiator(VaadinService service) {
            super(service);
        }

        @Override
        public <T> T getOrCreate(Class<T> type) {
            if (!type.getName().startsWith(OUR_PACKAGE)) {
                return super.getOrCreate(type);
            }
            return new Unmanaged<>(type)
                    .newInstance()
                    .produce()
                    .inject()
                    .postConstruct()
                    .get();
        }
    }
}
