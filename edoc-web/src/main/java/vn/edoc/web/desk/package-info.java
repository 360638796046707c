/**
 * The pages of clerks and leaders: incoming documents and their statuses, outgoing drafts from composition to issue
 * with each recipient's timeline, and the leader's review and signature. Backing beans call the desk's boundaries
 * with the office of the person logged in.
 */
package vn.edoc.web.desk;
