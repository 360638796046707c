package vn.edoc.ws.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The authentication mechanism of the SOAP module: it lets every request through unauthenticated, because the SOAP
 * service checks each call's WS-Security UsernameToken (and, where registered, its TLS client certificate) itself.
 * Without a mechanism of its own, this module would get the web UI's, which Payara cannot find from here.
 */
@ApplicationScoped
public class CallsAuthenticateThemselves implements HttpAuthenticationMechanism {
    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        return context.doNothing();
    }
}
