/**
 * The sample PKI of edoc: {@link vn.edoc.samplepki.SamplePkiGenerator} writes a root and an intermediate CA, an agency
 * (seal) certificate for each sample office of Gia Lai, personal certificates for sample leaders, and the named bad
 * cases the verifier must refuse. Everything here is a sample: clearly named so, password-protected with a published
 * password, and never on the server's class path.
 */
package vn.edoc.samplepki;
