/**
 * The desk's facades for the web UI: accounts, the clerks' outbox and inbox, the leaders' review queue and the
 * operators' overview. Each call acts for the office of the person logged in, which the web module passes in.
 */
package vn.edoc.desk.boundary;
