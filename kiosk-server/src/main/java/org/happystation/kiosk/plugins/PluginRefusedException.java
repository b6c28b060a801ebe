package org.happystation.kiosk.plugins;

/**
 * A plugin jar that the host will not install or start, with the reason in a form the console and the
 * API translate ({@code plugin.refused.<REASON>}) and the detail that names what was wrong.
 */
public class PluginRefusedException extends RuntimeException {

    /** Why a jar was refused. */
    public enum Reason {
        NOT_A_JAR,
        UNSIGNED,
        UNTRUSTED_SIGNER,
        TAMPERED,
        TOO_LARGE,
        TOO_MANY_ENTRIES,
        ZIP_BOMB,
        NO_DESCRIPTOR,
        BAD_VERSION,
        INCOMPATIBLE_API,
        BUNDLES_HOST_LIBRARY,
        NO_EXTENSION_INDEX,
        MISSING_DEPENDENCY,
        FAILED_TO_START
    }

    private final Reason reason;
    private final String detail;

    public PluginRefusedException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
