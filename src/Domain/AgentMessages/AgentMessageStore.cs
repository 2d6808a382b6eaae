using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CallCenter.Domain.AgentMessages;

/// <summary>
/// Internal messages between portal users and agents: stored, then announced in-process (<see cref="Sent"/>) so the
/// open desks show them at once. Handlers run on the sender's thread and must be quick; a failing one is logged.
/// </summary>
public sealed class AgentMessageStore(IDbContextFactory<CallCenterDbContext> factory, TimeProvider time, ILogger<AgentMessageStore> logger)
{
    public const int MaxTextLength = 1000;

    public event Action<AgentMessage>? Sent;

    /// <summary>Stores and announces a message; null with the reason when it is empty, too long, or has no recipient.</summary>
    public async Task<(AgentMessage? Message, string? Error)> SendAsync(string from, string toAgentId, string text, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(toAgentId)) return (null, "Choose whom to send it to.");
        if (string.IsNullOrWhiteSpace(text)) return (null, "The message is empty.");
        if (text.Length > MaxTextLength) return (null, $"The message is longer than {MaxTextLength} characters.");
        var message = new AgentMessage { From = from, ToAgentId = toAgentId.Trim(), Text = text.Trim(), SentAt = time.GetUtcNow().UtcDateTime };
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            db.AgentMessages.Add(message);
            await db.SaveChangesAsync(ct);
        }
        foreach (var handler in Sent?.GetInvocationList() ?? [])
        {
            try
            {
                ((Action<AgentMessage>)handler)(message);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "An internal-message handler failed on message {Id}", message.Id);
            }
        }
        return (message, null);
    }

    /// <summary>The latest messages to <paramref name="agentId"/> (and to everyone) and those they sent, newest first.</summary>
    public async Task<IReadOnlyList<AgentMessage>> ForAgentAsync(string agentId, string userName, int limit = 50, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.AgentMessages.AsNoTracking()
            .Where(m => m.ToAgentId == agentId || m.ToAgentId == AgentMessage.Everyone || m.From == userName)
            .OrderByDescending(m => m.SentAt).ThenByDescending(m => m.Id).Take(Math.Clamp(limit, 1, 500)).ToListAsync(ct);
    }

    /// <summary>Marks the agent's unread messages read; returns how many.</summary>
    public async Task<int> MarkReadAsync(string agentId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        return await db.AgentMessages.Where(m => m.ToAgentId == agentId && m.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadAt, now), ct);
    }
}
