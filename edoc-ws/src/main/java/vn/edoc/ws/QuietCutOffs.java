package vn.edoc.ws;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * Keeps Metro from logging a stack trace for a request {@link InlineBodyLimit} cut off: the parser then meets the end
 * of the body early and Metro's HTTP adapter logs that as SEVERE with its trace, though the filter answers the coded
 * fault and logs the one line that matters. Only records of the thread whose request was cut off are dropped, and the
 * adapter's logger gets its own filter back when edoc is undeployed.
 */
@WebListener
public class QuietCutOffs implements ServletContextListener {
    private static final String ADAPTER = "com.sun.xml.ws.transport.http.HttpAdapter";
    private static final ThreadLocal<Boolean> CUT_OFF = new ThreadLocal<>();

    private Filter previous;

    /** The request this thread serves was cut off: what Metro logs of it is not worth a trace. */
    static void cutOff() {
        CUT_OFF.set(Boolean.TRUE);
    }

    /** The request is answered. */
    static void done() {
        CUT_OFF.remove();
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Logger adapter = Logger.getLogger(ADAPTER);
        previous = adapter.getFilter();
        Filter before = previous;
        adapter.setFilter(
                record -> !Boolean.TRUE.equals(CUT_OFF.get()) && (before == null || before.isLoggable(record)));
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        Logger.getLogger(ADAPTER).setFilter(previous);
    }
}
