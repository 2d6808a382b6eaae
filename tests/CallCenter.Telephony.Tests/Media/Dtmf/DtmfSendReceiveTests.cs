using CallCenter.Telephony.Media.Dtmf;

namespace CallCenter.Telephony.Tests.Media.Dtmf;

public class DtmfSendReceiveTests
{
    private const uint StartTimestamp = uint.MaxValue - 1000; // the stream's timestamp wraps during the test

    [Fact]
    public void A_digit_becomes_a_marked_start_growing_updates_and_three_identical_end_packets()
    {
        var sender = new DtmfSender(toneMilliseconds: 100);
        Assert.True(sender.Enqueue("5"));
        List<DtmfPacket> packets = Drain(sender, 50, out _);

        Assert.Equal(7, packets.Count);
        Assert.True(packets[0].Marker);
        Assert.All(packets.Skip(1), p => Assert.False(p.Marker));
        Assert.All(packets, p => Assert.Equal(StartTimestamp, p.Timestamp));
        Assert.All(packets, p => Assert.Equal(5, p.Event.Event));
        Assert.Equal(new ushort[] { 160, 320, 480, 640, 800, 800, 800 }, packets.Select(p => p.Event.Duration).ToArray());
        Assert.Equal(new[] { false, false, false, false, true, true, true }, packets.Select(p => p.Event.End).ToArray());
    }

    [Fact]
    public void Digits_12hash_are_received_exactly_once_each_with_duplicate_ends_and_a_lost_start()
    {
        var sender = new DtmfSender();
        Assert.True(sender.Enqueue("12#"));
        List<DtmfPacket> sent = Drain(sender, 200, out _);

        // The network loses the start packet of '2' and duplicates every end packet.
        var network = new List<DtmfPacket>();
        int events = 0;
        foreach (DtmfPacket packet in sent)
        {
            if (packet.Marker)
            {
                events++;
                if (events == 2)
                {
                    continue;
                }
            }

            network.Add(packet);
            if (packet.Event.End)
            {
                network.Add(packet);
            }
        }

        List<char> digits = Receive(new DtmfReceiver(), network);

        Assert.Equal("12#", new string(digits.ToArray()));
    }

    [Fact]
    public void Reordered_packets_of_an_event_report_it_once_and_late_ones_of_an_older_event_are_ignored()
    {
        var sender = new DtmfSender();
        Assert.True(sender.Enqueue("47"));
        List<DtmfPacket> sent = Drain(sender, 200, out _);
        var network = new List<DtmfPacket>(sent);
        (network[1], network[2]) = (network[2], network[1]);      // updates of '4' swapped
        DtmfPacket lateEnd = network[6];
        network.RemoveAt(6);
        network.Insert(9, lateEnd);                                // an end of '4' after '7' started

        List<char> digits = Receive(new DtmfReceiver(), network);

        Assert.Equal("47", new string(digits.ToArray()));
    }

    [Fact]
    public void The_same_digit_pressed_twice_is_reported_twice()
    {
        var sender = new DtmfSender();
        Assert.True(sender.Enqueue("55"));
        List<DtmfPacket> sent = Drain(sender, 200, out _);

        Assert.Equal("55", new string(Receive(new DtmfReceiver(), sent).ToArray()));
    }

    [Fact]
    public void Sender_pauses_between_digits_and_refuses_invalid_input()
    {
        var sender = new DtmfSender(toneMilliseconds: 100, gapMilliseconds: 60);
        Assert.False(sender.Enqueue("1X"));
        Assert.Equal(0, sender.Pending);
        Assert.True(sender.Enqueue("12"));
        Drain(sender, 200, out List<int> ticksWithPackets);

        // 7 packets for '1', 3 silent ticks, then 7 for '2'.
        Assert.Equal(14, ticksWithPackets.Count);
        Assert.Equal(10, ticksWithPackets[7]);
        Assert.False(sender.IsSending);
    }

    [Fact]
    public void A_long_event_split_into_segments_is_one_digit()
    {
        var receiver = new DtmfReceiver();
        byte[] payload = new byte[4];
        int reported = 0;

        // Segment 1 starts at 1000 and reaches the 16-bit duration limit without ending (RFC 4733 §2.5.1.3).
        new TelephoneEvent(0, false, 10, 160).Write(payload);
        reported += receiver.TryProcess(1000, true, payload, out _) ? 1 : 0;
        new TelephoneEvent(0, false, 10, 65535).Write(payload);
        reported += receiver.TryProcess(1000, false, payload, out _) ? 1 : 0;

        // Segment 2: new timestamp, no marker, same event, then its end.
        new TelephoneEvent(0, false, 10, 160).Write(payload);
        reported += receiver.TryProcess(1000 + 65535, false, payload, out _) ? 1 : 0;
        new TelephoneEvent(0, true, 10, 800).Write(payload);
        reported += receiver.TryProcess(1000 + 65535, false, payload, out _) ? 1 : 0;

        // A genuinely new press of the same key afterwards is a new digit.
        new TelephoneEvent(0, false, 10, 160).Write(payload);
        reported += receiver.TryProcess(1000 + 65535 + 2000, true, payload, out _) ? 1 : 0;

        Assert.Equal(2, reported);
    }

    [Fact]
    public void Garbage_payloads_are_counted_not_reported()
    {
        var receiver = new DtmfReceiver();
        Assert.False(receiver.TryProcess(0, true, [1, 2], out _));
        Assert.False(receiver.TryProcess(160, true, [16, 0x80, 0, 160], out _)); // event 16 (not DTMF)
        Assert.Equal(2, receiver.PacketsIgnored);
        Assert.Equal(0, receiver.DigitsReported);
    }

    private static List<DtmfPacket> Drain(DtmfSender sender, int ticks, out List<int> ticksWithPackets)
    {
        var packets = new List<DtmfPacket>();
        ticksWithPackets = new List<int>();
        uint timestamp = StartTimestamp;
        for (int tick = 0; tick < ticks; tick++, timestamp += 160)
        {
            if (sender.TryGetPacket(timestamp, out DtmfPacket packet))
            {
                packets.Add(packet);
                ticksWithPackets.Add(tick);
            }
        }

        return packets;
    }

    private static List<char> Receive(DtmfReceiver receiver, List<DtmfPacket> packets)
    {
        var digits = new List<char>();
        byte[] payload = new byte[TelephoneEvent.Size];
        foreach (DtmfPacket packet in packets)
        {
            packet.Event.Write(payload);
            if (receiver.TryProcess(packet.Timestamp, packet.Marker, payload, out DtmfDigit digit))
            {
                digits.Add(digit.Digit);
            }
        }

        return digits;
    }
}
