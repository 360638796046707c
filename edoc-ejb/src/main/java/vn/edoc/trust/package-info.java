/**
 * Trust of the axis: the trust folder an operator manages (anchors, intermediates, CRLs, each office's registered
 * seals), loaded again whenever it changes, so that a new seal or CRL takes effect without a restart.
 */
package vn.edoc.trust;
