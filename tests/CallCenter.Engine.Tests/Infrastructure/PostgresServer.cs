using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Npgsql;

namespace CallCenter.Engine.Tests.Infrastructure;

/// <summary>
/// A throw-away PostgreSQL cluster for tests: <c>initdb</c> into a temporary directory, started
/// with <c>pg_ctl</c> on a free loopback port with trust authentication, stopped and deleted on
/// dispose. Never touches the system cluster. Share one per test run through the
/// <see cref="PostgresCollection"/> fixture and give each test class its own database
/// (<see cref="CreateDatabaseAsync"/>).
/// </summary>
/// <remarks>
/// Missing binaries are an error, not a skip: a suite that silently skips its database tests
/// would pass with the database code deleted. <c>./test.sh</c> installs them.
/// </remarks>
public sealed partial class PostgresServer : IAsyncLifetime, IDisposable
{
    /// <summary>Environment variable naming the directory that holds initdb and pg_ctl.</summary>
    public const string BinEnvironmentVariable = "CALLCENTER_PG_BIN";

    /// <summary>The superuser created by initdb; trust auth, so no password.</summary>
    public const string Superuser = "postgres";

    private const string OsUser = "postgres";
    private const int StartAttempts = 3;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(120);

    private readonly object _gate = new();
    private bool _started;
    private bool _disposed;
    private bool _asRoot;

    /// <summary>Directory holding initdb, pg_ctl and postgres.</summary>
    public string BinDirectory { get; private set; } = "";

    /// <summary>Temporary directory holding the cluster (data/), its socket (sock/) and log (server.log).</summary>
    public string RootDirectory { get; private set; } = "";

    /// <summary>The cluster's data directory (PGDATA).</summary>
    public string DataDirectory => Path.Combine(RootDirectory, "data");

    /// <summary>The server log; its tail is quoted in start failures.</summary>
    public string LogFile => Path.Combine(RootDirectory, "server.log");

    private string SocketDirectory => Path.Combine(RootDirectory, "sock");

    /// <summary>The loopback TCP port the server listens on.</summary>
    public int Port { get; private set; }

    /// <summary>Locates the binaries, creates and starts a cluster, and waits until it accepts connections.</summary>
    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var server = new PostgresServer();
        try
        {
            await server.StartCoreAsync(cancellationToken);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Connection string for <paramref name="database"/> on this server, as the trust-authenticated superuser.</summary>
    public string ConnectionString(string database)
    {
        EnsureStarted();
        return BuildConnectionString(database);
    }

    /// <summary>
    /// Creates an empty database named <paramref name="name"/> (lower-case letters, digits and
    /// underscores; use one per test class) and returns its connection string.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        EnsureStarted();
        if (!DatabaseName().IsMatch(name))
        {
            throw new ArgumentException(
                $"Database name '{name}' must match {DatabaseName()} (lower case, at most 63 characters).", nameof(name));
        }

        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return ConnectionString(name);
    }

