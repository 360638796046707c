#!/usr/bin/env python3
"""One call of the national axis protocol (VXP), signed as VNPT's SDK signs it, for trying edoc by hand.

    tools/vxp-call.py SYSTEM_ID SECRET OPERATION ['{"json":"parameters"}'] [FILE]

The parameters become signed headers (XroadVnpt-<key>), signed with HMAC-SHA256 over the sign-header string and the
secret; sendEdoc sends FILE followed by CRLF with its unpadded SHA-256 as hash-file, registerAgency sends FILE as its
JSON body. The endpoint is $EDOC_VXP_URL (http://localhost:8080/edoc-ws/vxp). Prints the HTTP status and the reply.
"""
import hashlib
import hmac
import json
import os
import sys
import time
import urllib.error
import urllib.request

ENDPOINT = os.environ.get("EDOC_VXP_URL", "http://localhost:8080/edoc-ws/vxp")


def call(system, secret, operation, parameters, body):
    content_type = "application/octet-stream" if operation == "sendEdoc" else "application/json"
    keys = {"systemid": system, "timestamp": time.strftime("%d%m%YT%H%M%S") + "+0000", "Content-Type": content_type}
    keys.update(parameters)
    if operation == "sendEdoc":
        keys["hash-file"] = "".join(format(b, "x") for b in hashlib.sha256(body).digest())  # the SDK's, unpadded
        body += b"\r\n"
    signed = json.dumps({"XroadVnpt-" + k: v for k, v in keys.items()}, separators=(",", ":"), ensure_ascii=False)
    headers = {"XroadVnpt-" + k: v for k, v in keys.items()}
    headers.update({
        "Content-Type": content_type,
        "XroadVnpt-sign-header-key": ";".join(keys),
        "XroadVnpt-sign-header": signed,
        "XroadVnpt-hash-header": hmac.new(secret.encode(), signed.encode(), hashlib.sha256).hexdigest(),
        "User-Agent": "JAVASDKAgent/1.0.0 XRoad/VPCP",
    })
    method = "GET" if operation == "downloadEdoc" else "POST"
    data = None if method == "GET" else (body if body is not None else b"")
    request = urllib.request.Request(ENDPOINT + "/" + operation, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request) as reply:
            return reply.status, reply.read()
    except urllib.error.HTTPError as refusal:
        return refusal.code, refusal.read()


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    parameters = json.loads(argv[4]) if len(argv) > 4 else {}
    body = open(argv[5], "rb").read() if len(argv) > 5 else None
    status, reply = call(argv[1], argv[2], argv[3], parameters, body)
    print(status, reply.decode("utf-8", "replace"))


if __name__ == "__main__":
    main(sys.argv)
