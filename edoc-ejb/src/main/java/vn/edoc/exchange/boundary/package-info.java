/**
 * The exchange's entry points: send, list pending, fetch, confirm and trace. They return plain records, never
 * entities, and refuse with an {@link vn.edoc.error.EdocException} that rolls the transaction back.
 */
package vn.edoc.exchange.boundary;
