using CallCenter.Domain.Acd;
using CallCenter.Domain.Agents;
using CallCenter.Domain.Data;
using CallCenter.Domain.Queues;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Seeding;

/// <summary>
/// Demo agents and queues, created on a database with no agent at all (a fresh install); never touches existing ones.
/// Agents 8001–8005 on extensions 1001–1005 (when those exist), skills <c>hotline</c>, <c>card</c>, <c>english</c>,
/// groups <c>hotline-team</c> and <c>card-team</c>, queues <c>hotline</c> (longest idle, the whole hotline team) and
/// <c>card-service</c> (skills based: the card team first, 8001 as back-up).
/// </summary>
public sealed class DemoAcdSeeder(IDbContextFactory<CallCenterDbContext> factory, IOptions<DemoDataOptions> options, TimeProvider time)
{
    public const string HotlineQueue = "hotline";
    public const string CardQueue = "card-service";
    private static readonly string[] DemoExtensions = ["1001", "1002", "1003", "1004", "1005"];

    /// <summary>Returns the number of rows created (0 when agents already existed or seeding is off).</summary>
    public async Task<int> SeedAsync(CancellationToken ct = default)
    {
        if (!options.Value.Seed) return 0;
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.Agents.AnyAsync(ct)) return 0;
        var now = time.GetUtcNow().UtcDateTime;
        var extensions = await db.Extensions.AsNoTracking().Where(e => DemoExtensions.Contains(e.Number))
            .ToDictionaryAsync(e => e.Number, e => e.Id, ct);
        var hotlineTeam = new AgentGroup { Name = "hotline-team", Description = "热线组 / hotline team" };
        var cardTeam = new AgentGroup { Name = "card-team", Description = "预付卡组 / prepaid-card team" };

        Agent NewAgent(string number, string name, string extension, DialPermission dial, params (string Skill, int Level)[] skills) => new()
        {
            Number = number, Name = name, ExtensionId = extensions.TryGetValue(extension, out var id) ? id : null, DialPermission = dial,
            Skills = skills.Select(s => new AgentSkill { Skill = s.Skill, Level = s.Level }).ToList(), CreatedAt = now, UpdatedAt = now,
        };
        var a8001 = NewAgent("8001", "陈静 Chen Jing", "1001", DialPermission.LongDistance, ("hotline", 1), ("card", 3));
        var a8002 = NewAgent("8002", "刘洋 Liu Yang", "1002", DialPermission.Local, ("hotline", 2), ("card", 1), ("english", 2));
        var a8003 = NewAgent("8003", "赵敏 Zhao Min", "1003", DialPermission.International, ("hotline", 1), ("card", 2), ("english", 1));
        var a8004 = NewAgent("8004", "王芳 Wang Fang", "1004", DialPermission.Local, ("hotline", 1), ("english", 1));
        var a8005 = NewAgent("8005", "孙磊 Sun Lei", "1005", DialPermission.LongDistance, ("hotline", 3), ("card", 1));
        a8001.Groups.Add(hotlineTeam);
        a8002.Groups.AddRange([hotlineTeam, cardTeam]);
        a8003.Groups.AddRange([hotlineTeam, cardTeam]);
        a8004.Groups.Add(hotlineTeam);
        a8005.Groups.Add(cardTeam);
        db.Agents.AddRange(a8001, a8002, a8003, a8004, a8005);

        if (!await db.Queues.AnyAsync(q => q.Name == HotlineQueue, ct))
            db.Queues.Add(new CallQueue
            {
                Name = HotlineQueue, DisplayName = "政务热线 / Government hotline", Strategy = QueueStrategy.LongestIdle,
                MaxWaitSeconds = 300, LastAgentPreferenceSeconds = 15, AnnouncePosition = true, AnnounceEstimatedWait = true,
                Members = [new QueueMember { Group = hotlineTeam }], CreatedAt = now, UpdatedAt = now,
            });
        if (!await db.Queues.AnyAsync(q => q.Name == CardQueue, ct))
            db.Queues.Add(new CallQueue
            {
                Name = CardQueue, DisplayName = "预付卡客服 / Prepaid-card service", Strategy = QueueStrategy.SkillsBased,
                MaxWaitingCallers = 20, MaxWaitSeconds = 180, AnnouncePosition = true,
                Members = [new QueueMember { Group = cardTeam }, new QueueMember { Agent = a8001, Penalty = 1 }], CreatedAt = now, UpdatedAt = now,
            });
        return await db.SaveChangesAsync(ct);
    }
}
