using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CallCenter.Portal.Tests.Api;

/// <summary>An extension's forwarding and follow-me over the API of the real portal (demo extensions 1001–1008): read, replace, refusals.</summary>
public sealed class ExtensionEndpointsTests(AcdPortal portal) : IClassFixture<AcdPortal>
{
    private HttpClient Http => portal.Http;

    [Fact]
    public async Task A_demo_extension_forwards_nowhere_until_settings_are_put_and_they_are_read_back_and_stored()
    {
        var initial = await portal.GetJsonAsync("/api/v1/extensions/1004/forwarding");
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null, 20, 0),
            (initial.GetProperty("always").ValueKind, initial.GetProperty("busy").ValueKind, initial.GetProperty("noAnswer").ValueKind,
                initial.GetProperty("noAnswerSeconds").GetInt32(), initial.GetProperty("followMe").GetArrayLength()));

        using var put = await Http.PutAsJsonAsync("/api/v1/extensions/1004/forwarding", new
        {
            busy = "1005", noAnswer = "sip:13800138000@10.0.0.5:5060", noAnswerSeconds = 15,
            followMe = new[] { new { target = "1003", seconds = 10 }, new { target = "13900139000", seconds = 30 } },
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var read = await portal.GetJsonAsync("/api/v1/extensions/1004/forwarding");
        Assert.Equal((JsonValueKind.Null, "1005", "sip:13800138000@10.0.0.5:5060", 15),
            (read.GetProperty("always").ValueKind, read.GetProperty("busy").GetString(), read.GetProperty("noAnswer").GetString(), read.GetProperty("noAnswerSeconds").GetInt32()));
        Assert.Equal(["1003/10", "13900139000/30"],
            read.GetProperty("followMe").EnumerateArray().Select(f => $"{f.GetProperty("target").GetString()}/{f.GetProperty("seconds").GetInt32()}"));
        await using var db = portal.Db();
        var row = db.Extensions.Single(e => e.Number == "1004");
        Assert.Equal(("1005", 2), (row.ForwardBusy, row.FollowMe.Count));

        // PUT replaces everything: an empty body turns forwarding off.
        using var off = await Http.PutAsync("/api/v1/extensions/1004/forwarding", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.Equal(0, (await portal.GetJsonAsync("/api/v1/extensions/1004/forwarding")).GetProperty("followMe").GetArrayLength());
    }

    [Fact]
    public async Task Bad_targets_forwarding_to_itself_and_bad_ring_times_are_400_problems_by_field()
    {
        using var response = await Http.PutAsJsonAsync("/api/v1/extensions/1003/forwarding", new
        {
            always = "1003", busy = "next door", noAnswerSeconds = 1,
            followMe = new[] { new { target = "1", seconds = 10 }, new { target = "2", seconds = 10 }, new { target = "4", seconds = 10 }, new { target = "5", seconds = 10 } },
        });

        var errors = await ProblemAssert.ValidationErrorsAsync(response);
        Assert.Equal(["always", "busy", "followMe", "noAnswerSeconds"], errors.Keys.Order());
        Assert.Contains("itself", errors["always"][0]);
        Assert.Equal(JsonValueKind.Null, (await portal.GetJsonAsync("/api/v1/extensions/1003/forwarding")).GetProperty("always").ValueKind);
    }

    [Fact]
    public async Task Broken_JSON_is_a_400_problem_and_an_unknown_extension_is_404()
    {
        using var broken = await Http.PutAsync("/api/v1/extensions/1002/forwarding", new StringContent("{\"busy\": ", Encoding.UTF8, "application/json"));
        Assert.Contains("body", (await ProblemAssert.ValidationErrorsAsync(broken)).Keys);

        await ProblemAssert.IsProblemAsync(await Http.GetAsync("/api/v1/extensions/1999/forwarding"), HttpStatusCode.NotFound);
        using var put = await Http.PutAsJsonAsync("/api/v1/extensions/1999/forwarding", new { busy = "1001" });
        await ProblemAssert.IsProblemAsync(put, HttpStatusCode.NotFound);
    }
}