    Task IAsyncLifetime.InitializeAsync() => StartCoreAsync(CancellationToken.None);

    Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Stops the server (immediate mode) and deletes its directory. Safe to call twice.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        NpgsqlConnection.ClearAllPools();
        if (RootDirectory.Length == 0)
        {
            return;
        }

        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            // Immediate: the data is thrown away anyway, and a smart shutdown would wait for clients.
            RunAsPostgresAsync(PgCtl, ["-D", DataDirectory, "-m", "immediate", "-w", "-t", "30", "stop"], CancellationToken.None)
                .GetAwaiter().GetResult();
        }

        try
        {
            Directory.Delete(RootDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A left-over temp directory is not worth failing a green run for.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private string PgCtl => Path.Combine(BinDirectory, "pg_ctl");

    private async Task StartCoreAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_started)
            {
                return;
            }
        }

        BinDirectory = PostgresBinaries.FindBinDirectory();
        // PostgreSQL refuses to run as root; Environment.IsPrivilegedProcess is euid == 0 on Unix.
        _asRoot = Environment.IsPrivilegedProcess;

        // As root the cluster belongs to the postgres user, who must be able to reach it: /tmp is
        // world-traversable, a TMPDIR under /root is not.
        var tempBase = _asRoot ? "/tmp" : Path.GetTempPath();
        RootDirectory = Path.Combine(tempBase, "callcenter-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(RootDirectory);
        Directory.CreateDirectory(SocketDirectory);
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;

        if (_asRoot)
        {
            await EnsureOsUserAsync(cancellationToken);
            await RunCheckedAsync("chown", ["-R", $"{OsUser}:", RootDirectory], asPostgres: false, cancellationToken);
        }

        await RunCheckedAsync(
            Path.Combine(BinDirectory, "initdb"),
            ["-D", DataDirectory, "-A", "trust", "-U", Superuser, "-E", "UTF8", "--locale=C", "--no-sync"],
            asPostgres: true,
            cancellationToken);

        ProcessResult? lastFailure = null;
        for (var attempt = 1; attempt <= StartAttempts; attempt++)
        {
            // The port can be taken between probing and binding; a fresh one on retry covers that race.
            Port = FindFreePort();
            var options = $"-k {SocketDirectory} -p {Port} -c listen_addresses=127.0.0.1 "
                + "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400"; // a database + pool per test class
            var result = await RunAsPostgresAsync(
                PgCtl,
                ["-D", DataDirectory, "-l", LogFile, "-w", "-t", ((int)StartTimeout.TotalSeconds).ToString(), "-o", options, "start"],
                cancellationToken);
            if (result.ExitCode == 0)
            {
                lastFailure = null;
                break;
            }

            lastFailure = result;
        }

        if (lastFailure is not null)
        {
            throw new InvalidOperationException(
                $"pg_ctl could not start PostgreSQL after {StartAttempts} attempts.\n{lastFailure.Describe()}\n{LogTail()}");
        }

        await WaitUntilAcceptingAsync(cancellationToken);
        lock (_gate)
        {
            _started = true;
        }
    }

    private async Task WaitUntilAcceptingAsync(CancellationToken cancellationToken)
    {
        // pg_ctl -w has already waited for "ready"; this proves it over TCP as the tests will connect.
        var deadline = Stopwatch.StartNew();
        var delay = TimeSpan.FromMilliseconds(25);
        Exception? last = null;
        var builder = new NpgsqlConnectionStringBuilder(BuildConnectionString("postgres")) { Pooling = false, Timeout = 5 };
        while (deadline.Elapsed < StartTimeout)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
            {
                last = ex;
            }

            await Task.Delay(delay, cancellationToken);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 500));
        }

        throw new TimeoutException(
            $"PostgreSQL on 127.0.0.1:{Port} did not accept connections within {StartTimeout.TotalSeconds:0} s. "
            + $"Last error: {last?.Message}\n{LogTail()}",
            last);
    }

    private string BuildConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = IPAddress.Loopback.ToString(),
            Port = Port,
            Username = Superuser,
            Database = database,
            Timeout = 15,
            CommandTimeout = 60,
        }.ConnectionString;

    private void EnsureStarted()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_started)
        {
            throw new InvalidOperationException("The PostgreSQL server has not been started: use StartAsync or the \"postgres\" collection fixture.");
        }
    }

    private void OnProcessExit(object? sender, EventArgs e) => Dispose();

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task EnsureOsUserAsync(CancellationToken cancellationToken)
    {
        var probe = await RunProcessAsync("id", ["-u", OsUser], cancellationToken);
        if (probe.ExitCode == 0)
        {
            return;
        }

        // Debian's postgresql package creates this user; a machine with hand-copied binaries may lack it.
        await RunCheckedAsync(
            "useradd",
            ["--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/bin/sh", OsUser],
            asPostgres: false,
            cancellationToken);
    }

    private async Task RunCheckedAsync(string file, IReadOnlyList<string> arguments, bool asPostgres, CancellationToken cancellationToken)
    {
        var result = asPostgres
            ? await RunAsPostgresAsync(file, arguments, cancellationToken)
            : await RunProcessAsync(file, arguments, cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"Setting up the throw-away PostgreSQL cluster failed.\n{result.Describe()}");
        }
    }

    /// <summary>Runs a PostgreSQL binary as the current user, or as the postgres user when we are root.</summary>
    private Task<ProcessResult> RunAsPostgresAsync(string file, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (!_asRoot)
        {
            return RunProcessAsync(file, arguments, cancellationToken);
        }

        var runuser = new[] { "/usr/sbin/runuser", "/sbin/runuser" }.FirstOrDefault(File.Exists);
        if (runuser is not null)
        {
            return RunProcessAsync(runuser, ["-u", OsUser, "--", file, .. arguments], cancellationToken);
        }

        var command = string.Join(' ', new[] { file }.Concat(arguments).Select(ProcessResult.ShellQuote));
        return RunProcessAsync("su", [OsUser, "-s", "/bin/sh", "-c", command], cancellationToken);
    }

    private async Task<ProcessResult> RunProcessAsync(string file, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The postgres user may not be able to enter the test's working directory.
            WorkingDirectory = RootDirectory.Length > 0 && Directory.Exists(RootDirectory) ? RootDirectory : "/",
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // English, predictable messages; and no stray PG* settings from the developer's shell.
        startInfo.Environment["LC_ALL"] = "C";
        startInfo.Environment["LANG"] = "C";
        foreach (var key in new[] { "PGDATA", "PGPORT", "PGHOST", "PGUSER", "PGDATABASE", "PGOPTIONS" })
        {
            startInfo.Environment.Remove(key);
        }

        var commandLine = string.Join(' ', new[] { file }.Concat(arguments).Select(ProcessResult.ShellQuote));
        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {commandLine}");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"Could not start {commandLine}: {ex.Message}", ex);
        }

        using (process)
        {
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(CommandTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{commandLine} did not finish within {CommandTimeout.TotalSeconds:0} s.\n{LogTail()}");
            }

            return new ProcessResult(commandLine, process.ExitCode, await stdout, await stderr);
        }
    }

    private string LogTail()
    {
        try
        {
            if (!File.Exists(LogFile))
            {
                return "(no server log)";
            }

            var lines = File.ReadAllLines(LogFile);
            return $"Last lines of {LogFile}:\n" + string.Join('\n', lines.TakeLast(20));
        }
        catch (IOException ex)
        {
            return $"(server log unreadable: {ex.Message})";
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();
}
