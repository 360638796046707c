/**
 * The packet tool for integrators and operators: {@code inspect} reads a packet and prints its fields, attachments
 * and every problem; {@code new} writes a canonical packet from a small description file. Later issues add {@code
 * sign}, {@code verify} and the SOAP commands. Exit codes: 0 fine, 1 the packet has problems, 2 wrong usage.
 */
package vn.edoc.cli;
