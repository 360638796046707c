/**
 * The national axis protocol (VXP) as VNPT's client SDK (SDKVXP 2.0.x) speaks it: a second adapter beside the SOAP
 * endpoint, on the same boundaries. {@link VxpServlet} serves each operation at {@code /edoc-ws/vxp/<operation>},
 * {@link VxpHeaders} reads the signed headers (the HMAC itself is judged by the connected systems), {@link
 * IncomingBody} streams a sent file to disk while hashing it, {@link VxpCalls} translates each operation to one
 * boundary call and {@link VxpReply} writes the JSON the SDK reads: every field present, non-ASCII escaped. No rule of
 * the axis lives here: acceptance, leases, confirmations and directory requests are decided in {@code edoc-ejb}.
 */
package vn.edoc.ws.vxp;
