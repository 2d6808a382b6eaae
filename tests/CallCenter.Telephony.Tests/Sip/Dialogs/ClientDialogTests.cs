using System.Net;
using System.Text;
using CallCenter.Telephony.Sip.Dialogs;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;
using CallCenter.Telephony.Sip.Transport;
using CallCenter.Telephony.Sip.UserAgents;

namespace CallCenter.Telephony.Tests.Sip.Dialogs;

/// <summary>RFC 3261 §12.1.2 and §13.2.2.4: the UAC dialog from our INVITE and its 2xx, and the requests built in it.</summary>
public sealed class ClientDialogTests
{
    private static (SipRequest Invite, SipResponse Ok) Exchange()
    {
        var invite = OutboundInvite.Create(SipUri.Parse("sip:1002-abc@10.0.0.2:5093")!, "<sip:1001@callcenter>", "<sip:1002@callcenter>",
            "10.0.0.1:5060", SipProtocol.Udp, "<sip:1001@10.0.0.1:5060>", "v=0\r\n");
        var text = "SIP/2.0 200 OK\r\n" +
                   $"Via: {invite.Headers.Get(SipHeaderNames.Via)}\r\n" +
                   "Record-Route: <sip:p1.example;lr>\r\nRecord-Route: <sip:p2.example;lr>\r\n" +
                   $"From: {invite.Headers.Get(SipHeaderNames.From)}\r\n" +
                   "To: <sip:1002@callcenter>;tag=callee9\r\n" +
                   $"Call-ID: {invite.CallId}\r\nCSeq: 1 INVITE\r\nContact: <sip:1002@10.0.0.2:5093;transport=udp>\r\nContent-Length: 0\r\n\r\n";
        return (invite, SipParser.ParseDatagram(Encoding.ASCII.GetBytes(text)).Response!);
    }

    [Fact]
    public void The_dialog_takes_the_reversed_Record_Route_the_Contact_and_the_To_tag()
    {
        var (invite, ok) = Exchange();
        var dialog = new ClientDialog(invite, ok, new SipPeer(new IPEndPoint(IPAddress.Parse("10.0.0.2"), 5093), SipProtocol.Udp), "10.0.0.1:5060");

        Assert.Equal("callee9", dialog.RemoteTag);
        Assert.Equal(invite.From!.Tag, dialog.LocalTag);
        Assert.Equal("sip:1002@10.0.0.2:5093;transport=udp", dialog.RemoteTarget);
        Assert.Equal(["<sip:p2.example;lr>", "<sip:p1.example;lr>"], dialog.RouteSet);
    }

    [Fact]
    public void The_ACK_keeps_the_INVITE_CSeq_with_a_new_branch_and_a_BYE_takes_the_next_CSeq()
    {
        var (invite, ok) = Exchange();
        var dialog = new ClientDialog(invite, ok, new SipPeer(new IPEndPoint(IPAddress.Parse("10.0.0.2"), 5093), SipProtocol.Udp), "10.0.0.1:5060");

        var ack = SipParser.ParseDatagram(SipMessageWriter.ToBytes(dialog.CreateAck())).Request!;
        var bye = SipParser.ParseDatagram(SipMessageWriter.ToBytes(dialog.CreateRequest(SipMethods.Bye))).Request!;

        Assert.Equal((1L, "ACK"), (ack.CSeq!.Number, ack.CSeq.Method));
        Assert.NotEqual(invite.Vias[0].Branch, ack.Vias[0].Branch);
        Assert.Equal("sip:1002@10.0.0.2:5093;transport=udp", ack.RequestUri.Raw);
        Assert.Equal("callee9", ack.To!.Tag);
        Assert.Equal(2, bye.CSeq!.Number);
        Assert.Equal(["<sip:p2.example;lr>", "<sip:p1.example;lr>"], bye.Headers.GetAll(SipHeaderNames.Route));
        Assert.Equal(invite.CallId, bye.CallId);
    }
}
