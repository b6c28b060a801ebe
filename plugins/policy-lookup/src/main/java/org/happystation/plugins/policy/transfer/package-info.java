/**
 * Import and export of entries as the JSON and CSV files documented in the module's README.md. A file is
 * checked row by row first; a file with any bad row is refused whole, with every bad row listed.
 */
package org.happystation.plugins.policy.transfer;
