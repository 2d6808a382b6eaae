using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Tests.Sip.Messages;

/// <summary>Loads the RFC 4475 messages copied into the test output.</summary>
internal static class Torture
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Data", "SipTorture");

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Directory, name + ".dat"));

    public static SipParseResult Parse(string name) => SipParser.ParseDatagram(Bytes(name));

    public static SipRequest Request(string name)
    {
        var r = Parse(name);
        Assert.True(r.IsSuccess, r.ToString());
        return Assert.IsType<SipRequest>(r.Message);
    }

    public static SipResponse Response(string name)
    {
        var r = Parse(name);
        Assert.True(r.IsSuccess, r.ToString());
        return Assert.IsType<SipResponse>(r.Message);
    }
}
