using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Expressions;
using CallCenter.Engine.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Integration;

/// <summary>
/// Calls a business system over HTTP: URL and body may be templates (<c>https://cards/api/{{ card_number }}</c>);
/// a 2xx JSON answer is stored as a value scripts can read (<c>response.balance</c>) and takes Success; a
/// timeout, a refused connection, a non-2xx status or a body that is not JSON takes Error with the reason.
/// </summary>
[Activity("Integration", "HTTP request", "Calls a web API; the JSON answer goes into a variable. Timeouts and errors take Error.",
    CategoryZh = "集成", DisplayNameZh = "HTTP 请求", DescriptionZh = "调用业务系统接口，JSON 结果存入变量；超时或出错走“错误”分支。", Icon = "http")]
[Outcomes("Success", "Error")]
public sealed class HttpRequest : Activity
{
    private (string Name, string Literal, CompiledScript? Template)[] _headers = [];

    [Input(DisplayName = "Method", DisplayNameZh = "方法", Editor = InputEditor.Select, Options = ["GET", "POST", "PUT", "PATCH", "DELETE"], SupportsExpressions = false)]
    public Input<string> Method { get; set; } = new("GET");

    [Input(DisplayName = "URL", DisplayNameZh = "地址", Required = true, Description = "May be a template, e.g. https://cards.example/api/cards/{{ card_number }}", DescriptionZh = "可用模板，例如 https://cards.example/api/cards/{{ card_number }}")]
    public Input<string> Url { get; set; } = new("");

    [Input(DisplayName = "Body", DisplayNameZh = "请求体", Editor = InputEditor.MultiLine, Description = "Sent for POST, PUT and PATCH; may be a template.", DescriptionZh = "POST、PUT、PATCH 时发送，可用模板。")]
    public Input<string?> Body { get; set; } = new(null);

    [Input(DisplayName = "Content type", DisplayNameZh = "内容类型", SupportsExpressions = false)]
    public Input<string> ContentType { get; set; } = new("application/json");

    [Input(DisplayName = "Headers", DisplayNameZh = "请求头", SupportsExpressions = false,
        Description = "Values may be templates, e.g. Bearer {{ token }}.", DescriptionZh = "值可用模板，例如 Bearer {{ token }}。")]
    public Input<Dictionary<string, string>> Headers { get; set; } = new([]);

    [Input(DisplayName = "Timeout", DisplayNameZh = "超时", Description = "Default 10 s.", DescriptionZh = "默认 10 秒。")]
    public Input<TimeSpan> Timeout { get; set; } = new(TimeSpan.FromSeconds(10));

    [Output(DisplayName = "Response", DisplayNameZh = "响应", Description = "The parsed JSON (the text when it is not JSON).", DescriptionZh = "解析后的 JSON（不是 JSON 时为原文）。")]
    public Output<object?> Response { get; set; } = new();

    [Output(DisplayName = "Status code", DisplayNameZh = "状态码")]
    public Output<int> StatusCode { get; set; } = new();

    [Output(DisplayName = "Error", DisplayNameZh = "错误信息")]
    public Output<string?> Error { get; set; } = new();

    public override IEnumerable<(string Property, string Message)> Compile(ExpressionEngine expressions)
    {
        var headers = new List<(string, string, CompiledScript?)>();
        foreach (var (name, value) in Headers.Literal)
        {
            if (!ExpressionEngine.IsTemplate(value)) { headers.Add((name, value, null)); continue; }
            var compiled = expressions.Compile(value, ScriptKind.Template);
            if (compiled.Success) headers.Add((name, value, compiled.Script));
            else yield return ("headers", $"header '{name}': template error: {string.Join("; ", compiled.Errors)}");
        }
        _headers = [.. headers];
    }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var timeout = Timeout.Get(context);
        using var request = new HttpRequestMessage(new HttpMethod(Method.Literal), Url.Get(context));
        var body = Body.Get(context);
        if (body is not null && request.Method != HttpMethod.Get && request.Method != HttpMethod.Delete)
            request.Content = new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(ContentType.Literal));
        foreach (var (name, literal, template) in _headers)
        {
            var value = template is null ? literal : context.Evaluate<string>(template, "headers");
            if (!request.Headers.TryAddWithoutValidation(name, value)) request.Content?.Headers.TryAddWithoutValidation(name, value);
        }
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        cts.CancelAfter(timeout);
        var http = context.Services.GetRequiredService<HttpRequestClient>().Http;
        try
        {
            using var response = await http.SendAsync(request, cts.Token);
            var text = await response.Content.ReadAsStringAsync(cts.Token);
            StatusCode.Set(context, (int)response.StatusCode);
            var parsed = TryParseJson(text, out var json);
            Response.Set(context, parsed ? json : text);
            if (!response.IsSuccessStatusCode) return Fail(context, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            if (!parsed) return Fail(context, $"the response is not JSON: {Shorten(text)}");
            Error.Set(context, null);
            return ActivityResult.FromOutcome("Success");
        }
        catch (OperationCanceledException) when (!context.CancellationToken.IsCancellationRequested)
        {
            return Fail(context, $"no answer within {timeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException ex)
        {
            return Fail(context, ex.Message);
        }
    }

    private ActivityResult Fail(ActivityContext context, string error)
    {
        context.Logger.LogHttpRequestFailed(context.ActivityId, error);
        Error.Set(context, error);
        return ActivityResult.FromOutcome("Error");
    }

    private static bool TryParseJson(string text, out object? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        try
        {
            using var document = JsonDocument.Parse(text);
            value = JsonValues.ToObject(document.RootElement);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Shorten(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
