/**
 * Full-text search over the published entries of a station: an in-memory Lucene index analysed with smartcn
 * (Chinese word segmentation), a field of pinyin initials so that {@code sbk} finds 社保卡, queries that
 * tolerate extra words, and the matched words of each hit returned as data for the views to mark. One index
 * per station is kept and rebuilt when the station's change stamp moves.
 */
package org.happystation.plugins.policy.search;
