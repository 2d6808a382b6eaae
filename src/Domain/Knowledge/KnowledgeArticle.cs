namespace CallCenter.Domain.Knowledge;

/// <summary>A knowledge-base article (知识库) agents search during a call: title, body, category and keywords.</summary>
public sealed class KnowledgeArticle
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string Category { get; set; } = "";
    /// <summary>Extra words the article is found by, separated by spaces or commas (e.g. "停水 水费 自来水").</summary>
    public string Keywords { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
