namespace CallCenter.Domain.Numbers;

/// <summary>
/// The center's own numbers, which every agent may dial (Internal): its extensions and its service numbers (the called
/// numbers of inbound routes), all normalised (<see cref="NumberPattern.Normalize"/>). Loaded by <see cref="CenterNumberDirectory"/>.
/// </summary>
public sealed record CenterNumbers(IReadOnlySet<string> Extensions, IReadOnlySet<string> ServiceNumbers)
{
    /// <summary>No numbers of the center known (every number is classified by its form alone).</summary>
    public static readonly CenterNumbers None = new(new HashSet<string>(), new HashSet<string>());
}
