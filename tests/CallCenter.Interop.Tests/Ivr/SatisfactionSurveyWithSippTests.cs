using CallCenter.Interop.Tests.Sip;

namespace CallCenter.Interop.Tests.Ivr;

/// <summary>
/// The shipped satisfaction-survey flow, reached through a route the test adds to inbound_routes (routes are data;
/// no route to the survey is seeded).
/// </summary>
public sealed class SatisfactionSurveyWithSippTests : IvrSippTest, IAsyncLifetime
{
    private const string SurveyLine = "95105";
    private const string Caller = "13900139000";

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = OpenDatabase();
        await using var insert = db.CreateCommand();
        insert.CommandText = "INSERT INTO inbound_routes (CalledNumber, CallerPattern, WorkflowDefinitionId, Priority, Enabled, Description) VALUES ($n, NULL, 'satisfaction-survey', 0, 1, 'survey')";
        insert.Parameters.AddWithValue("$n", SurveyLine);
        await insert.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task The_rating_keyed_is_stored_on_the_call()
    {
        var run = await CallAsync(SurveyLine, Caller, PcapStep.Keys(100, "4"));

        AssertCallCompleted(run);
        await SeesAsync("survey: caller 13900139000 rated 4");
        var call = await CallFromApiAsync(run);
        Assert.Equal("satisfaction-survey", call.Flow!.Name);
        Assert.Equal("4", call.Attributes["survey_score"]);
        Assert.Equal(["start:Done", "rate:4", "scored_log:Done", "keep_score:Done", "thanks:Done", "hangup:Done"], call.Steps);
    }

    [Fact]
    public async Task A_key_outside_1_to_5_is_retried_and_the_next_rating_stored()
    {
        var run = await CallAsync(SurveyLine, Caller, PcapStep.Keys(100, "8"), PcapStep.Keys(2_000, "5"));

        AssertCallCompleted(run);
        await SeesAsync("survey: caller 13900139000 rated 5");
        var call = await CallFromApiAsync(run);
        Assert.Equal("5", call.Attributes["survey_score"]);
        Assert.Equal([("rate", "8"), ("rate", "5")], call.Digits.Select(d => (d.ActivityId, d.Digits)));
    }

    [Fact]
    public async Task No_rating_times_out_and_stores_an_empty_score()
    {
        var run = await CallAsync(SurveyLine, Caller);

        AssertCallCompleted(run);
        await SeesAsync("survey: caller 13900139000 gave no rating");
        var call = await CallFromApiAsync(run);
        Assert.Equal("", call.Attributes["survey_score"]);
        Assert.Contains("rate:Timeout", call.Steps);
        Assert.Equal("hangup:Done", call.Steps.Last());
    }

    [Fact]
    public async Task Hanging_up_during_the_question_cancels_the_survey_without_a_score()
    {
        var run = await CallAndHangUpAsync(SurveyLine, Caller, TimeSpan.FromSeconds(1.5));

        AssertCallCompleted(run);
        var call = await CallFromApiAsync(run);
        Assert.Equal("rate:Cancelled", call.Steps.Last());
        Assert.False(call.Attributes.ContainsKey("survey_score"), call.ToString());
        Assert.Equal("Caller", call.HangupBy);
    }
}
