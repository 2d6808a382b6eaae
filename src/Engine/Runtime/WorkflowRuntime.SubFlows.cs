using CallCenter.Engine.Activities;
using CallCenter.Engine.Models;
using Microsoft.Extensions.Logging;

namespace CallCenter.Engine.Runtime;

// Sub-flows: a SubFlow activity starts a child inline (in its parent's run) and, unless the child ended
// there, suspends on a bookmark keyed by the child's id. Whatever run ends the child later (a resume, a
// timer, a cancel, on any node) resumes that bookmark once its own lock is released; the parent, after
// saving the bookmark, checks whether the child ended meanwhile. A bookmark resumes once, so both may try.
public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Starts a child of the running instance from its SubFlow activity. The child's run is interrupted (and
    /// saved Cancelled) when <paramref name="interrupt"/> fires; the caller takes an inline end itself, so the
    /// parent is not resumed from here.
    /// </summary>
    internal async Task<RunResult> StartChildAsync(string definitionId, StartOptions options, CancellationToken interrupt)
    {
        var workflow = await _cache.GetPublishedAsync(definitionId, interrupt).ConfigureAwait(false);
        if (workflow is null) return RunResult.Nothing(RunOutcome.NotFound, $"no published workflow '{definitionId}'");
        var isTrigger = workflow.Start.Activity is Abstractions.ITriggerActivity;
        var result = await StartCoreAsync(workflow, workflow.Start, isTrigger, options, interrupt, CancellationToken.None).ConfigureAwait(false);
        await AfterRunAsync(result, notifyParent: false).ConfigureAwait(false);
        return result;
    }

    // Never lost to the caller's token: the run is saved, and a parent left waiting would wait for ever.
    private async Task AfterRunAsync(RunResult result, bool notifyParent)
    {
        if (result.SubFlows is not { } followUp || result.InstanceId is not { } instanceId) return;
        try
        {
            foreach (var child in followUp.CancelChildren)
                await CancelAsync(child, CancellationToken.None).ConfigureAwait(false);
            foreach (var childId in followUp.CheckChildren)
            {
                if (await _instances.LoadAsync(childId, CancellationToken.None).ConfigureAwait(false) is { IsEnded: true } child)
                    await ResumeParentAsync(instanceId, child).ConfigureAwait(false);
            }
            if (notifyParent && followUp.ParentInstanceId is { } parentId)
                await ResumeParentAsync(parentId, result.Instance!).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Sub-flow follow-up of instance {InstanceId} failed", instanceId);
        }
    }

    private async Task ResumeParentAsync(string parentId, WorkflowInstance child)
    {
        var completion = SubFlowFollowUp.Completion(child);
        var result = await ResumeSubFlowCoreAsync(parentId, child.Id, completion).ConfigureAwait(false);
        await AfterRunAsync(result, notifyParent: true).ConfigureAwait(false);
    }

    private async Task<RunResult> ResumeSubFlowCoreAsync(string parentId, string childId, object completion)
    {
        using var held = await _locks.AcquireAsync(parentId, CancellationToken.None).ConfigureAwait(false);
        var instance = _hot.Take(parentId);
        // A hot copy is what this node saved last: when it lacks the bookmark, ask the store (another node may have saved it).
        for (var fromStore = instance is null; ; fromStore = true)
        {
            if (fromStore) instance = await _instances.LoadAsync(parentId, CancellationToken.None).ConfigureAwait(false);
            if (instance is null) return RunResult.Nothing(RunOutcome.NotFound, $"no instance '{parentId}'");
            var bookmark = instance.Bookmarks.Find(b => b.Type == SubFlow.BookmarkType && b.CorrelationKey == childId);
            if (bookmark is not null)
            {
                var result = await ResumeLoadedAsync(instance, bookmark.Id, completion, CancellationToken.None).ConfigureAwait(false);
                if (result.Outcome != RunOutcome.Conflict || fromStore) return result;
                continue;
            }
            if (fromStore) return new RunResult(RunOutcome.AlreadyHandled, instance, [], $"instance '{parentId}' does not wait for '{childId}'");
            _hot.Keep(instance);
        }
    }
}
