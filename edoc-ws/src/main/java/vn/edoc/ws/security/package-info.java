/** The servlet container's part in the SOAP service's security: none, each call authenticates itself. */
package vn.edoc.ws.security;
