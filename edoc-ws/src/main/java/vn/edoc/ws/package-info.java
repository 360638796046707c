/**
 * The SOAP boundary of the axis: endpoints implement the interface generated from the authored WSDL, map wire types
 * to the domain's, make one call and map back, or turn the refusal into a coded fault. No rules, no transactions.
 */
package vn.edoc.ws;
