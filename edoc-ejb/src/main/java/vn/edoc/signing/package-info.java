/**
 * Remote signing for leaders, as the SmartCA-like services offices use: each leader's key is kept by the axis in a
 * vault folder, encrypted under the leader's PIN (PKCS#12 with PBES2, AES-256); a signature unlocks it with the PIN
 * given for that one call. The PIN is never stored or logged; wrong PINs are counted and lock the key after a
 * configurable number.
 */
package vn.edoc.signing;
