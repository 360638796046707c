/**
 * Hand-written helpers of the contract module; every other Java type of the contract is generated from the XSD and
 * WSDL under {@code contract/} at build time.
 */
package vn.edoc.contract;
