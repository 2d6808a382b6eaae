using CallCenter.Domain.Queues;
using CallCenter.Telephony.Media.Recording;

namespace CallCenter.Activities.Acd;

/// <summary>
/// Where a queue call's recordings go: one file per stretch of bridged talk (a hold or a transfer starts the next:
/// <c>…-2.wav</c>, <c>…-3.wav</c>), mixed or stereo as the queue says, under the recordings folder's day folder.
/// No recording when the queue does not record calls.
/// </summary>
internal sealed class RecordingPlan(CallQueue queue, string folder, string baseName)
{
    private int _segments;

    public RecordingOptions? Next()
    {
        if (!queue.RecordCalls) return null;
        Directory.CreateDirectory(folder);
        var name = ++_segments == 1 ? $"{baseName}.wav" : $"{baseName}-{_segments}.wav";
        var path = Path.GetFullPath(Path.Combine(folder, name));
        return queue.RecordStereo ? new RecordingOptions { StereoPath = path } : new RecordingOptions { MixedPath = path };
    }

    public static string FileSafe(string text) => string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
