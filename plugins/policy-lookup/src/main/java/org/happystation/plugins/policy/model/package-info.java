/**
 * A policy entry as residents read it and managers maintain it, its category and its publication state,
 * and the small JSON encoder and decoder the plugin stores it with (the host gives plugins no JSON library).
 */
package org.happystation.plugins.policy.model;
