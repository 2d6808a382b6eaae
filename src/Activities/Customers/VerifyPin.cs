using CallCenter.Activities.Calls;
using CallCenter.Domain.Customers;
using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Expressions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Customers;

/// <summary>
/// Checks a member number and PIN against the stored hash. Wrong attempts are counted in a variable, so
/// the flow loops back through Retry to ask again and takes Failed on the last allowed attempt.
/// </summary>
[Activity("Data", "Verify PIN", "Checks member number and PIN: Verified, Retry (ask again) or Failed after the allowed attempts.",
    CategoryZh = "数据", DisplayNameZh = "验证密码", DescriptionZh = "校验会员号/卡号和密码：通过走“验证成功”，错误走“重试”，超过次数走“验证失败”。", Icon = "password")]
[Outcomes("Verified", "Retry", "Failed")]
public sealed class VerifyPin : Activity
{
    [Input(DisplayName = "Member number", DisplayNameZh = "会员号", Required = true, Description = "e.g. {{ card_number }}", DescriptionZh = "例如 {{ card_number }}")]
    public Input<string> MemberNumber { get; set; } = new("");

    [Input(DisplayName = "PIN", DisplayNameZh = "密码", Required = true, Description = "e.g. {{ pin }}", DescriptionZh = "例如 {{ pin }}")]
    public Input<string> Pin { get; set; } = new("");

    [Input(DisplayName = "Attempts allowed", DisplayNameZh = "允许次数", Description = "Default 3.", DescriptionZh = "默认 3 次。")]
    public Input<int> MaxAttempts { get; set; } = new(3);

    [Input(DisplayName = "Attempts variable", DisplayNameZh = "次数变量", Editor = InputEditor.Variable, SupportsExpressions = false,
        Description = "The variable counting wrong attempts; reset on success.", DescriptionZh = "记录错误次数的变量，验证成功后清零。")]
    public Input<string> AttemptsVariable { get; set; } = new("pin_attempts");

    [Output(DisplayName = "Customer", DisplayNameZh = "客户")]
    public Output<object?> Customer { get; set; } = new();

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var counter = AttemptsVariable.Literal;
        var pin = Pin.Get(context);
        // The PIN was keyed in an earlier activity (GatherDigits): the call record keeps it masked.
        context.Services.GetRequiredService<CallSessions>().TraceOf(context)?.MaskSecret(pin);
        var customer = await context.Services.GetRequiredService<CustomerDirectory>()
            .VerifyPinAsync(MemberNumber.Get(context), pin, context.CancellationToken);
        if (customer is not null)
        {
            context.SetVariable(counter, 0L);
            Customer.Set(context, CustomerVariables.From(customer));
            return ActivityResult.FromOutcome("Verified");
        }
        var failures = ValueConverter.Convert<long>(context.GetVariable(counter) ?? 0L) + 1;
        context.SetVariable(counter, failures);
        return ActivityResult.FromOutcome(failures >= MaxAttempts.Get(context) ? "Failed" : "Retry");
    }
}
