/** The metrics the entry points and queues update, and the gauges registered at start. */
package vn.edoc.monitoring.boundary;
