/** The queries behind the gauges. */
package vn.edoc.monitoring.control;
