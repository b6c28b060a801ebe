/**
 * The hours record of 《志愿服务记录与证明出具办法》: one service record per closed attendance with the
 * national fields, approved automatically inside the rules or by a manager, locked once approved,
 * corrected only by a further record, and never changed by spending points.
 */
package org.happystation.points.records;
