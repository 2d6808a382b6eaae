namespace CallCenter.Portal.Components.Designer;

/// <summary>
/// One flow of the designer's list: its latest version, the version that runs (if any), the numbers routed to it and
/// who changed it last.
/// </summary>
public sealed record FlowRow(
    string Id,
    string Name,
    int LatestVersion,
    int? PublishedVersion,
    IReadOnlyList<string> Numbers,
    DateTimeOffset LastChangedAt,
    string? LastChangedBy)
{
    /// <summary>True when nothing of this flow has been published yet.</summary>
    public bool DraftOnly => PublishedVersion is null;

    /// <summary>True when a draft newer than the published version exists.</summary>
    public bool HasNewerDraft => PublishedVersion is { } published && LatestVersion > published;

    /// <summary>The status as the list shows it: draft, published, or published with a newer draft.</summary>
    public string StatusKey => DraftOnly ? "Status.Draft" : HasNewerDraft ? "Status.PublishedWithDraft" : "Status.Published";
}
