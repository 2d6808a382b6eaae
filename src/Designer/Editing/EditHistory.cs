namespace CallCenter.Designer.Editing;

/// <summary>The undo and redo stacks of a session, bounded so a long editing day does not grow without end.</summary>
internal sealed class EditHistory(int capacity)
{
    private readonly LinkedList<EditStep> _undo = new();
    private readonly Stack<EditStep> _redo = new();

    public bool CanUndo => _undo.Count > 0;
    public bool CanRedo => _redo.Count > 0;

    /// <summary>Records a new step (merging it into the last one when their keys match) and forgets what could be redone.</summary>
    public void Push(EditStep step)
    {
        _redo.Clear();
        if (step.MergeKey is not null && _undo.Last?.Value is { } last && last.MergeKey == step.MergeKey)
        {
            last.Edits.AddRange(step.Edits);
            return;
        }
        _undo.AddLast(step);
        if (_undo.Count > capacity) _undo.RemoveFirst();
    }

    public EditStep? TakeUndo()
    {
        if (_undo.Last is not { } node) return null;
        _undo.RemoveLast();
        _redo.Push(node.Value);
        return node.Value;
    }

    public EditStep? TakeRedo()
    {
        if (!_redo.TryPop(out var step)) return null;
        // A redone step must not swallow the next edit that happens to share its key.
        var sealedStep = new EditStep(null);
        sealedStep.Edits.AddRange(step.Edits);
        _undo.AddLast(sealedStep);
        return step;
    }

    /// <summary>Ends merging: the next step starts a new undo entry even if its key matches.</summary>
    public void Seal()
    {
        if (_undo.Last?.Value is { MergeKey: not null } last)
        {
            var sealedStep = new EditStep(null);
            sealedStep.Edits.AddRange(last.Edits);
            _undo.Last.Value = sealedStep;
        }
    }
}
