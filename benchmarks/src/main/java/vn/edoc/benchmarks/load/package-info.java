/**
 * The end-to-end load benchmarks: sender and recipient document-management systems played against a running edoc
 * through its SOAP API, the fan-out to a whole province and the large packet, with the server's heap and CPU read over
 * JMX.
 */
package vn.edoc.benchmarks.load;
