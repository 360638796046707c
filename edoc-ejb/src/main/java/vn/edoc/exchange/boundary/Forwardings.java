package vn.edoc.exchange.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.edoc.directory.boundary.Directory;
import vn.edoc.directory.boundary.RecipientRoute;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.exchange.control.ThisAxis;
import vn.edoc.systems.Caller;

/**
 * The rules for what a peer axis forwards here: only that peer forwards under its name; a packet never comes back to
 * an axis it crossed; a document goes to the codes the peer named, which its To must hold.
 */
@ApplicationScoped
class Forwardings {
    static final String TRACE_PATH = "axisTrace/TraceHeader";
    private static final String FORWARDED_TO_PATH = "axisTrace/forwardedTo";
    private static final String TO_PATH = "/edXML/edXMLEnvelope/edXMLHeader/MessageHeader/To/OrganId";

    @EJB
    private Directory directory;

    @Inject
    private ThisAxis thisAxis;

    /** The caller is the axis the trace names last, and this axis is not in the trace yet. */
    void check(Caller caller, Forwarding forwarding) {
        if (!caller.isPeer(forwarding.forwarder())) {
            throw new EdocException(
                    ErrorCode.FORWARDING_NOT_ALLOWED, TRACE_PATH, caller.systemId(), forwarding.forwarder());
        }
        if (forwarding.crossed(thisAxis.id())) {
            throw new EdocException(ErrorCode.FORWARDING_LOOP, TRACE_PATH, thisAxis.id());
        }
    }

    /** Where each code the peer forwards to goes here, once per office; never back to an axis already crossed. */
    List<RecipientRoute> routed(Forwarding forwarding, List<String> addressed) {
        List<String> strangers = forwarding.recipients().stream()
                .filter(c -> !addressed.contains(c))
                .toList();
        if (forwarding.recipients().isEmpty() || !strangers.isEmpty()) {
            throw new EdocException(
                    ErrorCode.REQUEST_INVALID,
                    FORWARDED_TO_PATH,
                    "forwardedTo: one or more codes of the packet's To"
                            + (strangers.isEmpty() ? "" : ", not " + strangers));
        }
        Map<String, RecipientRoute> byRecipient = new LinkedHashMap<>();
        for (RecipientRoute route : directory.routes(forwarding.recipients(), directory.routing(), TO_PATH)) {
            byRecipient.putIfAbsent(route.recipientCode(), route);
        }
        List<RecipientRoute> routes = List.copyOf(byRecipient.values());
        requireNoLoop(forwarding, routes);
        return routes;
    }

    /** None of the routes leads to an axis the packet crossed. */
    void requireNoLoop(Forwarding forwarding, List<RecipientRoute> routes) {
        routes.stream()
                .map(RecipientRoute::viaPeer)
                .filter(peer -> peer != null && forwarding.crossed(peer))
                .findFirst()
                .ifPresent(peer -> {
                    throw new EdocException(ErrorCode.FORWARDING_LOOP, TO_PATH, peer);
                });
    }
}
