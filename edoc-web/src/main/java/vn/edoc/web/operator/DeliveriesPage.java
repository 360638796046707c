package vn.edoc.web.operator;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.edoc.error.EdocException;
import vn.edoc.exchange.PushState;
import vn.edoc.exchange.boundary.PushQueue;
import vn.edoc.exchange.boundary.QueuedDelivery;
import vn.edoc.web.Pages;
import vn.edoc.web.security.CurrentUser;

/** The delivery monitor: pushes waiting, retrying, and in the dead letter, with the operator's retry and cancel. */
@Named
@ViewScoped
public class DeliveriesPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX = 500;

    @EJB
    private PushQueue pushes;

    @Inject
    private CurrentUser me;

    private PushState state = PushState.DUE;
    private List<QueuedDelivery> rows;

    public List<QueuedDelivery> getRows() {
        if (rows == null) {
            rows = pushes.inState(state, MAX);
        }
        return rows;
    }

    public void show() {
        rows = null;
    }

    public void retry(long deliveryId) {
        act(() -> pushes.retry(deliveryId, me.getUsername()), "deliveries.retried", deliveryId);
    }

    public void cancel(long deliveryId) {
        act(() -> pushes.cancel(deliveryId, me.getUsername()), "deliveries.cancelled", deliveryId);
    }

    private void act(Runnable action, String doneKey, long deliveryId) {
        try {
            action.run();
            Pages.done(doneKey, deliveryId);
        } catch (EdocException refused) {
            Pages.refused(refused);
        }
        rows = null;
    }

    /** Waiting for its first push, or retrying after failures. */
    public String phase(QueuedDelivery row) {
        if (row.pushState() == PushState.DEAD_LETTER) {
            return "deliveries.phase.dead";
        }
        return row.attempts() == 0 ? "deliveries.phase.waiting" : "deliveries.phase.retrying";
    }

    public PushState[] getStates() {
        return new PushState[] {PushState.DUE, PushState.DEAD_LETTER, PushState.DELIVERED};
    }

    public PushState getState() {
        return state;
    }

    public void setState(PushState state) {
        this.state = state;
    }
}
