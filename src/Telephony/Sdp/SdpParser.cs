namespace CallCenter.Telephony.Sdp;

/// <summary>
/// Parses SDP (RFC 8866, RFC 4566) into an <see cref="SdpSessionDescription"/>. Accepts CRLF or LF line
/// ends and unknown attributes; refuses a body with a missing or misplaced mandatory line, naming the line.
/// Never throws on malformed input.
/// </summary>
public static class SdpParser
{
    /// <summary>Bodies larger than this are refused outright (64 KiB; real offers are under 2 KiB).</summary>
    public const int MaxLength = 64 * 1024;

    /// <summary>Parses an SDP body.</summary>
    public static SdpParseResult Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return SdpParseResult.Fail(1, "the SDP body is empty; v=0 expected");
        }

        if (text.Length > MaxLength)
        {
            return SdpParseResult.Fail(0, $"the SDP body is {text.Length} characters long; at most {MaxLength} are accepted");
        }

        var state = new State();
        var lines = text.Split('\n');
        var lineNumber = 0;
        foreach (var rawLine in lines)
        {
            lineNumber++;
            var line = rawLine.EndsWith('\r') ? rawLine[..^1] : rawLine;
            if (line.Length == 0)
            {
                continue; // blank lines (usually a trailing CRLF) carry nothing
            }

            if (line.Length < 2 || line[1] != '=' || line[0] is < 'a' or > 'z')
            {
                return SdpParseResult.Fail(lineNumber, $"expected '<letter>=<value>', found '{Shorten(line)}'");
            }

            var error = state.Accept(line[0], line[2..], lineNumber);
            if (error is not null)
            {
                return SdpParseResult.Fail(lineNumber, error);
            }
        }

        return state.Finish(lineNumber + 1);
    }

    internal static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>Where the parser is in the grammar of RFC 8866 §9, and what it has built so far.</summary>
    private sealed class State
    {
        private readonly SdpSessionDescription _description = new();
        private readonly List<int> _mediaLines = [];
        private int _expected; // 0: v=, 1: o=, 2: s=, 3: session body
        private SdpMedia? _media;
        private SdpTiming? _timing;
        private int _lastLine;
        private int _seen; // bit per session-level line type seen, for the ones that may appear once

        public string? Accept(char type, string value, int lineNumber)
        {
            _lastLine = lineNumber;
            switch (_expected)
            {
                case 0:
                    if (type != 'v')
                    {
                        return $"v= must be the first line, found '{type}='";
                    }

                    _expected = 1;
                    return value.Trim() == "0" ? null : $"unsupported SDP version '{SdpParser.Shorten(value)}'; v=0 expected";
                case 1:
                    if (type != 'o')
                    {
                        return $"o= must follow v=, found '{type}='";
                    }

                    _expected = 2;
                    return ParseOrigin(value);
                case 2:
                    if (type != 's')
                    {
                        return $"s= must follow o=, found '{type}='";
                    }

                    _expected = 3;
                    _description.SessionName = value;
                    return null;
            }

            return _media is null ? AcceptSession(type, value, lineNumber) : AcceptMedia(_media, type, value);
        }

        public SdpParseResult Finish(int endLine)
        {
            if (_expected < 3)
            {
                var missing = _expected switch { 0 => "v=", 1 => "o=", _ => "s=" };
                return SdpParseResult.Fail(endLine, $"the body ends before the mandatory {missing} line");
            }

            if (_description.Timings.Count == 0)
            {
                return SdpParseResult.Fail(endLine, "the mandatory t= line is missing");
            }

            for (var i = 0; i < _description.Media.Count; i++)
            {
                var media = _description.Media[i];
                if (media.Port != 0 && media.Connections.Count == 0 && _description.Connection is null)
                {
                    return SdpParseResult.Fail(_mediaLines[i], "this m= line has no c= line and there is no session-level c= line");
                }
            }

            return SdpParseResult.Ok(_description);
        }

        private string? AcceptSession(char type, string value, int lineNumber)
        {
            switch (type)
            {
                case 'v' or 'o' or 's':
                    return $"a second '{type}=' line";
                case 'i' or 'u' or 'c' or 'z' or 'k' when (_seen & (1 << (type - 'a'))) != 0:
                    return $"a second session-level '{type}=' line";
                case 'i':
                    _description.Information = value;
                    break;
                case 'u':
                    _description.Uri = value;
                    break;
                case 'e':
                    _description.Emails.Add(value);
                    break;
                case 'p':
                    _description.Phones.Add(value);
                    break;
                case 'c':
                    if (!TryConnection(value, out var connection, out var error))
                    {
                        return error;
                    }

                    _description.Connection = connection;
                    break;
                case 'b':
                    return AddBandwidth(_description.Bandwidths, value);
                case 't':
                    return ParseTiming(value);
                case 'r':
                    if (_timing is null)
                    {
                        return "r= must follow a t= line";
                    }

                    _timing.Repeats.Add(value);
                    break;
                case 'z':
                    _description.TimeZones = value;
                    break;
                case 'k':
                    _description.Key = value;
                    break;
                case 'a':
                    return AddAttribute(_description.Attributes, value);
                case 'm':
                    if (_description.Timings.Count == 0)
                    {
                        return "m= before the mandatory t= line";
                    }

                    return StartMedia(value, lineNumber);
                default:
                    return $"unknown line type '{type}='";
            }

            _seen |= 1 << (type - 'a');
            return null;
        }

        private string? AcceptMedia(SdpMedia media, char type, string value)
        {
            switch (type)
            {
                case 'm':
                    return StartMedia(value, _lastLine);
                case 'i' when media.Information is not null:
                case 'k' when media.Key is not null:
                    return $"a second '{type}=' line in this media description";
                case 'i':
                    media.Information = value;
                    return null;
                case 'k':
                    media.Key = value;
                    return null;
                case 'c':
                    if (!TryConnection(value, out var connection, out var error))
                    {
                        return error;
                    }

                    media.Connections.Add(connection);
                    return null;
                case 'b':
                    return AddBandwidth(media.Bandwidths, value);
                case 'a':
                    return AddAttribute(media.Attributes, value);
                case 'v' or 'o' or 's' or 'u' or 'e' or 'p' or 't' or 'r' or 'z':
                    return $"'{type}=' is a session-level line and may not follow m= (line {_mediaLines[^1]})";
                default:
                    return $"unknown line type '{type}='";
            }
        }

        private string? ParseOrigin(string value)
        {
            var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 6)
            {
                return $"o= needs 6 fields (username sess-id sess-version nettype addrtype address), found {parts.Length}";
            }

            if (parts[1].Length > 20 || !SdpNumbers.TryULong(parts[1], out _))
            {
                return $"o= session id '{SdpParser.Shorten(parts[1])}' is not a number";
            }

            if (!SdpNumbers.TryULong(parts[2], out var version))
            {
                return $"o= session version '{SdpParser.Shorten(parts[2])}' is not a number";
            }

            _description.Origin = new SdpOrigin(parts[0], parts[1], version, parts[3], parts[4], parts[5]);
            return null;
        }

        private string? ParseTiming(string value)
        {
            var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || !SdpNumbers.TryULong(parts[0], out var start) || !SdpNumbers.TryULong(parts[1], out var stop))
            {
                return $"t= needs a start and a stop time, found '{SdpParser.Shorten(value)}'";
            }

            _timing = new SdpTiming { Start = start, Stop = stop };
            _description.Timings.Add(_timing);
            return null;
        }

        private string? StartMedia(string value, int lineNumber)
        {
            var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 4)
            {
                return $"m= needs media, port, protocol and at least one format, found '{SdpParser.Shorten(value)}'";
            }

            var media = new SdpMedia { Media = parts[0], Protocol = parts[2] };
            var portText = parts[1].AsSpan();
            var slash = portText.IndexOf('/');
            if (slash >= 0)
            {
                if (!SdpNumbers.TryInt(portText[(slash + 1)..], out var count) || count == 0)
                {
                    return $"m= port count in '{SdpParser.Shorten(parts[1])}' is not a positive number";
                }

                media.PortCount = count;
                portText = portText[..slash];
            }

            if (!SdpNumbers.TryPort(portText, out var port))
            {
                return $"m= port '{SdpParser.Shorten(parts[1])}' is not a port number";
            }

            media.Port = port;
            for (var i = 3; i < parts.Length; i++)
            {
                media.Formats.Add(parts[i]);
            }

            _media = media;
            _description.Media.Add(media);
            _mediaLines.Add(lineNumber);
            return null;
        }

        private static bool TryConnection(string value, out SdpConnection connection, out string? error)
        {
            connection = null!;
            error = null;
            var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 3)
            {
                error = $"c= needs nettype, addrtype and address, found '{SdpParser.Shorten(value)}'";
                return false;
            }

            var pieces = parts[2].Split('/');
            int? ttl = null;
            int? count = null;
            var ip4 = parts[1] == "IP4";
            if (pieces[0].Length == 0 || pieces.Length > (ip4 ? 3 : 2))
            {
                error = $"c= address '{SdpParser.Shorten(parts[2])}' is malformed";
                return false;
            }

            for (var i = 1; i < pieces.Length; i++)
            {
                if (!SdpNumbers.TryInt(pieces[i], out var number))
                {
                    error = $"c= address '{SdpParser.Shorten(parts[2])}' has a non-numeric suffix";
                    return false;
                }

                if (ip4 && i == 1)
                {
                    ttl = number;
                }
                else
                {
                    count = number;
                }
            }

            connection = new SdpConnection(parts[0], parts[1], pieces[0], ttl, count);
            return true;
        }

        private static string? AddBandwidth(List<SdpBandwidth> bandwidths, string value)
        {
            var colon = value.IndexOf(':');
            if (colon <= 0 || !long.TryParse(value.AsSpan(colon + 1), System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out var amount))
            {
                return $"b= needs '<type>:<number>', found '{SdpParser.Shorten(value)}'";
            }

            bandwidths.Add(new SdpBandwidth(value[..colon], amount));
            return null;
        }

        private static string? AddAttribute(List<SdpAttribute> attributes, string value)
        {
            var attribute = SdpAttribute.Parse(value);
            if (attribute.Name.Length == 0)
            {
                return "a= without an attribute name";
            }

            switch (attribute.Name)
            {
                case "rtpmap" when !SdpRtpMap.TryParse(attribute.Value, out _):
                    return $"a=rtpmap '{SdpParser.Shorten(attribute.Value ?? string.Empty)}' is not '<payload type> <encoding>/<clock rate>[/<channels>]'";
                case "rtcp" when !SdpRtcp.TryParse(attribute.Value, out _):
                    return $"a=rtcp '{SdpParser.Shorten(attribute.Value ?? string.Empty)}' is not '<port> [<nettype> <addrtype> <address>]'";
            }

            attributes.Add(attribute);
            return null;
        }
    }
}
