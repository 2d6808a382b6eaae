using CallCenter.Domain.AgentMessages;
using CallCenter.Domain.Knowledge;
using CallCenter.Domain.Scripts;
using CallCenter.Domain.Seeding;
using CallCenter.Domain.Tests.TestSupport;

namespace CallCenter.Domain.Tests.Desk;

/// <summary>What the agent desk reads on each provider: knowledge-base search (Chinese and English), call scripts rendered for a caller, internal messages.</summary>
public abstract class DeskContentScenarios : IAsyncLifetime
{
    private DomainDatabase _db = null!;

    protected abstract Task<DomainDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        _db = await CreateDatabaseAsync();
        Assert.Equal(9, await _db.Get<DemoDeskSeeder>().SeedAsync());
    }

    [Fact]
    public async Task Chinese_words_find_articles_by_title_body_and_keywords_and_every_word_must_match()
    {
        var kb = _db.Get<KnowledgeBase>();
        Assert.Equal("小区停水怎么办 / Water cut in a residential area", Assert.Single(await kb.SearchAsync("停水")).Title);
        // "冻结" is only in the lost-card article's keywords and body.
        Assert.Equal("卡片挂失 / Reporting a lost card", Assert.Single(await kb.SearchAsync("冻结")).Title);
        // Two words: both must be in the article; English is case-insensitive.
        Assert.Equal("卡片挂失 / Reporting a lost card", Assert.Single(await kb.SearchAsync("挂失 LOST")).Title);
        Assert.Equal(2, (await kb.SearchAsync("挂失")).Count);
        // A title match ranks before a body-only match ("余额" is in the lost-card article's body only).
        Assert.Equal(["余额查询与积分 / Balance and points", "卡片挂失 / Reporting a lost card"], (await kb.SearchAsync("余额")).Select(a => a.Title));
        Assert.Equal(2, (await kb.SearchAsync(null, category: "预付卡")).Count);
        Assert.Empty(await kb.SearchAsync("停水 积分"));
    }

    [Fact]
    public async Task An_article_without_a_title_is_refused_and_an_edit_is_found_by_its_new_words()
    {
        var kb = _db.Get<KnowledgeBase>();
        var (refused, errors) = await kb.SaveAsync(new KnowledgeArticle { Title = " ", Body = "x", Category = "c" });
        Assert.Null(refused);
        Assert.Contains("title", errors.Keys);

        var article = (await kb.SearchAsync("噪音"))[0];
        article.Keywords += " 广场舞";
        var (saved, none) = await kb.SaveAsync(article);
        Assert.Empty(none);
        Assert.Equal(article.Id, Assert.Single(await kb.SearchAsync("广场舞")).Id);
        Assert.True(saved!.UpdatedAt >= saved.CreatedAt);
    }

    [Fact]
    public async Task The_greeting_names_a_known_caller_and_falls_back_for_an_unknown_one()
    {
        var scripts = _db.Get<ScriptLibrary>();
        var forCards = await scripts.ForQueueAsync(DemoAcdSeeder.CardQueue);
        Assert.Equal(4, forCards.Count);
        Assert.Equal(3, (await scripts.ForQueueAsync(DemoAcdSeeder.HotlineQueue)).Count);
        var greeting = forCards.Single(s => s.Name.StartsWith("开场白"));

        var known = new ScriptModel("13800138000", "card-service", "8001", "陈静", "张伟", true, "8800000001");
        Assert.Equal("张伟，您好！我是陈静，工号8001，很高兴为您服务。", scripts.Render(greeting, known));
        Assert.Equal("您好！我是陈静，工号8001，很高兴为您服务。", scripts.Render(greeting, new ScriptModel("13900000000", null, "8001", "陈静")));
        Assert.Equal("为保障您的账户安全，请问您的会员号是8800000001吗？", scripts.Render(forCards.Single(s => s.Name.StartsWith("核实身份")), known));
    }

    [Fact]
    public async Task A_script_that_does_not_compile_is_refused_with_the_error()
    {
        var (saved, errors) = await _db.Get<ScriptLibrary>().SaveAsync(new AgentScript { Name = "broken", Template = "您好 {{ customer.name " });
        Assert.Null(saved);
        Assert.Contains("template", errors.Keys);
        Assert.Equal(4, (await _db.Get<ScriptLibrary>().AllAsync()).Count);
    }

    [Fact]
    public async Task A_message_is_announced_at_once_listed_for_its_agent_and_marked_read()
    {
        var store = _db.Get<AgentMessageStore>();
        var announced = new List<AgentMessage>();
        store.Sent += announced.Add;

        var (message, error) = await store.SendAsync("supervisor", "8001", "请注意：10 点开例会");
        Assert.Null(error);
        Assert.Equal(message!.Id, Assert.Single(announced).Id);
        await store.SendAsync("supervisor", AgentMessage.Everyone, "系统将于今晚维护");
        await store.SendAsync("supervisor", "8002", "不是给 8001 的");
        Assert.Equal((null, "The message is empty."), await store.SendAsync("supervisor", "8001", "  "));

        var for8001 = await store.ForAgentAsync("8001", "8001");
        Assert.Equal(["系统将于今晚维护", "请注意：10 点开例会"], for8001.Select(m => m.Text));
        Assert.Equal(1, await store.MarkReadAsync("8001"));
        Assert.All((await store.ForAgentAsync("8001", "8001")).Where(m => m.ToAgentId == "8001"), m => Assert.NotNull(m.ReadAt));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
