package vn.edoc.client;

import com.sun.xml.ws.api.handler.MessageHandler;
import com.sun.xml.ws.api.handler.MessageHandlerContext;
import com.sun.xml.ws.api.message.Headers;
import jakarta.xml.ws.handler.MessageContext;
import java.time.Clock;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Adds a new digest UsernameToken to every outgoing call: a token's nonce may be used once, so it cannot be one of
 * the port's fixed outbound headers. A Metro message handler, so that MTOM attachments are not read into a SAAJ tree.
 */
final class TokenPerCall implements MessageHandler<MessageHandlerContext> {
    private final String systemId;
    private final String secret;
    private final Clock clock;

    TokenPerCall(String systemId, String secret, Clock clock) {
        this.systemId = systemId;
        this.secret = secret;
        this.clock = clock;
    }

    @Override
    public boolean handleMessage(MessageHandlerContext context) {
        if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            context.getMessage().getHeaders().add(Headers.create(UsernameToken.digest(systemId, secret, clock)));
        }
        return true;
    }

    @Override
    public Set<QName> getHeaders() {
        return Set.of();
    }

    @Override
    public boolean handleFault(MessageHandlerContext context) {
        return true;
    }

    @Override
    public void close(MessageContext context) {
        // nothing held
    }
}
