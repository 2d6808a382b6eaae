using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Engine.Models;
using CallCenter.Engine.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CallCenter.Activities.Tests.Integration;

/// <summary>HttpRequest in a flow against a real Kestrel "card system" started by the test.</summary>
public sealed class HttpRequestTests : IAsyncLifetime
{
    private ActivityHost _host = null!;
    private WebEndpoint _cards = null!;
    private readonly TaskCompletionSource _slowCalled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task InitializeAsync()
    {
        _host = await ActivityHost.StartAsync();
        _cards = await WebEndpoint.StartAsync(app =>
        {
            app.MapGet("/cards/{number}", (string number, HttpRequest request) => number == "8800000001"
                ? Results.Json(new { number, balance = 88.5, points = 120, owner = "张伟", token = request.Headers["X-Api-Key"].ToString() })
                : Results.Json(new { error = "no such card" }, statusCode: 404));
            app.MapPost("/echo", async (HttpRequest request) =>
            {
                using var body = await JsonDocument.ParseAsync(request.Body);
                return Results.Json(new { received = body.RootElement.Clone(), contentType = request.ContentType });
            });
            app.MapGet("/slow", async (HttpContext context) =>
            {
                _slowCalled.TrySetResult();
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            });
            app.MapGet("/text", () => Results.Text("<html>maintenance</html>", "text/html"));
            app.MapGet("/empty", () => Results.NoContent());
        });
    }

    private Task PublishAsync(string id, object properties) => _host.PublishAsync(new FlowBuilder(id)
        .Variable("card").Variable("response", VariableType.Object).Variable("status", VariableType.Number).Variable("error").Variable("branch").Variable("balance_text")
        .Activity("start", "Start")
        .Activity("call", "HttpRequest", properties)
        .Activity("ok", "SetVariable", new { variable = "branch", value = "success" })
        .Activity("fail", "SetVariable", new { variable = "branch", value = "error" })
        .Connect("start", "call").Connect("call", "Success", "ok").Connect("call", "Error", "fail")
        .Build());

    private static object Props(string url, object? extra = null)
    {
        var props = new Dictionary<string, object?> { ["url"] = url, ["response"] = "response", ["statusCode"] = "status", ["error"] = "error" };
        if (extra is not null) foreach (var p in extra.GetType().GetProperties()) props[p.Name] = p.GetValue(extra);
        return props;
    }

    [Fact]
    public async Task A_templated_GET_stores_the_JSON_answer_for_later_templates()
    {
        await PublishAsync("get", Props(_cards.BaseUrl + "/cards/{{ card }}", new { headers = new Dictionary<string, string> { ["X-Api-Key"] = "key-for-{{ card }}" } }));
        await _host.PublishAsync(new FlowBuilder("get-and-say")
            .Variable("card").Variable("response", VariableType.Object).Variable("status", VariableType.Number).Variable("error").Variable("prompt")
            .Activity("start", "Start")
            .Activity("call", "HttpRequest", Props(_cards.BaseUrl + "/cards/{{ card }}"))
            .Activity("say", "SetVariable", new { variable = "prompt", value = "您的余额是{{ response.balance }}元，积分{{ response.points }}" })
            .Connect("start", "call").Connect("call", "Success", "say")
            .Build());

        var run = await _host.RunAsync("get", new() { ["card"] = "8800000001" });
        var said = await _host.RunAsync("get-and-say", new() { ["card"] = "8800000001" });

        Assert.Equal("success", run.Instance!.Variables["branch"]);
        var response = (IDictionary<string, object?>)run.Instance.Variables["response"]!;
        Assert.Equal(("张伟", "key-for-8800000001", 200), (response["owner"], response["token"], Convert.ToInt32(run.Instance.Variables["status"])));
        Assert.Equal("您的余额是88.5元，积分120", said.Instance!.Variables["prompt"]);
    }

