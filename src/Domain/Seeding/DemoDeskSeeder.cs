using CallCenter.Domain.Data;
using CallCenter.Domain.Knowledge;
using CallCenter.Domain.Scripts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Seeding;

/// <summary>
/// Demo content for the agent desk on a fresh install: knowledge-base articles for the 12345 hotline and the prepaid
/// card line, and call scripts (a greeting that names a known caller, a closing). Each kind only when its table is empty.
/// </summary>
public sealed class DemoDeskSeeder(IDbContextFactory<CallCenterDbContext> factory, IOptions<DemoDataOptions> options, TimeProvider time)
{
    /// <summary>Returns the number of rows created.</summary>
    public async Task<int> SeedAsync(CancellationToken ct = default)
    {
        if (!options.Value.Seed) return 0;
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = 0;
        if (!await db.KnowledgeArticles.AnyAsync(ct))
        {
            KnowledgeArticle Article(string category, string title, string keywords, string body) =>
                new() { Category = category, Title = title, Keywords = keywords, Body = body, CreatedAt = now, UpdatedAt = now };
            db.KnowledgeArticles.AddRange(
                Article("市政服务", "小区停水怎么办 / Water cut in a residential area", "停水 自来水 水务 water",
                    "先确认是否为计划停水（自来水公司官网或小区公告）。非计划停水请记录地址、停水时间，转水务集团抢修热线并创建工单（类别：求助）。\nCheck for a planned cut first; otherwise take the address and time, pass it to the water utility's repair line and open a help ticket."),
                Article("市政服务", "噪音扰民投诉 / Noise complaints", "噪音 扰民 施工 noise",
                    "夜间（22:00–6:00）施工噪音属环保部门管辖；生活噪音由辖区派出所处理。记录地点、时段、噪音来源，创建投诉工单。\nNight-time building noise goes to the environment bureau; neighbourhood noise to the local police station. Record place, hours and source; open a complaint ticket."),
                Article("社保医保", "社保卡挂失与补办 / Losing a social-security card", "社保卡 挂失 补办 医保 social security",
                    "可拨打社保服务热线或通过政务APP挂失；补办需携带身份证到社保经办机构，约 7 个工作日。\nReport the loss on the social-security line or the government app; reissue at an office with the ID card, about 7 working days."),
                Article("预付卡", "余额查询与积分 / Balance and points", "余额 积分 查询 balance points",
                    "客户可在语音菜单按 1 自助查询余额；座席可在客户卡片查看会员号后在卡系统查询。积分每消费 1 元累计 1 分，年底清零。\nCallers press 1 in the menu for their balance; agents look the member number up in the card system. 1 point per yuan, reset at year end."),
                Article("预付卡", "卡片挂失 / Reporting a lost card", "挂失 丢失 冻结 lost card",
                    "核实身份（会员号 + 预留手机号 + 身份证后四位）后立即冻结卡片，告知客户 3 个工作日内可到门店补卡，余额随卡转移。\nVerify identity (member number, phone on file, last four of the ID), freeze the card at once; a new card within 3 working days keeps the balance."));
            rows += 5;
        }
        if (!await db.AgentScripts.AnyAsync(ct))
        {
            db.AgentScripts.AddRange(
                new AgentScript { Name = "开场白 Greeting", SortOrder = 1, UpdatedAt = now,
                    Template = "{{ if customer.known }}{{ customer.name }}，您好！{{ else }}您好！{{ end }}我是{{ agent.name }}，工号{{ agent.id }}，很高兴为您服务。" },
                new AgentScript { Name = "VIP 问候 VIP greeting", SortOrder = 2, UpdatedAt = now,
                    Template = "{{ if customer.vip }}尊敬的{{ customer.name }}，感谢您一直以来的支持，您的来电将优先处理。{{ else }}（非 VIP 客户）{{ end }}" },
                new AgentScript { Name = "核实身份 Verify identity", Queue = DemoAcdSeeder.CardQueue, SortOrder = 3, UpdatedAt = now,
                    Template = "为保障您的账户安全，请问您的会员号是{{ if customer.member_number != \"\" }}{{ customer.member_number }}吗{{ else }}多少{{ end }}？" },
                new AgentScript { Name = "结束语 Closing", SortOrder = 9, UpdatedAt = now,
                    Template = "请问还有其他可以帮您的吗？感谢您的来电，稍后请对本次服务进行评价，再见！" });
            rows += 4;
        }
        await db.SaveChangesAsync(ct);
        return rows;
    }
}
