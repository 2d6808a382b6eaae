using CallCenter.Domain.Data;
using CallCenter.Engine.Expressions;
using Microsoft.EntityFrameworkCore;
using Scriban.Runtime;

namespace CallCenter.Domain.Scripts;

/// <summary>Keeps the call scripts and renders them for a call (Scriban, compiled once per template text).</summary>
public sealed class ScriptLibrary(IDbContextFactory<CallCenterDbContext> factory, ExpressionEngine expressions, TimeProvider time)
{
    public const int MaxNameLength = 100;
    public const int MaxTemplateLength = 4000;

    /// <summary>The scripts for a call of <paramref name="queue"/>: those of that queue and those of every call, in order.</summary>
    public async Task<IReadOnlyList<AgentScript>> ForQueueAsync(string? queue, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.AgentScripts.AsNoTracking().Where(s => s.Queue == null || s.Queue == queue)
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Name).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<AgentScript>> AllAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.AgentScripts.AsNoTracking().OrderBy(s => s.Queue).ThenBy(s => s.SortOrder).ThenBy(s => s.Name).ToListAsync(ct);
    }

    /// <summary>Creates (<c>Id</c> 0) or updates a script; refused with the template's errors when it does not compile.</summary>
    public async Task<(AgentScript? Saved, IReadOnlyDictionary<string, string> Errors)> SaveAsync(AgentScript script, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(script.Name)) errors["name"] = "Give the script a name.";
        else if (script.Name.Trim().Length > MaxNameLength) errors["name"] = $"The name is longer than {MaxNameLength} characters.";
        if (string.IsNullOrWhiteSpace(script.Template)) errors["template"] = "The script has no text.";
        else if (script.Template.Length > MaxTemplateLength) errors["template"] = $"The text is longer than {MaxTemplateLength} characters.";
        else if (expressions.Compile(script.Template, ScriptKind.Template).Errors is { Count: > 0 } compile) errors["template"] = string.Join("; ", compile);
        if (errors.Count > 0) return (null, errors);
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = script.Id == 0 ? null : await db.AgentScripts.FirstOrDefaultAsync(s => s.Id == script.Id, ct);
        if (script.Id != 0 && row is null) return (null, new Dictionary<string, string> { ["id"] = $"There is no script {script.Id}." });
        if (row is null) db.AgentScripts.Add(row = new AgentScript());
        (row.Name, row.Queue, row.Template, row.SortOrder, row.UpdatedAt) =
            (script.Name.Trim(), string.IsNullOrWhiteSpace(script.Queue) ? null : script.Queue.Trim(), script.Template, script.SortOrder, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return (row, errors);
    }

    /// <summary>The script's text for this call; a template that fails at run time gives its error in brackets instead.</summary>
    public string Render(AgentScript script, ScriptModel model)
    {
        var compiled = expressions.Compile(script.Template, ScriptKind.Template);
        if (compiled.Script is null) return $"[{string.Join("; ", compiled.Errors)}]";
        try
        {
            return expressions.Evaluate(compiled.Script, Globals(model)) as string ?? "";
        }
        catch (ExpressionException ex)
        {
            return $"[{ex.Message}]";
        }
    }

    private static ScriptObject Globals(ScriptModel model)
    {
        var fields = new ScriptObject();
        foreach (var (key, value) in model.CustomerFields ?? new Dictionary<string, string>()) fields[key] = value;
        var customer = new ScriptObject
        {
            ["known"] = model.CustomerName is not null,
            ["name"] = model.CustomerName ?? "",
            ["vip"] = model.CustomerVip,
            ["member_number"] = model.MemberNumber ?? "",
            ["fields"] = fields,
        };
        return new ScriptObject
        {
            ["customer"] = customer,
            ["caller"] = model.Caller,
            ["queue"] = model.Queue ?? "",
            ["agent"] = new ScriptObject { ["id"] = model.AgentId, ["name"] = model.AgentName },
        };
    }
}
