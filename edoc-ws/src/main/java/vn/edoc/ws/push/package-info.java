/**
 * The axis as a client: pushes packets to the document-management systems of offices that receive by push, over the
 * push contract ({@code schemas/.../contract/push/v1/push.wsdl}). Claims, retries and the dead letter are the
 * exchange's ({@code vn.edoc.exchange.boundary.PushQueue}); this package only makes the calls.
 */
package vn.edoc.ws.push;
