/**
 * Volunteers as the national rules describe them (name, sex, date of birth, protected ID number, area,
 * contact, skills, service categories, team), their registration and approval, their sign-in on a phone
 * and their star level.
 */
package org.happystation.points.volunteers;
