package org.happystation.plugins.policy.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The topics a resident browses by, as on the touch-screen query machines of the employment and
 * social-security station. The Chinese name is indexed so that typing it finds the topic's entries.
 */
public enum Category {
    EMPLOYMENT("employment", "就业创业"),
    SOCIAL_INSURANCE("social-insurance", "社会保险"),
    SOCIAL_SECURITY_CARD("social-security-card", "社保卡"),
    MEDICAL_INSURANCE("medical-insurance", "医疗保险"),
    ELDERLY_CARE("elderly-care", "养老服务"),
    ASSISTANCE("assistance", "困难群众救助"),
    HOUSING("housing", "住房保障"),
    TALENT("talent", "人才政策");

    private final String code;
    private final String chineseName;

    Category(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    /** The code used in files, component ids and message keys, for example {@code social-security-card}. */
    public String code() {
        return code;
    }

    /** The name searched for, whatever the screen's language. */
    public String chineseName() {
        return chineseName;
    }

    public static Optional<Category> byCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
