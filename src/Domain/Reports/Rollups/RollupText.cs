namespace CallCenter.Domain.Reports.Rollups;

/// <summary>The texts the hourly tables key on (flow, node, question, answer…) are cut to <see cref="MaxLength"/>, so that a pass never fails on a long one.</summary>
internal static class RollupText
{
    public const int MaxLength = 200;

    public static string Cut(string text) => text.Length <= MaxLength ? text : text[..MaxLength];
}
