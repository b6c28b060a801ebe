package org.happystation.points.volunteers;

public enum Sex {
    FEMALE,
    MALE
}
