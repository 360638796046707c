/**
 * Who is logged in to the web UI: Jakarta Security with the desk's accounts in the database (PBKDF2 hashes), a form
 * login for the pages and HTTP Basic for the operators' API, one mechanism for both since a web module has one.
 */
package vn.edoc.web.security;
