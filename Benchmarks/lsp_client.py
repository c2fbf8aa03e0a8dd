"""A small LSP client over pipes (stdlib only) that times what an editor waits for.

It starts a server process, writes framed JSON-RPC to its standard input and reads its standard
output on the calling thread, taking the time (`time.perf_counter_ns`) as soon as a complete
message has been read. Requests the server sends (`workspace/configuration`,
`client/registerCapability`…) are answered as an editor would, so no server stalls on them.
"""

import json
import os
import select
import subprocess
import time


class ServerGone(Exception):
    pass


class Timeout(Exception):
    pass


def frame(message):
    body = json.dumps(message, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def utf16_length(text):
    return len(text.encode("utf-16-le")) // 2


class LSPClient:
    def __init__(self, argv, env=None, stderr_path=os.devnull, configuration=None):
        """`configuration`: what `workspace/configuration` answers, by section (e.g. {"yaml": {...}})."""
        self.started_ns = time.perf_counter_ns()
        self.stderr_file = open(stderr_path, "ab")
        self.process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr_file,
                                        env=env, bufsize=0)
        self.pid = self.process.pid
        self.input = self.process.stdin.fileno()
        self.output = self.process.stdout.fileno()
        self.buffer = bytearray()
        self.next_id = 1
        self.configuration = configuration or {}
        self.notifications = []  # kept only when `keep` is set by a caller

    # MARK: Writing

    def send(self, message):
        data = frame(message)
        view = memoryview(data)
        while view:
            try:
                written = os.write(self.input, view)
            except BrokenPipeError:
                raise ServerGone("the server closed its input")
            view = view[written:]

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params):
        """Sends a request; returns its id (wait for the answer with `response`)."""
        request_id = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        return request_id

    # MARK: Reading

    def _parse_one(self):
        end = self.buffer.find(b"\r\n\r\n")
        if end < 0:
            return None
        length = None
        for line in bytes(self.buffer[:end]).split(b"\r\n"):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        if length is None:
            raise ServerGone("a message without Content-Length: %r" % bytes(self.buffer[:end]))
        start = end + 4
        if len(self.buffer) < start + length:
            return None
        body = bytes(self.buffer[start:start + length])
        del self.buffer[:start + length]
        return json.loads(body)

    def read(self, deadline):
        """The next message and the time it was complete; answers the server's requests itself."""
        while True:
            message = self._parse_one()
            if message is not None:
                now = time.perf_counter_ns()
                if "method" in message and "id" in message:
                    self._answer(message)
                    continue
                return message, now
            timeout = deadline - time.monotonic()
            if timeout <= 0:
                raise Timeout("no message in time")
            ready, _, _ = select.select([self.output], [], [], timeout)
            if ready:
                chunk = os.read(self.output, 1 << 20)
                if not chunk:
                    raise ServerGone("the server closed its output (exit status %s)" % self.process.poll())
                self.buffer += chunk

    def _answer(self, message):
        method = message["method"]
        result = None
        if method == "workspace/configuration":
            items = (message.get("params") or {}).get("items", [])
            result = [self.configuration.get(item.get("section", ""), None) for item in items]
        self.send({"jsonrpc": "2.0", "id": message["id"], "result": result})

    def wait_for(self, predicate, timeout=120.0):
        """Reads until a message satisfies `predicate`; returns (message, time in ns)."""
        deadline = time.monotonic() + timeout
        while True:
            message, when = self.read(deadline)
            if predicate(message):
                return message, when

    def response(self, request_id, timeout=120.0):
        return self.wait_for(lambda m: m.get("id") == request_id and "method" not in m, timeout)

    def diagnostics(self, uri, version=None, timeout=120.0):
        """Waits for `publishDiagnostics` for `uri`; with `version`, for that version when the server
        says which version it computed (servers that do not say are taken at their next publish)."""
        def matches(message):
            if message.get("method") != "textDocument/publishDiagnostics":
                return False
            params = message["params"]
            if params["uri"] != uri:
                return False
            if version is not None and params.get("version") is not None:
                return params["version"] >= version
            return True
        return self.wait_for(matches, timeout)

    def drain(self, seconds):
        """Reads and drops what arrives in the next `seconds`."""
        deadline = time.monotonic() + seconds
        try:
            while True:
                self.read(deadline)
        except Timeout:
            pass

    # MARK: Lifecycle

    def initialize(self, root, initialization_options=None):
        capabilities = {
            "general": {"positionEncodings": ["utf-16"]},
            "textDocument": {
                # No `diagnostic` capability: the servers push diagnostics (publishDiagnostics).
                "synchronization": {"dynamicRegistration": False, "didSave": True},
                "publishDiagnostics": {"relatedInformation": True, "versionSupport": True},
                "completion": {"completionItem": {"snippetSupport": True, "documentationFormat": ["markdown", "plaintext"]}},
                "hover": {"contentFormat": ["markdown", "plaintext"]},
            },
            "workspace": {"configuration": True, "didChangeConfiguration": {"dynamicRegistration": False},
                          "workspaceFolders": True},
        }
        root_uri = "file://" + os.path.abspath(root)
        params = {"processId": os.getpid(), "rootUri": root_uri, "capabilities": capabilities,
                  "workspaceFolders": [{"uri": root_uri, "name": "bench"}], "clientInfo": {"name": "commissioning-ls-bench"}}
        if initialization_options is not None:
            params["initializationOptions"] = initialization_options
        request_id = self.request("initialize", params)
        message, when = self.response(request_id)
        if "error" in message:
            raise ServerGone("initialize failed: %s" % message["error"])
        self.notify("initialized", {})
        return message, when

    def shutdown(self, timeout=20.0):
        try:
            self.response(self.request("shutdown", None), timeout)
            self.notify("exit", None)
            self.process.wait(timeout)
        except (ServerGone, Timeout, subprocess.TimeoutExpired, BrokenPipeError):
            self.kill()
        self.stderr_file.close()

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def memory(self):
        """Resident memory of the server process from /proc, in MB: (VmRSS now, VmHWM peak)."""
        values = {}
        with open("/proc/%d/status" % self.pid) as status:
            for line in status:
                name, _, value = line.partition(":")
                if name in ("VmRSS", "VmHWM"):
                    values[name] = int(value.split()[0]) / 1024.0
        return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)
