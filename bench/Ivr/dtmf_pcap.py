#!/usr/bin/env python3
"""Writes a pcap of RFC 4733 digits (PT 101, one SSRC) for SIPp's play_pcap_audio.

Usage: dtmf_pcap.py OUT.pcap AT_MS:DIGITS [AT_MS:DIGITS ...]
Each digit as our DtmfSender sends it: 100 ms (start packet with the marker, updates every 20 ms,
the end packet repeated 3 times), 60 ms between digits; a group never starts before the previous one
ended. The same packets as tests/CallCenter.Interop.Tests/Sip/RtpPcap.WriteScript writes (copied, so the
benchmark does not depend on test code).
"""
import struct
import sys

EVENTS = {**{str(d): d for d in range(10)}, "*": 10, "#": 11, "A": 12, "B": 13, "C": 14, "D": 15}
STEP, DURATION, GAP_TICKS, END_REPEATS, VOLUME = 160, 800, 3, 3, 10


def digit_packets(digits):
    """(tick offset, marker, event, end, duration) per packet, as DtmfSender.TryGetPacket gives them tick by tick."""
    tick = 0
    for i, digit in enumerate(digits):
        if i > 0:
            tick += GAP_TICKS
        start = tick
        elapsed = STEP
        yield tick, start, True, EVENTS[digit], False, elapsed
        tick += 1
        ends = 0
        while ends < END_REPEATS:
            if elapsed < DURATION:
                elapsed += STEP
            end = elapsed >= DURATION
            ends += end
            yield tick, start, False, EVENTS[digit], end, elapsed
            tick += 1


def main():
    out, steps = sys.argv[1], sorted((int(a), d) for a, d in (s.split(":", 1) for s in sys.argv[2:]))
    packets, seq, last = [], 1, None
    for at_ms, digits in steps:
        base = max(at_ms // 20, 5 if last is None else last + 1)
        for off, start, marker, event, end, elapsed in digit_packets(digits):
            tick = base + off
            ts = 8000 + (base + start) * 160
            payload = struct.pack("!BBH", event, (0x80 if end else 0) | VOLUME, elapsed)
            rtp = struct.pack("!BBHII", 0x80, (0x80 if marker else 0) | 101, seq & 0xFFFF, ts & 0xFFFFFFFF, 0x44444444) + payload
            seq += 1
            packets.append((tick, rtp))
            last = tick
    with open(out, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        for tick, rtp in packets:
            udp = struct.pack("!HHHH", 6000, 6000, 8 + len(rtp), 0) + rtp
            ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), 0, 0, 64, 17, 0, bytes([127, 0, 0, 1]), bytes([127, 0, 0, 1]))
            frame = b"\0" * 12 + b"\x08\x00" + ip + udp
            micros = tick * 20000
            f.write(struct.pack("<IIII", micros // 1000000, micros % 1000000, len(frame), len(frame)))
            f.write(frame)


if __name__ == "__main__":
    main()
