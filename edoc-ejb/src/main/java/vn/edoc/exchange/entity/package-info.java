/**
 * The persistent form of the exchange: a packet's metadata, its bytes kept apart (so that lists never load them),
 * one delivery per recipient and the append-only events of each delivery.
 */
package vn.edoc.exchange.entity;
