#!/usr/bin/env python3
"""A webhook receiver to watch the sandbox's deliveries: prints each one and checks its Standard Webhooks signature.

Usage: python3 receiver.py PORT SECRET [STATUS]
  PORT    where to listen (http://localhost:PORT/)
  SECRET  the consumer's secret, whsec_... (GET /_sandbox/webhooks/consumers/{id})
  STATUS  what to answer (default 200; 500 to watch the retries)
Python 3 standard library only.
"""
import base64
import hashlib
import hmac
import sys
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

PORT, SECRET = int(sys.argv[1]), sys.argv[2]
STATUS = int(sys.argv[3]) if len(sys.argv) > 3 else 200
KEY = base64.b64decode(SECRET[len("whsec_"):])


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        msg_id, stamp = self.headers["webhook-id"], self.headers["webhook-timestamp"]
        signed = b"%s.%s.%s" % (msg_id.encode(), stamp.encode(), body)
        expected = "v1," + base64.b64encode(hmac.new(KEY, signed, hashlib.sha256).digest()).decode()
        valid = any(hmac.compare_digest(expected, s) for s in self.headers["webhook-signature"].split())
        fresh = abs(time.time() - int(stamp)) < 300
        print("webhook-id: %s\nwebhook-timestamp: %s\nwebhook-signature: %s\nsignature %s, timestamp %s\n%s\n"
              % (msg_id, stamp, self.headers["webhook-signature"], "valid" if valid else "INVALID",
                 "fresh" if fresh else "STALE", body.decode()), flush=True)
        self.send_response(STATUS)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


HTTPServer(("127.0.0.1", PORT), Receiver).serve_forever()
