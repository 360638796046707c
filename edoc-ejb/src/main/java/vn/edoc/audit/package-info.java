/**
 * The audit log: every action of the axis appended as a hash-chained entry, and the check of the chain. Entries are
 * written in the transaction of the action, so a refused request leaves no entry (and nothing else).
 */
package vn.edoc.audit;
