using CallCenter.Domain.Customers;
using CallCenter.Engine.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Customers;

/// <summary>Finds the customer by the caller's number and stores them in variables (e.g. to greet by name or route to the last agent).</summary>
[Activity("Data", "Look up customer", "Finds the customer by caller number; Found stores the customer and their last agent.",
    CategoryZh = "数据", DisplayNameZh = "查询客户", DescriptionZh = "按主叫号码查找客户；找到时保存客户资料和上次服务的坐席。", Icon = "person_search")]
[Outcomes("Found", "NotFound")]
public sealed class LookupCustomer : Activity
{
    [Input(DisplayName = "Caller number", DisplayNameZh = "主叫号码", Required = true, Description = "e.g. {{ caller }}", DescriptionZh = "例如 {{ caller }}")]
    public Input<string> CallerNumber { get; set; } = new("");

    [Output(DisplayName = "Customer", DisplayNameZh = "客户", Description = "id, name, vip, member_number, last_agent, phones, fields.", DescriptionZh = "id、name、vip、member_number、last_agent、phones、fields。")]
    public Output<object?> Customer { get; set; } = new();

    [Output(DisplayName = "Last agent", DisplayNameZh = "上次坐席")]
    public Output<string?> LastAgent { get; set; } = new();

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var customer = await context.Services.GetRequiredService<CustomerDirectory>().FindByPhoneAsync(CallerNumber.Get(context), context.CancellationToken);
        if (customer is null) return ActivityResult.FromOutcome("NotFound");
        Customer.Set(context, CustomerVariables.From(customer));
        LastAgent.Set(context, customer.LastAgent);
        return ActivityResult.FromOutcome("Found");
    }
}
