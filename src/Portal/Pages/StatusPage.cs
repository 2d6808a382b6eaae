using System.Net;
using System.Text;
using CallCenter.Engine.Descriptors;
using CallCenter.Engine.Persistence;

namespace CallCenter.Portal.Pages;

/// <summary>The placeholder home page until the portal UI lands: published flows and the activity palette.</summary>
public static class StatusPage
{
    public static async Task<IResult> RenderAsync(IDefinitionStore definitions, ActivityRegistry activities, CancellationToken ct)
    {
        var flows = await definitions.ListAsync(ct);
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>CallCenter</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}td,th{padding:.2rem .8rem;text-align:left}</style></head><body>")
            .Append("<h1>CallCenter 呼叫中心</h1><p>The workflow engine is running. The agent desk, designer and reports are coming (see README).</p>")
            .Append("<h2>Flows 流程</h2><table><tr><th>Id</th><th>Name</th><th>Version</th><th>Status</th></tr>");
        foreach (var f in flows)
            html.Append("<tr><td>").Append(WebUtility.HtmlEncode(f.Id)).Append("</td><td>").Append(WebUtility.HtmlEncode(f.Name))
                .Append("</td><td>v").Append(f.Version).Append("</td><td>").Append(f.IsPublished ? "published 已发布" : "draft 草稿").Append("</td></tr>");
        html.Append("</table><h2>Activities 活动</h2><ul>");
        foreach (var a in activities.All.OrderBy(a => a.Category).ThenBy(a => a.TypeName))
            html.Append("<li>").Append(WebUtility.HtmlEncode($"{a.Category} / {a.DisplayName} ({a.DisplayNameZh})")).Append("</li>");
        html.Append("</ul></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }
}
