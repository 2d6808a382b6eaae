using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Knowledge;

/// <summary>
/// Searches and keeps the knowledge base. A search splits the query on white space; every word must appear in the
/// title, body, category or keywords (substring match, so Chinese text needs no word segmentation: "停水" finds
/// "小区停水怎么办"). Title matches rank first, then the most recently updated.
/// </summary>
public sealed class KnowledgeBase(IDbContextFactory<CallCenterDbContext> factory, TimeProvider time)
{
    public const int MaxTitleLength = 200;
    public const int MaxCategoryLength = 64;
    public const int MaxKeywordsLength = 500;
    public const int MaxBodyLength = 20_000;

    public async Task<IReadOnlyList<KnowledgeArticle>> SearchAsync(string? query, string? category = null, int limit = 20, CancellationToken ct = default)
    {
        var words = (query ?? "").Split((char[])[' ', '\t', ',', '，', '　'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        await using var db = await factory.CreateDbContextAsync(ct);
        var articles = db.KnowledgeArticles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(category)) articles = articles.Where(a => a.Category == category.Trim());
        foreach (var word in words.Take(8))
        {
            var lower = word.ToLowerInvariant();
            articles = articles.Where(a => a.Title.ToLower().Contains(lower) || a.Body.ToLower().Contains(lower)
                || a.Category.ToLower().Contains(lower) || a.Keywords.ToLower().Contains(lower));
        }
        var found = await articles.OrderByDescending(a => a.UpdatedAt).ThenBy(a => a.Id).Take(Math.Clamp(limit, 1, 200) * 4).ToListAsync(ct);
        return [.. found
            .OrderByDescending(a => words.Count(w => a.Title.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .ThenByDescending(a => a.UpdatedAt)
            .Take(Math.Clamp(limit, 1, 200))];
    }

    public async Task<KnowledgeArticle?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.KnowledgeArticles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
    }

    /// <summary>The categories in use, sorted.</summary>
    public async Task<IReadOnlyList<string>> CategoriesAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.KnowledgeArticles.AsNoTracking().Select(a => a.Category).Distinct().OrderBy(c => c).ToListAsync(ct);
    }

    /// <summary>Creates (<c>Id</c> 0) or updates an article; the errors by field when it is not valid (nothing saved then).</summary>
    public async Task<(KnowledgeArticle? Saved, IReadOnlyDictionary<string, string> Errors)> SaveAsync(KnowledgeArticle article, CancellationToken ct = default)
    {
        var errors = Validate(article);
        if (errors.Count > 0) return (null, errors);
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = article.Id == 0 ? null : await db.KnowledgeArticles.FirstOrDefaultAsync(a => a.Id == article.Id, ct);
        if (article.Id != 0 && row is null) return (null, new Dictionary<string, string> { ["id"] = $"There is no article {article.Id}." });
        if (row is null)
        {
            row = new KnowledgeArticle { CreatedAt = now };
            db.KnowledgeArticles.Add(row);
        }
        (row.Title, row.Body, row.Category, row.Keywords, row.UpdatedAt) = (article.Title.Trim(), article.Body.Trim(), article.Category.Trim(), article.Keywords.Trim(), now);
        await db.SaveChangesAsync(ct);
        return (row, errors);
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.KnowledgeArticles.Where(a => a.Id == id).ExecuteDeleteAsync(ct) > 0;
    }

    private static Dictionary<string, string> Validate(KnowledgeArticle a)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(a.Title)) errors["title"] = "Give the article a title.";
        else if (a.Title.Trim().Length > MaxTitleLength) errors["title"] = $"The title is longer than {MaxTitleLength} characters.";
        if (string.IsNullOrWhiteSpace(a.Body)) errors["body"] = "The article has no text.";
        else if (a.Body.Length > MaxBodyLength) errors["body"] = $"The text is longer than {MaxBodyLength} characters.";
        if (string.IsNullOrWhiteSpace(a.Category)) errors["category"] = "Choose a category.";
        else if (a.Category.Trim().Length > MaxCategoryLength) errors["category"] = $"The category is longer than {MaxCategoryLength} characters.";
        if ((a.Keywords ?? "").Length > MaxKeywordsLength) errors["keywords"] = $"The keywords are longer than {MaxKeywordsLength} characters.";
        return errors;
    }
}
