using CallCenter.Engine.Activities;
using CallCenter.Engine.Execution;
using CallCenter.Engine.Models;

namespace CallCenter.Engine.Runtime;

/// <summary>
/// What a saved run leaves to do for sub-flows once the instance's lock is released: children to cancel (the
/// instance ended while waiting on them), children to check (it just started waiting on them: one may have
/// ended before the wait was saved), and the parent to resume (a child that ended).
/// </summary>
internal sealed record SubFlowFollowUp(IReadOnlyList<string> CancelChildren, IReadOnlyList<string> CheckChildren, string? ParentInstanceId)
{
    public static SubFlowFollowUp? Of(WorkflowExecution execution)
    {
        var instance = execution.Instance;
        List<string>? cancel = null, check = null;
        if (instance.IsEnded)
        {
            foreach (var bookmark in execution.RemovedBookmarks)
                if (bookmark.Type == SubFlow.BookmarkType && bookmark.CorrelationKey is { } child) (cancel ??= []).Add(child);
        }
        else
        {
            foreach (var bookmark in execution.NewBookmarks)
                if (bookmark.Type == SubFlow.BookmarkType && bookmark.CorrelationKey is { } child && instance.Bookmarks.Contains(bookmark)) (check ??= []).Add(child);
        }
        var parent = instance.IsEnded ? SubFlowLink.Of(instance)?.ParentInstanceId : null;
        if (cancel is null && check is null && parent is null) return null;
        return new SubFlowFollowUp(cancel ?? [], check ?? [], parent);
    }

    /// <summary>What the parent's SubFlow activity is resumed with: the child's id, status, fault and variables (without the link).</summary>
    public static Dictionary<string, object?> Completion(WorkflowInstance child)
    {
        var variables = new Dictionary<string, object?>(child.Variables, StringComparer.Ordinal);
        variables.Remove(SubFlowLink.VariableName);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["instance_id"] = child.Id,
            ["status"] = child.Status.ToString(),
            ["fault"] = child.FaultMessage,
            ["variables"] = variables,
        };
    }
}
