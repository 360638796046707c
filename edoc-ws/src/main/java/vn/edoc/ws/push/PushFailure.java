package vn.edoc.ws.push;

/** A push the endpoint did not take: unreachable, time-out, HTTP error, SOAP fault or an answer other than yes. */
public class PushFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public PushFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
