/**
 * edoc's own figures for the operators' monitoring, through MicroProfile Metrics as Payara serves it ({@code /metrics},
 * Prometheus text format, scope {@code application}): counters and times the entry points and the queues update as
 * they work ({@link vn.edoc.monitoring.boundary.AxisMetrics}), and gauges of what waits, read from the database at
 * most once every few seconds however often they are scraped ({@link vn.edoc.monitoring.boundary.AxisGauges}).
 * Nothing here writes the exposition by hand.
 */
package vn.edoc.monitoring;
