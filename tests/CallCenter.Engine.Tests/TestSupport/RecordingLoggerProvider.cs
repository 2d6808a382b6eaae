using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CallCenter.Engine.Tests.TestSupport;

/// <summary>Keeps every log line at or above a minimum level, so tests can see what a flow wrote to the server log.</summary>
public sealed class RecordingLoggerProvider(LogLevel minimum) : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Message)> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose() { }

    private sealed class Logger(RecordingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= owner._minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) owner.Lines.Enqueue((logLevel, formatter(state, exception)));
        }
    }

    private readonly LogLevel _minimum = minimum;
}
