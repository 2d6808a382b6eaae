using System.Text.RegularExpressions;
using CallCenter.Domain.Data;
using CallCenter.Domain.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CallCenter.Domain.Agents;

/// <summary>
/// The agents as configured: loads them (with extension, skills and groups) for the ACD and the API, and creates
/// or updates them with validation. Agents are never deleted (the logs keep their numbers): disable them instead.
/// </summary>
public sealed partial class AgentDirectory(IDbContextFactory<CallCenterDbContext> factory, TimeProvider time, ILogger<AgentDirectory> logger)
{
    /// <summary>Upper bound of <see cref="Agent.MaxConcurrentCalls"/>.</summary>
    public const int MaxConcurrentCallsLimit = 10;

    /// <summary>Upper bound of <see cref="Agent.WrapUpSeconds"/> (one hour).</summary>
    public const int MaxWrapUpSeconds = 3600;

    /// <summary>Every enabled agent with extension, skills and groups, by number: what the ACD loads at start.</summary>
    public Task<List<Agent>> GetEnabledAsync(CancellationToken ct = default) => QueryAsync(q => q.Where(a => a.Enabled), ct);

    /// <summary>Every agent, enabled or not, by number.</summary>
    public Task<List<Agent>> GetAllAsync(CancellationToken ct = default) => QueryAsync(q => q, ct);

    /// <summary>The agent with this number (工号), enabled or not; null when unknown.</summary>
    public async Task<Agent?> FindByNumberAsync(string number, CancellationToken ct = default)
    {
        var key = number.Trim();
        return (await QueryAsync(q => q.Where(a => a.Number == key), ct)).SingleOrDefault();
    }

    /// <summary>The agent assigned to this extension number (e.g. the phone a <c>*70</c> login came from), enabled or not; null when none.</summary>
    public async Task<Agent?> FindByExtensionAsync(string extensionNumber, CancellationToken ct = default)
    {
        var key = extensionNumber.Trim();
        return (await QueryAsync(q => q.Where(a => a.Extension != null && a.Extension.Number == key), ct)).SingleOrDefault();
    }

    /// <summary>Creates an agent; <see cref="SaveStatus.Conflict"/> when the number is taken.</summary>
    public async Task<AgentSaveResult> CreateAsync(AgentInput input, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var errors = Validate(input);
        if (errors.Count > 0) return new(SaveStatus.Invalid, null, errors);
        var number = input.Number.Trim();
        if (await db.Agents.AnyAsync(a => a.Number == number, ct))
            return AgentSaveResult.Fail(SaveStatus.Conflict, "number", $"Agent number {number} is already taken.");
        var now = time.GetUtcNow().UtcDateTime;
        var agent = new Agent { Number = number, CreatedAt = now };
        var result = await ApplyAsync(db, agent, input, now, SaveStatus.Created, ct);
        if (!result.Succeeded) return result;
        db.Agents.Add(agent);
        return await SaveAsync(db, result, ct);
    }

