/**
 * MicroProfile health checks, served by Payara under {@code /health}. They live in a web module because Payara
 * registers the health checks of an EAR's web modules.
 */
package vn.edoc.web.health;
