package vn.edoc.ws.vxp;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;

/** A servlet response that keeps what is written to it, for replies written without a container. */
final class RecordedResponse {
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    int status = 200;
    String contentType;

    HttpServletResponse response() {
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                // written synchronously
            }
        };
        return (HttpServletResponse) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getOutputStream":
                            return out;
                        case "setStatus":
                            status = (Integer) args[0];
                            return null;
                        case "setContentType":
                            contentType = (String) args[0];
                            return null;
                        case "isCommitted":
                            return false;
                        default:
                            return null;
                    }
                });
    }
}
