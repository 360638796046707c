/**
 * Platform: what every feature stands on and nothing domain-specific: the schema migrations run at start-up, the
 * database probe behind the readiness check and the persistence helpers.
 */
package vn.edoc.platform;
