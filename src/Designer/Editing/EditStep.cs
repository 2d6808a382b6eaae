namespace CallCenter.Designer.Editing;

/// <summary>
/// One undoable step: the edits of one user action, in the order they were applied. Steps with the same non-null
/// <see cref="MergeKey"/> that follow each other become one (the moves of one drag, the keystrokes in one field).
/// </summary>
internal sealed class EditStep(string? mergeKey)
{
    public string? MergeKey { get; } = mergeKey;
    public List<FlowEdit> Edits { get; } = [];

    public void Redo(DesignerChange change)
    {
        foreach (var edit in Edits) edit.Do(change);
    }

    public void Undo(DesignerChange change)
    {
        for (var i = Edits.Count - 1; i >= 0; i--) Edits[i].Undo(change);
    }
}
