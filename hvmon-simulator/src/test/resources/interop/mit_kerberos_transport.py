"""WinRM message encryption with Kerberos as pyspnego (pywinrm >= 0.4) does it, on MIT's GSSAPI (Debian's
python3-gssapi): a raw Kerberos logon in the Negotiate header with mutual authentication on an empty POST, then each
message wrapped with gss_wrap_iov (header, data, padding) and framed with a 4-byte header length; answers unwrapped
with gss_unwrap on header + data. Debian's pywinrm 0.3.0 cannot encrypt with Kerberos (its pykerberos 1.1.14 lacks
the WinRM functions), so this stands in for it as a peer whose Kerberos code nobody here wrote.
"""
import base64
import re
import struct

import gssapi
import gssapi.raw as raw
import requests
from winrm.exceptions import InvalidCredentialsError, WinRMTransportError

BOUNDARY = b"--Encrypted Boundary"
PROTOCOL = "application/HTTP-SPNEGO-session-encrypted"
CONTENT_TYPE = 'multipart/encrypted;protocol="' + PROTOCOL + '";boundary="Encrypted Boundary"'


class MitKerberosTransport:
    def __init__(self, endpoint, host):
        self.endpoint = endpoint
        self.session = requests.Session()  # one kept-alive connection: the logon belongs to it
        flags = (gssapi.RequirementFlag.mutual_authentication | gssapi.RequirementFlag.out_of_sequence_detection
                 | gssapi.RequirementFlag.confidentiality | gssapi.RequirementFlag.integrity)
        self.ctx = gssapi.SecurityContext(name=gssapi.Name("HTTP@" + host, gssapi.NameType.hostbased_service),
                                          mech=gssapi.MechType.kerberos, flags=flags, usage="initiate")
        token = self.ctx.step()
        r = self.session.post(endpoint, data=b"", headers={
            "Authorization": "Negotiate " + base64.b64encode(token).decode(),
            "Content-Type": "application/soap+xml;charset=UTF-8"})
        if r.status_code != 200:
            raise InvalidCredentialsError("Kerberos logon answered HTTP %d" % r.status_code)
        found = re.search(r"Negotiate\s+([A-Za-z0-9+/=]+)", r.headers.get("WWW-Authenticate", ""))
        if not found:
            raise InvalidCredentialsError("no mutual authentication token in the 200")
        self.ctx.step(base64.b64decode(found.group(1)))
        if not self.ctx.complete:
            raise InvalidCredentialsError("Kerberos context not complete after the host's answer")

    def send_message(self, message):
        if isinstance(message, str):
            message = message.encode("utf-8")
        r = self.session.post(self.endpoint, data=self._wrap(message), headers={"Content-Type": CONTENT_TYPE})
        if r.status_code == 401:
            raise InvalidCredentialsError("the host answered 401")
        content = r.content
        if "multipart/encrypted" in r.headers.get("Content-Type", ""):
            content = self._unwrap(content)
        if r.status_code != 200:
            raise WinRMTransportError("http", r.status_code, content.decode("utf-8", "replace"))
        return content

    def _wrap(self, data):
        iov = raw.IOV(raw.IOVBufferType.header, data, raw.IOVBufferType.padding, std_layout=False)
        raw.wrap_iov(self.ctx, iov, confidential=True)
        header, sealed, padding = iov[0].value, iov[1].value, iov[2].value or b""
        return (BOUNDARY + b"\r\n\tContent-Type: " + PROTOCOL.encode()
                + b"\r\n\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length=" + str(len(data)).encode()
                + b"\r\n" + BOUNDARY + b"\r\n\tContent-Type: application/octet-stream\r\n"
                + struct.pack("<i", len(header)) + header + sealed + padding + BOUNDARY + b"--\r\n")

    def _unwrap(self, body):
        # as pywinrm parses it: the part after "application/octet-stream\r\n", up to the closing boundary
        part = body.split(b"\tContent-Type: application/octet-stream\r\n", 1)[1]
        part = part[:part.rindex(BOUNDARY + b"--")]
        length = int(re.search(rb"Length=(\d+)", body).group(1))
        header_length = struct.unpack("<i", part[:4])[0]
        header, sealed = part[4:4 + header_length], part[4 + header_length:]
        message = raw.unwrap(self.ctx, header + sealed).message
        if len(message) != length:
            raise WinRMTransportError("http", 500, "unwrapped %d bytes, Length=%d" % (len(message), length))
        self.header_length = header_length
        return message
