/** The logic of the exchange that needs no container: the routing fields of a packet the reader found valid. */
package vn.edoc.exchange.control;
