/** The logic of the exchange that needs no container: reading packet headers, digests, limits. */
package vn.edoc.exchange.control;
