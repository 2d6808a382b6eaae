using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CallCenter.Interop.Tests.Sip.Baresip;

/// <summary>
/// A headless baresip 1.0.0 softphone registered as one extension: a config dir of its own (loopback
/// only, PCMU, a tone WAV as its microphone, what it hears recorded to <c>rec/dump-*-dec.wav</c>),
/// driven over ctrl_tcp. Bounded by <c>-t</c> and killed on dispose; fails loudly when baresip is missing.
/// </summary>
internal sealed class BaresipPhone : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private BaresipPhone(string user, string folder, Process process, BaresipControl control)
    {
        User = user;
        Folder = folder;
        _process = process;
        Control = control;
    }

    public string User { get; }

    /// <summary>Where the phone takes SIP directly (a call to <c>sip:user@this</c> reaches it without the registrar, like a trunk's far end).</summary>
    public IPEndPoint SipEndPoint { get; private init; } = null!;
    public string Folder { get; }
    public BaresipControl Control { get; }
    public string Log { get { lock (_log) return _log.ToString(); } }

    /// <param name="registrar">The Portal's SIP UDP endpoint.</param>
    /// <param name="toneHz">The tone this phone "speaks", so the other side's recording can be told apart.</param>
    public static async Task<BaresipPhone> StartAsync(string parent, string user, string password, IPEndPoint registrar, bool autoAnswer, double toneHz)
    {
        var executable = Find() ?? throw new InvalidOperationException(
            "baresip is not installed: run ./test.sh as root (it installs baresip-core), or apt-get install --no-install-recommends baresip-core.");
        var folder = Directory.CreateDirectory(Path.Combine(parent, "baresip-" + user)).FullName;
        Directory.CreateDirectory(Path.Combine(folder, "rec"));
        var wav = Path.Combine(folder, "source.wav");
        TestWav.WriteTone(wav, toneHz, seconds: 40, silenceSeconds: 30);
        var sipPort = FreeSipPort();
        var ctrlPort = FreeTcpPort();
        var rtpFirst = FreeRtpRange();
        File.WriteAllText(Path.Combine(folder, "config"), string.Join('\n',
            "poll_method\tepoll",
            "net_interface\t127.0.0.1",
            $"sip_listen\t127.0.0.1:{sipPort}",
            "call_local_timeout\t120",
            "call_max_calls\t4",
            $"audio_player\taubridge,null_{user}",
            $"audio_source\taufile,{wav}",
            $"audio_alert\taubridge,null_alert_{user}",
            "ausrc_format\ts16", "auplay_format\ts16", "auenc_format\ts16", "audec_format\ts16",
            "audio_buffer\t20-160",
            $"rtp_ports\t{rtpFirst}-{rtpFirst + 19}",
            "rtcp_mux\tno",
            "jitter_buffer_delay\t1-10",
            "module_path\t/usr/lib/baresip/modules",
            "module\tg711.so", "module\taufile.so", "module\taubridge.so", "module\tsndfile.so",
            "module_tmp\taccount.so",
            "module_app\tmenu.so", "module_app\tctrl_tcp.so",
            $"ctrl_tcp_listen\t127.0.0.1:{ctrlPort}",
            $"snd_path\t{Path.Combine(folder, "rec")}", ""));
        File.WriteAllText(Path.Combine(folder, "accounts"),
            $"<sip:{user}@{registrar.Address}:{registrar.Port}>;auth_pass={password};regint=60;answermode={(autoAnswer ? "auto" : "manual")};audio_codecs=pcmu\n");

        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["-f", folder, "-t", "90"]) info.ArgumentList.Add(arg);
        var process = Process.Start(info)!;
        var log = new StringBuilder();
        void Append(object? _, DataReceivedEventArgs e)
        {
            if (e.Data is null) return;
            lock (log) log.AppendLine(e.Data);
        }
        process.OutputDataReceived += Append;
        process.ErrorDataReceived += Append;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var control = await BaresipControl.ConnectAsync(ctrlPort, TimeSpan.FromSeconds(10), () => { lock (log) return log.ToString(); });
            var phone = new BaresipPhone(user, folder, process, control) { SipEndPoint = new IPEndPoint(IPAddress.Loopback, sipPort) };
            lock (log) phone._log.Append(log);
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (phone._log) phone._log.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (phone._log) phone._log.AppendLine(e.Data); };
            return phone;
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Polls <c>reginfo</c> until the account line says OK (ctrl_tcp misses the REGISTER_OK of start-up).</summary>
    public async Task WaitRegisteredAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            last = await Control.CommandAsync("reginfo");
            if (last.Contains("OK", StringComparison.Ordinal)) return;
            await Task.Delay(200); // polling: baresip sends no event we could still receive
        }
        throw new TimeoutException($"{User} did not register within {timeout}: {last}\n{Log}");
    }

    /// <summary>The recording of what this phone heard (the decoder side).</summary>
    public string? ReceivedRecording() => Directory.GetFiles(Path.Combine(Folder, "rec"), "dump-*-dec.wav").FirstOrDefault();

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited) await Control.CommandAsync("quit", timeout: TimeSpan.FromSeconds(2));
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is TimeoutException or IOException or InvalidOperationException) { }
        finally
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await Control.DisposeAsync();
            _process.Dispose();
        }
    }

    private static string? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
            if (File.Exists(Path.Combine(dir, "baresip"))) return Path.Combine(dir, "baresip");
        return null;
    }

    // baresip also binds TCP (and TLS) on the SIP port + 1: find a port whose neighbour is free too.
    private static int FreeSipPort()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var udp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            udp.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            var port = ((IPEndPoint)udp.LocalEndPoint!).Port;
            if (port < 65_000 && IsFree(port, SocketType.Stream) && IsFree(port + 1, SocketType.Stream) && IsFree(port + 1, SocketType.Dgram)) return port;
        }
        throw new InvalidOperationException("no free SIP port pair for baresip");
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // Outside the Portal's RTP range (20,000–29,999) and the unit tests' (46,000+): 20 free ports from 40,000–45,999.
    private static int _nextRtp = 40_000 + (Environment.ProcessId % 150) * 40;
    private static int FreeRtpRange()
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            var first = 40_000 + (Interlocked.Add(ref _nextRtp, 20) - 40_000) % 6_000;
            var free = true;
            for (var p = first; p < first + 20 && free; p++) free = IsFree(p, SocketType.Dgram);
            if (free) return first;
        }
        throw new InvalidOperationException("no free RTP range for baresip");
    }

    private static bool IsFree(int port, SocketType type)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, type, type == SocketType.Stream ? ProtocolType.Tcp : ProtocolType.Udp);
        try
        {
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    internal static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}
