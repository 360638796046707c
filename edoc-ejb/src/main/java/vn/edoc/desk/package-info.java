/**
 * The desk: the web UI's own document-management work for offices without a system of their own. Clerks (văn thư)
 * compose outgoing documents, leaders sign them with the PIN of their key in the axis's vault, clerks seal and send
 * them through the same exchange a connected system uses, and receive, register and answer incoming ones with sealed
 * status packets. People log in with a name and password kept as a hash ({@code desk_user}).
 */
package vn.edoc.desk;
