namespace CallCenter.Engine.Abstractions;

/// <summary>How an activity execution ended: with outcomes to follow, suspended on a bookmark, or ending the workflow.</summary>
public readonly struct ActivityResult
{
    private ActivityResult(string? outcome, string[]? outcomes, BookmarkRequest? bookmark, bool finishesWorkflow)
    {
        Outcome = outcome;
        Outcomes = outcomes;
        Bookmark = bookmark;
        FinishesWorkflow = finishesWorkflow;
    }

    /// <summary>The single outcome followed, if any.</summary>
    public string? Outcome { get; }
    /// <summary>Several outcomes followed at once (a fork), if any.</summary>
    public string[]? Outcomes { get; }
    public BookmarkRequest? Bookmark { get; }
    public bool FinishesWorkflow { get; }

    public static ActivityResult Done { get; } = new("Done", null, null, false);
    /// <summary>The branch ends here without following any connection.</summary>
    public static ActivityResult Nothing { get; } = new(null, null, null, false);
    /// <summary>The whole workflow finishes now (End).</summary>
    public static ActivityResult Finish { get; } = new(null, null, null, true);

    public static ActivityResult FromOutcome(string outcome) => new(outcome, null, null, false);
    public static ActivityResult FromOutcomes(params string[] outcomes) => new(null, outcomes, null, false);
    public static ActivityResult Suspend(BookmarkRequest bookmark) => new(null, null, bookmark, false);
}
