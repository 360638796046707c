/** The logic of the exchange that needs no container: routing fields of a read packet, digests. */
package vn.edoc.exchange.control;
