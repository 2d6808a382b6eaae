using CallCenter.Telephony.Sip.UserAgents;

namespace CallCenter.Telephony.Tests.Sip.UserAgents;

/// <summary>What the caller hears when the callee leg fails.</summary>
public sealed class B2buaCallCodeTests
{
    [Theory]
    [InlineData(486, 486)]
    [InlineData(600, 486)]
    [InlineData(603, 603)]
    [InlineData(407, 480)]
    [InlineData(401, 480)]
    [InlineData(302, 480)]
    [InlineData(404, 480)]
    [InlineData(408, 408)]
    [InlineData(503, 503)]
    public void The_callers_code_hides_challenges_and_redirects_and_keeps_busy(int callee, int caller) =>
        Assert.Equal(caller, B2buaCall.CallerCode(callee));
}
