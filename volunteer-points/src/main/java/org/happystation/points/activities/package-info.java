/**
 * Activities that station managers define: what, where, when (one window or a weekly schedule), how many
 * volunteers, who leads, and the rule that turns minutes into points.
 */
package org.happystation.points.activities;
