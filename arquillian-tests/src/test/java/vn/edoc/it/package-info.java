/**
 * Black-box tests of edoc on a real Payara Server: Arquillian deploys the real EAR, the tests speak SOAP over HTTP
 * with the request files docs/integrators/try-it-by-hand.md uses, and count rows in the real database (H2, then MariaDB).
 */
package vn.edoc.it;
