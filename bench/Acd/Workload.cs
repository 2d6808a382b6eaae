using CallCenter.Domain.Acd;

namespace CallCenter.Bench.Acd;

/// <summary>
/// The agents and the stream of calls, the same for every target (one seed): 20 skills; each agent has 1–4 of them at a
/// random level 1–9; each call needs one skill (80 %) or two (20 %) at a level of 3–9 or better, and 10 % are VIP
/// (priority 5).
/// </summary>
public sealed class Workload
{
    private readonly Random _random;
    private int _nextCall;

    public Workload(BenchOptions options)
    {
        _random = new Random(options.Seed);
        Skills = Enumerable.Range(0, options.Skills).Select(i => $"skill{i:D2}").ToArray();
        Agents = new AgentProfile[options.Agents];
        for (var i = 0; i < Agents.Length; i++)
        {
            var skills = new Dictionary<string, int>();
            var count = _random.Next(1, 5);
            while (skills.Count < count) skills[Skills[_random.Next(Skills.Length)]] = _random.Next(1, 10);
            Agents[i] = new AgentProfile($"agent{i:D4}", $"{2000 + i}") { Skills = skills };
        }
    }

    public string[] Skills { get; }
    public AgentProfile[] Agents { get; }

    public CallRequest NextCall(string queue)
    {
        var count = _random.NextDouble() < 0.8 ? 1 : 2;
        var required = new RequiredSkill[count];
        var first = _random.Next(Skills.Length);
        for (var i = 0; i < count; i++)
            required[i] = new RequiredSkill(Skills[(first + i * 7) % Skills.Length], _random.Next(3, 10));
        return new CallRequest($"call{_nextCall++:D7}", queue)
        {
            Priority = _random.NextDouble() < 0.1 ? 5 : 0,
            RequiredSkills = required,
        };
    }
}
