using System.Text;

namespace CallCenter.Engine.Tests.Infrastructure;

/// <summary>What a helper process of the throw-away PostgreSQL cluster printed and returned, for error messages.</summary>
internal sealed record ProcessResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append("$ ").Append(CommandLine).Append(" → exit ").Append(ExitCode).Append('\n');
        if (StandardOutput.Length > 0) text.Append(StandardOutput.TrimEnd()).Append('\n');
        if (StandardError.Length > 0) text.Append(StandardError.TrimEnd()).Append('\n');
        return text.ToString();
    }

    /// <summary>Quotes an argument for /bin/sh (for su -c and for readable command lines).</summary>
    public static string ShellQuote(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:,@".Contains(c))
            ? value
            : "'" + value.Replace("'", "'\\''") + "'";
}