    [Fact]
    public async Task A_broken_header_template_is_refused_at_publish_naming_the_header()
    {
        var result = await _host.Get<Engine.Runtime.WorkflowDefinitionService>().PublishAsync(new FlowBuilder("bad-header")
            .Activity("start", "Start")
            .Activity("call", "HttpRequest", new { url = _cards.BaseUrl + "/cards/1", headers = new Dictionary<string, string> { ["X-Api-Key"] = "{{ card " } })
            .Chain("start", "call").Build());
        Assert.False(result.Success);
        Assert.Contains("X-Api-Key", result.ToString());
    }

    [Fact]
    public async Task A_POST_sends_the_rendered_body_as_JSON()
    {
        await PublishAsync("post", Props(_cards.BaseUrl + "/echo", new { method = "POST", body = "{\"card\": \"{{ card }}\", \"amount\": 50}" }));
        var run = await _host.RunAsync("post", new() { ["card"] = "8800000002" });
        Assert.True("success".Equals(run.Instance!.Variables["branch"]), $"{run.Status} {run.Instance.Variables["error"]} {string.Join(";", run.Incidents.Select(i => i.Message))}");
        var received = (IDictionary<string, object?>)((IDictionary<string, object?>)run.Instance!.Variables["response"]!)["received"]!;
        Assert.Equal("8800000002", received["card"]);
        Assert.Equal(50L, Convert.ToInt64(received["amount"]));
        Assert.StartsWith("application/json", (string?)((IDictionary<string, object?>)run.Instance.Variables["response"]!)["contentType"]);
    }

    [Fact]
    public async Task No_answer_within_the_timeout_takes_Error()
    {
        // 2 s, not less: on a loaded machine a shorter timeout can expire before the request is even sent.
        await PublishAsync("slow", Props(_cards.BaseUrl + "/slow", new { timeout = "00:00:02" }));
        var run = await _host.RunAsync("slow");
        Assert.True(_slowCalled.Task.IsCompleted, "the request reached the server");
        Assert.Equal(("error", "no answer within 2 s"), (run.Instance!.Variables["branch"], run.Instance.Variables["error"]));
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_takes_Error_and_keeps_the_text()
    {
        await PublishAsync("text", Props(_cards.BaseUrl + "/text"));
        var run = await _host.RunAsync("text");
        Assert.Equal("error", run.Instance!.Variables["branch"]);
        Assert.StartsWith("the response is not JSON", (string?)run.Instance.Variables["error"]);
        Assert.Equal("<html>maintenance</html>", run.Instance.Variables["response"]);
    }

    [Fact]
    public async Task A_non_success_status_takes_Error_with_the_parsed_error_body()
    {
        await PublishAsync("missing", Props(_cards.BaseUrl + "/cards/{{ card }}"));
        var run = await _host.RunAsync("missing", new() { ["card"] = "0000" });
        Assert.Equal(("error", 404L), (run.Instance!.Variables["branch"], Convert.ToInt64(run.Instance.Variables["status"])));
        Assert.StartsWith("HTTP 404", (string?)run.Instance.Variables["error"]);
        Assert.Equal("no such card", ((IDictionary<string, object?>)run.Instance.Variables["response"]!)["error"]);
    }

    [Fact]
    public async Task An_empty_success_answer_is_Success_with_no_response()
    {
        await PublishAsync("empty", Props(_cards.BaseUrl + "/empty"));
        var run = await _host.RunAsync("empty");
        Assert.Equal("success", run.Instance!.Variables["branch"]);
        Assert.Null(run.Instance.Variables["response"]);
    }

    [Fact]
    public async Task A_refused_connection_takes_Error()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await PublishAsync("refused", Props($"http://127.0.0.1:{port}/cards/1"));
        var run = await _host.RunAsync("refused");
        Assert.Equal("error", run.Instance!.Variables["branch"]);
        Assert.False(string.IsNullOrEmpty((string?)run.Instance.Variables["error"]));
    }

    public async Task DisposeAsync()
    {
        await _cards.DisposeAsync();
        await _host.DisposeAsync();
    }
}
