using CallCenter.Domain.Seeding;

namespace CallCenter.Portal.Demo;

/// <summary>
/// A stand-in for the card issuer's system that the prepaid-card flow queries over HTTP. The cards are those of
/// the demo customers (<see cref="DemoIvrData"/>), held in memory: nothing is written to the database.
/// </summary>
public static class DemoCardSystem
{
    /// <summary>Route prefix; the prepaid-card flow's <c>card_system_url</c> points here by default.</summary>
    public const string Prefix = "/demo/card-system";

    /// <summary>The seeded cards by number (the member numbers of the demo customers 张伟 and 李娜).</summary>
    public static IReadOnlyDictionary<string, DemoCard> Cards { get; } = new Dictionary<string, DemoCard>(StringComparer.Ordinal)
    {
        [DemoIvrData.Card1] = new(DemoIvrData.Card1, "张伟", 1288.50m, 3620,
        [
            new("2026-11-20", "万象城超市", -156.80m),
            new("2026-11-18", "星巴克福田店", -42.00m),
            new("2026-11-15", "充值", 500.00m),
            new("2026-11-02", "沃尔玛", -88.70m),
        ]),
        [DemoIvrData.Card2] = new(DemoIvrData.Card2, "李娜", 56.20m, 480,
        [
            new("2026-11-21", "海岸城影院", -90.00m),
            new("2026-11-10", "百佳超市", -53.80m),
            new("2026-10-30", "充值", 200.00m),
        ]),
    };

    /// <summary>GET /demo/card-system/cards/{number}: the card as JSON (transactions: the last three), 404 for an unknown card.</summary>
    public static IEndpointRouteBuilder MapDemoCardSystem(this IEndpointRouteBuilder app)
    {
        app.MapGet(Prefix + "/cards/{number}", (string number) =>
            Cards.TryGetValue(number, out var card)
                ? Results.Json(new
                {
                    number = card.Number,
                    holder = card.Holder,
                    balance = card.Balance,
                    points = card.Points,
                    transactions = card.Transactions.Take(3).Select(t => new { date = t.Date, merchant = t.Merchant, amount = t.Amount }),
                })
                : Results.NotFound(new { error = "unknown_card", message = $"No card {number} in the demo card system." }))
            .AllowAnonymous(); // the shipped prepaid-card flow calls it over HTTP without credentials
        return app;
    }
}
