using CallCenter.Domain.Calendars;
using CallCenter.Domain.Customers;
using CallCenter.Domain.Lists;
using CallCenter.Domain.Routing;
using CallCenter.Domain.Tickets;

namespace CallCenter.Domain.Seeding;

/// <summary>The rows <see cref="DemoIvrSeeder"/> creates; public so tests and docs can name them.</summary>
public static class DemoIvrData
{
    public const string VipCaller = "13800138000";
    public const string MemberCaller = "13900139000";
    public const string PlainCaller = "13700137000";
    public const string BlacklistedCaller = "13666666666";
    public const string WhitelistedCaller = "13512345678";
    /// <summary>Prepaid card (member) numbers and their PINs, for the prepaid-card flow's demo.</summary>
    public const string Card1 = "8800000001", Card1Pin = "1234";
    public const string Card2 = "8800000002", Card2Pin = "2468";
    /// <summary>A seeded ticket whose status the hotline reads back (处理中).</summary>
    public const string InProgressTicket = "T20261101-0001";

    public static IEnumerable<Customer> Customers(DateTime now) =>
    [
        new()
        {
            Name = "张伟", IsVip = true, MemberNumber = Card1, PinHash = PinHasher.Hash(Card1Pin), LastAgent = "1001", CreatedAt = now,
            Phones = [new() { Number = VipCaller, Label = "mobile" }],
            CustomFields = new() { ["district"] = "福田区", ["card_type"] = "gold" },
        },
        new()
        {
            Name = "李娜", MemberNumber = Card2, PinHash = PinHasher.Hash(Card2Pin), LastAgent = "1002", CreatedAt = now,
            Phones = [new() { Number = MemberCaller, Label = "mobile" }, new() { Number = "075588880000", Label = "work" }],
            CustomFields = new() { ["district"] = "南山区", ["card_type"] = "standard" },
        },
        new()
        {
            Name = "王芳", CreatedAt = now,
            Phones = [new() { Number = PlainCaller, Label = "mobile" }],
            CustomFields = new() { ["district"] = "罗湖区" },
        },
    ];

    public static IEnumerable<ListEntry> ListEntries(DateTime now) =>
    [
        new() { Kind = ListKind.Blacklist, Pattern = BlacklistedCaller, Reason = "骚扰电话 / harassing caller", CreatedAt = now },
        new() { Kind = ListKind.Whitelist, Pattern = WhitelistedCaller, Reason = "人大代表 / deputy, priority line", CreatedAt = now },
    ];

    /// <summary>Mon–Fri 08:30–12:00 and 13:30–17:30 in Asia/Shanghai, with the 2026 public holidays and swapped working days (State Council notice for 2026).</summary>
    public static BusinessCalendar HotlineCalendar(string name)
    {
        var calendar = new BusinessCalendar { Name = name, TimeZone = "Asia/Shanghai" };
        for (var day = DayOfWeek.Monday; day <= DayOfWeek.Friday; day++)
        {
            calendar.Slots.Add(new() { Day = day, Start = new(8, 30), End = new(12, 0) });
            calendar.Slots.Add(new() { Day = day, Start = new(13, 30), End = new(17, 30) });
        }
        Holidays(calendar, "元旦", new(2026, 1, 1), 3);
        Holidays(calendar, "春节", new(2026, 2, 15), 9);
        Holidays(calendar, "清明节", new(2026, 4, 4), 3);
        Holidays(calendar, "劳动节", new(2026, 5, 1), 5);
        Holidays(calendar, "端午节", new(2026, 6, 19), 3);
        Holidays(calendar, "中秋节", new(2026, 9, 25), 3);
        Holidays(calendar, "国庆节", new(2026, 10, 1), 7);
        foreach (var (date, holiday) in new (DateOnly, string)[]
                 {
                     (new(2026, 1, 4), "元旦"), (new(2026, 2, 14), "春节"), (new(2026, 2, 28), "春节"),
                     (new(2026, 5, 9), "劳动节"), (new(2026, 9, 20), "国庆节"), (new(2026, 10, 10), "国庆节"),
                 })
            calendar.Days.Add(new() { Date = date, Kind = CalendarDayKind.WorkingDay, WorksAs = DayOfWeek.Monday, Name = holiday + "调休上班" });
        return calendar;
    }

    private static void Holidays(BusinessCalendar calendar, string name, DateOnly first, int days)
    {
        for (var i = 0; i < days; i++) calendar.Days.Add(new() { Date = first.AddDays(i), Kind = CalendarDayKind.Holiday, Name = name });
    }

    public static IEnumerable<Ticket> Tickets()
    {
        var day = new DateOnly(2026, 11, 1);
        var created = new DateTime(2026, 11, 1, 2, 0, 0, DateTimeKind.Utc);
        return
        [
            new() { Number = InProgressTicket, Day = day, DaySequence = 1, Category = "complaint", CallerNumber = MemberCaller, Status = TicketStatus.InProgress, Description = "路灯不亮 / street light out", CreatedAt = created },
            new() { Number = TicketService.FormatNumber(day, 2), Day = day, DaySequence = 2, Category = "mailbox", CallerNumber = PlainCaller, Status = TicketStatus.Resolved, Description = "市长信箱留言 / message to the mayor", CreatedAt = created },
            new() { Number = TicketService.FormatNumber(day, 3), Day = day, DaySequence = 3, Category = "report", CallerNumber = VipCaller, Status = TicketStatus.New, Description = "噪音扰民 / noise at night", CreatedAt = created },
        ];
    }

    public static IEnumerable<InboundRoute> Routes() =>
    [
        new() { CalledNumber = "12345", WorkflowDefinitionId = "hotline-12345", Description = "政务服务热线 / government hotline" },
        new() { CalledNumber = "4008001234", WorkflowDefinitionId = "prepaid-card", Description = "预付卡客服 / prepaid-card service line" },
        new() { CalledNumber = "8800", WorkflowDefinitionId = "conference-room", Description = "电话会议室 / conference room (one room per number)" },
    ];
}
