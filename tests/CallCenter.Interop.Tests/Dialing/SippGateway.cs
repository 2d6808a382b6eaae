using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CallCenter.Interop.Tests.Dialing;

/// <summary>
/// SIPp as a trunk gateway (UAS, Scenarios/dial_gateway.xml) on a loopback UDP port chosen before the Portal starts (its
/// <c>Dialing:TrunkUri</c> names it): takes one call, logs "DIALLED &lt;number&gt; FROM &lt;caller id&gt;", answers, waits for the BYE.
/// </summary>
internal sealed class SippGateway : IAsyncDisposable
{
    private string _work = "";
    private Process? _process;
    private Task<string>? _output;

    public int Port { get; } = FreeUdpPort();

    public string LogPath => Path.Combine(_work, "actions.log");

    /// <summary>Starts SIPp listening; it ends after one call (or 55 s without one).</summary>
    public void Start()
    {
        _work = Directory.CreateTempSubdirectory("callcenter-gateway-").FullName;
        var executable = new[] { "/usr/bin/sipp", "/usr/local/bin/sipp" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("SIPp is not installed: run ./test.sh as root (it installs sip-tester), or apt-get install sip-tester.");
        var info = new ProcessStartInfo(executable)
        {
            WorkingDirectory = _work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["-sf", Path.Combine(AppContext.BaseDirectory, "Scenarios", "dial_gateway.xml"), "-t", "u1",
                     "-i", "127.0.0.1", "-p", Port.ToString(), "-mi", "127.0.0.1", "-mp", Sip.MediaPorts.FreePair().ToString(),
                     "-m", "1", "-nostdin", "-timeout", "55s", "-timeout_error", "-trace_logs", "-log_file", LogPath])
            info.ArgumentList.Add(arg);
        _process = Process.Start(info)!;
        _output = Task.WhenAll(_process.StandardOutput.ReadToEndAsync(), _process.StandardError.ReadToEndAsync()).ContinueWith(t => string.Concat(t.Result), TaskScheduler.Default);
    }

    /// <summary>SIPp's exit code and what it logged, once the call is over.</summary>
    public async Task<(int ExitCode, string Log)> EndAsync(TimeSpan timeout)
    {
        await _process!.WaitForExitAsync().WaitAsync(timeout);
        var log = File.Exists(LogPath) ? await File.ReadAllTextAsync(LogPath) : "";
        return (_process.ExitCode, $"{log}\n{await _output!}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        if (_process is not null) await _process.WaitForExitAsync();
        _process?.Dispose();
        if (_work.Length > 0) try { Directory.Delete(_work, recursive: true); } catch (IOException) { }
    }

    private static int FreeUdpPort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }
}
