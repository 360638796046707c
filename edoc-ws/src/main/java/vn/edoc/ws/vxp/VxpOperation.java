package vn.edoc.ws.vxp;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The 13 operations of the national protocol, each with the fields its reply always carries: the SDK reads them even
 * from a failure, and a missing one makes it fail with a null result.
 */
enum VxpOperation {
    SEND_EDOC("sendEdoc", Empty.DOC_ID),
    GET_RECEIVED_EDOC_LIST("getReceivedEdocList", Empty.LIST),
    GET_EDOC("getEdoc", Empty.DATA),
    DOWNLOAD_EDOC("downloadEdoc", Empty.NONE),
    UPDATE_STATUS("updateStatus", Empty.NONE),
    GET_SENT_EDOC_LIST("getSentEdocList", Empty.LIST),
    COUNT_RECEIVE_EDOC("countReceiveEdoc", Empty.COUNT),
    COUNT_RECEIVE_STATUS("countReceiveStatus", Empty.COUNT),
    GET_AGENCIES_LIST("getAgenciesList", Empty.LIST),
    GET_AGENCIES_LIST_QD20("getAgenciesListQD20", Empty.LIST),
    GET_SYNCHRONIZE_UNIT("getSynchronizeUnit", Empty.LIST),
    REGISTER_AGENCY("registerAgency", Empty.NONE),
    DELETE_AGENCY("deleteAgency", Empty.NONE);

    private final String path;
    private final Empty empty;

    VxpOperation(String path, Empty empty) {
        this.path = path;
        this.empty = empty;
    }

    /** The operation at {@code /vxp/<name>}, by its exact name. */
    static Optional<VxpOperation> named(String name) {
        return Arrays.stream(values()).filter(o -> o.path.equals(name)).findFirst();
    }

    String path() {
        return path;
    }

    /** Writes the fields of a failed reply besides the envelope. */
    void writeEmptyFields(JsonGenerator json) throws IOException {
        switch (empty) {
            case DOC_ID -> json.writeStringField("DocId", "");
            case LIST -> {
                json.writeArrayFieldStart("data");
                json.writeEndArray();
            }
            case DATA -> json.writeStringField("data", "");
            case COUNT -> json.writeNumberField("count", 0);
            case NONE -> {
                // the envelope only
            }
        }
    }

    private enum Empty {
        DOC_ID,
        LIST,
        DATA,
        COUNT,
        NONE
    }
}
