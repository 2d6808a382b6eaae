namespace CallCenter.Telephony.Sip.Messages;

/// <summary>Method names of RFC 3261 and the common extensions, as shared string instances.</summary>
public static class SipMethods
{
    public const string Invite = "INVITE";
    public const string Ack = "ACK";
    public const string Bye = "BYE";
    public const string Cancel = "CANCEL";
    public const string Options = "OPTIONS";
    public const string Register = "REGISTER";
    public const string Prack = "PRACK";
    public const string Subscribe = "SUBSCRIBE";
    public const string Notify = "NOTIFY";
    public const string Publish = "PUBLISH";
    public const string Info = "INFO";
    public const string Refer = "REFER";
    public const string Message = "MESSAGE";
    public const string Update = "UPDATE";

    private static readonly string[] Known =
        [Invite, Ack, Bye, Cancel, Options, Register, Prack, Subscribe, Notify, Publish, Info, Refer, Message, Update];

    /// <summary>True for a method this list knows (case-sensitive, as methods are).</summary>
    public static bool IsKnown(string method) => Array.IndexOf(Known, method) >= 0;

    /// <summary>The shared instance for a known method, else a new string.</summary>
    public static string Intern(ReadOnlySpan<char> method)
    {
        foreach (var m in Known) if (method.SequenceEqual(m)) return m;
        return method.ToString();
    }

    internal static string Intern(ReadOnlySpan<byte> method)
    {
        foreach (var m in Known)
        {
            if (m.Length != method.Length) continue;
            var same = true;
            for (var i = 0; i < m.Length && same; i++) same = m[i] == method[i];
            if (same) return m;
        }
        return System.Text.Encoding.ASCII.GetString(method);
    }
}
