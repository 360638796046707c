/**
 * edXML, the packet format of QCVN 102:2016 (amended 2022): a {@linkplain vn.edoc.edxml.model model} of document and
 * status packets, a tolerant {@linkplain vn.edoc.edxml.read reader} that reports every problem with a stable code, and
 * a {@linkplain vn.edoc.edxml.write writer} of the canonical form the national SDK produces. Plain Java (JDK StAX): the
 * server and the command-line tool share it.
 */
package vn.edoc.edxml;