    /// <summary>Replaces an agent's settings (the number itself never changes); <see cref="SaveStatus.NotFound"/> when unknown.</summary>
    public async Task<AgentSaveResult> UpdateAsync(string number, AgentInput input, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var key = number.Trim();
        var agent = await db.Agents.Include(a => a.Skills).Include(a => a.Groups).SingleOrDefaultAsync(a => a.Number == key, ct);
        if (agent is null) return AgentSaveResult.Fail(SaveStatus.NotFound, "number", $"There is no agent {key}.");
        var errors = Check(string.IsNullOrWhiteSpace(input.Number) ? input with { Number = key } : input);
        if (!string.Equals(input.Number?.Trim(), key, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(input.Number))
            errors.Set("number", $"An agent number cannot be changed ({key} → {input.Number!.Trim()}): the logs and reports keep it. Create a new agent and disable this one.");
        if (errors.Count > 0) return new(SaveStatus.Invalid, null, errors.Freeze());
        var result = await ApplyAsync(db, agent, input, time.GetUtcNow().UtcDateTime, SaveStatus.Updated, ct);
        return result.Succeeded ? await SaveAsync(db, result, ct) : result;
    }

    private async Task<AgentSaveResult> ApplyAsync(CallCenterDbContext db, Agent agent, AgentInput input, DateTime now, SaveStatus status, CancellationToken ct)
    {
        int? extensionId = null;
        if (!string.IsNullOrWhiteSpace(input.Extension))
        {
            var extensionNumber = input.Extension.Trim();
            var extension = await db.Extensions.AsNoTracking().SingleOrDefaultAsync(e => e.Number == extensionNumber, ct);
            if (extension is null) return AgentSaveResult.Fail(SaveStatus.Invalid, "extension", $"There is no extension {extensionNumber}.");
            var holder = await db.Agents.AsNoTracking().Where(a => a.ExtensionId == extension.Id && a.Id != agent.Id).Select(a => a.Number).FirstOrDefaultAsync(ct);
            if (holder is not null) return AgentSaveResult.Fail(SaveStatus.Invalid, "extension", $"Extension {extensionNumber} is already assigned to agent {holder}.");
            extensionId = extension.Id;
        }
        agent.Name = input.Name.Trim();
        agent.ExtensionId = extensionId;
        agent.MaxConcurrentCalls = input.MaxConcurrentCalls;
        agent.WrapUpSeconds = input.WrapUpSeconds;
        agent.DialPermission = input.DialPermission;
        agent.Enabled = input.Enabled;
        agent.UpdatedAt = now;

        var skills = input.Skills.ToDictionary(s => NormalizeSkill(s.Skill), s => s.Level, StringComparer.Ordinal);
        agent.Skills.RemoveAll(s => !skills.ContainsKey(s.Skill));
        foreach (var (skill, level) in skills)
        {
            if (agent.Skills.Find(s => s.Skill == skill) is { } existing) existing.Level = level;
            else agent.Skills.Add(new AgentSkill { Skill = skill, Level = level });
        }

        // Groups are named on the agent; a new name creates the group.
        var names = input.Groups.Select(g => g.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var groups = await db.AgentGroups.Where(g => names.Contains(g.Name)).ToListAsync(ct);
        foreach (var name in names.Where(n => groups.All(g => g.Name != n)))
        {
            var group = new AgentGroup { Name = name };
            db.AgentGroups.Add(group);
            groups.Add(group);
        }
        agent.Groups.RemoveAll(g => !names.Contains(g.Name));
        foreach (var group in groups)
            if (!agent.Groups.Contains(group)) agent.Groups.Add(group);
        return new AgentSaveResult(status, agent, FieldMessages.None);
    }

    private async Task<AgentSaveResult> SaveAsync(CallCenterDbContext db, AgentSaveResult result, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // A concurrent save took the number, the extension or a new group's name between our checks and the insert.
            logger.LogWarning(ex, "Saving agent {Number} conflicted with a concurrent change", result.Agent!.Number);
            return AgentSaveResult.Fail(SaveStatus.Conflict, "number", $"Agent {result.Agent.Number} was changed by someone else at the same time (number, extension or group taken); try again.");
        }
        logger.LogInformation("Agent {Number} {Status}", result.Agent!.Number, result.Status);
        return result with { Agent = await FindByNumberAsync(result.Agent.Number, ct) };
    }

    /// <summary>The rules an agent's settings must follow; errors keyed by camelCase field name (empty when valid).</summary>
    public static IReadOnlyDictionary<string, UserMessage[]> Validate(AgentInput input) => Check(input).Freeze();

    private static FieldMessages Check(AgentInput input)
    {
        var errors = new FieldMessages();

        if (string.IsNullOrWhiteSpace(input.Number)) errors.Add("number", "The agent number (工号) is required.");
        else if (!NumberPattern().IsMatch(input.Number.Trim())) errors.Add("number", "The agent number may have 1–32 letters, digits, '-' or '_'.");
        if (string.IsNullOrWhiteSpace(input.Name)) errors.Add("name", "The name is required.");
        else if (input.Name.Trim().Length > 100) errors.Add("name", "The name may have at most 100 characters.");
        if (input.MaxConcurrentCalls is < 1 or > MaxConcurrentCallsLimit)
            errors.Add("maxConcurrentCalls", $"Max concurrent calls must be between 1 and {MaxConcurrentCallsLimit}.");
        if (input.WrapUpSeconds is < 0 or > MaxWrapUpSeconds)
            errors.Add("wrapUpSeconds", $"Wrap-up seconds must be between 0 and {MaxWrapUpSeconds}, or null to use the queue's.");
        if (!Enum.IsDefined(input.DialPermission)) errors.Add("dialPermission", "Dial permission must be Internal, Local, LongDistance or International.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var skill in input.Skills ?? [])
        {
            var name = NormalizeSkill(skill?.Skill);
            if (name.Length == 0 || !SkillPattern().IsMatch(name)) errors.Add("skills", $"Skill '{skill?.Skill}' is not a valid name: 1–64 letters, digits, '.', '-' or '_'.");
            else if (!seen.Add(name)) errors.Add("skills", $"Skill '{name}' is listed twice.");
            if (skill is not null && skill.Level is < 1 or > 9) errors.Add("skills", $"Skill '{name}' has level {skill.Level}; levels go from 1 (best) to 9.");
        }
        foreach (var group in input.Groups ?? [])
        {
            if (string.IsNullOrWhiteSpace(group) || group.Trim().Length > 64) errors.Add("groups", $"Group '{group}' is not a valid name: 1–64 characters.");
        }
        return errors;
    }

    private static string NormalizeSkill(string? skill) => (skill ?? "").Trim().ToLowerInvariant();

    private async Task<List<Agent>> QueryAsync(Func<IQueryable<Agent>, IQueryable<Agent>> filter, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var agents = await filter(db.Agents.AsNoTracking().AsSplitQuery().Include(a => a.Extension).Include(a => a.Skills).Include(a => a.Groups))
            .OrderBy(a => a.Number).ToListAsync(ct);
        foreach (var agent in agents)
        {
            agent.Skills.Sort((x, y) => x.Level != y.Level ? x.Level.CompareTo(y.Level) : string.CompareOrdinal(x.Skill, y.Skill));
            agent.Groups.Sort((x, y) => string.CompareOrdinal(x.Name, y.Name));
        }
        return agents;
    }

    [GeneratedRegex("^[0-9A-Za-z_-]{1,32}$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("^[a-z0-9._-]{1,64}$")]
    private static partial Regex SkillPattern();
}
