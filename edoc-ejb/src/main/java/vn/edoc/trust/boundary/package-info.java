/** The trust the verifier uses, as one cached, reloadable configuration. */
package vn.edoc.trust.boundary;
