"""A TCP proxy in front of PostgreSQL that counts the statements clients send, read from the wire protocol.

The embedded PostgreSQL's log output stops reaching the application's log once the server has
started, so turning on log_statement shows nothing. Instead, database.py points a second copy
of a week at this proxy with DATABASE_URL and counts what passes. The proxy reads only the client's messages:
'Q' (a simple query, with its text), 'P' (parse, with its text and statement name) and 'E'
(execute, one run of a parsed statement). See the PostgreSQL documentation, "Frontend/Backend
Protocol", "Message Formats".
"""

import socket
import struct
import threading

SSL_REQUEST = 80877103
GSS_REQUEST = 80877104
CANCEL_REQUEST = 80877102


def _shut_down(*ends):
    """Closes both directions of each socket, so the thread copying the other way stops too."""
    for end in ends:
        try:
            end.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


class StatementCounter:
    """Listens on 127.0.0.1:listen_port and forwards each connection to the server on target_port."""

    def __init__(self, listen_port, target_host, target_port):
        self.target = (target_host, target_port)
        self.listener = socket.create_server(("127.0.0.1", listen_port))
        self.lock = threading.Lock()
        self.executed = []  # the text of each executed statement, in order
        self.running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def reset(self):
        with self.lock:
            self.executed = []

    def statements(self):
        with self.lock:
            return list(self.executed)

    def close(self):
        self.running = False
        self.listener.close()

    def _accept(self):
        while self.running:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            threading.Thread(target=self._client_to_server, args=(client, server), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client), daemon=True).start()

    @staticmethod
    def _pipe(source, destination):
        try:
            while chunk := source.recv(65536):
                destination.sendall(chunk)
        except OSError:
            pass
        finally:
            _shut_down(source, destination)

    def _client_to_server(self, client, server):
        """Forwards the client's bytes unchanged while reading its messages one at a time."""
        buffer = b""
        started = False  # the startup phase has untyped messages: SSLRequest, GSSENCRequest, StartupMessage
        parsed = {}  # statement name -> text, for the extended protocol
        try:
            while chunk := client.recv(65536):
                server.sendall(chunk)
                buffer += chunk
                while True:
                    if not started:
                        if len(buffer) < 8:
                            break
                        length, code = struct.unpack("!II", buffer[:8])
                        if len(buffer) < length:
                            break
                        buffer = buffer[length:]
                        if code not in (SSL_REQUEST, GSS_REQUEST, CANCEL_REQUEST):
                            started = True
                        continue
                    if len(buffer) < 5:
                        break
                    kind = buffer[:1]
                    length = struct.unpack("!I", buffer[1:5])[0]
                    if len(buffer) < 1 + length:
                        break
                    body, buffer = buffer[5:1 + length], buffer[1 + length:]
                    self._read_message(kind, body, parsed)
        except OSError:
            pass
        finally:
            _shut_down(client, server)

    def _read_message(self, kind, body, parsed):
        if kind == b"Q":
            with self.lock:
                self.executed.append(body.rstrip(b"\0").decode(errors="replace"))
        elif kind == b"P":
            name, rest = body.split(b"\0", 1)
            parsed[name] = rest.split(b"\0", 1)[0].decode(errors="replace")
        elif kind == b"B":
            # Bind names the portal, then the statement that the next Execute runs.
            portal, rest = body.split(b"\0", 1)
            statement = rest.split(b"\0", 1)[0]
            parsed[b"portal:" + portal] = parsed.get(statement, "?")
        elif kind == b"E":
            portal = body.split(b"\0", 1)[0]
            with self.lock:
                self.executed.append(parsed.get(b"portal:" + portal, "?"))
