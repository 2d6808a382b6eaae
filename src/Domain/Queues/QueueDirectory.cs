using System.Text.RegularExpressions;
using CallCenter.Domain.Agents;
using CallCenter.Domain.Data;
using CallCenter.Domain.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CallCenter.Domain.Queues;

/// <summary>
/// The queues as configured: loads them with their members, resolves group members into agents (what the ACD
/// needs), and creates or replaces a queue's settings with validation.
/// </summary>
public sealed partial class QueueDirectory(IDbContextFactory<CallCenterDbContext> factory, TimeProvider time, ILogger<QueueDirectory> logger)
{
    /// <summary>Highest member penalty accepted.</summary>
    public const int MaxPenalty = Acd.QueueSettings.MaxPenalty;

    /// <summary>Every queue with its members (agent or group), by name.</summary>
    public async Task<List<CallQueue>> GetAllAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var queues = await WithMembers(db).OrderBy(q => q.Name).ToListAsync(ct);
        foreach (var queue in queues) SortMembers(queue);
        return queues;
    }

    /// <summary>The queue with this name and its members; null when unknown.</summary>
    public async Task<CallQueue?> FindAsync(string name, CancellationToken ct = default)
    {
        var key = name.Trim();
        await using var db = await factory.CreateDbContextAsync(ct);
        var queue = await WithMembers(db).SingleOrDefaultAsync(q => q.Name == key, ct);
        if (queue is not null) SortMembers(queue);
        return queue;
    }

    /// <summary>
    /// Every queue with its members resolved into enabled agents (with extension, skills and groups): a group member
    /// stands for each of its enabled agents; an agent reached more than once keeps their lowest penalty.
    /// </summary>
    public async Task<List<ResolvedQueue>> ResolveAllAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var queues = await db.Queues.AsNoTracking().Include(q => q.Members).OrderBy(q => q.Name).ToListAsync(ct);
        return await ResolveAsync(db, queues, ct);
    }

    /// <summary>One queue resolved as in <see cref="ResolveAllAsync"/>; null when unknown.</summary>
    public async Task<ResolvedQueue?> ResolveAsync(string name, CancellationToken ct = default)
    {
        var key = name.Trim();
        await using var db = await factory.CreateDbContextAsync(ct);
        var queues = await db.Queues.AsNoTracking().Include(q => q.Members).Where(q => q.Name == key).ToListAsync(ct);
        return queues.Count == 0 ? null : (await ResolveAsync(db, queues, ct))[0];
    }

    private static async Task<List<ResolvedQueue>> ResolveAsync(CallCenterDbContext db, List<CallQueue> queues, CancellationToken ct)
    {
        var agents = await db.Agents.AsNoTracking().AsSplitQuery().Include(a => a.Extension).Include(a => a.Skills).Include(a => a.Groups)
            .Where(a => a.Enabled).ToListAsync(ct);
        var byId = agents.ToDictionary(a => a.Id);
        var byGroup = agents.SelectMany(a => a.Groups.Select(g => (Group: g.Id, Agent: a))).ToLookup(x => x.Group, x => x.Agent);
        var resolved = new List<ResolvedQueue>(queues.Count);
        foreach (var queue in queues)
        {
            var penalties = new Dictionary<int, (Agent Agent, int Penalty)>();
            void Offer(Agent agent, int penalty)
            {
                if (!penalties.TryGetValue(agent.Id, out var known) || penalty < known.Penalty) penalties[agent.Id] = (agent, penalty);
            }
            foreach (var member in queue.Members)
            {
                if (member.AgentId is { } agentId && byId.TryGetValue(agentId, out var agent)) Offer(agent, member.Penalty);
                if (member.GroupId is { } groupId) foreach (var inGroup in byGroup[groupId]) Offer(inGroup, member.Penalty);
            }
            var members = penalties.Values.OrderBy(m => m.Penalty).ThenBy(m => m.Agent.Number, StringComparer.Ordinal)
                .Select(m => new QueueAgent(m.Agent, m.Penalty)).ToList();
            resolved.Add(new ResolvedQueue(queue, members));
        }
        return resolved;
    }

    /// <summary>
    /// Creates the queue named <c>settings.Name</c>, or replaces every setting and the member list of the existing one.
    /// <paramref name="settings"/> is a detached queue carrying the wanted values (its id, members and times are ignored).
    /// </summary>
    public async Task<QueueSaveResult> SaveAsync(CallQueue settings, IReadOnlyList<QueueMemberInput> members, CancellationToken ct = default)
    {
        settings.Name = (settings.Name ?? "").Trim();
        settings.DisplayName = (settings.DisplayName ?? "").Trim();
        settings.MusicOnHold = string.IsNullOrWhiteSpace(settings.MusicOnHold) ? null : settings.MusicOnHold.Trim();
        settings.AnnounceLanguage = (settings.AnnounceLanguage ?? "").Trim().ToLowerInvariant();
        var errors = Validate(settings);
        await using var db = await factory.CreateDbContextAsync(ct);
        if (settings.MusicOnHold is { } moh && !errors.Has("musicOnHold") && !await db.Prompts.AnyAsync(p => p.Name == moh, ct))
            errors.Add("musicOnHold", $"There is no prompt named '{moh}' in the prompt library.");
        var resolvedMembers = await ResolveMembersAsync(db, members, errors, ct);
        if (errors.Count > 0) return new(SaveStatus.Invalid, null, errors.Freeze());

        var now = time.GetUtcNow().UtcDateTime;
        var queue = await db.Queues.Include(q => q.Members).SingleOrDefaultAsync(q => q.Name == settings.Name, ct);
        var status = queue is null ? SaveStatus.Created : SaveStatus.Updated;
        if (queue is null)
        {
            queue = new CallQueue { CreatedAt = now };
            db.Queues.Add(queue);
        }
        settings.Id = queue.Id;
        settings.CreatedAt = queue.CreatedAt;
        settings.UpdatedAt = now;
        db.Entry(queue).CurrentValues.SetValues(settings);

        // Members: keep rows that stay (so their ids do not churn), drop the others, add the new ones.
        queue.Members.RemoveAll(m => !resolvedMembers.Any(r => r.AgentId == m.AgentId && r.GroupId == m.GroupId));
        foreach (var wanted in resolvedMembers)
        {
            if (queue.Members.Find(m => m.AgentId == wanted.AgentId && m.GroupId == wanted.GroupId) is { } kept) kept.Penalty = wanted.Penalty;
            else queue.Members.Add(wanted);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (status == SaveStatus.Created)
        {
            logger.LogWarning(ex, "Creating queue {Queue} conflicted with a concurrent change", settings.Name);
            return new(SaveStatus.Conflict, null, FieldMessages.Of("name", UserMessage.Of($"Queue {settings.Name} was created by someone else at the same time; try again.")));
        }
        logger.LogInformation("Queue {Queue} {Status} with {Members} member(s)", queue.Name, status, queue.Members.Count);
        return new(status, await FindAsync(queue.Name, ct), FieldMessages.None);
    }

    private static async Task<List<QueueMember>> ResolveMembersAsync(CallCenterDbContext db, IReadOnlyList<QueueMemberInput> members, FieldMessages errors, CancellationToken ct)
    {
        var agentNumbers = members.Where(m => !string.IsNullOrWhiteSpace(m.Agent)).Select(m => m.Agent!.Trim()).Distinct().ToList();
        var groupNames = members.Where(m => !string.IsNullOrWhiteSpace(m.Group)).Select(m => m.Group!.Trim()).Distinct().ToList();
        var agents = await db.Agents.AsNoTracking().Where(a => agentNumbers.Contains(a.Number)).ToDictionaryAsync(a => a.Number, a => a.Id, ct);
        var groups = await db.AgentGroups.AsNoTracking().Where(g => groupNames.Contains(g.Name)).ToDictionaryAsync(g => g.Name, g => g.Id, ct);
        var result = new List<QueueMember>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            var agent = member.Agent?.Trim();
            var group = member.Group?.Trim();
            var isAgent = !string.IsNullOrEmpty(agent);
            if (isAgent == !string.IsNullOrEmpty(group))
            {
                errors.Add("members", "Each member names either an agent or a group (not both, not neither).");
                continue;
            }
            if (member.Penalty is < 0 or > MaxPenalty)
                errors.Add("members", isAgent
                    ? UserMessage.Of($"Member agent {agent} has penalty {member.Penalty}; penalties go from 0 (offered first) to {MaxPenalty}.")
                    : UserMessage.Of($"Member group {group} has penalty {member.Penalty}; penalties go from 0 (offered first) to {MaxPenalty}."));
            if (!seen.Add(isAgent ? "a:" + agent : "g:" + group))
            {
                errors.Add("members", isAgent ? UserMessage.Of($"Agent {agent} is listed twice.") : UserMessage.Of($"Group {group} is listed twice."));
                continue;
            }
            if (isAgent)
            {
                if (agents.TryGetValue(agent!, out var agentId)) result.Add(new QueueMember { AgentId = agentId, Penalty = member.Penalty });
                else errors.Add("members", $"There is no agent {agent}.");
            }
            else if (groups.TryGetValue(group!, out var groupId)) result.Add(new QueueMember { GroupId = groupId, Penalty = member.Penalty });
            else errors.Add("members", $"There is no agent group '{group}' (groups are created by naming them on an agent).");
        }
        return result;
    }

    /// <summary>The rules a queue's settings follow; errors keyed by camelCase field name (empty when valid).</summary>
    public static FieldMessages Validate(CallQueue q)
    {
        var errors = new FieldMessages();
        if (string.IsNullOrEmpty(q.Name) || !NamePattern().IsMatch(q.Name))
            errors.Add("name", "The queue name is required: 1–64 lower-case letters, digits, '.', '-' or '_', starting with a letter or digit.");
        if (q.DisplayName.Length > 100) errors.Add("displayName", "The display name may have at most 100 characters.");
        if (!Enum.IsDefined(q.Strategy)) errors.Add("strategy", $"Unknown strategy; use one of {string.Join(", ", Enum.GetNames<Acd.QueueStrategy>())}.");
        Range(errors, "maxWaitingCallers", q.MaxWaitingCallers, 0, 100_000, "0 = no limit");
        Range(errors, "maxWaitSeconds", q.MaxWaitSeconds, 0, 86_400, "0 = no limit");
        Range(errors, "ringTimeoutSeconds", q.RingTimeoutSeconds, 1, 600, null);
        Range(errors, "maxMissedOffers", q.MaxMissedOffers, 0, 100, "0 = never set NotReady");
        Range(errors, "wrapUpSeconds", q.WrapUpSeconds, 0, 3600, null);
        Range(errors, "lastAgentPreferenceSeconds", q.LastAgentPreferenceSeconds, 0, 3600, "0 = off");
        Range(errors, "serviceLevelSeconds", q.ServiceLevelSeconds, 1, 3600, null);
        Range(errors, "skillTierWideningSeconds", q.SkillTierWideningSeconds, 0, 3600, "0 = all levels at once");
        Range(errors, "announceFirstAfterSeconds", q.AnnounceFirstAfterSeconds, 0, 3600, null);
        Range(errors, "announceEverySeconds", q.AnnounceEverySeconds, 0, 3600, "0 = only the first");
        if (q.AnnounceLanguage is not ("zh" or "en")) errors.Add("announceLanguage", "The announcement language is 'zh' (Mandarin) or 'en' (English).");
        if (q.MusicOnHold is { Length: > 100 }) errors.Add("musicOnHold", "The music-on-hold prompt name may have at most 100 characters.");
        return errors;
    }

    private static void Range(FieldMessages errors, string field, int value, int min, int max, string? note)
    {
        if (value < min || value > max)
            errors.Add(field, note is null
                ? UserMessage.Of($"{field} must be between {min} and {max}; it was {value}.")
                : UserMessage.Of($"{field} must be between {min} and {max} ({(UserMessage)note}); it was {value}."));
    }

    private static IQueryable<CallQueue> WithMembers(CallCenterDbContext db) =>
        db.Queues.AsNoTracking().Include(q => q.Members).ThenInclude(m => m.Agent).Include(q => q.Members).ThenInclude(m => m.Group);

    private static void SortMembers(CallQueue queue) =>
        queue.Members.Sort((x, y) => x.Penalty != y.Penalty ? x.Penalty.CompareTo(y.Penalty)
            : string.CompareOrdinal(x.Agent?.Number ?? "~" + x.Group?.Name, y.Agent?.Number ?? "~" + y.Group?.Name));

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex NamePattern();
}
