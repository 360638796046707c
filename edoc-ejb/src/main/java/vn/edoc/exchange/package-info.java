/**
 * Exchange: the axis accepts edXML packets, keeps them byte for byte and hands each to every recipient, recording every
 * state change of each recipient's copy as an appended event.
 */
package vn.edoc.exchange;
